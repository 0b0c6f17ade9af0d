"""The one raster reader: raster layers and files to numpy, read three ways.

- read_band: one band whole, float64 with NaN for NoData, with its Grid (the algorithms);
- read_window: band 1 over bounds in a target CRS, values in the band's type and a NoData mask (the corridor check);
- read_sample: band 1 decimated to a capped number of cells (the input doctor, on a worker thread).

All three open files the same way and agree on NoData (nodata_value_mask / nodata_mask).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np
from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem, QgsRasterLayer

from ccsg_plugin.core.criteria.raster import RasterArray
from ccsg_plugin.core.doctor.findings import GridFacts, ValueSample
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis.crs import same_crs
from ccsg_plugin.i18n import tr

gdal.UseExceptions()

# Read at most this many cells for a sample; bigger rasters are read decimated (nearest) and counts are scaled.
MAX_SAMPLE_CELLS = 4_000_000
WARP_NODATA = -3.4028234663852886e38  # marks cells outside the source raster after a warp


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


# ----- opening ------------------------------------------------------------------------------------------------------
def open_raster(layer: QgsRasterLayer):
    """The GDAL dataset of a file raster layer, or CcsgError naming the layer and what to do."""
    if layer is None or not layer.isValid():
        raise CcsgError(tr("The raster layer could not be opened."))
    if layer.providerType() != "gdal":
        raise CcsgError(
            tr("The raster layer '{0}' is not a file raster (provider {1}). Save it as a GeoTIFF "
               "(Export > Save As...) and use that layer.", layer.name(), layer.providerType())
        )
    try:
        dataset = gdal.Open(layer.source())
    except RuntimeError as exc:
        dataset, reason = None, exc
    else:
        reason = layer.source()
    if dataset is None:
        raise CcsgError(
            tr("The raster layer '{0}' cannot be read as a file ({1}); save it as a GeoTIFF first.", layer.name(),
               reason)
        )
    return dataset


def open_path(path: str):
    """The GDAL dataset of a raster file, or None when GDAL cannot read it (the caller reports it)."""
    try:
        return gdal.Open(str(path), gdal.GA_ReadOnly)
    except RuntimeError:
        return None


# ----- NoData -------------------------------------------------------------------------------------------------------
def nodata_value_mask(raw: np.ndarray, nodata: float | None) -> np.ndarray:
    """True where a cell holds the band's NoData value, compared in the band's own type (a float32 NoData such as
    -3.4028e38 is not equal once widened). A NoData value the band's integer type cannot hold (e.g. -9999 on a
    Byte band) marks nothing, as in GDAL, instead of wrapping around onto a valid value."""
    if nodata is None or math.isnan(nodata):
        return np.zeros(raw.shape, dtype=bool)
    if np.issubdtype(raw.dtype, np.integer):
        info = np.iinfo(raw.dtype)
        if not (float(nodata).is_integer() and info.min <= nodata <= info.max):
            return np.zeros(raw.shape, dtype=bool)
    return raw == np.array(nodata).astype(raw.dtype)


def nodata_mask(raw: np.ndarray, nodata: float | None) -> np.ndarray:
    """True where a cell is NoData: the NoData value, and NaN or +-inf in a floating band."""
    mask = nodata_value_mask(raw, nodata)
    if np.issubdtype(raw.dtype, np.floating):
        mask |= ~np.isfinite(raw)
    return mask


def _north_up(layer_name: str, gt: tuple) -> None:
    if gt[2] != 0.0 or gt[4] != 0.0 or gt[1] <= 0 or gt[5] >= 0:
        raise CcsgError(
            tr("The raster layer '{0}' is rotated or not north-up; warp it to a north-up grid first "
               "(Raster > Projections > Warp).", layer_name)
        )


# ----- whole band ---------------------------------------------------------------------------------------------------
def read_band(layer: QgsRasterLayer, band: int = 1) -> RasterData:
    """Read one band whole as float64 with NaN for NoData (the band's NoData value, NaN and +-inf)."""
    ds = open_raster(layer)
    if band < 1 or band > ds.RasterCount:
        raise CcsgError(tr("The raster layer '{0}' has no band {1}.", layer.name(), band))
    gt = tuple(ds.GetGeoTransform())
    _north_up(layer.name(), gt)
    b = ds.GetRasterBand(band)
    nodata = b.GetNoDataValue()
    array, infinite = read_blocks(b, nodata)
    grid = Grid(gt, array.shape, layer.crs())
    return RasterData(array, grid, nodata, layer.name(), infinite)


def block_rows(band) -> int:
    """Rows read at a time: whole blocks of the file (tiles or strips), about 16 M cells (128 MB as float64)."""
    block_h = max(1, band.GetBlockSize()[1])
    return max(block_h, (16_000_000 // max(1, band.XSize)) // block_h * block_h)


def read_blocks(band, nodata, rows: Optional[int] = None) -> tuple[np.ndarray, int]:
    """(float64 array with NaN for NoData, NaN and +-inf; count of +-inf cells) read in strips of whole blocks
    into one array: the raster is in memory once, not also in its file type and as temporary masks."""
    h, w = band.YSize, band.XSize
    out = np.empty((h, w), dtype=np.float64)
    step = rows or block_rows(band)
    infinite = 0
    for r0 in range(0, h, step):
        n = min(step, h - r0)
        raw = band.ReadAsArray(0, r0, w, n)
        view = out[r0:r0 + n]
        view[...] = raw
        view[nodata_value_mask(raw, nodata)] = np.nan
        inf = np.isinf(view)
        infinite += int(inf.sum())
        view[inf] = np.nan
    return out, infinite


# ----- window over bounds, in a target CRS ---------------------------------------------------------------------------
def _window_same_crs(dataset, bounds: tuple) -> Optional[tuple[np.ndarray, tuple]]:
    """The cells that meet bounds, unchanged; None for a rotated raster (it goes through the warper)."""
    x0, dx, rx, y0, ry, dy = dataset.GetGeoTransform()
    if rx != 0 or ry != 0:
        return None
    cols, rows = dataset.RasterXSize, dataset.RasterYSize
    minx, miny, maxx, maxy = bounds
    c0, c1 = sorted(((minx - x0) / dx, (maxx - x0) / dx))
    r0, r1 = sorted(((maxy - y0) / dy, (miny - y0) / dy))
    c0, r0 = max(0, int(np.floor(c0))), max(0, int(np.floor(r0)))
    c1, r1 = min(cols, int(np.ceil(c1))), min(rows, int(np.ceil(r1)))
    if c1 <= c0 or r1 <= r0:
        return np.zeros((0, 0)), (x0, dx, 0.0, y0, 0.0, dy)
    data = dataset.GetRasterBand(1).ReadAsArray(c0, r0, c1 - c0, r1 - r0)
    return data, (x0 + c0 * dx, dx, 0.0, y0 + r0 * dy, 0.0, dy)


def _window_warped(dataset, bounds: tuple, target_crs: QgsCoordinateReferenceSystem) -> tuple[np.ndarray, tuple]:
    """Nearest-neighbour warp into the target CRS over bounds (class codes and resistances stay exact values)."""
    nodata = dataset.GetRasterBand(1).GetNoDataValue()
    options = gdal.WarpOptions(
        format="MEM",
        dstSRS=target_crs.toWkt(),
        outputBounds=bounds,
        resampleAlg="near",
        srcNodata=nodata,
        dstNodata=nodata if nodata is not None else WARP_NODATA,
    )
    warped = gdal.Warp("", dataset, options=options)
    if warped is None:
        raise CcsgError(tr("GDAL could not reproject the raster to {0}.", target_crs.authid()))
    return warped.GetRasterBand(1).ReadAsArray(), warped.GetGeoTransform()


def read_window(layer: Optional[QgsRasterLayer], target_crs: QgsCoordinateReferenceSystem,
                bounds: Optional[tuple]) -> Optional[RasterArray]:
    """Band 1 over `bounds` (xmin, ymin, xmax, ymax in target_crs) as a RasterArray in target_crs, or None without
    a layer or bounds. The values keep the band's type; the mask marks NoData (see nodata_mask).

    Same CRS: a plain window read (cells unchanged), every cell that meets bounds, clipped to the raster. Other CRS:
    warped with nearest neighbour. An empty window (the raster does not reach bounds) gives a 0 x 0 array.
    """
    if layer is None or bounds is None:
        return None
    dataset = open_raster(layer)
    nodata = dataset.GetRasterBand(1).GetNoDataValue()
    result = None
    if same_crs(layer.crs(), target_crs):
        result = _window_same_crs(dataset, bounds)
    if result is None:
        result = _window_warped(dataset, bounds, target_crs)
        if nodata is None:
            nodata = WARP_NODATA
    data, transform = result
    if data.size == 0:
        data = np.zeros((0, 0), dtype=np.float64)
    return RasterArray(data=data, transform=tuple(transform), nodata_mask=nodata_mask(data, nodata),
                       name=layer.name())


# ----- decimated sample ---------------------------------------------------------------------------------------------
def read_sample(path: str, max_cells: int = MAX_SAMPLE_CELLS, name: str = "") -> Optional[ValueSample]:
    """Band 1 of the file as float64 with NaN for the NoData value (+-inf kept: the doctor counts them), decimated
    by GDAL (nearest) to at most about max_cells cells; the grid describes the sample's coarser cells. None when
    GDAL cannot read the file."""
    ds = open_path(path)
    if ds is None:
        return None
    band = ds.GetRasterBand(1)
    w, h = ds.RasterXSize, ds.RasterYSize
    factor = max(1.0, math.sqrt((w * h) / float(max_cells)))
    bw, bh = max(1, int(round(w / factor))), max(1, int(round(h / factor)))
    if factor == 1.0:
        bw, bh = w, h
    try:
        raw = band.ReadAsArray(0, 0, w, h, buf_xsize=bw, buf_ysize=bh)
    except RuntimeError:  # a damaged block
        return None
    if raw is None:
        return None
    values = raw.astype(np.float64)
    values[nodata_value_mask(raw, band.GetNoDataValue())] = np.nan
    gt = ds.GetGeoTransform()
    grid = GridFacts(name, gt[0], gt[3], abs(gt[1]) * w / bw, abs(gt[5]) * h / bh, bw, bh)
    return ValueSample(values, grid, cells_per_sample=(w * h) / float(bw * bh))
