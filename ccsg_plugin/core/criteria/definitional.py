"""Definitional checks (CRITERIA.md 2a): the parts of the IUCN corridor definition a polygon and its attributes
can show: a clearly bounded space, linking cores, with an objective, governance, management, a long-term commitment
and monitoring."""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from shapely.ops import unary_union

from ccsg_plugin.core.corridor import schema as corridor_schema
from ccsg_plugin.core.criteria.inputs import Job, Outcome, is_missing, near
from ccsg_plugin.core.criteria.profiles import CriterionSpec

GOVERNANCE_TYPES = {"A", "B", "C", "D"}


def boundary_defined(job: Job, spec: CriterionSpec) -> Outcome:
    if job.geometry_error:
        return Outcome("fail", None, None, f"Not a clearly bounded space: {job.geometry_error}")
    if job.context.crs_ok is False:
        return Outcome("fail", None, None, "The corridor layer has no projected CRS: set one in metres")
    parts = len(getattr(job.geom, "geoms", [job.geom]))
    if parts > 1 and not job.is_stepping_stone:
        return Outcome("fail", parts, 1, f"The corridor has {parts} separate parts; only corridor_form = "
                                         "stepping_stone may be multi-part")
    return Outcome("pass", parts, None, f"One valid bounded space of {job.geom.area / 1e4:.1f} ha"
                   + (f" in {parts} stepping stones" if parts > 1 else ""))


def connects_cores(job: Job, spec: CriterionSpec) -> Outcome:
    if job.context.cores is None:
        return Outcome.missing("no core areas layer (protected areas, OECMs, core habitat)")
    need = int(spec.thresholds["min_cores"])
    ids = job.touched_cores()
    shown = ", ".join(str(i) for i in ids) or "none"
    if len(ids) >= need:
        return Outcome("pass", len(ids), need, f"Touches {len(ids)} cores ({shown})")
    return Outcome("fail", len(ids), need, f"Touches {len(ids)} core(s) ({shown}); at least {need} are needed "
                                           f"(snap {spec.thresholds['snap_m']:g} m)")


def not_inside_single_core(job: Job, spec: CriterionSpec) -> Outcome:
    if job.context.cores is None:
        return Outcome.missing("no core areas layer")
    limit = float(spec.thresholds["max_share"])
    best, best_id = 0.0, None
    area = job.geom.area
    cores = job.context.cores
    for i in near(job, "cores", [g for _, g in cores]):
        cid, core = cores[i]
        if core is None or core.is_empty or not core.intersects(job.geom):
            continue
        share = job.geom.intersection(core).area / area
        if share > best:
            best, best_id = share, cid
    if best > limit:
        return Outcome("fail", float(best), limit,
                       f"{100 * best:.0f} % lies inside core {best_id}: already protected core, not a linkage")
    return Outcome("pass", float(best), limit, f"At most {100 * best:.0f} % lies inside a single core")


def _filled(job: Job, *names: str) -> list[str]:
    return [n for n in names if is_missing(job.attr(n))]


def objective_present(job: Job, spec: CriterionSpec) -> Outcome:
    missing = _filled(job, "objective_connectivity")
    if missing:
        return Outcome("fail", None, None, "Attribute objective_connectivity is missing or empty: state what "
                                           "connectivity the corridor maintains or restores, for whom")
    return Outcome("pass", str(job.attr("objective_connectivity"))[:80], None, "Connectivity objective stated")


def governed(job: Job, spec: CriterionSpec) -> Outcome:
    missing = _filled(job, "governance_type", "governance_authority")
    if missing:
        return Outcome("fail", None, None, f"Attribute(s) {', '.join(missing)} missing or 'Not Reported'")
    gtype = str(job.attr("governance_type")).strip()
    code = gtype[:1].upper()
    if code not in GOVERNANCE_TYPES or (len(gtype) > 1 and gtype[1:2].isalnum()):
        return Outcome("fail", gtype, "A-D", f"governance_type '{gtype}' is not an IUCN governance type A, B, C or D")
    subtype = job.attr("gov_subtype")
    if not is_missing(subtype):
        group = corridor_schema.governance_type_of(str(subtype).strip())
        if group != code:
            return Outcome("warn", code, "A-D", f"gov_subtype '{subtype}' does not belong to governance type {code}"
                           + (f" (it is a type {group} subtype)" if group else ""))
    return Outcome("pass", code, "A-D", f"Governance type {code}, authority {job.attr('governance_authority')}")


def managed(job: Job, spec: CriterionSpec) -> Outcome:
    if not is_missing(job.attr("management_plan")):
        return Outcome("pass", str(job.attr("management_plan"))[:80], None, "Management plan referenced")
    if not is_missing(job.attr("management_mechanism")):
        return Outcome("pass", str(job.attr("management_mechanism"))[:80], None, "Management mechanism stated")
    return Outcome("fail", None, None, "Attributes management_plan and management_mechanism are missing or "
                                       "'Not Reported'")


def _years(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(years?|yrs?|y)?\s*", str(value), re.IGNORECASE)
    return float(m.group(1)) if m else None


def long_term(job: Job, spec: CriterionSpec) -> Outcome:
    missing = _filled(job, "legal_mechanism", "commitment_duration")
    if missing:
        return Outcome("fail", None, None, f"Attribute(s) {', '.join(missing)} missing: a long-term commitment by "
                                           "legal or other effective means must be recorded")
    min_years = float(spec.thresholds["min_years"])
    duration = job.attr("commitment_duration")
    if str(duration).strip().lower() == "permanent":
        return Outcome("pass", "permanent", min_years, f"Permanent commitment ({job.attr('legal_mechanism')})")
    years = _years(duration)
    if years is None:
        return Outcome("fail", str(duration), min_years,
                       f"commitment_duration '{duration}' is neither 'permanent' nor a number of years")
    if years < min_years:
        return Outcome("warn", years, min_years, f"Commitment of {years:g} years is under {min_years:g} years")
    return Outcome("pass", years, min_years, f"Commitment of {years:g} years ({job.attr('legal_mechanism')})")


def _date(value: Any) -> _dt.date | None:
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y-%m", "%Y", "%d/%m/%Y", "%Y/%m/%d"):
        try:
            return _dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def monitoring_defined(job: Job, spec: CriterionSpec) -> Outcome:
    missing = _filled(job, "monitoring_plan", "indicators")
    if missing:
        return Outcome("fail", None, None, f"Attribute(s) {', '.join(missing)} missing: record how effectiveness "
                                           "is measured (a plan and at least one indicator)")
    max_age = float(spec.thresholds["max_assessment_age_years"])
    last = job.attr("last_assessment")
    if is_missing(last):
        return Outcome("warn", None, max_age, "Monitoring plan and indicators present; no last_assessment date")
    when = _date(last)
    if when is None:
        return Outcome("warn", str(last), max_age, f"last_assessment '{last}' is not a date (YYYY-MM-DD)")
    age = (job.today - when).days / 365.25
    if age > max_age:
        return Outcome("warn", float(age), max_age, f"Last assessment {age:.1f} years ago (over {max_age:g})")
    return Outcome("pass", float(age), max_age, f"Monitored; last assessment {age:.1f} years ago")


def pa_overlap(job: Job, spec: CriterionSpec) -> Outcome:
    if job.context.cores is None:
        return Outcome.missing("no core areas layer")
    cores = job.context.cores
    touching = [cores[i][1] for i in near(job, "cores", [g for _, g in cores])
                if cores[i][1] is not None and cores[i][1].intersects(job.geom)]
    share = job.geom.intersection(unary_union(touching)).area / job.geom.area if touching else 0.0
    return Outcome("pass", float(share), None, f"{100 * share:.0f} % of the corridor is already protected or core")
