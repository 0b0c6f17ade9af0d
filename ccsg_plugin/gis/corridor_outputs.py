"""Writing the outputs of a corridor run (mosaic raster, least-cost path lines, corridor polygons)."""

from __future__ import annotations

import math

import numpy as np
from qgis.core import QgsField, QgsFields, QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ccsg_plugin.core.engine import float32_range
from ccsg_plugin.gis import polygonize, writers
from ccsg_plugin.gis.raster_io import Grid
from ccsg_plugin.i18n import tr

PATH_FIELDS = ("core_a", "core_b", "lcd", "path_length_m", "euclid_dist_m", "lcd_per_euclid", "lcd_per_path",
               "via_core")
# Added when the run had a climate raster (Climate Linkage Mapper).
CLIMATE_FIELDS = ("climate_a", "climate_b", "climate_diff", "climate_cost_share")


def id_variant(ids) -> QVariant.Type:
    ids = list(ids)
    if all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        return QVariant.LongLong if any(abs(i) >= 2**31 for i in ids) else QVariant.Int
    if all(isinstance(i, (int, float)) for i in ids):
        return QVariant.Double
    return QVariant.String


def path_fields(id_type, climate: bool = False) -> QgsFields:
    fields = QgsFields()
    fields.append(QgsField("core_a", id_type))
    fields.append(QgsField("core_b", id_type))
    for name in PATH_FIELDS[2:7]:
        fields.append(QgsField(name, QVariant.Double))
    fields.append(QgsField("via_core", id_type))
    for name in CLIMATE_FIELDS if climate else ():
        fields.append(QgsField(name, QVariant.Double))
    return fields


def has_climate(links: list) -> bool:
    return any(link.climate_a is not None for link in links)


def polygon_fields(id_type) -> QgsFields:
    fields = QgsFields()
    fields.append(QgsField("core_a", id_type))
    fields.append(QgsField("core_b", id_type))
    fields.append(QgsField("area_ha", QVariant.Double))
    return fields


def path_geometry(path: list, grid: Grid) -> QgsGeometry:
    points = [QgsPointXY(*grid.cell_centre(r, c)) for r, c in path]
    if len({(p.x(), p.y()) for p in points}) < 2:
        # Cores that overlap or touch: a zero-length line is invalid geometry, so the link keeps its row in the
        # table without a geometry (the algorithm's log names these pairs).
        return QgsGeometry()
    return QgsGeometry.fromPolylineXY(points)


def path_rows(links: list, grid: Grid, climate: bool = False):
    for link in links:
        if not math.isfinite(link.lcd) or link.dropped:
            continue
        values = [link.core_a, link.core_b, link.lcd, link.path_length_m, link.euclid_dist_m, link.lcd_per_euclid,
                  link.lcd_per_path, link.via_core]
        if climate:
            values += [getattr(link, name) for name in CLIMATE_FIELDS]
        yield path_geometry(link.path, grid), [writers.clean_number(v) if isinstance(v, float) else v
                                               for v in values]


def write_paths(path: str, links: list, grid: Grid, id_type, is_cancelled=None):
    climate = has_climate(links)
    return writers.write_vector(path, path_fields(id_type, climate), QgsWkbTypes.LineString, grid.crs,
                                path_rows(links, grid, climate), is_cancelled=is_cancelled)


class CorridorPolygons:
    """Each linked pair's corridor polygon, made as corridors.truncate computes the pair's cells (its on_corridor),
    so the pair sums are made once for the mosaic and the polygons. Core cells are left out of the polygon. Rows
    come in the order of the linked pairs; a pair with no cell left has none."""

    def __init__(self, grid: Grid, core_cells: np.ndarray):
        self.grid, self.core_cells, self.rows = grid, core_cells, []

    def __call__(self, link, window, keep: np.ndarray) -> None:
        r0, r1, c0, c1 = window
        kept = keep & ~self.core_cells[r0:r1, c0:c1]  # a new array: truncate still uses keep
        if not kept.any():
            return
        area_ha = float(kept.sum()) * self.grid.cell_area / 10000.0
        self.rows.append((polygonize.mask_to_geometry(kept, self.grid, r0, c0), [link.core_a, link.core_b, area_ha]))


def write_polygons(path: str, rows: list, grid: Grid, id_type, is_cancelled=None):
    """The corridor polygons a CorridorPolygons collected."""
    return writers.write_vector(path, polygon_fields(id_type), QgsWkbTypes.MultiPolygon, grid.crs, iter(rows),
                                is_cancelled=is_cancelled)


def float32_values(values: np.ndarray, feedback=None, what: str = "") -> np.ndarray:
    """Values beyond the float32 range as NoData (not +inf in the file), and a warning that says how many."""
    values, over = float32_range.within_float32(values)
    if over and feedback is not None:
        feedback.pushWarning(tr("{0} {1} cells exceed the largest value a Float32 raster holds ({2:.3g}); they are "
                                "written as NoData. Lower the resistance values (rescale them) to keep them.",
                                over, what or tr("corridor"), float32_range.FLOAT32_MAX))
    return values


def write_mosaic(path: str, mosaic: np.ndarray, grid: Grid, feedback=None):
    mosaic = float32_values(mosaic, feedback)
    return writers.write_geotiff(path, mosaic, grid.geotransform, grid.crs, dtype="float32")


def mosaic_top(mosaic: np.ndarray, cutoff: float) -> float:
    """The value the corridor style's lightest class ends at: the cutoff, or the highest value kept."""
    if cutoff and cutoff > 0:
        return float(cutoff)
    finite = mosaic[np.isfinite(mosaic)]
    return float(finite.max()) if finite.size else 1.0
