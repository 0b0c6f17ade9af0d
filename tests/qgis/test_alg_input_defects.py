"""Bad input layers and files (issue 10): undefined GeoPackage SRS, class CSVs in other encodings, empty or
non-polygon cores, a single core, overlapping cores, infinite resistance, corridor values beyond float32 and
date-typed core ids. Each case gets a message naming the layer, file or value, and no traceback."""

from __future__ import annotations

import math

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsFeature, QgsGeometry, QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from qgis.PyQt.QtCore import QDate

from tests.qgis.lcp_helpers import (  # noqa: F401 - fixture
    ccsg_registered,
    cell_rect_wkt,
    dijkstra,
    files_in,
    gpkg_layer,
    memory_layer,
    read_tif,
    write_tif,
)
from tests.qgis.test_i18n import spanish  # noqa: F401 - fixture

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
    from qgis.core import QgsRasterLayer

    from ccsg_plugin.core.doctor import run as doc
    from ccsg_plugin.gis import doctor_inputs

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


# --- cores -----------------------------------------------------------------------------------------------------------

def test_cores_with_null_or_empty_geometry_are_refused_naming_them(ccsg_registered, tmp_path):  # noqa: F811
    layer = memory_layer("Polygon", "EPSG:32633", [(w, [cid]) for cid, w in zip(RECTS, rect_wkts())],
                         name="holey cores")
    extra = []
    for cid, geom in ((7, QgsGeometry()), (8, QgsGeometry.fromWkt("POLYGON EMPTY"))):
        f = QgsFeature(layer.fields())
        f.setGeometry(geom)
        f.setAttributes([cid])
        extra.append(f)
    layer.dataProvider().addFeatures(extra)
    assert layer.featureCount() == 5
    refused(tmp_path, resistance(), layer, "'holey cores'", "7, 8", "no geometry")


def test_a_single_core_says_two_are_needed(ccsg_registered, tmp_path):  # noqa: F811
    layer = memory_layer("Polygon", "EPSG:32633", [(rect_wkts()[0], [1])], name="lonely")
    message = refused(tmp_path, resistance(), layer, "'lonely'", "at least two cores")
    assert "maximum" not in message


@pytest.mark.parametrize("kind, wkt", [("Point", "POINT(500040 3999960)"),
                                       ("LineString", "LINESTRING(500020 3999960, 500060 3999960)")])
def test_point_or_line_cores_are_refused(ccsg_registered, tmp_path, kind, wkt):  # noqa: F811
    other = wkt.replace("5000", "5002")
    layer = memory_layer(kind, "EPSG:32633", [(wkt, [1]), (other, [2])], name="not polygons")
    refused(tmp_path, resistance(), layer, "'not polygons'", "polygon")


@pytest.mark.parametrize("kind, wkt", [("Point", "POINT(500040 3999960)")])
def test_doctor_refuses_point_cores(qgis_app, tmp_path, kind, wkt):
    from qgis.core import QgsRasterLayer

    from ccsg_plugin.core.doctor import run as doc
    from ccsg_plugin.gis import doctor_inputs

    raster = QgsRasterLayer(write_tif(tmp_path / "res.tif", resistance(), ORIGIN, CELL), "res")
    layer = memory_layer(kind, "EPSG:32633", [(wkt, [1]), (wkt.replace("5000", "5002"), [2])], name="pts")
    findings = doctor_inputs.check(doctor_inputs.prepare(raster, layer, "core_id", doc.Options()))
    codes = {f.code: f for f in findings}
    assert "cores_not_polygons" in codes and codes["cores_not_polygons"].blocks_run
    assert "'pts'" in codes["cores_not_polygons"].message


def test_doctor_says_one_core_is_not_enough(qgis_app, tmp_path):
    from qgis.core import QgsRasterLayer

    from ccsg_plugin.core.doctor import run as doc
    from ccsg_plugin.gis import doctor_inputs

    raster = QgsRasterLayer(write_tif(tmp_path / "res.tif", resistance(), ORIGIN, CELL), "res")
    layer = memory_layer("Polygon", "EPSG:32633", [(rect_wkts()[0], [1])], name="lonely")
    findings = doctor_inputs.check(doctor_inputs.prepare(raster, layer, "core_id", doc.Options()))
    single = [f for f in findings if f.code == "single_core"]
    assert len(single) == 1 and single[0].blocks_run and "'lonely'" in single[0].message


OVERLAP = {1: (2, 10, 2, 10), 2: (2, 10, 8, 16), 3: (2, 10, 16, 24), 4: (30, 34, 30, 34)}  # 1-2 overlap, 2-3 touch


def test_overlapping_and_touching_cores_are_flagged_and_outputs_are_valid(ccsg_registered, tmp_path):  # noqa: F811
    layer = memory_layer("Polygon", "EPSG:32633", [(w, [cid]) for cid, w in zip(OVERLAP, rect_wkts(OVERLAP))],
                         name="crowded")
    log = Log()
    out, _result = run(tmp_path, resistance(), layer, feedback=log)
    text = "\n".join(log.lines)
    assert "overlap" in text and "1 and 2" in text and "2 and 3" in text, text
    for name in ("paths.gpkg", "polygons.gpkg"):
        written = QgsVectorLayer(str(out / name), name, "ogr")
        assert written.isValid() and written.featureCount() > 0
        for f in written.getFeatures():
            g = f.geometry()
            if name == "paths.gpkg" and f["path_length_m"] == 0:  # 1-2 overlap: no length, so no line
                assert g.isNull() or g.isEmpty(), g.asWkt()  # GeoPackage reads a NULL line back as EMPTY
                continue
            assert not g.isNull() and not g.isEmpty(), (name, f.attributes())
            assert g.isGeosValid(), (name, f.attributes(), g.asWkt()[:200])
    paths = {(f["core_a"], f["core_b"]): f for f in QgsVectorLayer(str(out / "paths.gpkg"), "p", "ogr").getFeatures()}
    assert paths[(1, 2)]["lcd"] == 0 and paths[(1, 2)].geometry().isEmpty()


def test_doctor_flags_overlapping_cores(qgis_app, tmp_path):
    from qgis.core import QgsRasterLayer

    from ccsg_plugin.core.doctor import run as doc
    from ccsg_plugin.gis import doctor_inputs

    raster = QgsRasterLayer(write_tif(tmp_path / "res.tif", resistance(), ORIGIN, CELL), "res")
    layer = memory_layer("Polygon", "EPSG:32633", [(w, [cid]) for cid, w in zip(OVERLAP, rect_wkts(OVERLAP))],
                         name="crowded")
    findings = doctor_inputs.check(doctor_inputs.prepare(raster, layer, "core_id", doc.Options()))
    overlap = [f for f in findings if f.code == "cores_overlap"]
    assert len(overlap) == 1 and "1 and 2" in overlap[0].message and "2 and 3" in overlap[0].message
    assert "4" not in overlap[0].message.split("'crowded'")[0]


# --- resistance values and corridor values ------------------------------------------------------------------------

@pytest.mark.parametrize("value, count", [(math.inf, 3), (-math.inf, 2)])
def test_infinite_resistance_is_reported_with_its_count(ccsg_registered, tmp_path, value, count):  # noqa: F811
    res = resistance()
    res[20, 20:20 + count] = value
    message = refused(tmp_path, res, layer := memory_layer(
        "Polygon", "EPSG:32633", [(w, [cid]) for cid, w in zip(RECTS, rect_wkts())], name="c"), "res")
    assert f"{count} cells" in message and "infinite" in message, message
    del layer


def test_doctor_counts_infinite_resistance(qgis_app, tmp_path):
    from qgis.core import QgsRasterLayer

    from ccsg_plugin.core.doctor import run as doc
    from ccsg_plugin.gis import doctor_inputs

    res = resistance()
    res[20, 20:24] = math.inf
    res[10, 10] = -math.inf
    raster = QgsRasterLayer(write_tif(tmp_path / "res.tif", res, ORIGIN, CELL), "res")
    findings = doctor_inputs.check(doctor_inputs.prepare(raster, None, "", doc.Options()))
    inf = [f for f in findings if f.code == "infinite_resistance"]
    assert len(inf) == 1 and inf[0].blocks_run and "5 cells" in inf[0].message, [f.message for f in findings]
    assert not [f for f in findings if f.code == "nodata_cells"]


def test_corridor_values_beyond_float32_are_nodata_and_logged(ccsg_registered, tmp_path):  # noqa: F811
    res = np.full((50, 40), 1e36)
    rects = {1: (4, 8, 1, 3), 2: (4, 8, 37, 39)}
    layer = memory_layer("Polygon", "EPSG:32633", [(cell_rect_wkt(*r, ORIGIN, CELL), [cid])
                                                   for cid, r in rects.items()], name="far")
    log = Log()
    out, _ = run(tmp_path, res, layer, feedback=log)
    values = read_tif(out / "corridors.tif")
    masks = {}
    for cid, (r0, r1, c0, c1) in rects.items():
        m = np.zeros(res.shape, bool)
        m[r0:r1, c0:c1] = True
        masks[cid] = m
    a, b = dijkstra(res, masks[1], *CELL), dijkstra(res, masks[2], *CELL)
    lcd = a[masks[2]].min()
    reference = a + b - lcd
    too_big = reference > F32_MAX
    assert too_big.any() and (~too_big).any()
    assert not np.isinf(values).any()
    assert np.isnan(values[too_big]).all()
    kept = ~too_big & np.isfinite(values)
    np.testing.assert_allclose(values[kept], reference[kept], rtol=1e-5)
    text = "\n".join(log.lines)
    assert f"{int(too_big.sum())} corridor cells" in text and "NoData" in text, text


# --- date-typed ids ------------------------------------------------------------------------------------------------

def test_date_ids_are_iso_text_in_logs_and_file_names(ccsg_registered, tmp_path):  # noqa: F811
    days = [QDate(2024, 1, 5), QDate(2024, 2, 6), QDate(2024, 3, 7)]
    layer = memory_layer("Polygon", "EPSG:32633", [(w, [d]) for w, d in zip(rect_wkts(), days)],
                         fields="core_id:date", name="dated")
    log = Log()
    out, _ = run(tmp_path, resistance(), layer, feedback=log, OUTPUT_CWD_FOLDER=str(tmp_path / "out" / "cwd"))
    text = "\n".join(log.lines)
    assert "Cores 2024-01-05 and 2024-02-06" in text, text
    assert "QDate" not in text
    names = files_in(out / "cwd")
    assert "cwd_2024-01-05.tif" in names and not any("QDate" in n for n in names), names
    paths = QgsVectorLayer(str(out / "paths.gpkg"), "p", "ogr")
    assert sorted((f["core_a"], f["core_b"]) for f in paths.getFeatures())[0] == ("2024-01-05", "2024-02-06")


# --- messages made in core are shown translated ----------------------------------------------------------------------

def test_class_table_error_is_shown_in_spanish(ccsg_registered, tmp_path, spanish):  # noqa: F811
    lc, _ = _landcover(tmp_path)
    table = tmp_path / "t.csv"
    table.write_text("class,resistance\n1,2\n2,high\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as info:
        processing.run("ccsg:resistancefromlandcover", {
            "LANDCOVER": lc, "TABLE_FILE": str(table), "OUTPUT": str(tmp_path / "res.tif")})
    prefix = spanish["Line {0} of {1} (class {2}): "].format(3, "t.csv", "2")
    key = ("{0}the resistance '{1}' is not a number. Write a positive number, 'nodata' for an impassable class, "
           "or leave it empty for an unlisted class.")
    assert str(info.value) == spanish[key].format(prefix, "high")
