"""The Corridor monitoring dock, driven through its buttons: the comparison runs in the background, the trends fill
the table, the layers go to the CCSG group, the record gains a row per run; the Corridor designer then shows the
selected corridor's history (chart + table); bad dates give the algorithm's message and append nothing."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsRasterLayer
from qgis.PyQt.QtCore import QDate, Qt
from qgis.PyQt.QtTest import QTest

from tests.qgis import test_alg_corridorchange as scene_support
from tests.qgis.analysis_helpers import spin

DEADLINE_S = 120


def _wait(dock) -> None:
    assert spin(lambda: not dock.is_running(), DEADLINE_S), "the comparison did not finish in time"


@pytest.fixture
def dock(plugin, tmp_path):
    scene = scene_support.make_scene(tmp_path)
    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "project.qgz"))
    before = QgsRasterLayer(scene["before"], "before")
    after = QgsRasterLayer(scene["after"], "after")
    roads = scene_support.road_layer()
    project.addMapLayers([before, after, roads])
    next(a for a in plugin.actions if a.objectName() == "CcsgMonitoringDockAction").trigger()
    widget = plugin.docks["CcsgMonitoringDock"]
    widget.corridorsCombo.setLayer(scene["layer"])
    widget.coresCombo.setLayer(scene["cores"])
    widget.coreIdCombo.setField("core_id")
    widget.beforeCombo.setLayer(before)
    widget.afterCombo.setLayer(after)
    widget.barriersAfterCombo.setLayer(roads)
    widget.dateBeforeEdit.setDate(QDate(2019, 5, 1))
    widget.dateAfterEdit.setDate(QDate(2024, 5, 1))
    widget.scene = scene
    yield widget
    _wait(widget)


def test_run_button_compares_in_the_background_and_the_designer_shows_the_history(dock, plugin):
    QTest.mouseClick(dock.runButton, Qt.LeftButton)
    assert dock.is_running() and not dock.runButton.isEnabled()
    _wait(dock)
    assert dock.last_error is None, dock.last_error
    assert dock.resultsTable.rowCount() == 1
    assert dock.resultsTable.item(0, 0).text() == "Southern bottleneck"
    assert dock.resultsTable.item(0, 1).text() == "degraded"
    assert dock.reportButton.isEnabled()
    group = QgsProject.instance().layerTreeRoot().findGroup("CCSG")
    assert group is not None and len(group.findLayers()) == 2
    rows = scene_support.record(dock.scene["store"])
    assert len(rows) == 1 and rows[0]["date_after"] == "2024-05-01"
    # the designer, on the same store, shows the selected corridor's history
    next(a for a in plugin.actions if a.objectName() == "CcsgDesignerDockAction").trigger()
    designer = plugin.docks["CcsgDesignerDock"]
    assert designer.open_store(dock.scene["store"])
    assert designer.history.table.rowCount() == 0  # nothing selected yet
    designer.corridorList.setCurrentItem(designer.corridorList.topLevelItem(0))  # as the designer tests select
    table = designer.history.table
    assert table.rowCount() == 1
    assert table.item(0, 0).text() == "2019-05-01 → 2024-05-01" and table.item(0, 3).text() == "degraded"
    assert len(designer.history.chart.points("habitat_after_ha", designer.history.chart.rect())) == 1


def test_dates_in_the_wrong_order_show_the_message_and_append_nothing(dock):
    dock.dateAfterEdit.setDate(QDate(2010, 1, 1))
    QTest.mouseClick(dock.runButton, Qt.LeftButton)
    _wait(dock)
    assert "wrong order" in (dock.last_error or "")
    assert "wrong order" in dock.statusLabel.text()
    assert scene_support.record(dock.scene["store"]) == []


def test_unticking_append_keeps_the_record_unchanged(dock):
    dock.appendCheck.setChecked(False)
    QTest.mouseClick(dock.runButton, Qt.LeftButton)
    _wait(dock)
    assert dock.last_error is None and dock.resultsTable.rowCount() == 1
    assert scene_support.record(dock.scene["store"]) == []
