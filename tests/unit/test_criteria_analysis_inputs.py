"""Check criteria fed by other analyses: climate_span on a climate raster, barrier_severance's worst crossing from a
ccsg:crossings result, and mar_spacing along sea paths. References are computed here from the grid's cell centres,
the points and the path lengths directly."""

import math

import numpy as np
import pytest
from shapely.geometry import LineString, Point, box

from ccsg_plugin.core.criteria.crossing_result import CrossingPriority
from ccsg_plugin.core.criteria.evaluate import EvaluationContext
from ccsg_plugin.core.criteria.profiles import load_profile
from tests.unit.test_criteria_support import CORE_A, CORE_B, CORES, FULL_ATTRS, PROFILES, RECT, check, scene_grid


def climate_field(fn):
    """A 10 m climate raster over the scene whose cell value is fn(x, y) at the cell centre; also the centres."""
    raster = scene_grid(0.0, name="climate")
    rows, cols = raster.data.shape
    xs = -1000 + (np.arange(cols) + 0.5) * 10
    ys = 1500 - (np.arange(rows) + 0.5) * 10
    x, y = np.meshgrid(xs, ys)
    raster.data[:] = fn(x, y)
    return raster, x, y


def cells_in(x, y, polygon):
    minx, miny, maxx, maxy = polygon.bounds  # axis-aligned boxes whose edges fall between cell centres
    return (x > minx) & (x < maxx) & (y > miny) & (y < maxy)


def mean_minus_2sd(values):
    return values.mean() - 2.0 * values.std()


def test_climate_ramp_difference_between_the_cores_and_range_along_the_corridor():
    raster, x, y = climate_field(lambda x, y: x / 1000.0)  # 1 degree per km eastwards
    r = check("climate_span", ctx=EvaluationContext(cores=CORES, climate=raster))
    a = mean_minus_2sd(raster.data[cells_in(x, y, CORE_A)])
    b = mean_minus_2sd(raster.data[cells_in(x, y, CORE_B)])
    assert r.value == pytest.approx(abs(b - a), rel=1e-12)
    assert r.value == pytest.approx(4.0, rel=1e-9)  # cores 4 km apart (centres), equal spread
    assert r.status == "pass" and r.level == "info" and r.threshold is None  # reported only by default
    inside = raster.data[cells_in(x, y, RECT)]
    assert r.extra["corridor_min"] == pytest.approx(inside.min()) and r.extra["corridor_max"] == pytest.approx(
        inside.max())
    assert r.extra["climate_a"] == pytest.approx(a) and r.extra["climate_b"] == pytest.approx(b)


def test_climate_statistic_is_mean_minus_two_sd_not_the_mean():
    # The east core's climate spreads more (quadratic field): mean - 2 SD and the plain mean give different gaps.
    raster, x, y = climate_field(lambda x, y: (x / 1000.0) ** 2)
    r = check("climate_span", ctx=EvaluationContext(cores=CORES, climate=raster))
    va, vb = raster.data[cells_in(x, y, CORE_A)], raster.data[cells_in(x, y, CORE_B)]
    want = abs(mean_minus_2sd(vb) - mean_minus_2sd(va))
    assert r.value == pytest.approx(want, rel=1e-12)
    assert abs(want - abs(vb.mean() - va.mean())) > 0.1


def test_climate_threshold_exactly_at_the_difference_passes():
    raster, x, y = climate_field(lambda x, y: x / 1000.0)
    want = abs(mean_minus_2sd(raster.data[cells_in(x, y, CORE_B)]) - mean_minus_2sd(raster.data[cells_in(x, y,
                                                                                                          CORE_A)]))
    ctx = EvaluationContext(cores=CORES, climate=raster)
    at = check("climate_span", ctx=ctx, thresholds={"min_core_climate_diff": want})
    above = check("climate_span", ctx=ctx, thresholds={"min_core_climate_diff": math.nextafter(want, math.inf)})
    assert at.status == "pass" and at.threshold == want
    assert above.status == "fail"


def test_climate_adaptation_modifier_requires_a_climate_difference():
    profile = load_profile("terrestrial_multispecies+climate_adaptation", bundled_dir=PROFILES)
    spec = profile.criteria["climate_span"]
    assert spec.enabled and spec.level == "advisory" and spec.thresholds["min_core_climate_diff"] == 1.0
    assert "Climate Linkage Mapper" in spec.source
    flat, _x, _y = climate_field(lambda x, y: 10.0 + 0.0 * x)
    steep, _x, _y = climate_field(lambda x, y: x / 1000.0)
    assert check("climate_span", ctx=EvaluationContext(cores=CORES, climate=flat), profile=profile).status == "fail"
    assert check("climate_span", ctx=EvaluationContext(cores=CORES, climate=steep), profile=profile).status == "pass"


def test_climate_missing_raster_or_core_values():
    assert check("climate_span").status == "not_evaluated"
    raster, x, _y = climate_field(lambda x, y: x / 1000.0)
    raster.data[x < 0] = np.nan  # no value over core A
    r = check("climate_span", ctx=EvaluationContext(cores=CORES, climate=raster))
    assert r.status == "not_evaluated" and "core A" in r.explanation


def test_climate_note_of_a_reprojected_raster_is_said():
    raster, _x, _y = climate_field(lambda x, y: x / 1000.0)
    r = check("climate_span", ctx=EvaluationContext(cores=CORES, climate=raster, climate_note="reprojected from X"))
    assert "reprojected from X" in r.explanation


ROAD = [("r1", LineString([(1500, -600), (1500, 1100)]), "primary")]  # cuts the corridor (x 0..3000) at x = 1500


def crossing_points():
    return [
        CrossingPriority(1500, 100, "A-B", rank=2, severance_cost=800.0, keep_open_gain=300.0),
        CrossingPriority(1500, 400, "A-B", rank=1, severance_cost=800.0, keep_open_gain=650.0),
        CrossingPriority(2500, 250, "C-D", rank=1, severance_cost=90.0, keep_open_gain=90.0),  # another pair's
        CrossingPriority(1500, 900, "A-B", rank=1, severance_cost=800.0, keep_open_gain=700.0),  # outside
    ]


def test_worst_crossing_of_the_corridor_is_its_pairs_lowest_rank_inside():
    points = crossing_points()
    ctx = EvaluationContext(cores=CORES, barriers=ROAD, crossing_priorities=points)
    r = check("barrier_severance", ctx=ctx)
    inside = [p for p in points if RECT.buffer(10).contains(Point(p.x, p.y)) and p.pair == "A-B"]
    want = min(inside, key=lambda p: p.rank)
    assert r.status == "fail" and r.value == 1  # the severance itself is unchanged
    assert (r.location.x, r.location.y) == (want.x, want.y)
    worst = r.extra["worst_crossing"]
    assert worst["keep_open_gain"] == 650.0 and worst["severance_cost"] == 800.0 and worst["rank"] == 1
    assert "650" in r.explanation and "800" in r.explanation


def test_without_a_crossings_result_the_severance_is_as_before():
    r = check("barrier_severance", ctx=EvaluationContext(cores=CORES, barriers=ROAD))
    assert r.status == "fail" and "worst_crossing" not in r.extra
    assert r.location.geom_type in ("LineString", "MultiLineString")


def test_crossings_result_with_no_point_in_the_corridor_says_so():
    ctx = EvaluationContext(cores=CORES, barriers=ROAD, crossing_priorities=[CrossingPriority(9000, 9000, "A-B", 1)])
    r = check("barrier_severance", ctx=ctx)
    assert "no crossing of the crossings result" in r.explanation and "worst_crossing" not in r.extra


def test_a_severed_pair_names_its_reconnecting_crossing():
    point = CrossingPriority(1500, 250, "A-B", rank=1, severance_cost=None, keep_open_gain=None, severed=True)
    r = check("barrier_severance", ctx=EvaluationContext(cores=CORES, barriers=ROAD, crossing_priorities=[point]))
    assert r.extra["worst_crossing"]["severed"] is True and "cuts the pair off" in r.explanation


MARINE = dict(FULL_ATTRS, realm="marine")
CORE_C = ("C", box(6000, 0, 7000, 500))  # 3000 m east of the corridor's end (x = 3000) in a straight line


def test_sea_paths_replace_the_straight_line_distance():
    cores = [*CORES, CORE_C]
    straight = check("mar_spacing", ctx=EvaluationContext(cores=cores), attrs=MARINE,
                     species={"max_dispersal_m": 4000})
    assert straight.value == pytest.approx(RECT.distance(CORE_C[1])) and straight.status == "pass"
    assert straight.extra["distance"] == "straight_line" and "straight line" in straight.explanation
    paths = [("B", "C", 4200.0), ("A", "C", 9000.0), ("A", "B", 3000.0)]  # A-B: both the corridor's own
    by_sea = check("mar_spacing", ctx=EvaluationContext(cores=cores, sea_paths=paths), attrs=MARINE,
                   species={"max_dispersal_m": 4000})
    want = min(length for a, b, length in paths if {a, b} & {"A", "B"} and "C" in (a, b))
    assert by_sea.value == want and by_sea.status == "fail"
    assert by_sea.extra["distance"] == "sea_path" and "by sea" in by_sea.explanation


def test_sea_path_spacing_exactly_at_the_dispersal_distance_passes():
    ctx = EvaluationContext(cores=[*CORES, CORE_C], sea_paths=[("C", "B", 4200.0)])
    assert check("mar_spacing", ctx=ctx, attrs=MARINE, species={"max_dispersal_m": 4200.0}).status == "pass"
    assert check("mar_spacing", ctx=ctx, attrs=MARINE,
                 species={"max_dispersal_m": math.nextafter(4200.0, 0)}).status == "fail"


def test_sea_paths_without_a_path_to_another_component_fall_back_and_say_so():
    ctx = EvaluationContext(cores=[*CORES, CORE_C], sea_paths=[("A", "B", 3000.0)])
    r = check("mar_spacing", ctx=ctx, attrs=MARINE, species={"max_dispersal_m": 4000})
    assert r.extra["distance"] == "straight_line" and "no sea path" in r.explanation
    assert r.value == pytest.approx(3000.0)


def test_crossing_pairs_are_matched_by_their_core_fields_when_ids_hold_a_dash():
    cores = [("PA-1", CORE_A), ("PA-2", CORE_B)]
    points = [CrossingPriority(1500, 100, "PA-1-PA-2", rank=2, severance_cost=50.0, keep_open_gain=10.0,
                               cores=("PA-1", "PA-2")),
              CrossingPriority(1500, 300, "X-1-PA-2", rank=1, severance_cost=70.0, keep_open_gain=60.0,
                               cores=("X-1", "PA-2"))]  # inside, but another pair's
    r = check("barrier_severance", ctx=EvaluationContext(cores=cores, barriers=ROAD, crossing_priorities=points))
    assert r.extra["worst_crossing"]["rank"] == 2 and (r.location.x, r.location.y) == (1500, 100)
