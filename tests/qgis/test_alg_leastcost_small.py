"""ccsg:costdistance, ccsg:leastcostpath, ccsg:resistancefromlandcover and the rasterizing rule on tiny grids."""

from __future__ import annotations

import math

import numpy as np
import pytest
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsProject,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayer,
)

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
CELL = (10.0, 15.0)  # non-square on purpose


def centre_wkt(r, c):
    return f"POINT({ORIGIN[0] + (c + 0.5) * CELL[0]} {ORIGIN[1] - (r + 0.5) * CELL[1]})"


@pytest.fixture
def grid(tmp_path):
    rng = np.random.default_rng(11)
    res = rng.uniform(1, 20, (18, 24))
    res[rng.random(res.shape) < 0.06] = np.nan
    res[4:14, 11] = np.nan  # a wall with gaps at the ends
    ring = np.zeros(res.shape, bool)  # an island that cannot be reached
    ring[13:18, 18:24] = True
    res[ring] = np.nan
    res[15, 21] = 5.0
    path = write_tif(tmp_path / "res.tif", res, ORIGIN, CELL)
    return res, path


def test_cost_distance_matches_dijkstra_and_is_styled(ccsg_registered, grid, tmp_path):  # noqa: F811
    res, res_path = grid
    cells = [(2, 3), (9, 20)]
    res[cells[0]] = res[cells[1]] = 3.0
    res_path = write_tif(tmp_path / "res2.tif", res, ORIGIN, CELL)
    points = memory_layer("Point", "EPSG:32633", [(centre_wkt(*c), [i]) for i, c in enumerate(cells)])
    out = tmp_path / "cd.tif"
    processing.run("ccsg:costdistance", {"RESISTANCE": res_path, "SOURCES": points, "NEIGHBOURS": 8,
                                         "MAX_COST": 0, "OUTPUT": str(out)})
    got = read_tif(out)
    src = np.zeros(res.shape, bool)
    for c in cells:
        src[c] = True
    expected = dijkstra(res, src, *CELL)
    assert (np.isfinite(got) == np.isfinite(expected)).all()
    finite = np.isfinite(expected)
    np.testing.assert_allclose(got[finite], expected[finite], rtol=1e-6)
    layer = QgsRasterLayer(str(out), "cd")
    assert isinstance(layer.renderer(), QgsSingleBandPseudoColorRenderer)
    top = layer.renderer().shader().rasterShaderFunction().colorRampItemList()[-1].value
    assert top == pytest.approx(expected[finite].max(), rel=1e-6)
    layer.loadDefaultMetadata()
    assert layer.metadata().title() and "SOURCES" in layer.metadata().abstract()


def test_cost_distance_max_cost_and_reprojected_sources(ccsg_registered, grid, tmp_path):  # noqa: F811
    res, res_path = grid
    res[2, 3] = 2.0
    res_path = write_tif(tmp_path / "res2.tif", res, ORIGIN, CELL)
    # The source is given in Web Mercator: it is reprojected to the raster's UTM grid.
    points = memory_layer("Point", "EPSG:32633", [(centre_wkt(2, 3), [1])])
    to_3857 = QgsCoordinateTransform(points.crs(), QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance())
    feature = next(points.getFeatures())
    geom = feature.geometry()
    geom.transform(to_3857)
    mercator = memory_layer("Point", "EPSG:3857", [(geom.asWkt(), [1])])
    out = tmp_path / "cd.tif"
    processing.run("ccsg:costdistance", {"RESISTANCE": res_path, "SOURCES": mercator, "NEIGHBOURS": 8,
                                         "MAX_COST": 500, "OUTPUT": str(out)})
    src = np.zeros(res.shape, bool)
    src[2, 3] = True
    expected = dijkstra(res, src, *CELL)
    expected[expected > 500] = np.inf
    got = read_tif(out)
    assert (np.isfinite(got) == np.isfinite(expected)).all()
    np.testing.assert_allclose(got[np.isfinite(got)], expected[np.isfinite(expected)], rtol=1e-6)


def test_least_cost_path_lines_per_destination(ccsg_registered, grid, tmp_path):  # noqa: F811
    res, res_path = grid
    res[1:4, 1:4] = 2.0
    res[15, 21] = 5.0
    res[16, 3] = 4.0
    res[8, 22] = 4.0
    res_path = write_tif(tmp_path / "res2.tif", res, ORIGIN, CELL)
    sources = memory_layer("Polygon", "EPSG:32633", [(cell_rect_wkt(1, 4, 1, 4, ORIGIN, CELL), [1])])
    dests = memory_layer("Point", "EPSG:32633", [(centre_wkt(16, 3), [1]), (centre_wkt(8, 22), [2]),
                                                 (centre_wkt(15, 21), [3])])
    out = tmp_path / "lcp.gpkg"
    processing.run("ccsg:leastcostpath", {"RESISTANCE": res_path, "SOURCES": sources, "DESTINATIONS": dests,
                                          "NEIGHBOURS": 8, "OUTPUT": str(out)})
    src = np.zeros(res.shape, bool)
    src[1:4, 1:4] = True
    cwd = dijkstra(res, src, *CELL)
    layer = QgsVectorLayer(str(out), "lcp", "ogr")
    assert layer.featureCount() == 3 and {"cost", "length_m"} <= set(layer.fields().names())
    by_dest = {f["dest_fid"]: f for f in layer.getFeatures()}
    fids = sorted(f.id() for f in dests.getFeatures())
    for fid, cell in zip(fids[:2], [(16, 3), (8, 22)]):
        f = by_dest[fid]
        assert f["cost"] == pytest.approx(cwd[cell], rel=1e-9)
        line = f.geometry().asPolyline()
        end = line[-1]
        assert (end.x(), end.y()) == pytest.approx((ORIGIN[0] + (cell[1] + 0.5) * CELL[0],
                                                    ORIGIN[1] - (cell[0] + 0.5) * CELL[1]))
        steps = sum(math.hypot(b.x() - a.x(), b.y() - a.y()) for a, b in zip(line, line[1:]))
        assert f["length_m"] == pytest.approx(steps)
        assert f["length_m"] == pytest.approx(f.geometry().length())
    unreachable = by_dest[fids[2]]
    assert unreachable["cost"] is None or unreachable["cost"] != unreachable["cost"] or not unreachable["cost"]
    assert unreachable.geometry().isNull() or unreachable.geometry().isEmpty()
    assert layer.labelsEnabled()


def test_resistance_from_landcover_table_and_csv(ccsg_registered, tmp_path):  # noqa: F811
    classes = np.array([[1, 2, 3, 4], [4, 3, 2, 1], [np.nan, 1, 2, 9]], dtype=float)
    lc = write_tif(tmp_path / "lc.tif", classes, ORIGIN, CELL)
    out = tmp_path / "r1.tif"
    processing.run("ccsg:resistancefromlandcover", {"LANDCOVER": lc, "TABLE": [1, 1, 2, 10, 3, "nodata"],
                                                    "OUTPUT": str(out)})
    expected = np.array([[1, 10, np.nan, np.nan], [np.nan, np.nan, 10, 1], [np.nan, 1, 10, np.nan]])
    np.testing.assert_array_equal(read_tif(out), expected)
    csv = tmp_path / "table.csv"
    csv.write_text("class;resistance\n1;2.5\n2;4\n3;\n", encoding="utf-8")
    out2 = tmp_path / "r2.tif"
    processing.run("ccsg:resistancefromlandcover", {"LANDCOVER": lc, "TABLE_FILE": str(csv), "DEFAULT": 7,
                                                    "OUTPUT": str(out2)})
    # Class 3 has an empty resistance: unlisted, so it takes DEFAULT like class 4 (one meaning with the panel).
    expected2 = np.array([[2.5, 4, 7, 7], [7, 7, 4, 2.5], [np.nan, 2.5, 4, 7]])
    np.testing.assert_array_equal(read_tif(out2), expected2)


def test_resistance_table_with_zero_is_refused(ccsg_registered, tmp_path):  # noqa: F811
    lc = write_tif(tmp_path / "lc.tif", np.array([[1.0, 2.0]]), ORIGIN, CELL)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(Exception, match=r"\(class 2\): the resistance 0 is not allowed"):
        processing.run("ccsg:resistancefromlandcover", {"LANDCOVER": lc, "TABLE": [1, 1, 2, 0],
                                                        "OUTPUT": str(out / "r.tif")})
    assert files_in(out) == []


def test_rasterize_rule_small_polygon_and_lines(tmp_path):
    from ccsg_plugin.gis import rasterize
    from ccsg_plugin.gis.raster_io import Grid

    grid = Grid((0.0, 10.0, 0.0, 100.0, 0.0, -10.0), (10, 10), QgsCoordinateReferenceSystem("EPSG:32633"))
    big = memory_layer("Polygon", "EPSG:32633", [("POLYGON((0 100, 31 100, 31 69, 0 69, 0 100))", [1])])
    mask = rasterize.layer_mask(big, grid)
    assert mask.sum() == 9 and mask[:3, :3].all()  # centres at 5, 15, 25: inside; 35 is outside
    # A sliver between cell centres holds none: it takes every cell it touches (4 cells around x=50, y=50).
    tiny = memory_layer("Polygon", "EPSG:32633", [("POLYGON((48 48, 52 48, 52 52, 48 52, 48 48))", [1])])
    assert sorted(zip(*np.nonzero(rasterize.layer_mask(tiny, grid)))) == [(4, 4), (4, 5), (5, 4), (5, 5)]
    line = memory_layer("LineString", "EPSG:32633", [("LINESTRING(5 95, 95 95)", [1])])
    assert sorted(zip(*np.nonzero(rasterize.layer_mask(line, grid)))) == [(0, c) for c in range(10)]


def test_loaded_output_gets_style_and_run_metadata(ccsg_registered, grid, tmp_path, qgis_new_project):  # noqa: F811
    res, res_path = grid
    res[2, 3] = 2.0
    res_path = write_tif(tmp_path / "res2.tif", res, ORIGIN, CELL)
    points = memory_layer("Point", "EPSG:32633", [(centre_wkt(2, 3), [1])])
    out = tmp_path / "loaded.tif"
    processing.runAndLoadResults("ccsg:costdistance", {"RESISTANCE": res_path, "SOURCES": points, "NEIGHBOURS": 16,
                                                       "MAX_COST": 0, "OUTPUT": str(out)})
    loaded = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.source() == str(out)]
    assert len(loaded) == 1
    layer = loaded[0]
    assert isinstance(layer.renderer(), QgsSingleBandPseudoColorRenderer)
    assert layer.metadata().title() == "Cost distance"
    assert '"NEIGHBOURS": 16' in layer.metadata().abstract()
    # A GeoPackage keeps no metadata of its own here: the post-processor sets it when Processing loads the layer.
    dests = memory_layer("Point", "EPSG:32633", [(centre_wkt(10, 5), [1])])
    gpkg = tmp_path / "loaded.gpkg"
    processing.runAndLoadResults("ccsg:leastcostpath", {"RESISTANCE": res_path, "SOURCES": points,
                                                        "DESTINATIONS": dests, "NEIGHBOURS": 8, "OUTPUT": str(gpkg)})
    lines = [lyr for lyr in QgsProject.instance().mapLayers().values() if lyr.source().startswith(str(gpkg))]
    assert len(lines) == 1
    assert lines[0].metadata().title() == "Least-cost paths" and lines[0].labelsEnabled()
    assert "DESTINATIONS" in lines[0].metadata().abstract()


def test_corridors_keep_via_core_links_and_select_pairs_by_distance(ccsg_registered, tmp_path):  # noqa: F811
    # Three cores in a cheap channel walled by NoData: the route 1 -> 3 crosses core 2.
    res = np.full((9, 40), np.nan)
    res[3:6, :] = 1.0
    res_path = write_tif(tmp_path / "channel.tif", res, ORIGIN, CELL)
    spans = {1: (0, 3), 2: (18, 21), 3: (37, 40)}
    layer = memory_layer("Polygon", "EPSG:32633",
                         [(cell_rect_wkt(3, 6, c0, c1, ORIGIN, CELL), [cid]) for cid, (c0, c1) in spans.items()])
    common = {"CORES": layer, "CORE_ID_FIELD": "core_id", "RESISTANCE": res_path, "NEIGHBOURS": 8,
              "WIDTH_CUTOFF": 0}
    kept = processing.run("ccsg:leastcostcorridors", {
        **common, "MAX_EUCLIDEAN_DISTANCE": 0, "DROP_VIA_CORE": False, "OUTPUT_CORRIDORS": str(tmp_path / "a.tif"),
        "OUTPUT_PATHS": str(tmp_path / "a.gpkg"), "OUTPUT_POLYGONS": str(tmp_path / "ap.gpkg")})
    paths = {(f["core_a"], f["core_b"]): f for f in QgsVectorLayer(kept["OUTPUT_PATHS"], "p", "ogr").getFeatures()}
    assert set(paths) == {(1, 2), (1, 3), (2, 3)}
    assert paths[(1, 3)]["via_core"] == 2
    # Straight channel of unit resistance: LCD = distance between the facing cell centres.
    assert paths[(1, 3)]["lcd"] == pytest.approx((37 - 2) * CELL[0])
    assert paths[(1, 2)]["euclid_dist_m"] == pytest.approx((18 - 3) * CELL[0])
    # Only pairs closer than 200 m edge to edge: 1-2 and 2-3 (150 m), not 1-3 (340 m).
    near = processing.run("ccsg:leastcostcorridors", {
        **common, "MAX_EUCLIDEAN_DISTANCE": 200, "DROP_VIA_CORE": True, "OUTPUT_CORRIDORS": str(tmp_path / "b.tif"),
        "OUTPUT_PATHS": str(tmp_path / "b.gpkg"), "OUTPUT_POLYGONS": str(tmp_path / "bp.gpkg")})
    pairs = {(f["core_a"], f["core_b"]) for f in QgsVectorLayer(near["OUTPUT_PATHS"], "p", "ogr").getFeatures()}
    assert pairs == {(1, 2), (2, 3)}
    assert near["PAIRS_LINKED"] == 2 and near["PAIRS_DROPPED"] == 0
