"""Restoration priorities (Linkage Mapper's Barrier Mapper) from a corridor run's per-core cost distances.

For a linked pair (a, b) and a radius r, restoring a disc of radius r around a cell to resistance 1 lets a route go
from core a to the disc's edge, straight across it (2r map units at resistance 1) and on to core b. With
focal_a = the minimum of CWD_a over the ring of radius r around the cell (cells whose centre is at a distance d with
r - cell size < d <= r), the least-cost distance drops by LCD - focal_a - focal_b - 2r, and the improvement score
is that drop per map unit restored: (LCD - focal_a - focal_b - 2r) / 2r. The percent score is 100 x score / LCD.

Across pairs the scores are combined by their maximum (negative scores are NoData) or their sum (negative scores
and NoData count as 0); across radii by the cell-wise maximum, with the radius that gave it. Sites are the top
local maxima of the combined score, each with the pair(s), score, radius and LCD gain (score x 2r).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.engine.corridors import CoreCostDistance
from ccsg_plugin.core.engine.ring_filter import (
    disc_kernel,
    focal_max,
    focal_min,
    kernel_offsets,
    ring_kernel,
    ring_width,
)
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr

COMBINE_MAX, COMBINE_SUM, COMBINE_BOTH = 0, 1, 2
MAX_RADII = 200  # more radii than this is almost surely a step typed in the wrong unit


def radii_list(rmin: float, rmax: float, step: float, cell_size, extent: float) -> list[float]:
    """The radii rmin, rmin + step, ... <= rmax (step 0: rmin only); CcsgError naming the value that is wrong."""
    width = ring_width(cell_size)
    for name, v in (("RADIUS_MIN", rmin), ("RADIUS_MAX", rmax), ("RADIUS_STEP", step)):
        if v is None or not math.isfinite(float(v)):
            raise CcsgError(tr("{0} must be a number, not {1}.", name, v))
    if rmin < width * (1 - 1e-9):
        raise CcsgError(tr("The minimum radius {0:g} is below the cell size {1:g}; use at least one cell "
                           "({1:g} map units).", rmin, width))
    if step < 0:
        raise CcsgError(tr("The radius step must be 0 (one radius) or positive, not {0:g}.", step))
    if step == 0:
        return [float(rmin)]
    if rmax < rmin:
        raise CcsgError(tr("The minimum radius {0:g} is above the maximum radius {1:g}; swap them.", rmin, rmax))
    if rmax > extent:
        raise CcsgError(tr("The maximum radius {0:g} is larger than the raster ({1:g} map units across); "
                           "use a smaller radius.", rmax, extent))
    n = int(math.floor((rmax - rmin) / step * (1 + 1e-9))) + 1
    if n > MAX_RADII:
        raise CcsgError(tr("{0} radii from {1:g} to {2:g} by {3:g}: more than {4}; use a larger step.", n, rmin,
                           rmax, step, MAX_RADII))
    return [float(rmin + k * step) for k in range(n)]


@dataclass
class Site:
    """A restoration site: the centre cell of the disc to restore and what restoring it gains."""

    row: int
    col: int
    score: float  # the combined score at the cell (percent when PERCENT)
    radius: float
    lcd_gain: float  # cost units the pair's LCD drops (sum over pairs when the scores are summed)
    pairs: list = field(default_factory=list)  # [(core_a, core_b)], best first
    rank: int = 0


@dataclass
class BarrierResult:
    centres: np.ndarray  # the combined score at disc centres (max, or sum when combine is sum); NaN = NoData
    centres_sum: Optional[np.ndarray]  # the summed scores when combine is both
    circles: np.ndarray  # focal maximum of the centres over each radius's disc, maximum over radii
    radius: np.ndarray  # the radius that gave the centres value; NaN = NoData
    sites: list
    radii: list
    pairs: list  # the pairs scored: [(core_a, core_b, lcd)]


def _region(ca: CoreCostDistance, cb: CoreCostDistance, shape, pad_r: int, pad_c: int):
    """Rows/columns of the union of the two windows grown by the ring's reach (the only cells with a score)."""
    r0, r1 = min(ca.window[0], cb.window[0]), max(ca.window[1], cb.window[1])
    c0, c1 = min(ca.window[2], cb.window[2]), max(ca.window[3], cb.window[3])
    return max(0, r0 - pad_r), min(shape[0], r1 + pad_r), max(0, c0 - pad_c), min(shape[1], c1 + pad_c)


def _in_region(cc: CoreCostDistance, region) -> np.ndarray:
    r0, r1, c0, c1 = region
    out = np.full((r1 - r0, c1 - c0), np.inf)
    w0, w1, v0, v1 = cc.window
    a0, a1, b0, b1 = max(r0, w0), min(r1, w1), max(c0, v0), min(c1, v1)
    if a0 < a1 and b0 < b1:
        out[a0 - r0:a1 - r0, b0 - c0:b1 - c0] = cc.cost_distance[a0 - w0:a1 - w0, b0 - v0:b1 - v0]
    return out


def pair_score(cost_distance_a: np.ndarray, cost_distance_b: np.ndarray, lcd: float, radius: float, cell_size,
               percent: bool = False) -> np.ndarray:
    """The improvement score (or percent score) of one pair at one radius on full arrays; NaN where unknown."""
    ring = ring_kernel(radius, cell_size)
    fa = focal_min(cost_distance_a, ring)
    fb = focal_min(cost_distance_b, ring)
    return _score(fa, fb, lcd, radius, percent, np.result_type(cost_distance_a, cost_distance_b))


def _noise(lcd: float, dtype) -> float:
    """A drop of the LCD this small is rounding of the cost sums (kept cost distances may be float32), not a gain:
    without this, cells that restore nothing come out a hair above 0 and become restoration sites."""
    eps = np.finfo(dtype).eps if np.issubdtype(np.dtype(dtype), np.floating) else np.finfo(np.float64).eps
    return 4.0 * float(eps) * abs(float(lcd))


def _score(fa, fb, lcd, radius, percent, stored):
    """`stored`: the dtype the cost distances were kept in (the focal minima may come back as float64)."""
    with np.errstate(invalid="ignore"):
        gain = lcd - fa - fb - 2.0 * radius
    gain[np.abs(gain) <= _noise(lcd, stored)] = 0.0
    s = gain / (2.0 * radius)
    s[~np.isfinite(s)] = np.nan
    if percent:
        s *= 100.0 / lcd
    return s


def _ring_min_at(cc: CoreCostDistance, offsets: np.ndarray, row: int, col: int, shape) -> float:
    """focal_a at one cell, straight from the ring's offsets (used for the sites' pairs and gains)."""
    rr = offsets[:, 0] + row
    cc_ = offsets[:, 1] + col
    w0, w1, v0, v1 = cc.window
    keep = (rr >= w0) & (rr < w1) & (cc_ >= v0) & (cc_ < v1)
    if not keep.any():
        return math.inf
    vals = cc.cost_distance[rr[keep] - w0, cc_[keep] - v0]
    vals = vals[~np.isnan(vals)]
    return float(vals.min()) if vals.size else math.inf


def barrier_scores(cost_distances: dict, links: list, shape, cell_size, radii: list, combine: int = COMBINE_MAX,
                   percent: bool = False, n_sites: int = 20, progress=None, is_cancelled=None) -> BarrierResult:
    """Scores of restoring a disc around each cell, for every linked pair and radius, combined (see module doc)."""
    if combine not in (COMBINE_MAX, COMBINE_SUM, COMBINE_BOTH):
        raise CcsgError(tr("COMBINE must be 0 (maximum), 1 (sum) or 2 (both), not {0}.", combine))
    if not radii:
        raise CcsgError(tr("Give at least one radius."))
    pairs = [lk for lk in links
             if lk.linked and lk.lcd > 0 and lk.core_a in cost_distances and lk.core_b in cost_distances]
    if not pairs:
        raise CcsgError(tr("The corridor run has no linked pair of cores with a least-cost distance above 0; "
                           "there is nothing to restore."))
    want_max = combine in (COMBINE_MAX, COMBINE_BOTH)
    want_sum = combine in (COMBINE_SUM, COMBINE_BOTH)
    centres = np.full(shape, np.nan)
    circles = np.full(shape, np.nan)
    best_radius = np.full(shape, np.nan)
    centres_sum = np.full(shape, 0.0) if want_sum else None
    steps = len(radii) * len(pairs)
    done = 0
    for radius in radii:
        ring = ring_kernel(radius, cell_size)
        pad_r, pad_c = ring.shape[0] // 2, ring.shape[1] // 2
        r_max = np.full(shape, np.nan) if want_max else None
        r_sum = np.zeros(shape) if want_sum else None
        for link in pairs:
            prog.check_cancelled(is_cancelled)
            ca, cb = cost_distances[link.core_a], cost_distances[link.core_b]
            region = _region(ca, cb, shape, pad_r, pad_c)
            r0, r1, c0, c1 = region
            s = _score(focal_min(_in_region(ca, region), ring), focal_min(_in_region(cb, region), ring),
                       link.lcd, radius, percent, np.result_type(ca.cost_distance, cb.cost_distance))
            if r_max is not None:
                view = r_max[r0:r1, c0:c1]
                with np.errstate(invalid="ignore"):
                    s_max = np.where(s >= 0, s, np.nan)  # negative scores are NoData
                np.fmax(view, s_max, out=view)
            if r_sum is not None:
                view = r_sum[r0:r1, c0:c1]
                with np.errstate(invalid="ignore"):
                    view += np.where(s > 0, s, 0.0)  # negative and NoData count as 0
            done += 1
            prog.report(progress, 0.95 * done / steps)
        main = r_max if r_max is not None else r_sum
        assert main is not None  # at least one of max and sum is asked for
        if not want_max:
            main = np.where(main > 0, main, np.nan)  # radius and sites: only where a pair gains
        with np.errstate(invalid="ignore"):
            better = main > centres
        better |= np.isnan(centres) & ~np.isnan(main)
        centres[better] = main[better]
        best_radius[better] = radius
        np.fmax(circles, focal_max(main, disc_kernel(radius, cell_size)), out=circles)
        if centres_sum is not None and r_sum is not None and want_max:
            np.maximum(centres_sum, r_sum, out=centres_sum)
    if not want_max:
        # The sum raster: 0 where no pair gains (NoData counts as 0), the radius NoData there.
        centres = np.where(np.isnan(centres), 0.0, centres)
        circles = np.where(np.isnan(circles), 0.0, circles)
    sites = find_sites(centres, best_radius, cell_size, n_sites)
    for site in sites:
        _describe_site(site, pairs, cost_distances, cell_size, shape, percent, want_max)
    prog.report(progress, 1.0)
    return BarrierResult(centres, centres_sum if want_max else None, circles, best_radius, sites, list(radii),
                         [(lk.core_a, lk.core_b, lk.lcd) for lk in pairs])


def find_sites(centres: np.ndarray, radius: np.ndarray, cell_size, n_sites: int) -> list:
    """The top local maxima of the score: cells at least as high as their 8 neighbours, best first; a cell inside
    the disc of a better site is left out (it restores the same place)."""
    if n_sites <= 0:
        return []
    v = np.where(np.isfinite(centres) & np.isfinite(radius) & (centres > 0), centres, -np.inf)
    h, w = v.shape
    padded = np.full((h + 2, w + 2), -np.inf)
    padded[1:-1, 1:-1] = v
    peak = v > -np.inf
    for di in (-1, 0, 1):
        for dj in (-1, 0, 1):
            if di or dj:
                peak &= v >= padded[1 + di:1 + di + h, 1 + dj:1 + dj + w]
    rows, cols = np.nonzero(peak)
    vals = v[rows, cols]
    order = np.lexsort((cols, rows, -vals))  # best first; ties by row, then column
    rows, cols, vals = rows[order], cols[order], vals[order]
    rads = radius[rows, cols]
    dx, dy = float(cell_size[0]), float(cell_size[1])
    alive = np.ones(rows.size, bool)
    sites: list = []
    for k in range(rows.size):
        if not alive[k]:
            continue
        sites.append(Site(int(rows[k]), int(cols[k]), float(vals[k]), float(rads[k]), 0.0, rank=len(sites) + 1))
        if len(sites) == n_sites:
            break
        d2 = ((rows - rows[k]) * dy) ** 2 + ((cols - cols[k]) * dx) ** 2
        alive &= d2 > rads[k] ** 2 * (1 + 1e-9)
    return sites


def _describe_site(site: Site, pairs: list, cost_distances: dict, cell_size, shape, percent: bool,
                   by_max: bool) -> None:
    """Pairs and LCD gain at a site, recomputed from the ring's offsets at that one cell."""
    offsets = kernel_offsets(ring_kernel(site.radius, cell_size))
    two_r = 2.0 * site.radius
    gains = []
    for link in pairs:
        fa = _ring_min_at(cost_distances[link.core_a], offsets, site.row, site.col, shape)
        fb = _ring_min_at(cost_distances[link.core_b], offsets, site.row, site.col, shape)
        gain = link.lcd - fa - fb - two_r
        if abs(gain) <= _noise(link.lcd, cost_distances[link.core_a].cost_distance.dtype):
            gain = 0.0
        if math.isfinite(gain):
            score = gain / two_r * (100.0 / link.lcd if percent else 1.0)
            gains.append((score, gain, (link.core_a, link.core_b)))
    if by_max:
        kept = [g for g in gains if g[0] >= 0]
        best = max(kept, key=lambda g: g[0], default=None)
        site.pairs = [best[2]] if best else []
        site.lcd_gain = best[1] if best else 0.0
    else:
        kept = sorted((g for g in gains if g[0] > 0), key=lambda g: -g[0])
        site.pairs = [g[2] for g in kept]
        site.lcd_gain = float(sum(g[1] for g in kept))
