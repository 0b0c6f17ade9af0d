"""Writing results: GeoTIFF (compressed, tiled; other GDAL formats by extension), vector files (format from the
extension, GeoPackage by default) and text files (the check report, links.json).

Every writer refuses to replace an existing file, and writes under a temporary name in the same folder
(`.ccsg_partial_<pid>_<random>_<name>`), checked by re-opening it and then renamed into place by exact names (the
files GDAL reports, never a pattern): an error, a full disk or a cancel never leaves a half-written output, and the
temporary files of a killed run are removed by the next write into that folder (their process is gone).
"""

from __future__ import annotations

import errno
import math
import os
import re
import shutil
import uuid
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFields,
    QgsProject,
    QgsVectorFileWriter,
    QgsWkbTypes,
)

from ccsg_plugin.core.errors import Cancelled, CcsgError
from ccsg_plugin.i18n import tr

gdal.UseExceptions()
ogr.UseExceptions()

FLOAT32_NODATA = -3.4028234663852886e38  # the float32 lowest value, what ArcGIS and Linkage Mapper use
PARTIAL_PREFIX = ".ccsg_partial_"
_PARTIAL = re.compile(r"\.ccsg_partial_(\d+)_[0-9a-f]{8}_")
_LOW_SPACE = 1 << 20  # a write that fails with less than 1 MiB left on the disk is reported as a full disk
_DISK_FULL_TEXT = ("no space left", "disk is full", "disk full", "not enough space", "write error", "enospc")


def existing_error(path) -> CcsgError:
    return CcsgError(
        tr("The output file {0} already exists; choose another name or delete it first "
           "(the toolkit never overwrites files).", str(path))
    )


def _check_target(path: Path) -> Path:
    path = Path(path)
    if os.path.lexists(path):
        raise existing_error(path)
    if not path.parent.exists():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise write_error(path, exc) from exc
    clean_stale_partials(path.parent)
    return path


def _temp_twin(path: Path) -> Path:
    return path.with_name(f"{PARTIAL_PREFIX}{os.getpid()}_{uuid.uuid4().hex[:8]}_{path.name}")


def _alive(pid: int) -> bool:
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process on Windows: leftovers there are only ignored
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists but belongs to another user
        return True
    return True


def clean_stale_partials(folder) -> list:
    """Remove temporary files of writers whose process is gone (a killed run); live writers' files stay."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _PARTIAL.match(entry.name)
        if match and int(match.group(1)) != os.getpid() and not _alive(int(match.group(1))):
            try:
                if entry.is_dir(follow_symlinks=False):
                    shutil.rmtree(entry.path)
                else:
                    os.unlink(entry.path)
                removed.append(entry.name)
            except OSError:
                pass  # ignored: a temporary name never collides with a real output
    return removed


def disk_full(folder, exc: BaseException | None = None) -> bool:
    """True when a failed write is best explained by a full disk (errno, GDAL/SQLite text, or little space left)."""
    if isinstance(exc, OSError) and exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return True
    text = str(exc).lower() if exc is not None else ""
    if any(t in text for t in _DISK_FULL_TEXT):
        return True
    try:
        stat = os.statvfs(folder)
    except OSError:
        return False
    return stat.f_bavail * stat.f_frsize < _LOW_SPACE


def write_error(path, exc: BaseException | None = None) -> CcsgError:
    """The message for a write that failed: a full disk, a read-only or forbidden folder, or the raw reason."""
    path = Path(path)
    folder = path.parent
    code = getattr(exc, "errno", None)
    if code == errno.EROFS:
        return CcsgError(tr("The folder {0} is on a read-only disk, so {1} cannot be written there. Choose an output "
                            "folder you can write to.", str(folder), path.name))
    if code in (errno.EACCES, errno.EPERM):
        return CcsgError(tr("You may not write in the folder {0} (permission denied), so {1} cannot be written "
                            "there. Choose an output folder you can write to, or ask for write access.",
                            str(folder), path.name))
    if disk_full(folder if folder.exists() else folder.parent, exc):
        return CcsgError(tr("The disk holding {0} is full: {1} could not be written, and nothing was kept. Free "
                            "some space or choose an output folder on another disk.", str(folder), path.name))
    return CcsgError(tr("Could not write {0}: {1}. Nothing was kept.", str(path), exc))


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


def _remove_files(files) -> None:
    for p in files:
        try:
            if os.path.lexists(p):
                os.unlink(p)
        except OSError:
            pass


def _rename_into_place(temp: Path, final: Path, files) -> list:
    """Move the temporary file and its companions (exact names from GDAL, e.g. shapefile parts, .prj) to final.

    Companions take the final stem in place of the temporary one; the main file moves last, so the output only
    appears once everything it needs is there.
    """
    temp_stem = temp.name[: len(temp.name) - len(final.suffix)] if final.suffix else temp.name
    moves = []
    for name in dict.fromkeys(Path(f).name for f in files):
        if name == temp.name or not name.startswith(temp_stem):
            continue
        moves.append((temp.parent / name, final.with_name(final.stem + name[len(temp_stem):])))
    for _source, target in moves:
        if os.path.lexists(target):
            raise existing_error(target)
    moves.append((temp, final))
    done = []
    for source, target in moves:
        os.replace(source, target)
        done.append(target)
    return done


def _check_file_name(path: Path) -> None:
    if path.name.startswith(PARTIAL_PREFIX):
        raise CcsgError(tr("Output names may not start with {0}: the toolkit keeps that prefix for its temporary "
                           "files. Choose another name.", PARTIAL_PREFIX))


_GDAL_TYPES = {"float32": gdal.GDT_Float32, "float64": gdal.GDT_Float64, "int32": gdal.GDT_Int32,
               "uint8": gdal.GDT_Byte}


def raster_driver_for(path) -> str:
    """The GDAL driver that writes rasters with this file's extension (GTiff without one); CcsgError when none."""
    ext = Path(path).suffix.lower().lstrip(".")
    if ext in ("", "tif", "tiff"):
        return "GTiff"
    for i in range(gdal.GetDriverCount()):
        driver = gdal.GetDriver(i)
        meta = driver.GetMetadata() or {}
        if meta.get("DCAP_RASTER") != "YES" or not ("DCAP_CREATE" in meta or "DCAP_CREATECOPY" in meta):
            continue
        if ext in (meta.get("DMD_EXTENSIONS") or meta.get("DMD_EXTENSION") or "").lower().split():
            return driver.ShortName
    raise CcsgError(tr("The toolkit cannot write a raster as a .{0} file ({1}). Use .tif (GeoTIFF), or another "
                       "raster format GDAL writes, such as .asc or .sdat.", ext, str(path)))


def write_geotiff(path, array: np.ndarray, geotransform, crs: QgsCoordinateReferenceSystem,
                  dtype: str = "float32", nodata: float | None = FLOAT32_NODATA) -> Path:
    """Write a 2-D array as a single-band raster: a GeoTIFF (DEFLATE, tiled) unless the extension names another
    GDAL format. NaN and inf become NoData. The file is re-read and compared."""
    final = Path(path)
    _check_file_name(final)
    driver_name = raster_driver_for(final)
    final = _check_target(final)
    # Converted strip by strip (NoData, type) as it is written and verified: a 10 000 x 10 000 float64 mosaic is
    # never copied whole (the old whole-array conversion held two more copies of it).
    data = Strips(np.asarray(array), dtype, nodata)
    rows, cols = data.shape
    temp = _temp_twin(final)
    files = [str(temp)]
    try:
        try:
            if driver_name == "GTiff":
                options = ["COMPRESS=DEFLATE", "TILED=YES", "BIGTIFF=IF_SAFER"]
                if dtype.startswith("float"):
                    options.append("PREDICTOR=3" if dtype == "float32" else "PREDICTOR=1")
                ds = gdal.GetDriverByName("GTiff").Create(str(temp), cols, rows, 1, _GDAL_TYPES[dtype], options)
                _fill(ds, data, geotransform, crs, nodata)
            else:  # another format: an in-memory copy written with CreateCopy, which every writing driver has
                mem = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, _GDAL_TYPES[dtype])
                _fill(mem, data, geotransform, crs, nodata)
                ds = gdal.GetDriverByName(driver_name).CreateCopy(str(temp), mem, 0)
                mem = None
            if ds is None:
                raise RuntimeError(gdal.GetLastErrorMsg() or "GDAL returned no dataset")
            if ds.FlushCache() not in (None, gdal.CE_None):
                raise RuntimeError(gdal.GetLastErrorMsg() or "FlushCache failed")
            files = [str(temp)] + [f for f in (ds.GetFileList() or []) if f != str(temp)]
            ds = None  # closes the file: the last blocks are written here
            _verify_raster(temp, data, exact=driver_name == "GTiff")
        except (RuntimeError, OSError, ValueError) as exc:
            raise write_error(final, exc) from exc
        files = list(dict.fromkeys(files + _aux_files(temp)))
        _rename_into_place(temp, final, files)
    except BaseException:
        ds = mem = None
        _remove_files(files + _aux_files(temp))
        raise
    return final


class Strips:
    """An array as the writer sees it: strips of rows, each converted on demand (non-finite -> NoData, dtype)."""

    ROWS = 256  # the GeoTIFF tile height: a strip fills whole tiles

    def __init__(self, array: np.ndarray, dtype: str, nodata):
        self.array, self.dtype, self.nodata = array, dtype, nodata
        self.shape = array.shape

    def strip(self, r0: int, r1: int) -> np.ndarray:
        block = np.asarray(self.array[r0:r1])
        if block.dtype.kind == "f" and self.nodata is not None:
            block = np.where(np.isfinite(block), block, self.nodata)
        return block.astype(self.dtype, copy=False)

    def starts(self, step: int):
        return range(0, self.shape[0], max(1, step))


def _fill(ds, data: Strips, geotransform, crs, nodata) -> None:
    ds.SetGeoTransform(tuple(geotransform))
    ds.SetProjection(crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED_GDAL))
    band = ds.GetRasterBand(1)
    if nodata is not None:
        band.SetNoDataValue(float(nodata))
    for r0 in data.starts(Strips.ROWS):
        if band.WriteArray(data.strip(r0, r0 + Strips.ROWS), 0, r0) not in (None, gdal.CE_None, 0):
            raise RuntimeError(gdal.GetLastErrorMsg() or "WriteArray failed")


def _aux_files(temp: Path) -> list:
    aux = temp.with_name(temp.name + ".aux.xml")
    return [str(aux)] if aux.exists() else []


def _verify_raster(temp: Path, data: Strips, exact: bool) -> None:
    """Re-open the written file and compare it with the data, in strips (a truncated tile fails to read).
    Text formats (.asc) keep about 8 significant digits: compared to that precision."""
    ds = gdal.Open(str(temp))
    if ds is None or (ds.RasterYSize, ds.RasterXSize) != data.shape:
        raise RuntimeError(f"the written file reads back as another size than {data.shape}")
    band = ds.GetRasterBand(1)
    step = max(1, (1 << 18) // max(1, data.shape[1]))  # short reads: the GIL is not held for long at a time
    for r0 in data.starts(step):
        back = band.ReadAsArray(0, r0, data.shape[1], min(step, data.shape[0] - r0))
        want = data.strip(r0, r0 + step)
        if back is None or back.shape != want.shape:
            raise RuntimeError("the written file cannot be read back")
        if exact:
            same = np.array_equal(back.astype(want.dtype), want, equal_nan=want.dtype.kind == "f")
        else:
            same = np.allclose(back.astype(want.dtype), want, rtol=1e-6, atol=0, equal_nan=True)
        if not same:
            raise RuntimeError("the written file does not read back as written")
    ds = None


def vector_driver_for(path) -> str:
    """The OGR driver for this file's extension (GeoPackage without one); CcsgError when none writes it."""
    ext = Path(path).suffix.lower().lstrip(".")
    if not ext:
        return "GPKG"
    driver = QgsVectorFileWriter.driverForExtension(ext)
    if not driver:
        raise CcsgError(tr("The toolkit cannot write a vector layer as a .{0} file ({1}). Use .gpkg (GeoPackage), "
                           ".shp, .geojson or another vector format QGIS writes.", ext, str(path)))
    return driver


# Kept for callers that ask which driver a path gets.
driver_for = vector_driver_for


def write_vector(path, fields: QgsFields, geometry_type, crs: QgsCoordinateReferenceSystem, rows,
                 layer_name: str | None = None, is_cancelled=None) -> Path:
    """Write features [(QgsGeometry, [attribute values])] to a new vector file (format from the extension).

    The file is re-opened after writing and must hold the layer with every feature (a GeoPackage on a full disk
    can close without error and without its layer)."""
    final = Path(path)
    _check_file_name(final)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = vector_driver_for(final)
    final = _check_target(final)
    temp = _temp_twin(final)
    if not final.suffix:  # QGIS would add ".gpkg" to the temporary name; the rename gives the exact name back
        temp = temp.with_name(temp.name + ".gpkg")
    options.fileEncoding = "UTF-8"
    options.layerName = layer_name or final.stem
    if options.driverName == "CSV":
        options.layerOptions = ["GEOMETRY=AS_WKT"]  # a CSV keeps the geometry as a WKT column
    writer = None
    files = [str(temp)]
    written = 0
    try:
        try:
            writer = QgsVectorFileWriter.create(str(temp), fields, geometry_type, crs,
                                                QgsProject.instance().transformContext(), options)
            if writer.hasError() != QgsVectorFileWriter.NoError:
                raise OSError(writer.errorMessage())
            for geom, attrs in rows:
                if is_cancelled is not None and is_cancelled():
                    raise Cancelled()
                feature = QgsFeature(fields)
                feature.setGeometry(geom)
                feature.setAttributes(list(attrs))
                if not writer.addFeature(feature):
                    raise OSError(writer.errorMessage())
                written += 1
            del writer  # closes the file (GeoPackage: commits, flushes and removes -wal/-shm)
            writer = None
            files = [str(temp), *_verify_vector(temp, options.layerName, written)]
        except (RuntimeError, OSError) as exc:
            raise write_error(final, exc) from exc
        _rename_into_place(temp, final, files)
    except BaseException:
        writer = None  # noqa: F841 - releasing the writer closes the file before it is removed
        stem = temp.name[: len(temp.name) - len(final.suffix)] if final.suffix else temp.name
        _remove_files(files + [str(p) for p in temp.parent.iterdir() if p.name.startswith(stem)])
        raise
    return final


def _verify_vector(temp: Path, layer_name: str, count: int) -> list:
    """Re-open a written vector file: it must hold the layer with `count` features. Returns GDAL's file list."""
    ds = gdal.OpenEx(str(temp), gdal.OF_VECTOR)
    if ds is None:
        raise RuntimeError("the written file cannot be opened")
    layer = ds.GetLayerByName(layer_name) or (ds.GetLayer(0) if ds.GetLayerCount() == 1 else None)
    if layer is None:
        raise RuntimeError(f"the written file holds no layer {layer_name}")
    if layer.GetFeatureCount() != count:
        raise RuntimeError(f"the written file holds {layer.GetFeatureCount()} features, not {count}")
    files = list(ds.GetFileList() or [])
    layer = ds = None
    return files


def write_text(path, text: str) -> Path:
    """Write a text file (UTF-8) under a temporary name, read it back, rename it into place."""
    final = _check_target(Path(path))
    temp = _temp_twin(final)
    data = text.encode("utf-8")
    try:
        try:
            with open(temp, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if temp.stat().st_size != len(data):
                raise OSError(errno.EIO, "the written file is shorter than its text")
        except OSError as exc:
            raise write_error(final, exc) from exc
        _rename_into_place(temp, final, [temp])
    except BaseException:
        _remove_files([temp])
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
