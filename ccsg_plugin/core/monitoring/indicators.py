"""The indicators of one corridor at one date, on the snapshot's cells (a cell is inside when its centre is).

- habitat area (ha): habitat cells inside x cell area;
- natural share: habitat cells / cells with a value inside;
- largest gap (m): the habitat graph test of the check (criteria/habitat.py): the smallest possible longest hop from
  core to core over the habitat patches inside the corridor, edge to edge;
- narrowest habitat passage (m): width.py;
- least-cost distance between the two cores through the corridor: the engine's cost distance (core/engine) from
  the cells of core A over the cells inside the corridor or either core (every other cell impassable), its minimum
  over the cells of core B; inf when no route through the corridor joins them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Optional

import numpy as np
from shapely.geometry.base import BaseGeometry

from ccsg_plugin.core.criteria.habitat import _bottleneck, _gap_location
from ccsg_plugin.core.criteria.raster import RasterArray, Window, cell_centre_mask, window_of
from ccsg_plugin.core.engine.costdistance import cost_distance
from ccsg_plugin.core.monitoring.patches import cell_groups
from ccsg_plugin.core.monitoring.snapshot import Snapshot
from ccsg_plugin.core.monitoring.width import narrowest_passage

LCD_MARGIN_CELLS = 3  # the cores' cells are looked for this many cells (and the snap distance) around the corridor


@dataclass
class Measures:
    habitat_ha: float
    natural_share: Optional[float]
    largest_gap_m: Optional[float] = None
    min_habitat_width_m: Optional[float] = None
    lcd: Optional[float] = None
    gap_at: Any = None  # shapely point of the largest gap
    narrowest_at: Any = None  # shapely point of the narrowest passage


def habitat_measures(snapshot: Snapshot, window: Window) -> tuple[float, Optional[float], np.ndarray]:
    """(habitat ha, natural share, habitat bool over the window)."""
    habitat = window.take(snapshot.habitat)
    valid = window.take(snapshot.valid) & window.mask
    cells = int((habitat & window.mask).sum())
    total = int(valid.sum())
    return cells * snapshot.cell_area / 10_000.0, (cells / total if total else None), habitat


def largest_gap(raster: RasterArray, window: Window, habitat: np.ndarray, core_a: BaseGeometry,
                core_b: BaseGeometry):
    """(largest hop in map units, its location) from core A to core B over the habitat patches inside."""
    patches = cell_groups(raster, window, habitat & window.mask)
    nodes = [core_a, core_b, *patches]
    gap, edge = _bottleneck(nodes, 0, 1)
    return (float(gap) if math.isfinite(gap) else None), _gap_location(nodes, edge)


def lcd_through(snapshot: Snapshot, corridor: BaseGeometry, core_a: BaseGeometry, core_b: BaseGeometry,
                snap: float, neighbours: int = 8, is_cancelled=None) -> Optional[float]:
    """Least-cost distance from core A to core B through the corridor (see the module text); None when a core has
    no cell with a value near the corridor."""
    raster = snapshot.raster(snapshot.resistance)
    margin = snap + LCD_MARGIN_CELLS * max(snapshot.cell_size)
    minx, miny, maxx, maxy = corridor.bounds
    rc = window_of(raster, (minx - margin, miny - margin, maxx + margin, maxy + margin))
    if rc is None:
        return None
    inside = cell_centre_mask(raster, corridor, rc)
    cells_a = cell_centre_mask(raster, core_a, rc)
    cells_b = cell_centre_mask(raster, core_b, rc)
    r0, r1, c0, c1 = rc
    resistance = snapshot.resistance[r0:r1, c0:c1].copy()
    resistance[~(inside | cells_a | cells_b)] = np.nan
    passable = np.isfinite(resistance)
    sources = cells_a & passable
    targets = cells_b & passable & ~cells_a
    if not sources.any() or not targets.any():
        return None
    d = cost_distance(resistance, sources, snapshot.cell_size, neighbours, is_cancelled=is_cancelled)
    return float(d[targets].min())


def measure(snapshot: Snapshot, window: Window, corridor: BaseGeometry, pair, snap: float, neighbours: int = 8,
            is_cancelled=None) -> Measures:
    """Every indicator of the corridor at this date; the pair-based ones stay None without two linked cores."""
    area, share, habitat = habitat_measures(snapshot, window)
    out = Measures(area, share)
    if pair is None:
        return out
    (_, core_a), (_, core_b) = pair
    raster = snapshot.raster(snapshot.habitat)
    out.largest_gap_m, out.gap_at = largest_gap(raster, window, habitat, core_a, core_b)
    out.min_habitat_width_m, out.narrowest_at = narrowest_passage(raster, window, habitat, corridor, core_a, core_b,
                                                                  snap)
    out.lcd = lcd_through(snapshot, corridor, core_a, core_b, snap, neighbours, is_cancelled)
    return out
