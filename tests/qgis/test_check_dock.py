"""The Guideline check dock: set widgets, run in the background, results table, zoom to a failed cell, profiles."""

from __future__ import annotations

import json
import time

import pytest
from qgis.core import QgsCategorizedSymbolRenderer, QgsGeometry, QgsProject, QgsRasterLayer, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtTest import QTest

from ccsg_plugin import paths
from tests.qgis import check_fixtures as fx
from tests.qgis.analysis_helpers import spin

PROFILES = paths.profiles()  # the bundled profiles folder, passed in as the plugin's callers do

DEADLINE_S = 60


@pytest.fixture
def dock(plugin, iface, tmp_path):
    """The dock as the plugin opens it, on a saved project with generated layers."""
    QgsSettings().setValue("ccsg/user_profiles_folder", str(tmp_path / "profiles"))
    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "project.qgz"))
    road = f"LINESTRING({fx.X0 + 2000} {fx.Y0 - 3000},{fx.X0 + 2000} {fx.Y0 + 3000})"
    layers = {
        "corridors": fx.corridors_layer([("narrow", fx.rectangle(500), fx.FULL_ATTRIBUTES),
                                         ("wide", fx.rectangle(2500), fx.FULL_ATTRIBUTES)], name="my corridors"),
        "cores": fx.cores_layer(),
        "roads": fx.roads_layer([road]),
        "resistance": QgsRasterLayer(str(fx.resistance_tif(tmp_path / "res.tif")), "resistance"),
    }
    for layer in layers.values():
        project.addMapLayer(layer)
    action = next(a for a in plugin.actions if a.objectName() == "CcsgCheckDockAction")
    action.trigger()
    widget = plugin.docks["CcsgCheckDock"]
    widget.corridorsCombo.setLayer(layers["corridors"])
    widget.coresCombo.setLayer(layers["cores"])
    widget.resistanceCombo.setLayer(layers["resistance"])
    widget.barriersCombo.setLayer(layers["roads"])
    widget.test_layers = layers
    yield widget
    deadline = time.monotonic() + DEADLINE_S
    while widget.is_running() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
    QgsSettings().remove("ccsg/user_profiles_folder")


def _wait(dock) -> None:
    assert spin(lambda: not dock.is_running(), DEADLINE_S), "the check did not finish in time"


def _select(dock, name: str) -> int:
    """Click the corridor called name in the corridor list; its criteria fill the criteria table."""
    row = dock.row_of(name)
    assert row >= 0, name
    table = dock.resultsTable
    QTest.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualItemRect(table.item(row, 0)).center())
    return row


def _click_criterion(dock, criterion_id: str) -> int:
    row = dock.criterion_row(criterion_id)
    assert row >= 0, criterion_id
    table = dock.criteriaTable
    table.scrollToItem(table.item(row, 0))
    QTest.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualItemRect(table.item(row, 0)).center())
    return row


def test_run_fills_coloured_table_and_adds_styled_layer(dock, tmp_path):
    from ccsg_plugin.gis.report import STATUS_BACKGROUNDS

    assert dock.objectName() == "CcsgCheckDock"
    assert dock.run_check()
    _wait(dock)
    assert dock.last_error is None
    assert dock.resultsTable.rowCount() == 2
    # Worse corridors are listed first, the first one is shown at once; its criteria, failed ones before passed.
    order = {"fail": 0, "warn": 1, "not_evaluated": 2, "pass": 3}
    layer_status = {f["name"]: f["overall_status"] for f in dock.result_layer.getFeatures()}
    listed = [dock.overall_status(r) for r in range(2)]
    assert listed == sorted(layer_status.values(), key=order.get)
    assert dock.overall_status(dock.row_of("narrow")) == layer_status["narrow"]
    assert dock.criteriaTable.rowCount() > 0
    table = dock.criteriaTable
    statuses = [table.item(r, 1).data(Qt.UserRole + 1)[2] for r in range(table.rowCount())]
    assert statuses == sorted(statuses, key=order.get) and statuses[0] == "fail" and "pass" in statuses
    # 500 m against the 2000 m default fails, shown with its value; 2500 m passes.
    _select(dock, "narrow")
    row = dock.criterion_row("min_width")
    assert dock.criterion_status("min_width") == "fail"
    assert abs(float(table.item(row, 2).text().split()[0].replace(",", "")) - 500) <= 1
    assert table.item(row, 1).background().color().name() == STATUS_BACKGROUNDS["fail"]
    tooltip = table.item(row, 0).toolTip()
    assert "Beier" in tooltip and "2,000" in tooltip
    _select(dock, "wide")
    row = dock.criterion_row("min_width")
    assert dock.criterion_status("min_width") == "pass"
    assert table.item(row, 1).background().color().name() == STATUS_BACKGROUNDS["pass"]
    # The result layer: a GeoPackage beside the project, in the CCSG group, styled by overall status.
    layer = dock.result_layer
    assert layer.source().startswith(str(tmp_path / "ccsg_results"))
    assert QgsProject.instance().layerTreeRoot().findGroup("CCSG").findLayer(layer.id()) is not None
    renderer = layer.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer) and renderer.classAttribute() == "overall_status"
    assert dock.report_path.exists() and dock.reportButton.isEnabled()
    url = dock.report_url()
    assert url.scheme() == "file" and url.toLocalFile() == str(dock.report_path)


def test_click_on_failed_cell_zooms_to_its_location(dock, iface):
    assert dock.run_check()
    _wait(dock)
    _select(dock, "narrow")
    assert dock.criterion_status("barrier_severance") == "fail"
    canvas = iface.mapCanvas()
    canvas.setExtent(fx.rectangle(10).boundingBox().buffered(1e6))  # far out first
    _click_criterion(dock, "barrier_severance")
    feature = next(f for f in dock.result_layer.getFeatures() if f["name"] == "narrow")
    location = QgsGeometry.fromWkt(json.loads(feature["check_details"])["barrier_severance"]["location"])
    extent = canvas.extent()
    assert extent.contains(location.boundingBox())
    assert extent.width() < 1e5  # zoomed in, not left at the far-out view
    # The problem stays marked on the map (no flash that is gone in 1.5 s) until the next click.
    for _ in range(20):
        QCoreApplication.processEvents()
        time.sleep(0.1)
    marked = dock.marker_geometry()
    assert marked is not None and marked.boundingBox().contains(location.boundingBox())
    assert marked.boundingBox().width() <= location.boundingBox().width() + 1
    _click_criterion(dock, "min_width")  # another failed criterion: its marker replaces the first one
    corridor = feature.geometry()
    assert dock.marker_geometry().boundingBox() != marked.boundingBox()
    assert dock.marker_geometry().boundingBox().intersects(corridor.boundingBox())


def test_edited_threshold_is_used_and_saved(dock, tmp_path):
    dock.set_threshold(("min_width", "min_m"), "400")
    assert dock.profile_modified
    assert dock.run_check()
    _wait(dock)
    _select(dock, "narrow")
    assert dock.criterion_status("min_width") == "pass"
    saved = dock.save_profile()
    assert saved is not None and saved.parent == tmp_path / "profiles"
    assert json.loads(saved.read_text())["criteria"]["min_width"]["thresholds"]["min_m"] == 400
    assert "(yours)" in dock.profileCombo.currentText()
    exported = dock.export_profile(tmp_path / "exported.json")
    from ccsg_plugin.core.criteria.profiles import load_profile

    assert load_profile(exported, bundled_dir=PROFILES).criteria["min_width"].thresholds["min_m"] == 400


def test_import_of_a_malformed_profile_names_the_field(dock, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema_version": 1, "id": "x", "name": "x", "criteria": {"min_width": 5}}))
    assert dock.import_profile(bad) is None
    assert "criteria.min_width" in dock.statusLabel.text()


def test_cancel_leaves_no_result_files(dock, tmp_path):
    assert dock.run_check()
    dock.cancel()
    _wait(dock)
    assert dock.result_layer is None
    assert not list((tmp_path / "ccsg_results").glob("*.gpkg"))
    assert not list((tmp_path / "ccsg_results").glob("*.html"))
    assert dock.runButton.isEnabled()


def test_threshold_table_edits_the_profile(dock):
    table = dock.thresholdsTable
    row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(Qt.UserRole) == ("min_width", "min_m"))
    assert float(table.item(row, 1).text()) == 2000
    assert "Beier" in table.item(row, 3).text()  # the source beside the threshold
    table.item(row, 1).setText("750")
    assert dock.profile.criteria["min_width"].thresholds["min_m"] == 750
    assert dock.profile_modified
    table.item(row, 1).setText("wide")
    assert dock.profile.criteria["min_width"].thresholds["min_m"] == 750
    assert "not a number" in dock.statusLabel.text()


def test_geographic_corridors_give_a_message_and_no_files(dock, tmp_path):
    wgs84 = fx.corridors_layer([("c", fx.rectangle(500), {})], crs="EPSG:4326", name="lat lon corridors")
    QgsProject.instance().addMapLayer(wgs84)
    dock.corridorsCombo.setLayer(wgs84)
    assert dock.run_check()
    _wait(dock)
    assert "lat lon corridors" in dock.last_error and "geographic" in dock.last_error
    assert dock.statusLabel.text() == dock.last_error
    assert not list((tmp_path / "ccsg_results").glob("*.gpkg"))


def test_reopened_dock_shows_results_already_in_the_project(dock, plugin, iface):
    from ccsg_plugin.gui.check_dock import CheckDock

    assert dock.run_check()
    _wait(dock)
    again = CheckDock(iface)
    try:
        assert again.result_layer is not None and again.result_layer.id() == dock.result_layer.id()
        assert again.resultsTable.rowCount() == 2
        assert again.report_path == dock.report_path and again.reportButton.isEnabled()
    finally:
        again.shutdown()
        again.deleteLater()


def test_opening_a_project_shows_its_check_result(dock, tmp_path):
    assert dock.run_check()
    _wait(dock)
    project = QgsProject.instance()
    assert project.write()
    source = dock.result_layer.source()
    project.clear()
    assert dock.result_layer is None and dock.resultsTable.rowCount() == 0
    assert project.read(str(tmp_path / "project.qgz"))
    assert dock.result_layer is not None and dock.result_layer.source() == source
    assert dock.resultsTable.rowCount() == 2
    assert dock.report_path is not None and dock.report_path.exists()


def test_unload_during_a_run_is_clean(dock, plugin, tmp_path):
    from qgis.core import QgsTask
    from qgis.PyQt import sip

    assert dock.run_check()
    task = dock._runner.task
    plugin.unload()  # the dock cancels its run and lets go of the task's signals
    assert not dock.is_running()

    def finished() -> bool:
        return sip.isdeleted(task) or task.status() in (QgsTask.Complete, QgsTask.Terminated)

    deadline = time.monotonic() + DEADLINE_S
    while not finished() and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert finished()
    assert not list((tmp_path / "ccsg_results").glob("*.gpkg"))


def test_a_second_check_unticks_the_first_and_sits_below_the_checked_layer(dock):
    """Results do not pile up over the corridor being edited: the older result is unticked, the newest is drawn
    below the checked layer when that layer is in the CCSG group (as the designer's store is)."""
    project = QgsProject.instance()
    root = project.layerTreeRoot()
    corridors = dock.test_layers["corridors"]
    group = root.findGroup("CCSG") or root.insertGroup(0, "CCSG")
    group.insertChildNode(0, root.findLayer(corridors.id()).clone())
    root.removeChildNode(root.findLayer(corridors.id()))
    dock.corridorsCombo.setLayer(corridors)
    QTest.mouseClick(dock.runButton, Qt.LeftButton)
    _wait(dock)
    first = dock.result_layer
    QTest.mouseClick(dock.runButton, Qt.LeftButton)
    _wait(dock)
    second = dock.result_layer
    assert first.id() != second.id()
    names = [child.layerId() for child in group.children() if hasattr(child, "layerId")]
    assert names.index(corridors.id()) < names.index(second.id())
    assert names.index(second.id()) == names.index(corridors.id()) + 1
    assert not root.findLayer(first.id()).itemVisibilityChecked()
    assert root.findLayer(second.id()).itemVisibilityChecked()
    assert root.findLayer(corridors.id()).itemVisibilityChecked()
