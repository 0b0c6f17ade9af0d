"""current_pinch: the corridor's highest current (per 1 A between its cores) and where it is, on hand-made rasters."""

import numpy as np
import pytest

from ccsg_plugin.core.criteria.catalogue import CATALOGUE
from ccsg_plugin.core.criteria.evaluate import EvaluationContext
from ccsg_plugin.core.criteria.profiles import load_profile
from tests.unit.test_criteria_support import CORES, PROFILES, check, scene_grid


def current_raster():
    """0.2 A everywhere; one cell of 0.8 A inside the corridor (x 0..3000, y 0..500) at x 1500..1510, y 250..260;
    a stronger 5 A cell outside it and a NoData hole inside it, both to be ignored."""
    current = scene_grid(0.2, name="pinch")
    current.data[(1500 - 260) // 10, (1500 + 1000) // 10] = 0.8  # row 124 covers y 250..260, column 250 x 1500..1510
    current.data[(1500 - 1000) // 10, (2000 + 1000) // 10] = 5.0  # y 990..1000: outside the corridor
    current.data[(1500 - 100) // 10, (500 + 1000) // 10] = np.nan
    current.nodata_mask = ~np.isfinite(current.data)
    return current


def test_highest_current_share_and_where():
    r = check("current_pinch", ctx=EvaluationContext(cores=CORES, pinch_points=current_raster()))
    assert r.value == pytest.approx(0.8) and r.threshold == 0.5
    assert r.status == "fail" and r.level == "advisory"
    assert (r.location.x, r.location.y) == (1505.0, 255.0)  # the hot cell's centre
    assert r.explanation == ("Highest current 0.8 A (80 % of the 1 A between the cores) at 1505, 255; "
                             "corridor median 0.2 A")


@pytest.mark.parametrize(("limit", "status"), [(0.8, "pass"), (0.7999, "fail"), (1.0, "pass")])
def test_threshold_is_inclusive(limit, status):
    r = check("current_pinch", ctx=EvaluationContext(cores=CORES, pinch_points=current_raster()),
              thresholds={"max_share": limit})
    assert r.status == status


def test_not_evaluated_without_raster_or_current():
    r = check("current_pinch", ctx=EvaluationContext(cores=CORES))
    assert r.status == "not_evaluated" and "no pinch-point (current) raster" in r.explanation
    empty = scene_grid(np.nan, name="pinch")
    r = check("current_pinch", ctx=EvaluationContext(cores=CORES, pinch_points=empty))
    assert r.status == "not_evaluated" and "raster 'pinch' has no current inside the corridor" in r.explanation
    r = check("current_pinch", ctx=EvaluationContext(cores=CORES, pinch_points=current_raster().__class__(
        current_raster().data[:, :300], current_raster().transform, name="pinch")))  # x up to 2000 only
    assert r.status == "not_evaluated" and "raster 'pinch' covers only 67 % of the corridor" in r.explanation


def test_mostly_nodata_corridor_is_still_evaluated():
    """Outside a tight pinch-point cutoff the raster is NoData: two thirds NoData still give the highest current."""
    current = current_raster()
    current.data[:, (1000 + 1000) // 10:] = np.nan  # only x < 1000 keeps current: the 0.8 A cell is gone
    current.nodata_mask = ~np.isfinite(current.data)
    r = check("current_pinch", ctx=EvaluationContext(cores=CORES, pinch_points=current))
    assert r.status == "pass" and r.value == pytest.approx(0.2)


def test_catalogue_and_bundled_profiles_keep_both_pinch_criteria():
    d = CATALOGUE["current_pinch"]
    assert d.level == "advisory" and d.thresholds == {"max_share": 0.5} and "[I]" in d.source
    assert CATALOGUE["pinch_points"].unit == "transects"  # the geometric criterion is unchanged
    profile = load_profile(bundled_dir=PROFILES)
    assert profile.criteria["current_pinch"].level == "advisory"
    assert "[I] design default" in profile.criteria["current_pinch"].source
    assert "pinch_points" in profile.criteria
