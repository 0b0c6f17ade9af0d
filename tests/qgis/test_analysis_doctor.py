"""The input doctor through the dock: each finding triggered by a generated dataset read from real QGIS layers."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer

from ccsg_plugin.core.doctor import run as doc
from tests.qgis.analysis_helpers import ALBERS, box_wkt, open_dock, spin, write_polygons, write_raster

H, W, CELL = 60, 80, 10.0  # 800 m x 600 m
TWO_CORES = [box_wkt(50, 250, 150, 350), box_wkt(650, 250, 750, 350)]


@pytest.fixture
def dock(plugin):
    QgsProject.instance().setFileName("")
    return open_dock(plugin)


def _diagnose(dock, resistance: QgsRasterLayer, cores: QgsVectorLayer, landcover=None) -> dict:
    QgsProject.instance().addMapLayers([x for x in (resistance, cores, landcover) if x is not None])
    dock.useResistanceRadio.setChecked(True)
    dock.resistanceCombo.setLayer(resistance)
    dock.landcoverCombo.setLayer(landcover)
    dock.coresCombo.setLayer(cores)
    dock.idFieldCombo.setField("core_id")
    dock.run_doctor()
    assert spin(lambda: not dock.doctor_busy, 60)
    shown = [dock.findingsList.item(i).text() for i in range(dock.findingsList.count())]
    assert all(any(f.message in text for text in shown) for f in dock.findings)  # every finding is in the list
    assert dock.runButton.isEnabled() == (not doc.has_errors(dock.findings))
    return {f.code: f for f in dock.findings}


def _layers(tmp_path, values=None, polygons=TWO_CORES, ids=(1, 2), epsg=ALBERS, cores_epsg=ALBERS, name="res"):
    values = np.ones((H, W)) if values is None else values
    r = QgsRasterLayer(str(write_raster(tmp_path / f"{name}.tif", values, epsg=epsg)), name)
    c = QgsVectorLayer(str(write_polygons(tmp_path / "cores.gpkg", polygons, ids, epsg=cores_epsg)), "cores", "ogr")
    assert r.isValid() and c.isValid()
    return r, c


def test_clean_data_only_estimates(dock, tmp_path):
    f = _diagnose(dock, *_layers(tmp_path))
    assert list(f) == ["estimate"]
    assert "1 core pairs" in f["estimate"].message and f"{H * W}" in f["estimate"].message.replace(" ", "")


def test_geographic_crs(dock, tmp_path):
    polys = [box_wkt(-96.0, 23.0, -95.99, 23.01), box_wkt(-95.95, 23.0, -95.94, 23.01)]
    f = _diagnose(dock, *_layers(tmp_path, polygons=polys, cores_epsg=4326))
    assert f["geographic_crs"].severity == doc.ERROR
    assert "'cores'" in f["geographic_crs"].message and "EPSG:4326" in f["geographic_crs"].message


def test_different_crs_is_reprojected(dock, tmp_path):
    # the two cores, written in Web Mercator after projecting their corners from Albers
    src, dst = osr.SpatialReference(), osr.SpatialReference()
    src.ImportFromEPSG(ALBERS)
    dst.ImportFromEPSG(3857)
    for s in (src, dst):
        s.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    t = osr.CoordinateTransformation(src, dst)

    def merc(x0, y0, x1, y1):
        (a, b, _), (c, d, _) = t.TransformPoint(x0, y0), t.TransformPoint(x1, y1)
        return box_wkt(min(a, c), min(b, d), max(a, c), max(b, d))

    polys = [merc(50, 250, 150, 350), merc(650, 250, 750, 350)]
    f = _diagnose(dock, *_layers(tmp_path, polygons=polys, cores_epsg=3857))
    w = f["different_crs"]
    assert w.severity == doc.WARNING and "reprojected" in w.message and "'cores'" in w.message
    assert "core_outside_raster" not in f  # they land on the raster once reprojected


def test_land_cover_grid_misaligned_and_other_cell_size(dock, tmp_path):
    r, c = _layers(tmp_path)
    shifted = write_raster(tmp_path / "lc_shifted.tif", np.ones((H, W)), x0=4.0)
    f = _diagnose(dock, r, c, QgsRasterLayer(str(shifted), "lc shifted"))
    assert f["grid_misaligned"].severity == doc.WARNING and "'lc shifted'" in f["grid_misaligned"].message
    assert "0.40" in f["grid_misaligned"].message
    coarse = write_raster(tmp_path / "lc_coarse.tif", np.ones((H // 2, W // 2)), cell=20.0)
    f = _diagnose(dock, r, c, QgsRasterLayer(str(coarse), "lc coarse"))
    assert "'lc coarse'" in f["cell_size_differs"].message and "20 x 20" in f["cell_size_differs"].message


def test_nodata_zero_and_negative_resistance(dock, tmp_path):
    v = np.ones((H, W))
    v[0:10, 70:80] = -9999  # NoData: x 700..800, y 500..600
    v[30, 40] = 0
    v[50:52, 10:13] = -3
    f = _diagnose(dock, *_layers(tmp_path, v))
    assert "100 NoData cells" in f["nodata_cells"].message and "x 700 to 800, y 500 to 600" in f["nodata_cells"].message
    assert f["zero_resistance"].severity == doc.ERROR and " 1 cells with resistance 0" in f["zero_resistance"].message
    assert "x=405, y=295" in f["zero_resistance"].message
    negative = f["negative_resistance"]
    assert negative.severity == doc.ERROR and "6 cells with negative" in negative.message


def test_all_nodata(dock, tmp_path):
    f = _diagnose(dock, *_layers(tmp_path, np.full((H, W), -9999.0)))
    assert f["all_nodata"].severity == doc.ERROR and "'res'" in f["all_nodata"].message


def test_cores_outside_on_nodata_and_smaller_than_a_cell(dock, tmp_path):
    v = np.ones((H, W))
    v[0:10, 0:10] = -9999  # x 0..100, y 500..600
    polys = [
        *TWO_CORES,
        box_wkt(2000, 2000, 2100, 2100),  # outside
        box_wkt(10, 510, 90, 590),  # on NoData
        box_wkt(402, 302, 405, 305),  # 3 m x 3 m: smaller than a 10 m cell
        box_wkt(780, 100, 850, 150),  # partly outside
    ]
    f = _diagnose(dock, *_layers(tmp_path, v, polys, ids=(1, 2, 3, 4, 5, 6)))
    assert f["core_outside_raster"].severity == doc.ERROR and "Core(s) 3 of 'cores'" in f["core_outside_raster"].message
    assert f["core_on_nodata"].severity == doc.ERROR and "Core(s) 4 " in f["core_on_nodata"].message
    assert f["core_smaller_than_cell"].severity == doc.WARNING and "Core(s) 5 " in f["core_smaller_than_cell"].message
    assert "Core(s) 6 " in f["core_partly_outside"].message


def test_duplicate_and_empty_core_ids(dock, tmp_path):
    polys = [*TWO_CORES, box_wkt(350, 50, 450, 150), box_wkt(350, 450, 450, 550)]
    f = _diagnose(dock, *_layers(tmp_path, polygons=polys, ids=(1, 1, None, 4)))
    assert f["duplicate_core_id"].severity == doc.ERROR and "1 (2 times)" in f["duplicate_core_id"].message
    assert f["empty_core_id"].severity == doc.ERROR and "'core_id'" in f["empty_core_id"].message


def test_too_many_pairs_and_none_within_the_distance(dock, tmp_path):
    polys = [box_wkt(10 + 36 * i, 10 + 27 * j, 20 + 36 * i, 20 + 27 * j) for i in range(21) for j in range(1)]
    r, c = _layers(tmp_path, polygons=polys, ids=range(1, 22))
    f = _diagnose(dock, r, c)
    n = 21 * 20 // 2
    assert n > doc.MANY_PAIRS
    assert f["many_pairs"].severity == doc.WARNING and f"{n} core pairs" in f["many_pairs"].message
    dock.withinRadio.setChecked(True)
    dock.maxDistanceSpin.setValue(5)  # the cores are 26 m apart edge to edge
    dock.run_doctor()
    assert spin(lambda: not dock.doctor_busy, 60)
    codes = {x.code: x for x in dock.findings}
    assert codes["no_pairs"].severity == doc.ERROR and not dock.runButton.isEnabled()
    dock.maxDistanceSpin.setValue(30)  # neighbours along the row: 20 pairs
    dock.run_doctor()
    assert spin(lambda: not dock.doctor_busy, 60)
    codes = {x.code: x for x in dock.findings}
    assert "20 core pairs" in codes["estimate"].message


def test_memory_estimate_beyond_free_memory(dock, tmp_path):
    """A 200 000 x 200 000 cell raster (a VRT: nothing on disk) needs terabytes."""
    path = tmp_path / "huge.vrt"
    ds = gdal.GetDriverByName("VRT").Create(str(path), 200_000, 200_000, 1, gdal.GDT_Float32)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(ALBERS)
    ds.SetProjection(srs.ExportToWkt())
    ds.SetGeoTransform((0.0, 0.01, 0.0, 2000.0, 0.0, -0.01))
    ds.GetRasterBand(1).SetNoDataValue(-9999)
    ds = None
    r = QgsRasterLayer(str(path), "huge")
    c = QgsVectorLayer(str(write_polygons(tmp_path / "cores.gpkg", [box_wkt(100, 100, 200, 200),
                                                                     box_wkt(1500, 1500, 1600, 1600)], [1, 2])),
                       "cores", "ogr")
    f = _diagnose(dock, r, c)
    m = f["memory_exceeds_free"]
    assert m.severity == doc.ERROR and "40 000 000 000 cells" in m.message and "free on this computer" in m.message


def test_free_memory_is_read_from_meminfo(tmp_path):
    from ccsg_plugin.gis.machine import available_memory_bytes

    meminfo = tmp_path / "meminfo"
    meminfo.write_text("MemTotal:       16318412 kB\nMemFree:         1000000 kB\nMemAvailable:    8000000 kB\n")
    assert available_memory_bytes(meminfo) == 8000000 * 1024
    meminfo.write_text("MemTotal: 100 kB\nMemFree: 10 kB\nCached: 5 kB\n")  # old kernels: no MemAvailable
    assert available_memory_bytes(meminfo) == 15 * 1024
    assert available_memory_bytes(tmp_path / "missing") is None
