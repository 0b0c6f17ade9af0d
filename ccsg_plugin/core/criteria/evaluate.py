"""Evaluate corridors against a criteria profile: one CriterionResult per enabled criterion per corridor.

A criterion that needs a missing layer or attribute is "not_evaluated" and says which; when it is a required
criterion the corridor's overall status is at best "warn" (see CorridorEvaluation.overall_status). An invalid corridor
geometry is reported on that corridor (error, boundary_defined fails, geometric criteria not evaluated); the other
corridors are still evaluated.
"""

from __future__ import annotations

import logging
from typing import Callable, Optional, Sequence

from ccsg_plugin.core import progress as _progress
from ccsg_plugin.core.criteria import barriers, circuit, climate, costeff, definitional, design, habitat, realm, zonal
from ccsg_plugin.core.criteria.catalogue import CATALOGUE
from ccsg_plugin.core.criteria.inputs import CorridorInput, EvaluationContext, Job, Outcome
from ccsg_plugin.core.criteria.profiles import CriterionSpec, Profile
from ccsg_plugin.core.criteria.raster import RasterArray
from ccsg_plugin.core.criteria.results import CorridorEvaluation, CriterionResult
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import message_of, tr

__all__ = ["CorridorInput", "EvaluationContext", "RasterArray", "evaluate_corridors", "evaluate_corridor",
           "CHECKS"]

log = logging.getLogger(__name__)

Check = Callable[[Job, CriterionSpec], Outcome]

CHECKS: dict[str, Check] = {
    "boundary_defined": definitional.boundary_defined,
    "connects_cores": definitional.connects_cores,
    "not_inside_single_core": definitional.not_inside_single_core,
    "objective_present": definitional.objective_present,
    "governed": definitional.governed,
    "managed": definitional.managed,
    "long_term": definitional.long_term,
    "monitoring_defined": definitional.monitoring_defined,
    "min_width": design.min_width,
    "pinch_points": design.pinch_points,
    "current_pinch": circuit.current_pinch,
    "length_vs_dispersal": design.length_vs_dispersal,
    "width_grows_with_length": design.width_grows_with_length,
    "habitat_continuity": habitat.habitat_continuity,
    "stepping_stone_spacing": habitat.stepping_stone_spacing,
    "habitat_quality": habitat.habitat_quality,
    "edge_interior": design.edge_interior,
    "lcp_contained": costeff.lcp_contained,
    "cost_efficiency": costeff.cost_efficiency,
    "climate_gradient": zonal.climate_gradient,
    "climate_span": climate.climate_span,
    "riparian_included": design.riparian_included,
    "pa_overlap": definitional.pa_overlap,
    "barrier_severance": barriers.barrier_severance,
    "crossing_structures": barriers.crossing_structures,
    "road_density": barriers.road_density,
    "human_footprint": zonal.human_footprint,
    "artificial_light": zonal.artificial_light,
    "fw_longitudinal": realm.fw_longitudinal,
    "fw_lateral": realm.fw_lateral,
    "mar_size": realm.mar_size,
    "mar_spacing": realm.mar_spacing,
    "temporal_validity": realm.temporal_validity,
}

# Criteria that read only attributes: still evaluated when the geometry is invalid.
ATTRIBUTE_ONLY = {"objective_present", "governed", "managed", "long_term", "monitoring_defined", "temporal_validity"}


def _result(cid: str, spec: CriterionSpec, outcome: Outcome) -> CriterionResult:
    d = CATALOGUE[cid]
    return CriterionResult(criterion_id=cid, name=d.name, level=spec.level, status=outcome.status,
                           value=outcome.value, threshold=outcome.threshold, unit=outcome.unit or spec.unit or d.unit,
                           explanation=outcome.explanation, source=spec.source or d.source,
                           location=outcome.location, guideline_check=d.guideline_check, applies=outcome.applies,
                           extra=dict(outcome.extra))


def _run(cid: str, job: Job, spec: CriterionSpec) -> Outcome:
    if job.geometry_error and cid not in ATTRIBUTE_ONLY and cid != "boundary_defined":
        return Outcome.missing(tr("the corridor geometry is not usable ({0})", job.geometry_error))
    realm_attr = job.attr("realm")
    corridor_realm = realm_attr.strip().lower() if isinstance(realm_attr, str) else ""
    if corridor_realm in ("terrestrial", "freshwater", "marine") and corridor_realm not in CATALOGUE[cid].realms:
        return Outcome.missing(tr("does not apply to a {0} corridor", corridor_realm), applies=False)
    try:
        return CHECKS[cid](job, spec)
    except CcsgError as exc:
        return Outcome.missing(message_of(exc))
    except Exception as exc:  # one failing measurement must not lose the other criteria or corridors
        log.exception("criterion %s failed on corridor %s", cid, job.corridor.key)
        return Outcome.missing(tr("measurement failed ({0}: {1})", type(exc).__name__, exc))


def evaluate_corridor(corridor: CorridorInput, context: EvaluationContext, profile: Profile,
                      shared: Optional[dict] = None, width_profile: bool = True) -> CorridorEvaluation:
    job = Job(corridor, context, profile, shared)
    evaluation = CorridorEvaluation(key=corridor.key, name=corridor.name, error=job.geometry_error)
    for cid, spec in profile.enabled_criteria():
        evaluation.results.append(_result(cid, spec, _run(cid, job, spec)))
    if width_profile and job.geometry_error is None and context.cores is not None and not job.is_stepping_stone:
        try:
            if job.pair() is not None:
                pinch = profile.criteria.get("pinch_points")
                spacing = float(pinch.thresholds["transect_spacing_m"]) if pinch else 100.0
                evaluation.width_profile = job.width_profile(spacing or 100.0)
        except Exception:  # the chart is optional; the criteria above are already recorded
            log.exception("width profile failed on corridor %s", corridor.key)
    return evaluation


def evaluate_corridors(corridors: Sequence[CorridorInput], context: EvaluationContext, profile: Profile,
                       progress=None, is_cancelled=None, width_profiles: bool = True) -> list[CorridorEvaluation]:
    """Evaluate every corridor against the profile's enabled criteria, in input order."""
    unknown = [cid for cid in profile.criteria if cid not in CHECKS]
    if unknown:
        raise CcsgError(tr("The profile '{0}' has unknown criterion id(s): {1}", profile.id, ', '.join(unknown)))
    shared: dict = {}
    out = []
    n = len(corridors)
    for i, corridor in enumerate(corridors):
        _progress.check_cancelled(is_cancelled)
        out.append(evaluate_corridor(corridor, context, profile, shared, width_profiles))
        _progress.report(progress, (i + 1) / n if n else 1.0)
    return out
