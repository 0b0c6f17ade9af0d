"""ccsg:leastcostcorridors and ccsg:truncatecorridors on the Linkage Mapper demo, against scikit-image.

The reference rasterizes the cores with GDAL (cell centre rule), runs MCP_Geometric per core and derives LCDs,
via-core flags (some least-cost route touches a third core) and corridor cell counts on its own.
"""

from __future__ import annotations

import itertools
import json
import os

import numpy as np
import pytest
from osgeo import gdal, ogr
from qgis import processing
from qgis.core import NULL, QgsRasterLayer, QgsSingleBandPseudoColorRenderer, QgsVectorLayer

from tests.qgis.lcp_helpers import ccsg_registered, files_in, read_tif  # noqa: F401 - fixture

if os.environ.get("CI", "").lower() == "true":
    # CI installs scikit-image (see the Makefile): there a missing reference is an error, not a skip.
    from skimage import graph
else:
    graph = pytest.importorskip(
        "skimage.graph",
        reason="scikit-image is the independent reference here (Debian python3-skimage; `make test` installs it)",
    )

CUTOFF = 200000.0
SMALL_CUTOFF = 50000.0


@pytest.fixture(scope="module")
def demo_run(ccsg_registered, demo_dir, tmp_path_factory):  # noqa: F811
    out = tmp_path_factory.mktemp("demo_corridors")
    params = {
        "CORES": str(demo_dir / "lm_cores.shp"), "CORE_ID_FIELD": "core_id",
        "RESISTANCE": str(demo_dir / "lm_resistances.tif"), "NEIGHBOURS": 8, "MAX_EUCLIDEAN_DISTANCE": 0,
        "WIDTH_CUTOFF": CUTOFF, "DROP_VIA_CORE": True,
        "OUTPUT_CORRIDORS": str(out / "corridors.tif"), "OUTPUT_PATHS": str(out / "paths.gpkg"),
        "OUTPUT_POLYGONS": str(out / "polygons.gpkg"), "OUTPUT_CWD_FOLDER": str(out / "cwd"),
    }
    result = processing.run("ccsg:leastcostcorridors", params)
    return out, params, result


@pytest.fixture(scope="module")
def reference(demo_dir):
    ds = gdal.Open(str(demo_dir / "lm_resistances.tif"))
    band = ds.GetRasterBand(1)
    raw = band.ReadAsArray()
    res = raw.astype(np.float64)
    res[raw == np.float32(band.GetNoDataValue())] = np.nan
    gt = ds.GetGeoTransform()
    labels_ds = gdal.GetDriverByName("MEM").Create("", ds.RasterXSize, ds.RasterYSize, 1, gdal.GDT_Int32)
    labels_ds.SetGeoTransform(gt)
    shp = ogr.Open(str(demo_dir / "lm_cores.shp"))
    gdal.RasterizeLayer(labels_ds, [1], shp.GetLayer(), options=["ATTRIBUTE=core_id"])
    labels = labels_ds.GetRasterBand(1).ReadAsArray()
    costs = np.where(np.isfinite(res), res, np.inf)
    dx, dy = gt[1], -gt[5]
    cwd = {}
    for cid in range(1, 7):
        mcp = graph.MCP_Geometric(costs, sampling=(dy, dx))
        cumulative, _ = mcp.find_costs(list(zip(*np.nonzero(labels == cid))))
        cwd[cid] = cumulative
    lcd, via, total = {}, {}, {}
    for a, b in itertools.combinations(range(1, 7), 2):
        lcd[(a, b)] = cwd[a][labels == b].min()
        total[(a, b)] = cwd[a] + cwd[b] - lcd[(a, b)]
        # A third core is on a least-cost route when one of its cells adds nothing to the pair's LCD.
        via[(a, b)] = [
            c for c in range(1, 7) if c not in (a, b) and total[(a, b)][labels == c].min() <= 1e-6 * lcd[(a, b)]
        ]
    return {"res": res, "labels": labels, "cwd": cwd, "lcd": lcd, "via": via, "total": total, "cell_area": dx * dy}


def _kept_pairs(ref):
    return [p for p in ref["lcd"] if not ref["via"][p]]


def _ref_mosaic(ref, cutoff):
    mosaic = np.full(ref["res"].shape, np.inf)
    for pair in _kept_pairs(ref):
        v = ref["total"][pair]
        mosaic = np.minimum(mosaic, np.where(v <= cutoff, np.maximum(v, 0), np.inf))
    return mosaic


def test_every_pair_lcd_and_via_core_flag(demo_run, reference):
    out, params, result = demo_run
    kept = _kept_pairs(reference)
    assert result["PAIRS_LINKED"] == len(kept)
    assert result["PAIRS_DROPPED"] == 15 - len(kept)
    paths = QgsVectorLayer(result["OUTPUT_PATHS"], "paths", "ogr")
    assert paths.isValid()
    names = paths.fields().names()
    for field in ("core_a", "core_b", "lcd", "path_length_m", "euclid_dist_m", "lcd_per_euclid", "lcd_per_path",
                  "via_core"):
        assert field in names
    got = {(f["core_a"], f["core_b"]): f for f in paths.getFeatures()}
    assert set(got) == set(kept)
    for pair, f in got.items():
        assert f["lcd"] == pytest.approx(reference["lcd"][pair], rel=1e-9)
        assert f["lcd_per_path"] == pytest.approx(f["lcd"] / f["path_length_m"], rel=1e-12)
        assert f["lcd_per_euclid"] == pytest.approx(f["lcd"] / f["euclid_dist_m"], rel=1e-12)
        assert f["via_core"] == NULL  # kept links cross no third core
        assert f["path_length_m"] >= f["euclid_dist_m"]
    # The kept CWD folder's link table flags exactly the pairs the reference routes through a third core.
    doc = json.loads((out / "cwd" / "links.json").read_text())
    for link in doc["links"]:
        pair = (link["core_a"], link["core_b"])
        assert link["lcd"] == pytest.approx(reference["lcd"][pair], rel=1e-9)
        assert (link["via_core"] is not None) == bool(reference["via"][pair])
        if link["via_core"] is not None:
            assert link["via_core"] in reference["via"][pair] and link["dropped"]


def test_euclidean_distances_edge_to_edge(demo_run, demo_dir):
    out, params, result = demo_run
    cores = QgsVectorLayer(str(demo_dir / "lm_cores.shp"), "cores", "ogr")
    geoms = {f["core_id"]: f.geometry() for f in cores.getFeatures()}
    paths = QgsVectorLayer(result["OUTPUT_PATHS"], "paths", "ogr")
    for f in paths.getFeatures():
        assert f["euclid_dist_m"] == pytest.approx(geoms[f["core_a"]].distance(geoms[f["core_b"]]), rel=1e-9)


def _ambiguous(values, cutoff):
    return int((np.abs(values - cutoff) <= 1e-6 * cutoff).sum())


def test_corridor_cells_and_mosaic_match_reference(demo_run, reference):
    out, params, result = demo_run
    polygons = QgsVectorLayer(result["OUTPUT_POLYGONS"], "polygons", "ogr")
    assert {"core_a", "core_b", "area_ha"} <= set(polygons.fields().names())
    in_core = reference["labels"] > 0
    assert {(f["core_a"], f["core_b"]) for f in polygons.getFeatures()} == set(_kept_pairs(reference))
    for f in polygons.getFeatures():
        v = reference["total"][(f["core_a"], f["core_b"])]
        expected = int(((v <= CUTOFF) & ~in_core).sum())
        cells = f["area_ha"] * 10000.0 / reference["cell_area"]
        assert abs(cells - expected) <= _ambiguous(v, CUTOFF) + 1e-6
        # The polygon's own area is the same number of cells.
        assert f.geometry().area() == pytest.approx(f["area_ha"] * 10000.0, rel=1e-6)
    got = read_tif(result["OUTPUT_CORRIDORS"])
    expected = _ref_mosaic(reference, CUTOFF)
    differ = np.isfinite(expected) != np.isfinite(got)
    assert differ.sum() <= _ambiguous(expected, CUTOFF)
    both = np.isfinite(expected) & np.isfinite(got)
    np.testing.assert_allclose(got[both], expected[both], rtol=1e-6, atol=1e-2)


def test_outputs_styled_with_metadata(demo_run):
    out, params, result = demo_run
    raster = QgsRasterLayer(result["OUTPUT_CORRIDORS"], "c")
    assert isinstance(raster.renderer(), QgsSingleBandPseudoColorRenderer)  # the .qml beside the GeoTIFF
    items = raster.renderer().shader().rasterShaderFunction().colorRampItemList()
    assert len(items) == 8 and items[-1].value == pytest.approx(CUTOFF)
    assert items[0].color.lightness() < items[-1].color.lightness()  # dark on the path, light at the cutoff
    raster.loadDefaultMetadata()
    assert "WIDTH_CUTOFF" in raster.metadata().abstract()
    paths = QgsVectorLayer(result["OUTPUT_PATHS"], "paths", "ogr")
    assert paths.labelsEnabled()  # default style stored in the GeoPackage
    polygons = QgsVectorLayer(result["OUTPUT_POLYGONS"], "polygons", "ogr")
    for layer in (paths, polygons):  # run metadata stored in the GeoPackage
        assert '"DROP_VIA_CORE": true' in layer.metadata().abstract()


def test_truncate_with_a_new_cutoff(demo_run, reference, tmp_path):
    out, params, result = demo_run
    new = processing.run("ccsg:truncatecorridors", {
        "CWD_FOLDER": str(out / "cwd"), "WIDTH_CUTOFF": SMALL_CUTOFF,
        "OUTPUT_CORRIDORS": str(tmp_path / "small.tif"), "OUTPUT_POLYGONS": str(tmp_path / "small.gpkg"),
    })
    got = read_tif(new["OUTPUT_CORRIDORS"])
    expected = _ref_mosaic(reference, SMALL_CUTOFF)
    assert (np.isfinite(expected) != np.isfinite(got)).sum() <= _ambiguous(expected, SMALL_CUTOFF)
    assert np.nanmax(got) <= SMALL_CUTOFF
    polygons = QgsVectorLayer(new["OUTPUT_POLYGONS"], "p", "ogr")
    assert polygons.featureCount() == len(_kept_pairs(reference))
    in_core = reference["labels"] > 0
    for f in polygons.getFeatures():  # each re-cut polygon holds the pair's cells within the new cutoff
        v = reference["total"][(f["core_a"], f["core_b"])]
        expected = int(((v <= SMALL_CUTOFF) & ~in_core).sum())
        assert abs(f["area_ha"] * 10000.0 / reference["cell_area"] - expected) <= _ambiguous(v, SMALL_CUTOFF) + 1e-6
        assert f.geometry().area() == pytest.approx(f["area_ha"] * 10000.0, rel=1e-6)
    # Percentage mode: each pair keeps LCD x 10 %.
    pct = processing.run("ccsg:truncatecorridors", {
        "CWD_FOLDER": str(out / "cwd"), "WIDTH_CUTOFF": 0, "WIDTH_CUTOFF_PERCENT": 10,
        "OUTPUT_CORRIDORS": str(tmp_path / "pct.tif"), "OUTPUT_POLYGONS": str(tmp_path / "pct.gpkg"),
    })
    got = read_tif(pct["OUTPUT_CORRIDORS"])
    mosaic = np.full(got.shape, np.inf)
    near = np.zeros(got.shape, bool)  # cells within rounding of some pair's own cutoff: either side is right
    for pair in _kept_pairs(reference):
        v, cut = reference["total"][pair], 0.1 * reference["lcd"][pair]
        mosaic = np.minimum(mosaic, np.where(v <= cut, np.maximum(v, 0), np.inf))
        near |= np.abs(v - cut) <= 1e-6 * cut
    # cell by cell: the same cells kept (but for those at a cutoff) with the same values
    differ = np.isfinite(mosaic) != np.isfinite(got)
    assert not (differ & ~near).any(), int((differ & ~near).sum())
    both = np.isfinite(mosaic) & np.isfinite(got) & ~near
    np.testing.assert_allclose(got[both], mosaic[both], rtol=1e-6, atol=1e-2)


def test_existing_output_is_not_overwritten(demo_run):
    out, params, result = demo_run
    before = files_in(out)
    stamp = (out / "corridors.tif").stat().st_mtime_ns
    with pytest.raises(Exception, match="already exists"):
        processing.run("ccsg:leastcostcorridors", {**params, "OUTPUT_CWD_FOLDER": None})
    assert files_in(out) == before
    assert (out / "corridors.tif").stat().st_mtime_ns == stamp


def _drawn(layer: QgsRasterLayer, value: float):
    """(drawn?, alpha) of a cell value under the layer's renderer."""
    ok, _r, _g, _b, alpha = layer.renderer().shader().shade(value)
    return bool(ok), alpha


def test_corridor_style_is_transparent_above_the_cutoff(demo_run, tmp_path):
    """The lightest class ends exactly at the cutoff; a value just above it is not drawn, so the resistance layer
    (roads, towns) shows through; a re-cut to a new width is restyled to that width."""
    out, _params, result = demo_run
    for path, cutoff in ((result["OUTPUT_CORRIDORS"], CUTOFF), (None, SMALL_CUTOFF)):
        if path is None:  # the re-cut loads its own default style
            path = processing.run("ccsg:truncatecorridors", {
                "CWD_FOLDER": str(out / "cwd"), "WIDTH_CUTOFF": SMALL_CUTOFF,
                "OUTPUT_CORRIDORS": str(tmp_path / "recut.tif"), "OUTPUT_POLYGONS": str(tmp_path / "recut.gpkg"),
            })["OUTPUT_CORRIDORS"]
        layer = QgsRasterLayer(path, "c")
        assert _drawn(layer, cutoff) == (True, 255)
        assert _drawn(layer, 0.0) == (True, 255)  # on the least-cost path
        assert not _drawn(layer, cutoff * (1 + 1e-9))[0]
        assert not _drawn(layer, cutoff + 1.0)[0]
        assert layer.renderer().nodataColor().alpha() == 0
