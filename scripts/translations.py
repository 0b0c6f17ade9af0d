"""Keep i18n/ccsg_<lang>.ts in step with the code (what `make translations` runs) and report what needs translating.

    python scripts/translations.py update   # regenerate ccsg_plugin/i18n_catalog.py, run pylupdate5, report
    python scripts/translations.py report   # only report new / unfinished strings per language

Sources: every .py and .ui file under ccsg_plugin/, given to pylupdate5 as a file list (no .pro file), with
-noobsolete so strings that left the code leave the .ts files too. pylupdate5 only sees literal tr("...") calls, so
`update` first writes the texts it cannot see as literal tr() calls into ccsg_plugin/i18n_catalog.py (committed,
generated): texts held in data (profile names and descriptions, criterion names and units, corridor field labels,
algorithm names and help, style legend labels) and the templates of messages that core builds with f-strings
(criterion explanations, "not evaluated" reasons, core errors), with a pattern per template that recognises the
finished English message. Code shows all of these with ``i18n.tr_data(text)`` (same "@default" context).
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
    - core/criteria/catalogue.py: criterion names; core/corridor/schema.py: field labels, tooltips, value labels
      (core may not import Qt, so these are plain strings there);
    - class constants DISPLAY_NAME, GROUP_NAME and HELP of the Processing algorithms (processing/base.py shows
      them with tr_data());
    - legend labels of the bundled styles (resources/styles/*.qml; gis/output.apply_style translates them).
    Literature references ("source" fields) are citations and stay in their original language.
    """
    texts: list[str] = []
    for profile in sorted((root / "resources" / "profiles").glob("*.json")):
        data = json.loads(profile.read_text(encoding="utf-8"))
        for key in ("name", "description"):
            if isinstance(data.get(key), str) and data[key].strip():
                texts.append(data[key])
    texts += _core_texts(root)
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
    if (root / PKG / "core" / "corridor" / "schema.py").exists():
        from ccsg_plugin.core.corridor import schema as corridor_schema

        for spec in corridor_schema.FIELDS:
            texts += [spec.label, spec.tooltip, *spec.labels.values()]
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


# ----- messages made in core with f-strings -------------------------------------------------------------------
# core may not import Qt. Its result explanations (Outcome(status, value, threshold, explanation)), "not evaluated"
# reasons and CcsgError messages are often f-strings; each becomes a template ("Minimum width {0} m < {1} m") that
# goes into the .ts, plus a pattern that recognises the finished English text at display time, so tr_data() can
# translate the template and put the same values back. (A core message written as core.text.tr("...", value)
# needs no pattern: it carries its template.)
MESSAGE_CALLS = {"Outcome": 3, "cls": 3, "missing": 0, "CcsgError": 0}  # call name -> position of the text


def _message_template(node: ast.AST, extra: list[str]) -> tuple[str, str] | None:
    """An f-string message -> (template, pattern): 'Width {w:.0f} m' -> ('Width {0} m', 'Width\\ (.*?)\\ m').

    Parts joined with + are joined; a conditional part ('...' + (f" in {n} stones" if n > 1 else "")) becomes one
    placeholder whose pattern accepts exactly its branches, and its own texts are collected into ``extra`` (they
    are translated in turn when the placeholder's value is shown).
    """
    pieces: list = []  # literal text, or (None, regex of the value)

    def walk(item: ast.AST) -> bool:
        if isinstance(item, ast.BinOp) and isinstance(item.op, ast.Add):
            return walk(item.left) and walk(item.right)
        if isinstance(item, ast.Constant) and isinstance(item.value, str):
            pieces.append(item.value)
            return True
        if isinstance(item, ast.JoinedStr):
            for value in item.values:
                pieces.append(value.value if isinstance(value, ast.Constant) else (None, "(.*?)"))
            return True
        if isinstance(item, ast.IfExp):
            options = []
            for branch in (item.body, item.orelse):
                result = _message_template(branch, extra)
                if result is None:
                    options = None
                    break
                if any(c.isalpha() for c in result[0]):
                    extra.append(result[0])
                options.append(result[1].replace("(.*?)", "(?:.*?)"))
            pieces.append((None, "(" + "|".join(options) + ")" if options else "(.*?)"))
            return True
        return False

    if not walk(node) or not any(isinstance(p, str) for p in pieces):
        return None
    template, pattern, index = [], [], 0
    for piece in pieces:
        if isinstance(piece, tuple):
            template.append("{" + str(index) + "}")
            pattern.append(piece[1])
            index += 1
        else:
            template.append(piece.replace("{", "{{").replace("}", "}}"))
            pattern.append(re.escape(piece))
    return "".join(template), "".join(pattern)


def _assigned_texts(function: ast.AST, names: set[str]) -> list[str]:
    """String literals assigned to these variable names in a function (how = "given least-cost path")."""
    found = []
    for node in ast.walk(function):
        if not isinstance(node, ast.Assign):
            continue
        for target in node.targets:
            pairs = [(target, node.value)]
            if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                pairs = list(zip(target.elts, node.value.elts))
            for name, value in pairs:
                if isinstance(name, ast.Name) and name.id in names:
                    branches = [value.body, value.orelse] if isinstance(value, ast.IfExp) else [value]
                    found += [b.value for b in branches if isinstance(b, ast.Constant) and isinstance(b.value, str)]
    return found


def message_templates(root: Path = ROOT) -> list[str]:
    """Templates of the user messages written in core (see MESSAGE_CALLS), and the texts they are filled with
    when those are literals in the same function, in a stable order."""
    return list(message_patterns(root))


def message_patterns(root: Path = ROOT) -> dict[str, str]:
    """template -> regular expression matching the English message made from it (see message_templates)."""
    found: dict[str, str] = {}

    def add(text: str | None, pattern: str | None = None) -> None:
        if text and any(c.isalpha() for c in text) and text not in found:
            found[text] = pattern or template_pattern(text)

    for path in sorted((root / PKG / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        functions = [n for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
        for scope in functions or [tree]:
            for node in ast.walk(scope):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
                if name not in MESSAGE_CALLS:
                    continue
                position = MESSAGE_CALLS[name]
                arg = node.args[position] if len(node.args) > position else None
                arg = next((k.value for k in node.keywords if k.arg in ("explanation", "reason", "message")), arg)
                if arg is None:
                    continue
                extra: list[str] = []
                result = _message_template(arg, extra)
                if result is not None:
                    add(*result)
                for text in extra:
                    add(text)
                names = {n.value.id for n in ast.walk(arg)
                         if isinstance(n, ast.FormattedValue) and isinstance(n.value, ast.Name)}
                for text in _assigned_texts(scope, names):
                    add(text.replace("{", "{{").replace("}", "}}"))
        if "criteria" in path.parts:  # helpers there return the reasons shown as "Not evaluated: <reason>"
            for node in ast.walk(tree):
                if isinstance(node, ast.Return) and node.value is not None:
                    values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
                    for value in values:
                        if isinstance(value, ast.JoinedStr):
                            result = _message_template(value, [])
                            if result is not None:
                                add(*result)
                        elif isinstance(value, ast.Constant) and isinstance(value.value, str) and " " in value.value:
                            add(value.value.replace("{", "{{").replace("}", "}}"))
    return found


def template_pattern(template: str) -> str:
    """The regular expression that matches the English text made from a template ({0} -> a lazy group)."""
    pieces = re.split(r"(\{\d+\})", template)
    return "".join("(.*?)" if re.fullmatch(r"\{\d+\}", p) else re.escape(p.replace("{{", "{").replace("}}", "}"))
                   for p in pieces)


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
    texts = catalog_texts(root)
    found = message_patterns(root)
    templates = [t for t in found if t not in texts]
    lines += [f"        tr({json.dumps(t, ensure_ascii=False)})," for t in texts + templates]
    lines += ["    ]", "", "",
              "# (pattern of the English message, its template) for core messages written as f-strings, most specific",
              "# first: i18n.tr_data() recognises the message, translates the template and puts the values back.",
              "MESSAGE_PATTERNS = ["]
    patterns = [t for t in templates if "{0}" in t]
    patterns.sort(key=lambda t: (-len(re.sub(r"\{\d+\}", "", t)), t))
    lines += [f"    ({json.dumps(found[t], ensure_ascii=False)}, {json.dumps(t, ensure_ascii=False)}),"
              for t in patterns]
    lines += ["]", ""]
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
            text = "" if tr_el is None else (tr_el.text or "")
            unfinished = tr_el is None or tr_el.get("type") in ("unfinished", "obsolete", "vanished") or not text
            loc = msg.find("location")
            where = f"{loc.get('filename')}:{loc.get('line')}" if loc is not None else ""
            messages.append(Message(name, msg.findtext("source") or "", text, unfinished, where))
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
