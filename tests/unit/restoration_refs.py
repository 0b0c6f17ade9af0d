"""References for the restoration and crossing tests, written from the definitions: a plain Dijkstra (8 neighbours,
mean resistance x step length) and ring / disc membership by the distance between cell centres."""

from __future__ import annotations

import heapq
import math

import numpy as np


def ref_cwd(res: np.ndarray, mask: np.ndarray, dx: float, dy: float) -> np.ndarray:
    """Accumulated cost from the mask's passable cells; NaN / inf / <= 0 resistance is impassable."""
    h, w = res.shape
    ok = np.isfinite(res) & (res > 0)
    dist = np.full(res.shape, np.inf)
    heap = []
    for r, c in zip(*np.nonzero(mask & ok)):
        dist[r, c] = 0.0
        heap.append((0.0, int(r), int(c)))
    heapq.heapify(heap)
    while heap:
        d, r, c = heapq.heappop(heap)
        if d > dist[r, c]:
            continue
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                i, j = r + dr, c + dc
                if (dr, dc) == (0, 0) or not (0 <= i < h and 0 <= j < w) or not ok[i, j]:
                    continue
                nd = d + 0.5 * (res[r, c] + res[i, j]) * math.hypot(dc * dx, dr * dy)
                if nd < dist[i, j]:
                    dist[i, j] = nd
                    heapq.heappush(heap, (nd, i, j))
    return dist


def ref_lcd(res, mask_a, mask_b, dx, dy) -> float:
    return float(ref_cwd(res, mask_a, dx, dy)[mask_b].min())


def centre_distance(i0, j0, i1, j1, dx, dy) -> float:
    return math.hypot((i1 - i0) * dy, (j1 - j0) * dx)


def ref_ring_min(a: np.ndarray, radius: float, dx: float, dy: float, i: int, j: int) -> float:
    """Minimum of a over the cells whose centre lies at r - cell size < d <= r from (i, j); NaN ignored; inf if
    none. Cell size is the larger side; the distances are compared with a 1e-9 relative slack."""
    cs = max(dx, dy)
    best = math.inf
    h, w = a.shape
    for p in range(h):
        for q in range(w):
            d = centre_distance(i, j, p, q, dx, dy)
            if radius - cs + 1e-9 * radius < d <= radius * (1 + 1e-9) and not np.isnan(a[p, q]):
                best = min(best, float(a[p, q]))
    return best


def ref_disc_max(a: np.ndarray, radius: float, dx: float, dy: float, i: int, j: int) -> float:
    best = -math.inf
    h, w = a.shape
    for p in range(h):
        for q in range(w):
            if centre_distance(i, j, p, q, dx, dy) <= radius * (1 + 1e-9) and not np.isnan(a[p, q]):
                best = max(best, float(a[p, q]))
    return best if best > -math.inf else math.nan


def restore_disc(res: np.ndarray, i: int, j: int, radius: float, dx: float, dy: float) -> np.ndarray:
    """A copy of res with every cell whose centre is within radius of (i, j) set to resistance 1."""
    out = res.copy()
    h, w = res.shape
    for p in range(h):
        for q in range(w):
            if centre_distance(i, j, p, q, dx, dy) <= radius * (1 + 1e-9):
                out[p, q] = 1.0
    return out
