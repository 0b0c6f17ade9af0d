"""Raster layers to numpy: one band as float64 with NaN for NoData, plus the grid's geotransform and CRS."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem, QgsRasterLayer

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.i18n import tr

gdal.UseExceptions()


@dataclass
class Grid:
    """A north-up grid: geotransform (x0, dx, 0, y0, 0, -dy) as GDAL writes it, and its CRS."""

    geotransform: tuple
    shape: tuple  # rows, columns
    crs: QgsCoordinateReferenceSystem

    @property
    def cell_size(self) -> tuple[float, float]:
        return abs(self.geotransform[1]), abs(self.geotransform[5])

    @property
    def cell_area(self) -> float:
        return self.cell_size[0] * self.cell_size[1]

    def cell_centre(self, row: float, col: float) -> tuple[float, float]:
        gt = self.geotransform
        return gt[0] + (col + 0.5) * gt[1], gt[3] + (row + 0.5) * gt[5]

    def window_geotransform(self, row0: int, col0: int) -> tuple:
        gt = self.geotransform
        return (gt[0] + col0 * gt[1], gt[1], 0.0, gt[3] + row0 * gt[5], 0.0, gt[5])


@dataclass
class RasterData:
    array: np.ndarray  # float64, NaN where NoData
    grid: Grid
    nodata: float | None
    name: str
    infinite: int = 0  # cells holding +inf or -inf (not the NoData value): read as NoData, reported by the checks


def _open(layer: QgsRasterLayer):
    source = layer.source()
    try:
        return gdal.Open(source)
    except RuntimeError as exc:
        raise CcsgError(
            tr("The raster layer '{0}' cannot be read as a file ({1}); save it as a GeoTIFF first.", layer.name(), exc)
        ) from exc


def read_band(layer: QgsRasterLayer, band: int = 1) -> RasterData:
    """Read one band as float64 with NaN for NoData (the band's NoData value, NaN and +-inf)."""
    if layer is None or not layer.isValid():
        raise CcsgError(tr("The raster layer could not be opened."))
    ds = _open(layer)
    if band < 1 or band > ds.RasterCount:
        raise CcsgError(tr("The raster layer '{0}' has no band {1}.", layer.name(), band))
    gt = tuple(ds.GetGeoTransform())
    if gt[2] != 0.0 or gt[4] != 0.0 or gt[1] <= 0 or gt[5] >= 0:
        raise CcsgError(
            tr("The raster layer '{0}' is rotated or not north-up; warp it to a north-up grid first "
               "(Raster > Projections > Warp).", layer.name())
        )
    b = ds.GetRasterBand(band)
    raw = b.ReadAsArray()
    nodata = b.GetNoDataValue()
    array = raw.astype(np.float64)
    if nodata is not None and not math.isnan(nodata):
        # Compare in the band's own type: a float32 NoData such as -3.4028e38 is not equal once widened.
        array[raw == np.array(nodata).astype(raw.dtype)] = np.nan
    infinite = int(np.isinf(array).sum())
    array[~np.isfinite(array)] = np.nan
    grid = Grid(gt, raw.shape, layer.crs())
    return RasterData(array, grid, nodata, layer.name(), infinite)
