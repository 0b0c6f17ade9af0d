"""Ring minimum and disc maximum against a brute force over cell-centre distances written in the test."""

from __future__ import annotations

import numpy as np
import pytest

from ccsg_plugin.core.engine.ring_filter import disc_kernel, focal_max, focal_min, kernel_offsets, ring_kernel
from ccsg_plugin.core.errors import CcsgError
from tests.unit.restoration_refs import ref_disc_max, ref_ring_min


def grid(seed, shape=(13, 17), holes=0.2):
    rng = np.random.default_rng(seed)
    a = rng.uniform(0.0, 1000.0, shape)
    a[rng.random(shape) < holes] = np.nan
    return a


@pytest.mark.parametrize("cell, radius", [
    ((1.0, 1.0), 1.0),  # exactly one cell: the four edge neighbours
    ((1.0, 1.0), 2.5),
    ((1.0, 1.0), 5.0),  # cells at exactly 5 (3-4-5) are in, cells at exactly 4 are out
    ((30.0, 20.0), 30.0),  # non-square cells: the ring is one larger side wide
    ((30.0, 20.0), 95.0),
    ((0.5, 0.5), 3.2),
    ((25.0, 25.0), 160.0),  # larger than the grid is high: rings cut by the edges
])
def test_ring_minimum_equals_brute_force(cell, radius):
    a = grid(int(radius * 10))
    dx, dy = cell
    got = focal_min(a, ring_kernel(radius, cell))
    ref = np.array([[ref_ring_min(a, radius, dx, dy, i, j) for j in range(a.shape[1])] for i in range(a.shape[0])])
    np.testing.assert_array_equal(got, ref)


def test_ring_bounds_exactly():
    k = ring_kernel(5.0, (1.0, 1.0))
    off = {tuple(o) for o in kernel_offsets(k).tolist()}
    assert (3, 4) in off and (-4, -3) in off and (0, 5) in off  # d = 5 = r: in
    assert (0, 4) not in off and (4, 0) not in off  # d = 4 = r - cell size: out
    assert (3, 3) in off  # d = 4.24: in
    assert (0, 0) not in off and (0, 6) not in off
    # Exact in map units although 3 x 0.1 > 0.3 in floating point.
    small = {tuple(o) for o in kernel_offsets(ring_kernel(0.3, (0.1, 0.1))).tolist()}
    assert (0, 3) in small and (0, 2) not in small


def test_ring_is_closed_around_the_centre():
    # No walk of edge-neighbour steps leaves the disc without stepping on the ring: a flood fill from the centre
    # over the cells off the ring, in a box larger than the disc, never reaches a cell beyond the radius.
    for cell, radius in [((1.0, 1.0), 1.0), ((1.0, 1.0), 3.7), ((1.0, 1.0), 15.5), ((30.0, 20.0), 95.0)]:
        dx, dy = cell
        k = ring_kernel(radius, cell)
        hr, hc = k.shape[0] // 2 + 2, k.shape[1] // 2 + 2
        ring = np.zeros((2 * hr + 1, 2 * hc + 1), bool)
        ring[2:-2, 2:-2] = k
        seen, stack = {(hr, hc)}, [(hr, hc)]
        while stack:
            i, j = stack.pop()
            assert ((i - hr) * dy) ** 2 + ((j - hc) * dx) ** 2 <= radius ** 2, (cell, radius, i - hr, j - hc)
            for p in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if p not in seen and not ring[p]:
                    seen.add(p)
                    stack.append(p)


def test_radius_below_cell_size_is_refused_and_exactly_one_cell_is_accepted():
    with pytest.raises(CcsgError, match="below the cell size"):
        ring_kernel(29.99, (30.0, 30.0))
    assert ring_kernel(30.0, (30.0, 30.0)).sum() == 4


@pytest.mark.parametrize("cell, radius", [((1.0, 1.0), 1.0), ((1.0, 1.0), 3.5), ((30.0, 20.0), 70.0)])
def test_disc_maximum_equals_brute_force(cell, radius):
    a = grid(7, holes=0.4)
    got = focal_max(a, disc_kernel(radius, cell))
    ref = np.array([[ref_disc_max(a, radius, cell[0], cell[1], i, j) for j in range(a.shape[1])]
                    for i in range(a.shape[0])])
    np.testing.assert_array_equal(got, ref)


def test_all_nodata_gives_inf_minimum_and_nan_maximum():
    a = np.full((5, 6), np.nan)
    assert np.isinf(focal_min(a, ring_kernel(2.0, (1.0, 1.0)))).all()
    assert np.isnan(focal_max(a, disc_kernel(2.0, (1.0, 1.0)))).all()
