"""The optional PINCHPOINTS raster of ccsg:checkcorridors (criterion current_pinch) and the check dock's "Pinch points
(current)" layer, on a hand-made current raster: 0.1 A everywhere and one 0.9 A cell inside the corridor."""

from __future__ import annotations

import pytest
from osgeo import gdal
from qgis import processing
from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from tests.qgis import check_fixtures as fx
from tests.qgis.analysis_helpers import spin

HOT = (fx.X0 + 2050.0, fx.Y0 + 50.0)  # centre of the 0.9 A cell (100 m cells, see fx.resistance_tif)


def current_tif(path):
    fx.resistance_tif(path, value=0.1)
    ds = gdal.Open(str(path), gdal.GA_Update)
    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    col, row = int((HOT[0] - x0) // dx), int((HOT[1] - y0) // dy)
    band = ds.GetRasterBand(1)
    values = band.ReadAsArray()
    values[row, col] = 0.9
    band.WriteArray(values)
    ds = None
    return path


def _run(tmp_path, **extra):
    corridors = fx.corridors_layer([("narrow", fx.rectangle(500), fx.FULL_ATTRIBUTES)])
    params = {"CORRIDORS": corridors, "PROFILE": "terrestrial_multispecies", "CORES": fx.cores_layer(),
              "OUTPUT": str(tmp_path / f"checked{len(extra)}.gpkg"), **extra}
    layer = QgsVectorLayer(processing.run("ccsg:checkcorridors", params)["OUTPUT"], "checked", "ogr")
    return next(layer.getFeatures())


def test_pinchpoints_parameter_gives_the_highest_current(provider, tmp_path):
    without = _run(tmp_path)
    assert without["current_pinch_status"] == "not_evaluated"
    raster = QgsRasterLayer(str(current_tif(tmp_path / "current.tif")), "current")
    with_raster = _run(tmp_path, PINCHPOINTS=raster)
    assert with_raster["current_pinch_status"] == "fail"  # 0.9 A > 0.5 (advisory)
    assert with_raster["current_pinch_value"] == pytest.approx(0.9, rel=1e-6)
    assert with_raster["pinch_points_status"] == without["pinch_points_status"]  # the geometric one is untouched


def test_check_dock_passes_the_pinch_point_raster(plugin, tmp_path):
    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "project.qgz"))
    corridors = fx.corridors_layer([("narrow", fx.rectangle(500), fx.FULL_ATTRIBUTES)], name="corridors")
    raster = QgsRasterLayer(str(current_tif(tmp_path / "current.tif")), "current")
    for layer in (corridors, fx.cores_layer(), raster):
        project.addMapLayer(layer)
    action = next(a for a in plugin.actions if a.objectName() == "CcsgCheckDockAction")
    action.trigger()
    dock = plugin.docks["CcsgCheckDock"]
    assert dock.pinchPointsCombo.currentLayer() is None and dock.pinchPointsCombo.allowEmptyLayer()
    offered = [dock.pinchPointsCombo.layer(i) for i in range(dock.pinchPointsCombo.count())]
    assert raster in offered and corridors not in offered
    dock.corridorsCombo.setLayer(corridors)
    dock.pinchPointsCombo.setLayer(raster)
    QTest.mouseClick(dock.runButton, Qt.LeftButton)
    assert spin(lambda: not dock.is_running(), 60)
    assert dock.last_error is None
    assert dock.criterion_status("current_pinch") == "fail"
    feature = next(dock.result_layer.getFeatures())
    assert feature["current_pinch_value"] == pytest.approx(0.9, rel=1e-6)
    # the explanation in the criteria table names the hot cell's centre
    row = dock.criterion_row("current_pinch")
    cells = [dock.criteriaTable.item(row, c) for c in range(dock.criteriaTable.columnCount())]
    shown = " ".join(f"{item.text()} {item.toolTip()}" for item in cells if item is not None)
    assert f"at {HOT[0]:.0f}, {HOT[1]:.0f}" in shown
