"""Design-quality checks on shapes with analytic answers (CRITERIA.md 2b)."""

import math

import pytest
from shapely.geometry import LineString, Point, box
from shapely.ops import substring, unary_union

from ccsg_plugin import paths
from ccsg_plugin.core.criteria.evaluate import EvaluationContext
from ccsg_plugin.core.criteria.profiles import load_profile
from tests.unit.test_criteria_support import CORES, FULL_ATTRS, check

PROFILES = paths.profiles()  # the bundled profiles folder, passed in as the plugin's callers do

NECK = box(1200, 190, 1800, 310)
DUMBBELL = unary_union([box(0, -400, 1200, 600), NECK, box(1800, -400, 3000, 600)])
DUMBBELL_CORES = [("A", box(-1000, -1000, 0, 1200)), ("B", box(3000, -1000, 4000, 1200))]
DUMBBELL_CTX = EvaluationContext(cores=DUMBBELL_CORES)
MIDLINE = LineString([(0, 250), (3000, 250)])


def test_min_width_of_the_rectangle_against_the_threshold():
    r = check("min_width")
    assert r.status == "fail" and r.value == pytest.approx(500, abs=0.5) and r.threshold == 2000
    assert "Beier 2019" in r.source and r.unit == "m" and not r.guideline_check
    assert check("min_width", thresholds={"min_m": 400}).status == "pass"


def test_min_width_of_the_dumbbell_and_its_pinch_point():
    r = check("min_width", DUMBBELL, ctx=DUMBBELL_CTX, thresholds={"min_m": 300})
    assert r.status == "fail" and r.value == pytest.approx(120, abs=0.5)
    assert NECK.buffer(1).contains(r.location)


def test_pinch_points_count_length_and_location():
    r = check("pinch_points", DUMBBELL, ctx=DUMBBELL_CTX, thresholds={"transect_spacing_m": 50})
    # with the default 2 km threshold everything is narrower: the whole corridor is one bottleneck
    assert r.status == "fail" and r.value == 1
    profile_ctx = {"ctx": DUMBBELL_CTX, "thresholds": {"transect_spacing_m": 50}}
    p = load_profile(bundled_dir=PROFILES)
    p.criteria["min_width"].thresholds["min_m"] = 500  # bells are 1000 m wide, the neck 120 m
    neck = check("pinch_points", DUMBBELL, profile=p, **profile_ctx)
    assert neck.status == "fail" and neck.value == 1
    assert "about 600 m" in neck.explanation  # a 600 m long neck, 12 transects of 50 m
    assert NECK.buffer(1).contains(neck.location)
    tolerated = check("pinch_points", DUMBBELL, profile=p, ctx=DUMBBELL_CTX,
                      thresholds={"transect_spacing_m": 50, "tolerated_length_m": 700})
    assert tolerated.status == "pass" and tolerated.value == 0 and "tolerated" in tolerated.explanation


def _slanted_band_with_neck(angle):
    """The demo's "Southern bottleneck": a band drawn 2000 m wide (a line buffered with flat ends) along a slanted
    8.4 km line between two cores, pinched to 300 m over 600 m in the middle. Its body reads 1999.99... m."""
    c, s = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    x0, y0, length = -1234567.89, 2345678.12, 8400.0
    line = LineString([(x0, y0), (x0 + length * c, y0 + length * s)])
    band = LineString([(x0 - 1000 * c, y0 - 1000 * s), (x0 + (length + 1000) * c, y0 + (length + 1000) * s)])
    band = band.buffer(1000, cap_style=2)
    window = substring(line, length / 2 - 300, length / 2 + 300).buffer(2000, cap_style=2)
    neck_zone = substring(line, length / 2 - 300, length / 2 + 300).buffer(150, cap_style=2)
    corridor = band.difference(window.difference(line.buffer(150, cap_style=2)))
    cores = [("5", Point(x0 - 3000 * c, y0 - 3000 * s).buffer(3000)),
             ("6", Point(x0 + (length + 3000) * c, y0 + (length + 3000) * s).buffer(3000))]
    return corridor, band, line, cores, neck_zone


@pytest.mark.parametrize("angle", [17, 61, 104])
def test_a_band_drawn_at_the_threshold_has_one_bottleneck_at_its_neck(angle):
    corridor, band, line, cores, neck_zone = _slanted_band_with_neck(angle)
    ctx = EvaluationContext(cores=cores)
    r = check("pinch_points", corridor, ctx=ctx, centreline=line)
    assert r.status == "fail" and r.value == 1, r.explanation
    assert "about 600 m" in r.explanation  # 6 transects of 100 m across the 600 m neck
    assert neck_zone.buffer(1).contains(r.location)
    # Without the neck the band is exactly at the 2000 m threshold: it meets it and has no bottleneck.
    assert check("min_width", band, ctx=ctx, centreline=line).status == "pass"
    assert check("pinch_points", band, ctx=ctx, centreline=line).value == 0


def test_no_pinch_point_when_wide_enough():
    r = check("pinch_points", thresholds={})
    assert r.status == "fail"
    p = load_profile(bundled_dir=PROFILES)
    p.criteria["min_width"].thresholds["min_m"] = 450
    assert check("pinch_points", profile=p).value == 0


def test_width_checks_do_not_apply_to_stepping_stones():
    attrs = dict(FULL_ATTRS, corridor_form="stepping_stone")
    for cid in ("min_width", "pinch_points"):
        assert check(cid, attrs=attrs).status == "not_evaluated"


def test_width_needs_the_cores():
    r = check("min_width", ctx=EvaluationContext())
    assert r.status == "not_evaluated" and "core areas layer" in r.explanation
    r = check("min_width", box(0, 0, 2000, 500))
    assert r.status == "not_evaluated" and "two cores" in r.explanation


@pytest.mark.parametrize(("dispersal", "home", "status"), [(5000, 2000, "pass"), (2000, 400, "pass"),
                                                           (2000, 600, "fail")])
def test_length_against_dispersal(dispersal, home, status):
    r = check("length_vs_dispersal", centreline=MIDLINE,
              species={"max_dispersal_m": dispersal, "home_range_width_m": home})
    assert r.value == pytest.approx(3000) and r.status == status


def test_length_without_centreline_follows_the_corridor_axis():
    r = check("length_vs_dispersal")
    assert r.value == pytest.approx(3000, abs=20)  # from the contact points with the cores


def test_long_corridors_at_the_minimum_width_are_flagged():
    p = load_profile(bundled_dir=PROFILES)
    p.criteria["min_width"].thresholds["min_m"] = 500
    assert check("width_grows_with_length", profile=p, centreline=MIDLINE,
                 thresholds={"long_m": 2000}).status == "warn"
    assert check("width_grows_with_length", profile=p, centreline=MIDLINE).status == "pass"  # 3 km < 5 km


@pytest.mark.parametrize(("depth", "share"), [(100, 2800 * 300 / 1.5e6), (200, 2600 * 100 / 1.5e6)])
def test_edge_interior_share(depth, share):
    r = check("edge_interior", thresholds={"edge_depth_m": depth})
    assert r.value == pytest.approx(share, abs=1e-4)
    assert r.status == ("pass" if share >= 0.5 else "fail")


def test_riparian_buffer_share():
    ctx = EvaluationContext(cores=CORES, streams=[LineString([(500, 250), (2500, 250)])])
    assert check("riparian_included", ctx=ctx).value == pytest.approx(1.0)
    edge = EvaluationContext(cores=CORES, streams=[LineString([(500, 480), (2500, 480)])])
    r = check("riparian_included", ctx=edge)
    total = 2000 * 60 + math.pi * 30 ** 2
    outside = 2000 * 10 + (900 * math.acos(20 / 30) - 20 * math.sqrt(30 ** 2 - 20 ** 2))
    assert r.status == "fail" and r.value == pytest.approx(1 - outside / total, abs=2e-3)
    assert r.location is not None and r.location.bounds[3] == pytest.approx(510, abs=0.5)
    assert check("riparian_included").status == "not_evaluated"
