"""Each core's cost-distance run on a window of the grid, grown until it provably holds every cost <= cap.

The bound of corridors._window (every cell moved costs at least the lowest resistance) is exact but loose: on a
landscape where most cells cost 50 and a few cost 1 it is the whole grid. Here a window starts from a guess (the
cap walked at a typical resistance) and is checked after the run: a path of cost <= cap that leaves the window
steps out from its outer ring (1 cell deep, 2 with knight's moves), and the part of that path up to the ring lies
inside the window, so the ring cell's cost computed inside the window is <= cap. If no ring cell (on a side that
is not the grid's edge) has a finite cost, no such path exists and the window's costs equal the whole grid's for
every cell <= cap; otherwise the margin doubles and the run is repeated (at most the loose bound, needing no check).
"""

from __future__ import annotations

import math
from typing import Optional

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.engine.costdistance import cost_distance

# Cells sampled (strided) for the typical resistance that sizes the first window.
_SAMPLE_CELLS = 100_000
_MIN_MARGIN = 16


def core_bbox(mask: np.ndarray) -> tuple[int, int, int, int]:
    """(r0, r1, c0, c1) of the rows and columns holding the mask's cells (the mask must have one)."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask[rows[0]:rows[-1] + 1].any(axis=0))
    return int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1


def grown(bbox, k: int, shape) -> tuple[int, int, int, int]:
    r0, r1, c0, c1 = bbox
    return max(0, r0 - k), min(shape[0], r1 + k), max(0, c0 - k), min(shape[1], c1 + k)


def typical_resistance(resistance: np.ndarray) -> float:
    """The median passable resistance of a strided sample: sizes the first window guess only (never the result)."""
    step = max(1, int(math.sqrt(resistance.size / _SAMPLE_CELLS)))
    sample = resistance[::step, ::step]
    with np.errstate(invalid="ignore"):
        sample = sample[np.isfinite(sample) & (sample > 0)]
    return float(np.median(sample)) if sample.size else 1.0


def ring_reached(cost_dist: np.ndarray, window, shape, depth: int) -> bool:
    """True when a cell of the window's outer ring (`depth` cells; sides on the grid's edge left out) has a finite
    cost: then a path within the cap may leave the window."""
    r0, r1, c0, c1 = window
    strips = []
    if r0 > 0:
        strips.append(cost_dist[:depth])
    if r1 < shape[0]:
        strips.append(cost_dist[-depth:])
    if c0 > 0:
        strips.append(cost_dist[:, :depth])
    if c1 < shape[1]:
        strips.append(cost_dist[:, -depth:])
    return any(bool(np.isfinite(s).any()) for s in strips)


def window_cost_distance(resistance: np.ndarray, mask: np.ndarray, cell_size, neighbours: int, cap: float,
                         rmin: float, rtyp: float, progress=None, is_cancelled=None, climate=None,
                         climate_cost: float = 0.0, bbox: Optional[tuple] = None):
    """(window, cost_dist, attempts): the core's cost-distance, exact for every cost <= cap (inf beyond it), on the
    smallest window of the doubling sequence that passes the ring check; the whole grid when cap is inf."""
    shape = resistance.shape
    if bbox is None:
        bbox = core_bbox(mask)
    side = min(float(cell_size[0]), float(cell_size[1]))
    if math.isfinite(cap):
        k_max = int(math.floor(cap / (rmin * side))) + 1  # no path of cost <= cap goes further (corridors._window)
        k = min(k_max, max(_MIN_MARGIN, int(math.ceil(cap / (max(rtyp, rmin) * side)))))
    else:
        k_max = k = max(shape)
    depth = 2 if neighbours == 16 else 1
    attempts, start = 0, 0.0
    while True:
        attempts += 1
        window = grown(bbox, k, shape)
        r0, r1, c0, c1 = window
        whole = window == (0, shape[0], 0, shape[1])
        sub = prog.scaled(progress, start, 1.0) if progress is not None else None
        cost_dist = cost_distance(resistance[r0:r1, c0:c1], mask[r0:r1, c0:c1], cell_size=cell_size,
                            neighbours=neighbours, max_cost=cap if math.isfinite(cap) else 0.0, progress=sub,
                            is_cancelled=is_cancelled,
                            climate=None if climate is None else climate[r0:r1, c0:c1], climate_cost=climate_cost)
        if whole or k >= k_max or not ring_reached(cost_dist, window, shape, depth):
            return window, cost_dist, attempts
        # Progress goes on from where this attempt left it (the next attempt is bigger, so it gets the rest).
        start = start + (1.0 - start) * 0.5
        prog.report(progress, start)
        del cost_dist
        k = min(k_max, 2 * k)


def pair_bound(resistance: np.ndarray, mask_a: np.ndarray, mask_b: np.ndarray, cell_size, neighbours: int,
               is_cancelled=None, climate=None, climate_cost: float = 0.0) -> float:
    """An upper bound on LCD(a, b) when the straight line between the cores is blocked (NoData, a wall): the least
    cost from a to b on the box around both cores (a route inside the box is a route), the box doubling its margin
    until b is reached or it is the grid. inf only when b cannot be reached at all."""
    shape = resistance.shape
    if not (mask_a.any() and mask_b.any()):
        return math.inf  # the core's own run reports it
    ba, bb = core_bbox(mask_a), core_bbox(mask_b)
    box = (min(ba[0], bb[0]), max(ba[1], bb[1]), min(ba[2], bb[2]), max(ba[3], bb[3]))
    k = max(8, (box[1] - box[0] + box[3] - box[2]) // 8)
    while True:
        r0, r1, c0, c1 = grown(box, k, shape)
        cost_dist = cost_distance(resistance[r0:r1, c0:c1], mask_a[r0:r1, c0:c1], cell_size=cell_size,
                            neighbours=neighbours, is_cancelled=is_cancelled,
                            climate=None if climate is None else climate[r0:r1, c0:c1], climate_cost=climate_cost)
        reached = cost_dist[mask_b[r0:r1, c0:c1]]
        best = float(reached.min()) if reached.size else math.inf
        if math.isfinite(best) or (r0, r1, c0, c1) == (0, shape[0], 0, shape[1]):
            return best
        k *= 2
