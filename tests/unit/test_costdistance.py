"""cost_distance against the shared brute-force Dijkstra (tests/unit/dijkstra_ref.py) and against scikit-image.

Rough grids go to the bucketed pass (frontier.py); the tests of the sweeps' own mechanics (prefix-sum blocks,
column sweeps) force the sweeps with frontier.ROUGH = inf so they keep testing what they name."""

from __future__ import annotations

import math
from unittest import mock

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ccsg_plugin.core.engine.costdistance import cost_distance, impassable_mask
from ccsg_plugin.core.errors import Cancelled, CcsgError
from tests.unit.dijkstra_ref import assert_close, reference

SWEEPS_ONLY = {"ROUGH": math.inf}  # patch frontier with this: every grid is swept (no bucketed pass)


@st.composite
def landscapes(draw):
    h = draw(st.integers(1, 11))
    w = draw(st.integers(1, 11))
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    res = rng.uniform(0.1, 100.0, (h, w)) if draw(st.booleans()) else rng.integers(1, 6, (h, w)).astype(float)
    hole_p = draw(st.sampled_from([0.0, 0.1, 0.3]))
    res[rng.random((h, w)) < hole_p] = draw(st.sampled_from([np.nan, 0.0, -1.0, np.inf, -np.inf]))
    if draw(st.booleans()) and w > 2:  # a wall with a gap
        col = int(rng.integers(1, w - 1))
        res[:, col] = np.nan
        res[int(rng.integers(0, h)), col] = 1.0
    src = rng.random((h, w)) < draw(st.sampled_from([0.02, 0.1]))
    src[int(rng.integers(0, h)), int(rng.integers(0, w))] = True
    src &= ~impassable_mask(res)
    if not src.any():
        res[0, 0], src[0, 0] = 1.0, True
    dx = draw(st.sampled_from([1.0, 2.5, 400.0]))
    dy = dx * draw(st.sampled_from([1.0, 0.5, 1.7]))
    return res, src, dx, dy


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(landscapes(), st.sampled_from([8, 16]))
def test_matches_brute_force_dijkstra(land, neighbours):
    res, src, dx, dy = land
    assert_close(cost_distance(res, src, (dx, dy), neighbours), reference(res, src, dx, dy, neighbours))


@settings(max_examples=40, deadline=None)
@given(landscapes(), st.sampled_from([8, 16]), st.floats(0.5, 3.0))
def test_max_cost_matches_brute_force(land, neighbours, frac):
    res, src, dx, dy = land
    full = reference(res, src, dx, dy, neighbours)
    finite = full[np.isfinite(full)]
    limit = max(float(finite.max()) * frac / 3.0, 1e-6)
    got = cost_distance(res, src, (dx, dy), neighbours, max_cost=limit)
    want = reference(res, src, dx, dy, neighbours, max_cost=limit)
    # A cell whose cost is the limit to within rounding may fall either side of it (summation order differs).
    on_limit = np.isfinite(full) & (np.abs(full - limit) <= 1e-12 * limit)
    assert_close(np.where(on_limit, 0.0, got), np.where(on_limit, 0.0, want))
    assert np.all(got[np.isfinite(got)] <= limit)
    assert np.all(np.isfinite(got[on_limit]) | np.isinf(want[on_limit]))


def _maze(h, w, seed):
    """Serpentine walls with gaps at alternating ends plus a rough resistance: long, winding paths."""
    rng = np.random.default_rng(seed)
    res = rng.uniform(1.0, 50.0, (h, w))
    for k, col in enumerate(range(2, w - 1, 3)):
        res[:, col] = np.nan
        res[0 if k % 2 else h - 1, col] = 2.0
    return res


@settings(max_examples=120, deadline=None)
@given(landscapes(), st.sampled_from([8, 16]), st.sampled_from([1, 3, 1 << 20]), st.floats(0.0, 2.0))
def test_switching_to_column_sweeps_matches_brute_force(land, neighbours, block, frac):
    """Long runs alternate row and column sweeps; force a switch after every sweep pair."""
    import ccsg_plugin.core.engine.costdistance as cd

    res, src, dx, dy = land
    want = reference(res, src, dx, dy, neighbours)
    finite = want[np.isfinite(want)]
    limit = float(finite.max()) * frac if frac > 0.2 else 0.0
    if limit > 0:
        want = reference(res, src, dx, dy, neighbours, max_cost=limit)
    with mock.patch.multiple(cd, _SWITCH_PAIRS=1, _SWITCH_GROWTH=1, _HANDOVER_SWEEPS=10**9,
                             _block_size=lambda contrast: block), mock.patch.multiple(cd.frontier, **SWEEPS_ONLY):
        got = cd.cost_distance(res, src, (dx, dy), neighbours, max_cost=limit)
    assert_close(got, want)


@pytest.mark.parametrize("neighbours", [8, 16])
def test_winding_maze_and_several_sources(neighbours):
    res = _maze(30, 40, 3)
    src = np.zeros(res.shape, bool)
    src[5, 0] = src[20, 39] = src[29, 20] = True
    src &= ~impassable_mask(res)
    assert_close(cost_distance(res, src, (30.0, 20.0), neighbours), reference(res, src, 30.0, 20.0, neighbours))


def test_rows_with_nodata_at_both_ends_like_the_demo_raster():
    rng = np.random.default_rng(7)
    res = rng.uniform(1.0, 100.0, (40, 50))
    for i in range(40):  # ragged NoData margins and an interior lake
        res[i, : int(rng.integers(0, 12))] = np.nan
        res[i, 50 - int(rng.integers(0, 12)):] = -3.4028e38
    res[15:25, 20:30] = np.nan
    src = np.zeros(res.shape, bool)
    src[20, 12:16] = True
    src &= ~impassable_mask(res)
    for n in (8, 16):
        assert_close(cost_distance(res, src, (400.0, 400.0), n), reference(res, src, 400.0, 400.0, n))


@pytest.mark.parametrize(("shape", "contrast"), [((3, 20000), 1e5), ((2, 4000), 1e7)])
def test_wide_row_with_high_contrast_stays_exact(shape, contrast):
    """Prefix sums over a long row must not cost precision near a source in the middle of it (one prefix sum over
    the whole row was off by 2e-8 and 3e-7 here)."""
    rng = np.random.default_rng(11)
    res = rng.choice([1.0, contrast], shape)
    src = np.zeros(res.shape, bool)
    src[shape[0] // 2, shape[1] // 2] = True
    import ccsg_plugin.core.engine.costdistance as cd

    with mock.patch.multiple(cd.frontier, **SWEEPS_ONLY):
        assert_close(cost_distance(res, src), reference(res, src))


@settings(max_examples=80, deadline=None)
@given(landscapes(), st.sampled_from([8, 16]), st.integers(1, 5))
def test_short_prefix_blocks_match_brute_force(land, neighbours, block):
    """Force the prefix-sum blocks (normally thousands of columns) down to a few cells to exercise the carries."""
    import ccsg_plugin.core.engine.costdistance as cd

    res, src, dx, dy = land
    with mock.patch.object(cd, "_block_size", lambda contrast: block), mock.patch.multiple(cd.frontier, **SWEEPS_ONLY):
        got = cd.cost_distance(res, src, (dx, dy), neighbours)
    assert_close(got, reference(res, src, dx, dy, neighbours))


def test_against_scikit_image_mcp_geometric():
    graph = pytest.importorskip("skimage.graph", reason="scikit-image is only a test reference (python3-skimage)")
    rng = np.random.default_rng(5)
    res = rng.uniform(1.0, 105.0, (60, 80))
    res[rng.random(res.shape) < 0.15] = np.nan
    src = np.zeros(res.shape, bool)
    src[[3, 30, 57], [0, 40, 79]] = True
    src &= ~impassable_mask(res)
    dx, dy = 30.0, 45.0
    mcp = graph.MCP_Geometric(np.where(impassable_mask(res), np.inf, res), sampling=(dy, dx))
    want, _ = mcp.find_costs([tuple(c) for c in np.argwhere(src)])
    assert_close(cost_distance(res, src, (dx, dy), 8), want)


def test_sources_are_zero_and_impassable_cells_inf():
    res = np.array([[1.0, np.nan, 2.0], [0.0, 3.0, -5.0], [np.inf, 1.0, 1.0]])
    src = np.zeros(res.shape, bool)
    src[0, 0] = src[0, 1] = True  # the second source lies on NoData and is ignored
    d = cost_distance(res, src)
    assert d[0, 0] == 0.0
    assert np.isinf(d[impassable_mask(res)]).all()
    assert np.isfinite(d[~impassable_mask(res)]).all()


def test_impassable_mask():
    res = np.array([np.nan, np.inf, -np.inf, 0.0, -1.0, 1e-12, 5.0, -3.4028e38])
    np.testing.assert_array_equal(impassable_mask(res), [True, True, True, True, True, False, False, True])


def test_unreachable_cells_are_inf():
    res = np.ones((5, 5))
    res[:, 2] = np.nan
    src = np.zeros(res.shape, bool)
    src[2, 0] = True
    d = cost_distance(res, src, neighbours=16)
    assert np.isinf(d[:, 2:]).all() and np.isfinite(d[:, :2]).all()


def test_knight_move_needs_both_cells_it_passes_between():
    res = np.ones((2, 3))
    res[0, 1] = np.nan  # (0,0) -> (1,2) passes between (0,1) and (1,1)
    src = np.zeros(res.shape, bool)
    src[0, 0] = True
    d = cost_distance(res, src, neighbours=16)
    assert d[1, 2] == pytest.approx(math.sqrt(2) + 1.0)  # diagonal then straight, not the knight's sqrt(5)
    res[0, 1] = 1.0
    assert cost_distance(res, src, neighbours=16)[1, 2] == pytest.approx(math.sqrt(5))


def test_no_passable_source_is_a_clear_error():
    res = np.ones((4, 4))
    res[0, 0] = np.nan
    src = np.zeros(res.shape, bool)
    src[0, 0] = True
    with pytest.raises(CcsgError, match="source"):
        cost_distance(res, src)
    with pytest.raises(CcsgError, match="source"):
        cost_distance(res, np.zeros(res.shape, bool))


@pytest.mark.parametrize(
    ("kwargs", "match"),
    [
        ({"neighbours": 4}, "Neighbours"),
        ({"cell_size": (0.0, 1.0)}, "cell size"),
        ({"cell_size": (1.0, -2.0)}, "cell size"),
        ({"max_cost": -1.0}, "maximum cost"),
    ],
)
def test_bad_parameters_are_clear_errors(kwargs, match):
    src = np.zeros((3, 3), bool)
    src[1, 1] = True
    with pytest.raises(CcsgError, match=match):
        cost_distance(np.ones((3, 3)), src, **kwargs)


def test_shape_mismatch_and_bad_dimensions():
    with pytest.raises(CcsgError, match="shape"):
        cost_distance(np.ones((3, 3)), np.ones((3, 4), bool))
    with pytest.raises(CcsgError, match="2-D"):
        cost_distance(np.ones(3), np.ones(3, bool))


def test_cancel_raises_cancelled():
    res = np.ones((50, 50))
    src = np.zeros(res.shape, bool)
    src[0, 0] = True
    with pytest.raises(Cancelled):
        cost_distance(res, src, is_cancelled=lambda: True)


def test_cancel_during_the_sweeps(monkeypatch):
    """A cancel that arrives after the start is honoured at the next check inside the sweeps."""
    import ccsg_plugin.core.engine.costdistance as cd

    clock = iter(range(10**6))
    monkeypatch.setattr(cd.time, "monotonic", lambda: float(next(clock)))  # every check looks a second later
    calls = []

    def cancelled():
        calls.append(1)
        return len(calls) > 1

    res = np.random.default_rng(1).uniform(1, 10, (300, 300))
    src = np.zeros(res.shape, bool)
    src[150, 0] = True
    with pytest.raises(Cancelled):
        cd.cost_distance(res, src, is_cancelled=cancelled)
    assert len(calls) == 2


def test_progress_is_reported_and_ends_at_one(monkeypatch):
    import ccsg_plugin.core.engine.costdistance as cd

    clock = iter(range(10**6))
    monkeypatch.setattr(cd.time, "monotonic", lambda: float(next(clock)))
    seen = []
    res = np.random.default_rng(2).uniform(1, 10, (300, 300))
    src = np.zeros(res.shape, bool)
    src[0, 150] = True
    cd.cost_distance(res, src, progress=seen.append)
    assert len(seen) >= 3
    assert seen[-1] == 1.0
    assert all(0.0 <= f <= 1.0 for f in seen)
    assert seen == sorted(seen)


def test_inputs_are_not_modified():
    res = np.random.default_rng(3).uniform(1, 10, (20, 20))
    res[3, 3] = np.nan
    src = np.zeros(res.shape, bool)
    src[0, 0] = True
    before_res, before_src = res.copy(), src.copy()
    cost_distance(res, src, neighbours=16)
    np.testing.assert_array_equal(res, before_res)
    np.testing.assert_array_equal(src, before_src)


def test_float32_and_integer_resistance_are_accepted():
    res = np.random.default_rng(4).integers(1, 9, (15, 15))
    src = np.zeros(res.shape, bool)
    src[7, 7] = True
    want = reference(res.astype(float), src)
    assert_close(cost_distance(res, src), want)
    assert_close(cost_distance(res.astype(np.float32), src), want)


def test_column_sweeps_on_a_grid_larger_than_one_transpose_tile():
    """Switches transpose in 256-cell tiles; a 270 x 300 noisy grid with holes crosses tile edges both ways."""
    import ccsg_plugin.core.engine.costdistance as cd

    rng = np.random.default_rng(9)
    res = rng.uniform(1.0, 105.0, (270, 300))
    res[rng.random(res.shape) < 0.05] = np.nan
    src = np.zeros(res.shape, bool)
    src[135, 0] = src[10, 290] = True
    src &= ~impassable_mask(res)
    want = reference(res, src, 30.0, 20.0, 8)
    with mock.patch.multiple(cd, _SWITCH_PAIRS=1, _SWITCH_GROWTH=1, _HANDOVER_SWEEPS=10**9), \
            mock.patch.multiple(cd.frontier, **SWEEPS_ONLY):
        assert_close(cd.cost_distance(res, src, (30.0, 20.0), 8), want)
    a = rng.random((300, 520))
    np.testing.assert_array_equal(cd._transposed(a), a.T)


def test_a_cell_at_the_limit_within_rounding_stays_in():
    # Found by hypothesis: the cell below the source costs 1.7 x (1 + 3) / 2 = 3.4 by hand, and the limit is a third
    # of the farthest cell's 10.2 (times 1/3), which rounds to 3.3999999999999995. The two are equal; summation order
    # decides the last ulp, so the contract is that such a cell stays in, at the limit.
    res = np.array([[3.0], [2.0], [2.0], [1.0], [3.0], [5.0]])
    src = np.zeros(res.shape, bool)
    src[3, 0] = True
    farthest = 1.7 * (1 + 2) / 2 + 1.7 * (2 + 2) / 2 + 1.7 * (2 + 3) / 2
    limit = farthest * (1 / 3)
    assert limit < 3.4  # the rounding this case is about
    got = cost_distance(res, src, (1.0, 1.7), 8, max_cost=limit)
    assert got[4, 0] == limit and got[2, 0] == pytest.approx(1.7 * 1.5)
    assert np.isinf(got[[0, 1, 5], 0]).all()
