"""Writing results: GeoTIFF (compressed, tiled) and vector files (GeoPackage by default).

Every writer refuses to replace an existing file unless asked, and writes under a temporary name in the same
folder, renamed into place only once complete: an error or a cancel never leaves a half-written output.
"""

from __future__ import annotations

import math
import os
import uuid
from pathlib import Path

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsProject,
    QgsVectorFileWriter,
    QgsWkbTypes,
)

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.i18n import tr

gdal.UseExceptions()

FLOAT32_NODATA = -3.4028234663852886e38  # the float32 lowest value, what ArcGIS and Linkage Mapper use
_SIDECARS = (".qml", ".qmd", ".aux.xml", ".tif.aux.xml", ".tif.qml", ".tif.qmd")


def _check_target(path: Path, overwrite: bool) -> Path:
    path = Path(path)
    if path.exists() and not overwrite:
        raise CcsgError(
            tr("The output file {0} already exists; choose another name or delete it first "
               "(the toolkit never overwrites files).", str(path))
        )
    if not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    return path


def _temp_twin(path: Path) -> Path:
    return path.with_name(f".ccsg_partial_{uuid.uuid4().hex[:8]}_{path.name}")


def remove_output(path) -> None:
    """Delete a written output and its sidecar files (style, metadata, GDAL aux, shapefile parts)."""
    path = Path(path)
    candidates = [path] + [path.with_name(path.name + s) for s in (".aux.xml", ".qml", ".qmd")]
    candidates += [path.with_suffix(s) for s in (".qml", ".qmd", ".shx", ".dbf", ".prj", ".cpg")]
    if path.suffix.lower() == ".gpkg":
        candidates += [path.with_name(path.name + s) for s in ("-wal", "-shm", "-journal")]
    for p in candidates:
        if p.exists() and p.is_file():
            p.unlink()


def _rename_into_place(temp: Path, final: Path) -> None:
    """Move temp (and its same-stem sidecars, e.g. shapefile parts) to final."""
    for sibling in list(temp.parent.glob(temp.stem + ".*")):
        target = final.with_name(final.stem + sibling.name[len(temp.stem):])
        os.replace(sibling, target)


def write_geotiff(path, array: np.ndarray, geotransform, crs: QgsCoordinateReferenceSystem,
                  dtype: str = "float32", nodata: float | None = FLOAT32_NODATA, overwrite: bool = False) -> Path:
    """Write a 2-D array as a single-band GeoTIFF (DEFLATE, tiled). NaN and inf become NoData."""
    final = _check_target(Path(path), overwrite)
    gdal_type = {"float32": gdal.GDT_Float32, "float64": gdal.GDT_Float64, "int32": gdal.GDT_Int32,
                 "uint8": gdal.GDT_Byte}[dtype]
    data = np.asarray(array)
    if data.dtype.kind == "f" and nodata is not None:
        data = np.where(np.isfinite(data), data, nodata)
    data = data.astype(dtype)
    rows, cols = data.shape
    options = ["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"]
    if dtype.startswith("float"):
        options.append("PREDICTOR=3" if dtype == "float32" else "PREDICTOR=1")
    temp = _temp_twin(final)
    try:
        ds = gdal.GetDriverByName("GTiff").Create(str(temp), cols, rows, 1, gdal_type, options)
        ds.SetGeoTransform(tuple(geotransform))
        ds.SetProjection(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL))
        band = ds.GetRasterBand(1)
        if nodata is not None:
            band.SetNoDataValue(float(nodata))
        band.WriteArray(data)
        band.FlushCache()
        ds.FlushCache()
        band = ds = None
        if overwrite:
            remove_output(final)
        _rename_into_place(temp, final)
    except BaseException:
        remove_output(temp)
        raise
    return final


_DRIVERS = {".gpkg": "GPKG", ".shp": "ESRI Shapefile", ".geojson": "GeoJSON", ".json": "GeoJSON",
            ".sqlite": "SQLite", ".csv": "CSV", ".fgb": "FlatGeobuf"}


def driver_for(path: Path) -> str:
    return _DRIVERS.get(Path(path).suffix.lower(), "GPKG")


def write_vector(path, fields: QgsFields, geometry_type, crs: QgsCoordinateReferenceSystem, rows,
                 layer_name: str | None = None, overwrite: bool = False, is_cancelled=None) -> Path:
    """Write features [(QgsGeometry, [attribute values])] to a new vector file (format from the extension)."""
    final = _check_target(Path(path), overwrite)
    temp = _temp_twin(final)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = driver_for(final)
    options.fileEncoding = "UTF-8"
    options.layerName = layer_name or final.stem
    writer = None
    try:
        writer = QgsVectorFileWriter.create(str(temp), fields, geometry_type, crs,
                                            QgsProject.instance().transformContext(), options)
        if writer.hasError() != QgsVectorFileWriter.NoError:
            raise CcsgError(tr("Could not create {0}: {1}", str(final), writer.errorMessage()))
        for geom, attrs in rows:
            if is_cancelled is not None and is_cancelled():
                from ccsg_plugin.core.errors import Cancelled

                raise Cancelled()
            feature = QgsFeature(fields)
            feature.setGeometry(geom)
            feature.setAttributes(list(attrs))
            if not writer.addFeature(feature):
                raise CcsgError(tr("Could not write a feature to {0}: {1}", str(final), writer.errorMessage()))
        del writer  # closes the file (GeoPackage: flushes and removes -wal/-shm)
        writer = None
        if overwrite:
            remove_output(final)
        _rename_into_place(temp, final)
    except BaseException:
        writer = None  # noqa: F841 - releasing the writer closes the file before it is removed
        remove_output(temp)
        raise
    return final


def clean_number(value):
    """A JSON/attribute-safe float: None for NaN or inf."""
    if value is None:
        return None
    value = float(value)
    return value if math.isfinite(value) else None


def geometry_type_name(geometry_type) -> str:
    return QgsWkbTypes.displayString(geometry_type)
