"""ccsg:linkagepriority on the Linkage Mapper demo against a reference that follows Linkage Mapper's formulas step by
step (GDAL rasterizes the cores for the mean resistance; the kept cost-distance rasters give the corridors)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis import processing
from qgis.core import QgsProcessingException, QgsRasterLayer, QgsSingleBandPseudoColorRenderer, QgsVectorLayer

from tests.qgis.lcp_helpers import ccsg_registered, files_in, memory_layer, read_tif  # noqa: F401 - fixture

CUTOFF = 200000.0
DEFAULTS = {"RESISTANCE_WEIGHT": 0.33, "SIZE_WEIGHT": 0.33, "AP_WEIGHT": 0.34, "CORE_EXPERT_WEIGHT": 0.0,
            "CENTRALITY_WEIGHT": 0.0, "CLOSENESS_WEIGHT": 0.33, "PERMEABILITY_WEIGHT": 0.33, "CAV_WEIGHT": 0.34,
            "LINK_EXPERT_WEIGHT": 0.0, "TRUNC_WEIGHT": 0.5, "CSP_WEIGHT": 0.5}
EXPERT = {1: 3.0, 2: 0.0, 3: 7.0, 4: 1.0, 5: 2.0, 6: 5.0}
CFC = {1: 10.0, 2: 4.0, 3: 12.0, 4: 6.0, 5: 9.0, 6: 1.0}


@pytest.fixture(scope="module")
def demo_run(ccsg_registered, demo_dir, tmp_path_factory):  # noqa: F811
    out = tmp_path_factory.mktemp("lp_corridors")
    params = {
        "CORES": str(demo_dir / "lm_cores.shp"), "CORE_ID_FIELD": "core_id",
        "RESISTANCE": str(demo_dir / "lm_resistances.tif"), "NEIGHBOURS": 8, "MAX_EUCLIDEAN_DISTANCE": 0,
        "WIDTH_CUTOFF": CUTOFF, "DROP_VIA_CORE": True,
        "OUTPUT_CORRIDORS": str(out / "corridors.tif"), "OUTPUT_PATHS": str(out / "paths.gpkg"),
        "OUTPUT_POLYGONS": str(out / "polygons.gpkg"), "OUTPUT_CWD_FOLDER": str(out / "cwd"),
    }
    processing.run("ccsg:leastcostcorridors", params)
    return out


@pytest.fixture(scope="module")
def cores_with_values(demo_dir):
    """The demo cores with an expert value and a centrality field (memory copy)."""
    shp = ogr.Open(str(demo_dir / "lm_cores.shp"))
    rows = [(f.GetGeometryRef().ExportToWkt(), [f.GetField("core_id"), EXPERT[f.GetField("core_id")],
                                                 CFC[f.GetField("core_id")]]) for f in shp.GetLayer()]
    layer = memory_layer("Polygon", "EPSG:3857", rows, fields="core_id:integer,expert:double,cfc:double",
                         name="demo cores")
    layer.setCrs(QgsVectorLayer(str(demo_dir / "lm_cores.shp"), "c", "ogr").crs())  # the demo's own CRS
    return layer


def run(demo_dir, run_dir, out, cores=None, **extra):
    out.mkdir(exist_ok=True)
    params = {"RUN_FOLDER": str(run_dir / "cwd"), "CORES": cores or str(demo_dir / "lm_cores.shp"),
              "CORE_ID_FIELD": "core_id", "RESISTANCE": str(demo_dir / "lm_resistances.tif"),
              "OUTPUT_LINKS": str(out / "links.gpkg"), "OUTPUT_CORES": str(out / "cores.gpkg"),
              "OUTPUT_PRIORITY": str(out / "priority.tif"), **extra}
    processing.run("ccsg:linkagepriority", params)
    return out


def ref_score_range(values, invert=False):
    lo, hi = min(values), max(values)
    if hi <= 0:
        return [0.0 for _ in values]
    if hi == lo:
        return [1.0 for _ in values]
    return [(hi - x) / (hi - lo) if invert else (x - lo) / (hi - lo) for x in values]


def ref_max(values, invert=False):
    lo, hi = min(values), max(values)
    if hi <= 0:
        return [0.0 for _ in values]
    return [(hi + lo - x) / hi if invert else x / hi for x in values]


def reference(demo_dir, run_dir, w, core_expert=None, cfc=None, link_expert=None):
    # cores: area and perimeter from OGR, mean resistance over cells whose centre is inside (GDAL rasterize)
    shp = ogr.Open(str(demo_dir / "lm_cores.shp"))
    ids, area, perim = [], [], []
    for f in shp.GetLayer():
        g = f.GetGeometryRef()
        ids.append(f.GetField("core_id"))
        area.append(g.GetArea())
        perim.append(g.Boundary().Length())
    ds = gdal.Open(str(demo_dir / "lm_resistances.tif"))
    band = ds.GetRasterBand(1)
    raw = band.ReadAsArray()
    res = raw.astype(float)
    res[raw == np.float32(band.GetNoDataValue())] = np.nan
    labels_ds = gdal.GetDriverByName("MEM").Create("", ds.RasterXSize, ds.RasterYSize, 1, gdal.GDT_Int32)
    labels_ds.SetGeoTransform(ds.GetGeoTransform())
    gdal.RasterizeLayer(labels_ds, [1], shp.GetLayer(), options=["ATTRIBUTE=core_id"])
    labels = labels_ds.GetRasterBand(1).ReadAsArray()
    mean_res = []
    for cid in ids:
        values = res[(labels == cid) & np.isfinite(res)]
        mean_res.append(float(values.mean()))
    zeros = [0.0] * len(ids)
    n_res, n_size = ref_max(mean_res, True), ref_max(area)
    n_ap = ref_max([a / p for a, p in zip(area, perim)])
    n_exp = ref_max([core_expert[c] for c in ids] if core_expert else zeros)
    n_cfc = ref_max([cfc[c] for c in ids] if cfc else zeros)
    cav = [w["RESISTANCE_WEIGHT"] * n_res[i] + w["SIZE_WEIGHT"] * n_size[i] + w["AP_WEIGHT"] * n_ap[i]
           + w["CORE_EXPERT_WEIGHT"] * n_exp[i] + w["CENTRALITY_WEIGHT"] * n_cfc[i] for i in range(len(ids))]
    norm_cav = dict(zip(ids, ref_score_range(cav)))
    # links: the corridor run's paths layer
    paths = [(f["core_a"], f["core_b"], f["lcd"], f["path_length_m"], f["lcd_per_path"])
             for f in QgsVectorLayer(str(run_dir / "paths.gpkg"), "p", "ogr").getFeatures()]
    close = ref_score_range([p[3] for p in paths], True)
    perm = ref_score_range([p[4] for p in paths], True)
    n_lexp = ref_score_range([link_expert[frozenset(p[:2])] for p in paths]) if link_expert else zeros
    csp = {}
    for e, (a, b, *_rest) in enumerate(paths):
        csp[(a, b)] = (w["CLOSENESS_WEIGHT"] * close[e] + w["PERMEABILITY_WEIGHT"] * perm[e]
                       + w["CAV_WEIGHT"] * (norm_cav[a] + norm_cav[b]) / 2
                       + (w["LINK_EXPERT_WEIGHT"] * n_lexp[e] if link_expert else 0.0))
    top = max(csp.values())
    csp_norm = {k: v / top for k, v in csp.items()}
    # blended raster from the kept cost-distance rasters (each a window of the grid)
    gt = ds.GetGeoTransform()
    cwd = {}
    for cid in ids:
        cds = gdal.Open(str(run_dir / "cwd" / f"cwd_{cid}.tif"))
        cgt = cds.GetGeoTransform()
        r0, c0 = round((cgt[3] - gt[3]) / gt[5]), round((cgt[0] - gt[0]) / gt[1])
        full = np.full(res.shape, np.inf)
        win = cds.GetRasterBand(1).ReadAsArray().astype(float)
        win[win == cds.GetRasterBand(1).GetNoDataValue()] = np.inf
        full[r0:r0 + win.shape[0], c0:c0 + win.shape[1]] = win
        cwd[cid] = full
    blended = np.full(res.shape, -np.inf)
    for a, b, lcd, *_rest in paths:
        corridor = cwd[a] + cwd[b] - lcd
        inside = np.isfinite(corridor) & (corridor <= CUTOFF)
        value = w["TRUNC_WEIGHT"] * (1 - np.maximum(corridor, 0) / CUTOFF) + w["CSP_WEIGHT"] * csp_norm[(a, b)]
        blended = np.where(inside, np.maximum(blended, value), blended)
    blended[~np.isfinite(blended)] = np.nan
    return {"cav": dict(zip(ids, cav)), "norm_cav": norm_cav, "csp": csp, "csp_norm": csp_norm,
            "close": dict(zip([p[:2] for p in paths], close)), "perm": dict(zip([p[:2] for p in paths], perm)),
            "blended": blended}


def read_links(out):
    return {(f["core_a"], f["core_b"]): f for f in QgsVectorLayer(str(out / "links.gpkg"), "l", "ogr").getFeatures()}


def check_against(out, want):
    links = read_links(out)
    assert set(links) == set(want["csp"])
    for pair, f in links.items():
        assert f["rel_close"] == pytest.approx(want["close"][pair], abs=1e-9)
        assert f["rel_perm"] == pytest.approx(want["perm"][pair], abs=1e-9)
        assert f["csp"] == pytest.approx(want["csp"][pair], rel=1e-9)
        assert f["csp_norm"] == pytest.approx(want["csp_norm"][pair], rel=1e-9)
    cores = {f["core_id"]: f for f in QgsVectorLayer(str(out / "cores.gpkg"), "c", "ogr").getFeatures()}
    for cid, f in cores.items():
        assert f["cav"] == pytest.approx(want["cav"][cid], rel=1e-9)
        assert f["norm_cav"] == pytest.approx(want["norm_cav"][cid], abs=1e-9)
    got = read_tif(out / "priority.tif")
    assert np.array_equal(np.isnan(got), np.isnan(want["blended"]))
    np.testing.assert_allclose(got[~np.isnan(got)], want["blended"][~np.isnan(got)], rtol=2e-6, atol=2e-6)


def test_demo_with_default_weights(demo_run, demo_dir, tmp_path):
    out = run(demo_dir, demo_run, tmp_path / "lp")
    check_against(out, reference(demo_dir, demo_run, DEFAULTS))
    raster = QgsRasterLayer(str(out / "priority.tif"), "p")
    assert isinstance(raster.renderer(), QgsSingleBandPseudoColorRenderer)
    assert '"RUN_FOLDER"' in QgsVectorLayer(str(out / "links.gpkg"), "l", "ogr").metadata().abstract()


def test_demo_with_every_weight_and_field(demo_run, demo_dir, tmp_path, cores_with_values):
    weights = {"RESISTANCE_WEIGHT": 0.1, "SIZE_WEIGHT": 0.2, "AP_WEIGHT": 0.15, "CORE_EXPERT_WEIGHT": 0.3,
               "CENTRALITY_WEIGHT": 0.25, "CLOSENESS_WEIGHT": 0.2, "PERMEABILITY_WEIGHT": 0.4, "CAV_WEIGHT": 0.25,
               "LINK_EXPERT_WEIGHT": 0.15, "TRUNC_WEIGHT": 0.7, "CSP_WEIGHT": 0.3}
    pairs = list(read_links(run(demo_dir, demo_run, tmp_path / "base")))
    link_expert = {frozenset(p): float(k % 3) for k, p in enumerate(pairs)}
    table = memory_layer("None", "", [(None, [a, b, link_expert[frozenset((a, b))]]) for a, b in pairs],
                         fields="core_a:integer,core_b:integer,value:double", name="experts")
    out = run(demo_dir, demo_run, tmp_path / "lp", cores=cores_with_values, CORE_EXPERT_FIELD="expert",
              CENTRALITY_FIELD="cfc", LINK_EXPERT=table, LINK_EXPERT_FIELD="value", **weights)
    check_against(out, reference(demo_dir, demo_run, weights, core_expert=EXPERT, cfc=CFC, link_expert=link_expert))


@pytest.fixture(scope="module")
def weighted_base(demo_run, demo_dir, tmp_path_factory, cores_with_values):
    """A run with every optional field given (so that every weight has something to weigh), at default weights."""
    folder = tmp_path_factory.mktemp("lp_base")
    pairs = list(read_links(run(demo_dir, demo_run, folder / "pairs")))
    table = memory_layer("None", "", [(None, [a, b, float(k % 3)]) for k, (a, b) in enumerate(pairs)],
                         fields="core_a:integer,core_b:integer,value:double", name="experts")
    common = {"cores": cores_with_values, "LINK_EXPERT": table, "LINK_EXPERT_FIELD": "value",
              "CORE_EXPERT_FIELD": "expert", "CENTRALITY_FIELD": "cfc"}
    return run(demo_dir, demo_run, folder / "base", **common), common


@pytest.mark.parametrize("name", sorted(DEFAULTS))
def test_each_weight_changes_the_result(demo_run, demo_dir, tmp_path, weighted_base, name):
    base, common = weighted_base
    other = run(demo_dir, demo_run, tmp_path / "other", **common, **{name: DEFAULTS[name] + 0.4})
    before, after = read_links(base), read_links(other)
    csp_changed = any(abs(before[p]["csp"] - after[p]["csp"]) > 1e-9 for p in before)
    raster_changed = not np.allclose(read_tif(base / "priority.tif"), read_tif(other / "priority.tif"),
                                     equal_nan=True)
    assert csp_changed or raster_changed


def refused(demo_dir, run_dir, out, *patterns, **extra):
    with pytest.raises(QgsProcessingException) as info:
        run(demo_dir, run_dir, out, **extra)
    for pattern in patterns:
        assert pattern in str(info.value), str(info.value)
    assert files_in(out) == []


def test_weight_without_its_field_is_refused(demo_run, demo_dir, tmp_path):
    refused(demo_dir, demo_run, tmp_path / "a", "current-flow centrality", "no field", CENTRALITY_WEIGHT=0.2)
    refused(demo_dir, demo_run, tmp_path / "b", "expert core value", CORE_EXPERT_WEIGHT=0.2)


def test_folder_without_a_run_is_refused(demo_run, demo_dir, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(QgsProcessingException, match="holds no links.json"):
        processing.run("ccsg:linkagepriority", {
            "RUN_FOLDER": str(empty), "CORES": str(demo_dir / "lm_cores.shp"), "CORE_ID_FIELD": "core_id",
            "RESISTANCE": str(demo_dir / "lm_resistances.tif"), "OUTPUT_LINKS": str(tmp_path / "o" / "l.gpkg"),
            "OUTPUT_CORES": str(tmp_path / "o" / "c.gpkg"), "OUTPUT_PRIORITY": str(tmp_path / "o" / "p.tif")})
    assert not Path(tmp_path / "o" / "l.gpkg").exists()
