"""Linkage-Pathways-style least-cost corridors between core areas (pure numpy + shapely).

For every selected pair of cores (a, b): LCD(a, b) = min over b's cells of CWD_a; the normalised corridor is
CWD_a + CWD_b - LCD (0 on the least-cost path); the mosaic is the cell-wise minimum over the linked pairs, kept where
the value is <= the width cutoff (a fixed number of cost units, or a percentage of each pair's LCD).

Each core's cost-distance is clipped when a cutoff allows it: a corridor cell x of the pair (a, b) has
CWD_a(x) <= LCD + cutoff, and LCD is at most the cost of a straight line of cells between the two cores, so the run
for core a can stop at cap_a = max over its partners of (straight-line cost + cutoff) and stay inside a window
around the core (no path of cost <= cap leaves it). Results are the same as without clipping; only the cost
beyond the cap is unknown (stored as inf), which `truncate` checks before it re-uses kept rasters.

At scale (corridor_windows.py, corridor_workers.py): each window grows from a guess until a ring check proves it
exact, cores run in forked processes (Linux), and finished cost-distances can be spilled to disk (see ARCHITECTURE.md).
"""

from __future__ import annotations

import math
import os
import shutil
import tempfile
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Callable, Hashable, Optional

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.engine import climate_pairs as cp
from ccsg_plugin.core.engine import corridor_windows as cw
from ccsg_plugin.core.engine.corridor_workers import parallel_available, run_tasks
from ccsg_plugin.core.engine.costdistance import cost_distance, impassable_mask
from ccsg_plugin.core.engine.lcpath import least_cost_cell, step_cost, trace_path
from ccsg_plugin.core.engine.pairs import select_pairs
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr

# Corridor values this close to 0 (relative to the pair's LCD) are rounding noise of CWD_a + CWD_b - LCD: on the
# least-cost path the two sums are equal in exact arithmetic, so they are set to exactly 0.
ZERO_TOL = 1e-9


@dataclass
class CoreCostDistance:
    """One core's accumulated cost over a window of the grid (rows r0:r1, columns c0:c1); inf beyond `cap`.

    `data` is the array, or None when it was spilled to the .npy file `spill` (a big run keeps its cost-distances
    on disk): `cost_dist` then maps the file afresh each time, and the pages leave the process with the last view.
    `rounding`: the relative rounding of the values kept (0 for float64, 2**-24 once stored as float32)."""

    core_id: Hashable
    window: tuple[int, int, int, int]
    data: Optional[np.ndarray]
    cap: float = math.inf
    spill: Optional[str] = None
    rounding: float = 0.0

    @property
    def cost_distance(self) -> np.ndarray:
        if self.data is not None:
            return self.data
        assert self.spill is not None  # no array in memory means it was spilled
        return np.load(self.spill, mmap_mode="r")

    @property
    def cells(self) -> int:
        r0, r1, c0, c1 = self.window
        return (r1 - r0) * (c1 - c0)

    def full(self, shape: tuple[int, int]) -> np.ndarray:
        out = np.full(shape, np.inf)
        r0, r1, c0, c1 = self.window
        out[r0:r1, c0:c1] = self.cost_distance
        return out


@dataclass
class Link:
    """One pair of cores and its least-cost path. `path` holds (row, col) cells from core_a to core_b."""

    core_a: Hashable
    core_b: Hashable
    euclid_dist_m: float
    lcd: float = math.inf
    path: list = field(default_factory=list)
    path_length_m: float = 0.0
    via_core: Optional[Hashable] = None
    dropped: bool = False
    cutoff: float = math.inf  # cost units kept around this pair's least-cost path (inf = no cutoff)
    corridor_cells: int = 0
    window_cells: int = 0  # cells of the pair's window (both cores' cost-distances known), set by `truncate`
    # With a climate grid: each core's mean - 2 SD, their absolute difference, the climate term's share of the LCD.
    climate_a: Optional[float] = None
    climate_b: Optional[float] = None
    climate_diff: Optional[float] = None
    climate_cost_share: Optional[float] = None

    @property
    def linked(self) -> bool:
        """True when the pair is in the corridor mosaic (reachable and not dropped)."""
        return math.isfinite(self.lcd) and not self.dropped

    @property
    def lcd_per_euclid(self) -> Optional[float]:
        return self.lcd / self.euclid_dist_m if self.euclid_dist_m > 0 and math.isfinite(self.lcd) else None

    @property
    def lcd_per_path(self) -> Optional[float]:
        """The mean resistance along the least-cost path (cost per metre walked)."""
        return self.lcd / self.path_length_m if self.path_length_m > 0 and math.isfinite(self.lcd) else None

    def to_dict(self) -> dict:
        return {
            "core_a": self.core_a, "core_b": self.core_b, "lcd": _json_float(self.lcd),
            "euclid_dist_m": self.euclid_dist_m, "path_length_m": self.path_length_m,
            "via_core": self.via_core, "dropped": self.dropped, "path": [list(c) for c in self.path],
            **{k: getattr(self, k) for k in _CLIMATE_FIELDS if getattr(self, k) is not None},
        }

    @classmethod
    def from_dict(cls, d: dict) -> Link:
        lcd = d.get("lcd")
        link = cls(core_a=d["core_a"], core_b=d["core_b"], euclid_dist_m=float(d["euclid_dist_m"]),
                   lcd=math.inf if lcd is None else float(lcd), path=[tuple(c) for c in d.get("path", [])],
                   path_length_m=float(d.get("path_length_m", 0.0)), via_core=d.get("via_core"),
                   dropped=bool(d.get("dropped", False)))
        for k in _CLIMATE_FIELDS:
            if d.get(k) is not None:
                setattr(link, k, float(d[k]))
        return link


_CLIMATE_FIELDS = ("climate_a", "climate_b", "climate_diff", "climate_cost_share")


@dataclass
class CorridorResult:
    links: list
    cost_distances: dict
    mosaic: np.ndarray  # float64, NaN where no linked pair keeps the cell
    shape: tuple
    width_cutoff: float = 0.0
    width_cutoff_percent: float = 0.0

    @property
    def linked(self) -> list:
        return [link for link in self.links if link.linked]

    @property
    def dropped(self) -> list:
        return [link for link in self.links if link.dropped]


def _json_float(v: float):
    return float(v) if math.isfinite(v) else None


def pair_cutoff(lcd: float, width_cutoff: float = 0.0, width_cutoff_percent: float = 0.0) -> float:
    """Cost units kept around a pair's path: the percentage of its LCD when set, else the fixed cutoff; inf = all."""
    if width_cutoff_percent and width_cutoff_percent > 0:
        return lcd * float(width_cutoff_percent) / 100.0
    if width_cutoff and width_cutoff > 0:
        return float(width_cutoff)
    return math.inf


def _check_cutoffs(width_cutoff: float, width_cutoff_percent: float) -> None:
    for name, v in (("width cutoff", width_cutoff), ("width cutoff percentage", width_cutoff_percent)):
        if v is None or math.isnan(float(v)) or float(v) < 0:
            raise CcsgError(tr("The {0} must be 0 (none) or positive, not {1}.", name, v))


def path_length(path: list, cell_size) -> float:
    dx, dy = float(cell_size[0]), float(cell_size[1])
    return float(sum(math.hypot((c1 - c0) * dx, (r1 - r0) * dy) for (r0, c0), (r1, c1) in zip(path, path[1:])))


def path_cost(resistance: np.ndarray, path: list, cell_size, climate=None, climate_cost: float = 0.0) -> float:
    """Sum of the step costs along a path of neighbouring cells (the contract's cost rule)."""
    return float(sum(step_cost(resistance, a, b, cell_size, climate, climate_cost) for a, b in zip(path, path[1:])))


def _line_cells(a: tuple[int, int], b: tuple[int, int]) -> list:
    """A chain of 8-neighbour cells from a to b close to the straight line (diagonal steps interleaved)."""
    (r0, c0), (r1, c1) = a, b
    n = max(abs(r1 - r0), abs(c1 - c0))
    if n == 0:
        return [a]
    return [(round(r0 + (r1 - r0) * k / n), round(c0 + (c1 - c0) * k / n)) for k in range(n + 1)]


def _nearest_cell(cells: np.ndarray, target: np.ndarray, cell_size) -> tuple[int, int]:
    d = ((cells[:, 0] - target[0]) * cell_size[1]) ** 2 + ((cells[:, 1] - target[1]) * cell_size[0]) ** 2
    i = int(np.argmin(d))
    return int(cells[i, 0]), int(cells[i, 1])


def straight_line_cost(resistance: np.ndarray, mask_a: np.ndarray, mask_b: np.ndarray, cell_size,
                       passable: Optional[np.ndarray] = None, cells: Optional[tuple] = None, climate=None,
                       climate_cost: float = 0.0) -> float:
    """Cost of one cell chain between the cores, an upper bound on LCD(a, b); inf when it crosses a barrier.
    `cells`: the passable cells of both cores (np.argwhere), when the caller has them already."""
    if cells is not None:
        cells_a, cells_b = cells
    else:
        if passable is None:
            passable = ~impassable_mask(resistance)
        cells_a = np.argwhere(mask_a & passable)
        cells_b = np.argwhere(mask_b & passable)
    if len(cells_a) == 0 or len(cells_b) == 0:
        return math.inf
    ca = _nearest_cell(cells_a, cells_b.mean(axis=0), cell_size)
    cb = _nearest_cell(cells_b, np.array(ca, dtype=float), cell_size)
    return path_cost(resistance, _line_cells(ca, cb), cell_size, climate, climate_cost)


def _window(mask: np.ndarray, cap: float, rmin: float, cell_size) -> tuple[int, int, int, int]:
    """Rows/columns a path of cost <= cap from the core can reach: each cell moved costs >= rmin x min cell side."""
    rows = np.flatnonzero(mask.any(axis=1))
    cols = np.flatnonzero(mask.any(axis=0))
    h, w = mask.shape
    if not math.isfinite(cap):
        return 0, h, 0, w
    k = int(math.floor(cap / (rmin * min(float(cell_size[0]), float(cell_size[1]))))) + 1
    return max(0, rows[0] - k), min(h, rows[-1] + k + 1), max(0, cols[0] - k), min(w, cols[-1] + k + 1)


def core_cost_distance(core_id, resistance: np.ndarray, mask: np.ndarray, cell_size, neighbours: int = 8,
                       cap: float = math.inf, progress=None, is_cancelled=None,
                       rmin: Optional[float] = None, climate=None, climate_cost: float = 0.0) -> CoreCostDistance:
    """CWD of one core, run only inside the window that costs up to `cap` can reach (whole grid when cap is inf)."""
    if not mask.any():
        raise CcsgError(tr("Core {0} covers no cell of the resistance grid.", core_id))
    if rmin is None:
        passable = ~impassable_mask(resistance)
        rmin = float(resistance[passable].min()) if passable.any() else 1.0
    r0, r1, c0, c1 = _window(mask, cap, rmin, cell_size)
    cost_dist = cost_distance(resistance[r0:r1, c0:c1], mask[r0:r1, c0:c1], cell_size=cell_size, neighbours=neighbours,
                        max_cost=cap if math.isfinite(cap) else 0.0, progress=progress, is_cancelled=is_cancelled,
                        climate=None if climate is None else climate[r0:r1, c0:c1], climate_cost=climate_cost)
    return CoreCostDistance(core_id, (r0, r1, c0, c1), cost_dist, cap)


def core_cost_distances(ids: list, resistance: np.ndarray, cores: dict, caps: dict, cell_size, neighbours: int,
                        rmin: float, workers: int = 1, spill_folder: Optional[str] = None, progress=None,
                        is_cancelled=None, climate=None, climate_cost: float = 0.0,
                        adaptive_windows: bool = True) -> dict:
    """id -> CoreCostDistance of each core, exact up to its cap, run in up to `workers` processes, spilled when
    asked."""
    rtyp = cw.typical_resistance(resistance) if adaptive_windows else rmin  # rmin: the loose bound at once
    bboxes = {cid: cw.core_bbox(cores[cid]) for cid in ids if cores[cid].any()}

    def first_window_cells(cid) -> float:
        if cid not in bboxes or not math.isfinite(caps[cid]):
            return float(resistance.size)
        side = min(float(cell_size[0]), float(cell_size[1]))
        k = int(math.ceil(caps[cid] / (max(rtyp, rmin) * side)))
        r0, r1, c0, c1 = cw.grown(bboxes[cid], k, resistance.shape)
        return float((r1 - r0) * (c1 - c0))

    # Tasks in forked processes hand their array back as a file (corridor_workers.py): spill to a folder of our
    # own when the caller did not give one, and read the arrays back at the end.
    forked = workers > 1 and len(ids) > 1 and parallel_available()
    own_folder = tempfile.mkdtemp(prefix="ccsg_cost_distances_") if forked and not spill_folder else None
    folder = spill_folder or own_folder

    def task(index, cid):
        def run(progress_fn, cancelled):
            if cid not in bboxes:
                raise CcsgError(tr("Core {0} covers no cell of the resistance grid.", cid))
            window, cost_dist, _attempts = cw.window_cost_distance(
                resistance, cores[cid], cell_size, neighbours, caps[cid], rmin, rtyp, progress_fn, cancelled,
                climate, climate_cost, bboxes[cid])
            cc = CoreCostDistance(cid, window, cost_dist, caps[cid])
            if folder:
                cc.spill = os.path.join(folder, f"cost_distance_{index}_{os.getpid()}.npy")
                np.save(cc.spill, cost_dist)
                cc.data = None
            return cc
        return run

    try:
        results = run_tasks([task(i, cid) for i, cid in enumerate(ids)], [first_window_cells(cid) for cid in ids],
                            workers, progress, is_cancelled)
        if own_folder:
            for cc in results:
                cc.data, cc.spill = np.load(cc.spill), None
    finally:
        if own_folder:
            shutil.rmtree(own_folder, ignore_errors=True)
    return dict(zip(ids, results))


class HeldCostDistance:
    """The last spilled cost-distance read whole into memory: consecutive links share core a (pairs come grouped by
    their first core), so its file is read once per group instead of once or twice per link."""

    def __init__(self):
        self.cid, self.cc = None, None

    def get(self, cc: CoreCostDistance) -> CoreCostDistance:
        if cc.data is not None:
            return cc
        if self.cid != cc.core_id:
            self.cc = None  # release the previous one before reading the next
            assert cc.spill is not None
            self.cc = CoreCostDistance(cc.core_id, cc.window, np.load(cc.spill), cc.cap, None, cc.rounding)
            self.cid = cc.core_id
        return self.cc


def _overlap(wa, wb):
    r0, r1 = max(wa[0], wb[0]), min(wa[1], wb[1])
    c0, c1 = max(wa[2], wb[2]), min(wa[3], wb[3])
    return (r0, r1, c0, c1) if r0 < r1 and c0 < c1 else None


def _sub(cc: CoreCostDistance, win) -> np.ndarray:
    r0, r1, c0, c1 = win
    return cc.cost_distance[r0 - cc.window[0]:r1 - cc.window[0], c0 - cc.window[2]:c1 - cc.window[2]]


def pair_corridor(cost_distance_a: CoreCostDistance, cost_distance_b: CoreCostDistance, lcd: float):
    """(window, values): CWD_a + CWD_b - LCD over the windows' overlap (inf where either is unknown); None if none."""
    win = _overlap(cost_distance_a.window, cost_distance_b.window)
    if win is None:
        return None
    with np.errstate(invalid="ignore"):
        values = np.add(_sub(cost_distance_a, win), _sub(cost_distance_b, win))
        values -= lcd
    # Kept as float32, each CWD is off by up to its rounding (relative): the sum on the path is then not 0 to 1e-9.
    # Negative sums (rounding) and those within the tolerance are 0, in one pass.
    tol = max(ZERO_TOL, 4.0 * (cost_distance_a.rounding + cost_distance_b.rounding))
    values[values <= tol * max(lcd, 1.0)] = 0.0
    return win, values


def lcd_between(cost_distance_a: CoreCostDistance, mask_b: np.ndarray):
    """(LCD, cell) from core a to core b: min of CWD_a over b's cells; (inf, None) when out of reach."""
    r0, r1, c0, c1 = cost_distance_a.window
    lcd, cell = least_cost_cell(cost_distance_a.cost_distance, mask_b[r0:r1, c0:c1])
    return (lcd, None) if cell is None else (lcd, (cell[0] + r0, cell[1] + c0))


def find_via_core(path: list, masks: dict, a, b):
    """The first core other than a and b whose cells the path (from a to b) crosses, or None."""
    if not path:
        return None
    rows = np.array([p[0] for p in path])
    cols = np.array([p[1] for p in path])
    first, found = len(path), None
    for cid, mask in masks.items():
        if cid in (a, b):
            continue
        hits = np.flatnonzero(mask[rows, cols])
        if len(hits) and hits[0] < first:
            first, found = int(hits[0]), cid
    return found


def _link_path(cc_a: CoreCostDistance, resistance, start, cell_size, neighbours, climate=None,
               climate_cost=0.0) -> list:
    r0, r1, c0, c1 = cc_a.window
    local = trace_path(cc_a.cost_distance, resistance[r0:r1, c0:c1], (start[0] - r0, start[1] - c0),
                       cell_size=cell_size,
                       neighbours=neighbours, climate=None if climate is None else climate[r0:r1, c0:c1],
                       climate_cost=climate_cost)
    return [(r + r0, c + c0) for r, c in reversed(local)]  # from core a to core b


def truncate(cost_distances: dict, links: list, shape, width_cutoff: float = 0.0, width_cutoff_percent: float = 0.0,
             progress=None, is_cancelled=None, on_corridor: Optional[Callable] = None,
             workers: int = 1) -> np.ndarray:
    """The corridor mosaic for a cutoff, from kept per-core CWDs (cheap: sums and minima only).

    Sets each link's `cutoff` and `corridor_cells`. Raises CcsgError when a kept CWD was clipped below what the
    new cutoff needs (the run must be repeated with a larger cutoff). on_corridor(link, window, keep), when given,
    receives each linked pair's kept cells (a bool array over the window, not to be modified) as they are made, in
    the order of the links: the corridor polygons come from there, so the pair sums are made once (at 100 M cells
    making them a second time for the polygons took a third of the pairs' phase). workers: pairs' sums made on
    this many threads at a time (same results).
    """
    _check_cutoffs(width_cutoff, width_cutoff_percent)
    mosaic = np.full(shape, np.inf)
    linked = [link for link in links if link.linked]
    for link in linked:  # every pair's reach first: the error comes before any work, as it names the first pair
        cut = pair_cutoff(link.lcd, width_cutoff, width_cutoff_percent)
        a, b = cost_distances[link.core_a], cost_distances[link.core_b]
        if link.lcd + cut > min(a.cap, b.cap) * (1 + 1e-12):
            raise CcsgError(
                tr("The kept cost-distance rasters of cores {0} and {1} only reach {2} cost units, too little for this "
                   "cutoff; run the corridors again with this cutoff or a larger one.",
                   link.core_a, link.core_b, f'{min(a.cap, b.cap):.6g}')
            )
        link.cutoff = cut
    for i, (link, pc) in enumerate(_kept_cells(linked, cost_distances, workers, is_cancelled)):
        if pc is None:
            link.corridor_cells = 0
            continue
        window, values, keep, link.corridor_cells = pc
        link.window_cells = values.size
        if on_corridor is not None:
            on_corridor(link, window, keep)
        r0, r1, c0, c1 = window
        view = mosaic[r0:r1, c0:c1]
        np.minimum(view, values, out=view, where=keep)  # no window-sized temporary
        prog.report(progress, (i + 1) / len(linked))
    mosaic[~np.isfinite(mosaic)] = np.nan
    return mosaic


def _kept_cells(linked: list, cost_distances: dict, workers: int, is_cancelled):
    """(link, (window, values, keep, kept cells) or None) for each link, in order. With workers > 1 the sums run on
    pool threads, up to `workers` pairs ahead of the caller: each is a few window-sized numpy calls that release
    the GIL (two threads measured 1.9x on such calls), unlike a cost-distance run's row-sized ones. The caller
    meanwhile adds the previous pair to the mosaic and makes its polygon."""

    def kept(cc_a, link):
        pc = pair_corridor(cc_a, cost_distances[link.core_b], link.lcd)
        if pc is None:
            return None
        window, values = pc
        keep = values <= link.cutoff
        return window, values, keep, int(keep.sum())

    if workers <= 1:
        held = HeldCostDistance()  # one thread: core a read once per group of links
        for link in linked:
            prog.check_cancelled(is_cancelled)
            yield link, kept(held.get(cost_distances[link.core_a]), link)
        return
    # Pool threads read core a from its file each time (a spilled array is mapped, not copied).
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ccsg-pairs") as pool:
        pending: deque = deque()
        todo = iter(linked)
        try:
            while True:
                while len(pending) < workers:
                    link = next(todo, None)
                    if link is None:
                        break
                    pending.append((link, pool.submit(kept, cost_distances[link.core_a], link)))
                if not pending:
                    return
                prog.check_cancelled(is_cancelled)
                link, future = pending.popleft()
                yield link, future.result()
        finally:
            for _link, future in pending:  # cancelled or failed: start no more (running ones end with the pool)
                future.cancel()


def least_cost_corridors(resistance: np.ndarray, cores: dict, geoms: dict, cell_size=(1.0, 1.0),
                         neighbours: int = 8, max_euclidean_distance: float = 0.0, width_cutoff: float = 0.0,
                         width_cutoff_percent: float = 0.0, drop_via_core: bool = True, clip: bool = True,
                         progress: Optional[Callable[[float], None]] = None,
                         is_cancelled: Optional[Callable[[], bool]] = None, min_euclidean_distance: float = 0.0,
                         climate: Optional[np.ndarray] = None, climate_cost: float = 0.0,
                         climate_threshold: float = 0.0, workers: int = 1, spill_folder: Optional[str] = None,
                         adaptive_windows: bool = True, on_corridor: Optional[Callable] = None) -> CorridorResult:
    """Corridors between cores. `cores`: id -> bool mask of the grid; `geoms`: id -> shapely geometry (map units).

    climate (Climate Linkage Mapper): a grid of the resistance's shape; cells without a value are impassable, each
    step also costs climate_cost x |climate difference|, and only pairs whose cores' (mean - 2 SD) differ by more
    than climate_threshold are linked.

    workers: cores' cost-distances run in this many processes at a time (same results; Linux only, see
    corridor_workers.py). spill_folder: each cost-distance is
    written there as .npy once computed and mapped back when needed (the caller removes the folder), so a big run
    holds one or two cost-distances in memory instead of all. adaptive_windows: grow each core's window from a
    guess (corridor_windows.py) rather than the lowest-resistance bound; both are exact. on_corridor: see truncate."""
    resistance = np.asarray(resistance, dtype=np.float64)
    climate_cost = float(climate_cost or 0.0)
    if not math.isfinite(climate_cost) or climate_cost < 0:
        raise CcsgError(tr("The climate cost must be 0 or positive (cost units per climate unit), not {0}.",
                           climate_cost))
    if climate is None and (climate_cost > 0 or (climate_threshold or 0) > 0):
        raise CcsgError(tr("A climate cost or climate threshold needs a climate raster."))
    _check_cutoffs(width_cutoff, width_cutoff_percent)
    if set(cores) != set(geoms):
        raise CcsgError(tr("Every core needs both its cells and its geometry."))
    for cid, mask in cores.items():
        if mask.shape != resistance.shape:
            raise CcsgError(tr("The cells of core {0} do not match the resistance grid's shape.", cid))
    pairs = select_pairs(geoms, max_euclidean_distance, min_euclidean_distance)
    stats: dict = {}
    if climate is not None:
        climate = np.asarray(climate, dtype=np.float64)
        if climate.shape != resistance.shape:
            raise CcsgError(tr("The climate grid does not match the resistance grid's shape."))
        stats = cp.core_climate(climate, cores)
        pairs = cp.climate_pairs(pairs, stats, climate_threshold)
    links = [Link(a, b, dist) for a, b, dist in pairs]
    for link in links:
        if stats:
            climate_a, climate_b = float(stats[link.core_a]), float(stats[link.core_b])
            link.climate_a, link.climate_b, link.climate_diff = climate_a, climate_b, abs(climate_a - climate_b)
    partners: dict = {}
    for link in links:
        partners.setdefault(link.core_a, []).append(link)
        partners.setdefault(link.core_b, []).append(link)
    passable = ~impassable_mask(resistance)
    if climate is not None:
        passable &= np.isfinite(climate)
    if not passable.any():
        raise CcsgError(tr("The resistance grid has no passable cell (all NoData, zero or negative)."))
    rmin = float(resistance[passable].min())
    bound: dict = {}
    # The first 5 % of the progress: each core's cells (one full-grid pass per core, not per pair: on a 6000 x
    # 6000 grid with 20 cores the per-pair passes took half a minute before any progress showed).
    if clip and (width_cutoff > 0 or width_cutoff_percent > 0):
        cells: dict = {}
        for i, link in enumerate(links):
            prog.check_cancelled(is_cancelled)
            for cid in (link.core_a, link.core_b):
                if cid not in cells:
                    cells[cid] = np.argwhere(cores[cid] & passable)
            ub = straight_line_cost(resistance, cores[link.core_a], cores[link.core_b], cell_size,
                                    cells=(cells[link.core_a], cells[link.core_b]), climate=climate,
                                    climate_cost=climate_cost)
            if not math.isfinite(ub) and adaptive_windows:  # the line crosses NoData or a wall: a route in a box
                ub = cw.pair_bound(resistance, cores[link.core_a], cores[link.core_b], cell_size, neighbours,
                                   is_cancelled, climate, climate_cost)
            bound[(link.core_a, link.core_b)] = ub + pair_cutoff(ub, width_cutoff, width_cutoff_percent)
            prog.report(progress, 0.05 * (i + 1) / len(links))
        del cells
    prog.report(progress, 0.05)
    # Only cores that take part in a pair need a cost-distance.
    ids = [cid for cid in cores if cid in partners]
    caps = {cid: max((bound.get((lk.core_a, lk.core_b), math.inf) for lk in partners[cid]), default=math.inf)
            for cid in ids}
    # Progress shares measured on 100 M cells with two processes and two pair threads: cost-distances 67 %, paths
    # 14 %, the pairs' corridors with their polygons 14 % (the first 5 % were the bounds above).
    cost_distances = core_cost_distances(ids, resistance, cores, caps, cell_size, neighbours, rmin, workers,
                                         spill_folder, prog.scaled(progress, 0.05, 0.72), is_cancelled, climate,
                                         climate_cost, adaptive_windows)
    held = HeldCostDistance()
    for i, link in enumerate(links):
        prog.check_cancelled(is_cancelled)
        cc_a = held.get(cost_distances[link.core_a])
        lcd, cell = lcd_between(cc_a, cores[link.core_b])
        link.lcd = lcd
        if cell is not None:
            link.path = _link_path(cc_a, resistance, cell, cell_size, neighbours, climate,
                                   climate_cost)
            if climate is not None:
                part = cp.path_climate_cost(link.path, climate, climate_cost)
                link.climate_cost_share = part / lcd if lcd > 0 else 0.0
            link.path_length_m = path_length(link.path, cell_size)
            link.via_core = find_via_core(link.path, cores, link.core_a, link.core_b)
            link.dropped = bool(drop_via_core and link.via_core is not None)
        prog.report(progress, 0.72 + 0.14 * (i + 1) / max(len(links), 1))
    mosaic = truncate(cost_distances, links, resistance.shape, width_cutoff, width_cutoff_percent,
                      prog.scaled(progress, 0.86, 1.0), is_cancelled, on_corridor, workers)
    return CorridorResult(links, cost_distances, mosaic, resistance.shape, width_cutoff, width_cutoff_percent)
