"""The climate raster of a Climate Linkage Mapper run, on the resistance grid.

A climate raster on another grid (origin, cell size, extent or CRS) is resampled to the resistance grid with bilinear
interpolation (GDAL warp, in memory) and the run says so. Cells of the resistance's valid area without a climate value
become impassable, and the run says how many.
"""

from __future__ import annotations

import math

import numpy as np
from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem, QgsRasterLayer

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import crs as crs_util
from ccsg_plugin.gis import raster_io
from ccsg_plugin.gis.raster_io import Grid
from ccsg_plugin.i18n import tr

gdal.UseExceptions()

# Grids whose origins and cell sizes differ by less than this fraction of a cell are the same grid.
_ALIGN_TOL = 1e-6


def same_grid(a: Grid, b: Grid) -> bool:
    if tuple(a.shape) != tuple(b.shape) or not crs_util.same_crs(a.crs, b.crs):
        return False
    dx, dy = a.cell_size
    ga, gb = a.geotransform, b.geotransform
    return all(abs(ga[k] - gb[k]) <= _ALIGN_TOL * s for k, s in ((0, dx), (1, dx), (3, dy), (5, dy)))


def _resample(layer: QgsRasterLayer, grid: Grid) -> np.ndarray:
    """The layer's first band warped onto `grid` (bilinear), NaN where it has no value."""
    src = raster_io.open_raster(layer)
    h, w = grid.shape
    gt = grid.geotransform
    bounds = (gt[0], gt[3] + h * gt[5], gt[0] + w * gt[1], gt[3])
    try:
        out = gdal.Warp("", src, format="MEM", outputBounds=bounds, width=w, height=h, resampleAlg="bilinear",
                        dstSRS=grid.crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED), dstNodata=math.nan,
                        outputType=gdal.GDT_Float64)
    except RuntimeError as exc:
        raise CcsgError(tr("The climate raster '{0}' could not be resampled to the resistance grid ({1}); warp it "
                           "to the resistance raster's grid first (Raster > Projections > Warp).",
                           layer.name(), exc)) from exc
    array = out.GetRasterBand(1).ReadAsArray().astype(np.float64)
    array[~np.isfinite(array)] = np.nan
    return array


def read_climate(layer: QgsRasterLayer, resistance: raster_io.RasterData, feedback=None) -> np.ndarray:
    """The climate values on the resistance grid (NaN = no value); warnings go to feedback."""
    grid = resistance.grid
    data = raster_io.read_band(layer)
    if same_grid(data.grid, grid):
        climate = data.array
    else:
        climate = _resample(layer, grid)
        if feedback is not None:
            cx, cy = data.grid.cell_size
            rx, ry = grid.cell_size
            feedback.pushWarning(tr(
                "The climate raster '{0}' is not on the resistance raster's grid (cells of {1:g} x {2:g} in {3}, the "
                "resistance has {4:g} x {5:g} in {6}); it was resampled to the resistance grid (bilinear). Warp it to "
                "the resistance grid yourself to control the resampling.", layer.name(), cx, cy,
                data.grid.crs.authid(), rx, ry, grid.crs.authid()))
    valid = np.isfinite(resistance.array)
    if not np.isfinite(climate[valid]).any():
        raise CcsgError(tr("The climate raster '{0}' has no value over the resistance raster's valid cells; check "
                           "that both cover the same area.", layer.name()))
    missing = int((valid & ~np.isfinite(climate)).sum())
    if missing and feedback is not None:
        feedback.pushWarning(tr(
            "{0} cells of the resistance raster have no value in the climate raster '{1}' (NoData or outside it); "
            "they are treated as impassable. Fill them (e.g. Fill NoData) if animals can cross them.",
            missing, layer.name()))
    return climate
