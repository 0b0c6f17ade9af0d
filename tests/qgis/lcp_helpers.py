"""Helpers for the least-cost algorithm tests: the provider, tiny GeoTIFFs and layers, a plain Dijkstra reference."""

from __future__ import annotations

import heapq
import math
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from tests.conftest import registered_provider

NODATA = -9999.0


@pytest.fixture(scope="module")
def ccsg_registered(qgis_processing):
    """The ccsg provider in the processing registry for this module (added only if the plugin did not)."""
    with registered_provider():
        yield


def write_tif(path: Path, array: np.ndarray, origin=(500000.0, 4000000.0), cell=(10.0, 10.0), epsg: int = 32633,
              nodata: float | None = NODATA) -> str:
    """A GeoTIFF with the top-left corner at origin; NaN cells are written as NoData."""
    rows, cols = array.shape
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((origin[0], cell[0], 0.0, origin[1], 0.0, -cell[1]))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    data = np.asarray(array, dtype=np.float64)
    if nodata is not None:
        band.SetNoDataValue(nodata)
        data = np.where(np.isnan(data), nodata, data)
    band.WriteArray(data.astype(np.float32))
    ds = None
    return str(path)


def cell_rect_wkt(r0, r1, c0, c1, origin=(500000.0, 4000000.0), cell=(10.0, 10.0), shrink=0.0) -> str:
    x0, y0 = origin[0] + c0 * cell[0] + shrink, origin[1] - r1 * cell[1] + shrink
    x1, y1 = origin[0] + c1 * cell[0] - shrink, origin[1] - r0 * cell[1] - shrink
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def memory_layer(geometry: str, crs: str, rows, fields: str = "core_id:integer", name: str = "cores"):
    """A memory layer; rows are (wkt, [attributes])."""
    layer = QgsVectorLayer(f"{geometry}?crs={crs}&field=" + "&field=".join(fields.split(",")), name, "memory")
    features = []
    for wkt, attrs in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes(list(attrs))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()
    return layer


def file_layer(layer):
    """The memory layer written to its own GeoPackage and opened from there. Panels pass memory layers to their
    Processing worker by id, so the worker reads the main thread's layer; a file layer is opened afresh in the worker,
    which keeps the main thread's event loop (tests spin it while the run goes) away from a shared layer."""
    import tempfile

    from qgis.core import QgsCoordinateTransformContext, QgsVectorFileWriter

    path = Path(tempfile.mkdtemp(prefix="ccsg_layer_")) / f"{layer.name().replace(' ', '_')}.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(layer, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    out = QgsVectorLayer(str(path), layer.name(), "ogr")
    assert out.isValid() and out.featureCount() == layer.featureCount()
    return out


def dijkstra(res: np.ndarray, sources: np.ndarray, dx: float, dy: float) -> np.ndarray:
    """Plain 8-neighbour Dijkstra by the contract: mean resistance of the two cells times the step length.

    Runs on the float32 values a test GeoTIFF holds.
    """
    res = np.asarray(res, dtype=np.float32).astype(np.float64)
    h, w = res.shape
    ok = np.isfinite(res) & (res > 0)
    dist = np.full(res.shape, np.inf)
    heap = [(0.0, int(r), int(c)) for r, c in zip(*np.nonzero(sources & ok))]
    for _, r, c in heap:
        dist[r, c] = 0.0
    heapq.heapify(heap)
    while heap:
        d, r, c = heapq.heappop(heap)
        if d > dist[r, c]:
            continue
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                rr, cc = r + dr, c + dc
                if (dr or dc) and 0 <= rr < h and 0 <= cc < w and ok[rr, cc]:
                    nd = d + 0.5 * (res[r, c] + res[rr, cc]) * math.hypot(dc * dx, dr * dy)
                    if nd < dist[rr, cc]:
                        dist[rr, cc] = nd
                        heapq.heappush(heap, (nd, rr, cc))
    return dist


def read_tif(path) -> np.ndarray:
    ds = gdal.Open(str(path))
    band = ds.GetRasterBand(1)
    a = band.ReadAsArray().astype(np.float64)
    nd = band.GetNoDataValue()
    if nd is not None:
        a[a == np.float32(nd)] = np.nan
    return a


def files_in(folder: Path) -> list:
    return sorted(p.name for p in Path(folder).rglob("*") if p.is_file())


def gpkg_layer(path, name, wkts, epsg=None, geometry=ogr.wkbPolygon) -> QgsVectorLayer:
    """A GeoPackage layer written by OGR with a core_id per feature; epsg None stores the GeoPackage's
    'Undefined geographic SRS'."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = None
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
    layer = ds.CreateLayer(name, srs, geometry)
    layer.CreateField(ogr.FieldDefn("core_id", ogr.OFTInteger))
    for i, wkt in enumerate(wkts, start=1):
        feature = ogr.Feature(layer.GetLayerDefn())
        feature["core_id"] = i
        feature.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(feature)
    ds = None
    out = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert out.isValid()
    return out
