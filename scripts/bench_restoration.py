"""Restoration-priority timings for `make bench`: Barrier Mapper scores per pair and radius on a 1000 x 1000 smooth
landscape (the cost distances are computed first and not timed), and the ring filter's share of that time."""

from __future__ import annotations

import time

import numpy as np

from ccsg_plugin.core.engine.barriers import barrier_scores
from ccsg_plugin.core.engine.corridors import CoreCostDistance, Link
from ccsg_plugin.core.engine.costdistance import cost_distance
from ccsg_plugin.core.engine.ring_filter import focal_min, ring_kernel


def barriers_rows(resistance: np.ndarray, cell: float, radii_cells=(1, 5, 20, 50)) -> list:
    """[(radius m, ring cells, seconds for one pair, seconds of one ring minimum)] on the given landscape."""
    n = resistance.shape[0]
    a = np.zeros(resistance.shape, bool)
    a[n // 2 - 10:n // 2 + 10, 5:25] = True
    b = np.zeros(resistance.shape, bool)
    b[n // 2 - 10:n // 2 + 10, n - 25:n - 5] = True
    cost_distance_a = cost_distance(resistance, a, (cell, cell))
    cost_distance_b = cost_distance(resistance, b, (cell, cell))
    full = (0, n, 0, n)
    cost_distances = {"a": CoreCostDistance("a", full, cost_distance_a), "b": CoreCostDistance("b", full,
                                                                                               cost_distance_b)}
    links = [Link("a", "b", 0.0, lcd=float(cost_distance_a[b].min()))]
    rows = []
    for k in radii_cells:
        radius = k * cell
        ring = ring_kernel(radius, (cell, cell))
        t = time.perf_counter()
        barrier_scores(cost_distances, links, resistance.shape, (cell, cell), [radius])
        whole = time.perf_counter() - t
        t = time.perf_counter()
        focal_min(cost_distance_a, ring)
        one_ring = time.perf_counter() - t
        rows.append((radius, int(ring.sum()), whole, one_ring))
    return rows


def print_barriers(resistance: np.ndarray, cell: float) -> None:
    n = resistance.shape[0]
    print(f"\nbarriers (Barrier Mapper scores), {n} x {n} cells of {cell:g} m, one pair, one radius at a time "
          "(cost distances not timed):")
    print("| radius m | radius cells | ring cells | time per pair and radius s | of which one ring minimum s |")
    print("|---|---|---|---|---|")
    for radius, ring_cells, whole, one_ring in barriers_rows(resistance, cell):
        print(f"| {radius:g} | {radius / cell:g} | {ring_cells} | {whole:.3f} | {one_ring:.3f} |", flush=True)
