"""Rasters read and written in strips give what a whole read gives; kept cost-distances are float32 when every value
fits one (round trip within float32 rounding, re-truncation within that rounding of the float64 run) and float64,
said in the log, when a value does not."""

from __future__ import annotations

import math

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsCoordinateReferenceSystem
from shapely.geometry import box

from ccsg_plugin.core.engine import corridors
from ccsg_plugin.core.engine.float32_range import FLOAT32_MAX, within_float32
from ccsg_plugin.gis import cost_distance_store, raster_io, writers
from ccsg_plugin.gis.raster_io import Grid

GT = (500000.0, 10.0, 0.0, 4000000.0, 0.0, -10.0)


def _tif(path, array, gdal_type, nodata, block=(16, 16)):
    rows, cols = array.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal_type,
                                              ["TILED=YES", f"BLOCKXSIZE={block[0]}", f"BLOCKYSIZE={block[1]}"])
    ds.SetGeoTransform(GT)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(array)
    ds = None
    return str(path)


@pytest.mark.parametrize(("gdal_type", "np_type", "nodata"), [(gdal.GDT_Float32, np.float32, -9999.0),
                                                              (gdal.GDT_Int16, np.int16, -1),
                                                              (gdal.GDT_Float64, np.float64, None)])
@pytest.mark.parametrize("rows", [1, 7, 16, 1000])
def test_block_reads_equal_a_whole_read_done_by_hand(tmp_path, gdal_type, np_type, nodata, rows):
    rng = np.random.default_rng(rows)
    raw = (rng.uniform(-5, 100, (83, 61))).astype(np_type)
    if nodata is not None:
        raw[rng.random(raw.shape) < 0.1] = nodata
    if np_type != np.int16:
        raw[3, 4], raw[50, 60], raw[82, 0] = np.inf, -np.inf, np.nan
    path = _tif(tmp_path / "r.tif", raw, gdal_type, nodata)
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    got, infinite = raster_io.read_blocks(band, band.GetNoDataValue(), rows=rows)
    # by hand, whole: float64, NoData value / NaN / inf -> NaN; infinities counted
    want = raw.astype(np.float64)
    if nodata is not None:
        want[raw == np.array(nodata).astype(np_type)] = np.nan
    assert infinite == int(np.isinf(want).sum())
    want[~np.isfinite(want)] = np.nan
    assert got.dtype == np.float64
    np.testing.assert_array_equal(got, want)


def test_block_rows_are_whole_file_blocks(tmp_path):
    path = _tif(tmp_path / "b.tif", np.zeros((40, 70000), np.float32), gdal.GDT_Float32, None, block=(256, 32))
    ds = gdal.Open(path)
    step = raster_io.block_rows(ds.GetRasterBand(1))
    assert step % 32 == 0 and step * 70000 <= 16_000_000 + 32 * 70000


@pytest.mark.parametrize("rows", [1, 255, 256, 257, 600])
def test_strip_writes_read_back_as_a_whole_conversion(tmp_path, rows):
    rng = np.random.default_rng(rows)
    data = rng.uniform(0, 1000, (rows, 37))
    data[rng.random(data.shape) < 0.1] = np.nan
    data[0, 0] = np.inf
    crs = QgsCoordinateReferenceSystem("EPSG:32633")
    out = writers.write_geotiff(tmp_path / f"w{rows}.tif", data, GT, crs, dtype="float32")
    ds = gdal.Open(str(out))
    want = np.where(np.isfinite(data), data, writers.FLOAT32_NODATA).astype(np.float32)
    np.testing.assert_array_equal(ds.GetRasterBand(1).ReadAsArray(), want)


def test_float32_range_in_strips_matches_the_whole_check():
    values = np.random.default_rng(0).uniform(0, 10, (9000, 3))
    values[8999, 2] = 1e39
    values[5, 0] = -1e39
    out, count = within_float32(values)
    assert count == 2 and np.isnan(out[8999, 2]) and np.isnan(out[5, 0]) and not np.isnan(values).any()
    np.testing.assert_array_equal(np.delete(out.ravel(), [5 * 3, 8999 * 3 + 2]),
                                  np.delete(values.ravel(), [5 * 3, 8999 * 3 + 2]))


def _run(scale=1.0):
    rng = np.random.default_rng(5)
    res = rng.uniform(1.0, 30.0, (30, 40)) * scale
    cores, geoms = {}, {}
    for cid, (r0, c0) in {1: (3, 3), 2: (24, 34), 3: (4, 30)}.items():
        m = np.zeros(res.shape, bool)
        m[r0:r0 + 2, c0:c0 + 2] = True
        cores[cid] = m
        geoms[cid] = box(c0 * 10.0, -(r0 + 2) * 10.0, (c0 + 2) * 10.0, -r0 * 10.0)
    result = corridors.least_cost_corridors(res, cores, geoms, (10.0, 10.0), clip=False, drop_via_core=False)
    core_cells = np.zeros(res.shape, bool)
    for m in cores.values():
        core_cells |= m
    return result, core_cells


def test_kept_cost_distances_are_float32_and_round_trip_within_its_rounding(tmp_path):
    result, core_cells = _run()
    grid = Grid(GT, result.shape, QgsCoordinateReferenceSystem("EPSG:32633"))
    notes = []
    cost_distance_store.save(tmp_path / "run", result.cost_distances, result.links, grid, core_cells, {},
                             notice=notes.append)
    assert notes == []
    for cid in result.cost_distances:
        ds = gdal.Open(str(tmp_path / "run" / f"cwd_{cid}.tif"))
        assert ds.GetRasterBand(1).DataType == gdal.GDT_Float32
    kept, links, _grid, _cells, doc = cost_distance_store.load(tmp_path / "run")
    assert {c["dtype"] for c in doc["cores"]} == {"float32"}
    for cid, cc in result.cost_distances.items():
        back = kept[cid].cwd
        ok = np.isfinite(cc.cwd)
        np.testing.assert_array_equal(np.isfinite(back), ok)
        assert np.all(np.abs(back[ok] - cc.cwd[ok]) <= 2.0 ** -24 * np.abs(cc.cwd[ok]))
    # re-truncating from the float32 store: the same cells (away from the cutoff's edge), values within rounding
    cut = 3000.0
    fresh = corridors.truncate(result.cost_distances, result.links, result.shape, cut)
    again = corridors.truncate(kept, links, result.shape, cut)
    lcd = max(lk.lcd for lk in result.links)
    tol = 4 * 2.0 ** -24 * 2 * (lcd + cut)
    both = np.isfinite(fresh) & np.isfinite(again)
    assert np.all(np.abs(fresh[both] - again[both]) <= tol)
    differ = np.isfinite(fresh) != np.isfinite(again)
    assert np.all(np.abs(np.where(np.isfinite(fresh), fresh, again)[differ] - cut) <= tol)
    # the least-cost path cells are exactly 0 in both (the float32 tolerance zeroes the rounding)
    for link in result.links:
        for r, c in link.path:
            assert fresh[r, c] == 0.0 and again[r, c] == 0.0


def test_costs_beyond_float32_are_kept_as_float64_and_said(tmp_path):
    result, core_cells = _run(scale=1e36)  # costs around 1e39 and more: no float32 holds them
    assert max(np.nanmax(np.where(np.isfinite(cc.cwd), cc.cwd, np.nan)) for cc in result.cost_distances.values()) \
        > FLOAT32_MAX
    grid = Grid(GT, result.shape, QgsCoordinateReferenceSystem("EPSG:32633"))
    notes = []
    cost_distance_store.save(tmp_path / "run", result.cost_distances, result.links, grid, core_cells, {},
                             notice=notes.append)
    kept, _links, _grid, _cells, doc = cost_distance_store.load(tmp_path / "run")
    big = [cid for cid, cc in result.cost_distances.items() if np.nanmax(np.where(np.isfinite(cc.cwd), cc.cwd,
                                                                                     np.nan)) > FLOAT32_MAX]
    assert big and len(notes) == len(big) and all("64-bit" in n for n in notes)
    for core in doc["cores"]:
        assert core["dtype"] == ("float64" if core["id"] in big else "float32")
    for cid in big:
        np.testing.assert_array_equal(kept[cid].cwd, result.cost_distances[cid].cwd)  # exact: float64 kept
        assert kept[cid].rounding == 0.0
    assert math.isfinite(FLOAT32_MAX)
