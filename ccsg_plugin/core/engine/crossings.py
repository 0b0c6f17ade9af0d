"""Road-crossing priorities: how much linear infrastructure raises each corridor's least-cost distance, and how much
of that a crossing structure (underpass, overpass) at each stretch would win back.

For every linked pair of a corridor run whose corridor the infrastructure crosses:
- severance_cost = LCD with the infrastructure burned in at its resistance (existing crossings left open) minus the
  LCD without it;
- one crossing stretch per connected group (8 neighbours) of infrastructure cells inside the pair's corridor, with
  keep_open_gain = LCD burned minus the LCD with only that stretch opened (re-run of the pair).

Windows: a route that costs no more than LCD + cutoff on the burned grid costs no more on the original grid, so it
stays inside the pair's corridor. The runs therefore stay in the box of the corridor and the two cores, and are exact
whenever the burned LCD is within the cutoff. When it is not, the pair is run again in the window that a route of
that cost can reach (or the whole grid when the infrastructure severs the corridor box), so results are always
exact; only severe detours cost the time of a larger window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.engine.corridors import ZERO_TOL, CoreCostDistance, _window, pair_corridor, pair_cutoff
from ccsg_plugin.core.engine.costdistance import cost_distance, impassable_mask
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr

# The run's LCD and the one recomputed on the given resistance must agree this closely (relative), or the raster
# is not the one the run used.
_SAME_LCD = 1e-6


def _snap(difference: float, lcd: float) -> float:
    """Differences of two LCDs within rounding of each other (1e-9 relative, as corridors.ZERO_TOL) are 0: the two
    runs sum the same path's costs in different orders."""
    return 0.0 if abs(difference) <= ZERO_TOL * max(lcd, 1.0) else difference


@dataclass
class Crossing:
    """One stretch of infrastructure inside one pair's corridor. Costs are inf when the pair is cut off."""

    core_a: object
    core_b: object
    row: int  # the stretch cell nearest the least-cost path (lowest corridor value)
    col: int
    cells: int
    lcd: float
    lcd_burned: float
    lcd_open: float
    corridor_value: float
    current: Optional[float] = None
    rank: int = 0

    @property
    def severance_cost(self) -> float:
        return _snap(self.lcd_burned - self.lcd, self.lcd)

    @property
    def keep_open_gain(self) -> float:
        """LCD burned minus LCD with this stretch open: inf when opening it reconnects a cut-off pair, NaN when the
        pair stays cut off."""
        if math.isinf(self.lcd_burned):
            return math.inf if math.isfinite(self.lcd_open) else math.nan
        return _snap(max(self.lcd_burned - self.lcd_open, 0.0), self.lcd)

    @property
    def severed(self) -> bool:
        return math.isinf(self.lcd_burned)

    @property
    def reconnects(self) -> bool:
        """True when the infrastructure cuts the pair off and a crossing at this stretch alone reconnects it."""
        return self.severed and math.isfinite(self.lcd_open)


@dataclass
class PairSeverance:
    core_a: object
    core_b: object
    lcd: float
    lcd_burned: float
    stretches: int
    window: tuple


def burned_resistance(resistance: np.ndarray, added: np.ndarray, open_cells: Optional[np.ndarray]) -> np.ndarray:
    """The resistance with the infrastructure burned in: `added` (0 = none, inf = impassable) is added on its cells,
    except on open cells (existing crossings)."""
    burned = np.array(resistance, dtype=np.float64)
    infra = infrastructure_cells(added, open_cells)
    with np.errstate(invalid="ignore"):
        burned[infra] += added[infra]
    burned[np.isinf(burned)] = np.nan  # impassable
    return burned


def infrastructure_cells(added: np.ndarray, open_cells: Optional[np.ndarray]) -> np.ndarray:
    infra = np.asarray(added) > 0
    if open_cells is not None:
        infra &= ~open_cells
    return infra


def label_cells(mask: np.ndarray) -> tuple[np.ndarray, int]:
    """Connected groups (8 neighbours) of the True cells: labels 1..n (0 elsewhere) and n. The cells are few (the
    infrastructure inside one corridor), so a plain flood fill is enough."""
    labels = np.zeros(mask.shape, np.int32)
    h, w = mask.shape
    n = 0
    for start in zip(*np.nonzero(mask)):
        if labels[start]:
            continue
        n += 1
        labels[start] = n
        stack = [start]
        while stack:
            r, c = stack.pop()
            for i in range(max(r - 1, 0), min(r + 2, h)):
                for j in range(max(c - 1, 0), min(c + 2, w)):
                    if mask[i, j] and not labels[i, j]:
                        labels[i, j] = n
                        stack.append((i, j))
    return labels, n


def _lcd(resistance, mask_a, mask_b, window, cell_size, neighbours, max_cost=0.0, is_cancelled=None) -> float:
    r0, r1, c0, c1 = window
    src = mask_a[r0:r1, c0:c1]
    dst = mask_b[r0:r1, c0:c1]
    sub = resistance[r0:r1, c0:c1]
    if not (src & ~impassable_mask(sub)).any():
        return math.inf
    cost_dist = cost_distance(sub, src, cell_size=cell_size, neighbours=neighbours, max_cost=max_cost,
                        is_cancelled=is_cancelled)
    vals = cost_dist[dst]
    return float(vals.min()) if vals.size else math.inf


def _box(masks, shape) -> tuple[int, int, int, int]:
    union = np.zeros(shape, bool)
    for m in masks:
        union |= m
    rows = np.flatnonzero(union.any(axis=1))
    cols = np.flatnonzero(union.any(axis=0))
    return int(rows[0]), int(rows[-1]) + 1, int(cols[0]), int(cols[-1]) + 1


def _union_window(wa, wb):
    return min(wa[0], wb[0]), max(wa[1], wb[1]), min(wa[2], wb[2]), max(wa[3], wb[3])


def core_mask(cc: CoreCostDistance, shape) -> np.ndarray:
    """A core's cells, read back from its cost distance (0 exactly on its cells, above 0 elsewhere)."""
    full = cc.full(shape)
    return full == 0.0


def crossing_priorities(resistance: np.ndarray, added: np.ndarray, open_cells: Optional[np.ndarray],
                        cost_distances: dict,
                        links: list, cell_size, neighbours: int = 8, width_cutoff: float = 0.0,
                        width_cutoff_percent: float = 0.0, current: Optional[np.ndarray] = None, progress=None,
                        is_cancelled=None) -> tuple[list, list]:
    """(crossings ranked best first, [PairSeverance]) for the linked pairs whose corridor the infrastructure
    crosses. `added`: the resistance the infrastructure adds on each cell (0 none, inf impassable)."""
    resistance = np.asarray(resistance, dtype=np.float64)
    shape = resistance.shape
    if added.shape != shape or (open_cells is not None and open_cells.shape != shape):
        raise CcsgError(tr("The infrastructure cells do not match the resistance grid."))
    infra = infrastructure_cells(added, open_cells)
    burned = burned_resistance(resistance, added, open_cells)
    passable = ~impassable_mask(resistance)
    if not passable.any():
        raise CcsgError(tr("The resistance grid has no passable cell."))
    rmin = float(resistance[passable].min())
    linked = [lk for lk in links if lk.linked and lk.core_a in cost_distances and lk.core_b in cost_distances]
    crossings, pairs = [], []
    for i, link in enumerate(linked):
        prog.check_cancelled(is_cancelled)
        sub = prog.scaled(progress, i / len(linked), (i + 1) / len(linked))
        found = _pair(link, resistance, burned, infra, cost_distances, shape, cell_size, neighbours, rmin, width_cutoff,
                      width_cutoff_percent, current, sub, is_cancelled)
        if found is not None:
            pair, stretches = found
            pairs.append(pair)
            crossings.extend(stretches)
    rank(crossings)
    prog.report(progress, 1.0)
    return crossings, pairs


def rank(crossings: list) -> None:
    """Rank 1 = the stretch whose crossing structure wins back most (reconnecting a cut-off pair first), then by
    the pair's severance cost."""
    def key(c: Crossing):
        gain = c.keep_open_gain
        sev = c.severance_cost
        return (-(gain if not math.isnan(gain) else -1.0), -(sev if not math.isnan(sev) else -1.0),
                str(c.core_a), str(c.core_b), c.row, c.col)
    crossings.sort(key=key)
    for k, c in enumerate(crossings):
        c.rank = k + 1


def _pair(link, resistance, burned, infra, cost_distances, shape, cell_size, neighbours, rmin, width_cutoff,
          width_cutoff_percent, current, progress, is_cancelled):
    ca, cb = cost_distances[link.core_a], cost_distances[link.core_b]
    pc = pair_corridor(ca, cb, link.lcd)
    if pc is None:
        return None
    (w0, w1, v0, v1), values = pc
    cutoff = pair_cutoff(link.lcd, width_cutoff, width_cutoff_percent)
    keep = np.zeros(shape, bool)
    keep[w0:w1, v0:v1] = values <= cutoff
    stretch_cells = infra & keep
    if not stretch_cells.any():
        return None
    corridor_values = np.full(shape, np.inf)
    corridor_values[w0:w1, v0:v1] = values
    mask_a, mask_b = core_mask(ca, shape), core_mask(cb, shape)
    window = _box((mask_a, mask_b, keep), shape)
    lcd0 = _lcd(resistance, mask_a, mask_b, window, cell_size, neighbours, is_cancelled=is_cancelled)
    if not abs(lcd0 - link.lcd) <= _SAME_LCD * max(link.lcd, 1.0):
        raise CcsgError(tr(
            "The resistance raster is not the one the corridor run used: the least-cost distance between cores {0} "
            "and {1} is {2:.6g} in the run but {3:.6g} on this raster. Give the resistance raster of that run.",
            link.core_a, link.core_b, link.lcd, lcd0))
    prog.report(progress, 0.1)
    lcd_b = _lcd(burned, mask_a, mask_b, window, cell_size, neighbours, is_cancelled=is_cancelled)
    if not lcd_b <= link.lcd + cutoff:
        # The burned route may leave the corridor: run again where a route of this cost can go (whole grid if cut).
        window = _union_window(_window(mask_a, lcd_b, rmin, cell_size), _window(mask_b, lcd_b, rmin, cell_size))
        lcd_b = _lcd(burned, mask_a, mask_b, window, cell_size, neighbours, is_cancelled=is_cancelled)
    prog.report(progress, 0.2)
    labels, n = label_cells(stretch_cells)
    out = []
    for k in range(1, n + 1):
        prog.check_cancelled(is_cancelled)
        cells = labels == k
        r0, r1, c0, c1 = window
        opened = np.zeros(shape, np.float64)  # only the window is read; the rest stays untouched zeros
        opened[r0:r1, c0:c1] = burned[r0:r1, c0:c1]
        opened[cells] = resistance[cells]
        cap = lcd_b if math.isfinite(lcd_b) else 0.0
        lcd_s = _lcd(opened, mask_a, mask_b, window, cell_size, neighbours, max_cost=cap, is_cancelled=is_cancelled)
        if math.isfinite(lcd_b):
            lcd_s = min(lcd_s, lcd_b)  # cells just at the cap may round out of it: no gain, not a loss
        rows, cols = np.nonzero(cells)
        vals = corridor_values[rows, cols]
        best = int(np.argmin(vals))
        value = float(vals[best])
        value = 0.0 if value <= ZERO_TOL * max(link.lcd, 1.0) else value
        cur = None
        if current is not None:
            cv = current[rows, cols]
            cv = cv[np.isfinite(cv)]
            cur = float(cv.max()) if cv.size else None
        out.append(Crossing(link.core_a, link.core_b, int(rows[best]), int(cols[best]), int(cells.sum()), link.lcd,
                            lcd_b, lcd_s, value, cur))
        prog.report(progress, 0.2 + 0.8 * k / n)
    return PairSeverance(link.core_a, link.core_b, link.lcd, lcd_b, n, window), out
