"""Messages that carry their template: core builds them with core.text.tr (English str + template + arguments),
the display translates the template and formats it. The expected Spanish texts are assembled here from the .ts
file itself (the translator's words), by a small renderer written in this test, not by the code under test."""

from __future__ import annotations

import ast
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from shapely.geometry import Point, box

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "ccsg_plugin"


def _ts_table(lang: str) -> dict:
    """source -> translation, or -> [numerus forms] for a plural message, straight from i18n/ccsg_<lang>.ts."""
    table = {}
    for msg in ET.parse(ROOT / "i18n" / f"ccsg_{lang}.ts").getroot().iter("message"):
        translation = msg.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")]
        table[msg.findtext("source")] = forms if msg.get("numerus") == "yes" else (translation.text or "")
    return table


def _render(msg, table: dict, plural_index) -> str:
    """The reference: translate the template (plural form chosen by the count) and format it with the arguments,
    arguments that are messages rendered in turn."""
    from ccsg_plugin.core.text import Msg

    if not isinstance(msg, Msg):
        return msg
    if not _has_words(msg.template):
        return msg.template.format(*[_render(a, table, plural_index) for a in msg.args])  # a join: "{0}; {1}"
    entry = table[msg.template]  # KeyError: a core message that reached nobody's .ts
    if msg.n is not None:
        assert isinstance(entry, list), f"{msg.template!r} is counted but has no plural forms in the .ts"
        entry = entry[plural_index(msg.n)]
    return entry.format(*[_render(a, table, plural_index) for a in msg.args])


def _has_words(template: str) -> bool:
    return any(c.isalpha() for c in template.replace("{", "").replace("}", ""))


def _templates(msg) -> list[str]:
    """The templates with words in a message and its arguments (a join's "{0}; {1}" has none to translate)."""
    from ccsg_plugin.core.text import Msg

    if not isinstance(msg, Msg):
        return []
    own = [msg.template] if _has_words(msg.template) else []
    return own + [t for a in msg.args for t in _templates(a)]


@pytest.fixture
def translated(tmp_path):
    """Install the committed translation of a language (compiled with lrelease) for the rest of a test."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    if shutil.which("lrelease") is None:
        pytest.skip("lrelease (qttools5-dev-tools) not installed")
    installed = []

    def install(lang: str) -> dict:
        qm = tmp_path / f"ccsg_{lang}.qm"
        subprocess.run(["lrelease", "-silent", str(ROOT / "i18n" / f"ccsg_{lang}.ts"), "-qm", str(qm)], check=True)
        translator = QTranslator()
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)
        installed.append(translator)
        return _ts_table(lang)

    yield install
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


# ----- the doctor's findings -----------------------------------------------------------------------------------
def _doctor_cases():
    """Real doctor runs that between them raise every kind of finding (the cases of tests/unit/test_input_doctor)."""
    from ccsg_plugin.core.doctor import run as doc
    from ccsg_plugin.core.doctor.run import CoreFacts, CrsFacts, DoctorInputs, GridFacts, Options, ValueSample

    grid = GridFacts("res", 0.0, 1000.0, 10.0, 10.0, 100, 100)

    def inputs(values=None, cores=None, **kw):
        base = {
            "resistance_crs": CrsFacts("res", "EPSG:3310", False),
            "resistance_grid": grid,
            "resistance_values": ValueSample(np.asarray(np.ones((100, 100)) if values is None else values,
                                                        dtype=float), grid),
            "resistance_name": "res", "cores_name": "cores", "id_field": "core_id",
            "cores": cores if cores is not None else [CoreFacts(0, 1, box(100, 100, 200, 200)),
                                                      CoreFacts(1, 2, box(700, 700, 800, 800))],
            "free_memory_bytes": 8 * 1024**3,
        }
        base.update(kw)
        return DoctorInputs(**base)

    mixed = np.ones((100, 100))
    mixed[10:20, 30:35] = np.nan
    mixed[50, 50] = 0.0
    mixed[60:62, 0] = -5.0
    on_nodata = np.ones((100, 100))
    on_nodata[0:10, 90:100] = np.nan
    big = GridFacts("res", 0.0, 1000.0, 0.01, 0.01, 100000, 100000)
    coarse = GridFacts("res", 0.0, 1000.0, 100.0, 100.0, 10, 10)
    sample = np.ones((10, 10))
    sample[0, 0] = np.nan
    cases = [
        inputs(),
        inputs(other_crs=[CrsFacts("cores", "EPSG:4326 - WGS 84", True, True, False)]),
        inputs(resistance_crs=CrsFacts("res", "", False, valid=False)),
        inputs(other_crs=[CrsFacts("cores", "EPSG:32611", False, True, False)]),
        inputs(other_grids=[GridFacts("lc", 0.0, 1000.0, 20.0, 20.0, 50, 50),
                            GridFacts("lc2", 3.0, 1000.0, 10.0, 10.0, 100, 100)]),
        inputs(mixed),
        inputs(np.full((100, 100), np.nan)),
        inputs(resistance_values=ValueSample(sample, coarse, cells_per_sample=100.0)),
        inputs(on_nodata, [CoreFacts(0, 1, box(100, 100, 200, 200)), CoreFacts(1, 2, box(2000, 2000, 2100, 2100)),
                           CoreFacts(2, 3, box(950, 400, 1100, 500)), CoreFacts(3, 4, Point(503, 503).buffer(2)),
                           CoreFacts(4, 5, box(910, 910, 990, 990))]),
        inputs(cores=[CoreFacts(0, 7, box(100, 100, 200, 200)), CoreFacts(1, 7, box(300, 300, 400, 400)),
                      CoreFacts(2, None, box(500, 500, 600, 600)), CoreFacts(3, "  ", box(700, 700, 800, 800)),
                      CoreFacts(4, 9, None)]),
        inputs(cores=[]),
        inputs(cores=[CoreFacts(0, 1, box(0, 0, 50, 50))]),
        inputs(cores=[CoreFacts(i * 21 + j, i * 21 + j, box(j * 45.0, i * 45.0, j * 45.0 + 5, i * 45.0 + 5))
                      for i in range(21) for j in range(21)]),
        inputs(options=Options(max_distance=10.0)),
        inputs(resistance_grid=big, resistance_values=None, free_memory_bytes=4 * 1024**3),
        inputs(resistance_grid=big, resistance_values=None,
               free_memory_bytes=int(1.5e10 * (doc.BYTES_PER_CELL_COSTDISTANCE + doc.BYTES_PER_CELL_MOSAIC))),
        inputs(landcover_name="lc", landcover_classes=[1, 2, 3, 4], table={1: 1.0, 2: 0.0}, default_resistance=-1.0),
        inputs(landcover_name="lc", table={}),
        inputs(unreadable=["wms layer"]),
        inputs(cores=[CoreFacts(0, 1, Point(150, 150)), CoreFacts(1, 2, Point(750, 750))]),
        inputs(cores=[CoreFacts(0, 1, box(100, 100, 200, 200)), CoreFacts(1, 2, box(150, 150, 300, 300)),
                      CoreFacts(2, 3, box(700, 700, 800, 800))]),
    ]
    return [f for case in cases for f in doc.diagnose(case)]


EVERY_FINDING = {
    "estimate", "geographic_crs", "missing_crs", "different_crs", "cell_size_differs", "grid_misaligned",
    "nodata_cells", "zero_resistance", "negative_resistance", "all_nodata", "core_outside_raster",
    "core_partly_outside", "core_smaller_than_cell", "core_on_nodata", "duplicate_core_id", "empty_core_id",
    "empty_core_geometry", "no_cores", "too_few_cores", "many_pairs", "no_pairs", "memory_exceeds_free",
    "memory_tight", "table_nonpositive", "classes_not_in_table", "default_nonpositive", "empty_table",
    "values_not_checked", "cores_not_polygons", "single_core", "cores_overlap",
}


def test_every_doctor_finding_is_shown_in_spanish(translated):
    from ccsg_plugin.i18n import tr_data

    spanish = translated("es")
    findings = _doctor_cases()
    assert {f.code for f in findings} >= EVERY_FINDING  # the cases really raise every kind of finding
    for f in findings:
        for text in (f.message, f.fix):
            assert _templates(text), f"{f.code}: {text!r} is a plain string, not a core.text.tr() message"
            missing = [t for t in _templates(text) if t not in spanish]
            assert not missing, f"{f.code}: not in ccsg_es.ts: {missing}"
            shown = tr_data(text)
            assert shown == _render(text, spanish, lambda n: 0 if n == 1 else 1), f.code
            assert shown != str(text), f"{f.code}: still English: {shown!r}"


def test_doctor_finding_in_spanish_reads_as_written(translated):
    """One finding spelled out in full, from the translator's words in the .ts."""
    from ccsg_plugin.i18n import tr_data

    spanish = translated("es")
    nodata = next(f for f in _doctor_cases() if f.code == "nodata_cells" and "about" not in f.message)
    assert nodata.message == ("The resistance raster 'res' has 50 NoData cells (0.5%), within x 300 to 350, y 800 to "
                              "900 (for example at x=305, y=895). They are impassable.")  # English as before
    where = spanish["within x {0} to {1}, y {2} to {3} (for example at {4})"].format("300", "350", "800", "900",
                                                                                    "x=305, y=895")
    name = spanish["resistance raster '{0}'"].format("res")
    expected = spanish["The {0} has {1}{2} NoData cells ({3}), {4}. They are impassable."][1].format(
        name, "", "50", "0.5%", where)
    assert tr_data(nodata.message) == expected
    assert expected.startswith("El ráster de resistencia 'res' tiene 50 celdas NoData")


def test_analysis_panel_lists_the_findings_in_spanish(translated, iface, qgis_new_project):
    """The panel's Input check list shows each finding and its fix translated."""
    from ccsg_plugin.gui.analysis_dock import AnalysisDock
    from ccsg_plugin.i18n import tr_data
    from tests.conftest import process_deferred_deletes

    translated("es")
    findings = [f for f in _doctor_cases() if f.code in ("empty_core_id", "zero_resistance")]
    dock = AnalysisDock(iface)
    try:
        dock._on_doctor(dock._doctor_generation, findings, "")
        shown = [dock.findingsList.item(i).text() for i in range(dock.findingsList.count())]
        assert shown == [f"{tr_data(f.message)}\n→ {tr_data(f.fix)}" for f in findings]
        assert "áreas núcleo" in shown[0] or "celda" in shown[0]
        assert "1 error que corregir" in dock.doctorSummaryLabel.text() or \
            "2 errores que corregir" in dock.doctorSummaryLabel.text()
    finally:
        dock.close()
        dock.deleteLater()
        process_deferred_deletes()


# ----- plural forms --------------------------------------------------------------------------------------------
def test_plurals_in_spanish_for_one_and_two(translated):
    from ccsg_plugin.core.doctor.core_checks import check_cores
    from ccsg_plugin.core.doctor.run import CoreFacts, DoctorInputs
    from ccsg_plugin.i18n import tr, tr_data

    spanish = translated("es")
    summary = "{0} corridor(s) checked: {1} pass, {2} with warnings, {3} fail."
    one = tr(summary, None, 1, 1, 1, 0, 0)
    two = tr(summary, None, 2, 2, 1, 1, 0)
    assert one == spanish[summary][0].format(1, 1, 0, 0) and one.startswith("1 corredor verificado:")
    assert two == spanish[summary][1].format(2, 1, 1, 0) and two.startswith("2 corredores verificados:")
    # a core message with a count: one and two cores without an id
    for n, form in ((1, 0), (2, 1)):
        cores = [CoreFacts(i, None, box(i * 100, 0, i * 100 + 50, 50)) for i in range(n)]
        cores += [CoreFacts(9, 9, box(500, 500, 600, 600)), CoreFacts(8, 8, box(700, 700, 800, 800))]
        finding = next(f for f in check_cores(DoctorInputs(cores_name="cc", id_field="core_id", cores=cores))
                       if f.code == "empty_core_id")
        assert finding.message.n == n
        ids = ", ".join(str(i) for i in range(n))
        expected = spanish["{0} core(s) in {1} have no value in the id field '{2}' (feature ids {3})."][form]
        assert tr_data(finding.message) == expected.format(n, "'cc'", "core_id", ids)
    assert tr_data(finding.message).startswith("2 áreas núcleo de 'cc' no tienen")


def test_english_without_a_translation_stays_as_written():
    from ccsg_plugin.core.criteria.inputs import Outcome
    from ccsg_plugin.core.text import tr as core_tr
    from ccsg_plugin.i18n import tr, tr_data

    missing = Outcome.missing(core_tr("no core areas layer")).explanation
    assert missing == "Not evaluated: no core areas layer" and tr_data(missing) == missing
    assert tr("{0} corridor(s) checked: {1} pass, {2} with warnings, {3} fail.", None, 1, 1, 1, 0, 0) == \
        "1 corridor(s) checked: 1 pass, 0 with warnings, 0 fail."


def test_core_messages_nest_and_survive_copies(translated):
    import copy
    import pickle

    from ccsg_plugin.core.criteria.inputs import Outcome
    from ccsg_plugin.core.errors import CcsgError
    from ccsg_plugin.core.text import join, message_of
    from ccsg_plugin.core.text import tr as core_tr
    from ccsg_plugin.i18n import tr_data

    spanish = translated("es")
    missing = Outcome.missing(core_tr("no core areas layer")).explanation
    assert tr_data(missing) == spanish["Not evaluated: {0}"].format(spanish["no core areas layer"])
    tail = core_tr(" in {0} stepping stones", 3)
    msg = core_tr("One valid bounded space of {0} ha{1}", "1861.0", tail)
    assert msg == "One valid bounded space of 1861.0 ha in 3 stepping stones"
    expected = spanish["One valid bounded space of {0} ha{1}"].format("1861.0", spanish[" in {0} stepping stones"]
                                                                      .format(3))
    for copied in (msg, copy.deepcopy(msg), pickle.loads(pickle.dumps(msg))):
        assert tr_data(copied) == expected
    joined = join("; ", [core_tr("none"), core_tr("{0} ({1} times)", 7, 2)])
    assert joined == "none; 7 (2 times)"
    assert tr_data(joined) == f"{spanish['none']}; {spanish['{0} ({1} times)'].format(7, 2)}"
    error = CcsgError(core_tr("Core {0} covers no cell of the resistance grid.", 4))
    assert message_of(error).template == "Core {0} covers no cell of the resistance grid."
    assert tr_data(error) == spanish["Core {0} covers no cell of the resistance grid."].format(4)
    assert tr_data("Minimum width 2500 m ≥ 2000 m") == "Minimum width 2500 m ≥ 2000 m"  # finished text: no guessing


def test_form_drop_downs_show_translated_values(translated, tmp_path):
    from qgis.core import QgsCoordinateReferenceSystem

    from ccsg_plugin.core.corridor import schema
    from ccsg_plugin.gis import corridor_store

    spanish = translated("es")
    layer = corridor_store.create_or_open(tmp_path / "store.gpkg", QgsCoordinateReferenceSystem("EPSG:3310"))
    corridor_store.configure_layer(layer)
    for name in ("legal_mechanism", "governance_type", "realm", "ownership_type"):
        config = layer.editorWidgetSetup(layer.fields().indexOf(name)).config()
        shown = {value: label for entry in config["map"] for label, value in entry.items()}
        spec = next(s for s in schema.FIELDS if s.name == name)
        for value in spec.allowed:
            label = spec.display(value)
            if sum(c.isalpha() for c in label) > 1:
                assert shown[value] == spanish[label] != label, (name, value)
    assert spanish["conservation easement/covenant"] in shown.values() or name != "legal_mechanism"


def test_resistance_units_are_translated(translated):
    from ccsg_plugin.core.criteria.habitat import RESISTANCE_UNIT
    from ccsg_plugin.i18n import tr_data

    spanish = translated("es")
    assert tr_data(RESISTANCE_UNIT) == spanish["resistance units"] == "unidades de resistencia"


# ----- guards: how messages must be written ---------------------------------------------------------------------
MESSAGE_CALLS = {"Outcome": (3,), "missing": (0,), "CcsgError": (0,), "Finding": (2, 3), "_need": (1,)}


def test_core_messages_are_tr_calls_not_finished_text():
    """A message core hands to the user (criterion explanation, not-evaluated reason, error, doctor finding) is a
    core.text.tr("template", ...) call: an f-string or "a" + b would reach the user in English only."""
    bad = []
    for path in sorted((PKG / "core").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = getattr(node.func, "id", getattr(node.func, "attr", ""))
            if name not in MESSAGE_CALLS:
                continue
            args = [node.args[i] for i in MESSAGE_CALLS[name] if i < len(node.args)]
            for arg in args:
                literal = isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                text = isinstance(arg, (ast.JoinedStr, ast.BinOp)) or (literal and any(c.isalpha() for c in arg.value))
                if text:
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(arg)[:80]}")
    assert not bad, "core messages must be core.text.tr() calls:\n" + "\n".join(bad)


def test_tr_second_argument_is_never_a_string_literal():
    """pylupdate5 reads tr("text", "literal", n) as a disambiguation comment (and a plural): the .ts entry then
    never matches what the code asks for. Format the value first: tr("{0} m", format(width, ".0f"))."""
    bad = []
    for path in sorted(PKG.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "tr" and len(node.args) > 1:
                second = node.args[1]
                if isinstance(second, ast.JoinedStr) or (isinstance(second, ast.Constant)
                                                          and isinstance(second.value, str)):
                    bad.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)[:90]}")
    assert not bad, "\n".join(bad)


def test_no_pattern_matching_and_no_import_cycle():
    """i18n.py does not import the catalog (the catalog imports tr from i18n: one way), and nothing matches
    finished English text any more."""
    tree = ast.parse((PKG / "i18n.py").read_text())
    i18n_imports = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
    assert "ccsg_plugin.i18n_catalog" not in i18n_imports
    catalog = (PKG / "i18n_catalog.py").read_text(encoding="utf-8")
    assert "MESSAGE_PATTERNS" not in catalog and "import re" not in (PKG / "i18n.py").read_text()
    # the catalog holds data texts only: none of core's message templates is listed there
    core_templates = set()
    for path in (PKG / "core").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "tr" and node.args:
                first = node.args[0]
                if isinstance(first, ast.Constant) and "{0}" in first.value:
                    core_templates.add(first.value)
    assert core_templates and not [t for t in core_templates if f"tr({t!r})" in catalog or f'tr("{t}")' in catalog]


def test_a_none_value_is_not_taken_for_the_plural_marker():
    """tr(text, None, n, *values) is plural only with exactly two arguments more than the placeholders: a message
    whose first value is None (an unnamed barrier) stays an ordinary message."""
    from ccsg_plugin.core.text import tr as core_tr
    from ccsg_plugin.i18n import tr

    plain = core_tr("{0} has a {1} m stretch without crossing", None, "12")
    assert plain == "None has a 12 m stretch without crossing" and plain.n is None
    counted = core_tr("{0} has {1} crossing(s)", None, 2, "road 1", 2)
    assert counted == "road 1 has 2 crossing(s)" and counted.n == 2 and counted.args == ("road 1", 2)
    assert tr("{0} ({1} times)", None, 3) == "None (3 times)"
    assert tr("{0} corridor(s) checked: {1} pass, {2} with warnings, {3} fail.", None, 2, 2, 1, 1, 0) == \
        "2 corridor(s) checked: 1 pass, 1 with warnings, 0 fail."
