"""Translations: every user-visible string of the code is translated in es/fr/pt, placeholders survive, the plugin
follows QGIS's locale setting, and every .ts context is one that the code really translates under."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGS = ("es", "fr", "pt")


def _translations_module():
    spec = importlib.util.spec_from_file_location("ccsg_translations", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


T = _translations_module()


@pytest.fixture(scope="module")
def fresh_messages(tmp_path_factory):
    """What pylupdate5 extracts from the code as it is now (a fresh .ts, independent of the committed ones)."""
    ts = tmp_path_factory.mktemp("ts") / "fresh.ts"
    T.run_pylupdate([ts])
    return T.read_ts(ts)


@pytest.fixture(scope="module")
def committed():
    return {lang: T.read_ts(T.ts_path(lang)) for lang in LANGS}


def test_extraction_finds_the_known_strings(fresh_messages):
    # guards the completeness test below against an extraction that silently finds nothing
    sources = {m.source for m in fresh_messages}
    assert {"CCSG Corridors", "Load demo project", "Help"} <= sources
    assert len(fresh_messages) > 20


@pytest.mark.parametrize("lang", LANGS)
def test_every_source_string_is_translated(lang, fresh_messages, committed):
    """Fails when a user-visible string in the code is missing from, or unfinished in, i18n/ccsg_<lang>.ts."""
    done = {(m.context, m.source) for m in committed[lang] if not m.unfinished}
    missing = [m for m in fresh_messages if (m.context, m.source) not in done]
    listing = "\n".join(f"  [{m.context}] {m.source!r} ({m.location})" for m in missing[:40])
    assert not missing, f"{len(missing)} strings not translated in ccsg_{lang}.ts (run `make translations`):\n{listing}"


def test_data_texts_catalog_is_up_to_date():
    """Profile names/descriptions and criterion names reach the .ts files through the generated i18n_catalog.py."""
    assert T.CATALOG.read_text(encoding="utf-8") == T.catalog_source(), "run `make translations`"
    import json

    catalog = T.CATALOG.read_text(encoding="utf-8")
    for profile in (ROOT / "resources" / "profiles").glob("*.json"):
        name = json.loads(profile.read_text(encoding="utf-8"))["name"]
        assert f"tr({json.dumps(name, ensure_ascii=False)})" in catalog


def _tr_calls(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name == "tr":
                yield node


def test_tr_calls_have_a_literal_text():
    """pylupdate5 only sees tr("literal"): an f-string, a variable or "a" + b inside tr() is never translated."""
    bad = []
    for path in sorted((ROOT / "ccsg_plugin").rglob("*.py")):
        if path.name == "i18n.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for call in _tr_calls(tree):
            first = call.args[0] if call.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                bad.append(f"{path.relative_to(ROOT)}:{call.lineno}: {ast.unparse(call)[:90]}")
    assert not bad, "tr() needs a string literal as first argument:\n" + "\n".join(bad)


PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?[a-zA-Z][^<>]*>")


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_and_markup_preserved(lang, committed):
    wrong = []
    for m in committed[lang]:
        if m.unfinished:
            continue
        for text in m.forms or (m.translation,):  # every plural form keeps the placeholders too
            for pattern in (PLACEHOLDER, TAG):
                if sorted(pattern.findall(m.source)) != sorted(pattern.findall(text)):
                    wrong.append(f"  {m.source!r} -> {text!r}")
    assert not wrong, f"ccsg_{lang}.ts changes placeholders or markup:\n" + "\n".join(wrong)


@pytest.mark.parametrize("lang", LANGS)
def test_ts_files_are_valid_and_declare_their_language(lang):
    root = ET.parse(T.ts_path(lang)).getroot()
    assert root.tag == "TS" and root.get("language") == lang


def _known_contexts() -> set[str]:
    names = {"@default"}
    for path in (ROOT / "ccsg_plugin").rglob("*.py"):
        names |= {n.name for n in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(n, ast.ClassDef)}
    for path in (ROOT / "ccsg_plugin").rglob("*.ui"):
        names.add(ET.parse(path).getroot().findtext("class") or "")
    return names


@pytest.mark.parametrize("lang", LANGS)
def test_every_context_is_default_or_a_class(lang, committed):
    """A context the code never translates under (e.g. a helper's own name) is a string that never shows up."""
    contexts = {m.context for m in committed[lang]}
    assert contexts and contexts <= _known_contexts(), contexts - _known_contexts()


# ----- the plugin follows QGIS's locale ------------------------------------------------------------------------
@pytest.fixture
def compiled_qm(tmp_path, monkeypatch):
    """Compile the committed .ts files with lrelease (as `make package` does) into a private i18n folder."""
    if shutil.which("lrelease") is None:
        pytest.skip("lrelease (qttools5-dev-tools) not installed")
    folder = tmp_path / "i18n"
    folder.mkdir()
    for lang in LANGS:
        qm = folder / f"ccsg_{lang}.qm"
        subprocess.run(["lrelease", "-silent", str(T.ts_path(lang)), "-qm", str(qm)], check=True)
    from ccsg_plugin import paths

    monkeypatch.setattr(paths, "i18n", lambda: folder)
    return folder




def _expected(lang: str, source: str) -> str:
    """The translation as written in the .ts file (the reference the running plugin must agree with)."""
    found = [m.translation for m in T.read_ts(T.ts_path(lang)) if m.source == source and m.context == "@default"]
    assert found and found[0], f"{source!r} has no {lang} translation"
    return found[0]


@pytest.mark.parametrize("code", ["es", "fr_FR", "pt_BR", "en_US"])
def test_locale_switch(code, iface, qgis_processing, qgis_new_project, compiled_qm, ui_locale):
    from qgis.core import QgsApplication

    import ccsg_plugin
    from tests.conftest import process_deferred_deletes

    ui_locale(code)
    lang = code[:2]
    plugin = ccsg_plugin.classFactory(iface)
    plugin.initGui()
    try:
        help_text = plugin.help_action.text()
        provider_name = QgsApplication.processingRegistry().providerById("ccsg").name()
        if lang == "en":
            assert plugin.translator is None
            assert (plugin.menu.title(), help_text, provider_name) == ("CCSG Corridors", "Help", "CCSG corridors")
        else:
            assert plugin.translator is not None
            assert plugin.menu.title() == _expected(lang, "CCSG Corridors") != "CCSG Corridors"
            assert help_text == _expected(lang, "Help") != "Help"
            assert provider_name == _expected(lang, "CCSG corridors")
    finally:
        plugin.unload()
        process_deferred_deletes()
    # after unload the translator is gone: English again
    from ccsg_plugin.i18n import tr

    assert tr("CCSG Corridors") == "CCSG Corridors"


def test_processing_texts_are_all_extracted(fresh_messages, qgis_processing):
    """Every algorithm name, group, help text and parameter/output description is in the extracted strings
    (as QGIS shows them in English), so translators see them."""
    from qgis.core import QgsApplication

    from ccsg_plugin.processing.provider import CcsgProvider

    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("ccsg")
    added = None
    if provider is None:
        added = provider = CcsgProvider()
        registry.addProvider(provider)
    try:
        sources = {m.source for m in fresh_messages}
        missing = []
        algorithms = provider.algorithms()
        assert algorithms, "the ccsg provider has no algorithms"
        for alg in algorithms:
            texts = [alg.displayName(), alg.group(), alg.shortHelpString()]
            texts += [p.description() for p in alg.parameterDefinitions()]
            texts += [o.description() for o in alg.outputDefinitions()]
            missing += [f"{alg.id()}: {t!r}" for t in texts if t and t not in sources]
        assert not missing, "not extractable (not a literal tr() / class constant):\n" + "\n".join(missing)
    finally:
        if added is not None:
            registry.removeProvider(added)


# call name -> positions of its user-visible text arguments (the default is the first argument)
USER_FACING_CALLS = {
    name: (0,)
    for name in ("CcsgError", "QgsProcessingException", "setText", "setToolTip", "setWindowTitle", "setTitle",
                 "addItem", "setPlaceholderText", "setStatusTip", "pushInfo", "pushWarning", "reportError",
                 "setProgressText", "QMenu", "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QGroupBox")
}
USER_FACING_CALLS.update({"QAction": (0, 1), "pushMessage": (0, 1), "notify": (1, 2), "information": (1, 2),
                          "warning": (1, 2), "critical": (1, 2), "question": (1, 2)})


def test_user_facing_texts_go_through_tr():
    """A plain or f-string text handed to a widget, the message bar, the Processing log or a user error is never
    translated: wrap it in tr("... {0}", value). A line can opt out with the comment `# i18n: not user text`."""
    found = []
    for path in sorted((ROOT / "ccsg_plugin").rglob("*.py")):
        if "core" in path.relative_to(ROOT).parts:
            continue  # core has no UI; its messages use core.text.tr
        source = path.read_text(encoding="utf-8")
        lines = source.splitlines()
        for node in ast.walk(ast.parse(source)):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
            if name not in USER_FACING_CALLS or "i18n: not user text" in lines[node.lineno - 1]:
                continue
            for arg in [node.args[i] for i in USER_FACING_CALLS[name] if i < len(node.args)]:
                literal = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                if isinstance(arg, ast.JoinedStr) or (literal and any(c.isalpha() for c in arg.value)):
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:100]}")
                    break
    assert not found, "user-visible text not wrapped in tr():\n" + "\n".join(found)

# Texts made outside tr() (core messages, data texts): tests/qgis/test_i18n_messages.py


@pytest.fixture
def spanish(tmp_path):
    """The committed Spanish translation, compiled and installed for the duration of a test; source -> translation
    (for a plural message, its last form)."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    if shutil.which("lrelease") is None:
        pytest.skip("lrelease (qttools5-dev-tools) not installed")
    qm = tmp_path / "ccsg_es.qm"
    subprocess.run(["lrelease", "-silent", str(T.ts_path("es")), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    yield {m.source: m.translation for m in T.read_ts(T.ts_path("es"))}
    QCoreApplication.removeTranslator(translator)
