"""Rasterising by cell centre (scanline even-odd fill) against a brute-force shapely reference."""

import numpy as np
import pytest
from shapely.geometry import Point, Polygon, box
from shapely.ops import unary_union

from ccsg_plugin.core.criteria.raster import RasterArray, cell_centre_mask, coverage_problem, rasterise, window_of


def brute_force(raster: RasterArray, geom, rc):
    r0, r1, c0, c1 = rc
    x0, dx, _, y0, _, dy = raster.transform
    out = np.zeros((r1 - r0, c1 - c0), dtype=bool)
    for i in range(r0, r1):
        for j in range(c0, c1):
            out[i - r0, j - c0] = geom.contains(Point(x0 + (j + 0.5) * dx, y0 + (i + 0.5) * dy))
    return out


def random_polygon(rng, n=12, centre=(50.0, 50.0), radius=40.0):
    angles = np.sort(rng.uniform(0, 2 * np.pi, n))
    radii = rng.uniform(0.3, 1.0, n) * radius
    return Polygon(np.column_stack([centre[0] + radii * np.cos(angles), centre[1] + radii * np.sin(angles)]))


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("transform", [(-3.3, 2.7, 0, 103.1, 0, -2.9), (108.0, -2.7, 0, -3.0, 0, 2.9)],
                         ids=["north-up", "flipped"])
def test_scanline_fill_matches_point_in_polygon(seed, transform):
    rng = np.random.default_rng(seed)
    raster = RasterArray(np.zeros((37, 41)), transform)
    outer = random_polygon(rng)
    hole = random_polygon(rng, radius=12.0).intersection(outer.buffer(-3))
    geom = outer.difference(hole) if not hole.is_empty else outer
    geom = unary_union([geom, box(90, 0, 104, 14)])  # a second part
    rc = window_of(raster, geom.bounds)
    expected = brute_force(raster, geom, rc)
    assert expected.sum() > 100
    assert np.array_equal(cell_centre_mask(raster, geom, rc), expected)


def test_window_is_clipped_to_the_raster():
    raster = RasterArray(np.zeros((10, 10)), (0, 10, 0, 100, 0, -10))
    assert window_of(raster, (-50, -50, 45, 45)) == (5, 10, 0, 5)
    assert window_of(raster, (200, 200, 300, 300)) is None


def test_polygon_smaller_than_a_cell_takes_the_cell_under_it():
    raster = RasterArray(np.zeros((10, 10)), (0, 10, 0, 100, 0, -10))
    win = rasterise(raster, box(31, 61, 33, 63))  # no cell centre inside
    assert win.mask.sum() == 1
    rows, cols = np.nonzero(win.mask)
    assert (win.r0 + rows[0], win.c0 + cols[0]) == (3, 3)


def test_coverage_problems_name_the_raster():
    raster = RasterArray(np.zeros((10, 10)), (0, 10, 0, 100, 0, -10), name="dem")
    inside = box(10, 10, 50, 50)
    assert coverage_problem(raster, inside, rasterise(raster, inside)) is None
    half = box(50, 10, 150, 50)
    assert coverage_problem(raster, half, rasterise(raster, half)) == "raster 'dem' covers only 50 % of the corridor"
    raster.nodata_mask[:, :] = True
    assert "NoData on 100 %" in coverage_problem(raster, inside, rasterise(raster, inside))


def test_float_nan_is_nodata_by_default():
    data = np.ones((4, 4))
    data[0, 0] = np.nan
    assert RasterArray(data, (0, 1, 0, 4, 0, -1)).nodata_mask.sum() == 1
