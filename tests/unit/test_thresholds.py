"""Thresholds hit exactly at their value: minimum width (>=), corridor truncation (<=), bottleneck length (>), and
via-core detection on a path that touches a third core at one cell only."""

from __future__ import annotations

import numpy as np
import pytest
from shapely.geometry import box

from ccsg_plugin import paths
from ccsg_plugin.core.criteria.design import width_slack
from ccsg_plugin.core.criteria.profiles import load_profile
from ccsg_plugin.core.engine import corridors
from tests.unit.test_criteria_design import DUMBBELL, DUMBBELL_CTX
from tests.unit.test_criteria_support import check

PROFILES = paths.profiles()  # the bundled profiles folder, passed in as the plugin's callers do

BAND = box(0, 0, 3000, 300)  # 300 m wide between the standard cores


def test_min_width_passes_exactly_at_the_threshold_and_fails_just_above():
    width = check("min_width", BAND, thresholds={"min_m": 100000}).value
    assert width == pytest.approx(300, abs=0.5)  # the band's analytic width, measured to 0.5 m
    need = width + 0.5  # below 500 m the slack is 0.5 m: need - slack is the measured width itself
    assert need - width_slack(need) == width
    at = check("min_width", BAND, thresholds={"min_m": need})
    assert at.status == "pass" and at.value == width
    above = check("min_width", BAND, thresholds={"min_m": need + 0.01})
    assert above.status == "fail"


def test_a_bottleneck_exactly_as_long_as_the_tolerated_length_is_tolerated():
    p = load_profile(bundled_dir=PROFILES)
    p.criteria["min_width"].thresholds["min_m"] = 500  # the bells are 1000 m wide, the neck 120 m over 600 m
    common = {"profile": p, "ctx": DUMBBELL_CTX}
    # 12 narrow transects 50 m apart: a 600 m run. A bottleneck is a run LONGER than the tolerated length.
    at = check("pinch_points", DUMBBELL, thresholds={"transect_spacing_m": 50, "tolerated_length_m": 600}, **common)
    assert at.status == "pass" and at.value == 0 and "tolerated" in at.explanation
    below = check("pinch_points", DUMBBELL, thresholds={"transect_spacing_m": 50, "tolerated_length_m": 599.99},
                  **common)
    assert below.status == "fail" and below.value == 1


def _channel(cols, spans):
    """Unit resistance in one row between NoData rows, 10 m cells: corridor values are exact multiples of 10."""
    res = np.full((3, cols), np.nan)
    res[1] = 1.0
    masks, geoms = {}, {}
    for cid, (c0, c1) in spans.items():
        m = np.zeros(res.shape, bool)
        m[1, c0:c1] = True
        masks[cid] = m
        geoms[cid] = box(10 * c0, -20, 10 * c1, -10)
    return res, masks, geoms


@pytest.mark.parametrize("cutoff, percent", [(40.0, 0.0), (0.0, 40.0), (20.0, 0.0)])
def test_truncation_keeps_cells_exactly_at_the_cutoff(cutoff, percent):
    res, masks, geoms = _channel(18, {1: (2, 3), 2: (12, 13)})  # LCD 100
    result = corridors.least_cost_corridors(res, masks, geoms, (10.0, 10.0), width_cutoff=cutoff,
                                            width_cutoff_percent=percent)
    c = np.arange(18)
    values = 10.0 * np.abs(c - 2) + 10.0 * np.abs(c - 12) - 100.0
    limit = cutoff if not percent else 100.0 * percent / 100.0
    np.testing.assert_array_equal(result.mosaic[1], np.where(values <= limit, values, np.nan))
    assert result.links[0].corridor_cells == int((values <= limit).sum())


@pytest.mark.parametrize("touch", [1, 2, 3, 4])
def test_via_core_is_found_when_the_path_touches_a_third_core_at_one_cell(touch):
    path = [(0, c) for c in range(7)]
    masks = {a: np.zeros((3, 7), bool) for a in "ABC"}
    masks["A"][0, 0] = masks["B"][0, 6] = True
    masks["C"][0, touch] = True  # one cell of the path, at an odd or an even position
    masks["C"][1:, :] = True  # the rest of core C is off the path
    assert corridors.find_via_core(path, masks, "A", "B") == "C"
    masks["C"][0, touch] = False
    assert corridors.find_via_core(path, masks, "A", "B") is None


@pytest.mark.parametrize("leg", [6, 7])
def test_a_least_cost_path_around_a_corner_core_cell_is_flagged(leg):
    # An L-shaped channel: along row 0, then down column `leg`. Core 3 is the single corner cell (0, leg), cheap,
    # so the path goes through it rather than cutting the corner diagonally; `leg` 6 or 7 puts the corner at an
    # even or an odd position of the path.
    res = np.full((8, leg + 1), np.nan)
    res[0, :] = 5.0
    res[:, leg] = 5.0
    res[0, leg] = 1.0
    cores = {1: (0, 0), 2: (7, leg), 3: (0, leg)}
    masks, geoms = {}, {}
    for cid, (r, c) in cores.items():
        m = np.zeros(res.shape, bool)
        m[r, c] = True
        masks[cid] = m
        geoms[cid] = box(10 * c, -10 * r - 10, 10 * c + 10, -10 * r)
    result = corridors.least_cost_corridors(res, masks, geoms, (10.0, 10.0), drop_via_core=True)
    link = next(k for k in result.links if (k.core_a, k.core_b) == (1, 2))
    assert (0, leg) in link.path and link.path.index((0, leg)) == leg
    assert link.via_core == 3 and link.dropped
