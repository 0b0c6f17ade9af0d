"""Bad input to ccsg:leastcostcorridors (and ccsg:costdistance): a clear message naming the layer and the fix, and no
output file left behind. Compatible inputs (another projected CRS) must work."""

from __future__ import annotations

import numpy as np
import pytest
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from tests.qgis.lcp_helpers import (  # noqa: F401 - fixture
    ccsg_registered,
    cell_rect_wkt,
    dijkstra,
    files_in,
    memory_layer,
    write_tif,
)

ORIGIN = (500000.0, 4000000.0)
CELL = (10.0, 10.0)
RECTS = {1: (2, 6, 2, 6), 2: (2, 6, 30, 34), 3: (30, 34, 15, 19)}


def resistance(shape=(36, 36)):
    rng = np.random.default_rng(5)
    return rng.uniform(1, 10, shape)


def cores(rects=RECTS, crs="EPSG:32633", name="test cores", ids=None):
    rows = []
    for i, (cid, (r0, r1, c0, c1)) in enumerate(rects.items()):
        rows.append((cell_rect_wkt(r0, r1, c0, c1, ORIGIN, CELL), [ids[i] if ids else cid]))
    return memory_layer("Polygon", crs, rows, name=name)


def run(tmp_path, res, core_layer, feedback=None, **extra):
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    res_path = res if isinstance(res, str) else write_tif(tmp_path / "res.tif", res, ORIGIN, CELL)
    params = {
        "CORES": core_layer, "CORE_ID_FIELD": "core_id", "RESISTANCE": res_path, "NEIGHBOURS": 8,
        "MAX_EUCLIDEAN_DISTANCE": 0, "WIDTH_CUTOFF": 500, "DROP_VIA_CORE": True,
        "OUTPUT_CORRIDORS": str(out / "corridors.tif"), "OUTPUT_PATHS": str(out / "paths.gpkg"),
        "OUTPUT_POLYGONS": str(out / "polygons.gpkg"), "OUTPUT_CWD_FOLDER": str(out / "cwd"), **extra,
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


def test_geographic_cores_refused(ccsg_registered, tmp_path):  # noqa: F811
    layer = memory_layer("Polygon", "EPSG:4326", [("POLYGON((15 36, 15.1 36, 15.1 36.1, 15 36.1, 15 36))", [1]),
                                                  ("POLYGON((16 36, 16.1 36, 16.1 36.1, 16 36.1, 16 36))", [2])],
                         name="geo cores")
    refused(tmp_path, resistance(), layer, "'geo cores'", "geographic CRS",
            "reproject it to a projected CRS in metres, e.g. with Vector > Data Management > Reproject")


def test_geographic_raster_refused(ccsg_registered, tmp_path):  # noqa: F811
    path = write_tif(tmp_path / "geo_res.tif", resistance(), (15.0, 36.0), (0.001, 0.001), epsg=4326)
    message = refused(tmp_path, path, cores(), "geographic CRS", "reproject it to a projected CRS in metres")
    assert "geo_res" in message


def test_core_outside_the_raster(ccsg_registered, tmp_path):  # noqa: F811
    rects = dict(RECTS)
    rects[3] = (100, 104, 100, 104)
    refused(tmp_path, resistance(), cores(rects), "cores 3 of 'test cores' lie outside the raster")


def test_core_entirely_on_nodata(ccsg_registered, tmp_path):  # noqa: F811
    res = resistance()
    r0, r1, c0, c1 = RECTS[2]
    res[r0:r1, c0:c1] = np.nan
    refused(tmp_path, res, cores(), "cores 2 of 'test cores' lie entirely on NoData")


def test_duplicate_core_ids(ccsg_registered, tmp_path):  # noqa: F811
    refused(tmp_path, resistance(), cores(ids=[1, 1, 3]), "repeats the ids 1", "give every core its own id")


def test_empty_cores_layer(ccsg_registered, tmp_path):  # noqa: F811
    refused(tmp_path, resistance(), memory_layer("Polygon", "EPSG:32633", [], name="no cores"),
            "'no cores' has no features")


@pytest.mark.parametrize("value", [0.0, -2.0])
def test_zero_or_negative_resistance(ccsg_registered, tmp_path, value):  # noqa: F811
    res = resistance()
    res[20, 20] = value
    refused(tmp_path, res, cores(), "1 cells with zero or negative resistance", "resistance must be positive")


def test_all_nodata_raster(ccsg_registered, tmp_path):  # noqa: F811
    refused(tmp_path, np.full((36, 36), np.nan), cores(), "holds only NoData cells")


def test_cores_in_another_projected_crs_are_reprojected(ccsg_registered, tmp_path):  # noqa: F811
    res = resistance()
    utm = cores()
    to_3857 = QgsCoordinateTransform(utm.crs(), QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance())
    rows = []
    for f in utm.getFeatures():
        g = f.geometry()
        g.transform(to_3857)
        rows.append((g.asWkt(), [f["core_id"]]))
    mercator = memory_layer("Polygon", "EPSG:3857", rows, name="mercator cores")
    out, result = run(tmp_path, res, mercator)
    paths = QgsVectorLayer(result["OUTPUT_PATHS"], "p", "ogr")
    masks = {}
    for cid, (r0, r1, c0, c1) in RECTS.items():
        m = np.zeros(res.shape, bool)
        m[r0:r1, c0:c1] = True
        masks[cid] = m
    got = {(f["core_a"], f["core_b"]): f["lcd"] for f in paths.getFeatures()}
    assert len(got) == 3
    for (a, b), lcd in got.items():
        assert lcd == pytest.approx(dijkstra(res, masks[a], *CELL)[masks[b]].min(), rel=1e-9)


def test_cancelled_run_leaves_no_file(ccsg_registered, tmp_path):  # noqa: F811
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda p: feedback.cancel() if p > 0 else None)
    with pytest.raises(QgsProcessingException, match="cancelled"):
        run(tmp_path, resistance(), cores(), feedback=feedback)
    assert feedback.isCanceled()
    assert files_in(tmp_path / "out") == []


def test_cost_distance_sources_outside_raster(ccsg_registered, tmp_path):  # noqa: F811
    out = tmp_path / "out"
    out.mkdir()
    far = memory_layer("Point", "EPSG:32633", [("POINT(0 0)", [1])], name="far points")
    with pytest.raises(QgsProcessingException, match="No feature of 'far points' lies on the raster"):
        processing.run("ccsg:costdistance", {
            "RESISTANCE": write_tif(tmp_path / "res.tif", resistance(), ORIGIN, CELL), "SOURCES": far,
            "NEIGHBOURS": 8, "MAX_COST": 0, "OUTPUT": str(out / "cd.tif")})
    assert files_in(out) == []
