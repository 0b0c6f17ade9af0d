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
from ccsg_plugin.core.text import tr

GOVERNANCE_TYPES = {"A", "B", "C", "D"}


def boundary_defined(job: Job, spec: CriterionSpec) -> Outcome:
    if job.geometry_error:
        return Outcome("fail", None, None, tr("Not a clearly bounded space: {0}", job.geometry_error))
    if job.context.crs_ok is False:
        return Outcome("fail", None, None, tr("The corridor layer has no projected CRS: set one in metres"))
    parts = len(getattr(job.geom, "geoms", [job.geom]))
    if parts > 1 and not job.is_stepping_stone:
        return Outcome("fail", parts, 1, tr("The corridor has {0} separate parts; only corridor_form = stepping_stone "
                                            "may be multi-part", None, parts, parts))
    return Outcome("pass", parts, None, tr("One valid bounded space of {0} ha{1}",
                                           format(job.geom.area / 10000.0, ".1f"), (tr(" in {0} stepping stones"
                                                                                       , parts) if parts > 1 else '')))


def connects_cores(job: Job, spec: CriterionSpec) -> Outcome:
    if job.context.cores is None:
        return Outcome.missing(tr("no core areas layer (protected areas, OECMs, core habitat)"))
    need = int(spec.thresholds["min_cores"])
    ids = job.touched_cores()
    shown = ", ".join(str(i) for i in ids) or tr("none")
    if len(ids) >= need:
        return Outcome("pass", len(ids), need, tr("Touches {0} cores ({1})", len(ids), shown))
    return Outcome("fail", len(ids), need, tr("Touches {0} core(s) ({1}); at least {2} are needed (snap {3} m)",
                                              None, len(ids), len(ids), shown, need, f"{spec.thresholds['snap_m']:g}"))


def not_inside_single_core(job: Job, spec: CriterionSpec) -> Outcome:
    if job.context.cores is None:
        return Outcome.missing(tr("no core areas layer"))
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
                       tr("{0} % lies inside core {1}: already protected core, not a linkage",
                          format(100 * best, ".0f"), best_id))
    return Outcome("pass", float(best), limit, tr("At most {0} % lies inside a single core", format(100 * best, ".0f")))


def _filled(job: Job, *names: str) -> list[str]:
    return [n for n in names if is_missing(job.attr(n))]


def objective_present(job: Job, spec: CriterionSpec) -> Outcome:
    missing = _filled(job, "objective_connectivity")
    if missing:
        return Outcome("fail", None, None, tr("Attribute objective_connectivity is missing or empty: state what "
                                              "connectivity the corridor maintains or restores, for whom"))
    return Outcome("pass", str(job.attr("objective_connectivity"))[:80], None, tr("Connectivity objective stated"))


def governed(job: Job, spec: CriterionSpec) -> Outcome:
    missing = _filled(job, "governance_type", "governance_authority")
    if missing:
        return Outcome("fail", None, None, tr("Attribute(s) {0} missing or 'Not Reported'", ', '.join(missing)))
    gtype = str(job.attr("governance_type")).strip()
    code = gtype[:1].upper()
    if code not in GOVERNANCE_TYPES or (len(gtype) > 1 and gtype[1:2].isalnum()):
        return Outcome("fail", gtype, "A-D", tr("governance_type '{0}' is not an IUCN governance type A, B, C or D",
                                                gtype))
    subtype = job.attr("gov_subtype")
    if not is_missing(subtype):
        group = corridor_schema.governance_type_of(str(subtype).strip())
        if group != code:
            return Outcome("warn", code, "A-D", tr("gov_subtype '{0}' does not belong to governance type {1}{2}",
                                                   subtype, code, (tr(" (it is a type {0} subtype)"
                                                                      , group) if group else '')))
    return Outcome("pass", code, "A-D", tr("Governance type {0}, authority {1}",
                                           code, job.attr('governance_authority')))


def managed(job: Job, spec: CriterionSpec) -> Outcome:
    if not is_missing(job.attr("management_plan")):
        return Outcome("pass", str(job.attr("management_plan"))[:80], None, tr("Management plan referenced"))
    if not is_missing(job.attr("management_mechanism")):
        return Outcome("pass", str(job.attr("management_mechanism"))[:80], None, tr("Management mechanism stated"))
    return Outcome("fail", None, None, tr("Attributes management_plan and management_mechanism are missing or 'Not "
                                          "Reported'"))


def _years(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    m = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*(years?|yrs?|y)?\s*", str(value), re.IGNORECASE)
    return float(m.group(1)) if m else None


def long_term(job: Job, spec: CriterionSpec) -> Outcome:
    missing = _filled(job, "legal_mechanism", "commitment_duration")
    if missing:
        return Outcome("fail", None, None, tr("Attribute(s) {0} missing: a long-term commitment by legal or other "
                                              "effective means must be recorded", ', '.join(missing)))
    min_years = float(spec.thresholds["min_years"])
    duration = job.attr("commitment_duration")
    if str(duration).strip().lower() == "permanent":
        return Outcome("pass", "permanent", min_years, tr("Permanent commitment ({0})", job.attr('legal_mechanism')))
    years = _years(duration)
    if years is None:
        return Outcome("fail", str(duration), min_years,
                       tr("commitment_duration '{0}' is neither 'permanent' nor a number of years", duration))
    if years < min_years:
        return Outcome("warn", years, min_years, tr("Commitment of {0} years is under {1} years",
                                                    format(years, "g"), f'{min_years:g}'))
    return Outcome("pass", years, min_years, tr("Commitment of {0} years ({1})",
                                                format(years, "g"), job.attr('legal_mechanism')))


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
        return Outcome("fail", None, None, tr("Attribute(s) {0} missing: record how effectiveness is measured (a plan "
                                              "and at least one indicator)", ', '.join(missing)))
    max_age = float(spec.thresholds["max_assessment_age_years"])
    last = job.attr("last_assessment")
    if is_missing(last):
        return Outcome("warn", None, max_age, tr("Monitoring plan and indicators present; no last_assessment date"))
    when = _date(last)
    if when is None:
        return Outcome("warn", str(last), max_age, tr("last_assessment '{0}' is not a date (YYYY-MM-DD)", last))
    age = (job.today - when).days / 365.25
    if age > max_age:
        return Outcome("warn", float(age), max_age, tr("Last assessment {0} years ago (over {1})",
                                                       format(age, ".1f"), f'{max_age:g}'))
    return Outcome("pass", float(age), max_age, tr("Monitored; last assessment {0} years ago", format(age, ".1f")))


def pa_overlap(job: Job, spec: CriterionSpec) -> Outcome:
    if job.context.cores is None:
        return Outcome.missing(tr("no core areas layer"))
    cores = job.context.cores
    touching = [cores[i][1] for i in near(job, "cores", [g for _, g in cores])
                if cores[i][1] is not None and cores[i][1].intersects(job.geom)]
    share = job.geom.intersection(unary_union(touching)).area / job.geom.area if touching else 0.0
    return Outcome("pass", float(share), None, tr("{0} % of the corridor is already protected or core",
                                                  format(100 * share, ".0f")))
