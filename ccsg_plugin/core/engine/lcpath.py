"""Least-cost cell of a target and the least-cost path traced back through an accumulated-cost grid.

The step costs here are the contract shared with costdistance.py: a move between neighbouring cells costs the
mean of the two resistances times the step length; a knight's move (16 neighbours) costs the mean of its two end
cells and the two cells it passes between times its length, and needs both of those cells passable. With a climate
grid, each step adds climate_cost x |climate difference of its end cells| (edge_costs.py).
"""

from __future__ import annotations

import math

import numpy as np

from ccsg_plugin.core.engine.edge_costs import climate_step
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr

# Relative tolerance for "cost_dist[n] + step == cost_dist[current]"; cost_distance is exact to ~1e-12.
_REL_TOL = 1e-7

_OFFSETS_8 = [(-1, -1), (-1, 0), (-1, 1), (0, -1), (0, 1), (1, -1), (1, 0), (1, 1)]
_OFFSETS_KNIGHT = [(-2, -1), (-2, 1), (-1, -2), (-1, 2), (1, -2), (1, 2), (2, -1), (2, 1)]


def _passable(resistance: np.ndarray, cell: tuple[int, int]) -> bool:
    v = float(resistance[cell])
    return math.isfinite(v) and v > 0.0


def _between(a: tuple[int, int], b: tuple[int, int]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The two cells a knight's move from a to b passes between."""
    dr, dc = b[0] - a[0], b[1] - a[1]
    if abs(dr) == 2:  # two rows, one column: passes between the cells of the middle row
        mid = a[0] + dr // 2
        return (mid, a[1]), (mid, b[1])
    mid = a[1] + dc // 2
    return (a[0], mid), (b[0], mid)


def step_cost(resistance: np.ndarray, a: tuple[int, int], b: tuple[int, int], cell_size=(1.0, 1.0),
              climate=None, climate_cost: float = 0.0) -> float:
    """Cost of one move between neighbouring cells a and b (8-neighbour or knight's move); inf if not allowed."""
    if climate is not None:
        if not (math.isfinite(float(climate[a])) and math.isfinite(float(climate[b]))):
            return math.inf
        base = step_cost(resistance, a, b, cell_size)
        if climate_cost > 0 and math.isfinite(base):
            if (abs(b[0] - a[0]), abs(b[1] - a[1])) in ((1, 2), (2, 1)):
                c1, c2 = _between(a, b)
                if not (math.isfinite(float(climate[c1])) and math.isfinite(float(climate[c2]))):
                    return math.inf
            return base + climate_step(climate, a, b, climate_cost)
        return base
    dx, dy = float(cell_size[0]), float(cell_size[1])
    dr, dc = abs(b[0] - a[0]), abs(b[1] - a[1])
    if not _passable(resistance, a) or not _passable(resistance, b):
        return math.inf
    if (dr, dc) in ((0, 1), (1, 0), (1, 1)):
        length = math.hypot(dc * dx, dr * dy)
        return 0.5 * (float(resistance[a]) + float(resistance[b])) * length
    if (dr, dc) in ((1, 2), (2, 1)):
        c1, c2 = _between(a, b)
        if not _passable(resistance, c1) or not _passable(resistance, c2):
            return math.inf
        total = float(resistance[a]) + float(resistance[b]) + float(resistance[c1]) + float(resistance[c2])
        return 0.25 * total * math.hypot(dc * dx, dr * dy)
    raise ValueError(f"cells {a} and {b} are not neighbours")


def least_cost_cell(cost_dist: np.ndarray, target_mask: np.ndarray):
    """(LCD, (row, col)): the minimum of cost_dist over the target cells; (inf, None) if none is reachable."""
    cost_dist = np.asarray(cost_dist)
    target_mask = np.asarray(target_mask, dtype=bool)
    if cost_dist.shape != target_mask.shape:
        raise CcsgError(tr("The target mask has shape {0} but the cost grid has shape {1}.",
                           target_mask.shape, cost_dist.shape))
    if not target_mask.any():
        return math.inf, None
    values = np.where(target_mask, cost_dist, np.inf)
    flat = int(np.argmin(values))
    best = float(values.flat[flat])
    if not math.isfinite(best):
        return math.inf, None
    return best, (int(flat // cost_dist.shape[1]), int(flat % cost_dist.shape[1]))


def trace_path(cost_dist: np.ndarray, resistance: np.ndarray, start: tuple[int, int], cell_size=(1.0, 1.0),
               neighbours: int = 8, climate=None, climate_cost: float = 0.0) -> list[tuple[int, int]]:
    """Cells of the least-cost path from `start` back to a source cell (cost_dist == 0), start first.

    Each step goes to the neighbour n whose cost_dist[n] + step_cost(n -> current) matches cost_dist[current] best.
    """
    cost_dist = np.asarray(cost_dist, dtype=np.float64)
    resistance = np.asarray(resistance, dtype=np.float64)
    if neighbours not in (8, 16):
        raise CcsgError(tr("Neighbours must be 8 or 16, not {0}.", neighbours))
    nrows, ncols = cost_dist.shape
    cur = (int(start[0]), int(start[1]))
    if not math.isfinite(float(cost_dist[cur])):
        raise CcsgError(tr("The start cell {0} cannot be reached from any source; no path to trace.", cur))
    offsets = _OFFSETS_8 + (_OFFSETS_KNIGHT if neighbours == 16 else [])
    path = [cur]
    # Every step lowers cost_dist strictly (resistances are > 0), so the walk ends; the bound guards against bad input.
    for _ in range(nrows * ncols):
        here = float(cost_dist[cur])
        if here == 0.0:
            return path
        best, best_err = None, math.inf
        for dr, dc in offsets:
            n = (cur[0] + dr, cur[1] + dc)
            if not (0 <= n[0] < nrows and 0 <= n[1] < ncols):
                continue
            there = float(cost_dist[n])
            if not there < here:
                continue
            err = abs(there + step_cost(resistance, n, cur, cell_size, climate, climate_cost) - here)
            if err < best_err:
                best, best_err = n, err
        if best is None or best_err > _REL_TOL * max(here, 1e-300):
            raise CcsgError(
                tr("The accumulated-cost grid is not consistent with the resistance at cell {0}; compute it with "
                   "cost_distance on the same resistance, cell size and neighbours.", cur)
            )
        cur = best
        path.append(cur)
    raise CcsgError(tr("The least-cost path did not reach a source cell."))
