"""trace_path / least_cost_cell / step_cost: paths that add up to the accumulated cost and end on a source."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccsg_plugin.core.engine.costdistance import cost_distance, impassable_mask
from ccsg_plugin.core.engine.lcpath import least_cost_cell, step_cost, trace_path
from ccsg_plugin.core.errors import CcsgError


def check_path(path, cwd, res, start, cell_size, neighbours):
    assert path[0] == tuple(start)
    assert cwd[path[-1]] == 0.0
    allowed = {(1, 0), (0, 1), (1, 1)} | ({(1, 2), (2, 1)} if neighbours == 16 else set())
    total = 0.0
    for a, b in zip(path, path[1:]):
        assert (abs(a[0] - b[0]), abs(a[1] - b[1])) in allowed, (a, b)
        assert not impassable_mask(res)[b]
        total += step_cost(res, a, b, cell_size)
    assert total == pytest.approx(cwd[start], rel=1e-9, abs=1e-12)
    assert len(set(path)) == len(path)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 2**32 - 1), st.integers(2, 14), st.integers(2, 14), st.sampled_from([8, 16]),
       st.sampled_from([(1.0, 1.0), (400.0, 250.0), (2.0, 3.0)]))
def test_path_sums_to_cwd_and_ends_on_a_source(seed, h, w, neighbours, cell_size):
    rng = np.random.default_rng(seed)
    res = rng.uniform(0.5, 60.0, (h, w))
    res[rng.random((h, w)) < 0.2] = np.nan
    src = (rng.random((h, w)) < 0.08) & ~impassable_mask(res)
    if not src.any():
        res[0, 0], src[0, 0] = 1.0, True
    cwd = cost_distance(res, src, cell_size, neighbours)
    for start in zip(*np.nonzero(np.isfinite(cwd))):
        start = (int(start[0]), int(start[1]))
        check_path(trace_path(cwd, res, start, cell_size, neighbours), cwd, res, start, cell_size, neighbours)


def test_straight_corridor_path_is_the_row():
    res = np.full((5, 9), 10.0)
    res[2, :] = 1.0
    src = np.zeros(res.shape, bool)
    src[2, 0] = True
    cwd = cost_distance(res, src)
    path = trace_path(cwd, res, (2, 8))
    assert path == [(2, c) for c in range(8, -1, -1)]
    assert cwd[2, 8] == pytest.approx(8.0)


def test_path_goes_around_a_wall_through_the_gap():
    res = np.ones((7, 7))
    res[:, 3] = np.nan
    res[6, 3] = 1.0  # the only gap
    src = np.zeros(res.shape, bool)
    src[0, 0] = True
    cwd = cost_distance(res, src, neighbours=16)
    path = trace_path(cwd, res, (0, 6), neighbours=16)
    assert (6, 3) in path
    check_path(path, cwd, res, (0, 6), (1.0, 1.0), 16)


def test_least_cost_cell_is_the_minimum_over_the_target():
    res = np.random.default_rng(1).uniform(1, 10, (20, 20))
    src = np.zeros(res.shape, bool)
    src[0, 0] = True
    cwd = cost_distance(res, src)
    target = np.zeros(res.shape, bool)
    target[15:18, 12:19] = True
    lcd, cell = least_cost_cell(cwd, target)
    assert lcd == cwd[target].min()
    assert target[cell] and cwd[cell] == lcd


def test_least_cost_cell_unreachable_or_empty_target():
    cwd = np.full((4, 4), np.inf)
    cwd[0, 0] = 0.0
    target = np.zeros((4, 4), bool)
    assert least_cost_cell(cwd, target) == (math.inf, None)
    target[3, 3] = True
    assert least_cost_cell(cwd, target) == (math.inf, None)
    with pytest.raises(CcsgError, match="shape"):
        least_cost_cell(cwd, np.zeros((3, 3), bool))


def test_step_cost_contract():
    res = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    dx, dy = 2.0, 3.0
    assert step_cost(res, (0, 0), (0, 1), (dx, dy)) == pytest.approx(1.5 * dx)
    assert step_cost(res, (0, 0), (1, 0), (dx, dy)) == pytest.approx(2.5 * dy)
    assert step_cost(res, (0, 0), (1, 1), (dx, dy)) == pytest.approx(3.0 * math.hypot(dx, dy))
    # knight (0,0) -> (1,2) passes between (0,1) and (1,1)
    assert step_cost(res, (0, 0), (1, 2), (dx, dy)) == pytest.approx((1 + 6 + 2 + 5) / 4 * math.hypot(2 * dx, dy))
    assert step_cost(res, (1, 2), (0, 0), (dx, dy)) == step_cost(res, (0, 0), (1, 2), (dx, dy))
    res[0, 1] = np.nan
    assert step_cost(res, (0, 0), (1, 2), (dx, dy)) == math.inf
    assert step_cost(res, (0, 0), (0, 1), (dx, dy)) == math.inf
    with pytest.raises(ValueError):
        step_cost(res, (0, 0), (0, 2), (dx, dy))


def test_trace_from_unreachable_cell_is_a_clear_error():
    res = np.ones((3, 3))
    res[:, 1] = np.nan
    src = np.zeros(res.shape, bool)
    src[0, 0] = True
    cwd = cost_distance(res, src)
    with pytest.raises(CcsgError, match="cannot be reached"):
        trace_path(cwd, res, (0, 2))


def test_trace_with_a_grid_from_another_resistance_is_a_clear_error():
    res = np.ones((4, 4))
    src = np.zeros(res.shape, bool)
    src[0, 0] = True
    cwd = cost_distance(res, src)
    with pytest.raises(CcsgError, match="not consistent"):
        trace_path(cwd, res * 3.0, (3, 3))
