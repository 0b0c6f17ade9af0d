"""The corridors pipeline at scale: grown windows, threads and spilled cost-distances give the same corridors as the
single-threaded whole-window path and as a brute-force Dijkstra written in the tests; the ring check regrows a
window that was too small; the shared progress is weighted and never goes back; a failing task stops the others."""

from __future__ import annotations

import math

import numpy as np
import pytest
from shapely.geometry import box

from ccsg_plugin.core.engine import corridor_windows as cw
from ccsg_plugin.core.engine import corridors
from ccsg_plugin.core.engine.corridor_workers import SharedProgress
from ccsg_plugin.core.errors import CcsgError
from tests.unit.test_costdistance import reference

DX, DY = 30.0, 20.0


def scene(seed, shape=(44, 150)):
    """Resistance 1..40 with NoData holes, a wall and a cheap road; two pairs of nearby cores at either end and one
    in the middle (with a maximum distance, each core's window covers only its end of the grid)."""
    rng = np.random.default_rng(seed)
    res = rng.uniform(1.0, 40.0, shape)
    res[rng.random(shape) < 0.04] = np.nan  # NoData holes
    res[12:26, 20] = np.nan  # a wall
    res[5, :30] = 0.5  # a cheap road: the first window guess (median resistance) is too small along it
    cores, geoms = {}, {}
    anchors = {1: (4, 3), 2: (30, 12), 3: (8, 132), 4: (33, 140), 5: (20, 75)}
    for cid, (ar, ac) in anchors.items():
        r0, c0 = ar + int(rng.integers(0, 4)), ac + int(rng.integers(0, 4))
        h, w = int(rng.integers(1, 4)), int(rng.integers(1, 4))
        m = np.zeros(shape, bool)
        m[r0:r0 + h, c0:c0 + w] = True
        res[r0:r0 + h, c0:c0 + w] = rng.uniform(1.0, 3.0, (h, w))
        cores[cid] = m
        geoms[cid] = box(c0 * DX, -(r0 + h) * DY, (c0 + w) * DX, -r0 * DY)
    return res, cores, geoms


MAX_D = 1200.0  # m: links 1-2 and 3-4 only


def brute_mosaic(res, cores, links, cutoff, neighbours):
    """Linkage Pathways by hand: whole-grid Dijkstra per core, LCD, CWD_a + CWD_b - LCD kept up to the cutoff."""
    cwd = {cid: reference(res, m, DX, DY, neighbours) for cid, m in cores.items()}
    mosaic = np.full(res.shape, np.inf)
    lcds = {}
    for link in links:
        lcd = float(cwd[link.core_a][cores[link.core_b]].min())
        lcds[(link.core_a, link.core_b)] = lcd
        if not math.isfinite(lcd) or link.dropped:
            continue
        with np.errstate(invalid="ignore"):
            corridor = cwd[link.core_a] + cwd[link.core_b] - lcd
        keep = corridor <= cutoff * (1 + 1e-12) + 1e-9 * lcd
        mosaic = np.where(keep, np.minimum(mosaic, np.maximum(corridor, 0.0)), mosaic)
    return mosaic, lcds


@pytest.mark.parametrize("seed", [1, 2, 3])
@pytest.mark.parametrize("neighbours", [8, 16])
def test_two_process_windowed_spilled_run_equals_the_plain_path_and_brute_force(seed, neighbours, tmp_path):
    res, cores, geoms = scene(seed)
    cutoff = 900.0
    plain = corridors.least_cost_corridors(res, cores, geoms, (DX, DY), neighbours, MAX_D, width_cutoff=cutoff,
                                           drop_via_core=False, adaptive_windows=False, workers=1)
    fast = corridors.least_cost_corridors(res, cores, geoms, (DX, DY), neighbours, MAX_D, width_cutoff=cutoff,
                                          drop_via_core=False, workers=2, spill_folder=str(tmp_path))
    assert [(lk.core_a, lk.core_b) for lk in fast.links] == [(1, 2), (3, 4)]
    assert list(tmp_path.iterdir())  # the cost-distances really went to disk
    assert all(cc.data is None and cc.spill for cc in fast.cost_distances.values())
    for a, b in zip(plain.links, fast.links):
        assert (a.core_a, a.core_b) == (b.core_a, b.core_b)
        assert a.lcd == pytest.approx(b.lcd, rel=1e-12)
        assert a.path == b.path
        assert a.corridor_cells == b.corridor_cells
    np.testing.assert_array_equal(np.isnan(plain.mosaic), np.isnan(fast.mosaic))
    ok = np.isfinite(plain.mosaic)
    scale = max(link.lcd for link in plain.links if math.isfinite(link.lcd))
    np.testing.assert_allclose(fast.mosaic[ok], plain.mosaic[ok], rtol=0, atol=1e-12 * scale)

    want, lcds = brute_mosaic(res, cores, fast.links, cutoff, neighbours)
    for link in fast.links:
        assert link.lcd == pytest.approx(lcds[(link.core_a, link.core_b)], rel=1e-12, abs=0)
    np.testing.assert_array_equal(np.isfinite(want), np.isfinite(fast.mosaic))
    ok = np.isfinite(want)
    np.testing.assert_allclose(fast.mosaic[ok], want[ok], rtol=0, atol=1e-9 * scale)
    # the windows did clip: every core ran on part of the grid, and on no more than the plain path's window
    for cid, cc in fast.cost_distances.items():
        assert cc.cells < res.size and cc.cells <= plain.cost_distances[cid].cells


@pytest.mark.parametrize("neighbours", [8, 16])
def test_ring_check_regrows_a_window_the_guess_made_too_small(neighbours):
    """A cheap road leads out of the first guess: the ring check sees a finite cost on the window's edge, the
    window doubles, and the costs up to the cap equal a whole-grid brute force."""
    shape = (30, 120)
    res = np.full(shape, 20.0)
    res[15, :] = 0.5  # the road: typical resistance 20 sizes the first window 40 x too small along it
    mask = np.zeros(shape, bool)
    mask[15, 2] = True
    cap = 0.5 * 30.0 * 90  # 90 cells along the road
    rmin = 0.5
    window, cwd, attempts = cw.window_cost_distance(res, mask, (30.0, 30.0), neighbours, cap, rmin,
                                                    cw.typical_resistance(res))
    assert attempts > 1
    want = reference(res, mask, 30.0, 30.0, neighbours, max_cost=cap)
    r0, r1, c0, c1 = window
    full = np.full(shape, np.inf)
    full[r0:r1, c0:c1] = cwd
    within = want <= cap
    np.testing.assert_allclose(full[within], want[within], rtol=1e-12)
    assert not np.isfinite(full[~within]).any() or np.all(full[~within] >= cap)
    # the final window's ring holds no cost within the cap, or it is the loose bound's window (needs no check)
    loose = cw.grown((15, 16, 2, 3), int(cap // (rmin * 30.0)) + 1, shape)
    assert not cw.ring_reached(cwd, window, shape, 2 if neighbours == 16 else 1) or window == loose


def test_ring_check_sees_a_cost_on_each_inner_side_and_ignores_the_grids_edge():
    cwd = np.full((6, 8), np.inf)
    shape = (20, 20)
    assert not cw.ring_reached(cwd, (5, 11, 5, 13), shape, 1)
    for cell in ((0, 3), (5, 3), (2, 0), (2, 7)):
        c = cwd.copy()
        c[cell] = 1.0
        assert cw.ring_reached(c, (5, 11, 5, 13), shape, 1)
        assert not cw.ring_reached(c, (0, 20, 0, 20), (6, 8), 1) or False  # window = grid: nothing leaves
    c = cwd.copy()
    c[1, 3] = 1.0  # second row: only a knight's move steps out from there
    assert not cw.ring_reached(c, (5, 11, 5, 13), shape, 1)
    assert cw.ring_reached(c, (5, 11, 5, 13), shape, 2)


def test_shared_progress_is_weighted_by_window_and_never_goes_back():
    seen = []
    shared = SharedProgress(seen.append, [3.0, 1.0])
    big, small = shared.for_task(0), shared.for_task(1)
    small(1.0)
    assert seen[-1] == pytest.approx(0.25)
    big(0.5)
    assert seen[-1] == pytest.approx(0.25 + 0.75 * 0.5)
    big(0.2)  # a late, lower report of one task (e.g. a window regrown) does not move the bar back
    assert seen == sorted(seen)
    big(1.0)
    assert seen[-1] == pytest.approx(1.0)


def test_core_without_a_cell_is_a_clear_error_from_a_worker_process():
    res, cores, geoms = scene(4)
    cores[2] = np.zeros(res.shape, bool)
    with pytest.raises(CcsgError, match="Core 2 covers no cell"):
        corridors.least_cost_corridors(res, cores, geoms, (DX, DY), width_cutoff=500.0, workers=2)
