"""Barrier Mapper scores against references written here: brute-force ring minima, a plain Dijkstra, and the
combining rules of the contract applied by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ccsg_plugin.core.engine import barriers
from ccsg_plugin.core.engine.corridors import CoreCostDistance, Link
from ccsg_plugin.core.errors import CcsgError
from tests.unit.restoration_refs import ref_cwd, ref_disc_max, ref_lcd, ref_ring_min, restore_disc

CS = 10.0


def run_of(res, masks, dx=CS, dy=CS, pairs=None):
    """Per-core CWDs (Dijkstra) and links with their LCD, as a kept corridor run holds them."""
    shape = res.shape
    cost_distances = {cid: CoreCostDistance(cid, (0, shape[0], 0, shape[1]), ref_cwd(res, m, dx, dy)) for cid,
                      m in masks.items()}
    ids = sorted(masks)
    pairs = pairs or [(a, b) for i, a in enumerate(ids) for b in ids[i + 1:]]
    links = [Link(a, b, 1.0, lcd=float(cost_distances[a].cost_distance[masks[b]].min())) for a, b in pairs]
    return cost_distances, links


def brute_score(cost_distances, link, radius, dx, dy, percent=False):
    a, b = cost_distances[link.core_a].cost_distance, cost_distances[link.core_b].cost_distance
    h, w = a.shape
    out = np.full((h, w), np.nan)
    for i in range(h):
        for j in range(w):
            fa = ref_ring_min(a, radius, dx, dy, i, j)
            fb = ref_ring_min(b, radius, dx, dy, i, j)
            s = (link.lcd - fa - fb - 2 * radius) / (2 * radius)
            if math.isfinite(s):
                out[i, j] = 100.0 * s / link.lcd if percent else s
    return out


def three_cores(seed=5, shape=(14, 18)):
    rng = np.random.default_rng(seed)
    res = rng.uniform(1.0, 60.0, shape)
    res[rng.random(shape) < 0.08] = np.nan
    masks = {}
    for cid, (r, c) in {"A": (1, 1), "B": (1, 14), "C": (10, 7)}.items():
        m = np.zeros(shape, bool)
        m[r:r + 3, c:c + 3] = True
        res[m] = 1.0
        masks[cid] = m
    return res, masks


def test_pair_score_equals_the_definition():
    res, masks = three_cores()
    cost_distances, links = run_of(res, masks, 30.0, 20.0)
    link = links[0]
    for radius in (30.0, 75.0):
        got = barriers.pair_score(cost_distances[link.core_a].cost_distance,
                                  cost_distances[link.core_b].cost_distance, link.lcd, radius, (30.0, 20.0))
        np.testing.assert_allclose(got, brute_score(cost_distances, link, radius, 30.0, 20.0), rtol=1e-12, atol=1e-9)


def wall_landscape():
    """Two cores under a wall of resistance 1e4 (3 cells wide) that leaves a gap at the top: the LCD detours."""
    h, w = 31, 41
    res = np.ones((h, w))
    res[3:, 19:22] = 1e4
    a = np.zeros((h, w), bool)
    a[24:29, 2:5] = True
    b = np.zeros((h, w), bool)
    b[24:29, 36:39] = True
    return res, {"A": a, "B": b}


def test_wall_top_site_is_on_the_wall_at_the_spanning_radius_with_the_real_gain():
    res, masks = wall_landscape()
    cost_distances, links = run_of(res, masks)
    radii = [10.0, 20.0, 30.0, 40.0, 50.0, 60.0]
    result = barriers.barrier_scores(cost_distances, links, res.shape, (CS, CS), radii)
    top = result.sites[0]
    assert top.rank == 1 and top.pairs == [("A", "B")]
    assert 19 <= top.col <= 21  # on the wall
    # The spanning radius: the smallest whose disc reaches past both sides of the wall in the site's row.
    spanning = min(r for r in radii if all(restore_disc(res, top.row, top.col, r, CS, CS)[top.row, c] == 1
                                           for c in (18, 19, 20, 21, 22)) and r > CS)
    assert top.radius == spanning == 20.0
    assert top.lcd_gain == pytest.approx(top.score * 2 * top.radius, rel=1e-12)
    before = links[0].lcd
    after = ref_lcd(restore_disc(res, top.row, top.col, top.radius, CS, CS), masks["A"], masks["B"], CS, CS)
    assert abs((before - after) - top.lcd_gain) <= CS * 1.0  # within one cell's cost at the background resistance
    # Discs that do not reach the wall (the largest radius is 6 cells) gain far less.
    off_wall = np.ones(res.shape, bool)
    off_wall[:, 19 - 6:22 + 6] = False
    assert np.nanmax(result.centres[off_wall]) < 0.01 * top.score


def test_combine_max_sum_both_and_percent():
    res, masks = three_cores()
    cost_distances, links = run_of(res, masks)
    radius = 20.0
    per_pair = [brute_score(cost_distances, lk, radius, CS, CS) for lk in links]
    with np.errstate(invalid="ignore"):
        kept = [np.where(s >= 0, s, np.nan) for s in per_pair]
        ref_max = np.fmax(np.fmax(kept[0], kept[1]), kept[2])
        ref_sum = sum(np.where(s > 0, s, 0.0) for s in per_pair)
    r_max = barriers.barrier_scores(cost_distances, links, res.shape, (CS, CS), [radius], barriers.COMBINE_MAX)
    np.testing.assert_allclose(r_max.centres, ref_max, rtol=1e-12, atol=1e-12)
    assert r_max.centres_sum is None
    r_sum = barriers.barrier_scores(cost_distances, links, res.shape, (CS, CS), [radius], barriers.COMBINE_SUM)
    np.testing.assert_allclose(r_sum.centres, ref_sum, rtol=1e-12, atol=1e-12)
    assert not np.isnan(r_sum.centres).any()
    r_both = barriers.barrier_scores(cost_distances, links, res.shape, (CS, CS), [radius], barriers.COMBINE_BOTH)
    np.testing.assert_allclose(r_both.centres, ref_max, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(r_both.centres_sum, ref_sum, rtol=1e-12, atol=1e-12)
    assert not np.allclose(np.nan_to_num(ref_max), ref_sum)  # the three pairs overlap: max and sum differ
    # Percent: 100 x score / LCD per pair, then combined.
    pct = [brute_score(cost_distances, lk, radius, CS, CS, percent=True) for lk in links]
    with np.errstate(invalid="ignore"):
        ref_pct = np.fmax(np.fmax(*[np.where(s >= 0, s, np.nan) for s in pct[:2]]), np.where(pct[2] >= 0, pct[2],
                                                                                                np.nan))
    r_pct = barriers.barrier_scores(cost_distances, links, res.shape, (CS, CS), [radius], barriers.COMBINE_MAX,
                                    percent=True)
    np.testing.assert_allclose(r_pct.centres, ref_pct, rtol=1e-12, atol=1e-12)
    # Sites of the sum: the pairs that gain, and the summed LCD gain.
    site = r_sum.sites[0]
    gains = [s[site.row, site.col] * 2 * radius for s in per_pair if s[site.row, site.col] > 0]
    assert site.lcd_gain == pytest.approx(sum(gains), rel=1e-12)
    assert len(site.pairs) == len(gains)


def test_radius_range_takes_the_cellwise_maximum_and_its_radius():
    res, masks = three_cores(seed=11)
    cost_distances, links = run_of(res, masks)
    radii = barriers.radii_list(10.0, 30.0, 10.0, (CS, CS), 1e9)
    assert radii == [10.0, 20.0, 30.0]  # the maximum is included when the steps reach it exactly
    result = barriers.barrier_scores(cost_distances, links, res.shape, (CS, CS), radii)
    stack, circles = [], []
    for r in radii:
        with np.errstate(invalid="ignore"):
            per = [np.where(s >= 0, s, np.nan) for s in (brute_score(cost_distances, lk, r, CS, CS) for lk in links)]
        m = np.fmax(np.fmax(per[0], per[1]), per[2])
        stack.append(m)
        circles.append(np.array([[ref_disc_max(m, r, CS, CS, i, j) for j in range(m.shape[1])]
                                 for i in range(m.shape[0])]))
    stack = np.array(stack)
    ref = np.nanmax(np.where(np.isnan(stack), -np.inf, stack), axis=0)
    ref[ref == -np.inf] = np.nan
    np.testing.assert_allclose(result.centres, ref, rtol=1e-12, atol=1e-12)
    has = ~np.isnan(ref)
    ref_radius = np.array(radii)[np.argmax(np.where(np.isnan(stack), -np.inf, stack), axis=0)]
    np.testing.assert_array_equal(result.radius[has], ref_radius[has])
    assert np.isnan(result.radius[~has]).all()
    assert len(set(result.radius[has].tolist())) > 1  # the landscape makes more than one radius win somewhere
    ref_circles = np.fmax.reduce(np.array(circles), axis=0)
    np.testing.assert_allclose(result.circles, ref_circles, rtol=1e-12, atol=1e-12)


def test_sites_are_ranked_local_maxima_and_their_number_is_kept():
    res, masks = three_cores(seed=2)
    cost_distances, links = run_of(res, masks)
    result = barriers.barrier_scores(cost_distances, links, res.shape, (CS, CS), [10.0, 20.0], n_sites=4)
    assert [s.rank for s in result.sites] == [1, 2, 3, 4]
    c = result.centres
    for s in result.sites:
        around = c[max(s.row - 1, 0):s.row + 2, max(s.col - 1, 0):s.col + 2]
        assert s.score == c[s.row, s.col] == np.nanmax(around)
        assert s.radius == result.radius[s.row, s.col]
        assert s.lcd_gain == pytest.approx(s.score * 2 * s.radius, rel=1e-12)
    scores = [s.score for s in result.sites]
    assert scores == sorted(scores, reverse=True)
    assert scores[0] == np.nanmax(c)
    more = barriers.barrier_scores(cost_distances, links, res.shape, (CS, CS), [10.0, 20.0], n_sites=6)
    assert len(more.sites) == 6 and [(s.row, s.col) for s in more.sites[:4]] == [(s.row, s.col)
                                                                                 for s in result.sites]


@pytest.mark.parametrize("args, message", [
    ((9.99, 50.0, 10.0), "below the cell size"),
    ((50.0, 20.0, 10.0), "above the maximum"),
    ((10.0, 50.0, -1.0), "step must be 0"),
    ((10.0, 1000.0, 1.0), "more than"),
    ((10.0, 5000.0, 100.0), "larger than the raster"),
])
def test_bad_radii(args, message):
    with pytest.raises(CcsgError, match=message):
        barriers.radii_list(*args, (CS, CS), 4000.0)


def test_radii_thresholds_exactly():
    assert barriers.radii_list(10.0, 10.0, 5.0, (CS, CS), 4000.0) == [10.0]  # min == max: one radius
    assert barriers.radii_list(10.0, 99.0, 0.0, (CS, CS), 4000.0) == [10.0]  # step 0: one radius
    assert barriers.radii_list(10.0, 4000.0, 3990.0, (CS, CS), 4000.0) == [10.0, 4000.0]  # max == extent
    assert len(barriers.radii_list(10.0, 10.0 + 199, 1.0, (CS, CS), 4000.0)) == barriers.MAX_RADII


def test_no_linked_pair_is_refused():
    res, masks = three_cores()
    cost_distances, links = run_of(res, masks)
    for lk in links:
        lk.dropped = True
    with pytest.raises(CcsgError, match="no linked pair"):
        barriers.barrier_scores(cost_distances, links, res.shape, (CS, CS), [10.0])


def test_a_gain_within_the_rounding_of_the_cost_sums_is_no_gain():
    # A drop of the LCD within a few units of the last place of the kept costs (float32 in kept folders) is rounding,
    # not a restoration gain: it must not make a site. A drop just above that is a gain.
    lcd, radius = 123456.7, 50.0
    for dtype in (np.float32, np.float64):
        eps = float(np.finfo(dtype).eps)
        fa = np.full((21, 21), lcd / 2 - radius, dtype)  # constant: every ring's minimum is this value
        for drop, scored in ((2 * eps * lcd, False), (16 * eps * lcd, True)):
            fb = np.full((21, 21), lcd / 2 - radius - drop, dtype)
            got = barriers.pair_score(fa, fb, lcd, radius, (10.0, 10.0))
            want = lcd - float(fa[0, 0]) - float(fb[0, 0]) - 2 * radius
            if scored:
                assert got[10, 10] == pytest.approx(want / (2 * radius), rel=1e-6) and got[10, 10] > 0
            else:
                assert got[10, 10] == 0.0, (dtype, drop, got[10, 10])
