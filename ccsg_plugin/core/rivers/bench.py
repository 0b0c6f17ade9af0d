"""A synthetic dendritic river network for `make bench` (scripts/bench.py): lines digitised downstream."""

from __future__ import annotations

import time

import numpy as np

from ccsg_plugin.core.rivers.analysis import river_connectivity
from ccsg_plugin.core.rivers.network import Lines


def synthetic_network(n_lines: int, n_barriers: int, seed: int = 0):
    """(Lines, barrier points, passabilities): each line runs from a new node to an earlier one (its receiving
    river) over a bent middle vertex, so the network is a tree draining to the node at (0, 0)."""
    rng = np.random.default_rng(seed)
    parent = np.array([0] + [int(rng.integers(max(0, i - 50), i)) for i in range(1, n_lines + 1)])
    angle = rng.uniform(0, 2 * np.pi, n_lines + 1)
    step = np.column_stack([np.cos(angle), np.sin(angle)]) * 100.0
    pos = np.zeros((n_lines + 1, 2))
    for i in range(1, n_lines + 1):
        pos[i] = pos[parent[i]] + step[i]
    a, b = pos[1:], pos[parent[1:]]
    mid = (a + b) / 2 + rng.normal(0, 5, (n_lines, 2))
    lines = Lines(np.stack([a, mid, b], axis=1).reshape(-1, 2), np.arange(0, 3 * n_lines + 1, 3))
    pick = rng.choice(n_lines, n_barriers, replace=False)
    barriers = (a[pick] + mid[pick]) / 2 + rng.normal(0, 1e-4, (n_barriers, 2))
    return lines, barriers, rng.uniform(0, 1, n_barriers)


def benchmark(n_lines: int = 50_000, n_barriers: int = 2_000, braided: bool = False) -> tuple[float, object]:
    """Seconds for river_connectivity on the synthetic network (topology, sections, DCI and every dDCI).

    Dendritic: a tolerance far below the vertex spacing, so random-walk nodes that happen to lie close stay apart.
    Braided: a 0.5 tolerance joins those nodes into loops (about 140 with the defaults) and barriers lie up to a
    metre off their line."""
    lines, barriers, passability = synthetic_network(n_lines, n_barriers)
    if braided:
        barriers = barriers + np.random.default_rng(1).normal(0, 0.2, barriers.shape)
    start = time.perf_counter()
    result = river_connectivity(lines, 0.5 if braided else 0.001, barriers, passability, outlet_xy=[(0.0, 0.0)])
    return time.perf_counter() - start, result
