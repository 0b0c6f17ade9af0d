"""The analysis panel at the height it gets on a 1366x768 laptop: the Input check and the link table, which sit
below the inputs, are scrolled into view when they open (issue 12: both opened below the fold)."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QPoint
from qgis.PyQt.QtWidgets import QAction

from tests.qgis.analysis_helpers import copy_demo, spin, wait_run
from tests.qgis.test_panel_layout import DOCK_HEIGHT, DOCK_WIDTH


def _in_view(dock, widget) -> bool:
    """True when the widget's top and as much of it as fits are inside the scroll area's viewport."""
    viewport = dock.scrollArea.viewport()
    top = widget.mapTo(viewport, QPoint(0, 0)).y()
    return top >= 0 and top + min(widget.height(), viewport.height()) <= viewport.height()


@pytest.fixture
def laptop_dock(plugin, demo_dir, tmp_path):
    QgsProject.instance().setFileName("")
    data = copy_demo(demo_dir, tmp_path / "data")
    QgsProject.instance().addMapLayers([QgsVectorLayer(str(data / "lm_cores.shp"), "Core areas", "ogr"),
                                        QgsRasterLayer(str(data / "lm_resistances.tif"), "Resistance")])
    plugin.iface.mainWindow().findChild(QAction, "CcsgAnalysisDockAction").setChecked(True)
    dock = plugin.docks["CcsgAnalysisDock"]
    # The dock at the size a maximised QGIS gives it on 1366x768 (see test_panel_layout), before the input check
    # (started after a short delay) reports.
    dock.setFloating(True)
    dock.resize(DOCK_WIDTH, DOCK_HEIGHT)
    dock.show()
    dock.outputFolderWidget.setFilePath(str(tmp_path / "runs"))
    assert spin(lambda: bool(dock.findings) and not dock.doctor_busy, 60)
    yield dock
    if dock.runner is not None:
        dock.cancel_run()
        wait_run(dock)
    dock.setFloating(False)


def test_input_check_opens_in_view(laptop_dock):
    dock = laptop_dock
    viewport = dock.scrollArea.viewport()
    # The check sits below the fold: the contents are taller than the view and the box starts past its bottom
    # when the panel is scrolled to the top.
    assert dock.scrollArea.widget().height() > viewport.height()
    assert dock.doctorGroup.mapTo(dock.scrollArea.widget(), QPoint(0, 0)).y() > viewport.height()
    assert spin(lambda: _in_view(dock, dock.doctorGroup), 5), "the Input check opened below the fold"
    assert dock.findingsList.count() == len(dock.findings) > 0
    # Back at the top, the summary's "see Input check" link brings it into view again.
    dock.scrollArea.verticalScrollBar().setValue(0)
    assert not _in_view(dock, dock.doctorGroup)
    dock.doctorSummaryLabel.linkActivated.emit("#findings")
    assert spin(lambda: _in_view(dock, dock.doctorGroup), 5)


def test_link_table_opens_in_view(laptop_dock):
    dock = laptop_dock
    dock.runButton.click()
    wait_run(dock)
    paths_layer = QgsProject.instance().mapLayer(dock.result_layer_ids["paths"])
    feature = next(paths_layer.getFeatures())
    dock.scrollArea.verticalScrollBar().setValue(0)  # the participant is back at the inputs
    dock.pickPathButton.click()
    dock._map_tool.featureIdentified.emit(feature)  # what a click on the path does
    assert dock.linkTable.isVisibleTo(dock)
    assert spin(lambda: _in_view(dock, dock.linkTable), 5), "the link table opened below the fold"
    assert dock.linkTable.mapTo(dock.scrollArea.widget(), QPoint(0, 0)).y() > dock.scrollArea.viewport().height()
    dock.pickPathButton.click()
