"""Layers -> the inputs of ccsg:corridorchange (core/monitoring): both dates on BEFORE's grid, corridors, cores and
barriers in BEFORE's CRS.

- BEFORE and AFTER in different CRSs are refused (reproject one first): the comparison is cell by cell.
- AFTER on another grid of the same CRS is resampled onto BEFORE's grid with nearest neighbour (class codes and
  resistances stay values of the source) and the run says so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np
from osgeo import gdal
from qgis.core import QgsRasterLayer, QgsVectorLayer, QgsWkbTypes

from ccsg_plugin.core import class_table
from ccsg_plugin.core.criteria.inputs import CorridorInput
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.monitoring import snapshot as snap
from ccsg_plugin.gis import check_inputs, raster_io
from ccsg_plugin.gis.crs import require_defined, require_projected, same_crs
from ccsg_plugin.i18n import tr

gdal.UseExceptions()


@dataclass
class MonitoringInputs:
    before: snap.Snapshot
    after: snap.Snapshot
    corridors: list  # CorridorInput in BEFORE's CRS (key = feature id)
    attributes: dict  # feature id -> attributes
    cores: list
    notes: list = field(default_factory=list)  # what the run should say (resampling)
    grid: Optional[raster_io.Grid] = None


def _same_grid(a: raster_io.Grid, b: raster_io.Grid) -> bool:
    return tuple(a.shape) == tuple(b.shape) and all(
        math.isclose(p, q, rel_tol=0, abs_tol=1e-6 * max(1.0, abs(q))) for p, q in zip(a.geotransform, b.geotransform))


def _resampled(layer: QgsRasterLayer, grid: raster_io.Grid) -> np.ndarray:
    """Band 1 of the layer on `grid` (nearest neighbour), float64 with NaN for NoData and cells outside it."""
    dataset = raster_io.open_raster(layer)
    nodata = dataset.GetRasterBand(1).GetNoDataValue()
    x0, dx, _, y0, _, dy = grid.geotransform
    rows, cols = grid.shape
    options = gdal.WarpOptions(format="MEM", outputBounds=(x0, y0 + rows * dy, x0 + cols * dx, y0), width=cols,
                               height=rows, resampleAlg="near", srcNodata=nodata, dstNodata=raster_io.WARP_NODATA,
                               outputType=gdal.GDT_Float64)
    warped = gdal.Warp("", dataset, options=options)
    if warped is None:
        raise CcsgError(tr("GDAL could not resample the raster '{0}'.", layer.name()))
    raw = warped.GetRasterBand(1).ReadAsArray()
    out = raw.astype(np.float64)
    out[raster_io.nodata_mask(raw, raster_io.WARP_NODATA)] = np.nan
    return out


def read_pair(before: QgsRasterLayer, after: QgsRasterLayer) -> tuple:
    """(before RasterData, after array on before's grid, note or None)."""
    for layer in (before, after):
        require_projected(layer)
    if not same_crs(before.crs(), after.crs()):
        raise CcsgError(tr("BEFORE '{0}' ({1}) and AFTER '{2}' ({3}) are in different CRSs; the comparison is cell by "
                           "cell. Reproject AFTER to BEFORE's CRS (Raster > Projections > Warp) and run again.",
                           before.name(), before.crs().authid() or before.crs().description(), after.name(),
                           after.crs().authid() or after.crs().description()))
    data_before = raster_io.read_band(before)
    data_after = raster_io.read_band(after)
    if _same_grid(data_before.grid, data_after.grid):
        return data_before, data_after.array, None
    note = tr("AFTER '{0}' ({1} m cells, {2} x {3}) was resampled to BEFORE's grid ({4} m cells, {5} x {6}) with "
              "nearest neighbour.", after.name(), f"{data_after.grid.cell_size[0]:g}", data_after.grid.shape[1],
              data_after.grid.shape[0], f"{data_before.grid.cell_size[0]:g}", data_before.grid.shape[1],
              data_before.grid.shape[0])
    return data_before, _resampled(after, data_before.grid), note


def read_table(path: str) -> tuple[list, str]:
    from pathlib import Path

    return class_table.read_csv_file(path), Path(path).name


def snapshots(before: QgsRasterLayer, after: QgsRasterLayer, table_path: str, table_after_path: str,
              habitat_max: float, profile, date_before, date_after) -> tuple[snap.Snapshot, snap.Snapshot, list]:
    """Both dates as snapshots on BEFORE's grid, and the notes to show (resampling). With a class table the rasters
    are land cover; without, resistance (habitat = resistance <= habitat_max)."""
    data_before, after_array, note = read_pair(before, after)
    notes = [note] if note else []
    gt = data_before.grid.geotransform
    if table_path:
        rows_b, source_b = read_table(table_path)
        rows_a, source_a = read_table(table_after_path) if table_after_path else (rows_b, source_b)
        problem = snap.tables_disagree(rows_b, rows_a, source_b, source_a) if table_after_path else None
        if problem:
            raise CcsgError(problem)
        s_b = snap.from_landcover(data_before.array, gt, rows_b, profile.habitat_classes, before.name(), source_b,
                                  date_before)
        s_a = snap.from_landcover(after_array, gt, rows_a, profile.habitat_classes, after.name(), source_a,
                                  date_after)
    else:
        s_b = snap.from_resistance(data_before.array, gt, habitat_max, before.name(), date_before)
        s_a = snap.from_resistance(after_array, gt, habitat_max, after.name(), date_after)
    return s_b, s_a, notes


def read_cores(layer: QgsVectorLayer, id_field: str, crs, is_cancelled=None) -> list:
    """(core id, polygon) pairs: the id from id_field (the feature id where it is empty)."""
    if not id_field:
        return check_inputs.read_cores(layer, crs, is_cancelled)
    return [(attrs.get(id_field) if attrs.get(id_field) not in (None, "") else fid, geom)
            for fid, geom, attrs in check_inputs._feature_geometries(layer, crs, is_cancelled) if geom is not None]


def read_vectors(corridors: QgsVectorLayer, cores: QgsVectorLayer, core_id_field: str,
                 barriers_before: Optional[QgsVectorLayer], barriers_after: Optional[QgsVectorLayer], crs,
                 is_cancelled=None) -> tuple:
    """(CorridorInput list, attributes by fid, cores, barriers before, barriers after), all in `crs`."""
    require_defined(corridors)
    if corridors.geometryType() != QgsWkbTypes.PolygonGeometry:
        raise CcsgError(tr("The corridors layer '{0}' must hold polygons.", corridors.name()))
    for layer in (cores, barriers_before, barriers_after):
        if layer is not None:
            require_defined(layer)
    for layer in (barriers_before, barriers_after):
        if layer is not None:
            check_inputs.require_geometry(layer, QgsWkbTypes.LineGeometry, tr("barriers"))
    rows = check_inputs._feature_geometries(corridors, crs, is_cancelled)
    if not rows:
        raise CcsgError(tr("The corridors layer '{0}' has no features.", corridors.name()))
    items = [CorridorInput(fid, check_inputs.corridor_name(fid, attrs), geom, attrs) for fid, geom, attrs in rows]
    return (items, {fid: attrs for fid, _g, attrs in rows}, read_cores(cores, core_id_field, crs, is_cancelled),
            check_inputs.read_barriers(barriers_before, crs, is_cancelled),
            check_inputs.read_barriers(barriers_after, crs, is_cancelled))
