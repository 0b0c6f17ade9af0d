"""Accumulated least-cost distance from source cells over a resistance grid (pure numpy).

Costs: a move between neighbouring cells costs the mean of the two resistances times the step length; with 16
neighbours a knight's move costs the mean of four resistances times its length (GRASS r.cost -k rule).
"""

from __future__ import annotations

import heapq
import math
import time

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.errors import CcsgError


def impassable_mask(resistance) -> np.ndarray:
    """True where a cell cannot be entered: NaN, +-inf, zero or negative resistance."""
    r = np.asarray(resistance, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        return ~(np.isfinite(r) & (r > 0.0))


def _check_inputs(resistance, sources, cell_size, neighbours, max_cost):
    r = np.asarray(resistance, dtype=np.float64)
    if r.ndim != 2 or r.size == 0:
        raise CcsgError(f"The resistance grid must be a non-empty 2-D array, not shape {r.shape}.")
    s = np.asarray(sources, dtype=bool)
    if s.shape != r.shape:
        raise CcsgError(f"The source mask has shape {s.shape} but the resistance grid has shape {r.shape}.")
    if neighbours not in (8, 16):
        raise CcsgError(f"Neighbours must be 8 or 16, not {neighbours}.")
    dx, dy = float(cell_size[0]), float(cell_size[1])
    if not (math.isfinite(dx) and math.isfinite(dy) and dx > 0 and dy > 0):
        raise CcsgError(f"The cell size must be positive in both directions, not {cell_size}.")
    max_cost = float(max_cost or 0.0)
    if math.isnan(max_cost) or max_cost < 0:
        raise CcsgError(f"The maximum cost must be 0 (no limit) or positive, not {max_cost}.")
    blocked = impassable_mask(r)
    src = s & ~blocked
    if not src.any():
        raise CcsgError(
            "No source cell lies on a passable resistance cell (all are NoData, zero or negative); "
            "check that the sources overlap the resistance raster."
        )
    return r, src, blocked, dx, dy, max_cost


def cost_distance(resistance: np.ndarray, sources: np.ndarray, cell_size=(1.0, 1.0), neighbours: int = 8,
                  max_cost: float = 0.0, progress=None, is_cancelled=None) -> np.ndarray:
    """Accumulated cost from the source cells: float64, 0 on sources, inf where unreachable (or above max_cost)."""
    r, src, blocked, dx, dy, max_cost = _check_inputs(resistance, sources, cell_size, neighbours, max_cost)
    nrows, ncols = r.shape
    limit = max_cost if max_cost > 0 else math.inf
    moves = [(dr, dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if (dr, dc) != (0, 0)]
    if neighbours == 16:
        moves += [(-2, -1), (-2, 1), (-1, -2), (-1, 2), (1, -2), (1, 2), (2, -1), (2, 1)]
    rr = np.where(blocked, np.inf, r).tolist()
    dist = np.full(r.shape, np.inf)
    d = dist.tolist()
    heap = []
    for i, j in zip(*np.nonzero(src)):
        d[i][j] = 0.0
        heap.append((0.0, int(i), int(j)))
    heapq.heapify(heap)
    total = int((~blocked).sum())
    settled = 0
    last = time.monotonic()
    while heap:
        c, i, j = heapq.heappop(heap)
        if c > d[i][j]:
            continue
        settled += 1
        if settled % 4096 == 0 and time.monotonic() - last > 0.2:
            prog.check_cancelled(is_cancelled)
            prog.report(progress, settled / total)
            last = time.monotonic()
        ri = rr[i][j]
        for dr, dc in moves:
            ni, nj = i + dr, j + dc
            if not (0 <= ni < nrows and 0 <= nj < ncols):
                continue
            rn = rr[ni][nj]
            if rn == math.inf:
                continue
            length = math.hypot(dc * dx, dr * dy)
            if abs(dr) + abs(dc) == 3:
                if abs(dr) == 2:
                    m1, m2 = rr[i + dr // 2][j], rr[i + dr // 2][nj]
                else:
                    m1, m2 = rr[i][j + dc // 2], rr[ni][j + dc // 2]
                if m1 == math.inf or m2 == math.inf:
                    continue
                nc = c + 0.25 * (ri + rn + m1 + m2) * length
            else:
                nc = c + 0.5 * (ri + rn) * length
            if nc < d[ni][nj] and nc <= limit:
                d[ni][nj] = nc
                heapq.heappush(heap, (nc, ni, nj))
    prog.report(progress, 1.0)
    return np.array(d, dtype=np.float64)
