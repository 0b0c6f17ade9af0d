"""Least-cost analysis dock on small generated data: land cover -> resistance through the class table, presets and
CSV files, red rows for classes missing from the table, corridors sent to the candidate store."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal
from qgis.core import QgsFeatureRequest, QgsProject, QgsRasterLayer, QgsSettings, QgsVectorLayer

from ccsg_plugin.core import class_table
from ccsg_plugin.gui.analysis_dock import SETTINGS_FOLDER
from tests.qgis.analysis_helpers import box_wkt, open_dock, spin, wait_run, write_polygons, write_raster

CELL = 10.0
# 60 x 80 cells: forest (1) on the left and right, a field (2) band in the middle, a town (3), one odd class (9).
LANDCOVER = np.ones((60, 80))
LANDCOVER[:, 30:50] = 2
LANDCOVER[20:40, 35:45] = 3
LANDCOVER[0:5, 0:5] = 9
LANDCOVER[59, 79] = -9999  # NoData


@pytest.fixture
def landcover_dock(plugin, tmp_path):
    QgsProject.instance().setFileName("")
    lc = write_raster(tmp_path / "landcover.tif", LANDCOVER, dtype=gdal.GDT_Int16)
    cores = write_polygons(
        tmp_path / "cores.gpkg",
        [box_wkt(50, 250, 150, 350), box_wkt(650, 250, 750, 350), box_wkt(650, 450, 750, 550)],
        [1, 2, 3],
    )
    landcover = QgsRasterLayer(str(lc), "Land cover")
    cores_layer = QgsVectorLayer(str(cores), "Cores", "ogr")
    QgsProject.instance().addMapLayers([landcover, cores_layer])
    dock = open_dock(plugin)
    dock.buildRadio.setChecked(True)
    dock.landcoverCombo.setLayer(landcover)
    dock.coresCombo.setLayer(cores_layer)
    dock.idFieldCombo.setField("core_id")
    dock.outputFolderWidget.setFilePath(str(tmp_path / "runs"))
    dock.widthSpin.setValue(2000)
    yield dock
    if dock.runner is not None:
        dock.cancel_run()
        wait_run(dock)
    QgsSettings().remove(SETTINGS_FOLDER)  # the folder picked in the test is not the user's


def _settle(dock):
    dock.run_doctor()
    assert spin(lambda: not dock.doctor_busy, 60)


def test_classes_missing_from_the_table_are_added_in_red(landcover_dock):
    dock = landcover_dock
    dock.set_table_rows([class_table.ClassRow(1, 1.0, "forest"), class_table.ClassRow(2, 20.0, "field")])
    _settle(dock)
    values = [dock._cell_number(r, 0) for r in range(dock.classTable.rowCount())]
    assert values == [1, 2, 3, 9]  # the raster's classes 3 and 9 were added
    red = [dock.is_row_red(r) for r in range(dock.classTable.rowCount())]
    assert red == [False, False, True, True]
    assert sorted(dock.missing_classes()) == [3, 9]
    codes = {f.code: f for f in dock.findings}
    assert "3, 9" in codes["classes_not_in_table"].message and "'Land cover'" in codes["classes_not_in_table"].message
    # giving class 3 a resistance turns its row black; class 9 stays red
    dock.classTable.item(2, 1).setText("500")
    assert not dock.is_row_red(2) and dock.is_row_red(3)


def test_zero_resistance_in_the_table_blocks_run(landcover_dock):
    dock = landcover_dock
    dock.set_table_rows([class_table.ClassRow(c, r) for c, r in ((1, 1.0), (2, 0.0), (3, 100.0), (9, 5.0))])
    _settle(dock)
    codes = {f.code for f in dock.findings}
    assert {"table_nonpositive", "zero_resistance"} <= codes
    assert not dock.runButton.isEnabled()
    assert dock.findingsList.item(0).text().startswith("Classes 2 (0)")


def test_presets_and_csv_round_trip(landcover_dock, tmp_path):
    dock = landcover_dock
    presets = [dock.presetCombo.itemData(i) for i in range(1, dock.presetCombo.count())]
    assert len(presets) >= 3
    esa = next(p for p in presets if "worldcover" in p)
    dock._on_preset(dock.presetCombo.findData(esa))
    expected = class_table.parse_csv(Path(esa).read_text(encoding="utf-8"))
    got = dock.table_rows()
    assert [(r.value, r.resistance, r.label) for r in got[: len(expected)]] == [
        (r.value, r.resistance, r.label) for r in expected
    ]
    out = tmp_path / "saved.csv"
    dock.save_table_csv(out)
    dock.set_table_rows([])
    assert dock.load_table_csv(out)
    assert [(r.value, r.resistance) for r in dock.table_rows()] == [(r.value, r.resistance) for r in got]


def test_land_cover_run_builds_the_resistance_and_corridors(landcover_dock, tmp_path):
    dock = landcover_dock
    table = {1: 1.0, 2: 20.0, 3: 500.0}
    dock.set_table_rows([class_table.ClassRow(k, v) for k, v in table.items()])
    dock.defaultCheck.setChecked(True)
    dock.defaultSpin.setValue(50.0)
    _settle(dock)
    assert dock.runButton.isEnabled(), [f.message for f in dock.findings]
    dock.start_run()
    wait_run(dock)
    assert dock.run_history[-1]["ok"], dock.run_history
    group = next(g for g in QgsProject.instance().layerTreeRoot().children() if g.name().startswith("Least-cost"))
    names = [node.layer().name() for node in group.findLayers()]
    assert names == ["Corridor polygons", "Least-cost paths", "Corridors (normalised cost)",
                     "Resistance (from land cover)"]
    run_dir = Path(dock.last_run["run_dir"])
    ds = gdal.Open(str(run_dir / "resistance.tif"))
    band = ds.GetRasterBand(1)
    built = band.ReadAsArray().astype(float)
    built[built == band.GetNoDataValue()] = np.nan
    # reference: the table applied with numpy; class 9 takes the default, NoData stays NoData
    expected = np.full(LANDCOVER.shape, 50.0)
    for k, v in table.items():
        expected[np.equal(LANDCOVER, k)] = v
    expected[LANDCOVER == -9999] = np.nan
    assert np.array_equal(np.isnan(built), np.isnan(expected))
    assert np.allclose(built[~np.isnan(built)], expected[~np.isnan(expected)])
    assert (run_dir / "resistance_table.csv").exists()

    # corridors become candidates in the Corridor designer's store beside the saved project
    polygons = QgsProject.instance().mapLayer(dock.result_layer_ids["polygons"])
    paths_layer = QgsProject.instance().mapLayer(dock.result_layer_ids["paths"])
    assert not dock.useCandidatesButton.isEnabled()
    # a picked path stands for its pair's corridor polygon
    path = next(paths_layer.getFeatures())
    dock.on_path_identified(path)
    same_pair = [f.id() for f in polygons.getFeatures()
                 if (f["core_a"], f["core_b"]) == (path["core_a"], path["core_b"])]
    assert dock.candidate_ids() == same_pair and len(same_pair) == 1
    assert dock.useCandidatesButton.isEnabled()
    paths_layer.removeSelection()
    polygons.selectByIds([f.id() for f in polygons.getFeatures()])
    assert dock.useCandidatesButton.isEnabled()
    QgsProject.instance().setFileName(str(tmp_path / "project.qgz"))
    added = dock.use_as_candidates()
    assert len(added) == polygons.featureCount() > 0
    store = QgsVectorLayer(str(tmp_path / "candidate_corridors.gpkg"), "store", "ogr")
    assert store.isValid() and store.featureCount() == polygons.featureCount()
    assert {f["design_method"] for f in store.getFeatures()} == {"least_cost"}
    pairs = {tuple(sorted((str(f["core_a"]), str(f["core_b"])))) for f in polygons.getFeatures()}
    stored = {str(f["connected_core_ids"]) for f in store.getFeatures()}
    assert len(stored) == len(pairs)


def test_percent_cutoff_and_truncate_switching_units(landcover_dock):
    """Width as % above each pair's LCD, then re-cut in cost units: both go through the algorithms' parameters."""
    dock = landcover_dock
    dock.set_table_rows([class_table.ClassRow(c, r) for c, r in ((1, 1.0), (2, 20.0), (3, 500.0), (9, 5.0))])
    dock.widthUnitCombo.setCurrentIndex(dock.widthUnitCombo.findData("percent"))
    dock.widthSpin.setValue(50)
    _settle(dock)
    dock.start_run()
    wait_run(dock)
    assert dock.run_history[-1]["ok"], dock.run_history
    params = dock.last_run["spec"]
    assert params["width_cutoff_percent"] == 50 and params["width_cutoff"] == 0
    dock.widthUnitCombo.setCurrentIndex(dock.widthUnitCombo.findData("cost"))
    dock.widthSpin.setValue(300)
    assert spin(lambda: dock.runButton.text() == "Re-cut corridors", 5)
    dock.start_run()
    wait_run(dock)
    assert dock.run_history[-1]["ok"] and dock.run_history[-1]["kind"] == "recut", dock.run_history
    # 300 cost units is narrower than half of these LCDs (several hundred metres of forest at 1 per metre)
    run_dir = Path(dock.last_run["run_dir"])
    newest = sorted(run_dir.parent.iterdir())[-1]
    assert newest.name.startswith("width_")

    def kept(path):
        ds = gdal.Open(str(path))
        band = ds.GetRasterBand(1)
        a = band.ReadAsArray()
        return int(((a != band.GetNoDataValue()) & (a == a)).sum())

    assert 0 < kept(newest / "corridors.tif") < kept(run_dir / "corridors.tif")


def test_switching_width_units_offers_a_value_of_the_new_unit(landcover_dock):
    dock = landcover_dock
    dock.widthSpin.setValue(200000)
    dock.widthUnitCombo.setCurrentIndex(dock.widthUnitCombo.findData("percent"))
    assert dock.widthSpin.value() == 50 and dock.widthSpin.suffix() == " %"
    assert dock.options().cutoff_in_percent and dock.run_spec()["width_cutoff_percent"] == 50
    dock.widthUnitCombo.setCurrentIndex(dock.widthUnitCombo.findData("cost"))
    assert dock.widthSpin.value() == 200000 and dock.widthSpin.suffix() == ""
    assert dock.run_spec()["width_cutoff"] == 200000 and dock.run_spec()["width_cutoff_percent"] == 0


def test_cores_in_a_memory_layer(landcover_dock):
    """A scratch (memory) cores layer has no file: the run passes it to Processing by its project layer id."""
    dock = landcover_dock
    source = dock.coresCombo.currentLayer()
    memory = source.materialize(QgsFeatureRequest())
    memory.setName("Scratch cores")
    QgsProject.instance().addMapLayer(memory)
    assert memory.providerType() == "memory"
    dock.coresCombo.setLayer(memory)
    dock.idFieldCombo.setField("core_id")
    dock.set_table_rows([class_table.ClassRow(c, r) for c, r in ((1, 1.0), (2, 20.0), (3, 500.0), (9, 5.0))])
    _settle(dock)
    dock.start_run()
    wait_run(dock)
    assert dock.run_history[-1]["ok"], dock.run_history
    paths_layer = QgsProject.instance().mapLayer(dock.result_layer_ids["paths"])
    pairs = {(int(f["core_a"]), int(f["core_b"])) for f in paths_layer.getFeatures()}
    assert (1, 2) in pairs and (2, 3) in pairs and pairs <= {(1, 2), (1, 3), (2, 3)}


def test_run_folders_never_reuse_an_earlier_one(tmp_path):
    import datetime as dt

    from ccsg_plugin.core.errors import CcsgError
    from ccsg_plugin.gis import analysis_outputs as ao

    when = dt.datetime(2026, 1, 2, 3, 4, 5)
    first = ao.new_run_folder(tmp_path, when)
    (first / "corridors.tif").write_bytes(b"earlier run")
    second = ao.new_run_folder(tmp_path, when)  # same second: a new folder, the first one untouched
    assert first.name == "least_cost_20260102_030405" and second != first and second.is_dir()
    assert (first / "corridors.tif").read_bytes() == b"earlier run" and not any(second.iterdir())
    project = QgsProject.instance()
    project.setFileName("")
    with pytest.raises(CcsgError, match="Save the project"):
        ao.runs_base(project, "")
    assert ao.runs_base(project, str(tmp_path / "picked")) == tmp_path / "picked"
    project.setFileName(str(tmp_path / "p" / "project.qgz"))
    assert ao.runs_base(project, str(tmp_path / "picked")) == tmp_path / "p" / ao.RUNS_FOLDER
    project.setFileName("")


def test_load_button_reads_a_windows_1252_table_and_nodata_rows(landcover_dock, tmp_path, monkeypatch):
    """The panel reads tables with the same reader as ccsg:resistancefromlandcover: a cp1252 file with a 'nodata'
    row (impassable, not red) and an empty row (unlisted: red, takes the default)."""
    from qgis.PyQt.QtWidgets import QFileDialog

    dock = landcover_dock
    path = tmp_path / "classes.csv"
    path.write_bytes("classe;résistance;libellé\n1;1;Forêt\n2;nodata;Rivière\n3;;Bâti\n9;5;Autre\n".encode("cp1252"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    dock.loadCsvButton.click()
    _settle(dock)
    rows = dock.table_rows()
    assert [(r.value, r.resistance, r.label, r.impassable) for r in rows] == [
        (1, 1.0, "Forêt", False), (2, None, "Rivière", True), (3, None, "Bâti", False), (9, 5.0, "Autre", False)]
    assert [dock.is_row_red(r) for r in range(4)] == [False, False, True, False]
    assert dock.table() == {1.0: 1.0, 2.0: None, 9.0: 5.0}
    codes = {f.code: f for f in dock.findings}
    assert "classes_not_in_table" in codes and "3" in codes["classes_not_in_table"].message
