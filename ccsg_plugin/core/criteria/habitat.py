"""Habitat checks (CRITERIA.md 2b): the habitat graph test, stepping-stone spacing and the natural habitat share.

Habitat graph [I]: the habitat cells inside the corridor are turned into patches (unions of cell squares); the
nodes are these patches and the two linked cores; the "largest gap that has to be crossed" is the smallest possible
longest hop between the cores (a minimax path), found with a Prim-like search on edge-to-edge distances.
"""

from __future__ import annotations

import heapq
import math
from typing import Optional

import numpy as np
from shapely.geometry import Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points

from ccsg_plugin.core.corridor import geometry as cg
from ccsg_plugin.core.criteria.design import needs_pair
from ccsg_plugin.core.criteria.inputs import Job, Outcome
from ccsg_plugin.core.criteria.profiles import CriterionSpec
from ccsg_plugin.core.criteria.raster import RasterArray, cell_boxes_union
from ccsg_plugin.core.text import tr

RESISTANCE_UNIT = "resistance units"
STONE_SEARCH_HOPS = 5  # [I] stepping stones may stand apart from the cores they link: search 5 x gap_max


def habitat_cells(job: Job):
    """(raster, window, habitat bool over the window, valid bool over the window) or (None, reason)."""
    ctx, profile = job.context, job.profile
    raster: Optional[RasterArray] = ctx.habitat if ctx.habitat is not None else ctx.landcover
    if raster is None:
        return None, tr("no habitat or land-cover raster")
    if raster is ctx.landcover and not profile.habitat_classes:
        return None, tr("the profile lists no habitat_classes for the land-cover raster '{0}'", raster.name)
    window, problem = job.window(raster)
    if problem:
        return None, problem
    block = window.take(raster.data)
    valid = ~window.take(raster.nodata_mask)
    if block.dtype == bool:
        hab = block.copy()
    elif profile.habitat_classes and not (raster is ctx.habitat and np.isin(block[valid], (0, 1)).all()):
        # class codes; a habitat raster of only 0 and 1 is a mask (1 = habitat), as its parameter says
        hab = np.isin(block, np.asarray([c for c in profile.habitat_classes if not isinstance(c, str)] or [np.nan]))
    else:  # a habitat raster without a class list: any non-zero value is habitat
        hab = block != 0
    return (raster, window, hab & valid, valid), None


def _bottleneck(nodes: list[BaseGeometry], src: int, dst: int):
    """(largest hop, (u, v)) on the minimax path from nodes[src] to nodes[dst], edge weights = distances."""
    n = len(nodes)
    bounds = np.array([g.bounds for g in nodes], dtype=float)
    best = [math.inf] * n
    parent: list[Optional[tuple[int, float]]] = [None] * n
    best[src] = 0.0
    done = [False] * n
    heap = [(0.0, src)]
    while heap:
        b, u = heapq.heappop(heap)
        if done[u]:
            continue
        done[u] = True
        if u == dst:
            break
        # A bounding-box gap is a lower bound of the distance: skip nodes that cannot improve their bottleneck.
        gx = np.maximum(0.0, np.maximum(bounds[:, 0] - bounds[u, 2], bounds[u, 0] - bounds[:, 2]))
        gy = np.maximum(0.0, np.maximum(bounds[:, 1] - bounds[u, 3], bounds[u, 1] - bounds[:, 3]))
        lower = np.hypot(gx, gy)
        for v in np.flatnonzero(np.maximum(lower, b) < np.asarray(best)):
            v = int(v)
            if done[v]:
                continue
            d = nodes[u].distance(nodes[v])
            nb = max(b, d)
            if nb < best[v]:
                best[v], parent[v] = nb, (u, d)
                heapq.heappush(heap, (nb, v))
    if not math.isfinite(best[dst]):
        return math.inf, None
    worst, edge, v = -1.0, None, dst
    while parent[v] is not None:
        u, d = parent[v]
        if d > worst:
            worst, edge = d, (u, v)
        v = u
    return max(worst, 0.0), edge


def _gap_location(nodes, edge) -> Optional[Point]:
    if edge is None:
        return None
    a, b = nearest_points(nodes[edge[0]], nodes[edge[1]])
    return Point((a.x + b.x) / 2.0, (a.y + b.y) / 2.0)


def _patches(geom: BaseGeometry) -> list[BaseGeometry]:
    return [g for g in getattr(geom, "geoms", [geom]) if not g.is_empty]


def habitat_continuity(job: Job, spec: CriterionSpec) -> Outcome:
    problem = needs_pair(job)
    if problem:
        return problem
    cells, reason = habitat_cells(job)
    if cells is None:
        return Outcome.missing(reason)
    raster, window, hab, _valid = cells
    gap_max = job.profile.gap_max_m
    inside = hab & window.mask
    patches = _patches(cell_boxes_union(raster, window, inside)) if inside.any() else []
    (_, core_a), (_, core_b) = job.pair()
    nodes = [core_a, core_b, *patches]
    gap, edge = _bottleneck(nodes, 0, 1)
    where = _gap_location(nodes, edge)
    if not math.isfinite(gap):
        return Outcome("fail", None, gap_max, tr("The cores cannot be joined through habitat"), where)
    if gap <= gap_max:
        return Outcome("pass", float(gap), gap_max,
                       tr("Cores joined through {0} habitat patch(es); largest gap {1} m ≤ {2} m",
                          None, len(patches), len(patches), f'{gap:.0f}', f'{gap_max:.0f}'), where)
    return Outcome("fail", float(gap), gap_max,
                   tr("A habitat gap of {0} m must be crossed (more than {1} m)",
                      format(gap, ".0f"), f'{gap_max:.0f}'), where)


def stepping_stone_spacing(job: Job, spec: CriterionSpec) -> Outcome:
    parts = _patches(job.geom)
    gap_max = job.profile.gap_max_m
    if len(parts) > 1:
        stones, what = parts, tr("stones")
    elif job.is_stepping_stone:
        cells, reason = habitat_cells(job)
        if cells is None:
            return Outcome.missing(tr("single-part stepping-stone corridor and {0}", reason))
        raster, window, hab, _valid = cells
        inside = hab & window.mask
        stones = _patches(cell_boxes_union(raster, window, inside)) if inside.any() else []
        what = tr("habitat patches")
    else:
        return Outcome.missing(tr("applies to stepping-stone corridors (corridor_form = stepping_stone or a multi-part "
                                  "corridor)"), applies=False)
    pair = job.pair() if job.context.cores is not None else None
    if pair is None and job.context.cores:
        # Stones need not touch the cores: look for the linked cores within a few hops [I] (5 x gap_max).
        pair = cg.linked_core_pair(job.geom, job.context.cores, snap=max(job.snap(), STONE_SEARCH_HOPS * gap_max))
    ends = [pair[0][1], pair[1][1]] if pair else []
    nodes = ends + stones
    nn = 0.0
    nn_at = None
    for i in range(len(ends), len(nodes)):
        others = [nodes[j].distance(nodes[i]) for j in range(len(nodes)) if j != i]
        d = min(others) if others else math.inf
        if d > nn:
            nn, nn_at = d, i
    if pair:
        gap, edge = _bottleneck(nodes, 0, 1)
        value, where = gap, _gap_location(nodes, edge)
        text = tr("largest hop between the cores {0} m; largest nearest-neighbour distance {1} m",
                  format(gap, ".0f"), f'{nn:.0f}')
    else:
        value, where = nn, (nodes[nn_at].centroid if nn_at is not None else None)
        text = tr("largest nearest-neighbour distance {0} m (cores unknown)", format(nn, ".0f"))
    if not math.isfinite(value):
        return Outcome("fail", None, gap_max, tr("{0} {1}: no chain of stones joins the cores", len(stones), what))
    status = "pass" if value <= gap_max else "fail"
    return Outcome(status, float(value), gap_max, tr("{0} {1}; {2}", len(stones), what, text), where)


def habitat_quality(job: Job, spec: CriterionSpec) -> Outcome:
    need = float(spec.thresholds["min_natural_share"])
    cells, reason = habitat_cells(job)
    if cells is None:
        res = job.context.resistance
        if res is not None:
            window, problem = job.window(res)
            if not problem:
                values = window.values(res.data)[~window.values(res.nodata_mask)]
                values = values[np.isfinite(values)]
                if values.size:
                    # A resistance is no habitat share: report it in its own unit, not against the share threshold.
                    mean = float(np.mean(values))
                    return Outcome("not_evaluated", mean, None,
                                   tr("Not evaluated against the {0} % natural-habitat share: {1}; the mean resistance "
                                      "inside the corridor, {2} (resistance units), is reported for information only",
                                      format(100 * need, ".0f"), reason, f'{mean:.3g}'), unit=RESISTANCE_UNIT)
        return Outcome.missing(reason)
    _raster, window, hab, valid = cells
    inside_valid = valid & window.mask
    total = int(inside_valid.sum())
    share = float((hab & window.mask).sum()) / total if total else 0.0
    status = "pass" if share >= need else "fail"
    return Outcome(status, float(share), need, tr("{0} % natural habitat inside the corridor"
                                                  , format(100 * share, ".0f")))
