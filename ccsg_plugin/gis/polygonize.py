"""Cell masks to polygons (GDAL Polygonize on an in-memory grid): one multipolygon per mask."""

from __future__ import annotations

import numpy as np
from osgeo import gdal, ogr
from qgis.core import QgsGeometry

from ccsg_plugin.gis.raster_io import Grid

gdal.UseExceptions()
ogr.UseExceptions()


def mask_to_geometry(mask: np.ndarray, grid: Grid, row0: int = 0, col0: int = 0) -> QgsGeometry:
    """The outline of the True cells of `mask` (a window of the grid starting at row0, col0) as a multipolygon."""
    rows, cols = mask.shape
    mem = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Byte)
    mem.SetGeoTransform(grid.window_geotransform(row0, col0))
    band = mem.GetRasterBand(1)
    band.WriteArray(mask.astype(np.uint8))
    source = ogr.GetDriverByName("Memory").CreateDataSource("ccsg_polygons")
    layer = source.CreateLayer("p", geom_type=ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("v", ogr.OFTInteger))
    gdal.Polygonize(band, band, layer, 0, [])
    multi = ogr.Geometry(ogr.wkbMultiPolygon)
    for feature in layer:
        multi.AddGeometry(feature.GetGeometryRef())
    wkb = bytes(multi.ExportToWkb())
    del layer, source, band, mem
    geom = QgsGeometry()
    geom.fromWkb(wkb)
    return geom
