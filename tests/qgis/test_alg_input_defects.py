"""Bad input layers and files (issue 10): undefined GeoPackage SRS, class CSVs in other encodings, empty or
non-polygon cores, a single core, overlapping cores, infinite resistance, corridor values beyond float32 and
date-typed core ids. Each case gets a message naming the layer, file or value, and no traceback."""

from __future__ import annotations

import math

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis import processing
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from tests.qgis.lcp_helpers import (  # noqa: F401 - fixture
    ccsg_registered,
    cell_rect_wkt,
    dijkstra,
    files_in,
    memory_layer,
    read_tif,
    write_tif,
)

ORIGIN = (500000.0, 4000000.0)
CELL = (10.0, 10.0)
RECTS = {1: (2, 6, 2, 6), 2: (2, 6, 30, 34), 3: (30, 34, 15, 19)}
F32_MAX = float(np.finfo(np.float32).max)


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.lines.append(error)


def resistance(shape=(36, 36)):
    return np.random.default_rng(5).uniform(1, 10, shape)


def gpkg_layer(path, name, wkts, epsg=None, geometry=ogr.wkbPolygon):
    """A GeoPackage layer written by OGR; epsg None gives the GeoPackage's 'Undefined geographic SRS'."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = None
    if epsg:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
    layer = ds.CreateLayer(name, srs, geometry)
    layer.CreateField(ogr.FieldDefn("core_id", ogr.OFTInteger))
    for i, wkt in enumerate(wkts, start=1):
        f = ogr.Feature(layer.GetLayerDefn())
        f["core_id"] = i
        f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        layer.CreateFeature(f)
    ds = None
    out = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    assert out.isValid()
    return out


def rect_wkts(rects=RECTS):
    return [cell_rect_wkt(*r, ORIGIN, CELL) for r in rects.values()]


def run(tmp_path, res, core_layer, feedback=None, **extra):
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    res_path = res if isinstance(res, str) else write_tif(tmp_path / "res.tif", res, ORIGIN, CELL)
    params = {
        "CORES": core_layer, "CORE_ID_FIELD": "core_id", "RESISTANCE": res_path, "NEIGHBOURS": 8,
        "MAX_EUCLIDEAN_DISTANCE": 0, "WIDTH_CUTOFF": 0, "DROP_VIA_CORE": False,
        "OUTPUT_CORRIDORS": str(out / "corridors.tif"), "OUTPUT_PATHS": str(out / "paths.gpkg"),
        "OUTPUT_POLYGONS": str(out / "polygons.gpkg"), **extra,
    }
    return out, processing.run("ccsg:leastcostcorridors", params, feedback=feedback)


def refused(tmp_path, res, core_layer, *patterns):
    with pytest.raises(QgsProcessingException) as info:
        run(tmp_path, res, core_layer)
    message = str(info.value)
    for pattern in patterns:
        assert pattern in message, message
    assert files_in(tmp_path / "out") == [], "an output file was left behind"
    return message


# --- undefined SRS -------------------------------------------------------------------------------------------------

def test_geopackage_cores_with_undefined_srs_are_refused_naming_the_layer(ccsg_registered, tmp_path):  # noqa: F811
    layer = gpkg_layer(tmp_path / "nosrs.gpkg", "nosrs_cores", rect_wkts())
    refused(tmp_path, resistance(), layer, "'nosrs_cores'", "Layer Properties > Source")


def test_doctor_flags_the_undefined_srs(qgis_app, tmp_path):
    from ccsg_plugin.core.doctor import run as doc
    from ccsg_plugin.gis import doctor_inputs
    from qgis.core import QgsRasterLayer

    raster = QgsRasterLayer(write_tif(tmp_path / "res.tif", resistance(), ORIGIN, CELL), "res")
    layer = gpkg_layer(tmp_path / "nosrs.gpkg", "nosrs_cores", rect_wkts())
    findings = doctor_inputs.check(doctor_inputs.prepare(raster, layer, "core_id", doc.Options()))
    missing = [f for f in findings if f.code == "missing_crs"]
    assert len(missing) == 1 and "'nosrs_cores'" in missing[0].message and missing[0].blocks_run
    assert "Layer Properties > Source" in missing[0].fix


def test_check_refuses_corridors_with_undefined_srs(provider, tmp_path):
    from tests.qgis import check_fixtures as fx

    corridors = gpkg_layer(tmp_path / "c.gpkg", "nosrs_corridors", [fx.rectangle(500).asWkt()])
    with pytest.raises(QgsProcessingException) as info:
        processing.run("ccsg:checkcorridors", {
            "CORRIDORS": corridors, "PROFILE": "terrestrial_multispecies", "OUTPUT": str(tmp_path / "checked.gpkg"),
            "REPORT": str(tmp_path / "report.html")})
    message = str(info.value)
    assert "'nosrs_corridors'" in message and "Layer Properties > Source" in message, message
    assert not (tmp_path / "checked.gpkg").exists() and not (tmp_path / "report.html").exists()


# --- the class table in the algorithm --------------------------------------------------------------------------------

def _landcover(tmp_path):
    classes = np.array([[1, 2, 3], [3, 2, 1]], dtype=float)
    return write_tif(tmp_path / "lc.tif", classes, ORIGIN, CELL), classes


def test_cp1252_table_with_an_empty_resistance_takes_the_default(ccsg_registered, tmp_path):  # noqa: F811
    lc, classes = _landcover(tmp_path)
    table = tmp_path / "table.csv"
    table.write_bytes("classe;résistance;libellé\n1;2,5;Forêt – dense\n2;;Prairie\n3;nodata;Bâti\n".encode("cp1252"))
    result = processing.run("ccsg:resistancefromlandcover", {
        "LANDCOVER": lc, "TABLE_FILE": str(table), "DEFAULT": 7.0, "OUTPUT": str(tmp_path / "res.tif")})
    expected = np.vectorize({1.0: 2.5, 2.0: 7.0, 3.0: np.nan}.get)(classes)
    np.testing.assert_array_equal(read_tif(result["OUTPUT"]), expected)


def test_binary_table_file_is_refused(ccsg_registered, tmp_path):  # noqa: F811
    lc, _ = _landcover(tmp_path)
    table = tmp_path / "table.csv"
    table.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(QgsProcessingException, match=r"'table.csv' is not a text CSV table"):
        processing.run("ccsg:resistancefromlandcover", {
            "LANDCOVER": lc, "TABLE_FILE": str(table), "OUTPUT": str(tmp_path / "res.tif")})
    assert not (tmp_path / "res.tif").exists()
