"""Least-cost corridors between cores, checked against a plain Dijkstra and shapely written here."""

from __future__ import annotations

import heapq
import math

import numpy as np
import pytest
from shapely.geometry import box

from ccsg_plugin.core.engine import corridors
from ccsg_plugin.core.engine.pairs import select_pairs
from ccsg_plugin.core.errors import CcsgError

DX, DY = 30.0, 20.0  # non-square cells on purpose


def ref_step(res, a, b):
    """Contract step cost for 8 neighbours: mean resistance x step length."""
    ra, rb = res[a], res[b]
    if not (np.isfinite(ra) and np.isfinite(rb) and ra > 0 and rb > 0):
        return math.inf
    return 0.5 * (ra + rb) * math.hypot((b[1] - a[1]) * DX, (b[0] - a[0]) * DY)


def ref_cwd(res, mask):
    """Brute-force Dijkstra, 8 neighbours."""
    h, w = res.shape
    dist = np.full(res.shape, np.inf)
    heap = []
    for r, c in zip(*np.nonzero(mask)):
        if np.isfinite(res[r, c]) and res[r, c] > 0:
            dist[r, c] = 0.0
            heap.append((0.0, r, c))
    heapq.heapify(heap)
    while heap:
        d, r, c = heapq.heappop(heap)
        if d > dist[r, c]:
            continue
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                n = (r + dr, c + dc)
                if (dr, dc) == (0, 0) or not (0 <= n[0] < h and 0 <= n[1] < w):
                    continue
                nd = d + ref_step(res, (r, c), n)
                if nd < dist[n]:
                    dist[n] = nd
                    heapq.heappush(heap, (nd, n[0], n[1]))
    return dist


def cell_box(r0, r1, c0, c1):
    """The map rectangle of rows r0..r1-1 and columns c0..c1-1 (origin top-left at (0, 0), y down)."""
    return box(c0 * DX, -r1 * DY, c1 * DX, -r0 * DY)


def landscape(seed, shape=(28, 34)):
    rng = np.random.default_rng(seed)
    res = rng.uniform(1.0, 50.0, shape)
    res[rng.random(shape) < 0.05] = np.nan  # NoData holes
    res[10:18, 16] = np.nan  # a wall
    rects = {1: (2, 6, 2, 6), 2: (20, 25, 3, 7), 3: (3, 7, 25, 31), 4: (21, 26, 26, 32)}
    cores, geoms = {}, {}
    for cid, (r0, r1, c0, c1) in rects.items():
        m = np.zeros(shape, bool)
        m[r0:r1, c0:c1] = True
        res[r0:r1, c0:c1] = rng.uniform(1.0, 5.0, (r1 - r0, c1 - c0))  # cores passable
        cores[cid] = m
        geoms[cid] = cell_box(r0, r1, c0, c1)
    return res, cores, geoms


@pytest.fixture(scope="module", params=[1, 2])
def case(request):
    res, cores, geoms = landscape(request.param)
    result = corridors.least_cost_corridors(res, cores, geoms, (DX, DY), width_cutoff=400.0, drop_via_core=False)
    ref = {cid: ref_cwd(res, m) for cid, m in cores.items()}
    return res, cores, geoms, result, ref


def test_lcd_matches_brute_force_and_is_symmetric(case):
    res, cores, geoms, result, ref = case
    assert len(result.links) == 6
    for link in result.links:
        ab = ref[link.core_a][cores[link.core_b]].min()
        ba = ref[link.core_b][cores[link.core_a]].min()
        assert ab == pytest.approx(ba, rel=1e-9)
        assert link.lcd == pytest.approx(ab, rel=1e-9)
        back, _ = corridors.lcd_between(result.cost_distances[link.core_b], cores[link.core_a])
        assert back == pytest.approx(link.lcd, rel=1e-9)


def test_path_step_costs_sum_to_lcd_and_join_the_cores(case):
    res, cores, geoms, result, ref = case
    for link in result.links:
        path = link.path
        assert cores[link.core_a][path[0]] and cores[link.core_b][path[-1]]
        for a, b in zip(path, path[1:]):
            assert max(abs(a[0] - b[0]), abs(a[1] - b[1])) == 1
        total = sum(ref_step(res, a, b) for a, b in zip(path, path[1:]))
        assert total == pytest.approx(link.lcd, rel=1e-9)
        length = sum(math.hypot((b[1] - a[1]) * DX, (b[0] - a[0]) * DY) for a, b in zip(path, path[1:]))
        assert link.path_length_m == pytest.approx(length)
        assert link.lcd_per_path == pytest.approx(link.lcd / length)
        assert link.euclid_dist_m == pytest.approx(geoms[link.core_a].distance(geoms[link.core_b]))


def test_normalised_corridor_is_exactly_zero_on_the_path(case):
    res, cores, geoms, result, ref = case
    for link in result.links:
        (r0, r1, c0, c1), values = corridors.pair_corridor(
            result.cost_distances[link.core_a], result.cost_distances[link.core_b], link.lcd
        )
        full = np.full(res.shape, np.inf)
        full[r0:r1, c0:c1] = values
        on_path = np.array([full[c] for c in link.path])
        assert (on_path == 0.0).all()
        assert np.nanmin(full) == 0.0


def test_mosaic_is_min_of_truncated_pairs(case):
    res, cores, geoms, result, ref = case
    expected = np.full(res.shape, np.inf)
    for link in result.links:
        lcd = ref[link.core_a][cores[link.core_b]].min()
        values = ref[link.core_a] + ref[link.core_b] - lcd
        keep = values <= 400.0 + 1e-6
        assert link.corridor_cells == keep.sum()
        expected = np.minimum(expected, np.where(keep, values, np.inf))
    got = result.mosaic
    assert (np.isfinite(expected) == np.isfinite(got)).all()
    finite = np.isfinite(expected)
    np.testing.assert_allclose(got[finite], np.maximum(expected[finite], 0), atol=1e-6)


def test_clipped_run_equals_unclipped_and_truncate_reuses_cwds(case):
    res, cores, geoms, result, ref = case
    full = corridors.least_cost_corridors(res, cores, geoms, (DX, DY), width_cutoff=400.0, drop_via_core=False,
                                          clip=False)
    np.testing.assert_array_equal(np.isnan(full.mosaic), np.isnan(result.mosaic))
    np.testing.assert_allclose(np.nan_to_num(full.mosaic), np.nan_to_num(result.mosaic), atol=1e-6)
    # Re-cutting the unclipped CWDs at a smaller cutoff gives what a fresh run at that cutoff gives.
    small = corridors.truncate(full.cost_distances, full.links, res.shape, width_cutoff=150.0)
    fresh = corridors.least_cost_corridors(res, cores, geoms, (DX, DY), width_cutoff=150.0, drop_via_core=False)
    np.testing.assert_array_equal(np.isnan(small), np.isnan(fresh.mosaic))
    # Percentage mode keeps lcd * pct / 100 around each path.
    pct = corridors.truncate(full.cost_distances, full.links, res.shape, width_cutoff_percent=10.0)
    for link in full.links:
        assert link.cutoff == pytest.approx(link.lcd * 0.1)
    assert np.nanmax(pct) <= max(link.lcd for link in full.links) * 0.1 + 1e-9


def test_truncate_refuses_cutoff_beyond_clipped_cwds():
    res, cores, geoms = landscape(3)
    res[np.isnan(res)] = 10.0  # no barrier: every straight line between cores gives a finite bound
    result = corridors.least_cost_corridors(res, cores, geoms, (DX, DY), width_cutoff=50.0, drop_via_core=False)
    caps = [cc.cap for cc in result.cost_distances.values()]
    assert all(math.isfinite(c) for c in caps)
    with pytest.raises(CcsgError, match="run the corridors again"):
        corridors.truncate(result.cost_distances, result.links, res.shape, width_cutoff=max(caps) * 10)


def test_via_core_detected_and_dropped():
    # Three cores in a row inside a cheap channel walled off by impassable cells: 1 -> 3 must cross 2.
    res = np.full((9, 30), np.nan)
    res[3:6, :] = 1.0
    cores, geoms = {}, {}
    for cid, (c0, c1) in {1: (0, 3), 2: (13, 16), 3: (27, 30)}.items():
        m = np.zeros(res.shape, bool)
        m[3:6, c0:c1] = True
        cores[cid] = m
        geoms[cid] = cell_box(3, 6, c0, c1)
    kept = corridors.least_cost_corridors(res, cores, geoms, (DX, DY), drop_via_core=False)
    by_pair = {(lk.core_a, lk.core_b): lk for lk in kept.links}
    assert by_pair[(1, 3)].via_core == 2 and not by_pair[(1, 3)].dropped
    assert by_pair[(1, 2)].via_core is None and by_pair[(2, 3)].via_core is None
    dropped = corridors.least_cost_corridors(res, cores, geoms, (DX, DY), drop_via_core=True)
    by_pair = {(lk.core_a, lk.core_b): lk for lk in dropped.links}
    assert by_pair[(1, 3)].dropped and by_pair[(1, 3)].corridor_cells == 0
    assert [lk.linked for lk in dropped.links].count(True) == 2


@pytest.mark.parametrize("max_distance", [0.0, 150.0, 400.0, 1e9])
def test_pair_selection_by_edge_distance(max_distance):
    rng = np.random.default_rng(7)
    geoms = {}
    for i in range(8):
        x, y = rng.uniform(0, 1000, 2)
        geoms[i + 1] = box(x, y, x + rng.uniform(10, 120), y + rng.uniform(10, 120)).buffer(rng.uniform(0, 20))
    pairs = select_pairs(geoms, max_distance)
    expected = {
        (a, b) for a in geoms for b in geoms
        if a < b and (max_distance == 0 or geoms[a].distance(geoms[b]) <= max_distance)
    }
    assert {(a, b) for a, b, _ in pairs} == expected
    for a, b, d in pairs:
        assert d == pytest.approx(geoms[a].distance(geoms[b]))


def test_bad_cutoffs_and_distances_are_refused():
    res, cores, geoms = landscape(1)
    with pytest.raises(CcsgError, match="width cutoff"):
        corridors.least_cost_corridors(res, cores, geoms, (DX, DY), width_cutoff=-1)
    with pytest.raises(CcsgError, match="maximum Euclidean distance"):
        select_pairs(geoms, -5)


def test_cancel_stops_the_run():
    from ccsg_plugin.core.errors import Cancelled

    res, cores, geoms = landscape(1)
    with pytest.raises(Cancelled):
        corridors.least_cost_corridors(res, cores, geoms, (DX, DY), is_cancelled=lambda: True)


def test_clipping_windows_are_exact():
    # High minimum resistance and a small cutoff: each core's run stays in a window much smaller than the grid.
    rng = np.random.default_rng(4)
    shape = (60, 80)
    res = rng.uniform(10.0, 14.0, shape)
    rects = {1: (10, 14, 10, 14), 2: (10, 14, 20, 24), 3: (50, 55, 70, 76)}
    cores, geoms = {}, {}
    for cid, (r0, r1, c0, c1) in rects.items():
        m = np.zeros(shape, bool)
        m[r0:r1, c0:c1] = True
        cores[cid] = m
        geoms[cid] = cell_box(r0, r1, c0, c1)
    result = corridors.least_cost_corridors(res, cores, geoms, (DX, DY), max_euclidean_distance=400.0,
                                            width_cutoff=600.0)
    assert [(lk.core_a, lk.core_b) for lk in result.links] == [(1, 2)]
    assert 3 not in result.cost_distances  # a core without partners needs no cost-distance
    for cc in result.cost_distances.values():
        r0, r1, c0, c1 = cc.window
        assert (r1 - r0) * (c1 - c0) < res.size / 2
    ref1, ref2 = ref_cwd(res, cores[1]), ref_cwd(res, cores[2])
    lcd = ref1[cores[2]].min()
    assert result.links[0].lcd == pytest.approx(lcd, rel=1e-9)
    values = ref1 + ref2 - lcd
    expected = np.where(values <= 600.0, values, np.nan)
    np.testing.assert_array_equal(np.isnan(result.mosaic), np.isnan(expected))
    ok = ~np.isnan(expected)
    np.testing.assert_allclose(result.mosaic[ok], np.maximum(expected[ok], 0), atol=1e-6)
