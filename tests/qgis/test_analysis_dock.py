"""Least-cost analysis dock on the bundled demo: full run, width re-cut, cancel, a responsive GUI, result tools."""

from __future__ import annotations

import json
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsRasterLayer, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer

from ccsg_plugin import paths
from ccsg_plugin.core.doctor import run as doc
from ccsg_plugin.gui.analysis_dock import SETTINGS_FOLDER
from tests.qgis.analysis_helpers import copy_demo, open_dock, spin, wait_run

GROUP_PREFIX = "Least-cost analysis "


@pytest.fixture
def demo_dock(plugin, demo_dir, tmp_path):
    QgsProject.instance().setFileName("")  # an unsaved project (earlier tests may have named it)
    data = copy_demo(demo_dir, tmp_path / "data")
    cores = QgsVectorLayer(str(data / "lm_cores.shp"), "Core areas", "ogr")
    resistance = QgsRasterLayer(str(data / "lm_resistances.tif"), "Resistance")
    QgsProject.instance().addMapLayers([cores, resistance])
    dock = open_dock(plugin)
    dock.outputFolderWidget.setFilePath(str(tmp_path / "runs"))
    yield dock
    if dock.runner is not None:
        dock.cancel_run()
        wait_run(dock)
    QgsSettings().remove(SETTINGS_FOLDER)  # the folder picked in the test is not the user's


def _run_groups():
    return [g for g in QgsProject.instance().layerTreeRoot().children() if g.name().startswith(GROUP_PREFIX)]


def _qml_renderer_type(style: str) -> str:
    root = ET.parse(paths.style(style)).getroot()
    node = root.find("renderer-v2")
    if node is None:
        node = root.find("pipe/rasterrenderer")
    return node.get("type")


def _run_parameters(layer) -> dict:
    """The JSON block the dock writes after "Parameters:" in the layer's metadata abstract."""
    text = layer.metadata().abstract()
    start = text.index("Parameters:") + len("Parameters:")
    start += len(text[start:]) - len(text[start:].lstrip())
    return json.JSONDecoder().raw_decode(text, start)[0]


def _renderer_type(layer) -> str:
    return layer.renderer().type()


def test_dock_preselects_the_demo_and_the_doctor_finds_only_the_nodata_cells(demo_dock, demo_dir):
    from osgeo import gdal

    dock = demo_dock
    assert dock.objectName() == "CcsgAnalysisDock"
    assert dock.resistanceCombo.currentLayer().name() == "Resistance"
    assert dock.coresCombo.currentLayer().name() == "Core areas"
    assert dock.idFieldCombo.currentField() == "core_id"
    codes = {f.code: f for f in dock.findings}
    # Reference: count the NoData cells with GDAL directly.
    ds = gdal.Open(str(demo_dir / "lm_resistances.tif"))  # keep the dataset alive while its band is used
    band = ds.GetRasterBand(1)
    n_nodata = int((band.ReadAsArray() == band.GetNoDataValue()).sum())
    assert f"{n_nodata} NoData cells" in codes["nodata_cells"].message
    assert "different_crs" not in codes  # the same CRS spelled in two WKTs is the same CRS
    assert not doc.has_errors(dock.findings)
    assert dock.runButton.isEnabled()
    assert dock.findingsList.count() == len(dock.findings)


def test_full_run_then_width_recut(demo_dock, tmp_path):
    dock = demo_dock
    dock.widthSpin.setValue(200000)
    dock.start_run()
    wait_run(dock)
    assert dock.run_history[-1]["ok"], dock.run_history
    groups = _run_groups()
    assert len(groups) == 1
    group = groups[0]
    layers = {node.layer().name(): node.layer() for node in group.findLayers()}
    assert set(layers) == {"Corridor polygons", "Least-cost paths", "Corridors (normalised cost)"}
    run_dir = Path(dock.last_run["run_dir"])
    assert run_dir.parent == tmp_path / "runs"
    for layer in layers.values():
        source = Path(layer.source().split("|")[0])
        assert source.parent == run_dir and source.exists()
        params = _run_parameters(layer)
        assert params["core_id_field"] == "core_id" and params["width_cutoff"] == 200000
        assert params["run_folder"] == str(run_dir)
        assert params["processing"]["ccsg:leastcostcorridors"]["NEIGHBOURS"] == 8
    # styles: the renderer types of the bundled .qml files
    assert _renderer_type(layers["Corridors (normalised cost)"]) == _qml_renderer_type("corridors")
    assert _renderer_type(layers["Least-cost paths"]) == _qml_renderer_type("least_cost_paths")
    assert _renderer_type(layers["Corridor polygons"]) == _qml_renderer_type("corridor_polygons")
    # the run's parameters are also beside the raster file (metadata sidecar), for whoever opens it alone
    reopened = QgsRasterLayer(layers["Corridors (normalised cost)"].source(), "again")
    _message, ok = reopened.loadDefaultMetadata()
    assert ok and "core_id_field" in reopened.metadata().abstract()
    paths_layer = layers["Least-cost paths"]
    assert {"core_a", "core_b", "lcd", "via_core"} <= set(paths_layer.fields().names())
    n_paths = paths_layer.featureCount()
    assert n_paths > 0

    # Only the width changes: the button says so, and the run re-cuts from the kept cost distances.
    dock.widthSpin.setValue(100000)
    assert spin(lambda: dock.runButton.text() == "Re-cut corridors", 5)
    dock.start_run()
    wait_run(dock)
    full, recut = dock.run_history[-2], dock.run_history[-1]
    assert recut["ok"] and recut["kind"] == "recut" and full["kind"] == "full"
    print(f"\nDEMO full run {full['seconds']:.2f} s, width re-cut {recut['seconds']:.2f} s")
    groups = _run_groups()
    assert len(groups) == 2
    new_group = groups[0]
    assert "(width 100000)" in new_group.name()
    # only the newest run is ticked; corridor polygons start unticked (they would hide the graded corridors)
    assert new_group.itemVisibilityChecked() and not groups[1].itemVisibilityChecked()
    for g in groups:
        polygons_node = next(n for n in g.findLayers() if n.layer().name() == "Corridor polygons")
        assert not polygons_node.itemVisibilityChecked()
    new_layers = {node.layer().name(): node.layer() for node in new_group.findLayers()}
    new_dir = Path(new_layers["Corridors (normalised cost)"].source()).parent
    assert new_dir != run_dir and new_dir.parent == run_dir.parent
    assert (run_dir / "corridors.tif").exists()  # the earlier run is untouched
    assert new_layers["Least-cost paths"].featureCount() == n_paths
    # a narrower cutoff keeps fewer corridor cells: compare the two rasters cell by cell
    from osgeo import gdal

    def kept(path):
        ds = gdal.Open(str(path))
        band = ds.GetRasterBand(1)
        a = band.ReadAsArray()
        return (a != band.GetNoDataValue()) & (a == a)

    wide, narrow = kept(run_dir / "corridors.tif"), kept(new_dir / "corridors.tif")
    assert narrow.sum() < wide.sum() and not (narrow & ~wide).any()
    params = _run_parameters(new_layers["Corridor polygons"])
    assert params["run_kind"] == "recut" and params["cost_distances_from"] == str(run_dir)
    assert "ccsg:truncatecorridors" in params["processing"]


def test_cancel_mid_run_leaves_no_layer_and_no_file(demo_dock, tmp_path):
    dock = demo_dock
    before = set(QgsProject.instance().mapLayers())
    dock.neighboursCombo.setCurrentIndex(1)  # 16 neighbours: a longer run to cancel
    dock.start_run()
    assert spin(lambda: dock.runner is not None and dock.progressBar.value() > 0, 60)
    dock.cancel_run()
    wait_run(dock)
    assert dock.run_history[-1]["message"] == "cancelled"
    assert set(QgsProject.instance().mapLayers()) == before
    assert not _run_groups()
    runs = tmp_path / "runs"
    assert not runs.exists() or not any(runs.iterdir())
    assert dock.runButton.isEnabled() and not dock.cancelButton.isEnabled()
    assert "Cancelled" in dock.stepLabel.text()


def test_the_gui_thread_is_never_busy_for_long_during_a_run(demo_dock):
    """A 20 ms timer on the event loop keeps firing while the demo runs (doctor, run, loading), and between two
    ticks the main thread never works more than 0.2 s. Measured as the main thread's own CPU time
    (time.thread_time), not wall time, so a busy machine (other processes, the worker threads holding the
    GIL) does not count as GUI work: what is measured is what the GUI thread itself does in one go."""
    dock = demo_dock
    stamps: list[float] = []
    timer = QTimer()
    timer.setInterval(20)
    timer.timeout.connect(lambda: stamps.append(time.thread_time()))
    timer.start()
    dock.start_run()
    wait_run(dock)
    timer.stop()
    assert dock.run_history[-1]["ok"]
    gaps = [b - a for a, b in zip(stamps, stamps[1:])]
    print(f"\nlongest main-thread work between ticks: {max(gaps) * 1000:.0f} ms over {len(gaps)} ticks")
    assert len(gaps) > 20
    # 0.2 s is the promise; the main thread now only places layers (about 6 ms), while styling and saving outputs
    # on it took 0.15-0.17 s: 0.1 s keeps that regression visible.
    assert max(gaps) < 0.1


def test_picking_a_path_shows_its_link_table_row(demo_dock):
    dock = demo_dock
    dock.start_run()
    wait_run(dock)
    paths_layer = QgsProject.instance().mapLayer(dock.result_layer_ids["paths"])
    feature = next(paths_layer.getFeatures())
    dock.pickPathButton.setChecked(True)
    assert dock._map_tool is not None and dock.iface.mapCanvas().mapTool() is dock._map_tool
    assert not dock.linkTable.isVisibleTo(dock)  # no empty box before a path is picked
    dock._map_tool.featureIdentified.emit(feature)  # what a click on the path does
    assert dock.linkTable.isVisibleTo(dock)
    row = dock.link_row(0)
    assert row["core_a"] == str(feature["core_a"]) and row["core_b"] == str(feature["core_b"])
    assert float(row["lcd"].replace(",", "")) == pytest.approx(feature["lcd"], rel=1e-5)
    assert paths_layer.selectedFeatureIds() == [feature.id()]
    dock.pickPathButton.setChecked(False)
    assert dock._map_tool is None



def test_saved_project_puts_runs_beside_it(demo_dock, tmp_path):
    dock = demo_dock
    project_dir = tmp_path / "proj"
    project_dir.mkdir()
    QgsProject.instance().setFileName(str(project_dir / "p.qgz"))
    assert QgsProject.instance().write()
    dock.outputFolderWidget.setFilePath("")
    dock.start_run()
    wait_run(dock)
    assert dock.run_history[-1]["ok"]
    assert Path(dock.last_run["run_dir"]).parent == project_dir / "ccsg_runs"


def test_unsaved_project_without_folder_says_what_to_do(demo_dock):
    dock = demo_dock
    dock.outputFolderWidget.setFilePath("")
    dock.start_run()
    assert spin(lambda: dock._run_after_doctor is None and not dock.doctor_busy, 60)
    assert dock.runner is None
    assert "Save the project" in dock.stepLabel.text()


def test_unloading_the_plugin_mid_run_cancels_and_cleans_up(demo_dock, plugin, tmp_path):
    from ccsg_plugin.gui import runner

    dock = demo_dock
    before = set(QgsProject.instance().mapLayers())
    dock.neighboursCombo.setCurrentIndex(1)
    dock.start_run()
    assert spin(lambda: dock.runner is not None and dock.progressBar.value() > 0, 60)
    run_dir = dock.runner.plan.run_dir
    plugin.unload()  # deletes the dock while its task still runs
    assert spin(lambda: not runner._DETACHED, 120)
    assert not run_dir.exists()
    assert set(QgsProject.instance().mapLayers()) == before
    assert not _run_groups()
