"""Inputs of the restoration and crossing priorities: a kept corridor run checked against its own grid, rasters
checked against the run's grid, infrastructure lines burned into cells and existing crossings opened."""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
from osgeo import gdal
from qgis.core import QgsVectorLayer, QgsWkbTypes

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import cost_distance_store, rasterize
from ccsg_plugin.gis.crs import is_defined, same_crs
from ccsg_plugin.gis.raster_io import Grid, RasterData
from ccsg_plugin.i18n import tr

gdal.UseExceptions()

IMPASSABLE = "impassable"
_GT_TOL = 1e-6  # relative tolerance on geotransform terms (text round trips of the origin and cell size)


def _close(a, b, scale) -> bool:
    return abs(float(a) - float(b)) <= _GT_TOL * max(abs(scale), 1.0)


def same_grid(gt_a, shape_a, gt_b, shape_b) -> bool:
    if tuple(shape_a) != tuple(shape_b):
        return False
    cell = abs(gt_b[1])
    return all(_close(x, y, cell) for x, y in zip(gt_a, gt_b))


def load_run(folder: str):
    """(cost_distances, links, grid, doc) of a kept corridor run, with every kept raster checked against the run's
    grid."""
    if not folder:
        raise CcsgError(tr("Choose the folder of a corridor run (the cost-distance folder of Least-cost corridors)."))
    cost_distances, links, grid, _core_cells, doc = cost_distance_store.load(folder)
    for core in doc.get("cores", []):
        path = Path(folder) / core["file"]
        ds = gdal.Open(str(path))
        r0, r1, c0, c1 = core["window"]
        gt, shape = ds.GetGeoTransform(), (ds.RasterYSize, ds.RasterXSize)
        ds = None
        if not same_grid(gt, shape, grid.window_geotransform(r0, c0), (r1 - r0, c1 - c0)):
            raise CcsgError(tr(
                "The cost-distance raster {0} does not lie on the grid recorded in {1} (it comes from another "
                "raster or run); run Least-cost corridors again into an empty folder.", str(path),
                cost_distance_store.LINKS_FILE))
    return cost_distances, links, grid, doc


def check_on_run_grid(raster: RasterData, grid: Grid, folder: str, what: str) -> None:
    """CcsgError when a raster is not on the corridor run's grid (another extent, cell size or CRS)."""
    gt, shape = raster.grid.geotransform, raster.grid.shape
    if not same_crs(raster.grid.crs, grid.crs) or not same_grid(gt, shape, grid.geotransform, grid.shape):
        raise CcsgError(tr(
            "The {0} '{1}' ({2} x {3} cells of {4:g} map units, {5}) is not on the grid of the corridor run in {6} "
            "({7} x {8} cells of {9:g}, {10}): the run was made from another raster. Use the raster of that run, or "
            "run the corridors again on this one.", what, raster.name, shape[1], shape[0], abs(gt[1]),
            raster.grid.crs.authid() or raster.grid.crs.description(), folder, grid.shape[1], grid.shape[0],
            grid.cell_size[0], grid.crs.authid() or grid.crs.description()))


def _check_layer(layer: QgsVectorLayer, kind: int, what: str) -> None:
    if layer is None or not layer.isValid():
        raise CcsgError(tr("The {0} layer could not be opened.", what))
    if layer.geometryType() != kind:
        wanted = tr("lines") if kind == QgsWkbTypes.LineGeometry else tr("points")
        found = QgsWkbTypes.geometryDisplayString(layer.geometryType())
        raise CcsgError(tr("The {0} layer '{1}' holds {2} geometries; it must hold {3}.", what, layer.name(), found,
                           wanted))
    if not is_defined(layer.crs()):
        raise CcsgError(tr("The layer '{0}' has no coordinate reference system; set its CRS (Layer Properties > "
                           "Source) to the CRS it was made in.", layer.name()))


def _added_value(feature, field: str, layer_name: str) -> float:
    """The resistance a feature adds: a positive number, or inf for 'impassable' (or an empty value)."""
    if not field:
        return math.inf
    value = rasterize.plain_id(feature[field])
    if value is None or (isinstance(value, str) and not value.strip()):
        return math.inf
    if isinstance(value, str):
        text = value.strip()
        if text.lower() == IMPASSABLE:
            return math.inf
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            raise CcsgError(tr(
                "Feature {0} of '{1}' has '{2}' in the field '{3}'; give a positive number (the resistance to add) "
                "or 'impassable'.", feature.id(), layer_name, text, field)) from None
    value = float(value)
    if not (value > 0 and math.isfinite(value)):
        raise CcsgError(tr(
            "Feature {0} of '{1}' adds a resistance of {2:g} (field '{3}'); give a positive number or "
            "'impassable'.", feature.id(), layer_name, value, field))
    return value


def infrastructure_cells(layer: QgsVectorLayer, field: str, grid: Grid, transform_context=None):
    """(added, count): the resistance the lines add on each cell they touch (0 elsewhere, inf = impassable; the
    highest where lines overlap) and the number of features burned. Lines are reprojected to the grid's CRS."""
    what = tr("infrastructure")
    _check_layer(layer, QgsWkbTypes.LineGeometry, what)
    if field and layer.fields().indexOf(field) < 0:
        raise CcsgError(tr("The layer '{0}' has no field '{1}'.", layer.name(), field))
    features = rasterize.transformed_geometries(layer, grid.crs, transform_context)
    if not features:
        raise CcsgError(tr("The infrastructure layer '{0}' has no line; choose a layer that holds the roads, "
                           "railways or fences.", layer.name()))
    added = np.zeros(grid.shape)
    count = 0
    for feature, geom in features:
        value = _added_value(feature, field, layer.name())
        if not all(math.isfinite(c) for c in geom.boundingBox().toRectF().getCoords()):
            continue
        cells = rasterize.geometry_mask(geom, grid)
        if cells.any():
            np.maximum(added, np.where(cells, value, 0.0), out=added)
            count += 1
    if count == 0:
        raise CcsgError(tr("No line of '{0}' crosses the resistance raster (after reprojection to its CRS); check "
                           "the layer's CRS and extent.", layer.name()))
    return added, count


def crossing_cells(layer: QgsVectorLayer, added: np.ndarray, grid: Grid, transform_context=None):
    """(open cells, used, ignored): the infrastructure cells within one cell of each existing crossing point (an
    underpass or overpass keeps the infrastructure permeable around it) and how many points opened cells or not."""
    _check_layer(layer, QgsWkbTypes.PointGeometry, tr("crossings"))
    infra = added > 0
    h, w = grid.shape
    open_cells = np.zeros(grid.shape, bool)
    used = ignored = 0
    for _feature, geom in rasterize.transformed_geometries(layer, grid.crs, transform_context):
        hit = False
        for point in geom.constGet().vertices() if geom.isMultipart() else [geom.constGet()]:
            gt = grid.geotransform
            col = int(math.floor((point.x() - gt[0]) / gt[1]))
            row = int(math.floor((point.y() - gt[3]) / gt[5]))
            if not (0 <= row < h and 0 <= col < w):
                continue
            r0, r1, c0, c1 = max(row - 1, 0), min(row + 2, h), max(col - 1, 0), min(col + 2, w)
            block = infra[r0:r1, c0:c1]
            if block.any():
                open_cells[r0:r1, c0:c1] |= block
                hit = True
        used += hit
        ignored += not hit
    return open_cells, used, ignored
