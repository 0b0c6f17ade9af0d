"""The grid of a "sea only" resistance raster and the layers put onto it: land polygons burnt by the contract's
cell rule (gis/rasterize.py), the depth raster resampled (bilinear) onto the grid."""

from __future__ import annotations

import math

import numpy as np
from osgeo import gdal
from qgis.core import QgsRasterLayer, QgsRectangle

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import raster_io
from ccsg_plugin.gis.raster_io import Grid
from ccsg_plugin.i18n import tr

gdal.UseExceptions()

MAX_CELLS = 200_000_000  # a typo in the cell size should get a message, not an out-of-memory crash


def grid_from_extent(extent: QgsRectangle, cell_size: float, crs) -> Grid:
    """Cells of cell_size from the extent's top-left corner, enough to cover the whole extent."""
    if extent is None or extent.isEmpty() or extent.width() <= 0 or extent.height() <= 0:
        raise CcsgError(tr("The extent of the sea-only raster is empty; give an extent or land polygons."))
    cols = max(1, math.ceil(extent.width() / cell_size - 1e-9))
    rows = max(1, math.ceil(extent.height() / cell_size - 1e-9))
    if rows * cols > MAX_CELLS:
        raise CcsgError(tr("A cell size of {0} gives {1} x {2} cells over the extent; choose a larger cell size.",
                           cell_size, rows, cols))
    return Grid((extent.xMinimum(), cell_size, 0.0, extent.yMaximum(), 0.0, -cell_size), (rows, cols), crs)


def depth_on_grid(layer: QgsRasterLayer, grid: Grid) -> np.ndarray:
    """The depth raster's band 1 on ``grid`` (bilinear; NaN where it has no value or does not reach)."""
    dataset = raster_io.open_raster(layer)
    nodata = dataset.GetRasterBand(1).GetNoDataValue()
    gt, (rows, cols) = grid.geotransform, grid.shape
    bounds = (gt[0], gt[3] + rows * gt[5], gt[0] + cols * gt[1], gt[3])
    options = gdal.WarpOptions(format="MEM", dstSRS=grid.crs.toWkt(), outputBounds=bounds, width=cols, height=rows,
                               resampleAlg="bilinear", srcNodata=nodata, dstNodata=raster_io.WARP_NODATA,
                               outputType=gdal.GDT_Float64)
    warped = gdal.Warp("", dataset, options=options)
    if warped is None:
        raise CcsgError(tr("GDAL could not put the depth raster '{0}' on the sea-only grid.", layer.name()))
    values = warped.GetRasterBand(1).ReadAsArray().astype(np.float64)
    values[values == raster_io.WARP_NODATA] = np.nan
    return values
