"""One date of a monitored landscape: resistance, habitat and (for a land-cover raster) the classes, on one grid.

A snapshot comes either from a land-cover raster and a class table (class, resistance, label, habitat) or from a
resistance raster, where habitat is every cell whose resistance is at most a given value. Both dates of a comparison
must be on the same grid (the gis layer resamples the second onto the first's and says so) and read their classes
the same way: two tables that give one class a different resistance or habitat flag are refused, because a changed
legend would read as a changed landscape.
"""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass
from typing import Optional

import numpy as np

from ccsg_plugin.core import class_table
from ccsg_plugin.core.criteria.raster import RasterArray, cell_area_of, cell_size_of
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr

MAX_LISTED = 8  # classes named in a message


@dataclass
class Snapshot:
    name: str  # the raster's layer name, for messages
    date: _dt.date
    resistance: np.ndarray  # float64; NaN where impassable or NoData
    habitat: np.ndarray  # bool
    valid: np.ndarray  # bool: the raster has a value
    transform: tuple  # GDAL geotransform (x0, dx, 0, y0, 0, dy), north-up
    classes: Optional[np.ndarray] = None  # land-cover codes (float64, NaN NoData) when read from land cover
    barriers: Optional[list] = None  # (id, shapely line, class text) or None without a barriers layer

    @property
    def cell_size(self) -> tuple[float, float]:
        return cell_size_of(self.transform)

    @property
    def cell_area(self) -> float:
        return cell_area_of(self.transform)

    def raster(self, data: np.ndarray, nodata: Optional[np.ndarray] = None) -> RasterArray:
        return RasterArray(data, self.transform, ~self.valid if nodata is None else nodata, self.name)


def parse_date(text, what: str) -> _dt.date:
    """An ISO date (YYYY-MM-DD, or a date-time whose date part is used); CcsgError naming the parameter."""
    if isinstance(text, _dt.datetime):
        return text.date()
    if isinstance(text, _dt.date):
        return text
    value = str(text or "").strip()
    try:
        return _dt.date.fromisoformat(value[:10])
    except ValueError:
        raise CcsgError(tr("{0} '{1}' is not a date; write it as YYYY-MM-DD (e.g. 2024-05-31).", what, value)) from None


def check_order(before: _dt.date, after: _dt.date) -> None:
    if after <= before:
        raise CcsgError(tr("The dates are in the wrong order: DATE_AFTER ({0}) must be later than DATE_BEFORE ({1}). "
                           "Swap the two rasters and their dates.", after.isoformat(), before.isoformat()))


def from_resistance(values: np.ndarray, transform: tuple, habitat_max: float, name: str,
                    date: _dt.date) -> Snapshot:
    """Habitat = cells whose resistance is at most habitat_max (NaN, zero and negative cells: NoData)."""
    if not math.isfinite(habitat_max) or habitat_max <= 0:
        raise CcsgError(tr("HABITAT_MAX_RESISTANCE must be a positive number, not {0}.", habitat_max))
    r = np.array(values, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        valid = np.isfinite(r) & (r > 0)
        habitat = valid & (r <= habitat_max)
    r[~valid] = np.nan
    return Snapshot(name, date, r, habitat, valid, tuple(transform))


def _listed(values) -> str:
    shown = [class_table.fmt(v) for v in list(values)[:MAX_LISTED]]
    return ", ".join(shown) + (", ..." if len(values) > MAX_LISTED else "")


def habitat_classes(rows: list, profile_classes, source: str) -> set:
    """The classes the table marks habitat; without a habitat column, the profile's habitat_classes."""
    flagged = [r for r in rows if r.habitat is not None]
    if flagged:
        return {float(r.value) for r in rows if r.habitat}
    numeric = {float(c) for c in (profile_classes or []) if not isinstance(c, str)}
    if not numeric:
        raise CcsgError(tr("The class table {0} has no habitat column and the profile lists no habitat_classes: add "
                           "a fourth column habitat (yes/no) to the table.", source))
    return numeric


def from_landcover(classes: np.ndarray, transform: tuple, rows: list, profile_classes, name: str, source: str,
                   date: _dt.date) -> Snapshot:
    """Resistance from the class table (impassable classes NaN), habitat from its habitat column. Every class of the
    raster must be in the table: an unlisted class would read as a change of habitat."""
    table = class_table.to_table(rows, source)
    codes = np.array(classes, dtype=np.float64)
    resistance, unlisted = class_table.reclassify(codes, table)
    if unlisted:
        raise CcsgError(tr("The land-cover raster '{0}' holds class(es) {1} that the class table {2} does not give a "
                           "resistance; add a line for each.", name, _listed(sorted(set(unlisted))), source))
    valid = np.isfinite(codes)
    habitat = valid & np.isin(codes, np.array(sorted(habitat_classes(rows, profile_classes, source)) or [np.nan]))
    return Snapshot(name, date, resistance, habitat, valid, tuple(transform), classes=codes)


def tables_disagree(before: list, after: list, source_before: str, source_after: str) -> Optional[str]:
    """A message naming the classes that the two tables read differently (resistance or habitat), or None."""
    a = {float(r.value): r for r in before}
    different = []
    for row in after:
        other = a.get(float(row.value))
        if other is None:
            continue
        if (other.impassable != row.impassable or other.resistance != row.resistance
                or bool(other.habitat) != bool(row.habitat)):
            different.append(float(row.value))
    if not different:
        return None
    return tr("The class tables {0} and {1} disagree on class(es) {2} (resistance or habitat): a changed legend would "
              "read as a changed landscape. Use one table for both dates, or make them agree.",
              source_before, source_after, _listed(different))


def same_grid(before: Snapshot, after: Snapshot) -> bool:
    return before.resistance.shape == after.resistance.shape and all(
        math.isclose(float(p), float(q), rel_tol=0, abs_tol=1e-9 * max(1.0, abs(float(p))))
        for p, q in zip(before.transform, after.transform))
