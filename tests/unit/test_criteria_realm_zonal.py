"""Zonal checks (elevation gradient, built-up footprint, night lights) and the realm-specific checks."""

import numpy as np
import pytest
from shapely.geometry import LineString, Point, box

from ccsg_plugin import paths
from ccsg_plugin.core.criteria.evaluate import EvaluationContext
from ccsg_plugin.core.criteria.profiles import load_profile
from tests.unit.test_criteria_support import CORES, FULL_ATTRS, check, grid, scene_grid

PROFILES = paths.profiles()  # the bundled profiles folder, passed in as the plugin's callers do


def dem_rising_east():
    """Elevation = x / 10 at each cell centre."""
    dem = scene_grid(0.0, name="dem")
    xs = -1000 + (np.arange(dem.data.shape[1]) + 0.5) * 10
    dem.data[:] = xs / 10.0
    return dem


def test_elevation_difference_between_the_cores():
    r = check("climate_gradient", ctx=EvaluationContext(cores=CORES, dem=dem_rising_east()))
    # core A spans x -1000..0 (mean -500 -> -50 m), core B 3000..4000 (mean 3500 -> 350 m)
    assert r.value == pytest.approx(400) and r.level == "info" and r.status == "pass"
    assert "0-300 m inside" in r.explanation


@pytest.mark.parametrize(("need", "status"), [(100, "pass"), (500, "fail")])
def test_climate_modifier_requires_a_gradient(need, status):
    profile = load_profile("terrestrial_multispecies+climate_adaptation", bundled_dir=PROFILES)
    r = check("climate_gradient", ctx=EvaluationContext(cores=CORES, dem=dem_rising_east()), profile=profile,
              thresholds={"min_core_elevation_diff_m": need})
    assert r.level == "advisory" and r.status == status


def test_built_up_share_inside_and_around():
    lc = scene_grid(10, np.int32, "landcover")
    lc.data[:, (1000 + 1000) // 10:(1300 + 1000) // 10] = 50  # built-up strip x 1000..1300, all rows
    r = check("human_footprint", ctx=EvaluationContext(cores=CORES, landcover=lc), thresholds={"ring_m": 200})
    # inside: 300 of 3000 m -> 10 %; the ring (200 m around) holds the strip's 2 x 200 m ends: 300 x 400 m
    ring_area = (3400 * 900 - 3000 * 500) - (4 * 200 * 200 - np.pi * 200 ** 2)
    assert r.status == "fail" and r.value == pytest.approx(0.1)
    assert f"{100 * 300 * 400 / ring_area:.1f} % in the 200 m ring" in r.explanation


def test_night_lights_reported():
    lights = scene_grid(3.0, name="viirs")
    r = check("artificial_light", ctx=EvaluationContext(cores=CORES, night_lights=lights))
    assert r.value == pytest.approx(3.0) and r.level == "info"


def test_freshwater_barriers_and_floodplain():
    dams = [Point(500, 250), Point(2500, 100), Point(5000, 250)]
    fresh = dict(FULL_ATTRS, realm="freshwater")
    r = check("fw_longitudinal", ctx=EvaluationContext(cores=CORES, river_barriers=dams), attrs=fresh)
    assert r.value == 2 and r.status == "fail"
    flood = [box(1000, -200, 2000, 700)]
    r = check("fw_lateral", ctx=EvaluationContext(cores=CORES, floodplain=flood), attrs=fresh)
    assert r.value == pytest.approx(500 / 900)


def test_marine_span_and_spacing():
    coast = [LineString([(-500, 100), (3500, 100)])]
    ctx = EvaluationContext(cores=[*CORES, ("C", box(6000, 0, 7000, 500))], coastline=coast)
    sea = dict(FULL_ATTRS, realm="marine")
    assert check("mar_size", ctx=ctx, attrs=sea).value == pytest.approx(3000)
    assert check("mar_size", ctx=ctx, attrs=sea).status == "fail"
    assert check("mar_size", ctx=ctx, attrs=sea, thresholds={"min_alongshore_m": 2500}).status == "pass"
    r = check("mar_spacing", ctx=ctx, attrs=sea, species={"max_dispersal_m": 2500})
    assert r.value == pytest.approx(3000) and r.status == "fail" and "(C)" in r.explanation


@pytest.mark.parametrize(("regime", "months", "status"), [("permanent", None, "pass"), ("seasonal", None, "warn"),
                                                          ("seasonal", "Mar-May", "pass"), (None, None, "warn")])
def test_temporal_validity(regime, months, status):
    attrs = dict(FULL_ATTRS, temporal_regime=regime, active_months=months, realm="marine")
    assert check("temporal_validity", attrs=attrs).status == status


def test_realm_specific_check_skipped_for_another_realm():
    r = check("mar_size", attrs=dict(FULL_ATTRS, realm="terrestrial"))
    assert r.status == "not_evaluated" and "terrestrial" in r.explanation


def test_dem_covering_only_part_of_a_core_uses_that_part():
    dem = dem_rising_east()
    part = dem.data[:, 50:]  # starts at x = -500: core A is half covered (mean x -250 -> -25 m)
    r = check("climate_gradient", ctx=EvaluationContext(cores=CORES, dem=grid(part.copy(), x0=-500, name="dem")))
    assert r.value == pytest.approx(375)


def test_ring_running_off_the_raster_is_measured_where_covered():
    lc = scene_grid(10, np.int32, "landcover")
    r = check("human_footprint", ctx=EvaluationContext(cores=CORES, landcover=lc), thresholds={"ring_m": 1500})
    assert r.status == "pass" and "of the ring covered" in r.explanation
