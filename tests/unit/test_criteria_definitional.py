"""Definitional checks (CRITERIA.md 2a): geometry, cores and the attributes of section 3."""

import datetime as dt

import pytest
from shapely.geometry import Polygon, box
from shapely.ops import unary_union

from ccsg_plugin import paths
from ccsg_plugin.core.criteria.evaluate import CorridorInput, EvaluationContext, evaluate_corridors
from ccsg_plugin.core.criteria.profiles import load_profile
from tests.unit.test_criteria_support import CORE_A, CORE_B, CORES, FULL_ATTRS, RECT, TODAY, check

PROFILES = paths.profiles()  # the bundled profiles folder, passed in as the plugin's callers do


def with_attrs(**changes):
    attrs = dict(FULL_ATTRS)
    attrs.update(changes)
    return attrs


def test_complete_corridor_passes_every_definitional_check():
    for cid in ("boundary_defined", "connects_cores", "objective_present", "governed", "managed", "long_term",
                "monitoring_defined"):
        r = check(cid)
        assert r.status == "pass", (cid, r.explanation)
        assert r.guideline_check and r.level == "required"


def test_multipart_needs_stepping_stone_form():
    two = unary_union([box(0, 0, 1000, 500), box(2000, 0, 3000, 500)])
    assert check("boundary_defined", two).status == "fail"
    assert check("boundary_defined", two, attrs=with_attrs(corridor_form="stepping_stone")).status == "pass"


def test_no_projected_crs_fails_the_boundary():
    ctx = EvaluationContext(cores=CORES, crs_ok=False)
    assert check("boundary_defined", ctx=ctx).status == "fail"


def test_connects_cores_counts_distinct_cores():
    r = check("connects_cores")
    assert (r.status, r.value, r.threshold) == ("pass", 2, 2)
    one = check("connects_cores", box(0, 0, 2000, 500))
    assert (one.status, one.value) == ("fail", 1)
    none = check("connects_cores", ctx=EvaluationContext(cores=None))
    assert none.status == "not_evaluated" and "core areas layer" in none.explanation


def test_share_inside_a_single_core():
    inside = box(-900, 0, 100, 500)  # 900 of 1000 m inside core A: share 0.9 is not above the 90 % limit
    assert check("not_inside_single_core", inside).value == pytest.approx(0.9)
    assert check("not_inside_single_core", inside).status == "pass"
    deeper = box(-950, 0, 50, 500)
    r = check("not_inside_single_core", deeper)
    assert r.status == "fail" and r.value == pytest.approx(0.95)


@pytest.mark.parametrize("empty", [None, "", "   ", "Not Reported", "not reported"])
def test_missing_objective_fails_and_makes_failed_required_true(empty):
    attrs = with_attrs(objective_connectivity=empty)
    (ev,) = evaluate_corridors([CorridorInput(1, "c", RECT, attrs)], EvaluationContext(cores=CORES),
                               load_profile(bundled_dir=PROFILES))
    assert ev.result("objective_present").status == "fail"
    assert ev.failed_required and ev.overall_status == "fail"


def test_absent_required_field_fails():
    attrs = dict(FULL_ATTRS)
    del attrs["governance_authority"]
    r = check("governed", attrs=attrs)
    assert r.status == "fail" and "governance_authority" in r.explanation


def test_governance_type_must_be_a_to_d():
    assert check("governed", attrs=with_attrs(governance_type="Not Reported")).status == "fail"
    assert check("governed", attrs=with_attrs(governance_type="E")).status == "fail"
    assert check("governed", attrs=with_attrs(governance_type="D")).value == "D"


def test_management_plan_or_mechanism():
    assert check("managed", attrs=with_attrs(management_plan="Not Reported")).status == "fail"
    assert check("managed", attrs=with_attrs(management_plan="Not Reported",
                                             management_mechanism="municipal zoning")).status == "pass"


@pytest.mark.parametrize(("duration", "status"), [("permanent", "pass"), (30, "pass"), ("25 years", "pass"),
                                                  ("10", "warn"), ("forever-ish", "fail"), ("", "fail")])
def test_long_term_commitment(duration, status):
    assert check("long_term", attrs=with_attrs(commitment_duration=duration)).status == status


def test_required_warning_makes_the_corridor_warn_not_fail():
    attrs = with_attrs(commitment_duration=10)
    (ev,) = evaluate_corridors([CorridorInput(1, "c", RECT, attrs)], EvaluationContext(cores=CORES),
                               _only({"long_term", "objective_present"}))
    assert not ev.failed_required and ev.overall_status == "warn"


def _only(ids):
    p = load_profile(bundled_dir=PROFILES)
    for cid, spec in p.criteria.items():
        spec.enabled = cid in ids
    return p


def test_monitoring_age():
    assert check("monitoring_defined").status == "pass"
    old = check("monitoring_defined", attrs=with_attrs(last_assessment="2019-05-01"))
    assert old.status == "warn" and old.value == pytest.approx((TODAY - dt.date(2019, 5, 1)).days / 365.25, abs=0.05)
    assert check("monitoring_defined", attrs=with_attrs(indicators=[])).status == "fail"


def test_pa_overlap_share():
    half_in = box(-500, 0, 500, 500)
    r = check("pa_overlap", half_in)
    assert r.level == "info" and r.value == pytest.approx(0.5)


def test_invalid_geometry_reported_per_corridor_others_still_evaluated():
    bowtie = Polygon([(0, 0), (3000, 500), (3000, 0), (0, 500)])
    corridors = [CorridorInput(1, "good", RECT, dict(FULL_ATTRS)), CorridorInput(2, "bowtie", bowtie, dict(FULL_ATTRS)),
                 CorridorInput(3, "also good", box(0, 100, 3000, 400), dict(FULL_ATTRS))]
    evs = evaluate_corridors(corridors, EvaluationContext(cores=CORES), load_profile(bundled_dir=PROFILES),
                             width_profiles=False)
    good, bad, other = evs
    assert bad.error and "Self-intersection" in bad.error
    assert bad.failed_required and bad.overall_status == "fail"
    assert bad.result("boundary_defined").status == "fail"
    assert bad.result("min_width").status == "not_evaluated" and "geometry" in bad.result("min_width").explanation
    assert bad.result("objective_present").status == "pass"  # attributes are still checked
    assert good.error is None and good.result("min_width").value == pytest.approx(500, abs=0.5)
    assert other.result("min_width").value == pytest.approx(300, abs=0.5)
    assert CORE_A.touches(RECT) and CORE_B.touches(RECT)


def test_governance_subtype_must_match_the_type():
    r = check("governed", attrs=with_attrs(governance_type="B", gov_subtype="Individual landowners"))
    assert r.status == "warn" and "type C subtype" in r.explanation
    assert check("governed", attrs=with_attrs(governance_type="B", gov_subtype="Not Reported")).status == "pass"
