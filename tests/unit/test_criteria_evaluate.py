"""The evaluation run: overall status, progress and cancel, per-corridor isolation, the benchmark scene."""

import pytest
from shapely.geometry import box

from ccsg_plugin import paths
from ccsg_plugin.core.corridor import geometry as cg
from ccsg_plugin.core.criteria import evaluate as ev_mod
from ccsg_plugin.core.criteria.bench import synthetic_scene
from ccsg_plugin.core.criteria.evaluate import CorridorInput, EvaluationContext, evaluate_corridors
from ccsg_plugin.core.criteria.profiles import load_profile
from ccsg_plugin.core.criteria.results import CorridorEvaluation, CriterionResult
from ccsg_plugin.core.errors import Cancelled
from tests.unit.test_criteria_support import CORES, FULL_ATTRS, RECT

PROFILES = paths.profiles()  # the bundled profiles folder, passed in as the plugin's callers do


def result(level, status):
    return CriterionResult("x", "x", level, status, None, None, "", "", "")


@pytest.mark.parametrize(("results", "error", "overall", "failed"), [
    ([result("required", "pass"), result("advisory", "pass")], None, "pass", False),
    ([result("required", "pass"), result("advisory", "fail")], None, "warn", False),
    ([result("required", "warn"), result("advisory", "pass")], None, "warn", False),
    ([result("required", "fail"), result("advisory", "pass")], None, "fail", True),
    ([result("required", "pass"), result("info", "fail")], None, "pass", False),
    ([result("required", "pass"), result("advisory", "not_evaluated")], None, "pass", False),
    ([result("required", "pass")], "invalid geometry", "fail", True),
    ([result("required", "pass"), result("required", "not_evaluated")], None, "warn", False),
    ([result("required", "fail"), result("required", "not_evaluated")], None, "fail", True),
])
def test_overall_status_rules(results, error, overall, failed):
    e = CorridorEvaluation("k", "n", results, [], error)
    assert e.overall_status == overall and e.failed_required is failed


def test_a_corridor_cannot_pass_on_required_checks_that_were_not_made():
    # No cores layer: connects_cores (required) cannot be evaluated, so the corridor cannot pass overall.
    (e,) = evaluate_corridors([CorridorInput(1, "c", RECT, dict(FULL_ATTRS))], EvaluationContext(),
                              load_profile(bundled_dir=PROFILES), width_profiles=False)
    links = e.result("connects_cores")
    assert links.level == "required" and links.status == "not_evaluated"
    assert not e.failed_required and e.overall_status == "warn"
    assert any(r.startswith("Required criterion not evaluated: Links at least two cores (Not evaluated: ")
               for r in e.overall_reasons), e.overall_reasons
    # With the cores every required criterion is evaluated and passes; the 500 m width fails the advisory checks.
    (ok,) = evaluate_corridors([CorridorInput(1, "c", RECT, dict(FULL_ATTRS))], EvaluationContext(cores=CORES),
                               load_profile(bundled_dir=PROFILES), width_profiles=False)
    assert not ok.unevaluated_required and ok.overall_reasons == ["Minimum width: fail", "Pinch points: fail"]


def test_required_criteria_that_do_not_apply_do_not_hold_the_corridor_back():
    profile = load_profile(bundled_dir=PROFILES)
    profile.criteria["min_width"].level = "required"
    profile.criteria["min_width"].thresholds["min_m"] = 100
    stones = box(0, 0, 1000, 100).union(box(1200, 0, 2200, 100))
    attrs = dict(FULL_ATTRS, corridor_form="stepping_stone")
    (e,) = evaluate_corridors([CorridorInput(1, "c", stones, attrs)], EvaluationContext(cores=CORES), profile,
                              width_profiles=False)
    width = e.result("min_width")
    assert width.status == "not_evaluated" and not width.applies
    assert width not in e.unevaluated_required
    assert not any("Minimum width" in r for r in e.overall_reasons)


def test_default_profile_on_the_standard_scene():
    (e,) = evaluate_corridors([CorridorInput(1, "c", RECT, dict(FULL_ATTRS))], EvaluationContext(cores=CORES),
                              load_profile(bundled_dir=PROFILES))
    assert not e.failed_required
    assert e.result("min_width").status == "fail"  # 500 m < 2 km: advisory
    assert e.overall_status == "warn"
    ids = [r.criterion_id for r in e.results]
    assert ids[:3] == ["boundary_defined", "connects_cores", "not_inside_single_core"]
    assert {r.criterion_id for r in e.results if r.guideline_check} <= {
        "boundary_defined", "connects_cores", "objective_present", "governed", "managed", "long_term",
        "monitoring_defined"}
    missing = [r for r in e.results if r.status == "not_evaluated"]
    assert all(r.explanation.startswith("Not evaluated: ") for r in missing)
    assert e.width_profile and all(w == pytest.approx(500, abs=1) for _, w, _ in e.width_profile)


def test_progress_and_cancel():
    corridors = [CorridorInput(i, "c", RECT, dict(FULL_ATTRS)) for i in range(3)]
    seen = []
    evaluate_corridors(corridors, EvaluationContext(cores=CORES), load_profile(bundled_dir=PROFILES),
                       progress=seen.append, width_profiles=False)
    assert seen == pytest.approx([1 / 3, 2 / 3, 1.0])
    calls = []

    def cancel_on_second():
        calls.append(1)
        return len(calls) >= 2

    with pytest.raises(Cancelled):
        evaluate_corridors(corridors, EvaluationContext(cores=CORES), load_profile(bundled_dir=PROFILES),
                           is_cancelled=cancel_on_second)


def test_a_failing_measurement_is_isolated(monkeypatch):
    original = ev_mod.CHECKS["edge_interior"]

    def broken(job, spec):
        if job.corridor.key == 2:
            raise ZeroDivisionError("boom")
        return original(job, spec)

    monkeypatch.setitem(ev_mod.CHECKS, "edge_interior", broken)
    corridors = [CorridorInput(i, "c", RECT, dict(FULL_ATTRS)) for i in (1, 2, 3)]
    out = evaluate_corridors(corridors, EvaluationContext(cores=CORES), load_profile(bundled_dir=PROFILES),
                             width_profiles=False)
    assert out[1].result("edge_interior").status == "not_evaluated"
    assert "ZeroDivisionError" in out[1].result("edge_interior").explanation
    assert out[0].result("edge_interior").status == "pass" and out[2].result("edge_interior").status == "pass"


def test_empty_and_non_polygon_geometries_are_reported():
    from shapely.geometry import LineString
    corridors = [CorridorInput(1, "none", None, dict(FULL_ATTRS)),
                 CorridorInput(2, "line", LineString([(0, 0), (10, 0)]), dict(FULL_ATTRS)),
                 CorridorInput(3, "flat", box(0, 0, 10, 0), dict(FULL_ATTRS))]
    out = evaluate_corridors(corridors, EvaluationContext(cores=CORES), load_profile(bundled_dir=PROFILES))
    assert [e.error is not None for e in out] == [True, True, True]
    assert "LineString" in out[1].error
    assert all(e.overall_status == "fail" for e in out)


def test_benchmark_scene_is_well_formed():
    corridors, ctx = synthetic_scene(n_corridors=6, raster_cells=10_000, n_roads=20)
    assert len(corridors) == 6 and len(ctx.barriers) == 20 and ctx.landcover.data.size == 10_000
    for c in corridors:
        assert c.geometry.is_valid
        assert len(cg.connected_core_ids(c.geometry, ctx.cores)) == 2


@pytest.mark.parametrize("profile_id", ["terrestrial_multispecies", "large_carnivore", "forest_bird_small_mammal",
                                        "amphibian", "freshwater_riverine", "marine_network",
                                        "terrestrial_multispecies+climate_adaptation"])
def test_every_bundled_profile_runs_every_check_without_internal_errors(profile_id):
    import numpy as np
    from shapely.geometry import LineString, Point

    from tests.unit.test_criteria_support import scene_grid

    lc = scene_grid(10, np.int32, "landcover")
    lc.data[:, 250:260] = 50
    ctx = EvaluationContext(
        cores=CORES, landcover=lc, resistance=scene_grid(5.0, name="resistance"), dem=scene_grid(100.0, name="dem"),
        night_lights=scene_grid(1.0, name="lights"),
        barriers=[("r", LineString([(1000, -100), (1000, 700)]), "road")], crossings=[Point(1000, 250)],
        streams=[LineString([(0, 250), (3000, 250)])], floodplain=[box(0, 100, 3000, 400)],
        river_barriers=[Point(1500, 250)], coastline=[LineString([(-100, 10), (3100, 10)])])
    attrs = dict(FULL_ATTRS, realm="mixed", corridor_form="continuous", temporal_regime="permanent")
    (e,) = evaluate_corridors([CorridorInput(1, "c", RECT, attrs)], ctx, load_profile(profile_id, bundled_dir=PROFILES))
    assert e.results
    for r in e.results:
        assert r.status in ("pass", "warn", "fail", "not_evaluated")
        assert "measurement failed" not in r.explanation, (r.criterion_id, r.explanation)
        assert r.source


def test_corridor_a_hair_wider_mid_way_gets_its_analytic_width_and_a_neck():
    """Corridor 6 of the `make bench` scene: a polyline buffered with flat ends, so its width is exactly the
    buffer's diameter everywhere. Shrunk just past that width, only a sliver of a few square metres is left in a
    bend; simplifying it emptied the outline and nearest_points raised on min_width, pinch_points and
    width_grows_with_length."""
    from shapely.geometry import LineString, Point

    width = 1049.576
    axis = LineString([(59741.667, 9090.909), (60845.0, 8827.108), (61948.333, 8732.818), (63051.667, 9161.2),
                       (64155.0, 8914.768), (65258.333, 9090.909)])
    corridor = axis.buffer(width / 2.0, cap_style=2)
    cores = [("a", box(56875.0, 7632.576, 59791.667, 10549.242)), ("b", box(65208.333, 7632.576, 68125.0, 10549.242))]
    (e,) = evaluate_corridors([CorridorInput(1, "c", corridor, dict(FULL_ATTRS))], EvaluationContext(cores=cores),
                              load_profile(bundled_dir=PROFILES))
    for cid in ("min_width", "pinch_points", "width_grows_with_length"):
        assert e.result(cid).status != "not_evaluated", (cid, e.result(cid).explanation)
    # The buffer's 16-segment arcs at the outer side of the bends cut up to r (1 - cos(pi/64)) = 0.6 m inside the
    # true circle; the search is to 0.5 m.
    assert e.result("min_width").value == pytest.approx(width, abs=1.2)
    neck = e.result("min_width").location
    assert isinstance(neck, Point) and corridor.buffer(1.0).contains(neck)
    # The profile asks for 2000 m: the whole corridor is one bottleneck, and the width fails.
    assert e.result("min_width").status == "fail"
    assert e.result("pinch_points").value == 1
