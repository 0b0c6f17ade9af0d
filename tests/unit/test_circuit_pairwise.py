"""Pairwise mode, components and pinch points against the direct reference solve written in circuit_reference."""

from __future__ import annotations

import math
from collections import deque

import numpy as np
import pytest

from ccsg_plugin.core.engine import circuit_graph as cg
from ccsg_plugin.core.engine.circuit_pairwise import pairwise
from ccsg_plugin.core.engine.circuit_pinch import pinch_points
from ccsg_plugin.core.engine.corridors import CoreCostDistance, Link
from ccsg_plugin.core.engine.costdistance import cost_distance
from ccsg_plugin.core.errors import Cancelled, CcsgError
from tests.unit import circuit_reference as ref


def bfs_components(valid, neighbours):
    h, w = valid.shape
    lab = np.full((h, w), -1)
    steps = [(0, 1), (1, 0), (0, -1), (-1, 0)] + ([(1, 1), (1, -1), (-1, 1), (-1, -1)] if neighbours == 8 else [])
    k = 0
    for i in range(h):
        for j in range(w):
            if valid[i, j] and lab[i, j] < 0:
                lab[i, j] = k
                q = deque([(i, j)])
                while q:
                    a, b = q.popleft()
                    for di, dj in steps:
                        x, y = a + di, b + dj
                        if 0 <= x < h and 0 <= y < w and valid[x, y] and lab[x, y] < 0:
                            lab[x, y] = k
                            q.append((x, y))
                k += 1
    return lab


def same_partition(a, b):
    pairs = set(zip(a.ravel().tolist(), b.ravel().tolist()))
    return len(pairs) == len({p[0] for p in pairs}) == len({p[1] for p in pairs})


@pytest.mark.parametrize("neighbours", [4, 8])
def test_components_match_breadth_first_search(neighbours):
    rng = np.random.default_rng(neighbours)
    valid = rng.random((60, 70)) < 0.55
    # a long snake too, the worst case for label propagation
    snake = np.zeros((41, 41), bool)
    snake[::4, :] = True
    snake[1::4, -1] = snake[2::4, -1] = True
    snake[3::4, 0] = True
    for v in (valid, snake):
        got = cg.components(v, neighbours)
        want = bfs_components(v, neighbours)
        assert np.array_equal(got < 0, want < 0)
        assert same_partition(got, want)


def test_regions_join_components():
    valid = np.ones((3, 7), bool)
    valid[:, 3] = False
    regions = np.zeros((3, 7), int)
    regions[1, 2] = regions[1, 4] = 5  # one short-circuit region on both sides of the gap
    lab = cg.components(valid, 8, regions)
    assert len(np.unique(lab[valid])) == 1
    assert len(np.unique(cg.components(valid, 8)[valid])) == 2


def focal_grid(shape, spots):
    f = np.zeros(shape, np.int64)
    for k, where in spots.items():
        f[where] = k
    return f


def test_pairwise_resistances_and_cumulative_current_match_reference():
    rng = np.random.default_rng(21)
    values = rng.uniform(1.0, 40.0, (22, 28))
    values[rng.random(values.shape) < 0.08] = np.nan
    spots = {1: (slice(1, 4), slice(1, 4)), 2: (18, 25), 3: (slice(10, 12), slice(14, 16))}
    focal = focal_grid(values.shape, spots)
    values[focal > 0] = 2.0
    ids = {1: "north", 2: "south", 3: "mid"}
    res = pairwise(values, focal, ids, neighbours=8)
    total = np.zeros(values.shape)
    masks = {k: focal == k for k in spots}
    for a, b in [(1, 2), (1, 3), (2, 3)]:
        others = [masks[k] for k in spots if k not in (a, b)]  # other focal nodes stay merged nodes
        R, _V, C = ref.solve(values, masks[a], masks[b], 8, groups=others)
        assert res.resistances[(ids[a], ids[b])] == pytest.approx(R, rel=1e-7)
        total += np.nan_to_num(C)
    ok = np.isfinite(values)
    assert np.allclose(res.current[ok], total[ok], atol=1e-6)
    assert np.isnan(res.current[~ok]).all()


def test_disconnected_components_give_null_resistance_and_no_current_there():
    values = np.ones((10, 13))
    values[:, 6] = np.nan  # a wall: two components
    focal = focal_grid(values.shape, {1: (2, 1), 2: (7, 4), 3: (5, 10)})
    res = pairwise(values, focal, {1: 1, 2: 2, 3: 3}, neighbours=8)
    assert res.resistances[(1, 3)] is None and res.resistances[(2, 3)] is None
    R, _V, C = ref.solve(values, focal == 1, focal == 2, 8, groups=[focal == 3])
    assert res.resistances[(1, 2)] == pytest.approx(R, rel=1e-7)
    # the east component carries no current (node 3 never pairs with anything connected)
    assert np.all(res.current[:, 7:] == 0.0)


def test_short_circuit_region_overlapping_a_focal_node_joins_it():
    rng = np.random.default_rng(4)
    values = rng.uniform(1.0, 10.0, (12, 16))
    focal = focal_grid(values.shape, {1: (6, 1), 2: (6, 14)})
    short = np.zeros(values.shape, np.int64)
    short[3:9, 1:5] = 1  # holds focal node 1
    short[2:4, 9:12] = 2  # floating
    res = pairwise(values, focal, {1: "a", 2: "b"}, short=short)
    R, _V, _C = ref.solve(values, (focal == 1) | (short == 1), focal == 2, 8, groups=[short == 2])
    assert res.resistances[("a", "b")] == pytest.approx(R, rel=1e-7)


def test_focal_node_on_nodata_is_refused_with_its_id():
    values = np.ones((5, 5))
    values[0, 0] = np.nan
    focal = focal_grid(values.shape, {1: (0, 0), 2: (4, 4), 3: (2, 2)})
    with pytest.raises(CcsgError, match=r"Focal node\(s\) A lie only on NoData cells of land"):
        pairwise(values, focal, {1: "A", 2: "B", 3: "C"}, layer="land")


def test_one_focal_node_is_refused():
    values = np.ones((5, 5))
    focal = focal_grid(values.shape, {1: (slice(0, 2), 0)})
    with pytest.raises(CcsgError, match="at least two focal nodes"):
        pairwise(values, focal, {1: "A"})


def test_pairwise_cancel():
    values = np.ones((30, 30))
    focal = focal_grid(values.shape, {1: (0, 0), 2: (29, 29), 3: (0, 29)})
    with pytest.raises(Cancelled):
        pairwise(values, focal, {1: 1, 2: 2, 3: 3}, is_cancelled=lambda: True)


def _run_with_cores(values, core_a, core_b):
    """CoreCostDistance for two cores over the whole grid (cell size 1) and their link."""
    cost_distances = {}
    for cid, m in (("a", core_a), ("b", core_b)):
        window = (0, values.shape[0], 0, values.shape[1])
        cost_distances[cid] = CoreCostDistance(cid, window, cost_distance(values, m, (1.0, 1.0), 8))
    lcd = float(cost_distances["a"].cost_distance[core_b].min())
    return cost_distances, [Link("a", "b", 1.0, lcd=lcd)]


@pytest.mark.parametrize("square", [False, True])
def test_pinch_points_match_reference_on_the_corridor(square):
    rng = np.random.default_rng(8)
    values = rng.uniform(1.0, 20.0, (24, 30))
    core_a = np.zeros(values.shape, bool)
    core_a[8:14, 0:3] = True
    core_b = np.zeros(values.shape, bool)
    core_b[10:15, 27:30] = True
    cost_distances, links = _run_with_cores(values, core_a, core_b)
    cutoff = 40.0
    norm = cost_distances["a"].cost_distance + cost_distances["b"].cost_distance - links[0].lcd
    domain = (norm <= cutoff) | core_a | core_b
    res = pinch_points(values, cost_distances, links, cutoff, square=square, cell_size=30.0)
    r = np.where(domain, values ** 2 if square else values, np.nan)
    R, _V, C = ref.solve(r, core_a, core_b, 8, average_conductance=False)
    assert res.eff_resistance[("a", "b")] == pytest.approx(R * 30.0, rel=1e-7)
    inside = np.isfinite(C) & ~core_a & ~core_b
    assert np.allclose(res.pinch[inside], C[inside], atol=1e-6)
    assert np.isnan(res.pinch[core_a | core_b]).all()
    assert np.isnan(res.pinch[~domain]).all()
    # a wider cutoff lets current spread: the effective resistance drops
    wider = pinch_points(values, cost_distances, links, 4 * cutoff, square=square, cell_size=30.0)
    assert wider.eff_resistance[("a", "b")] < res.eff_resistance[("a", "b")]


def test_all_pairs_is_pairwise_current_on_the_corridor_union():
    rng = np.random.default_rng(9)
    values = rng.uniform(1.0, 20.0, (20, 24))
    core_a = np.zeros(values.shape, bool)
    core_a[2:5, 1:4] = True
    core_b = np.zeros(values.shape, bool)
    core_b[15:18, 19:22] = True
    cost_distances, links = _run_with_cores(values, core_a, core_b)
    res = pinch_points(values, cost_distances, links, 0.0, all_pairs=True)
    # one pair, whole grid (no cutoff): all-pairs current equals that pair's current outside the cores
    both = np.isfinite(res.pinch)
    assert np.allclose(res.all_pairs[both], res.pinch[both], atol=1e-9)
    assert not math.isnan(res.eff_resistance[("a", "b")])
