"""gis.raster_io, the one raster reader: whole band, window and sample reads compared with GDAL's ReadAsArray of
the same file written here (NoData by value, NaN and +-inf, float32 and integer bands, a window at the edge, a
decimated sample), and its callers (the algorithms, the corridor check, the doctor) reading through it."""

from __future__ import annotations

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsRasterLayer

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import raster_io

ORIGIN = (500000.0, 4000000.0)
CELL = 10.0
UTM = QgsCoordinateReferenceSystem("EPSG:32633")


def write(path, array, gdal_type=gdal.GDT_Float32, nodata=-9999.0, bands=1) -> str:
    rows, cols = array.shape[-2:]
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, bands, gdal_type)
    ds.SetGeoTransform((ORIGIN[0], CELL, 0.0, ORIGIN[1], 0.0, -CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    ds.SetProjection(srs.ExportToWkt())
    for b in range(bands):
        band = ds.GetRasterBand(b + 1)
        if nodata is not None:
            band.SetNoDataValue(nodata)
        band.WriteArray(array if bands == 1 else array[b])
    ds = None
    return str(path)


def gdal_read(path, band=1, *window, **buffer):
    ds = gdal.Open(path)
    return ds.GetRasterBand(band).ReadAsArray(*window, **buffer), ds.GetRasterBand(band).GetNoDataValue()


def values(rows=6, cols=7) -> np.ndarray:
    data = np.arange(rows * cols, dtype=np.float64).reshape(rows, cols) + 1.5
    data[1, 2] = -9999.0  # NoData
    data[3, 4] = np.nan
    data[4, 1] = np.inf
    data[5, 6] = -np.inf
    return data


# ----- whole band ---------------------------------------------------------------------------------------------------
def test_whole_band_equals_gdal_with_nodata_nan_and_inf_as_nan(tmp_path):
    path = write(tmp_path / "r.tif", values())
    raw, nodata = gdal_read(path)
    expected = raw.astype(np.float64)
    expected[(raw == np.float32(nodata)) | ~np.isfinite(raw)] = np.nan
    got = raster_io.read_band(QgsRasterLayer(path, "r"))
    np.testing.assert_array_equal(got.array, expected)
    assert got.array.dtype == np.float64 and got.nodata == -9999.0 and got.infinite == 2 and got.name == "r"
    assert got.grid.geotransform == gdal.Open(path).GetGeoTransform() and got.grid.shape == raw.shape
    assert got.grid.crs == UTM


def test_float32_lowest_nodata_is_matched_in_the_bands_type(tmp_path):
    lowest = float(np.finfo(np.float32).min)  # -3.4028234663852886e38: not equal to the float32 once widened
    data = np.full((3, 3), 2.0)
    data[0, 0] = lowest
    path = write(tmp_path / "f.tif", data, nodata=lowest)
    got = raster_io.read_band(QgsRasterLayer(path, "f"))
    assert np.isnan(got.array[0, 0]) and np.isfinite(got.array).sum() == 8


def test_integer_band_and_a_nodata_it_cannot_hold(tmp_path):
    data = np.array([[0, 5, 241], [17, 0, 255]], dtype=np.uint8)
    path = write(tmp_path / "b.tif", data, gdal.GDT_Byte, nodata=0)
    raw, _ = gdal_read(path)
    expected = raw.astype(np.float64)
    expected[raw == 0] = np.nan
    np.testing.assert_array_equal(raster_io.read_band(QgsRasterLayer(path, "b")).array, expected)
    # -9999 on a Byte band: GDAL marks no cell (it cannot be stored); -9999 wrapped to uint8 would be 241.
    path = write(tmp_path / "b2.tif", data, gdal.GDT_Byte, nodata=-9999)
    assert np.array(-9999).astype(np.uint8) == 241
    got = raster_io.read_band(QgsRasterLayer(path, "b2")).array
    np.testing.assert_array_equal(got, gdal_read(path)[0].astype(np.float64))


def test_second_band_and_a_missing_band(tmp_path):
    stack = np.stack([np.ones((3, 4)), np.arange(12, dtype=float).reshape(3, 4)])
    path = write(tmp_path / "s.tif", stack, bands=2)
    layer = QgsRasterLayer(path, "stack")
    np.testing.assert_array_equal(raster_io.read_band(layer, 2).array, gdal_read(path, 2)[0].astype(np.float64))
    with pytest.raises(CcsgError, match="'stack' has no band 3"):
        raster_io.read_band(layer, 3)


def test_rotated_raster_is_refused(tmp_path):
    path = write(tmp_path / "rot.tif", np.ones((3, 3)))
    ds = gdal.Open(path, gdal.GA_Update)
    ds.SetGeoTransform((ORIGIN[0], CELL, 2.0, ORIGIN[1], 1.0, -CELL))
    ds = None
    with pytest.raises(CcsgError, match="'rot' is rotated or not north-up.*Warp"):
        raster_io.read_band(QgsRasterLayer(path, "rot"))


# ----- window -------------------------------------------------------------------------------------------------------
def _bounds(c0, r0, c1, r1, inset=0.0):
    """Map bounds of columns c0..c1 and rows r0..r1 (cell edges), shrunk by inset so only those cells meet."""
    return (ORIGIN[0] + c0 * CELL + inset, ORIGIN[1] - r1 * CELL + inset,
            ORIGIN[0] + c1 * CELL - inset, ORIGIN[1] - r0 * CELL - inset)


def test_window_inside_equals_gdal_window(tmp_path):
    path = write(tmp_path / "w.tif", values())
    got = raster_io.read_window(QgsRasterLayer(path, "w"), UTM, _bounds(1, 1, 5, 4, inset=0.5))
    raw, nodata = gdal_read(path, 1, 1, 1, 4, 3)
    np.testing.assert_array_equal(got.data, raw)  # values in the band's own type
    np.testing.assert_array_equal(got.nodata_mask, (raw == np.float32(nodata)) | ~np.isfinite(raw))
    assert got.nodata_mask.sum() == 2  # NoData at (1, 2) and NaN at (3, 4)
    assert got.transform == (ORIGIN[0] + CELL, CELL, 0.0, ORIGIN[1] - CELL, 0.0, -CELL) and got.name == "w"


def test_window_at_the_edge_is_clipped_to_the_raster(tmp_path):
    path = write(tmp_path / "w.tif", values())
    # From 3 cells beyond the top-left corner to the middle of cell (row 2, column 3).
    got = raster_io.read_window(QgsRasterLayer(path, "w"), UTM,
                                (ORIGIN[0] - 30, ORIGIN[1] - 25, ORIGIN[0] + 35, ORIGIN[1] + 30))
    raw, _ = gdal_read(path, 1, 0, 0, 4, 3)
    np.testing.assert_array_equal(got.data, raw)
    assert got.transform[0] == ORIGIN[0] and got.transform[3] == ORIGIN[1]
    # and past the bottom-right corner
    got = raster_io.read_window(QgsRasterLayer(path, "w"), UTM, _bounds(5, 4, 12, 9, inset=0.5))
    raw, _ = gdal_read(path, 1, 5, 4, 2, 2)
    np.testing.assert_array_equal(got.data, raw)
    assert got.nodata_mask.tolist() == [[False, False], [False, True]]  # -inf in the corner


def test_window_outside_the_raster_is_empty_and_none_without_layer_or_bounds(tmp_path):
    path = write(tmp_path / "w.tif", values())
    got = raster_io.read_window(QgsRasterLayer(path, "w"), UTM, _bounds(20, 20, 25, 25))
    assert got.data.shape == (0, 0) and got.nodata_mask.shape == (0, 0)
    assert raster_io.read_window(None, UTM, _bounds(0, 0, 1, 1)) is None
    assert raster_io.read_window(QgsRasterLayer(path, "w"), UTM, None) is None


def test_window_in_another_crs_is_warped_and_marks_the_outside(tmp_path):
    path = write(tmp_path / "w.tif", np.full((6, 7), 3.0))
    mercator = QgsCoordinateReferenceSystem("EPSG:3857")
    # Web Mercator bounds well beyond the raster on every side: the outside must be NoData, the inside 3.
    from qgis.core import QgsCoordinateTransform, QgsProject, QgsRectangle

    extent = QgsCoordinateTransform(UTM, mercator, QgsProject.instance()).transformBoundingBox(
        QgsRectangle(ORIGIN[0] - 200, ORIGIN[1] - 260, ORIGIN[0] + 270, ORIGIN[1] + 200))
    got = raster_io.read_window(QgsRasterLayer(path, "w"), mercator,
                                (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()))
    inside = ~got.nodata_mask
    assert inside.any() and got.nodata_mask.any()
    assert (got.data[inside] == 3.0).all()
    assert got.nodata_mask[0, 0] and got.nodata_mask[-1, -1]


# ----- sample -------------------------------------------------------------------------------------------------------
def test_sample_of_a_small_raster_is_the_whole_band_with_inf_kept(tmp_path):
    path = write(tmp_path / "s.tif", values())
    raw, nodata = gdal_read(path)
    expected = raw.astype(np.float64)
    expected[raw == np.float32(nodata)] = np.nan
    got = raster_io.read_sample(path, name="s")
    np.testing.assert_array_equal(got.values, expected)
    assert np.isposinf(got.values[4, 1]) and np.isneginf(got.values[5, 6])  # the doctor counts them
    assert got.exact and got.grid.width == 7 and got.grid.height == 6 and got.grid.cell_x == CELL
    assert (got.grid.x_min, got.grid.y_max, got.grid.layer_name) == (ORIGIN[0], ORIGIN[1], "s")


def test_decimated_sample_takes_every_second_cell(tmp_path):
    data = np.arange(80 * 100, dtype=np.float64).reshape(80, 100)
    data[11, 21] = -9999.0
    path = write(tmp_path / "big.tif", data)
    got = raster_io.read_sample(path, max_cells=2000, name="big")  # 8000 cells -> factor 2 -> 40 x 50
    raw, _ = gdal_read(path)
    expected = raw[1::2, 1::2].astype(np.float64)  # nearest: the centre of every 2 x 2 block falls in its 2nd cell
    expected[expected == -9999.0] = np.nan
    np.testing.assert_array_equal(got.values, expected)
    assert np.isnan(got.values[5, 10])
    assert got.cells_per_sample == 4.0 and (got.grid.cell_x, got.grid.cell_y) == (2 * CELL, 2 * CELL)
    assert (got.grid.width, got.grid.height) == (50, 40)


def test_unreadable_file_gives_none(tmp_path):
    bad = tmp_path / "bad.tif"
    bad.write_bytes(b"not a tiff at all")
    assert raster_io.read_sample(str(bad)) is None
    assert raster_io.read_sample(str(tmp_path / "missing.tif")) is None


# ----- callers ------------------------------------------------------------------------------------------------------
def test_check_and_doctor_read_through_the_reader(tmp_path):
    from ccsg_plugin.core.doctor import run as doc
    from ccsg_plugin.gis import check_inputs, doctor_inputs

    path = write(tmp_path / "res.tif", np.abs(values()))
    layer = QgsRasterLayer(path, "res")
    bounds = _bounds(1, 1, 5, 4, inset=0.5)
    via_check = check_inputs.read_raster(layer, UTM, bounds)
    direct = raster_io.read_window(layer, UTM, bounds)
    np.testing.assert_array_equal(via_check.data, direct.data)
    np.testing.assert_array_equal(via_check.nodata_mask, direct.nodata_mask)
    inputs = doctor_inputs.gather(doctor_inputs.prepare(layer, None, "", doc.Options()))
    np.testing.assert_array_equal(inputs.resistance_values.values, raster_io.read_sample(path, name="res").values)


def test_doctor_reports_a_raster_it_cannot_read(tmp_path):
    from ccsg_plugin.core.doctor import run as doc
    from ccsg_plugin.gis import doctor_inputs

    path = write(tmp_path / "res.tif", np.ones((4, 4)))
    req = doctor_inputs.prepare(QgsRasterLayer(path, "res"), None, "", doc.Options())
    (tmp_path / "res.tif").write_bytes(b"damaged after the layer was chosen")
    inputs = doctor_inputs.gather(req)
    assert inputs.unreadable == ["res"] and inputs.resistance_values is None
