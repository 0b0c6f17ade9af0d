"""Timing of the corridor comparison (make bench): a synthetic landscape with corridors in a row between pairs of
square cores, a cleared block and a road in every corridor at the second date, the default profile."""

from __future__ import annotations

import datetime as dt
import time

import numpy as np
from shapely.geometry import box

from ccsg_plugin.core.criteria.inputs import CorridorInput
from ccsg_plugin.core.criteria.profiles import load_profile
from ccsg_plugin.core.monitoring.compare import compare_corridors
from ccsg_plugin.core.monitoring.snapshot import from_resistance

CELL = 30.0


def benchmark_compare(profiles_dir, n_corridors: int = 20, corridor_cells: tuple = (60, 400),
                      seed: int = 0) -> tuple[float, int]:
    """(seconds, cells) for comparing n_corridors corridors, each corridor_cells (width, length) cells, on a
    grid that holds them all; the habitat is a noisy mask (about 70 % habitat) so the gap and passage searches
    have many patches to work through."""
    rng = np.random.default_rng(seed)
    width, length = corridor_cells
    rows, cols = n_corridors * (width + 40), length + 80
    before = np.where(rng.random((rows, cols)) < 0.7, 1.0, 50.0)
    after = before.copy()
    transform = (0.0, CELL, 0.0, rows * CELL, 0.0, -CELL)
    corridors, cores = [], []
    for k in range(n_corridors):
        r0 = k * (width + 40) + 20
        y1, y0 = (rows - r0) * CELL, (rows - r0 - width) * CELL
        corridors.append(CorridorInput(k, f"c{k}", box(40 * CELL, y0, (40 + length) * CELL, y1)))
        cores += [(f"a{k}", box(0, y0 - 10 * CELL, 40 * CELL, y1 + 10 * CELL)),
                  (f"b{k}", box((40 + length) * CELL, y0 - 10 * CELL, cols * CELL, y1 + 10 * CELL))]
        before[r0 - 10:r0 + width + 10, :40] = 1.0
        before[r0 - 10:r0 + width + 10, 40 + length:] = 1.0
        after[r0 - 10:r0 + width + 10, :40] = 1.0
        after[r0 - 10:r0 + width + 10, 40 + length:] = 1.0
        after[r0:r0 + width // 2, 100:140] = 80.0  # cleared block
        after[r0:r0 + width, 200] = 200.0  # a road
    profile = load_profile(bundled_dir=profiles_dir)
    b = from_resistance(before, transform, 10.0, "before", dt.date(2020, 1, 1))
    a = from_resistance(after, transform, 10.0, "after", dt.date(2025, 1, 1))
    start = time.perf_counter()
    compare_corridors(corridors, cores, b, a, profile)
    return time.perf_counter() - start, rows * cols
