"""Writing and styling the restoration sites, restoration score rasters and infrastructure crossings."""

from __future__ import annotations

import math

import numpy as np
from qgis.core import QgsField, QgsFields, QgsGeometry, QgsPointXY, QgsRasterLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ccsg_plugin.core.engine import float32_range
from ccsg_plugin.gis import output, styling, writers
from ccsg_plugin.gis.raster_io import Grid
from ccsg_plugin.i18n import tr

STYLE_SCORES = "restoration_scores"
STYLE_RADIUS = "restoration_radius"
STYLE_SITES = "restoration_sites"
STYLE_CROSSINGS = "infrastructure_crossings"

SITE_FIELDS = ("rank", "pair", "score", "radius_m", "lcd_gain")
CROSSING_FIELDS = ("rank", "pair", "core_a", "core_b", "severance_cost", "keep_open_gain", "current",
                   "corridor_value", "severed", "reconnects", "cells", "lcd", "lcd_burned", "lcd_open")


def pair_text(a, b) -> str:
    return f"{a}-{b}"


def write_raster(path, array: np.ndarray, grid: Grid, feedback=None):
    """A Float32 GeoTIFF; values beyond float32 become NoData (with a warning), as the corridor outputs do."""
    data, beyond = float32_range.within_float32(array)
    if beyond and feedback is not None:
        feedback.pushWarning(tr("{0} cells of {1} exceed the largest value a Float32 raster holds; they are written "
                                "as NoData.", beyond, str(path)))
    return writers.write_geotiff(path, data, grid.geotransform, grid.crs)


def _point(grid: Grid, row: int, col: int) -> QgsGeometry:
    return QgsGeometry.fromPointXY(QgsPointXY(*grid.cell_centre(row, col)))


def write_sites(path, sites: list, grid: Grid, is_cancelled=None):
    fields = QgsFields()
    fields.append(QgsField("rank", QVariant.Int))
    fields.append(QgsField("pair", QVariant.String))
    for name in SITE_FIELDS[2:]:
        fields.append(QgsField(name, QVariant.Double))
    rows = ((_point(grid, s.row, s.col),
             [s.rank, "; ".join(pair_text(a, b) for a, b in s.pairs), writers.clean_number(s.score),
              writers.clean_number(s.radius), writers.clean_number(s.lcd_gain)]) for s in sites)
    return writers.write_vector(path, fields, QgsWkbTypes.Point, grid.crs, rows, is_cancelled=is_cancelled)


def write_crossings(path, crossings: list, grid: Grid, id_type, is_cancelled=None):
    fields = QgsFields()
    fields.append(QgsField("rank", QVariant.Int))
    fields.append(QgsField("pair", QVariant.String))
    fields.append(QgsField("core_a", id_type))
    fields.append(QgsField("core_b", id_type))
    for name in ("severance_cost", "keep_open_gain", "current", "corridor_value"):
        fields.append(QgsField(name, QVariant.Double))
    fields.append(QgsField("severed", QVariant.Bool))
    fields.append(QgsField("reconnects", QVariant.Bool))
    fields.append(QgsField("cells", QVariant.Int))
    for name in ("lcd", "lcd_burned", "lcd_open"):
        fields.append(QgsField(name, QVariant.Double))
    rows = ((_point(grid, c.row, c.col),
             [c.rank, pair_text(c.core_a, c.core_b), c.core_a, c.core_b, writers.clean_number(c.severance_cost),
              writers.clean_number(c.keep_open_gain), writers.clean_number(c.current),
              writers.clean_number(c.corridor_value), c.severed, c.reconnects, c.cells, writers.clean_number(c.lcd),
              writers.clean_number(c.lcd_burned), writers.clean_number(c.lcd_open)]) for c in crossings)
    return writers.write_vector(path, fields, QgsWkbTypes.Point, grid.crs, rows, is_cancelled=is_cancelled)


def top_value(array: np.ndarray) -> float:
    finite = array[np.isfinite(array)]
    return float(finite.max()) if finite.size else 0.0


def style_scores(layer: QgsRasterLayer, top: float, percent: bool) -> None:
    """Continuous ramp from 0 (no gain) to the highest score of the run."""
    output.apply_style(layer, STYLE_SCORES)
    top = top if top > 0 and math.isfinite(top) else 1.0
    items = 5
    unit = tr("% of the LCD per map unit") if percent else tr("cost units per map unit")
    labels = [tr("0 (no gain)")] + [""] * (items - 2) + [f"{top:,.3g} {unit}"]
    styling._rescale(layer, [top * k / (items - 1) for k in range(items)], labels)


def style_radius(layer: QgsRasterLayer, radii: list) -> None:
    output.apply_style(layer, STYLE_RADIUS)
    lo, hi = min(radii), max(radii)
    if hi <= lo:
        hi = lo + 1.0
    labels = [tr("{0:,.0f} m", lo), "", tr("{0:,.0f} m", hi)]
    styling._rescale(layer, [lo, (lo + hi) / 2, hi], labels)


def style_sites(layer) -> None:
    """Ranked points: the best sites largest and darkest, labelled with their rank."""
    output.apply_style(layer, STYLE_SITES)


def style_crossings(layer) -> None:
    output.apply_style(layer, STYLE_CROSSINGS)
