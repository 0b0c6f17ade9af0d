"""Shared helpers of the analysis dock tests: generated rasters and polygons, waiting for tasks, opening the dock."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr

ALBERS = 5070  # NAD83 / Conus Albers (projected, metres)


def spin(predicate, timeout: float = 120.0) -> bool:
    """Run the event loop until predicate() is true (pytest-qgis 2.1 has no wait helper)."""
    from qgis.PyQt.QtCore import QCoreApplication

    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        if predicate():
            return True
        time.sleep(0.005)
    QCoreApplication.processEvents()
    return bool(predicate())


def write_raster(path: Path, values, x0=0.0, y0=None, cell=10.0, epsg=ALBERS, nodata=-9999.0, dtype=gdal.GDT_Float32):
    values = np.asarray(values)
    h, w = values.shape
    y0 = h * cell if y0 is None else y0
    ds = gdal.GetDriverByName("GTiff").Create(str(path), w, h, 1, dtype)
    ds.SetGeoTransform((x0, cell, 0.0, y0, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(nodata)
    band.WriteArray(values)
    ds = None
    return Path(path)


def write_polygons(path: Path, polygons, ids, epsg=ALBERS, field="core_id", field_type=ogr.OFTInteger):
    """polygons: WKT strings; ids: values (None = NULL)."""
    drv = ogr.GetDriverByName("GPKG")
    ds = drv.CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer("cores", srs, ogr.wkbMultiPolygon)
    layer.CreateField(ogr.FieldDefn(field, field_type))
    for wkt, value in zip(polygons, ids):
        f = ogr.Feature(layer.GetLayerDefn())
        if value is not None:
            f.SetField(field, value)
        if wkt:
            f.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkt(wkt)))
        layer.CreateFeature(f)
    ds = None
    return Path(path)


def box_wkt(x0, y0, x1, y1) -> str:
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def copy_demo(demo_dir: Path, target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for f in demo_dir.iterdir():
        shutil.copyfile(f, target / f.name)
    return target


def open_dock(plugin):
    """Open the dock the way a user does: its toolbar/menu action."""
    from qgis.PyQt.QtWidgets import QAction

    action = plugin.iface.mainWindow().findChild(QAction, "CcsgAnalysisDockAction")
    action.setChecked(True)
    dock = plugin.docks["CcsgAnalysisDock"]
    assert spin(lambda: not dock.doctor_busy, 60)
    return dock


def wait_run(dock, timeout: float = 300.0) -> None:
    assert spin(lambda: dock.runner is None and not dock.doctor_busy and dock._run_after_doctor is None, timeout)
