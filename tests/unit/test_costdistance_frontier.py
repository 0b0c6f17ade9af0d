"""The bucketed pass (frontier.py) and the hand-over from unfinished sweeps, against the shared brute-force
Dijkstra (tests/unit/dijkstra_ref.py): 8 and 16 neighbours, NoData holes and walls, several sources, a max_cost
stop and the climate term; and which grids go which way."""

from __future__ import annotations

import math
from unittest import mock

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ccsg_plugin.core.engine import costdistance as cd
from ccsg_plugin.core.engine import frontier
from ccsg_plugin.core.engine.costdistance import cost_distance, impassable_mask
from tests.unit.dijkstra_ref import assert_close, reference

EXACT = 1e-12
FRONTIER_ONLY = {"ROUGH": -1.0}  # every grid taken as rough: the bucketed pass from the sources


def handover_after(sweeps):
    """Sweeps only (no rough shortcut) and the hand-over to the bucketed pass after `sweeps` sweeps."""
    return mock.patch.multiple(cd, _HANDOVER_SWEEPS=sweeps), mock.patch.multiple(frontier, ROUGH=math.inf)


@st.composite
def grids(draw, climate=False):
    h = draw(st.integers(3, 12))
    w = draw(st.integers(3, 12))
    rng = np.random.default_rng(draw(st.integers(0, 2**32 - 1)))
    kind = draw(st.sampled_from(["noise", "classes", "smooth"]))
    if kind == "noise":
        res = rng.uniform(0.1, 100.0, (h, w))
    elif kind == "classes":
        res = rng.choice([1.0, 10.0, 1000.0], (h, w))
    else:
        res = 1.0 + np.add.outer(np.arange(h), np.arange(w)) % 3
    res[rng.random((h, w)) < draw(st.sampled_from([0.0, 0.1, 0.3]))] = draw(
        st.sampled_from([np.nan, 0.0, -1.0, np.inf]))
    if draw(st.booleans()):  # a wall with one gap
        col = int(rng.integers(1, w - 1))
        res[:, col] = np.nan
        res[int(rng.integers(0, h)), col] = 2.0
    src = rng.random((h, w)) < 0.05
    src[int(rng.integers(0, h)), int(rng.integers(0, w))] = True
    src &= ~impassable_mask(res)
    if not src.any():
        res[0, 0], src[0, 0] = 1.0, True
    dx = draw(st.sampled_from([1.0, 30.0]))
    dy = dx * draw(st.sampled_from([1.0, 0.5, 1.5]))
    clim = None
    if climate:
        clim = rng.uniform(0.0, 30.0, (h, w))
        clim[rng.random((h, w)) < 0.1] = np.nan
    return res, src, dx, dy, clim


def limit_of(want, frac):
    finite = want[np.isfinite(want)]
    return float(finite.max()) * frac if frac > 0.2 and finite.size else 0.0


def compare(got, want, limit):
    """As assert_close; with a limit, cells whose cost is the limit to within rounding may fall either side."""
    if limit > 0:
        on = np.isfinite(want) & (np.abs(want - limit) <= 1e-12 * limit)
        got, want = np.where(on, 0.0, got), np.where(on, 0.0, want)
    assert_close(got, want, EXACT)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grids(), st.sampled_from([8, 16]), st.floats(0.0, 1.5))
def test_bucketed_pass_from_the_sources_matches_dijkstra(grid, neighbours, frac):
    res, src, dx, dy, _ = grid
    limit = limit_of(reference(res, src, dx, dy, neighbours), frac)
    want = reference(res, src, dx, dy, neighbours, max_cost=limit)
    with mock.patch.multiple(frontier, **FRONTIER_ONLY):
        got = cost_distance(res, src, (dx, dy), neighbours, max_cost=limit)
    compare(got, want, limit)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grids(), st.sampled_from([8, 16]), st.integers(1, 5), st.floats(0.0, 1.5))
def test_hand_over_from_unfinished_sweeps_matches_dijkstra(grid, neighbours, sweeps, frac):
    """Sweeps stop after 1..5 sweeps (rows, either direction) and the bucketed pass finishes from their costs."""
    res, src, dx, dy, _ = grid
    limit = limit_of(reference(res, src, dx, dy, neighbours), frac)
    want = reference(res, src, dx, dy, neighbours, max_cost=limit)
    a, b = handover_after(sweeps)
    with a, b:
        got = cost_distance(res, src, (dx, dy), neighbours, max_cost=limit)
    compare(got, want, limit)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(grids(climate=True), st.sampled_from([8, 16]), st.sampled_from([0.5, 20.0]), st.sampled_from([0, 1, 3]))
def test_climate_term_in_the_bucketed_pass_and_the_hand_over(grid, neighbours, k, sweeps):
    res, src, dx, dy, clim = grid
    src = src & np.isfinite(clim)
    if not src.any():
        ok = ~impassable_mask(res) & np.isfinite(clim)
        if not ok.any():
            return
        src[tuple(np.argwhere(ok)[0])] = True
    want = reference(res, src, dx, dy, neighbours, climate=clim, climate_cost=k)
    if sweeps == 0:
        patches = (mock.patch.multiple(frontier, **FRONTIER_ONLY), mock.patch.multiple(cd, _HANDOVER_SWEEPS=24))
    else:
        patches = handover_after(sweeps)
    with patches[0], patches[1]:
        got = cost_distance(res, src, (dx, dy), neighbours, climate=clim, climate_cost=k)
    assert_close(got, want, EXACT)


@pytest.mark.parametrize("neighbours", [8, 16])
def test_hand_over_after_a_switch_to_column_sweeps(neighbours):
    """The hand-over takes the costs back from the transposed orientation."""
    rng = np.random.default_rng(3)
    res = rng.uniform(1.0, 105.0, (40, 33))
    res[rng.random(res.shape) < 0.08] = np.nan
    src = np.zeros(res.shape, bool)
    src[20, 0] = src[3, 30] = True
    src &= ~impassable_mask(res)
    want = reference(res, src, 30.0, 20.0, neighbours)
    with mock.patch.multiple(cd, _SWITCH_PAIRS=1, _SWITCH_GROWTH=1, _HANDOVER_SWEEPS=3), \
            mock.patch.multiple(frontier, ROUGH=math.inf):
        got = cost_distance(res, src, (30.0, 20.0), neighbours)
    assert_close(got, want, EXACT)


@pytest.mark.parametrize("delta", [1e-9, 1.0, 1e9])
def test_result_does_not_depend_on_the_bucket_width(delta):
    """delta = tiny (Dijkstra order), medium, huge (one bucket: plain label correcting): the same costs."""
    rng = np.random.default_rng(8)
    res = rng.choice([1.0, 5.0, 400.0], (30, 30))
    res[10:20, 14] = np.nan
    src = np.zeros(res.shape, bool)
    src[15, 0] = True
    want = reference(res, src, 10.0, 10.0, 16)
    with mock.patch.multiple(frontier, ROUGH=-1.0, default_delta=lambda *a: delta):
        assert_close(cost_distance(res, src, (10.0, 10.0), 16), want, EXACT)


def test_a_larger_noisy_grid_with_holes_takes_the_bucketed_pass_and_is_exact():
    rng = np.random.default_rng(21)
    res = rng.uniform(1.0, 105.0, (90, 120))
    res[rng.random(res.shape) < 0.1] = np.nan
    res[30:60, 50:55] = -9999.0
    src = np.zeros(res.shape, bool)
    src[45, 0] = src[5, 100] = True
    src &= ~impassable_mask(res)
    with mock.patch.object(frontier, "solve", wraps=frontier.solve) as spy:
        got = cost_distance(res, src, (30.0, 30.0), 8)
    assert spy.call_count == 1  # white noise is rough: no sweeps at all
    assert_close(got, reference(res, src, 30.0, 30.0, 8), EXACT)


def test_roughness_sends_noise_and_patches_to_the_bucketed_pass_and_smooth_grids_to_the_sweeps():
    rng = np.random.default_rng(4)
    noise = rng.uniform(1.0, 105.0, (70, 70))
    patches = np.repeat(np.repeat(rng.choice([1.0, 30.0, 1000.0], (14, 14)), 5, axis=0), 5, axis=1)
    ramp = 1.0 + np.add.outer(np.arange(70), np.arange(70)) / 140.0
    src = np.zeros((70, 70), bool)
    src[35, 0] = True
    for res, rough in ((noise, True), (patches, True), (ramp, False)):
        blocked = impassable_mask(res)
        # The statistic by hand: share of horizontal neighbours on every 7th row differing by a factor > e^0.1.
        sample = res[::7]
        ratio = np.maximum(sample[:, 1:] / sample[:, :-1], sample[:, :-1] / sample[:, 1:])
        by_hand = (ratio > math.exp(0.1)).mean()
        assert frontier.roughness(res, blocked) == pytest.approx(by_hand, rel=1e-12)
        assert bool(by_hand > frontier.ROUGH) is rough
        with mock.patch.object(frontier, "solve", wraps=frontier.solve) as spy:
            got = cost_distance(res, src, (30.0, 30.0), 8)
        assert spy.call_count == (1 if rough else 0)
        assert_close(got, reference(res, src, 30.0, 30.0, 8), 1e-9)


def test_the_roughness_threshold_exactly():
    """A grid whose statistic equals ROUGH is swept; a hair below ROUGH (so the grid is above it) is rough."""
    res = np.ones((8, 8))
    res[:, 4:] = 1.2  # one jump of 20 % in each row's 7 pairs; rows 0 and 7 are sampled
    stat = frontier.roughness(res, impassable_mask(res))
    assert stat == 1 / 7
    # A pair counts when its |log ratio| is above _STEP, not at it.
    step = float(np.log(1.2))
    with mock.patch.object(frontier, "_STEP", step):
        assert frontier.roughness(res, impassable_mask(res)) == 0.0
    with mock.patch.object(frontier, "_STEP", math.nextafter(step, 0.0)):
        assert frontier.roughness(res, impassable_mask(res)) == 1 / 7
    src = np.zeros(res.shape, bool)
    src[4, 0] = True
    with mock.patch.object(frontier, "ROUGH", stat), mock.patch.object(frontier, "solve", wraps=frontier.solve) as spy:
        cost_distance(res, src)
        assert spy.call_count == 0
    with mock.patch.object(frontier, "ROUGH", math.nextafter(stat, 0.0)), \
            mock.patch.object(frontier, "solve", wraps=frontier.solve) as spy:
        cost_distance(res, src)
        assert spy.call_count == 1


def test_violators_are_exactly_the_cells_that_can_lower_a_neighbour():
    res = np.ones((3, 4))
    blocked = impassable_mask(res)
    grid = frontier.Grid(res, blocked, 1.0, 1.0, 8)
    exact = reference(res, _one(res.shape, (0, 0)))
    d = exact.copy()
    d[2, 3] += 5.0  # too high: its neighbours can lower it
    flat = grid.pad(d)
    got = {tuple(x) for x in np.argwhere(grid.unpad(np.isin(np.arange(flat.size), grid.violators(flat)).astype(float))
                                          > 0)}
    assert got == {(1, 2), (1, 3), (2, 2)}


def _one(shape, cell):
    m = np.zeros(shape, bool)
    m[cell] = True
    return m


def test_cancel_and_progress_in_the_bucketed_pass(monkeypatch):
    clock = iter(range(10**6))
    monkeypatch.setattr(cd.time, "monotonic", lambda: float(next(clock)))
    seen = []
    res = np.random.default_rng(2).uniform(1, 100, (200, 200))
    src = np.zeros(res.shape, bool)
    src[0, 100] = True
    cost_distance(res, src, progress=seen.append)
    assert len(seen) >= 3 and seen[-1] == 1.0 and seen == sorted(seen)
    calls = []
    from ccsg_plugin.core.errors import Cancelled

    with pytest.raises(Cancelled):
        cost_distance(res, src, is_cancelled=lambda: calls.append(1) or len(calls) > 1)
    assert len(calls) == 2
