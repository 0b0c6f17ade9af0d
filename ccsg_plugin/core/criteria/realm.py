"""Realm-specific checks (CRITERIA.md 2d): freshwater longitudinal and lateral connectivity, marine size and
spacing, seasonal (temporal) corridors."""

from __future__ import annotations

from shapely.ops import unary_union

from ccsg_plugin.core.criteria.inputs import Job, Outcome, is_missing, near
from ccsg_plugin.core.criteria.profiles import CriterionSpec
from ccsg_plugin.core.text import tr


def fw_longitudinal(job: Job, spec: CriterionSpec) -> Outcome:
    if job.context.river_barriers is None:
        return Outcome.missing(tr("no river barriers layer (dams, weirs, culverts)"))
    limit = int(spec.thresholds["max_barriers"])
    points = job.context.river_barriers
    inside = [points[i] for i in near(job, "river_barriers", points)
              if points[i] is not None and points[i].intersects(job.geom)]
    status = "pass" if len(inside) <= limit else "fail"
    where = unary_union(inside) if inside else None
    return Outcome(status, len(inside), limit, tr("{0} dam(s), weir(s) or culvert(s) inside the corridor"
                                                  , None, len(inside),
                                                  len(inside)),
                   where)


def fw_lateral(job: Job, spec: CriterionSpec) -> Outcome:
    if job.context.floodplain is None:
        return Outcome.missing(tr("no floodplain / riparian polygon layer"))
    # Share of the floodplain polygons the corridor meets that lies inside it (CRITERIA.md 2d); cut the
    # floodplain layer to the river reach of interest for a reach-level share.
    areas = job.context.floodplain
    flood = unary_union([areas[i] for i in near(job, "floodplain", areas)
                         if areas[i] is not None and areas[i].intersects(job.geom)])
    if flood.is_empty or flood.area == 0:
        return Outcome("pass", None, None, tr("No floodplain polygon meets the corridor"))
    share = flood.intersection(job.geom).area / flood.area
    return Outcome("pass", float(share), None,
                   tr("{0} % of the floodplain it meets lies inside the corridor; reported only"
                      , format(100 * share, ".0f")))


def mar_size(job: Job, spec: CriterionSpec) -> Outcome:
    if job.context.coastline is None:
        return Outcome.missing(tr("no coastline layer"))
    need = float(spec.thresholds["min_alongshore_m"])
    coast = unary_union([c for c in job.context.coastline if c is not None])
    spans = []
    for part in getattr(job.geom, "geoms", [job.geom]):
        length = coast.intersection(part).length
        if length > 0:
            spans.append(length)
    if not spans:
        return Outcome("fail", 0.0, need, tr("No coastline inside the corridor"))
    smallest = min(spans)
    status = "pass" if smallest >= need else "fail"
    return Outcome(status, float(smallest), need,
                   tr("Alongshore span {0} km{1}",
                      format(smallest / 1000, ".1f"), (tr(" (smallest component)") if len(spans) > 1 else '')))


def mar_spacing(job: Job, spec: CriterionSpec) -> Outcome:
    if job.context.cores is None:
        return Outcome.missing(tr("no protected components (cores) layer"))
    touched = set(job.touched_cores())
    others = [(cid, g) for cid, g in job.context.cores if cid not in touched and g is not None and not g.is_empty]
    if not others:
        return Outcome.missing(tr("no other protected component to measure the spacing to"))
    limit = job.profile.max_dispersal_m
    by_sea = _sea_spacing(job, touched, {str(cid) for cid, _g in others})
    if by_sea is not None:
        dist, cid, mine = by_sea
        status = "pass" if dist <= limit else "fail"
        return Outcome(status, float(dist), limit,
                       tr("Nearest other protected component ({0}) is {1} km away by sea, along the least-cost path "
                          "from component {2}", cid, f"{dist / 1000:.1f}", mine),
                       extra={"distance": "sea_path", "component": cid, "from_component": mine})
    dist, cid = min((job.geom.distance(g), cid) for cid, g in others)
    status = "pass" if dist <= limit else "fail"
    text = tr("Nearest other protected component ({0}) is {1} km away", cid, f'{dist / 1000:.1f}')
    if job.context.sea_paths is not None:  # say why the sea paths were not used
        text = tr("{0} in a straight line: no sea path of the paths layer joins this corridor's components to "
                  "another one", text)
    else:
        text = tr("{0} in a straight line", text)
    return Outcome(status, float(dist), limit, text, extra={"distance": "straight_line", "component": cid})


def _sea_spacing(job: Job, touched: set, others: set):
    """(length m, other component, own component) of the shortest sea path (a sea-only ccsg:leastcostcorridors run's
    paths: core_a, core_b, path_length_m) from a component the corridor touches to another component; None without
    such a path. A pair the run did not link has no sea path: it is not reachable by sea within the run's limits."""
    paths = job.context.sea_paths
    if not paths:
        return None
    mine = {str(cid) for cid in touched}
    best = None
    for a, b, length in paths:
        a, b = str(a), str(b)
        for own, other in ((a, b), (b, a)):
            if own in mine and other in others and (best is None or length < best[0]):
                best = (float(length), other, own)
    return best


def temporal_validity(job: Job, spec: CriterionSpec) -> Outcome:
    regime = job.attr("temporal_regime")
    if is_missing(regime):
        return Outcome("warn", None, None, tr("Attribute temporal_regime is missing (permanent, seasonal or dynamic)"))
    regime = str(regime).strip().lower()
    if regime not in ("permanent", "seasonal", "dynamic"):
        return Outcome("warn", regime, None, tr("temporal_regime '{0}' is not permanent, seasonal or dynamic", regime))
    if regime != "permanent" and is_missing(job.attr("active_months")):
        return Outcome("warn", regime, None, tr("A {0} corridor needs active_months", regime))
    return Outcome("pass", regime, None, tr("Temporal regime {0}{1}",
                                            regime, (tr(", active months {0}"
                                                        , job.attr('active_months')) if regime != 'permanent' else '')))
