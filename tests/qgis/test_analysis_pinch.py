"""The dock's optional step "Pinch points (circuit theory)", driven through its buttons on generated data: the pinch
raster it adds equals ccsg:pinchpoints run directly on the run's kept cost distances, the one-cell neck in a wall
carries the whole 1 A, the cutoff and the all-pairs option reach the algorithm, and the layers land in the run group
above the corridors, styled with the quantile-stretched ramp."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsProject, QgsRasterLayer, QgsSettings, QgsSingleBandPseudoColorRenderer, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from ccsg_plugin.gui.analysis_dock import SETTINGS_FOLDER
from tests.qgis.analysis_helpers import box_wkt, open_dock, wait_run, write_polygons, write_raster
from tests.qgis.lcp_helpers import read_tif

CELL = 10.0
ROWS, COLS = 30, 50
NECK = (15, 25)  # row, column of the only gap in the wall
# Resistance 1 (row-dependent noise so the corridor is not symmetric), a NoData wall in column 25 with one gap.
RESISTANCE = 1.0 + 0.5 * (np.arange(ROWS)[:, None] % 3) + np.zeros((ROWS, COLS))
RESISTANCE[:, NECK[1]] = -9999.0
RESISTANCE[NECK] = 2.0


@pytest.fixture
def pinch_dock(plugin, qgis_processing, tmp_path):
    QgsProject.instance().setFileName("")
    res = write_raster(tmp_path / "resistance.tif", RESISTANCE)
    # cores: a block at the left and one at the right (map y grows upwards: row r spans y = (ROWS-r-1..ROWS-r)*CELL)
    cores = write_polygons(tmp_path / "cores.gpkg",
                           [box_wkt(20, 100, 60, 200), box_wkt(440, 100, 480, 200)], [1, 2])
    resistance = QgsRasterLayer(str(res), "Resistance")
    cores_layer = QgsVectorLayer(str(cores), "Cores", "ogr")
    QgsProject.instance().addMapLayers([resistance, cores_layer])
    dock = open_dock(plugin)
    dock.useResistanceRadio.setChecked(True)
    dock.resistanceCombo.setLayer(resistance)
    dock.coresCombo.setLayer(cores_layer)
    dock.idFieldCombo.setField("core_id")
    dock.outputFolderWidget.setFilePath(str(tmp_path / "runs"))
    dock.widthSpin.setValue(100)
    yield dock
    if dock.runner is not None:
        dock.cancel_run()
        wait_run(dock)
    QgsSettings().remove(SETTINGS_FOLDER)


def _click_run(dock) -> Path:
    QTest.mouseClick(dock.runButton, Qt.LeftButton)
    wait_run(dock)
    assert dock.last_run is not None, dock.stepLabel.text()
    return Path(dock.resultLabel.text().rsplit("Files: ", 1)[1])


def _direct(run_dir: Path, out: Path, cutoff: float, all_pairs: bool) -> dict:
    out.mkdir()
    params = {"RUN_FOLDER": str(run_dir / "cost_distance"), "CUTOFF": cutoff, "SQUARE_RESISTANCE": False,
              "OUTPUT_PINCHPOINTS": str(out / "pinch.tif"), "OUTPUT_LINKS": str(out / "links.gpkg")}
    if all_pairs:
        params["OUTPUT_ALLPAIRS"] = str(out / "all.tif")
    return processing.run("ccsg:pinchpoints", params)


def _group_layers(group) -> list:
    return [node.layer() for node in group.findLayers()]


def test_pinch_step_through_the_panel_equals_the_algorithm(pinch_dock, tmp_path):
    dock = pinch_dock
    assert not dock.pinchGroup.isChecked()  # optional: off until the user ticks it
    dock.pinchGroup.setChecked(True)
    dock.pinchCutoffSpin.setValue(0)
    dock.pinchAllPairsCheck.setChecked(True)
    run_dir = _click_run(dock)
    panel = read_tif(run_dir / "pinch_points.tif")
    _direct(run_dir, tmp_path / "direct", 0, True)
    direct = read_tif(tmp_path / "direct" / "pinch.tif")
    np.testing.assert_array_equal(np.isnan(panel), np.isnan(direct))
    np.testing.assert_allclose(panel[~np.isnan(panel)], direct[~np.isnan(direct)], rtol=1e-6, atol=0)
    # Analytic: every route passes the one-cell gap, so the whole 1 A flows through it and nowhere more.
    assert panel[NECK] == pytest.approx(1.0, rel=1e-5)
    assert np.nanmax(panel) == pytest.approx(1.0, rel=1e-5)
    # all pairs together: one pair here, so the same current (the option reached the algorithm)
    all_pairs = read_tif(run_dir / "current_all_pairs.tif")
    assert all_pairs[NECK] == pytest.approx(1.0, rel=1e-5)
    # the layers sit in the run group, the current above the corridors, styled by the algorithm
    group = next(g for g in QgsProject.instance().layerTreeRoot().children() if g.name().startswith("Least-cost"))
    names = [Path(layer.source()).name for layer in _group_layers(group)]
    assert names.index("pinch_points.tif") < names.index("corridors.tif")
    assert "current_all_pairs.tif" in names
    pinch_layer = _group_layers(group)[names.index("pinch_points.tif")]
    renderer = pinch_layer.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    # quantile stretch: the top stop is the highest current, darkest (lightness falls along the ramp)
    assert items[-1].value == pytest.approx(float(np.nanmax(panel)), rel=1e-5)
    lightness = [item.color.lightness() for item in items]
    assert lightness == sorted(lightness, reverse=True) and lightness[-1] < 30


def test_pinch_cutoff_reaches_the_algorithm_and_unticked_adds_nothing(pinch_dock, tmp_path):
    dock = pinch_dock
    run_dir = _click_run(dock)
    assert not (run_dir / "pinch_points.tif").exists()  # unticked: no pinch step
    dock.pinchGroup.setChecked(True)
    dock.pinchCutoffSpin.setValue(15)  # a tight corridor around the least-cost path
    run_dir = _click_run(dock)
    assert not (run_dir / "current_all_pairs.tif").exists()
    tight = read_tif(run_dir / "pinch_points.tif")
    _direct(run_dir, tmp_path / "tight", 15, False)
    np.testing.assert_allclose(tight, read_tif(tmp_path / "tight" / "pinch.tif"), rtol=1e-6, equal_nan=True)
    _direct(run_dir, tmp_path / "whole", 0, False)
    whole = read_tif(tmp_path / "whole" / "pinch.tif")
    assert np.isfinite(whole).sum() > np.isfinite(tight).sum()  # the cutoff changed the result
