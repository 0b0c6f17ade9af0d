"""Crossing priorities against LCDs computed directly here with a plain Dijkstra on the whole grid."""

from __future__ import annotations

import math

import numpy as np
import pytest
from shapely.geometry import box

from ccsg_plugin.core.engine import crossings
from ccsg_plugin.core.engine.corridors import least_cost_corridors
from ccsg_plugin.core.errors import CcsgError
from tests.unit.restoration_refs import ref_lcd

DX, DY = 10.0, 10.0
H, W = 30, 40


def landscape(seed=3):
    rng = np.random.default_rng(seed)
    res = rng.uniform(1.0, 5.0, (H, W))
    a = np.zeros((H, W), bool)
    a[12:18, 1:4] = True
    b = np.zeros((H, W), bool)
    b[12:18, 36:39] = True
    return res, {"A": a, "B": b}


def corridor_run(res, masks, cutoff=100.0):
    geoms = {cid: box(*(lambda r, c: (c.min() * DX, -(r.max() + 1) * DY, (c.max() + 1) * DX, -r.min() * DY))(
        *np.nonzero(m))) for cid, m in masks.items()}
    return least_cost_corridors(res, masks, geoms, (DX, DY), width_cutoff=cutoff, clip=False)


def burned(res, added, open_cells=None):
    out = res.copy()
    infra = added > 0
    if open_cells is not None:
        infra &= ~open_cells
    out[infra] = out[infra] + added[infra]
    out[np.isinf(out)] = np.nan
    return out


def test_road_across_a_corridor_costs_the_direct_lcd_difference():
    res, masks = landscape()
    run = corridor_run(res, masks)
    added = np.zeros((H, W))
    added[:, 20] = 6.0  # a road along column 20, adding 6 to the resistance: costs less than the cutoff
    found, pairs = crossings.crossing_priorities(res, added, None, run.cost_distances, run.links, (DX, DY), 8, 100.0)
    lcd0 = ref_lcd(res, masks["A"], masks["B"], DX, DY)
    lcd1 = ref_lcd(burned(res, added), masks["A"], masks["B"], DX, DY)
    assert len(found) == 1 and len(pairs) == 1
    c = found[0]
    assert (c.core_a, c.core_b, c.rank, c.col) == ("A", "B", 1, 20)
    assert c.severance_cost == pytest.approx(lcd1 - lcd0, rel=1e-9)
    # Opening the only stretch gives back what the road took inside the corridor.
    assert c.keep_open_gain == pytest.approx(c.severance_cost, rel=1e-9)
    assert c.corridor_value == 0.0  # the point is where the least-cost path crosses
    assert lcd1 - lcd0 < 100.0
    assert pairs[0].window != (0, H, 0, W)  # the run stayed in the corridor's box


def test_an_existing_underpass_lowers_the_severance_cost():
    res, masks = landscape()
    run = corridor_run(res, masks)
    added = np.zeros((H, W))
    added[:, 20] = 200.0
    none, _ = crossings.crossing_priorities(res, added, None, run.cost_distances, run.links, (DX, DY), 8, 100.0)
    corridor = _corridor_mask(run)
    rows = np.nonzero(corridor[:, 20])[0]
    path_row = none[0].row
    u = int(rows[1] if path_row > rows[2] else rows[-2])  # inside the corridor, a few rows off the path
    under = np.zeros((H, W), bool)
    under[u, 19:22] = True  # the underpass cells (a crossing point opens the road around it)
    with_under, _ = crossings.crossing_priorities(res, added, under, run.cost_distances, run.links, (DX, DY), 8, 100.0)
    lcd0 = ref_lcd(res, masks["A"], masks["B"], DX, DY)
    lcd_u = ref_lcd(burned(res, added, under), masks["A"], masks["B"], DX, DY)
    assert with_under[0].severance_cost == pytest.approx(lcd_u - lcd0, rel=1e-9)
    assert with_under[0].severance_cost < none[0].severance_cost - 1.0
    # The underpass splits the road inside the corridor into two stretches, each with its own gain.
    assert len(with_under) == 2
    assert {c.row < u for c in with_under} == {True, False}
    for c in with_under:
        opened = under.copy()
        opened[column_stretch(corridor & ~under, 20, c.row), 20] = True
        expected = lcd_u - ref_lcd(burned(res, added, opened), masks["A"], masks["B"], DX, DY)
        assert c.keep_open_gain == pytest.approx(expected, rel=1e-9)


def _corridor_mask(run):
    return ~np.isnan(run.mosaic)


def column_stretch(corridor, col, row):
    """Rows of the run of corridor cells along a vertical road at `col` that holds `row` (a stretch, in 1-D)."""
    rows = [row]
    for step in (-1, 1):
        r = row + step
        while 0 <= r < corridor.shape[0] and corridor[r, col]:
            rows.append(r)
            r += step
    return sorted(rows)


def test_two_roads_in_series():
    res, masks = landscape(seed=8)
    run = corridor_run(res, masks)
    added = np.zeros((H, W))
    added[:, 12] = 30.0
    added[:, 27] = 60.0
    found, _ = crossings.crossing_priorities(res, added, None, run.cost_distances, run.links, (DX, DY), 8, 100.0)
    lcd0 = ref_lcd(res, masks["A"], masks["B"], DX, DY)
    both = ref_lcd(burned(res, added), masks["A"], masks["B"], DX, DY)
    assert {c.col for c in found} == {12, 27}
    on_path = [c for c in found if c.corridor_value == 0.0]
    corridor = _corridor_mask(run)
    for c in found:
        only_other = added.copy()
        only_other[column_stretch(corridor, c.col, c.row), c.col] = 0.0  # this stretch opened
        expected_gain = both - ref_lcd(burned(res, only_other), masks["A"], masks["B"], DX, DY)
        assert c.severance_cost == pytest.approx(both - lcd0, rel=1e-9)
        assert c.keep_open_gain == pytest.approx(expected_gain, rel=1e-9)
    # The road that adds more is the first to make permeable, and each on-path stretch gains more than the
    # side stretches of its road.
    assert [c.col for c in on_path] == [27, 12] and found[:2] == on_path
    assert on_path[0].keep_open_gain > on_path[1].keep_open_gain > 0
    # In series, opening one road leaves the other: each gain is below the whole severance.
    assert on_path[0].keep_open_gain < both - lcd0


def test_impassable_road_forcing_a_detour_beyond_the_corridor_is_exact():
    res, masks = landscape()
    run = corridor_run(res, masks, cutoff=30.0)
    added = np.zeros((H, W))
    added[2:, 25] = np.inf  # impassable except a gap at the top, far outside the narrow corridor
    found, pairs = crossings.crossing_priorities(res, added, None, run.cost_distances, run.links, (DX, DY), 8, 30.0)
    lcd0 = ref_lcd(res, masks["A"], masks["B"], DX, DY)
    lcd1 = ref_lcd(burned(res, added), masks["A"], masks["B"], DX, DY)
    assert lcd1 - lcd0 > 30.0
    assert found[0].severance_cost == pytest.approx(lcd1 - lcd0, rel=1e-9)
    assert found[0].keep_open_gain == pytest.approx(lcd1 - lcd0, rel=1e-9)


def test_a_severed_pair_is_reported_and_the_reconnecting_stretch_ranks_first():
    res, masks = landscape()
    run = corridor_run(res, masks)
    added = np.zeros((H, W))
    added[:, 25] = np.inf  # cuts the landscape
    added[:, 10] = 20.0
    found, _ = crossings.crossing_priorities(res, added, None, run.cost_distances, run.links, (DX, DY), 8, 100.0)
    assert all(c.severed and math.isinf(c.severance_cost) for c in found)
    assert math.isinf(ref_lcd(burned(res, added), masks["A"], masks["B"], DX, DY))
    first, *rest = found
    assert first.col == 25 and math.isinf(first.keep_open_gain) and first.rank == 1 and first.reconnects
    assert rest and all(c.col == 10 and math.isnan(c.keep_open_gain) and not c.reconnects for c in rest)
    opened = added.copy()
    opened[column_stretch(_corridor_mask(run), 25, first.row), 25] = 0.0
    assert first.lcd_open == pytest.approx(ref_lcd(burned(res, opened), masks["A"], masks["B"], DX, DY), rel=1e-9)


def test_current_is_the_maximum_over_the_stretch():
    res, masks = landscape()
    run = corridor_run(res, masks)
    added = np.zeros((H, W))
    added[:, 20] = 40.0
    current = np.arange(H * W, dtype=float).reshape(H, W)
    found, _ = crossings.crossing_priorities(res, added, None, run.cost_distances, run.links, (DX, DY), 8, 100.0,
                                             current=current)
    rows = column_stretch(_corridor_mask(run), 20, found[0].row)
    assert found[0].current == current[max(rows), 20]


def test_infrastructure_outside_every_corridor_gives_no_crossing():
    res, masks = landscape()
    run = corridor_run(res, masks, cutoff=20.0)
    added = np.zeros((H, W))
    added[0, :] = 50.0  # along the top edge, away from the corridor
    found, pairs = crossings.crossing_priorities(res, added, None, run.cost_distances, run.links, (DX, DY), 8, 20.0)
    assert found == [] and pairs == []


def test_another_resistance_raster_is_refused():
    res, masks = landscape()
    run = corridor_run(res, masks)
    added = np.zeros((H, W))
    added[:, 20] = 40.0
    with pytest.raises(CcsgError, match="not the one the corridor run used"):
        crossings.crossing_priorities(res * 1.5, added, None, run.cost_distances, run.links, (DX, DY), 8, 100.0)


def test_label_cells_groups_by_eight_neighbours():
    m = np.zeros((5, 6), bool)
    m[0, 0] = m[1, 1] = True  # diagonal neighbours: one group
    m[3, 3:6] = True
    m[0, 4] = True
    labels, n = crossings.label_cells(m)
    assert n == 3
    assert labels[0, 0] == labels[1, 1] != labels[3, 3]
    assert len({labels[0, 4], labels[3, 3], labels[0, 0]}) == 3
    assert (labels[~m] == 0).all()


def test_differences_within_rounding_are_zero_and_beyond_are_kept():
    from ccsg_plugin.core.engine.corridors import ZERO_TOL

    # LCD 0 (touching cores): the tolerance is ZERO_TOL x 1 and the differences are exact in floating point.
    at = crossings.Crossing("A", "B", 0, 0, 1, 0.0, ZERO_TOL, 0.0, 0.0)
    assert at.severance_cost == 0.0 and at.keep_open_gain == 0.0  # exactly at the tolerance: rounding
    above = crossings.Crossing("A", "B", 0, 0, 1, 0.0, 2 * ZERO_TOL, 0.0, 0.0)
    assert above.severance_cost == 2 * ZERO_TOL and above.keep_open_gain == 2 * ZERO_TOL
    big = crossings.Crossing("A", "B", 0, 0, 1, 1e6, 1e6 + 0.5e-3, 1e6, 0.0)  # 1e-9 x 1e6 = 1e-3
    assert big.severance_cost == 0.0
    assert crossings.Crossing("A", "B", 0, 0, 1, 1e6, 1e6 + 2e-3, 1e6, 0.0).severance_cost > 0
