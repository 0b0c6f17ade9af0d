"""Climate Linkage Mapper in the corridor run: pair selection by climate difference and distance against a table
computed by hand, the climate term's effect on the least-cost paths, and the links' climate fields."""

from __future__ import annotations

import math

import numpy as np
import pytest
from shapely.geometry import box

from ccsg_plugin.core.engine import corridors
from ccsg_plugin.core.engine.climate_pairs import core_climate
from ccsg_plugin.core.engine.pairs import select_pairs
from ccsg_plugin.core.errors import CcsgError

# Four 2x2-cell cores on a 12x12 grid of 1 m cells, at the corners of a square (map x = column, y = row).
CORES = {"A": (0, 0), "B": (0, 10), "C": (10, 0), "D": (10, 10)}
# Climate values of each core's four cells, and their mean - 2 SD (population SD) worked out by hand:
#   A: 10 10 10 10 -> 10 - 0 = 10      B: 12 14 12 14 -> 13 - 2 x 1 = 11
#   C: 20 20 24 24 -> 22 - 2 x 2 = 18  D: 5 5 5 5 -> 5
VALUES = {"A": [10, 10, 10, 10], "B": [12, 14, 12, 14], "C": [20, 20, 24, 24], "D": [5, 5, 5, 5]}
STAT = {"A": 10.0, "B": 11.0, "C": 18.0, "D": 5.0}
# Pair: (climate difference, edge-to-edge distance) by hand: sides 10 - 2 = 8 m apart, diagonals 8 x sqrt(2).
TABLE = {("A", "B"): (1, 8.0), ("A", "C"): (8, 8.0), ("A", "D"): (5, 8 * math.sqrt(2)),
         ("B", "C"): (7, 8 * math.sqrt(2)), ("B", "D"): (6, 8.0), ("C", "D"): (13, 8.0)}


def setup():
    masks, geoms = {}, {}
    clim = np.full((12, 12), 15.0)
    for cid, (r, c) in CORES.items():
        m = np.zeros((12, 12), bool)
        m[r:r + 2, c:c + 2] = True
        masks[cid] = m
        clim[r:r + 2, c:c + 2] = np.array(VALUES[cid], float).reshape(2, 2)
        geoms[cid] = box(c, r, c + 2, r + 2)
    return masks, geoms, clim


def expected(threshold=0.0, min_d=0.0, max_d=0.0):
    return {p for p, (diff, d) in TABLE.items()
            if (threshold <= 0 or diff > threshold) and d >= min_d and (max_d <= 0 or d <= max_d)}


def test_core_climate_is_mean_minus_two_sd():
    masks, _, clim = setup()
    assert core_climate(clim, masks) == pytest.approx(STAT, abs=1e-12)


def test_core_climate_ignores_cells_without_a_value_and_refuses_a_core_without_any():
    masks, _, clim = setup()
    clim[0, 0] = np.nan  # A keeps three cells of 10
    assert core_climate(clim, masks)["A"] == 10.0
    clim[0:2, 0:2] = np.nan
    with pytest.raises(CcsgError, match="Core A has no cell with a climate value"):
        core_climate(clim, masks)


@pytest.mark.parametrize("threshold, min_d, max_d", [
    (0.0, 0.0, 0.0),
    (6.0, 0.0, 0.0),  # B-D differs by exactly 6: not linked
    (5.999, 0.0, 0.0),  # ... and linked just below
    (5.0, 0.0, 0.0),  # A-D exactly 5
    (0.0, 8.0, 0.0),  # minimum exactly at the side distance: every pair kept
    (0.0, 8.0001, 0.0),  # only the diagonals
    (6.0, 8.0001, 0.0),
    (0.0, 0.0, 8.0),  # maximum exactly at the side distance
    (6.0, 0.0, 8.0),
    (0.0, 8 * math.sqrt(2), 8 * math.sqrt(2)),
])
def test_pairs_follow_the_hand_computed_table(threshold, min_d, max_d):
    masks, geoms, clim = setup()
    res = np.ones((12, 12))
    result = corridors.least_cost_corridors(res, masks, geoms, (1.0, 1.0), max_euclidean_distance=max_d,
                                            min_euclidean_distance=min_d, climate=clim, climate_threshold=threshold)
    got = {(lk.core_a, lk.core_b) for lk in result.links}
    assert got == expected(threshold, min_d, max_d)
    for lk in result.links:
        assert (lk.climate_a, lk.climate_b) == pytest.approx((STAT[lk.core_a], STAT[lk.core_b]), abs=1e-12)
        assert lk.climate_diff == pytest.approx(TABLE[(lk.core_a, lk.core_b)][0], abs=1e-12)


def test_min_distance_alone_in_select_pairs_and_its_bad_values():
    _, geoms, _ = setup()
    assert {(a, b) for a, b, _ in select_pairs(geoms, 0.0, 9.0)} == {("A", "D"), ("B", "C")}
    with pytest.raises(CcsgError, match="minimum Euclidean distance must be 0"):
        select_pairs(geoms, 0.0, -1.0)
    with pytest.raises(CcsgError, match=r"minimum Euclidean distance \(9\) is larger than the maximum \(8\)"):
        select_pairs(geoms, 8.0, 9.0)


def test_a_threshold_that_leaves_no_pair_names_the_largest_difference():
    masks, geoms, clim = setup()
    with pytest.raises(CcsgError, match=r"by more than 13; the largest difference is 13\b"):
        corridors.least_cost_corridors(np.ones((12, 12)), masks, geoms, (1.0, 1.0), climate=clim,
                                       climate_threshold=13.0)
    # just below, the one pair C-D is linked
    r = corridors.least_cost_corridors(np.ones((12, 12)), masks, geoms, (1.0, 1.0), climate=clim,
                                       climate_threshold=12.999)
    assert [(lk.core_a, lk.core_b) for lk in r.links] == [("C", "D")]


@pytest.mark.parametrize("kwargs, match", [
    ({"climate_cost": -0.5}, "climate cost must be 0 or positive"),
    ({"climate_threshold": -1.0}, "climate threshold must be 0"),
    ({"climate": None, "climate_cost": 2.0}, "needs a climate raster"),
])
def test_bad_climate_parameters(kwargs, match):
    masks, geoms, clim = setup()
    kwargs = {"climate": clim, **kwargs}
    with pytest.raises(CcsgError, match=match):
        corridors.least_cost_corridors(np.ones((12, 12)), masks, geoms, (1.0, 1.0), **kwargs)


def ridge_landscape():
    """Cores at the west and east ends of row band 9-11; a warm ridge (+10) across columns 18-22 except rows 0-3."""
    h, w = 21, 41
    masks = {"W": np.zeros((h, w), bool), "E": np.zeros((h, w), bool)}
    masks["W"][9:12, 0:2] = True
    masks["E"][9:12, 39:41] = True
    geoms = {"W": box(0, 9, 2, 12), "E": box(39, 9, 41, 12)}
    clim = np.zeros((h, w))
    clim[4:, 18:23] = 10.0
    return np.ones((h, w)), masks, geoms, clim


@pytest.mark.parametrize("neighbours", [8, 16])
def test_a_link_bends_around_a_steep_gradient_when_the_climate_cost_is_high(neighbours):
    res, masks, geoms, clim = ridge_landscape()
    straight = corridors.least_cost_corridors(res, masks, geoms, (1.0, 1.0), neighbours, climate=clim,
                                              climate_cost=0.0)
    bent = corridors.least_cost_corridors(res, masks, geoms, (1.0, 1.0), neighbours, climate=clim,
                                          climate_cost=10.0)
    (s,), (b,) = straight.links, bent.links
    # climate cost 0: the straight row (38 m of resistance 1) wins and crosses the ridge
    assert s.lcd == pytest.approx(38.0, rel=1e-12)  # from column 1 to column 39 (the cores' facing cells)
    assert {r for r, _ in s.path} <= {9, 10, 11}
    assert s.climate_cost_share == 0.0
    # climate cost 10: crossing the ridge would add 10 x (10 + 10) = 200; the path climbs to rows 0-3 instead
    ridge_rows = {r for r, c in b.path if 18 <= c <= 22}
    assert ridge_rows and max(ridge_rows) <= 3
    assert b.climate_cost_share == 0.0
    assert s.lcd < b.lcd < s.lcd + 200.0
    assert b.lcd == pytest.approx(corridors.path_cost(res, b.path, (1.0, 1.0)), rel=1e-9)


def test_climate_cost_share_of_a_uniform_ramp():
    """Climate = column number, resistance 1, 1 m cells: the row path from column 1 to 39 costs 38 + k x 38, of
    which k x 38 is climate: a share of k / (1 + k)."""
    res, masks, geoms, _ = ridge_landscape()
    clim = np.tile(np.arange(41, dtype=float), (21, 1))
    for k in (0.5, 1.0, 3.0):
        (lk,) = corridors.least_cost_corridors(res, masks, geoms, (1.0, 1.0), climate=clim, climate_cost=k).links
        assert lk.lcd == pytest.approx(38.0 * (1 + k), rel=1e-12)
        assert lk.climate_cost_share == pytest.approx(k / (1 + k), rel=1e-12)
        # pairs are ordered by id (E first). E: columns 39, 40 -> mean 39.5, SD 0.5 -> 38.5; W: columns 0, 1 -> -0.5
        assert (lk.core_a, lk.core_b) == ("E", "W")
        assert (lk.climate_a, lk.climate_b, lk.climate_diff) == pytest.approx((38.5, -0.5, 39.0), abs=1e-12)


def test_climate_nodata_is_impassable_for_the_corridors():
    res, masks, geoms, _ = ridge_landscape()
    clim = np.zeros(res.shape)
    clim[:, 20] = np.nan  # a full column without climate: the cores cannot reach each other
    (lk,) = corridors.least_cost_corridors(res, masks, geoms, (1.0, 1.0), climate=clim).links
    assert math.isinf(lk.lcd)
    clim[0, 20] = 0.0  # a one-cell gap in the top row
    (lk,) = corridors.least_cost_corridors(res, masks, geoms, (1.0, 1.0), climate=clim).links
    assert (0, 20) in lk.path


def test_climate_fields_round_trip_through_links_json_dicts():
    res, masks, geoms, clim = ridge_landscape()
    (lk,) = corridors.least_cost_corridors(res, masks, geoms, (1.0, 1.0), climate=clim, climate_cost=1.0).links
    back = corridors.Link.from_dict(lk.to_dict())
    for name in ("climate_a", "climate_b", "climate_diff", "climate_cost_share"):
        assert getattr(back, name) == getattr(lk, name)
    plain = corridors.least_cost_corridors(res, masks, geoms, (1.0, 1.0)).links[0]
    assert "climate_a" not in plain.to_dict()


def test_clipped_runs_with_a_cutoff_equal_unclipped_runs_with_the_climate_term():
    """The clip window's upper bound (straight line cost) includes the climate term, so clipping changes nothing."""
    rng = np.random.default_rng(4)
    res = rng.uniform(1, 20, (21, 41))
    _, masks, geoms, _ = ridge_landscape()
    clim = rng.uniform(0, 5, res.shape)
    args = {"width_cutoff": 15.0, "climate": clim, "climate_cost": 3.0}
    a = corridors.least_cost_corridors(res, masks, geoms, (1.0, 1.0), clip=True, **args)
    b = corridors.least_cost_corridors(res, masks, geoms, (1.0, 1.0), clip=False, **args)
    np.testing.assert_array_equal(np.isnan(a.mosaic), np.isnan(b.mosaic))
    fin = ~np.isnan(a.mosaic)
    np.testing.assert_allclose(a.mosaic[fin], b.mosaic[fin], rtol=1e-9, atol=1e-9)
    assert a.links[0].lcd == pytest.approx(b.links[0].lcd, rel=1e-12)
