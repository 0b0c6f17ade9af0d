"""cost_distance with the climate term (Climate Linkage Mapper) against a Dijkstra on an explicit graph written here.

Edge cost: mean resistance x step length + climate_cost x |climate difference of the end cells|; a knight's move
needs both cells it passes between passable and costs the mean of four resistances x length + the climate term of
its end cells. Cells without a climate value are impassable.
"""

from __future__ import annotations

import heapq
import math
from unittest import mock

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ccsg_plugin.core.engine import costdistance as cdmod
from ccsg_plugin.core.engine.costdistance import cost_distance
from ccsg_plugin.core.engine.lcpath import step_cost, trace_path
from ccsg_plugin.core.errors import CcsgError

KING = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]
KNIGHT = [(-2, -1), (-2, 1), (-1, -2), (-1, 2), (1, -2), (1, 2), (2, -1), (2, 1)]


def graph(res, clim, k, dx, dy, neighbours):
    """Explicit edge list {u: [(v, cost)]} over passable cells (resistance > 0 and finite, climate finite)."""
    h, w = res.shape

    def ok(i, j):
        return math.isfinite(res[i, j]) and res[i, j] > 0 and math.isfinite(clim[i, j])

    edges = {}
    moves = KING + (KNIGHT if neighbours == 16 else [])
    for i in range(h):
        for j in range(w):
            if not ok(i, j):
                continue
            out = edges.setdefault((i, j), [])
            for di, dj in moves:
                a, b = i + di, j + dj
                if not (0 <= a < h and 0 <= b < w) or not ok(a, b):
                    continue
                length = math.hypot(dj * dx, di * dy)
                if abs(di) == 2:
                    mids = [(i + di // 2, j), (i + di // 2, b)]
                elif abs(dj) == 2:
                    mids = [(i, j + dj // 2), (a, j + dj // 2)]
                else:
                    mids = []
                if any(not ok(*m) for m in mids):
                    continue
                cells = [(i, j), (a, b), *mids]
                mean = sum(res[c] for c in cells) / len(cells)
                out.append(((a, b), mean * length + k * abs(clim[i, j] - clim[a, b])))
    return edges


def dijkstra(res, src, clim, k, dx=1.0, dy=1.0, neighbours=8, max_cost=0.0):
    edges = graph(res, clim, k, dx, dy, neighbours)
    dist = np.full(res.shape, np.inf)
    heap = []
    for cell in edges:
        if src[cell]:
            dist[cell] = 0.0
            heap.append((0.0, cell))
    heapq.heapify(heap)
    while heap:
        c, u = heapq.heappop(heap)
        if c > dist[u]:
            continue
        for v, cost in edges[u]:
            nc = c + cost
            if max_cost > 0 and nc > max_cost:
                continue
            if nc < dist[v]:
                dist[v] = nc
                heapq.heappush(heap, (nc, v))
    return dist


def assert_close(got, want, rel=1e-9):
    np.testing.assert_array_equal(np.isinf(got), np.isinf(want))
    fin = np.isfinite(want)
    if fin.any():
        err = np.abs(got[fin] - want[fin]) / np.maximum(np.abs(want[fin]), 1e-300)
        assert err.max() <= rel, f"max relative difference {err.max():.3g}"


@st.composite
def climate_landscapes(draw):
    h = draw(st.integers(1, 10))
    w = draw(st.integers(1, 10))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    res = rng.uniform(0.5, 20.0, (h, w))
    res[rng.random((h, w)) < draw(st.sampled_from([0.0, 0.15]))] = np.nan  # resistance NoData
    clim = rng.uniform(-5.0, 30.0, (h, w)) * draw(st.sampled_from([0.1, 1.0, 10.0]))
    clim[rng.random((h, w)) < draw(st.sampled_from([0.0, 0.1]))] = np.nan  # climate NoData
    src = np.zeros((h, w), bool)
    src[rng.integers(0, h), rng.integers(0, w)] = True
    if draw(st.booleans()):
        src[rng.integers(0, h), rng.integers(0, w)] = True
    passable = np.isfinite(res) & np.isfinite(clim)
    if not (src & passable).any():
        cells = np.argwhere(passable)
        if len(cells) == 0:
            res[0, 0], clim[0, 0] = 1.0, 0.0
            cells = np.array([[0, 0]])
        src[tuple(cells[0])] = True
    dx = draw(st.sampled_from([1.0, 30.0]))
    dy = draw(st.sampled_from([1.0, 30.0, 45.0]))
    k = draw(st.sampled_from([0.0, 0.5, 3.0, 250.0]))
    return res, src, clim, k, dx, dy


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(climate_landscapes(), st.sampled_from([8, 16]))
def test_climate_term_matches_dijkstra_on_an_explicit_graph(land, neighbours):
    res, src, clim, k, dx, dy = land
    got = cost_distance(res, src, (dx, dy), neighbours, climate=clim, climate_cost=k)
    assert_close(got, dijkstra(res, src, clim, k, dx, dy, neighbours))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(climate_landscapes(), st.sampled_from([8, 16]), st.floats(0.2, 2.0))
def test_climate_term_with_a_max_cost_stop(land, neighbours, frac):
    res, src, clim, k, dx, dy = land
    full = dijkstra(res, src, clim, k, dx, dy, neighbours)
    fin = full[np.isfinite(full)]
    max_cost = float(fin.max()) * frac if fin.max() > 0 else 1.0
    got = cost_distance(res, src, (dx, dy), neighbours, max_cost=max_cost, climate=clim, climate_cost=k)
    assert_close(got, dijkstra(res, src, clim, k, dx, dy, neighbours, max_cost))


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(climate_landscapes(), st.sampled_from([8, 16]), st.sampled_from([1, 3, 1 << 20]))
def test_climate_term_with_column_sweeps_and_short_prefix_blocks(land, neighbours, block):
    """Force a row/column switch after every sweep pair (the climate grid is transposed too) and tiny blocks."""
    res, src, clim, k, dx, dy = land
    with mock.patch.multiple(cdmod, _SWITCH_PAIRS=1, _SWITCH_GROWTH=1, _HANDOVER_SWEEPS=10**9,
                             _block_size=lambda contrast: block), mock.patch.multiple(cdmod.frontier, ROUGH=math.inf):
        got = cost_distance(res, src, (dx, dy), neighbours, climate=clim, climate_cost=k)
    assert_close(got, dijkstra(res, src, clim, k, dx, dy, neighbours))


def test_larger_grid_with_holes_both_neighbourhoods():
    rng = np.random.default_rng(5)
    res = rng.uniform(1, 50, (40, 55))
    res[10:30, 20] = np.nan
    clim = np.add.outer(np.linspace(0, 20, 40), rng.normal(0, 1, 55))
    clim[5:8, 5:9] = np.nan
    src = np.zeros(res.shape, bool)
    src[20, 0] = True
    for nb in (8, 16):
        got = cost_distance(res, src, (30.0, 30.0), nb, climate=clim, climate_cost=40.0)
        assert_close(got, dijkstra(res, src, clim, 40.0, 30.0, 30.0, nb))
        assert np.isinf(got[5:8, 5:9]).all()


def test_without_climate_the_result_is_bit_for_bit_the_plain_engine():
    rng = np.random.default_rng(3)
    res = rng.uniform(1, 50, (30, 30))
    src = np.zeros(res.shape, bool)
    src[3, 4] = True
    plain = cost_distance(res, src, (30.0, 30.0), 16)
    # a climate grid with a zero cost changes nothing where every cell has a value
    same = cost_distance(res, src, (30.0, 30.0), 16, climate=rng.normal(size=res.shape), climate_cost=0.0)
    np.testing.assert_array_equal(plain, same)


def test_climate_cost_raises_every_step_by_exactly_its_term():
    # One row, uniform resistance: cost to column j = j x r x dx + k x |c_j - c_0| when the climate rises monotonically.
    res = np.full((1, 6), 2.0)
    clim = np.array([[0.0, 1.0, 3.0, 3.5, 7.0, 7.25]])
    src = np.zeros((1, 6), bool)
    src[0, 0] = True
    got = cost_distance(res, src, (10.0, 10.0), climate=clim, climate_cost=4.0)
    want = np.arange(6) * 2.0 * 10.0 + 4.0 * (clim[0] - clim[0, 0])
    np.testing.assert_allclose(got[0], want, rtol=1e-12)
    # symmetric: the same from the other end, downhill
    src2 = np.zeros((1, 6), bool)
    src2[0, 5] = True
    back = cost_distance(res, src2, (10.0, 10.0), climate=clim, climate_cost=4.0)
    assert back[0, 0] == pytest.approx(got[0, 5], rel=1e-12)


def test_knight_move_climate_term_uses_its_end_cells_only():
    res = np.ones((2, 3))
    clim = np.array([[0.0, 100.0, 0.0], [100.0, 100.0, 5.0]])
    src = np.zeros((2, 3), bool)
    src[0, 0] = True
    got = cost_distance(res, src, (1.0, 1.0), 16, climate=clim, climate_cost=1.0)
    # knight (0,0)->(1,2): length sqrt(5), mean resistance 1, climate |0 - 5| = 5; the middle cells' 100 is not used
    assert got[1, 2] == pytest.approx(math.sqrt(5) + 5.0, rel=1e-12)
    assert step_cost(res, (0, 0), (1, 2), (1.0, 1.0), clim, 1.0) == pytest.approx(math.sqrt(5) + 5.0, rel=1e-12)


def test_traced_path_is_consistent_with_the_climate_costs():
    rng = np.random.default_rng(11)
    res = rng.uniform(1, 10, (25, 25))
    clim = rng.uniform(0, 30, (25, 25))
    src = np.zeros(res.shape, bool)
    src[0, 0] = True
    for nb in (8, 16):
        d = cost_distance(res, src, (1.0, 1.0), nb, climate=clim, climate_cost=2.0)
        path = trace_path(d, res, (24, 24), (1.0, 1.0), nb, clim, 2.0)
        total = sum(step_cost(res, b, a, (1.0, 1.0), clim, 2.0) for a, b in zip(path, path[1:]))
        assert total == pytest.approx(d[24, 24], rel=1e-9)
        assert path[-1] == (0, 0)


@pytest.mark.parametrize("kwargs, match", [
    ({"climate_cost": -1.0}, "climate cost must be 0 or positive"),
    ({"climate_cost": float("nan")}, "climate cost must be 0 or positive"),
    ({"climate": np.zeros((3, 4)), "climate_cost": 1.0}, "climate grid has shape"),
    ({"climate": None, "climate_cost": 1.0}, "needs a climate grid"),
])
def test_bad_climate_inputs_are_clear_errors(kwargs, match):
    kwargs = {"climate": np.zeros((4, 4)), **kwargs}
    src = np.zeros((4, 4), bool)
    src[0, 0] = True
    with pytest.raises(CcsgError, match=match):
        cost_distance(np.ones((4, 4)), src, **kwargs)


def test_source_without_climate_value_is_not_a_source():
    clim = np.zeros((3, 3))
    clim[0, 0] = np.nan
    src = np.zeros((3, 3), bool)
    src[0, 0] = True
    with pytest.raises(CcsgError, match="No source cell"):
        cost_distance(np.ones((3, 3)), src, climate=clim)
