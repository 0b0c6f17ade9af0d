"""Least-cost checks: does the corridor hold the least-cost path (lcp_contained), and how close is the cheapest
route inside it to the unrestricted least-cost distance (cost_efficiency).

Both cost-distance runs are made on a window of the resistance raster around the corridor (its bounding box
widened by `window_margin` x its larger side on every side) with the cores clipped to that window: "unrestricted"
means unrestricted within that window. ratio = unrestricted LCD / LCD inside the corridor (1.0 = the corridor holds
the best route; cells of the two linked cores stay passable in the inside run).
"""

from __future__ import annotations

import math
from typing import Optional

import numpy as np
from shapely.geometry import LineString, box
from shapely.ops import unary_union

from ccsg_plugin.core.criteria.catalogue import CATALOGUE
from ccsg_plugin.core.criteria.design import needs_pair
from ccsg_plugin.core.criteria.inputs import Job, Outcome
from ccsg_plugin.core.criteria.profiles import CriterionSpec
from ccsg_plugin.core.criteria.raster import cell_centre_mask, window_of
from ccsg_plugin.core.engine.costdistance import cost_distance
from ccsg_plugin.core.engine.lcpath import least_cost_cell, trace_path
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import message_of, tr


def _mask(raster, geom, rc) -> np.ndarray:
    mask = cell_centre_mask(raster, geom, rc)
    if not mask.any() and not geom.is_empty:  # too small for a cell centre: the cell under a point of it
        p = geom.representative_point()
        x0, dx, _, y0, _, dy = raster.transform
        r, c = int(math.floor((p.y - y0) / dy)) - rc[0], int(math.floor((p.x - x0) / dx)) - rc[2]
        if 0 <= r < mask.shape[0] and 0 <= c < mask.shape[1]:
            mask[r, c] = True
    return mask


def route_costs(job: Job) -> dict:
    """{'lcd_free', 'lcd_inside', 'ratio', 'path' (LineString of the unrestricted path), 'problem'} (cached)."""
    def compute():
        res = job.context.resistance
        win, problem = job.window(res)
        if problem:
            return {"problem": problem}
        spec = job.spec_of("cost_efficiency")
        margin = float((spec.thresholds if spec else CATALOGUE["cost_efficiency"].thresholds)["window_margin"])
        minx, miny, maxx, maxy = job.geom.bounds
        pad = margin * max(maxx - minx, maxy - miny)
        rc = window_of(res, (minx - pad, miny - pad, maxx + pad, maxy + pad))
        x0, dx, _, y0, _, dy = res.transform
        xs = (x0 + rc[2] * dx, x0 + rc[3] * dx)
        ys = (y0 + rc[0] * dy, y0 + rc[1] * dy)
        frame = box(min(xs), min(ys), max(xs), max(ys))
        (id_a, core_a), (id_b, core_b) = job.pair()
        core_a, core_b = core_a.intersection(frame), core_b.intersection(frame)
        mask_a, mask_b = _mask(res, core_a, rc), _mask(res, core_b, rc)
        if not mask_a.any() or not mask_b.any():
            return {"problem": tr("core {0} has no cell in the resistance raster near the corridor",
                                  id_a if not mask_a.any() else id_b)}
        r = res.data[rc[0]:rc[1], rc[2]:rc[3]].astype(np.float64)
        r[res.nodata_mask[rc[0]:rc[1], rc[2]:rc[3]]] = np.nan
        inside = cell_centre_mask(res, unary_union([job.geom, core_a, core_b]), rc) | mask_a | mask_b
        r_in = np.where(inside, r, np.nan)
        cell = res.cell_size
        nbr = job.context.neighbours
        try:
            cwd_in = cost_distance(r_in, mask_a, cell, nbr)
            lcd_in, _ = least_cost_cell(cwd_in, mask_b)
            limit = lcd_in * (1.0 + 1e-9) if math.isfinite(lcd_in) else 0.0
            cwd_free = cost_distance(r, mask_a, cell, nbr, max_cost=limit)
            lcd_free, end = least_cost_cell(cwd_free, mask_b)
        except CcsgError as exc:
            return {"problem": message_of(exc)}
        def line(cost_dist, grid, start) -> Optional[LineString]:
            if start is None:
                return None
            cells = trace_path(cost_dist, grid, start, cell, nbr)
            pts = [(x0 + (rc[2] + c + 0.5) * dx, y0 + (rc[0] + rr + 0.5) * dy) for rr, c in cells]
            return LineString(pts) if len(pts) > 1 else None

        ratio = lcd_free / lcd_in if math.isfinite(lcd_in) and lcd_in > 0 else (1.0 if lcd_in == 0 else 0.0)
        path = line(cwd_free, r, end)
        if ratio >= 1.0 - 1e-9:  # a route inside costs as little as any: that one is a least-cost path too
            path = line(cwd_in, r_in, least_cost_cell(cwd_in, mask_b)[1]) or path
        return {"lcd_free": lcd_free, "lcd_inside": lcd_in, "ratio": ratio, "path": path, "problem": None}
    return job.cached("route_costs", compute)


def cost_efficiency(job: Job, spec: CriterionSpec) -> Outcome:
    if job.context.resistance is None:
        return Outcome.missing(tr("no resistance raster"))
    problem = needs_pair(job)
    if problem:
        return problem
    costs = route_costs(job)
    if costs["problem"]:
        return Outcome.missing(costs["problem"])
    need = float(spec.thresholds["min_ratio"])
    ratio, lcd_in, lcd_free = costs["ratio"], costs["lcd_inside"], costs["lcd_free"]
    if not math.isfinite(lcd_in):
        return Outcome("fail", 0.0, need, tr("No route between the cores stays inside the corridor"), costs["path"])
    status = "pass" if ratio >= need else "fail"
    return Outcome(status, float(ratio), need,
                   tr("Cheapest route inside costs {0}; unrestricted least-cost distance {1} (ratio {2})",
                      format(lcd_in, ".6g"), f'{lcd_free:.6g}', f'{ratio:.2f}'),
                      None if status == "pass" else costs["path"])


def _share_inside(job: Job, path) -> tuple[float, object]:
    (_, core_a), (_, core_b) = job.pair()
    cores = unary_union([core_a, core_b])
    free = path.difference(cores)
    if free.length == 0:
        return 1.0, None
    inside = free.intersection(job.geom).length
    outside = free.difference(job.geom)
    return inside / free.length, (None if outside.is_empty else outside)


def lcp_contained(job: Job, spec: CriterionSpec) -> Outcome:
    problem = needs_pair(job)
    if problem:
        return problem
    path, how = job.linked_lcp(), tr("given least-cost path")
    if path is None and job.context.resistance is not None:
        costs = route_costs(job)
        if costs["problem"]:
            return Outcome.missing(costs["problem"])
        path, how = costs["path"], tr("least-cost path on the resistance raster")
    if path is None:
        return Outcome.missing(tr("no least-cost path for this core pair and no resistance raster"))
    need = float(spec.thresholds["min_share"])
    share, outside = _share_inside(job, path)
    status = "pass" if share >= need else "fail"
    return Outcome(status, float(share), need, tr("{0} % of the {1} lies inside the corridor",
                                                  format(100 * share, ".0f"), how),
                   outside)
