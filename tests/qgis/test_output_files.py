"""Output files land under exactly the name given, in the format its extension names (or are refused); a full,
read-only or forbidden disk is a clear failure that names the folder and leaves nothing behind."""

from __future__ import annotations

import contextlib
import os
import subprocess
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis import processing
from qgis.core import QgsProcessingException, QgsVectorLayer

from tests.qgis.lcp_helpers import (
    cell_rect_wkt,
    dijkstra,
    files_in,
    memory_layer,
    read_tif,
    write_tif,
)

ORIGIN = (500000.0, 4000000.0)
CELL = (10.0, 10.0)


def source_point(r=2, c=2):
    x, y = ORIGIN[0] + (c + 0.5) * CELL[0], ORIGIN[1] - (r + 0.5) * CELL[1]
    return memory_layer("Point", "EPSG:32633", [(f"POINT({x} {y})", [1])], "id:integer")


def resistance(tmp_path, shape=(12, 15)):
    res = np.random.default_rng(11).uniform(1, 9, shape)
    return res, write_tif(tmp_path / "res.tif", res)


def reference_cost(res, r=2, c=2):
    sources = np.zeros(res.shape, bool)
    sources[r, c] = True
    return dijkstra(res, sources, *CELL)


# ----- names and formats ---------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["corr[1].tif", "cost*?.tif", "no_extension"])
def test_raster_lands_under_the_exact_name(provider, tmp_path, name):
    res, res_path = resistance(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    result = processing.run("ccsg:costdistance", {"RESISTANCE": res_path, "SOURCES": source_point(),
                                                  "OUTPUT": str(out / name)})
    assert result["OUTPUT"] == str(out / name)
    assert [p.name for p in out.iterdir() if p.name.startswith(".ccsg_partial")] == []
    assert (out / name).is_file()
    assert gdal.Open(str(out / name)).GetDriver().ShortName == "GTiff"
    np.testing.assert_allclose(read_tif(out / name), reference_cost(res), rtol=1e-5)


@pytest.mark.parametrize(("ext", "driver"), [(".asc", "AAIGrid"), (".sdat", "SAGA")])
def test_raster_extension_gets_its_own_format(provider, tmp_path, ext, driver):
    res, res_path = resistance(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"cost{ext}"
    processing.run("ccsg:costdistance", {"RESISTANCE": res_path, "SOURCES": source_point(), "OUTPUT": str(target)})
    ds = gdal.Open(str(target))
    assert ds.GetDriver().ShortName == driver  # never GeoTIFF bytes under another name
    with open(target, "rb") as handle:
        assert handle.read(4) not in (b"II*\x00", b"MM\x00*")
    assert [p.name for p in out.iterdir() if p.name.startswith(".ccsg_partial")] == []
    np.testing.assert_allclose(read_tif(target), reference_cost(res), rtol=1e-5)


def test_raster_extension_without_a_writer_is_refused(provider, tmp_path):
    _res, res_path = resistance(tmp_path)
    with pytest.raises(QgsProcessingException) as info:
        processing.run("ccsg:costdistance", {"RESISTANCE": res_path, "SOURCES": source_point(),
                                             "OUTPUT": str(tmp_path / "out" / "cost.csv")})
    assert "cannot write a raster as a .csv file" in str(info.value)
    assert not (tmp_path / "out").exists() or files_in(tmp_path / "out") == []


@pytest.mark.parametrize("name", ["paths[1].gpkg", "paths_no_ext", "paths.csv", "paths.shp"])
def test_vector_lands_under_the_exact_name_in_its_format(provider, tmp_path, name):
    res, res_path = resistance(tmp_path)
    out = tmp_path / "out"
    out.mkdir()
    x, y = ORIGIN[0] + 12.5 * CELL[0], ORIGIN[1] - 9.5 * CELL[1]
    dst = memory_layer("Point", "EPSG:32633", [(f"POINT({x} {y})", [7])], "id:integer")
    processing.run("ccsg:leastcostpath", {"RESISTANCE": res_path, "SOURCES": source_point(), "DESTINATIONS": dst,
                                          "OUTPUT": str(out / name)})
    assert (out / name).is_file()
    assert [p.name for p in out.iterdir() if p.name.startswith(".ccsg_partial")] == []
    ds = gdal.OpenEx(str(out / name), gdal.OF_VECTOR)
    expected = {".csv": "CSV", ".shp": "ESRI Shapefile"}.get(Path(name).suffix, "GPKG")
    assert ds.GetDriver().ShortName == expected
    if expected == "ESRI Shapefile":
        assert sorted(p.name for p in out.iterdir())[:2] == ["paths.cpg", "paths.dbf"]
    feature = ds.GetLayer(0).GetNextFeature()
    assert float(feature.GetField("cost")) == pytest.approx(reference_cost(res)[9, 12], rel=1e-5)
    geometry = feature.GetGeometryRef() if expected != "CSV" else ogr.CreateGeometryFromWkt(feature.GetField("WKT"))
    assert geometry is not None and geometry.GetPointCount() >= 2  # the CSV keeps the line as WKT


def test_vector_extension_without_a_writer_is_refused(provider, tmp_path):
    _res, res_path = resistance(tmp_path)
    with pytest.raises(QgsProcessingException) as info:
        processing.run("ccsg:leastcostpath", {"RESISTANCE": res_path, "SOURCES": source_point(),
                                              "DESTINATIONS": source_point(5, 5), "OUTPUT": str(tmp_path / "x.tif")})
    assert "cannot write a vector layer as a .tif file" in str(info.value)
    assert not (tmp_path / "x.tif").exists()


@pytest.mark.parametrize("target", ["postgres://dbname=gis table=paths", "ogr:dbname='/tmp/x.gpkg' table=\"t\" (geom)",
                                    "postgis:dbname=gis"])
def test_database_destination_is_refused_clearly(provider, tmp_path, target):
    _res, res_path = resistance(tmp_path)
    with pytest.raises(QgsProcessingException) as info:
        processing.run("ccsg:costdistance", {"RESISTANCE": res_path, "SOURCES": source_point(), "OUTPUT": target})
    assert "is not a file" in str(info.value) and "writes files only" in str(info.value)


# ----- full, read-only and forbidden disks ---------------------------------------------------------------------------
@contextlib.contextmanager
def mounted_tmpfs(path: Path, size: str, read_only: bool = False):
    """A small tmpfs at path (root only); the test is skipped, with the reason, where mounting is refused."""
    path.mkdir(parents=True, exist_ok=True)
    options = f"size={size}" + (",ro" if read_only else "")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(path)], capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a {size} tmpfs here (needs root): {done.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def corridor_params(tmp_path, out: Path, size=(160, 160)):
    res = np.random.default_rng(2).uniform(1, 100, size)
    rects = [(5, 15, 5, 15), (5, 15, 140, 150), (140, 150, 70, 80)]
    cores = memory_layer("Polygon", "EPSG:32633", [(cell_rect_wkt(*r, ORIGIN, CELL), [i + 1])
                                                   for i, r in enumerate(rects)])
    return {"CORES": cores, "CORE_ID_FIELD": "core_id", "RESISTANCE": write_tif(tmp_path / "res.tif", res),
            "NEIGHBOURS": 8, "MAX_EUCLIDEAN_DISTANCE": 0, "WIDTH_CUTOFF": 0, "DROP_VIA_CORE": True,
            "OUTPUT_CORRIDORS": str(out / "corridors.tif"), "OUTPUT_PATHS": str(out / "paths.gpkg"),
            "OUTPUT_POLYGONS": str(out / "polygons.gpkg")}


@pytest.mark.parametrize("size", ["200k", "600k"])
def test_full_disk_is_a_clear_failure_with_nothing_left(provider, tmp_path, size):
    with mounted_tmpfs(tmp_path / "disk", size) as disk:
        params = corridor_params(tmp_path, disk, size=(400, 400))  # about 800 KB of outputs
        with pytest.raises(QgsProcessingException) as info:
            processing.run("ccsg:leastcostcorridors", params)
        message = str(info.value)
        assert f"The disk holding {disk} is full" in message, message
        assert "Free some space" in message
        assert sorted(os.listdir(disk)) == [], "a half-written output or a temporary file was left"


def test_outputs_that_fit_are_complete_on_a_small_disk(provider, tmp_path):
    """The same run on a 4 MiB disk succeeds, and every output re-opens with its layer (the write checks do not
    refuse good writes)."""
    with mounted_tmpfs(tmp_path / "disk", "4m") as disk:
        params = corridor_params(tmp_path, disk)
        processing.run("ccsg:leastcostcorridors", params)
        names = os.listdir(disk)
        assert {"corridors.tif", "paths.gpkg", "polygons.gpkg"} <= set(names)
        assert [n for n in names if n.startswith(".ccsg_partial")] == []
        assert QgsVectorLayer(str(disk / "polygons.gpkg"), "p", "ogr").featureCount() == 3
        assert QgsVectorLayer(str(disk / "paths.gpkg"), "p", "ogr").featureCount() == 3


def test_full_disk_of_the_check_report_leaves_neither_output(provider, tmp_path):
    from tests.qgis import check_fixtures as fx

    corridors = fx.corridors_layer([(f"c{i}", fx.rectangle(300 + 50 * i), fx.FULL_ATTRIBUTES) for i in range(6)])
    with mounted_tmpfs(tmp_path / "disk", "64k") as disk:
        with pytest.raises(QgsProcessingException) as info:
            processing.run("ccsg:checkcorridors", {"CORRIDORS": corridors, "CORES": fx.cores_layer(),
                                                   "OUTPUT": str(disk / "checked.gpkg"),
                                                   "REPORT": str(disk / "report.html")})
        assert f"The disk holding {disk} is full" in str(info.value), str(info.value)
        assert sorted(os.listdir(disk)) == []


def test_read_only_folder_is_named_before_computing(provider, tmp_path):
    with mounted_tmpfs(tmp_path / "ro", "1m", read_only=True) as folder:
        params = corridor_params(tmp_path, folder, size=(30, 30))
        params["CORES"] = memory_layer("Polygon", "EPSG:32633", [
            (cell_rect_wkt(2, 5, 2, 5, ORIGIN, CELL), [1]), (cell_rect_wkt(20, 25, 20, 25, ORIGIN, CELL), [2])])
        with pytest.raises(QgsProcessingException) as info:
            processing.run("ccsg:leastcostcorridors", params)
        message = str(info.value)
        assert f"The folder {folder} is on a read-only disk" in message, message
        assert "Choose an output folder you can write to" in message


def test_permission_denied_folder_is_named():
    """A folder the user may not write in (checked as an unprivileged user when the tests run as root)."""
    import shutil
    import tempfile

    from ccsg_plugin.core.errors import CcsgError
    from ccsg_plugin.gis import destinations

    top = Path(tempfile.mkdtemp(prefix="ccsg_perm_", dir="/tmp"))  # /tmp: every user may reach it
    os.chmod(top, 0o755)
    folder = top / "locked"
    folder.mkdir()
    os.chmod(folder, 0o555)
    target = {"OUTPUT": (str(folder / "cost.tif"), "raster")}
    if os.geteuid() != 0:
        with pytest.raises(CcsgError) as info:
            destinations.check(target)
        message = str(info.value)
    else:  # root writes anywhere: the check runs in a child process that drops to the 'nobody' user
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: no QGIS call, only the file checks
            os.close(read)
            text = "no error"
            try:
                os.setgid(65534)
                os.setuid(65534)
                destinations.check(target)
            except CcsgError as exc:
                text = str(exc)
            except BaseException as exc:  # reported to the parent
                text = f"unexpected {exc!r}"
            os.write(write, text.encode("utf-8"))
            os._exit(0)
        os.close(write)
        os.waitpid(pid, 0)
        with os.fdopen(read, "rb") as pipe:
            message = pipe.read().decode("utf-8")
    os.chmod(folder, 0o755)
    left = os.listdir(folder)
    shutil.rmtree(top)
    assert f"You may not write in the folder {folder} (permission denied)" in message, message
    assert left == []


def _fill_leaving(disk: Path, free_bytes: int) -> None:
    for name in os.listdir(disk):
        os.unlink(disk / name)
    stat = os.statvfs(disk)
    with open(disk / "filler", "wb") as handle:
        handle.write(b"\0" * max(0, stat.f_blocks * stat.f_frsize - free_bytes))


def test_writers_on_a_nearly_full_disk_never_report_a_broken_file(tmp_path):
    """Free space from 100 to 300 KiB, 4 KiB apart: every write either gives a complete file (all features / all
    cells read back) or fails naming the full disk with nothing left. Unchecked, some GeoPackages close without
    error and without their layer."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsField, QgsFields, QgsGeometry, QgsWkbTypes
    from qgis.PyQt.QtCore import QVariant

    from ccsg_plugin.core.errors import CcsgError
    from ccsg_plugin.gis import writers

    fields = QgsFields()
    fields.append(QgsField("a", QVariant.Int))
    crs = QgsCoordinateReferenceSystem("EPSG:32633")
    rows = [(QgsGeometry.fromWkt(f"POLYGON(({i} 0,{i + 1} 0,{i + 1} 1,{i} 0))"), [i]) for i in range(300)]
    cells = np.random.default_rng(1).uniform(0, 1, (120, 120))  # about 55 KB compressed
    outcomes = set()
    with mounted_tmpfs(tmp_path / "disk", "400k") as disk:
        for free_k in range(100, 304, 4):
            for kind in ("vector", "raster"):
                _fill_leaving(disk, free_k * 1024)
                try:
                    if kind == "vector":
                        out = writers.write_vector(disk / "x.gpkg", fields, QgsWkbTypes.Polygon, crs, rows)
                        layer = QgsVectorLayer(str(out), "x", "ogr")
                        assert layer.isValid() and layer.featureCount() == 300, (free_k, "a broken GeoPackage")
                    else:
                        out = writers.write_geotiff(disk / "x.tif", cells, (0, 1, 0, 0, 0, -1), crs)
                        np.testing.assert_array_equal(read_tif(out), cells.astype(np.float32))
                    outcomes.add((kind, "written"))
                except CcsgError as exc:
                    assert f"The disk holding {disk} is full" in str(exc), (free_k, str(exc))
                    assert sorted(os.listdir(disk)) == ["filler"], (free_k, os.listdir(disk))
                    outcomes.add((kind, "refused"))
    assert outcomes == {("vector", "written"), ("vector", "refused"), ("raster", "written"), ("raster", "refused")}
