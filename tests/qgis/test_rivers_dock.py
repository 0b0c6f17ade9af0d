"""The Rivers panel driven through its buttons: DCI_p / DCI_d and the barrier to open first against a network
computed by hand here, the run folder and group, cancel leaving nothing, every input widget changing the result,
and bad input with a clear message and nothing started."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsGraduatedSymbolRenderer, QgsProject

from tests.qgis.analysis_helpers import spin
from tests.qgis.lcp_helpers import file_layer, memory_layer
from tests.qgis.test_analysis_report import opened_urls  # noqa: F401 - fixture

X0, Y0 = 500000.0, 4000000.0
CRS = "EPSG:32633"
DEADLINE_S = 60

# Digitised downstream to the outlet at (0, 0): lower stem (200,0)->(0,0), upper stem (300,0)->(200,0), tributary
# (200,100)->(200,0). Barrier X at (100,0) (p 0.5), barrier Y on the tributary at (200,50) (p 0.2).
# Sections: S1 = 0..100 of the lower stem (100, holds the outlet); S2 = the rest of the stems and the lower half of
# the tributary (100 + 100 + 50 = 250); S3 = the upper half of the tributary (50). L = 400.
LINES = [[(200, 0), (0, 0)], [(300, 0), (200, 0)], [(200, 100), (200, 0)]]
POINTS = [(100, 0), (200, 50)]


def hand_dci(lengths, c):
    """DCI_p = 100 sum c_ij l_i l_j / L^2 and DCI_d = 100 sum c_i,outlet l_i / L (outlet in section 0)."""
    total = sum(lengths)
    n = len(lengths)
    dci_p = 100 * sum(c[i][j] * lengths[i] * lengths[j] for i in range(n) for j in range(n)) / total ** 2
    dci_d = 100 * sum(c[i][0] * lengths[i] for i in range(n)) / total
    return dci_p, dci_d


def chain(px, py):
    """c_ij of the three sections S1 -X- S2 -Y- S3."""
    return [[1, px, px * py], [px, 1, py], [px * py, py, 1]]


def line_wkt(coords):
    return "LINESTRING(" + ",".join(f"{X0 + x} {Y0 + y}" for x, y in coords) + ")"


def rivers_layer(lines=LINES, weights=(1.0, 1.0, 1.0)):
    return file_layer(memory_layer("LineString", CRS, [(line_wkt(c), [w]) for c, w in zip(lines, weights)],
                                   "weight:double", "my rivers"))


def barriers_layer(passability=(0.5, 0.2), fields="passability:double", name="my barriers"):
    rows = [(f"POINT({X0 + x} {Y0 + y})", [p]) for (x, y), p in zip(POINTS, passability)]
    return file_layer(memory_layer("Point", CRS, rows, fields, name))


@pytest.fixture
def dock(plugin, tmp_path):
    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "project.qgz"))
    layers = {"rivers": rivers_layer(), "barriers": barriers_layer()}
    for layer in layers.values():
        project.addMapLayer(layer)
    action = next(a for a in plugin.actions if a.objectName() == "CcsgRiversDockAction")
    action.trigger()
    widget = plugin.docks["CcsgRiversDock"]
    widget.riversCombo.setLayer(layers["rivers"])
    widget.barriersCombo.setLayer(layers["barriers"])
    widget.test_layers = layers
    widget.runs = tmp_path / "ccsg_runs"
    yield widget
    _wait(widget)


def _wait(dock) -> None:
    assert spin(lambda: not dock.is_running(), DEADLINE_S), "the river run did not finish in time"


def _run(dock) -> dict:
    dock.runButton.click()
    _wait(dock)
    assert dock.last_run is not None, dock.statusLabel.text()
    return dock.last_run


def test_run_shows_the_hand_computed_dci_in_a_run_group(dock, opened_urls):  # noqa: F811
    assert dock.passabilityFieldCombo.currentField() == "passability"  # guessed from its name
    run = _run(dock)
    dci_p, dci_d = hand_dci([100, 250, 50], chain(0.5, 0.2))
    assert (dci_p, dci_d) == pytest.approx((66.25, 57.5))  # the arithmetic, written out in the module comment
    assert run["parts"][0][1:3] == pytest.approx([dci_p, dci_d])
    text = dock.resultLabel.text()
    assert f"DCI_p {dci_p:.2f}" in text and f"DCI_d {dci_d:.2f}" in text
    # opening X alone: c = chain(1, 0.2); opening Y alone: chain(0.5, 1). X gains more for DCI_p.
    gain_x = hand_dci([100, 250, 50], chain(1.0, 0.2))[0] - dci_p
    gain_y = hand_dci([100, 250, 50], chain(0.5, 1.0))[0] - dci_p
    assert gain_x > gain_y
    assert run["top"][0] == 1 and run["top"][1] == pytest.approx(gain_x)
    assert f"+{gain_x:.2f}" in text
    # the run folder holds the three files, and the group the three styled layers
    run_dir = Path(run["run_dir"])
    assert run_dir.parent == dock.runs
    assert sorted(p.name for p in run_dir.iterdir() if p.suffix == ".gpkg") == [
        "river_barriers.gpkg", "river_sections.gpkg", "river_summary.gpkg"]
    group = QgsProject.instance().layerTreeRoot().findGroup(run["group"])
    layers = {node.layer().name(): node.layer() for node in group.findLayers()}
    assert set(layers) == {"Barrier priorities", "River sections", "DCI summary"}
    sections = layers["River sections"].renderer()
    assert isinstance(sections, QgsGraduatedSymbolRenderer) and sections.classAttribute() == "c_outlet"
    assert "DCI" in sections.ranges()[0].label()
    assert layers["Barrier priorities"].renderer().classAttribute() == "dDCI_p"
    assert dock.runButton.isEnabled() and not dock.cancelButton.isEnabled()
    # the run report (ccsg:runreport, the plan's last step) has the rivers section with the same numbers
    report = run_dir / "report.html"
    text = report.read_text(encoding="utf-8")
    assert "Cote et al. 2009" in text and f">{round(dci_p, 2):g}<" in text and f">{round(dci_d, 2):g}<" in text
    assert dock.openReportButton.isEnabled()
    dock.openReportButton.click()
    assert [Path(u.toLocalFile()) for u in opened_urls] == [report]
    report.unlink()  # moved or deleted since: the button says so instead of opening nothing
    dock.openReportButton.click()
    assert "is gone" in dock.statusLabel.text() and not dock.openReportButton.isEnabled()


def test_cancel_leaves_no_folder_and_no_group(dock):
    root = QgsProject.instance().layerTreeRoot()
    before = len(root.children())
    dock.runButton.click()
    assert dock.cancelButton.isEnabled()
    dock.cancelButton.click()
    _wait(dock)
    assert dock.last_run is None
    assert not any(dock.runs.glob("rivers_*"))
    assert len(root.children()) == before
    assert "Cancelled" in dock.statusLabel.text()


def test_every_input_of_the_panel_changes_the_result(dock):
    base = _run(dock)["parts"]
    # passability field: a second field with other values
    project = QgsProject.instance()
    other = barriers_layer((0.5, 0.2), "passability:double,p2:double")
    p2 = other.fields().indexOf("p2")
    other.dataProvider().changeAttributeValues({1: {p2: 0.0}, 2: {p2: 1.0}})
    project.addMapLayer(other)
    dock.barriersCombo.setLayer(other)
    dock.passabilityFieldCombo.setField("p2")
    got = _run(dock)["parts"]
    assert got[0][1:3] == pytest.approx(hand_dci([100, 250, 50], chain(0.0, 1.0)))
    dock.barriersCombo.setLayer(dock.test_layers["barriers"])
    # weight field: the tributary's habitat counts double (S2 = 200 + 2 x 50, S3 = 2 x 50)
    dock.weightFieldCombo.setField("weight")
    weight = dock.test_layers["rivers"].fields().indexOf("weight")
    dock.test_layers["rivers"].dataProvider().changeAttributeValues({3: {weight: 2.0}})
    got = _run(dock)["parts"]
    assert got[0][1:3] == pytest.approx(hand_dci([100, 300, 100], chain(0.5, 0.2)))
    dock.weightFieldCombo.setField("")
    # outlet: at the tributary's spring, the outlet section is S3
    outlet = file_layer(memory_layer("Point", CRS, [(f"POINT({X0 + 200} {Y0 + 100})", [1])], "id:integer", "mouth"))
    project.addMapLayer(outlet)
    dock.outletCombo.setLayer(outlet)
    got = _run(dock)["parts"]
    expected_d = 100 * (50 * 1 + 250 * 0.2 + 100 * 0.1) / 400
    assert got[0][2] == pytest.approx(expected_d) and got[0][1] == pytest.approx(base[0][1])
    dock.outletCombo.setLayer(None)
    # snap tolerance: the upper stem ends 5 m short of the junction; joined at 5, two systems at 4.99
    gap = rivers_layer([LINES[0], [(300, 0), (205, 0)], LINES[2]])
    project.addMapLayer(gap)
    dock.riversCombo.setLayer(gap)
    dock.snapSpin.setValue(4.99)
    assert len(_run(dock)["parts"]) == 2
    assert "River system 2" in dock.resultLabel.text()
    dock.snapSpin.setValue(5.0)
    assert len(_run(dock)["parts"]) == 1


@pytest.mark.parametrize(("case", "message"), [
    ("no rivers", "Choose the river lines layer"),
    ("points as rivers", "The layer 'my barriers' holds points, not river lines"),
    ("no passability field", "The barriers layer 'no field' has no passability field chosen"),
    ("lines as barriers", "The layer 'my rivers' holds lines, not barrier points"),
])
def test_bad_input_gives_a_clear_message_and_starts_nothing(dock, case, message):
    if case == "no rivers":
        dock.riversCombo.setLayer(None)
    elif case == "points as rivers":
        dock.riversCombo.setLayer(dock.test_layers["barriers"])
    elif case == "no passability field":
        layer = barriers_layer((0.5, 0.2), "name:string", name="no field")
        QgsProject.instance().addMapLayer(layer)
        dock.barriersCombo.setLayer(layer)
    else:
        dock.barriersCombo.setLayer(dock.test_layers["rivers"])
    dock.runButton.click()
    assert not dock.is_running()
    assert message in dock.statusLabel.text()
    assert "#b00020" in dock.statusLabel.styleSheet()
    assert not dock.runs.exists() or not any(dock.runs.iterdir())
    assert dock.runButton.isEnabled()


def test_a_run_refused_by_the_algorithm_names_the_feature_and_keeps_nothing(dock):
    layer = barriers_layer((0.5, 1.5), name="bad values")
    QgsProject.instance().addMapLayer(layer)
    dock.barriersCombo.setLayer(layer)
    root = QgsProject.instance().layerTreeRoot()
    before = len(root.children())
    dock.runButton.click()
    _wait(dock)
    assert dock.last_run is None
    assert "1.5" in dock.statusLabel.text() and "#b00020" in dock.statusLabel.styleSheet()
    assert not any(dock.runs.glob("rivers_*")) and len(root.children()) == before
    assert dock.runButton.isEnabled() and not dock.cancelButton.isEnabled()
