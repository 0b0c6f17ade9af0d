"""The sea-only preset of ccsg:resistancefromlandcover: land polygons -> sea 1, land NoData (+ 1 + w |depth|), on a
given cell size and extent. Two MPAs on either side of a peninsula: the least-cost distance between them is the
shortest path through the sea around the tip (a plain Dijkstra on a grid built here), not the straight line."""

from __future__ import annotations

import math

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.qgis.lcp_helpers import (  # noqa: F401 - fixture
    ccsg_registered,
    cell_rect_wkt,
    dijkstra,
    memory_layer,
    read_tif,
    write_tif,
)

ORIGIN = (500000.0, 4000000.0)
CELL = 100.0
ROWS, COLS = 20, 30
EXTENT = f"{ORIGIN[0]},{ORIGIN[0] + COLS * CELL},{ORIGIN[1] - ROWS * CELL},{ORIGIN[1]} [EPSG:32633]"
PENINSULA = (0, 15, 13, 17)  # rows 0..14, columns 13..16: from the north shore down to row 14
MPA_A, MPA_B = (2, 5, 3, 6), (2, 5, 24, 27)


def rect(r0, r1, c0, c1, cell=CELL):
    return cell_rect_wkt(r0, r1, c0, c1, ORIGIN, (cell, cell))


def land_layer(*rects):
    return memory_layer("Polygon", "EPSG:32633", [(rect(*r), [i]) for i, r in enumerate(rects, 1)], "id:integer",
                        "land")


def expected_sea(shape=(ROWS, COLS), land=(PENINSULA,)):
    grid = np.ones(shape)
    for r0, r1, c0, c1 in land:
        grid[r0:r1, c0:c1] = np.nan
    return grid


def sea(tmp_path, tag="sea", **kw):
    params = {"LAND": land_layer(PENINSULA), "CELL_SIZE": CELL, "EXTENT": EXTENT,
              "OUTPUT": str(tmp_path / f"{tag}.tif")}
    params.update(kw)
    return read_tif(processing.run("ccsg:resistancefromlandcover", params)["OUTPUT"])


def test_sea_is_one_and_land_is_nodata(ccsg_registered, tmp_path):  # noqa: F811
    got = sea(tmp_path)
    np.testing.assert_array_equal(np.isnan(got), np.isnan(expected_sea()))
    assert np.nanmin(got) == np.nanmax(got) == 1.0


def test_lcd_between_mpas_runs_around_the_peninsula(ccsg_registered, tmp_path):  # noqa: F811
    path = str(tmp_path / "sea.tif")
    processing.run("ccsg:resistancefromlandcover", {"LAND": land_layer(PENINSULA), "CELL_SIZE": CELL,
                                                     "EXTENT": EXTENT, "OUTPUT": path})
    cores = memory_layer("Polygon", "EPSG:32633", [(rect(*MPA_A), [1]), (rect(*MPA_B), [2])])
    out = processing.run("ccsg:leastcostcorridors", {
        "CORES": cores, "CORE_ID_FIELD": "core_id", "RESISTANCE": path, "NEIGHBOURS": 8, "WIDTH_CUTOFF": 0,
        "OUTPUT_CORRIDORS": str(tmp_path / "c.tif"), "OUTPUT_PATHS": str(tmp_path / "p.gpkg"),
        "OUTPUT_POLYGONS": str(tmp_path / "cp.gpkg")})
    (lcd,) = (f["lcd"] for f in QgsVectorLayer(out["OUTPUT_PATHS"], "p", "ogr").getFeatures())
    # the reference: a plain Dijkstra on the sea grid written here, from every cell of A to the nearest of B
    res = expected_sea()
    a = np.zeros(res.shape, bool)
    a[MPA_A[0]:MPA_A[1], MPA_A[2]:MPA_A[3]] = True
    dist = dijkstra(res, a, CELL, CELL)
    shortest_sea = dist[MPA_B[0]:MPA_B[1], MPA_B[2]:MPA_B[3]].min()
    assert lcd == pytest.approx(shortest_sea)
    straight = (MPA_B[2] - (MPA_A[3] - 1)) * CELL  # facing cell centres, across the peninsula
    assert lcd > 1.5 * straight  # down round the tip and back up on the far side


def test_depth_term_and_the_depth_grid(ccsg_registered, tmp_path):  # noqa: F811
    depth = -np.tile(np.arange(COLS, dtype=float) * 10.0, (ROWS, 1))  # elevation below sea level, -0 .. -290 m
    depth[7, 20] = np.nan  # a sea cell without a depth value keeps 1
    depth_path = write_tif(tmp_path / "depth.tif", depth, ORIGIN, (CELL, CELL))
    got = sea(tmp_path, "w", DEPTH=depth_path, DEPTH_WEIGHT=0.01)
    want = np.where(np.isnan(depth), 1.0, 1.0 + 0.01 * np.abs(depth)) * expected_sea()
    np.testing.assert_allclose(got, want, rtol=1e-6)
    # weight 0 (its lowest value): the depth raster changes nothing
    assert np.nanmax(sea(tmp_path, "w0", DEPTH=depth_path, DEPTH_WEIGHT=0.0)) == 1.0
    # CELL_SIZE 0: the depth raster's grid, whatever the extent says
    got = sea(tmp_path, "grid", DEPTH=depth_path, DEPTH_WEIGHT=0.01, CELL_SIZE=0.0, EXTENT=None)
    np.testing.assert_allclose(got, want, rtol=1e-6)


def test_cell_size_and_extent_set_the_grid(ccsg_registered, tmp_path):  # noqa: F811
    got = sea(tmp_path, "coarse", CELL_SIZE=300.0)
    assert got.shape == (math.ceil(2000 / 300), math.ceil(3000 / 300))  # enough cells to cover the extent
    # land where the cell centre is on the peninsula (x 1300..1700 m, y 0..1500 m from the north-west corner)
    centres_x = (np.arange(got.shape[1]) + 0.5) * 300
    centres_y = (np.arange(got.shape[0]) + 0.5) * 300
    on_land = (centres_y[:, None] < 1500) & (centres_x[None, :] > 1300) & (centres_x[None, :] < 1700)
    np.testing.assert_array_equal(np.isnan(got), on_land)
    # a cell size that does not divide the extent: enough cells to cover it
    assert sea(tmp_path, "odd", CELL_SIZE=700.0).shape == (math.ceil(2000 / 700), math.ceil(3000 / 700))
    # EXTENT: the western half only
    half = f"{ORIGIN[0]},{ORIGIN[0] + 1500},{ORIGIN[1] - 2000},{ORIGIN[1]} [EPSG:32633]"
    got = sea(tmp_path, "half", EXTENT=half)
    np.testing.assert_array_equal(np.isnan(got), np.isnan(expected_sea()[:, :15]))


@pytest.mark.parametrize(("kw", "match"), [
    ({"EXTENT": None}, "land polygons cover every cell"),  # default extent = the peninsula itself
    ({"CELL_SIZE": 0.0}, "Give the cell size of the sea-only raster"),
    ({"DEPTH_WEIGHT": 0.5}, "depth weight of 0.5 needs a depth raster"),
    ({"CELL_SIZE": 0.001}, "choose a larger cell size"),
    ("landcover", "not both"),
])
def test_sea_only_bad_input(ccsg_registered, tmp_path, kw, match):  # noqa: F811
    if kw == "landcover":
        kw = {"LANDCOVER": write_tif(tmp_path / "lc.tif", np.ones((3, 3)), ORIGIN, (CELL, CELL)), "TABLE": [1, 1]}
    with pytest.raises(QgsProcessingException, match=match):
        sea(tmp_path, **kw)
    assert not (tmp_path / "sea.tif").exists()


def test_neither_land_cover_nor_land_is_refused(ccsg_registered, tmp_path):  # noqa: F811
    with pytest.raises(QgsProcessingException, match="land polygons for the sea-only preset"):
        processing.run("ccsg:resistancefromlandcover", {"TABLE": [1, 1], "OUTPUT": str(tmp_path / "x.tif")})


def test_cell_count_limit_is_allowed_at_its_value(qgis_app):
    from qgis.core import QgsCoordinateReferenceSystem, QgsRectangle

    from ccsg_plugin.core.errors import CcsgError
    from ccsg_plugin.gis.sea_grid import MAX_CELLS, grid_from_extent

    crs = QgsCoordinateReferenceSystem("EPSG:32633")
    rows = MAX_CELLS // 20000
    extent = QgsRectangle(0, 0, 20000, rows)  # 1 m cells: exactly MAX_CELLS cells
    assert grid_from_extent(extent, 1.0, crs).shape == (rows, 20000)  # no array is made for the grid itself
    with pytest.raises(CcsgError, match="larger cell size"):
        grid_from_extent(QgsRectangle(0, 0, 20000, rows + 1), 1.0, crs)
