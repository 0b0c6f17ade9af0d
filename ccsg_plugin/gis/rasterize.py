"""Vector features to cells of a grid, by the contract's rule.

A cell belongs to a polygon when its centre lies inside it; a polygon (part) that holds no cell centre takes every
cell it touches, so a small core is never lost. Lines and points take the cells they touch. Features are first
reprojected to the grid's CRS.
"""

from __future__ import annotations

import math

import numpy as np
from osgeo import gdal, ogr
from qgis.core import (
    QgsCoordinateTransform,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, Qt, QTime

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis.crs import same_crs
from ccsg_plugin.gis.geometry import to_shapely
from ccsg_plugin.gis.raster_io import Grid
from ccsg_plugin.i18n import tr

gdal.UseExceptions()
ogr.UseExceptions()


def transformed_geometries(layer: QgsVectorLayer, crs, transform_context: QgsCoordinateTransformContext | None = None,
                           request: QgsFeatureRequest | None = None) -> list:
    """[(feature, QgsGeometry in `crs`)] for the features of the layer that have a geometry."""
    context = transform_context or QgsProject.instance().transformContext()
    transform = None if same_crs(layer.crs(), crs) else QgsCoordinateTransform(layer.crs(), crs, context)
    out = []
    for feature in layer.getFeatures(request or QgsFeatureRequest()):
        geom = QgsGeometry(feature.geometry())
        if geom.isNull() or geom.isEmpty():
            continue
        if QgsWkbTypes.isCurvedType(geom.wkbType()):
            geom = QgsGeometry(geom.constGet().segmentize())
        if transform is not None:
            geom.transform(transform)
        out.append((feature, geom))
    return out


def _cell_window(bbox, grid: Grid, pad: int = 1):
    """Rows/columns of the grid that the bounding box (xmin, ymin, xmax, ymax) covers, plus a margin; or None."""
    gt = grid.geotransform
    rows, cols = grid.shape
    xmin, ymin, xmax, ymax = bbox
    c0 = int(math.floor((xmin - gt[0]) / gt[1])) - pad
    c1 = int(math.floor((xmax - gt[0]) / gt[1])) + 1 + pad
    r0 = int(math.floor((ymax - gt[3]) / gt[5])) - pad
    r1 = int(math.floor((ymin - gt[3]) / gt[5])) + 1 + pad
    c0, c1, r0, r1 = max(c0, 0), min(c1, cols), max(r0, 0), min(r1, rows)
    if c0 >= c1 or r0 >= r1:
        return None
    return r0, r1, c0, c1


def _burn(ogr_geom, grid: Grid, window, all_touched: bool) -> np.ndarray:
    r0, r1, c0, c1 = window
    mem = gdal.GetDriverByName("MEM").Create("", c1 - c0, r1 - r0, 1, gdal.GDT_Byte)
    mem.SetGeoTransform(grid.window_geotransform(r0, c0))
    source = ogr.GetDriverByName("Memory").CreateDataSource("ccsg")
    layer = source.CreateLayer("g")
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr_geom)
    layer.CreateFeature(feature)
    options = ["ALL_TOUCHED=TRUE"] if all_touched else []
    gdal.PushErrorHandler("CPLQuietErrorHandler")  # the scratch layer has no CRS on purpose: same grid CRS
    try:
        gdal.RasterizeLayer(mem, [1], layer, burn_values=[1], options=options)
    finally:
        gdal.PopErrorHandler()
    out = mem.GetRasterBand(1).ReadAsArray().astype(bool)
    del layer, source, mem
    return out


def _parts(shape) -> list:
    return list(shape.geoms) if hasattr(shape, "geoms") else [shape]


def geometry_mask(geom: QgsGeometry, grid: Grid, out: np.ndarray | None = None) -> np.ndarray:
    """Cells of the grid that the geometry (already in the grid's CRS) holds, by the contract rule."""
    mask = np.zeros(grid.shape, bool) if out is None else out
    shape = to_shapely(geom)
    if shape is None:
        return mask
    polygonal = geom.type() == QgsWkbTypes.PolygonGeometry
    for part in _parts(shape):
        if part.is_empty:
            continue
        window = _cell_window(part.bounds, grid)
        if window is None:
            continue
        ogr_geom = ogr.CreateGeometryFromWkb(part.wkb)
        cells = _burn(ogr_geom, grid, window, all_touched=not polygonal)
        if polygonal and not cells.any():
            cells = _burn(ogr_geom, grid, window, all_touched=True)
        r0, r1, c0, c1 = window
        mask[r0:r1, c0:c1] |= cells
    return mask


def layer_mask(layer: QgsVectorLayer, grid: Grid, transform_context=None) -> np.ndarray:
    """Union of the cells of every feature of the layer."""
    mask = np.zeros(grid.shape, bool)
    for _feature, geom in transformed_geometries(layer, grid.crs, transform_context):
        geometry_mask(geom, grid, mask)
    return mask


def plain_id(value):
    """A core id as plain Python: dates and times as ISO text (not "PyQt5.QtCore.QDate(...)" in logs and file
    names), NULL as None; numbers and text unchanged."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, (QDate, QDateTime, QTime)):
        return value.toString(Qt.ISODate)
    return value


def core_cells(layer: QgsVectorLayer, id_field: str, grid: Grid, transform_context=None):
    """(masks, geoms): core id -> bool cell mask and id -> shapely geometry in the grid's CRS.

    Features sharing an id form one core (their cells and geometries are merged).
    """
    if layer.fields().indexOf(id_field) < 0:
        raise CcsgError(tr("The layer '{0}' has no field '{1}'.", layer.name(), id_field))
    masks: dict = {}
    geoms: dict = {}
    for feature, geom in transformed_geometries(layer, grid.crs, transform_context):
        cid = plain_id(feature[id_field])
        if cid is None:
            raise CcsgError(
                tr("A feature of '{0}' has no value in the core id field '{1}'; fill it in.", layer.name(), id_field)
            )
        mask = masks.setdefault(cid, np.zeros(grid.shape, bool))
        geometry_mask(geom, grid, mask)
        shape = to_shapely(geom)
        geoms[cid] = shape if cid not in geoms else geoms[cid].union(shape)
    return masks, geoms
