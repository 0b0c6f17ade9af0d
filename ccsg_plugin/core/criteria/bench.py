"""Synthetic benchmark of the criteria engine (for `make bench`; no timed test).

Builds a square land-cover raster of `raster_cells` cells (100 m cells), a grid of square cores, `n_corridors`
wavy corridors between neighbouring cores and `n_roads` random road segments, then times evaluate_corridors
against the default profile.
"""

from __future__ import annotations

import math
import time
from collections.abc import Hashable
from typing import Any

import numpy as np
from shapely.geometry import LineString, Point, box

from ccsg_plugin.core.criteria.evaluate import CorridorInput, EvaluationContext, evaluate_corridors
from ccsg_plugin.core.criteria.profiles import load_profile
from ccsg_plugin.core.criteria.raster import RasterArray

CELL = 100.0
ATTRS = {"objective_connectivity": "benchmark", "governance_type": "A", "governance_authority": "Agency",
         "management_plan": "plan", "legal_mechanism": "statute", "commitment_duration": "permanent",
         "monitoring_plan": "plan", "indicators": ["x"], "last_assessment": "2025-01-01"}


def synthetic_scene(n_corridors: int = 100, raster_cells: int = 1_000_000, n_roads: int = 1000, seed: int = 0,
                    with_resistance: bool = False, with_dem: bool = False):
    """(corridors, context) for the benchmark."""
    rng = np.random.default_rng(seed)
    side = int(round(math.sqrt(raster_cells)))
    extent = side * CELL
    yy, xx = np.mgrid[0:side, 0:side].astype(np.float64)
    field = np.zeros((side, side))
    for _ in range(6):  # smooth random field: a few random waves
        fx, fy, ph = rng.uniform(0.005, 0.03), rng.uniform(0.005, 0.03), rng.uniform(0, 2 * math.pi)
        field += np.sin(fx * xx + ph) * np.cos(fy * yy - ph)
    landcover = np.full((side, side), 10, dtype=np.int32)  # tree cover
    landcover[field > 1.2] = 40  # cropland
    landcover[field > 2.0] = 50  # built-up
    transform = (0.0, CELL, 0.0, extent, 0.0, -CELL)
    context = EvaluationContext(landcover=RasterArray(landcover, transform, name="landcover"))
    if with_resistance:
        res = np.where(landcover == 10, 1.0, np.where(landcover == 40, 20.0, 100.0))
        context.resistance = RasterArray(res, transform, name="resistance")
    if with_dem:
        context.dem = RasterArray(field * 100.0 + yy * 0.5, transform, name="dem")

    # Cores on a grid; corridors join horizontal neighbours.
    cols = max(2, int(math.ceil(math.sqrt(n_corridors))) + 1)
    rows = max(1, int(math.ceil(n_corridors / (cols - 1))))
    step_x, step_y = extent / (cols + 1), extent / (rows + 1)
    core_size = min(step_x, step_y) * 0.35
    cores: list[tuple[Hashable, Any]] = []
    corridors: list[CorridorInput] = []
    for r in range(rows):
        for c in range(cols):
            cx, cy = (c + 1) * step_x, (r + 1) * step_y
            cores.append(((r, c), box(cx - core_size / 2, cy - core_size / 2, cx + core_size / 2, cy + core_size / 2)))
    for r in range(rows):
        for c in range(cols - 1):
            if len(corridors) >= n_corridors:
                break
            x0, x1 = (c + 1) * step_x + core_size / 2, (c + 2) * step_x - core_size / 2
            cy = (r + 1) * step_y
            xs = np.linspace(x0 - 50, x1 + 50, 6)
            ys = cy + rng.uniform(-0.15, 0.15, 6) * core_size
            ys[0] = ys[-1] = cy
            width = rng.uniform(0.3, 0.6) * core_size
            geom = LineString(np.column_stack([xs, ys])).buffer(width / 2, cap_style=2)
            corridors.append(CorridorInput(len(corridors), f"corridor {len(corridors)}", geom, dict(ATTRS)))
    roads: list[tuple[Hashable, Any, str]] = []
    for i in range(n_roads):
        x, y = rng.uniform(0, extent, 2)
        ang, length = rng.uniform(0, math.pi), rng.uniform(1000, 5000)
        roads.append((i, LineString([(x, y), (x + length * math.cos(ang), y + length * math.sin(ang))]),
                      "road" if i % 5 else "track"))
    context.cores = cores
    context.barriers = roads
    context.crossings = [Point(rng.uniform(0, extent, 2)) for _ in range(n_roads // 2)]
    return corridors, context


def benchmark_evaluation(profiles_dir, n_corridors: int = 100, raster_cells: int = 1_000_000, n_roads: int = 1000,
                         with_resistance: bool = False, with_dem: bool = False) -> float:
    """Seconds taken by evaluate_corridors on the synthetic scene (scene building not included), against the
    default profile of the bundled profiles folder `profiles_dir` (passed in: core knows no plugin paths)."""
    corridors, context = synthetic_scene(n_corridors, raster_cells, n_roads, with_resistance=with_resistance,
                                         with_dem=with_dem)
    profile = load_profile(bundled_dir=profiles_dir)
    start = time.perf_counter()
    evaluate_corridors(corridors, context, profile)
    return time.perf_counter() - start

