"""ccsg:leastcostcorridors with a climate raster (Climate Linkage Mapper): each new parameter changes the result,
thresholds at their exact value, bad climate input gives a clear message, and the kept folder records the settings.
References: the explicit-graph Dijkstra of tests/unit/test_climate_costdistance.py and values worked out by hand."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from osgeo import gdal
from qgis import processing
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsRasterLayer, QgsVectorLayer

from tests.qgis.lcp_helpers import ccsg_registered, cell_rect_wkt, files_in, memory_layer, write_tif  # noqa: F401
from tests.unit.test_climate_costdistance import dijkstra

ORIGIN = (500000.0, 4000000.0)
CELL = (10.0, 10.0)
NODATA32 = np.float32(-3.4028234663852886e38)  # the corridors raster's NoData
SHAPE = (36, 36)
RECTS = {1: (2, 6, 2, 6), 2: (2, 6, 30, 34), 3: (30, 34, 15, 19)}
# Edge-to-edge distances by hand (10 m cells): 1-2: columns 6..30 = 240 m; 1-3: 24 rows and 9 columns apart (6..15);
# 2-3: 24 rows and 11 columns (19..30).
DIST = {(1, 2): 240.0, (1, 3): math.hypot(240.0, 90.0), (2, 3): math.hypot(240.0, 110.0)}


class Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802
        self.lines.append(warning)


def stepped_climate():
    """10 in rows 0-8 (cores 1 and 2), 38 from row 28 (core 3), a linear ramp between: mean - 2 SD of the cores is
    10, 10 and 38 exactly, so 1-3 and 2-3 differ by 28 and 1-2 by 0."""
    rows = np.clip(10.0 + (np.arange(SHAPE[0]) - 8) * 28.0 / 20.0, 10.0, 38.0)
    return np.repeat(rows[:, None], SHAPE[1], axis=1)


def masks():
    out = {}
    for cid, (r0, r1, c0, c1) in RECTS.items():
        m = np.zeros(SHAPE, bool)
        m[r0:r1, c0:c1] = True
        out[cid] = m
    return out


def cores():
    return memory_layer("Polygon", "EPSG:32633",
                        [(cell_rect_wkt(*rect, ORIGIN, CELL), [cid]) for cid, rect in RECTS.items()], name="cores")


def run(tmp_path, res, climate=None, name="out", feedback=None, climate_origin=ORIGIN, climate_cell=CELL, **extra):
    out = tmp_path / name
    out.mkdir(exist_ok=True)
    params = {
        "CORES": cores(), "CORE_ID_FIELD": "core_id", "RESISTANCE": write_tif(tmp_path / "res.tif", res, ORIGIN, CELL),
        "NEIGHBOURS": 8, "MAX_EUCLIDEAN_DISTANCE": 0, "WIDTH_CUTOFF": 300, "DROP_VIA_CORE": False,
        "OUTPUT_CORRIDORS": str(out / "corridors.tif"), "OUTPUT_PATHS": str(out / "paths.gpkg"),
        "OUTPUT_POLYGONS": str(out / "polygons.gpkg"), **extra,
    }
    if climate is not None:
        params["CLIMATE"] = write_tif(tmp_path / f"climate_{name}.tif", climate, climate_origin, climate_cell)
    return out, processing.run("ccsg:leastcostcorridors", params, feedback=feedback)


def path_table(result) -> dict:
    layer = QgsVectorLayer(result["OUTPUT_PATHS"], "p", "ogr")
    names = layer.fields().names()
    return {(f["core_a"], f["core_b"]): {n: f[n] for n in names} for f in layer.getFeatures()}


def f32(a):
    return np.asarray(a, dtype=np.float32).astype(np.float64)


def ref_lcd(res, clim, k, a, b, neighbours=8):
    m = masks()
    return dijkstra(f32(res), m[a], f32(clim), k, *CELL, neighbours)[m[b]].min()


def test_climate_cost_changes_the_lcds_as_the_reference_says(ccsg_registered, tmp_path):  # noqa: F811
    res = np.random.default_rng(5).uniform(1, 10, SHAPE)
    clim = stepped_climate() + np.random.default_rng(6).uniform(0, 2, SHAPE) * (np.arange(SHAPE[1]) > 20)
    _, plain = run(tmp_path, res, clim, "plain")
    _, costly = run(tmp_path, res, clim, "costly", CLIMATE_COST=25.0)
    p, c = path_table(plain), path_table(costly)
    for pair in DIST:
        assert p[pair]["lcd"] == pytest.approx(ref_lcd(res, clim, 0.0, *pair), rel=1e-9)
        assert c[pair]["lcd"] == pytest.approx(ref_lcd(res, clim, 25.0, *pair), rel=1e-9)
        assert c[pair]["lcd"] > p[pair]["lcd"]
        assert p[pair]["climate_cost_share"] == 0.0
        assert 0.0 < c[pair]["climate_cost_share"] < 1.0


def test_climate_fields_by_hand_and_the_threshold_at_its_exact_value(ccsg_registered, tmp_path):  # noqa: F811
    res = np.ones(SHAPE)
    _, every = run(tmp_path, res, stepped_climate(), "every")
    table = path_table(every)
    assert set(table) == set(DIST)
    want = {1: 10.0, 2: 10.0, 3: 38.0}
    for (a, b), row in table.items():
        assert (row["climate_a"], row["climate_b"]) == (want[a], want[b])
        assert row["climate_diff"] == abs(want[a] - want[b])
    _, below = run(tmp_path, res, stepped_climate(), "below", CLIMATE_THRESHOLD=27.999)
    assert set(path_table(below)) == {(1, 3), (2, 3)}
    log = Log()
    with pytest.raises(QgsProcessingException) as info:
        run(tmp_path, res, stepped_climate(), "at", feedback=log, CLIMATE_THRESHOLD=28.0)
    assert "differs in climate (mean - 2 SD) by more than 28; the largest difference is 28" in str(info.value)
    assert files_in(tmp_path / "at") == []


def test_min_euclidean_distance_at_its_exact_value(ccsg_registered, tmp_path):  # noqa: F811
    res = np.ones(SHAPE)
    _, at = run(tmp_path, res, name="at", MIN_EUCLIDEAN_DISTANCE=240.0)
    assert set(path_table(at)) == {(1, 2), (1, 3), (2, 3)}
    _, above = run(tmp_path, res, name="above", MIN_EUCLIDEAN_DISTANCE=240.001)
    assert set(path_table(above)) == {(1, 3), (2, 3)}
    # without a climate raster the paths layer has no climate fields
    assert "climate_a" not in QgsVectorLayer(above["OUTPUT_PATHS"], "p", "ogr").fields().names()
    for (a, b), row in path_table(above).items():
        assert row["euclid_dist_m"] == pytest.approx(DIST[(a, b)], rel=1e-12)


def test_a_climate_raster_on_another_grid_is_resampled_and_said(ccsg_registered, tmp_path):  # noqa: F811
    """A linear climate field on 20 m cells shifted by 7 and 3 m, covering more than the resistance: bilinear
    resampling of a linear field is exact, so the cores' mean - 2 SD follow from the field at the cell centres."""
    origin = (ORIGIN[0] - 47.0, ORIGIN[1] + 43.0)
    n = 26
    xs = origin[0] + (np.arange(n) + 0.5) * 20.0 - ORIGIN[0]
    ys = ORIGIN[1] - (origin[1] - (np.arange(n) + 0.5) * 20.0)  # metres south of the resistance's top edge
    field = 0.01 * xs[None, :] + 0.05 * ys[:, None]
    log = Log()
    _, result = run(tmp_path, np.ones(SHAPE), field, "shifted", feedback=log, climate_origin=origin,
                    climate_cell=(20.0, 20.0))
    assert any("is not on the resistance raster's grid" in line and "resampled to the resistance grid" in line
               and "20 x 20" in line for line in log.lines), log.lines
    cx = (np.arange(SHAPE[1]) + 0.5) * 10.0
    cy = (np.arange(SHAPE[0]) + 0.5) * 10.0
    truth = 0.01 * cx[None, :] + 0.05 * cy[:, None]
    m = masks()
    stat = {cid: truth[mask].mean() - 2 * truth[mask].std() for cid, mask in m.items()}
    for (a, b), row in path_table(result).items():
        assert row["climate_a"] == pytest.approx(stat[a], abs=1e-4)
        assert row["climate_b"] == pytest.approx(stat[b], abs=1e-4)


def test_climate_nodata_inside_the_resistance_is_impassable_and_said(ccsg_registered, tmp_path):  # noqa: F811
    clim = stepped_climate()
    clim[:, 18] = np.nan
    clim[10:13, 18] = 10.0  # a three-cell gap
    log = Log()
    _, result = run(tmp_path, np.ones(SHAPE), clim, "holes", feedback=log, CLIMATE_COST=1.0)
    assert any("33 cells of the resistance raster have no value in the climate raster" in line
               and "impassable" in line for line in log.lines), log.lines
    row = path_table(result)[(1, 2)]
    assert row["lcd"] == pytest.approx(ref_lcd(np.ones(SHAPE), clim, 1.0, 1, 2), rel=1e-9)
    assert row["lcd"] > 240.0 + 10.0  # the straight row 2-5 path (24 columns of 10 m, +1 cell) is blocked


@pytest.mark.parametrize("extra, text", [
    ({"CLIMATE_COST": -1.0}, "The climate cost is -1; it must be 0 or positive"),
    ({"CLIMATE_THRESHOLD": -0.5}, "The climate threshold is -0.5; it must be 0"),
])
def test_negative_climate_values_are_refused(ccsg_registered, tmp_path, extra, text):  # noqa: F811
    with pytest.raises(QgsProcessingException, match=text):
        run(tmp_path, np.ones(SHAPE), stepped_climate(), "neg", **extra)
    assert files_in(tmp_path / "neg") == []


def test_a_climate_cost_without_a_raster_is_refused(ccsg_registered, tmp_path):  # noqa: F811
    with pytest.raises(QgsProcessingException, match="needs a climate raster"):
        run(tmp_path, np.ones(SHAPE), None, "none", CLIMATE_COST=2.0)


def test_kept_folder_records_the_climate_and_truncate_follows(ccsg_registered, tmp_path):  # noqa: F811
    res = np.random.default_rng(8).uniform(1, 10, SHAPE)
    out, result = run(tmp_path, res, stepped_climate(), "kept", CLIMATE_COST=5.0, CLIMATE_THRESHOLD=1.0,
                      MIN_EUCLIDEAN_DISTANCE=10.0, OUTPUT_CWD_FOLDER=str(tmp_path / "kept" / "cwd"))
    doc = json.loads((tmp_path / "kept" / "cwd" / "links.json").read_text())
    assert doc["climate"]["cost"] == 5.0 and doc["climate"]["threshold"] == 1.0
    assert doc["climate"]["min_euclidean_distance"] == 10.0 and doc["climate"]["raster"].endswith("climate_kept.tif")
    assert {(lk["core_a"], lk["core_b"]) for lk in doc["links"]} == {(1, 3), (2, 3)}
    assert all(lk["climate_diff"] == 28.0 for lk in doc["links"])
    raster = QgsRasterLayer(result["OUTPUT_CORRIDORS"], "c")
    raster.loadDefaultMetadata()
    assert "climate cost 5 per climate unit" in raster.metadata().abstract()
    assert '"CLIMATE_COST": 5.0' in raster.metadata().abstract()
    again = processing.run("ccsg:truncatecorridors", {
        "CWD_FOLDER": str(tmp_path / "kept" / "cwd"), "WIDTH_CUTOFF": 300,
        "OUTPUT_CORRIDORS": str(tmp_path / "t.tif"), "OUTPUT_POLYGONS": str(tmp_path / "t.gpkg")})
    a = gdal.Open(result["OUTPUT_CORRIDORS"]).ReadAsArray()
    b = gdal.Open(again["OUTPUT_CORRIDORS"]).ReadAsArray()
    # the kept cost-distances are float32: the re-cut values differ from the run's by at most the rounding of
    # CWD_a + CWD_b (each within 2**-24 relative), i.e. of value + LCD
    np.testing.assert_array_equal(a == NODATA32, b == NODATA32)
    ok = a != NODATA32
    lcd = max(lk["lcd"] for lk in doc["links"])
    tol = 2 * 2.0 ** -24 * (lcd + a[ok].astype(float)) + 2.0 ** -24 * np.abs(a[ok])  # + the output's float32
    assert np.all(np.abs(a[ok].astype(float) - b[ok].astype(float)) <= tol)
    truncated = QgsRasterLayer(again["OUTPUT_CORRIDORS"], "t")
    truncated.loadDefaultMetadata()
    assert "climate cost 5 per climate unit" in truncated.metadata().abstract()


def test_a_climate_raster_with_zero_cost_and_threshold_changes_nothing_where_it_has_values(
        ccsg_registered, tmp_path):  # noqa: F811
    res = np.random.default_rng(9).uniform(1, 10, SHAPE)
    _, plain = run(tmp_path, res, None, "plain")
    _, with_climate = run(tmp_path, res, stepped_climate(), "zero")
    np.testing.assert_array_equal(gdal.Open(plain["OUTPUT_CORRIDORS"]).ReadAsArray(),
                                  gdal.Open(with_climate["OUTPUT_CORRIDORS"]).ReadAsArray())
    p, z = path_table(plain), path_table(with_climate)
    assert {k: v["lcd"] for k, v in p.items()} == {k: v["lcd"] for k, v in z.items()}


def test_demo_climate_raster_is_on_the_demo_grid_and_covers_it():
    """The bundled synthetic climate raster: same grid as the demo resistance, a value on every valid cell."""
    from pathlib import Path

    demo = Path(__file__).resolve().parents[2] / "resources" / "demo"
    res, clim = gdal.Open(str(demo / "lm_resistances.tif")), gdal.Open(str(demo / "lm_climate.tif"))
    assert res.GetGeoTransform() == clim.GetGeoTransform()
    assert (res.RasterXSize, res.RasterYSize) == (clim.RasterXSize, clim.RasterYSize)
    rb, cb = res.GetRasterBand(1), clim.GetRasterBand(1)
    r, c = rb.ReadAsArray(), cb.ReadAsArray()
    valid = r != np.float32(rb.GetNoDataValue())
    assert (c[valid] != cb.GetNoDataValue()).all()
    assert -5.0 < c[valid].min() < c[valid].max() < 15.0  # plausible mean annual temperatures, deg C
    rows = np.nanmean(np.where(valid, c, np.nan), axis=1)
    assert rows[-1] > rows[0] + 3.0  # warmer in the south than in the north
