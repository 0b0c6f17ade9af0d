"""ccsg:currentflow and ccsg:pinchpoints through Processing, against the direct sparse reference of the unit tests."""

from __future__ import annotations

import itertools
import json

import numpy as np
import pytest
from qgis import processing
from qgis.core import (
    NULL,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayer,
)

from tests.qgis.lcp_helpers import (  # noqa: F401 - fixture
    ccsg_registered,
    cell_rect_wkt,
    files_in,
    memory_layer,
    read_tif,
    write_tif,
)
from tests.unit import circuit_reference as ref

ORIGIN = (500000.0, 4000000.0)
CELL = (10.0, 10.0)
POINTS = {1: (3, 2), 2: (15, 20), 3: (2, 19)}


def centre_wkt(r, c):
    return f"POINT({ORIGIN[0] + (c + 0.5) * CELL[0]} {ORIGIN[1] - (r + 0.5) * CELL[1]})"


def land(shape=(18, 24), seed=3):
    rng = np.random.default_rng(seed)
    values = rng.uniform(1.0, 30.0, shape).astype(np.float32).astype(np.float64)
    values[rng.random(shape) < 0.08] = np.nan
    for r, c in POINTS.values():
        values[r, c] = 2.0
    return values


def focal_points(points=POINTS, crs="EPSG:32633", ids=None):
    rows = [(centre_wkt(r, c), [ids[k] if ids else k]) for k, (r, c) in points.items()]
    return memory_layer("Point", crs, rows, fields="fid_:integer" if not ids else "fid_:string", name="focal")


def run_flow(tmp_path, values, focal, feedback=None, name="out", **extra):
    out = tmp_path / name
    out.mkdir(exist_ok=True)
    res = extra.pop("RESISTANCE", None) or write_tif(tmp_path / f"{name}_res.tif", values, ORIGIN, CELL)
    params = {"RESISTANCE": res, "IS_CONDUCTANCE": False, "FOCAL": focal, "FOCAL_ID_FIELD": "fid_",
              "NEIGHBOURS": 8, "AVERAGE_CONDUCTANCE": False,
              "OUTPUT_CURRENT": str(out / "current.tif"), "OUTPUT_RESISTANCES": str(out / "resistances.gpkg"),
              **extra}
    result = processing.run("ccsg:currentflow", params, feedback=feedback)
    return out, result


def resistances_of(path):
    layer = QgsVectorLayer(str(path), "r", "ogr")
    return {(f["focal_a"], f["focal_b"]): (None if f["resistance"] == NULL else f["resistance"])
            for f in layer.getFeatures()}


def reference(values, masks, neighbours=8, avg=False, is_conductance=False):
    """Resistances and cumulative current over all pairs; the other focal nodes stay merged nodes."""
    out, total = {}, np.zeros(values.shape)
    for a, b in itertools.combinations(sorted(masks), 2):
        others = [masks[k] for k in masks if k not in (a, b)]
        R, _V, C = ref.solve(values, masks[a], masks[b], neighbours, avg, is_conductance, groups=others)
        out[(a, b)] = None if not np.isfinite(R) else R
        if C is not None:
            total += np.nan_to_num(C)
    return out, total


def point_masks(shape, points=POINTS):
    masks = {}
    for k, (r, c) in points.items():
        m = np.zeros(shape, bool)
        m[r, c] = True
        masks[k] = m
    return masks


def test_currentflow_matches_reference_and_is_styled(tmp_path, ccsg_registered):  # noqa: F811
    values = land()
    out, result = run_flow(tmp_path, values, focal_points())
    want_r, want_c = reference(values, point_masks(values.shape))
    got = resistances_of(out / "resistances.gpkg")
    assert set(got) == set(want_r)
    for key, value in want_r.items():
        assert got[key] == pytest.approx(value, rel=1e-6)
    current = read_tif(out / "current.tif")
    ok = np.isfinite(values)
    assert np.array_equal(np.isfinite(current), ok)
    assert np.allclose(current[ok], want_c[ok], rtol=1e-5, atol=1e-6)
    layer = QgsRasterLayer(str(out / "current.tif"), "c")
    renderer = layer.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    assert items[-1].color.lightness() < items[0].color.lightness()  # the highest current is the darkest
    finite = current[np.isfinite(current) & (current > 0)]
    assert items[-1].value == pytest.approx(float(finite.max()), rel=1e-6)  # quantile stretch to the top
    qmd = (out / "current.qmd").read_text()
    assert "IS_CONDUCTANCE" in qmd


@pytest.mark.parametrize("param, value, kwargs", [
    ("NEIGHBOURS", 4, {"neighbours": 4}),
    ("AVERAGE_CONDUCTANCE", True, {"avg": True}),
])
def test_currentflow_parameters_change_the_result(tmp_path, ccsg_registered, param, value, kwargs):  # noqa: F811
    values = land()
    base, _ = run_flow(tmp_path, values, focal_points(), name="base")
    out, _ = run_flow(tmp_path, values, focal_points(), name="changed", **{param: value})
    want_r, _ = reference(values, point_masks(values.shape), **kwargs)
    got = resistances_of(out / "resistances.gpkg")
    for key, v in want_r.items():
        assert got[key] == pytest.approx(v, rel=1e-6)
    assert got != resistances_of(base / "resistances.gpkg")


def test_conductance_input(tmp_path, ccsg_registered):  # noqa: F811
    values = land()
    cond = (1.0 / values).astype(np.float32).astype(np.float64)
    out, _ = run_flow(tmp_path, cond, focal_points(), IS_CONDUCTANCE=True)
    want_r, _ = reference(cond, point_masks(values.shape), is_conductance=True)
    got = resistances_of(out / "resistances.gpkg")
    for key, v in want_r.items():
        assert got[key] == pytest.approx(v, rel=1e-6)
    # the same raster read as resistances gives other values
    other, _ = run_flow(tmp_path, cond, focal_points(), name="asres")
    assert resistances_of(other / "resistances.gpkg") != got


def test_focal_polygons_and_shared_ids_and_short_circuits(tmp_path, ccsg_registered):  # noqa: F811
    values = land()
    # node 1: two polygons sharing an id; node 2: one polygon
    rows = [(cell_rect_wkt(2, 5, 1, 4, ORIGIN, CELL), [1]), (cell_rect_wkt(8, 10, 1, 3, ORIGIN, CELL), [1]),
            (cell_rect_wkt(13, 17, 18, 22, ORIGIN, CELL), [2])]
    focal = memory_layer("Polygon", "EPSG:32633", rows, fields="fid_:integer", name="focal polygons")
    m1 = np.zeros(values.shape, bool)
    m1[2:5, 1:4] = m1[8:10, 1:3] = True
    m2 = np.zeros(values.shape, bool)
    m2[13:17, 18:22] = True
    values[m1 | m2] = np.where(np.isnan(values[m1 | m2]), 5.0, values[m1 | m2])
    out, _ = run_flow(tmp_path, values, focal)
    R, _V, _C = ref.solve(values, m1, m2, 8)
    assert resistances_of(out / "resistances.gpkg")[(1, 2)] == pytest.approx(R, rel=1e-6)
    # short-circuit regions: two features with one id form one region; without the id field, two regions
    srows = [(cell_rect_wkt(4, 8, 8, 11, ORIGIN, CELL), ["x"]), (cell_rect_wkt(10, 14, 12, 15, ORIGIN, CELL), ["x"])]
    short = memory_layer("Polygon", "EPSG:32633", srows, fields="sid:string", name="short")
    s1 = np.zeros(values.shape, bool)
    s1[4:8, 8:11] = True
    s2 = np.zeros(values.shape, bool)
    s2[10:14, 12:15] = True
    one, _ = run_flow(tmp_path, values, focal, name="one", SHORT_CIRCUIT=short, SHORT_CIRCUIT_ID_FIELD="sid")
    two, _ = run_flow(tmp_path, values, focal, name="two", SHORT_CIRCUIT=short)
    r_one, _, _ = ref.solve(values, m1, m2, 8, groups=[s1 | s2])
    r_two, _, _ = ref.solve(values, m1, m2, 8, groups=[s1, s2])
    assert resistances_of(one / "resistances.gpkg")[(1, 2)] == pytest.approx(r_one, rel=1e-6)
    assert resistances_of(two / "resistances.gpkg")[(1, 2)] == pytest.approx(r_two, rel=1e-6)
    assert r_one != pytest.approx(r_two, rel=1e-6)


def test_nodata_split_gives_null_resistance(tmp_path, ccsg_registered):  # noqa: F811
    values = land()
    values[:, 10] = np.nan  # points 1 (col 2) and 2, 3 (cols 19, 20) on two sides
    out, _ = run_flow(tmp_path, values, focal_points())
    got = resistances_of(out / "resistances.gpkg")
    assert got[(1, 2)] is None and got[(1, 3)] is None and got[(2, 3)] is not None


def test_voltage_folder_holds_a_map_per_pair(tmp_path, ccsg_registered):  # noqa: F811
    values = land()
    folder = tmp_path / "volts"
    run_flow(tmp_path, values, focal_points(), OUTPUT_VOLTAGE_FOLDER=str(folder))
    names = files_in(folder)
    for a, b in itertools.combinations(POINTS, 2):
        assert f"voltage_{a}_{b}.tif" in names and f"current_{a}_{b}.tif" in names
    masks = point_masks(values.shape)
    _R, V, _C = ref.solve(values, masks[1], masks[2], 8, groups=[masks[3]])
    got = read_tif(folder / "voltage_1_2.tif")
    ok = np.isfinite(V)
    assert np.allclose(got[ok], V[ok], rtol=1e-5, atol=1e-4)


def bad(tmp_path, values, focal, *patterns, **extra):
    with pytest.raises(QgsProcessingException) as info:
        run_flow(tmp_path, values, focal, **extra)
    for p in patterns:
        assert p in str(info.value)
    assert files_in(tmp_path / "out") == []


def test_bad_focal_on_nodata(tmp_path, ccsg_registered):  # noqa: F811
    values = land()
    values[POINTS[3]] = np.nan
    bad(tmp_path, values, focal_points(), "Focal node(s) 3", "NoData")


def test_bad_one_focal_node(tmp_path, ccsg_registered):  # noqa: F811
    bad(tmp_path, land(), focal_points({1: POINTS[1]}), "at least two focal nodes")


def test_bad_geographic_crs(tmp_path, ccsg_registered):  # noqa: F811
    layer = memory_layer("Point", "EPSG:4326", [("POINT(10 45)", [1]), ("POINT(10.1 45)", [2])],
                         fields="fid_:integer", name="focal in degrees")
    bad(tmp_path, land(), layer, "focal in degrees", "geographic")


def test_bad_zero_resistance(tmp_path, ccsg_registered):  # noqa: F811
    values = land()
    values[5, 5] = values[6, 6] = 0.0
    bad(tmp_path, values, focal_points(), "2 cells with zero or negative resistance")


def test_cancel_mid_solve_leaves_nothing(tmp_path, ccsg_registered):  # noqa: F811
    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda p: feedback.cancel() if p > 5 else None)
    folder = tmp_path / "out" / "volts"
    bad(tmp_path, land((60, 60)), focal_points(), "cancelled", feedback=feedback,
        OUTPUT_VOLTAGE_FOLDER=str(folder))


# --- pinch points on the Linkage Mapper demo ---------------------------------------------------------------------

@pytest.fixture(scope="module")
def demo_run(ccsg_registered, demo_dir, tmp_path_factory):  # noqa: F811
    out = tmp_path_factory.mktemp("pinch_demo")
    params = {"CORES": str(demo_dir / "lm_cores.shp"), "CORE_ID_FIELD": "core_id",
              "RESISTANCE": str(demo_dir / "lm_resistances.tif"), "NEIGHBOURS": 8, "MAX_EUCLIDEAN_DISTANCE": 0,
              "WIDTH_CUTOFF": 200000, "DROP_VIA_CORE": True, "OUTPUT_CORRIDORS": str(out / "c.tif"),
              "OUTPUT_PATHS": str(out / "p.gpkg"), "OUTPUT_POLYGONS": str(out / "poly.gpkg"),
              "OUTPUT_CWD_FOLDER": str(out / "cwd")}
    processing.run("ccsg:leastcostcorridors", params)
    return out


def run_pinch(folder, out, **extra):
    out.mkdir(exist_ok=True)
    params = {"RUN_FOLDER": str(folder), "CUTOFF": 10000, "SQUARE_RESISTANCE": False,
              "OUTPUT_PINCHPOINTS": str(out / "pinch.tif"), "OUTPUT_LINKS": str(out / "links.gpkg"), **extra}
    return processing.run("ccsg:pinchpoints", params)


def links_of(path):
    layer = QgsVectorLayer(str(path), "l", "ogr")
    return {(f["core_a"], f["core_b"]): (f["lcd"], f["eff_resistance"], f["lcd_per_eff_resistance"])
            for f in layer.getFeatures()}


def _demo_reference(demo_run, demo_dir, pair, cutoff, square=False):
    """The pair's corridor from the kept rasters (read here with GDAL), solved directly."""
    folder = demo_run / "cwd"
    doc = json.loads((folder / "links.json").read_text())
    res = read_tif(demo_dir / "lm_resistances.tif")
    cwd = {}
    for core in doc["cores"]:
        r0, r1, c0, c1 = core["window"]
        a = np.full(res.shape, np.inf)
        raw = read_tif(folder / core["file"])
        a[r0:r1, c0:c1] = np.where(np.isfinite(raw) & (raw >= 0), raw, np.inf)
        cwd[core["id"]] = a
    a, b = pair
    lcd = float(cwd[a][cwd[b] == 0].min())
    core_a, core_b = cwd[a] == 0, cwd[b] == 0
    domain = ((cwd[a] + cwd[b] - lcd) <= cutoff) | core_a | core_b
    values = np.where(domain, res ** 2 if square else res, np.nan)
    R, _V, C = ref.solve(values, core_a & np.isfinite(res), core_b & np.isfinite(res), 8)
    cell = abs(doc["geotransform"][1])
    return R * cell, C, core_a | core_b, lcd


def test_pinchpoints_on_demo_match_reference(demo_run, demo_dir, tmp_path):
    run_pinch(demo_run / "cwd", tmp_path / "a")
    links = links_of(tmp_path / "a" / "links.gpkg")
    assert len(links) == len(json.loads((demo_run / "cwd" / "links.json").read_text())["links"]) - sum(
        1 for d in json.loads((demo_run / "cwd" / "links.json").read_text())["links"] if d["dropped"])
    eff, C, cores, lcd = _demo_reference(demo_run, demo_dir, (5, 6), 10000)
    lcd_got, eff_got, ratio = links[(5, 6)]
    assert eff_got == pytest.approx(eff, rel=1e-6)
    assert ratio == pytest.approx(lcd_got / eff_got, rel=1e-9)
    pinch = read_tif(tmp_path / "a" / "pinch.tif")
    assert np.isnan(pinch[cores]).all()
    # the pinch raster is at least this pair's current everywhere in its corridor
    inside = np.isfinite(C) & ~cores
    assert (pinch[inside] >= C[inside] * (1 - 1e-4) - 1e-6).all()


def test_pinch_parameters_change_the_result(demo_run, demo_dir, tmp_path):
    run_pinch(demo_run / "cwd", tmp_path / "base")
    run_pinch(demo_run / "cwd", tmp_path / "wide", CUTOFF=30000)
    run_pinch(demo_run / "cwd", tmp_path / "sq", SQUARE_RESISTANCE=True, OUTPUT_ALLPAIRS=str(tmp_path / "sq" /
                                                                                             "all.tif"))
    base = links_of(tmp_path / "base" / "links.gpkg")
    wide = links_of(tmp_path / "wide" / "links.gpkg")
    sq = links_of(tmp_path / "sq" / "links.gpkg")
    assert wide[(5, 6)][1] < base[(5, 6)][1]  # more corridor, more routes, less resistance
    eff_sq, _C, _cores, _ = _demo_reference(demo_run, demo_dir, (5, 6), 10000, square=True)
    assert sq[(5, 6)][1] == pytest.approx(eff_sq, rel=1e-6)
    all_pairs = read_tif(tmp_path / "sq" / "all.tif")
    assert np.nanmax(all_pairs) > 0 and np.isfinite(all_pairs).sum() > 0


def test_pinch_folder_from_another_raster_is_refused(demo_run, tmp_path):
    other = np.ones((20, 20))
    path = write_tif(tmp_path / "other.tif", other, ORIGIN, CELL)
    out = tmp_path / "bad"
    with pytest.raises(QgsProcessingException) as info:
        run_pinch(demo_run / "cwd", out, RESISTANCE=path)
    assert "another grid" in str(info.value) and "other" in str(info.value)
    assert files_in(out) == []
