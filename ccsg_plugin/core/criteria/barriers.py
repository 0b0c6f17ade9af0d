"""Barriers and linear infrastructure (CRITERIA.md 2c): severance, crossing structures, road density."""

from __future__ import annotations

from shapely.geometry import LineString, MultiLineString
from shapely.geometry.base import BaseGeometry
from shapely.ops import linemerge, unary_union

from ccsg_plugin.core.corridor import geometry as cg
from ccsg_plugin.core.criteria.catalogue import CATALOGUE
from ccsg_plugin.core.criteria.crossing_result import with_worst_crossing
from ccsg_plugin.core.criteria.design import needs_pair
from ccsg_plugin.core.criteria.inputs import Job, Outcome, near
from ccsg_plugin.core.criteria.profiles import CriterionSpec
from ccsg_plugin.core.text import join, tr


def _crossing(job: Job) -> list[int]:
    barriers = job.context.barriers or []
    return job.cached("crossing_barriers", lambda: [
        int(i) for i in near(job, "barriers", [b[1] for b in barriers]) if barriers[i][1].intersects(job.geom)])


def _severed(job: Job, lines: list[BaseGeometry], width: float) -> bool:
    (_, core_a), (_, core_b) = job.pair()
    remaining = job.geom.difference(unary_union([ln.buffer(width / 2.0) for ln in lines]))
    reach = job.snap() + width / 2.0
    return not any(p.distance(core_a) <= reach and p.distance(core_b) <= reach for p in cg.polygon_parts(remaining))


def severing(job: Job) -> tuple[list[int], bool]:
    """(indexes of the severing barriers, jointly): the features that cut the corridor completely, alone, or,
    when none does alone but together they do, all the crossing features (jointly=True)."""
    def compute():
        spec = job.spec_of("barrier_severance")
        width = float((spec.thresholds if spec else CATALOGUE["barrier_severance"].thresholds)["barrier_width_m"])
        barriers = job.context.barriers
        idx = _crossing(job)
        if not idx or not _severed(job, [barriers[i][1] for i in idx], width):
            return [], False
        alone = [i for i in idx if _severed(job, [barriers[i][1]], width)]
        return (alone, False) if alone else (idx, True)
    return job.cached("severing", compute)


def barrier_severance(job: Job, spec: CriterionSpec) -> Outcome:
    """Severing features; with a ccsg:crossings result, also where the crossing to build first lies and what it
    wins back (crossing_result)."""
    return with_worst_crossing(job, _severance(job))


def _severance(job: Job) -> Outcome:
    if job.context.barriers is None:
        return Outcome.missing(tr("no barriers layer (roads, railways, canals, fences)"))
    problem = needs_pair(job)
    if problem:
        return problem
    idx, jointly = severing(job)
    crossing = _crossing(job)
    if not idx:
        return Outcome("pass", 0, 0, tr("{0} linear feature(s) cross the corridor; none severs it"
                                        , None, len(crossing), len(crossing)))
    barriers = job.context.barriers
    by_class: dict[str, list[str]] = {}
    for i in idx:
        by_class.setdefault(str(barriers[i][2] or "unclassified"), []).append(str(barriers[i][0]))
    listed = "; ".join(f"{cls}: {', '.join(ids)}" for cls, ids in sorted(by_class.items()))
    where = unary_union([barriers[i][1].intersection(job.geom) for i in idx])
    n = len(idx)
    if jointly:  # whole sentences, so that each language can make its verb agree with the count
        text = tr("{0} feature(s) together sever the corridor ({1}): each needs mitigation", None, n, n, listed)
    else:
        text = tr("{0} feature(s) sever the corridor ({1}): each needs mitigation", None, n, n, listed)
    return Outcome("fail", n, 0, text, where)


def _positions(section: BaseGeometry, points: list[BaseGeometry]) -> list[float]:
    """Largest spacing along each line of `section` between its ends and the points snapped to it."""
    merged = linemerge(section) if isinstance(section, MultiLineString) else section
    lines = list(getattr(merged, "geoms", [merged]))
    worst = []
    for line in lines:
        if not isinstance(line, LineString) or line.length == 0:
            continue
        pos = sorted([0.0, line.length, *(line.project(p) for p in points)])
        worst.append(max(b - a for a, b in zip(pos, pos[1:])))
    return worst


def crossing_structures(job: Job, spec: CriterionSpec) -> Outcome:
    if job.context.barriers is None:
        return Outcome.missing(tr("no barriers layer"))
    problem = needs_pair(job)
    if problem:
        return problem
    idx, _jointly = severing(job)
    if not idx:
        return Outcome("pass", 0.0, job.profile.home_range_width_m, tr("No severing barrier, no crossing needed"))
    if job.context.crossings is None:
        return Outcome.missing(tr("no crossing structures layer ({0} severing barrier(s) found)"
                                  , None, len(idx), len(idx)))
    need = int(spec.thresholds["min_per_barrier"])
    snap = float(spec.thresholds["snap_m"])
    spacing_max = job.profile.home_range_width_m
    zone = job.geom.buffer(snap)
    crossings = [p for p in job.context.crossings if p is not None and p.intersects(zone)]
    barriers = job.context.barriers
    problems, worst_gap, where = [], 0.0, None
    for i in idx:
        section = barriers[i][1].intersection(job.geom)
        mine = [p for p in crossings if p.distance(section) <= snap]
        gaps = _positions(section, mine)
        gap = max(gaps) if gaps else 0.0
        if gap > worst_gap:
            worst_gap, where = gap, section
        if len(mine) < need:
            problems.append(tr("{0} has {1} crossing(s)", None, len(mine), barriers[i][0], len(mine)))
        elif gap > spacing_max:
            problems.append(tr("{0} has a {1} m stretch without crossing", barriers[i][0], format(gap, ".0f")))
    if problems:
        return Outcome("fail", float(worst_gap), spacing_max,
                       tr("{0} (need ≥ {1}, spacing ≤ {2} m)", join("; ", problems), need, f'{spacing_max:.0f}'), where)
    return Outcome("pass", float(worst_gap), spacing_max,
                   tr("Every severing barrier has ≥ {0} crossing(s); largest spacing {1} m"
                      , None, need, need, f'{worst_gap:.0f}'))


def road_density(job: Job, spec: CriterionSpec) -> Outcome:
    if job.context.barriers is None:
        return Outcome.missing(tr("no roads / barriers layer"))
    limit = float(spec.thresholds["max_km_per_km2"])
    excluded = {str(c).strip().lower() for c in spec.thresholds.get("exclude_classes", [])}
    barriers = job.context.barriers
    total = 0.0
    for i in _crossing(job):
        _bid, line, cls = barriers[i]
        if str(cls or "").strip().lower() in excluded:
            continue
        total += line.intersection(job.geom).length
    density = (total / 1000.0) / (job.geom.area / 1e6)
    status = "pass" if density < limit else "fail"
    return Outcome(status, float(density), limit,
                   tr("{0} km of roads and tracks in {1} km²: {2} km/km²",
                      format(total / 1000, ".2f"), f'{job.geom.area / 1000000.0:.2f}', f'{density:.2f}'))
