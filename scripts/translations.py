"""Keep i18n/ccsg_<lang>.ts in step with the code (what `make translations` runs) and report what needs translating.

    python scripts/translations.py update   # regenerate ccsg_plugin/i18n_catalog.py, run pylupdate5, report
    python scripts/translations.py report   # only report new / unfinished strings per language

Sources: every .py and .ui file under ccsg_plugin/, given to pylupdate5 as a file list (no .pro file), with
-noobsolete so strings that left the code leave the .ts files too. pylupdate5 only sees literal tr("...") calls, so
`update` first writes the texts it cannot see as literal tr() calls into ccsg_plugin/i18n_catalog.py (committed,
generated): texts held in data (profile names and descriptions, criterion names and units, corridor field labels
and value labels, algorithm names and help, style legend labels). Code shows these with ``i18n.tr_data(text)``
(same "@default" context). Messages made in core are literal ``core.text.tr("...")`` calls that pylupdate5 sees
itself; they carry their template and arguments to the display (no matching of finished English text).
The test tests/qgis/test_i18n.py uses the same functions, so the report and the test agree.
"""

from __future__ import annotations

import ast
import html
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PKG = "ccsg_plugin"
LANGS = ("es", "fr", "pt")
CATALOG = ROOT / PKG / "i18n_catalog.py"
SKIP_DIRS = {"__pycache__"}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    unfinished: bool
    location: str = ""
    forms: tuple = ()  # a plural message's numerus forms (Qt: "%n"/n chooses one); translation is the last


def ts_path(lang: str, root: Path = ROOT) -> Path:
    return root / "i18n" / f"ccsg_{lang}.ts"


def source_files(root: Path = ROOT) -> list[str]:
    """Every .py and .ui file of the plugin package, relative to root, sorted (pylupdate5's input)."""
    found = [
        p
        for p in (root / PKG).rglob("*")
        if p.suffix in (".py", ".ui") and p.is_file() and not SKIP_DIRS.intersection(p.parts)
    ]
    return sorted(str(p.relative_to(root)) for p in found)


# ----- texts from data files ---------------------------------------------------------------------------------
def catalog_texts(root: Path = ROOT) -> list[str]:
    """Translatable texts held in data, in a stable order, without duplicates:

    - criteria profiles (resources/profiles/*.json): name and description;
    - core/criteria/catalogue.py: criterion names; core/corridor/schema.py: field labels, tooltips, value labels,
      the values offered in the form's drop-downs; the "resistance units" unit (core may not import Qt, so these
      are plain strings there);
    - class constants DISPLAY_NAME, GROUP_NAME and HELP of the Processing algorithms (processing/base.py shows
      them with tr_data());
    - legend labels of the bundled styles (resources/styles/*.qml; gis/output.apply_style translates them).
    - the "source" texts that say where each threshold comes from (profiles, species parameters, catalogue); the
      citations inside them (authors, titles, [R]/[I]/[K] tags) stay as written in the translations.
    """
    texts: list[str] = []
    sources: list[str] = []
    for profile in sorted((root / "resources" / "profiles").glob("*.json")):
        data = json.loads(profile.read_text(encoding="utf-8"))
        for key in ("name", "description"):
            if isinstance(data.get(key), str) and data[key].strip():
                texts.append(data[key])
        # where each threshold comes from: shown in the report and the check's details
        sources += [c["source"] for c in (data.get("criteria") or {}).values() if isinstance(c.get("source"), str)]
        sources += [v for v in ((data.get("species") or {}).get("sources") or {}).values() if isinstance(v, str)]
    texts += _core_texts(root)
    texts += sources
    texts += _class_constants(root / PKG / "processing", ALG_CONSTANTS)
    for style in sorted((root / "resources" / "styles").glob("*.qml")):  # legend labels (gis/output.py)
        for label in re.findall(r'\blabel="([^"]*)"', style.read_text(encoding="utf-8")):
            label = html.unescape(label)
            if any(c.isalpha() for c in label):
                texts.append(label)
    seen: set[str] = set()
    return [t for t in texts if t.strip() and not (t in seen or seen.add(t))]


ALG_CONSTANTS = ("DISPLAY_NAME", "GROUP_NAME", "HELP")
UNTRANSLATED_UNITS = ("", "m", "share", "ratio", "km/km²")  # symbols, or shown as percentages


def _core_texts(root: Path) -> list[str]:
    # core is pure Python (no qgis), so any interpreter can import it.
    if str(root) not in sys.path:
        sys.path.insert(0, str(root))
    texts: list[str] = []
    if (root / PKG / "core" / "criteria" / "catalogue.py").exists():
        from ccsg_plugin.core.criteria import catalogue

        texts += [d.name for d in catalogue.CATALOGUE.values()]
        texts += [d.unit for d in catalogue.CATALOGUE.values() if d.unit not in UNTRANSLATED_UNITS]
        texts += [d.source for d in catalogue.CATALOGUE.values() if d.source]
        from ccsg_plugin.core.criteria import habitat

        texts.append(habitat.RESISTANCE_UNIT)  # the unit of a resistance reported instead of a habitat share
    if (root / PKG / "core" / "corridor" / "schema.py").exists():
        from ccsg_plugin.core.corridor import schema as corridor_schema

        for spec in corridor_schema.FIELDS:
            texts += [spec.label, spec.tooltip, *spec.labels.values()]
            # values offered in the attribute form's drop-downs (gis/corridor_store._value_map shows them translated)
            texts += [spec.display(v) for v in spec.allowed if sum(c.isalpha() for c in spec.display(v)) > 1]
    return [t for t in texts if isinstance(t, str)]


def _class_constants(folder: Path, names: tuple[str, ...]) -> list[str]:
    """String literals assigned to the given names in class bodies (e.g. ``DISPLAY_NAME = "Cost distance"``)."""
    texts: list[str] = []
    for path in sorted(folder.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
            for stmt in cls.body:
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target] \
                    if isinstance(stmt, ast.AnnAssign) else []
                value = getattr(stmt, "value", None)
                if any(isinstance(t, ast.Name) and t.id in names for t in targets) and isinstance(
                    value, ast.Constant
                ) and isinstance(value.value, str):
                    texts.append(value.value)
    return texts


def catalog_source(root: Path = ROOT) -> str:
    lines = [
        '"""Translatable texts that live in data files. GENERATED by `make translations` (scripts/translations.py):',
        "do not edit by hand.",
        "",
        "pylupdate5 only extracts literal tr(\"...\") calls, so texts kept in data are listed here: criteria profile",
        "names and descriptions (resources/profiles/*.json), criterion names (core/criteria/catalogue.py), corridor",
        "field labels and tooltips (core/corridor/schema.py), Processing algorithm names, groups and help (class",
        "constants). Code shows such a text with ``ccsg_plugin.i18n.tr_data(text)`` (same \"@default\" context).",
        "Nothing calls texts() at run time.",
        '"""',
        "",
        "# ruff: noqa: E501, RUF001",
        "from ccsg_plugin.i18n import tr",
        "",
        "",
        "def texts() -> list[str]:",
        "    return [",
    ]
    lines += [f"        tr({json.dumps(t, ensure_ascii=False)})," for t in catalog_texts(root)]
    lines += ["    ]", ""]
    return "\n".join(lines)


def write_catalog(root: Path = ROOT) -> bool:
    """Regenerate the catalog module; True when it changed."""
    path = root / PKG / "i18n_catalog.py"
    text = catalog_source(root)
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.write_text(text, encoding="utf-8")
    return True


# ----- .ts files ---------------------------------------------------------------------------------------------
def run_pylupdate(ts_files: list[Path], root: Path = ROOT, files: list[str] | None = None) -> None:
    """pylupdate5 -noobsolete <files> -ts <ts files>, run from root so locations are relative paths."""
    files = files if files is not None else source_files(root)
    cmd = ["pylupdate5", "-noobsolete", *files, "-ts", *[str(p) for p in ts_files]]
    subprocess.run(cmd, cwd=root, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for msg in context.iter("message"):
            tr_el = msg.find("translation")
            forms = tuple(f.text or "" for f in tr_el.iter("numerusform")) if tr_el is not None else ()
            text = "" if tr_el is None else forms[-1] if forms else (tr_el.text or "")
            unfinished = tr_el is None or tr_el.get("type") in ("unfinished", "obsolete", "vanished") or not text
            unfinished = unfinished or (msg.get("numerus") == "yes" and not all(forms))
            loc = msg.find("location")
            where = f"{loc.get('filename')}:{loc.get('line')}" if loc is not None else ""
            messages.append(Message(name, msg.findtext("source") or "", text, unfinished, where, forms))
    return messages


def keys(messages: list[Message]) -> set[tuple[str, str]]:
    return {(m.context, m.source) for m in messages}


def report(langs=LANGS, root: Path = ROOT, before: dict | None = None, out=sys.stdout) -> dict[str, dict]:
    """Print, per language, the strings that are new (since `before`) or unfinished; return the counts."""
    counts = {}
    for lang in langs:
        path = ts_path(lang, root)
        if not path.exists():
            print(f"{lang}: {path.relative_to(root)} missing (run `make translations`)", file=out)
            counts[lang] = {"total": 0, "finished": 0, "unfinished": 0, "new": 0, "removed": 0}
            continue
        messages = read_ts(path)
        old = (before or {}).get(lang)
        new = [m for m in messages if old is not None and (m.context, m.source) not in old]
        removed = len(old - keys(messages)) if old is not None else 0
        unfinished = [m for m in messages if m.unfinished]
        counts[lang] = {
            "total": len(messages),
            "finished": len(messages) - len(unfinished),
            "unfinished": len(unfinished),
            "new": len(new),
            "removed": removed,
        }
        c = counts[lang]
        print(
            f"{lang}: {c['total']} strings, {c['finished']} finished, {c['unfinished']} unfinished "
            f"({c['new']} new, {c['removed']} removed since the last update)",
            file=out,
        )
        listed = {(m.context, m.source) for m in new}
        for m in new:
            print(f"   new        [{m.context}] {m.source!r}  ({m.location})", file=out)
        for m in unfinished:
            if (m.context, m.source) not in listed:
                print(f"   unfinished [{m.context}] {m.source!r}  ({m.location})", file=out)
    return counts


def update(langs=LANGS, root: Path = ROOT) -> dict[str, dict]:
    if write_catalog(root):
        print(f"Regenerated {CATALOG.relative_to(ROOT)} from the profiles and the criteria catalogue")
    (root / "i18n").mkdir(exist_ok=True)
    before = {lang: keys(read_ts(ts_path(lang, root))) for lang in langs if ts_path(lang, root).exists()}
    for lang in langs:
        before.setdefault(lang, set())
    run_pylupdate([ts_path(lang, root) for lang in langs], root)
    for lang in langs:
        _set_language(ts_path(lang, root), lang)
    return report(langs, root, before)


def _set_language(path: Path, lang: str) -> None:
    """pylupdate5 writes no language attribute; Qt Linguist and lrelease want one (pylupdate5 keeps it after)."""
    text = path.read_text(encoding="utf-8")
    if 'language="' not in text.split(">", 3)[2]:
        path.write_text(text.replace('<TS version="2.1">', f'<TS version="2.1" language="{lang}">', 1), "utf-8")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        result = update()
    elif command == "report":
        result = report()
    else:
        sys.exit(__doc__)
    sys.exit(0)
