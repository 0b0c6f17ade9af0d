"""Input doctor: the size of a run (core pairs analysed, peak memory, time) and the checks on it: too few cores,
no pair within the maximum distance, many pairs or a long run, more memory than is free."""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np

from ccsg_plugin.core.doctor.findings import ERROR, INFO, WARNING, CoreFacts, DoctorInputs, Finding, Options, fmt_int
from ccsg_plugin.core.engine.corridor_workers import parallel_available
from ccsg_plugin.core.text import tr

# Cost model of a least-cost corridors run, as the algorithm runs it (cost-distances spilled to disk once computed,
# rasters read and written in strips). Whole-grid terms: the resistance (float64, once), the corridor mosaic
# (float64) and the passable / core-cell masks with their temporaries. Each worker process holds one cost-distance
# run at its peak (ENGINE.md: about 42 bytes per cell, up to ~75 while switching sweep orientation; 80 taken, and
# the whole grid taken as its window: an upper bound, windows shrink it with a width cutoff). Without spilling
# (the engine called directly), every linked core's cost-distance (float64) is also held until the mosaic is made.
# Core masks are allocated lazily (only their bounding boxes are touched), so they add nothing per cell.
# Measured (make bench --scale 10000, ARCHITECTURE.md "Measured at scale"): 100 M cells, 30 cores, two processes:
# 8.1-9.3 GB together (estimate 18 GB: windows averaged 78 % of the grid and a run's peak is brief).
BYTES_PER_CELL_COSTDISTANCE = 80
BYTES_PER_CELL_MOSAIC = 8 + 8 + 4  # resistance, mosaic, masks and their temporaries
BYTES_PER_CELL_KEPT_CWD = 8
# Time: a fixed part (reading, styling, the report) plus, per grid cell, one core's cost-distance run and one
# pair's corridor (sum, path, polygon, writing). Calibrated on two runs (2 cores, load about 1, 2026-11-30): the
# 10 000 x 10 000 scale run (30 cores, 48 pairs: cost-distances about 165 s on two processes, i.e. 8.3e-8 s per
# cell and core on one; pairs and outputs about 72 s, 1.5e-8 per cell and pair; 237 s in all) and the demo
# (6 cores, 15 pairs, 0.59 M cells: 2.5 s in the desktop, 3.6-6 s on a busy machine). The cost-distance figure is
# raised to 1.5e-7 and the pairs' to 2e-8 for rough landscapes (corridors on white noise took 1.5-1.8x the time
# of a smooth landscape). Estimates: 399 s for the scale run, 3.5 s for the demo.
SECONDS_PER_RUN = 3.0
SECONDS_PER_CELL_COSTDISTANCE = 1.5e-7
SECONDS_PER_CELL_PAIR = 2e-8
SIXTEEN_NEIGHBOUR_FACTOR = 1.9  # knight's moves: measured 9.5 s against 5.1 s for 8 neighbours at 16 M cells
# Two cost-distances at a time run in two forked processes where fork is safe (Linux, corridor_workers.py); each
# has its own GIL. Measured 1.45-1.65x one after the other (corridors, 2000 x 2000, 8 cores, smooth and white noise,
# 2 cores, load 0.3-1.3, 2026-11-30; two identical runs: 1.66x). Threads had measured 0.78-0.91x: a run is a chain
# of row-sized numpy calls and the GIL changes hands at each. Elsewhere the runs go one after the other.
TWO_WORKER_SPEEDUP = 1.5
MAX_WORKERS = 2 if parallel_available() else 1
MANY_PAIRS = 200
LONG_RUN_SECONDS = 30 * 60


def format_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(n) < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit in ("B", "KB") else f"{n:.1f} {unit}"
        n /= 1024.0
    return f"{n:.1f} TB"


def format_seconds(s: float) -> str:
    if s < 60:
        return f"{max(1, round(s))} s"
    if s < 3600:
        return f"{s / 60:.0f} min"
    return f"{s / 3600:.1f} h"


def linked_pairs(geoms: Sequence, max_distance: float) -> list[tuple[int, int]]:
    """Index pairs (i < j) of geometries at most max_distance apart edge to edge. Bounding boxes are compared first
    (vectorised), so thousands of cores stay quick: exact distances only for pairs whose boxes are close enough."""
    n = len(geoms)
    if n < 2:
        return []
    b = np.array([g.bounds for g in geoms], dtype=np.float64)
    out = []
    for i in range(n - 1):
        rest = b[i + 1 :]
        gap_x = np.maximum(0.0, np.maximum(rest[:, 0] - b[i, 2], b[i, 0] - rest[:, 2]))
        gap_y = np.maximum(0.0, np.maximum(rest[:, 1] - b[i, 3], b[i, 1] - rest[:, 3]))
        for k in np.flatnonzero(np.hypot(gap_x, gap_y) <= max_distance):
            j = i + 1 + int(k)
            if geoms[i].distance(geoms[j]) <= max_distance:
                out.append((i, j))
    return out


def pairs_within(cores: Sequence[CoreFacts], max_distance: float) -> int:
    """Number of core pairs analysed: all pairs, or pairs at most max_distance apart edge to edge."""
    geoms = [c.geometry for c in cores if c.geometry is not None and not c.geometry.is_empty]
    n = len(geoms)
    if not max_distance or max_distance <= 0:
        return n * (n - 1) // 2
    return len(linked_pairs(geoms, max_distance))


def estimate(inp: DoctorInputs) -> tuple[int, float, int]:
    """(estimated peak bytes, estimated seconds, number of pairs) of a full run."""
    grid = inp.resistance_grid
    cells = grid.cells if grid else 0
    cores = [c for c in (inp.cores or []) if c.geometry is not None and not c.geometry.is_empty]
    pairs = pairs_within(cores, inp.options.max_distance)
    factor = SIXTEEN_NEIGHBOUR_FACTOR if inp.options.neighbours == 16 else 1.0
    linked = set(range(len(cores))) if not inp.options.max_distance else _linked(cores, inp.options)
    landcover = bool(inp.landcover_name)
    peak = peak_bytes(cells, len(cores), len(linked), landcover)  # one worker: what the run needs at least
    workers = workers_for(cells, len(cores), len(linked), inp.free_memory_bytes, landcover)
    speedup = TWO_WORKER_SPEEDUP if workers > 1 and len(linked) > 1 else 1.0
    seconds = SECONDS_PER_RUN + (len(linked) * cells * SECONDS_PER_CELL_COSTDISTANCE * factor) / speedup
    seconds += pairs * cells * SECONDS_PER_CELL_PAIR
    return int(peak), float(seconds), pairs


def peak_bytes(cells: int, n_cores: int, n_linked: int, landcover: bool = False, workers: int = 1,
               spilled: bool = True) -> int:
    """Estimated peak memory of a least-cost corridors run: an upper bound (cost-distance windows taken whole).
    n_cores is kept for callers: core masks no longer cost memory per cell (see above)."""
    per_cell = BYTES_PER_CELL_COSTDISTANCE * max(1, workers) + BYTES_PER_CELL_MOSAIC + (8 if landcover else 0)
    if not spilled:
        per_cell += BYTES_PER_CELL_KEPT_CWD * n_linked
    return int(cells * per_cell)


def workers_for(cells: int, n_cores: int, n_linked: int, free, landcover: bool = False,
                max_workers: Optional[int] = None) -> int:
    """Processes for the cost-distance runs: max_workers (MAX_WORKERS by default) when that many runs' peak fits
    the free memory (unknown free: max_workers), else one. The result does not depend on it, only the time
    and the peak."""
    max_workers = MAX_WORKERS if max_workers is None else max_workers
    if n_linked < 2 or max_workers < 2:
        return 1
    if free is None or peak_bytes(cells, n_cores, n_linked, landcover, max_workers) <= free:
        return max_workers
    return 1


def _linked(cores: Sequence[CoreFacts], options: Options) -> set:
    linked: set = set()
    for i, j in linked_pairs([c.geometry for c in cores], options.max_distance):
        linked.update((i, j))
    return linked


def check_size(inp: DoctorInputs) -> list[Finding]:
    out: list[Finding] = []
    if inp.resistance_grid is None or not inp.cores:
        return out
    cores = [c for c in inp.cores if c.geometry is not None and not c.geometry.is_empty]
    if len(cores) < 2:
        out.append(
            Finding(
                ERROR,
                "too_few_cores",
                tr("The cores layer '{0}' has {1} core with a geometry; corridors need at least two.",
                   inp.cores_name, len(cores)),
                tr("Pick a layer with two or more core areas."),
            )
        )
        return out
    peak, seconds, pairs = estimate(inp)
    opts = inp.options
    if pairs == 0:
        out.append(
            Finding(
                ERROR,
                "no_pairs",
                tr("No two cores are within the maximum distance of {0} map units, so no corridor would be computed.",
                   format(opts.max_distance, "g")),
                tr("Raise the maximum distance between cores, or choose 'all pairs'."),
            )
        )
    elif pairs > MANY_PAIRS or seconds > LONG_RUN_SECONDS:
        how = (tr("all pairs") if not opts.max_distance else tr("pairs within {0} map units"
                                                                , format(opts.max_distance, "g")))
        out.append(
            Finding(
                WARNING,
                "many_pairs",
                tr("{0} core pairs will be analysed ({1} of {2} cores); this takes about {3}.",
                   fmt_int(pairs), how, len(cores), format_seconds(seconds)),
                tr("Set a maximum distance between cores so only neighbouring cores are linked (Linkage Mapper links "
                   "only nearby cores too), or use a coarser resistance raster."),
            )
        )
    free = inp.free_memory_bytes
    budget = tr("about {0} of memory and {1}", format_bytes(peak), format_seconds(seconds))
    if free is not None and peak > free:
        out.append(
            Finding(
                ERROR,
                "memory_exceeds_free",
                tr("The analysis needs {0} ({1} cells), more than the {2} of memory free on this computer.",
                   budget, fmt_int(inp.resistance_grid.cells), format_bytes(free)),
                tr("Use a coarser cell size (Raster > Projections > Warp with a larger resolution), clip the rasters "
                   "to a window around the cores you study, or analyse fewer pairs (set a maximum distance between "
                   "cores); closing other programs frees memory too."),
            )
        )
    elif free is not None and peak > 0.5 * free:
        out.append(
            Finding(
                WARNING,
                "memory_tight",
                tr("The analysis needs {0}: more than half of the {1} free.", budget, format_bytes(free)),
                tr("Close other programs before running, or clip the rasters to the study area."),
            )
        )
    else:
        free_text = (tr(" ({0} free)", format_bytes(free)) if free is not None else '')
        out.append(
            Finding(
                INFO,
                "estimate",
                tr("{0} core pairs, {1} cells: about {2} of memory{3} and {4}.",
                   fmt_int(pairs), fmt_int(inp.resistance_grid.cells), format_bytes(peak), free_text,
                   format_seconds(seconds)),
                tr("Nothing to do."),
            )
        )
    return out
