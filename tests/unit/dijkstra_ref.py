"""The shared brute-force reference for cost-distance tests: a textbook Dijkstra on the cell graph written from the
contract (ARCHITECTURE.md 'Units and conventions'), independent of the engine.

A move between neighbouring cells costs the mean of their resistances x the step length; a knight's move (16
neighbours) costs the mean of its two end cells and the two cells it passes between x its length and needs those
two passable; with a climate grid every step adds climate_cost x |climate difference of its end cells| and cells
without a climate value are impassable. NaN, +-inf, zero and negative resistances are impassable.
"""

from __future__ import annotations

import heapq
import math

import numpy as np

KING = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]
KNIGHT = [(-2, -1), (-2, 1), (-1, -2), (-1, 2), (1, -2), (1, 2), (2, -1), (2, 1)]


def reference(res, src, dx=1.0, dy=1.0, neighbours=8, max_cost=0.0, climate=None, climate_cost=0.0):
    """Accumulated least cost from the passable source cells (inf where unreachable or beyond max_cost > 0)."""
    res = np.asarray(res, dtype=float)
    h, w = res.shape

    def ok(i, j):
        v = res[i, j]
        if not (math.isfinite(v) and v > 0):
            return False
        return climate is None or math.isfinite(climate[i, j])

    dist = np.full((h, w), np.inf)
    heap = []
    for i, j in zip(*np.nonzero(src)):
        if ok(i, j):
            dist[i, j] = 0.0
            heap.append((0.0, int(i), int(j)))
    heapq.heapify(heap)
    moves = KING + (KNIGHT if neighbours == 16 else [])
    while heap:
        c, i, j = heapq.heappop(heap)
        if c > dist[i, j]:
            continue
        for di, dj in moves:
            a, b = i + di, j + dj
            if not (0 <= a < h and 0 <= b < w) or not ok(a, b):
                continue
            length = math.hypot(dj * dx, di * dy)
            if abs(di) == 2:  # passes between the two cells of the middle row
                mids = [(i + di // 2, j), (i + di // 2, b)]
            elif abs(dj) == 2:  # passes between the two cells of the middle column
                mids = [(i, j + dj // 2), (a, j + dj // 2)]
            else:
                mids = []
            if mids:
                if not all(ok(*m) for m in mids):
                    continue
                step = (res[i, j] + res[a, b] + res[mids[0]] + res[mids[1]]) / 4.0 * length
            else:
                step = (res[i, j] + res[a, b]) / 2.0 * length
            if climate is not None and climate_cost:
                step += climate_cost * abs(climate[i, j] - climate[a, b])
            nc = c + step
            # the engine's contract: a cell AT the limit stays in, whatever order its sum was added in (a 1-ulp
            # difference between two summation orders decided a cell in or out before: hypothesis found one)
            if max_cost > 0 and nc > max_cost * (1 + 1e-12):
                continue
            if nc < dist[a, b]:
                dist[a, b] = nc
                heapq.heappush(heap, (nc, a, b))
    if max_cost > 0:
        np.minimum(dist, max_cost, out=dist, where=np.isfinite(dist))  # at the limit within rounding: the limit
    return dist


def assert_close(got, want, rel=1e-9):
    """Same unreachable cells, and every finite cost within `rel` (relative) of the reference."""
    assert got.dtype == np.float64
    assert got.shape == want.shape
    np.testing.assert_array_equal(np.isinf(got), np.isinf(want))
    fin = np.isfinite(want)
    if fin.any():
        err = np.abs(got[fin] - want[fin]) / np.maximum(np.abs(want[fin]), 1e-300)
        assert err.max() <= rel, f"max relative difference {err.max():.3g}"
