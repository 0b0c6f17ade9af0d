"""ccsg:networkmetrics on small synthetic networks: every output field against brute-force references written in
the tests (all simple paths enumerated; a direct Laplacian solve for centrality), each parameter changing the
result, and bad input refused with a clear message and no output file."""

from __future__ import annotations

import math

import pytest
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsSymbolLayer,
    QgsVectorLayer,
)

from tests.qgis.lcp_helpers import ccsg_registered, files_in, memory_layer  # noqa: F401 - fixture
from tests.unit import network_refs as ref
from tests.unit.test_network_centrality import reference as circuit_reference

X0, Y0 = 500000.0, 4000000.0
# four 100 m squares on a row: gaps 200 m (1-2) and 300 m (2-3); core 4 is 4.9 km beyond core 1
BOXES = {1: (0, 100), 2: (300, 400), 3: (700, 800), 4: (-5000, -4900)}


def box(x0, x1, y0=0.0, y1=100.0):
    return (f"POLYGON(({X0 + x0} {Y0 + y0},{X0 + x1} {Y0 + y0},{X0 + x1} {Y0 + y1},{X0 + x0} {Y0 + y1},"
            f"{X0 + x0} {Y0 + y0}))")


def cores_layer(boxes=BOXES, quality=None):
    rows = [(box(*b), [cid, (quality or {}).get(cid, 1.0)]) for cid, b in boxes.items()]
    return memory_layer("Polygon", "EPSG:32633", rows, fields="core_id:integer,quality:double", name="net cores")


def paths_layer(rows):
    """Straight lines between core centres, with the given least-cost distances."""
    centre = {cid: ((a + b) / 2, 50.0) for cid, (a, b) in BOXES.items()}
    out = []
    for a, b, lcd in rows:
        (xa, ya), (xb, yb) = centre[a], centre[b]
        out.append((f"LINESTRING({X0 + xa} {Y0 + ya},{X0 + xb} {Y0 + yb})", [a, b, lcd]))
    return memory_layer("LineString", "EPSG:32633", out, fields="core_a:integer,core_b:integer,lcd:double",
                        name="lcps")


def region_layer(wkt, crs="EPSG:32633"):
    return memory_layer("Polygon", crs, [(wkt, [1])], fields="id:integer", name="region")


def run(tmp_path, name="run", feedback=None, **extra):
    out = tmp_path / name
    out.mkdir(exist_ok=True)
    params = {"CORES": extra.pop("CORES", None) or cores_layer(), "CORE_ID_FIELD": "core_id", "DISTANCE": 0,
              "DISPERSAL_DISTANCE": 400.0, "PROBABILITY": 0.5, "THRESHOLD": 350.0,
              "OUTPUT_CORES": str(out / "cores.gpkg"), "OUTPUT_LINKS": str(out / "links.gpkg"),
              "OUTPUT_SUMMARY": str(out / "summary.gpkg"), **extra}
    result = processing.run("ccsg:networkmetrics", params, feedback=feedback)
    return out, result


def read(path):
    layer = QgsVectorLayer(str(path), "x", "ogr")
    assert layer.isValid(), path
    return list(layer.getFeatures())


def by_core(out):
    return {f["core_id"]: f for f in read(out / "cores.gpkg")}


def by_link(out):
    return {(f["core_a"], f["core_b"]): f for f in read(out / "links.gpkg")}


def summary(out):
    rows = read(out / "summary.gpkg")
    assert len(rows) == 1
    return rows[0]


def brute(areas, dist, dispersal, prob, threshold, landscape):
    """Everything by enumeration: dist is {(i, j): d} over the direct links (0-based i < j)."""
    n = len(areas)
    k = -math.log(prob) / dispersal
    probs = {e: math.exp(-k * d) for e, d in dist.items()}
    ps = ref.pstar(n, probs)
    num = ref.numerator(areas, ps)
    dpc = [100 * (num - ref.numerator(areas, ref.pstar(n, probs, removed_node=c), skip=c)) / num for c in range(n)]
    binary = {e for e, d in dist.items() if d <= threshold}
    h = ref.hops(n, binary)
    inum = ref.iic_numerator(areas, h)
    return {"pc": num / landscape ** 2, "ec": math.sqrt(num), "iic": inum / landscape ** 2, "dpc": dpc, "probs": probs,
            "num": num, "ps": ps,
            "link_dpc": {e: 100 * (num - ref.numerator(areas, ref.pstar(n, probs, removed_edge=e))) / num
                         for e in dist}}


EUCLID = {(0, 1): 200.0, (0, 2): 600.0, (0, 3): 4900.0, (1, 2): 300.0, (1, 3): 5200.0, (2, 3): 5600.0}


def test_euclidean_network_matches_brute_force(ccsg_registered, tmp_path):  # noqa: F811
    out, result = run(tmp_path)
    want = brute([1.0] * 4, EUCLID, 400.0, 0.5, 350.0, 4.0)
    cores = by_core(out)
    for i, cid in enumerate((1, 2, 3, 4)):
        assert cores[cid]["dPC"] == pytest.approx(want["dpc"][i], rel=1e-9)
        intra = 100 / want["num"]
        flux = 100 * 2 * sum(want["ps"][i][j] for j in range(4) if j != i) / want["num"]
        assert cores[cid]["dPC_intra"] == pytest.approx(intra, rel=1e-9)
        assert cores[cid]["dPC_flux"] == pytest.approx(flux, rel=1e-9)
        assert cores[cid]["dPC_connector"] == pytest.approx(want["dpc"][i] - intra - flux, abs=1e-9)
    assert [cores[c]["component"] for c in (1, 2, 3, 4)] == [1, 1, 1, 2]
    assert cores[2]["dPC_connector"] > 0  # core 2 is the stepping stone between 1 and 3
    links = by_link(out)
    assert set(links) == {(1, 2), (2, 3)}  # 1-3 (600 m) and core 4 are beyond the 350 m threshold
    for (a, b), e in (((1, 2), (0, 1)), ((2, 3), (1, 2))):
        assert links[(a, b)]["distance"] == pytest.approx(EUCLID[e])
        assert links[(a, b)]["p"] == pytest.approx(want["probs"][e])
        assert links[(a, b)]["dPC_link"] == pytest.approx(want["link_dpc"][e], rel=1e-9)
    assert links[(1, 2)].geometry().length() == pytest.approx(200.0)  # the shortest segment between the cores
    row = summary(out)
    assert row["PC"] == pytest.approx(want["pc"], rel=1e-12)
    assert row["EC"] == pytest.approx(want["ec"], rel=1e-12)
    assert row["IIC"] == pytest.approx(want["iic"], rel=1e-12)
    assert row["components"] == 2
    assert row["ProtConn"] is None or (hasattr(row["ProtConn"], "isNull") and row["ProtConn"].isNull())
    assert result["PC"] == pytest.approx(want["pc"])
    # centrality on the links 1-2 (R 200) and 2-3 (R 300): a direct solve of the Laplacian, pair by pair
    node, link = circuit_reference(4, [(0, 1), (1, 2)], [200.0, 300.0])
    assert [cores[c]["cf_centrality"] for c in (1, 2, 3, 4)] == pytest.approx(list(node))
    assert [links[(1, 2)]["cf_centrality"], links[(2, 3)]["cf_centrality"]] == pytest.approx(list(link))


def test_least_cost_distances_from_paths(ccsg_registered, tmp_path):  # noqa: F811
    lcps = paths_layer([(1, 2, 1000.0), (2, 3, 1500.0), (1, 4, 9000.0)])
    out, _ = run(tmp_path, DISTANCE=1, PATHS=lcps, DISPERSAL_DISTANCE=2000.0, THRESHOLD=2000.0)
    dist = {(0, 1): 1000.0, (1, 2): 1500.0, (0, 3): 9000.0}
    want = brute([1.0] * 4, dist, 2000.0, 0.5, 2000.0, 4.0)
    cores = by_core(out)
    assert [cores[c]["dPC"] for c in (1, 2, 3, 4)] == pytest.approx(want["dpc"], rel=1e-9)
    assert [cores[c]["component"] for c in (1, 2, 3, 4)] == [1, 1, 1, 2]  # 1-4 (9000) is beyond the threshold
    links = by_link(out)
    assert set(links) == {(1, 2), (2, 3), (1, 4)}  # every path is a link
    assert links[(1, 4)]["dPC_link"] == pytest.approx(want["link_dpc"][(0, 3)], rel=1e-9)
    assert links[(1, 2)].geometry().length() == pytest.approx(300.0)  # the path's own line
    node, link = circuit_reference(4, [(0, 1), (1, 2), (0, 3)], [1000.0, 1500.0, 9000.0])
    assert [cores[c]["cf_centrality"] for c in (1, 2, 3, 4)] == pytest.approx(list(node))
    assert summary(out)["PC"] == pytest.approx(want["pc"], rel=1e-12)


def test_attribute_field_replaces_the_area(ccsg_registered, tmp_path):  # noqa: F811
    quality = {1: 5.0, 2: 1.0, 3: 2.0, 4: 0.5}
    out, _ = run(tmp_path, CORES=cores_layer(quality=quality), ATTRIBUTE_FIELD="quality")
    a = [5.0, 1.0, 2.0, 0.5]
    want = brute(a, EUCLID, 400.0, 0.5, 350.0, sum(a))
    row = summary(out)
    assert row["EC"] == pytest.approx(want["ec"], rel=1e-12)
    assert row["PC"] == pytest.approx(want["pc"], rel=1e-12)
    base, _ = run(tmp_path, name="base")
    assert summary(base)["EC"] != pytest.approx(row["EC"])


@pytest.mark.parametrize("key, value", [("DISPERSAL_DISTANCE", 800.0), ("PROBABILITY", 0.2), ("THRESHOLD", 700.0)])
def test_each_parameter_changes_the_result(ccsg_registered, tmp_path, key, value):  # noqa: F811
    base, _ = run(tmp_path, name="base")
    other, _ = run(tmp_path, name="other", **{key: value})
    before, after = summary(base), summary(other)
    if key == "THRESHOLD":
        assert after["PC"] == pytest.approx(before["PC"])  # PC counts every pair whatever the threshold
        assert after["IIC"] > before["IIC"]
        assert set(by_link(other)) == {(1, 2), (2, 3), (1, 3)}
    else:
        assert after["PC"] != pytest.approx(before["PC"])


def test_threshold_exactly_at_a_distance_keeps_the_link(ccsg_registered, tmp_path):  # noqa: F811
    at, _ = run(tmp_path, name="at", THRESHOLD=300.0)
    below, _ = run(tmp_path, name="below", THRESHOLD=299.99)
    assert set(by_link(at)) == {(1, 2), (2, 3)}
    assert set(by_link(below)) == {(1, 2)}
    assert summary(at)["components"] == 2 and summary(below)["components"] == 3


def test_protconn_one_area_in_the_region(ccsg_registered, tmp_path):  # noqa: F811
    """Only core 1 lies in the region (1 ha of 54 ha): the other cores add nothing (no area inside)."""
    region = region_layer(box(-450, 150, -400, 500))  # 600 m x 900 m = 54 ha, holds core 1 only
    out, result = run(tmp_path, REGION=region)
    row = summary(out)
    assert row["Prot"] == pytest.approx(100 * 1 / 54)
    assert row["ProtConn"] == pytest.approx(row["Prot"])
    assert row["ProtUnconn"] == pytest.approx(0.0, abs=1e-12)
    assert row["landscape_area"] == pytest.approx(54.0)
    assert result["PROTCONN"] == pytest.approx(row["ProtConn"])


def test_protconn_two_unconnected_areas(ccsg_registered, tmp_path):  # noqa: F811
    """Cores 1 and 4 in the region, no path joins them (least-cost mode): ProtConn from their areas alone; cores 2
    and 3 are outside and add nothing."""
    region = region_layer(box(-5100, 150, -100, 300))  # 5250 m x 400 m = 210 ha
    lcps = paths_layer([(1, 2, 1000.0), (2, 3, 1500.0)])
    out, _ = run(tmp_path, DISTANCE=1, PATHS=lcps, DISPERSAL_DISTANCE=2000.0, THRESHOLD=2000.0, REGION=region)
    row = summary(out)
    assert row["ProtConn"] == pytest.approx(100 * math.sqrt(1 + 1) / 210)
    assert row["Prot"] == pytest.approx(100 * 2 / 210)
    assert row["ProtConn_Within"] == pytest.approx(100.0)


def test_protconn_transboundary_stepping_stone(ccsg_registered, tmp_path):  # noqa: F811
    """Cores 1 and 3 inside, core 2 between them outside the region (a hole): the Trans part is what 2 adds."""
    region_wkt = ("POLYGON((" + ",".join(f"{X0 + x} {Y0 + y}" for x, y in
                                         ((-50, -50), (850, -50), (850, 150), (-50, 150), (-50, -50))) + "),(" +
                  ",".join(f"{X0 + x} {Y0 + y}" for x, y in
                           ((250, -20), (450, -20), (450, 120), (250, 120), (250, -20))) + "))")
    region = region_layer(region_wkt)
    out, _ = run(tmp_path, REGION=region, CORES=cores_layer({c: BOXES[c] for c in (1, 2, 3)}))
    row = summary(out)
    area_l = (900 * 200 - 200 * 140) / 10000
    k = math.log(2) / 400
    p13 = max(math.exp(-k * 600), math.exp(-k * 500))  # via core 2: 200 + 300
    ec = math.sqrt(2 + 2 * p13)
    ec_inside = math.sqrt(2 + 2 * math.exp(-k * 600))
    assert row["ProtConn"] == pytest.approx(100 * ec / area_l)
    assert row["ProtConn_Trans"] == pytest.approx(100 * (ec - ec_inside) / ec)
    assert (row["ProtConn_Within"] + row["ProtConn_Contig"] + row["ProtConn_Unprot"] + row["ProtConn_Trans"]
            == pytest.approx(100.0))


def test_region_in_another_crs_is_reprojected(ccsg_registered, tmp_path):  # noqa: F811
    wkt = box(-450, 150, -400, 500)
    same, _ = run(tmp_path, name="same", REGION=region_layer(wkt))
    geom = QgsGeometry.fromWkt(wkt)
    geom.densifyByCount(50)
    transform = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32633"),
                                       QgsCoordinateReferenceSystem("EPSG:3035"), QgsProject.instance())
    geom.transform(transform)
    feedback = QgsProcessingFeedback()
    messages = []
    feedback.pushInfo = messages.append
    other, _ = run(tmp_path, name="other", feedback=feedback, REGION=region_layer(geom.asWkt(), "EPSG:3035"))
    assert summary(other)["ProtConn"] == pytest.approx(summary(same)["ProtConn"], rel=1e-4)
    assert any("reprojected" in m for m in messages)


def refused(tmp_path, *patterns, **extra):
    with pytest.raises(QgsProcessingException) as info:
        run(tmp_path, name="bad", **extra)
    for pattern in patterns:
        assert pattern in str(info.value), str(info.value)
    assert files_in(tmp_path / "bad") == []


def test_one_core_is_refused(ccsg_registered, tmp_path):  # noqa: F811
    refused(tmp_path, "'net cores' holds 1 core", "at least two", CORES=cores_layer({1: BOXES[1]}))


def test_zero_dispersal_distance_is_refused(ccsg_registered, tmp_path):  # noqa: F811
    refused(tmp_path, "dispersal distance must be greater than 0", DISPERSAL_DISTANCE=0.0)


@pytest.mark.parametrize("value", [0.0, 1.0, 1.5, -0.2])
def test_probability_outside_0_1_is_refused(ccsg_registered, tmp_path, value):  # noqa: F811
    refused(tmp_path, "between 0 and 1", PROBABILITY=value)


def test_cores_outside_the_region_are_refused(ccsg_registered, tmp_path):  # noqa: F811
    refused(tmp_path, "No core area lies inside the region", REGION=region_layer(box(20000, 21000)))


def test_least_cost_mode_needs_paths(ccsg_registered, tmp_path):  # noqa: F811
    refused(tmp_path, "paths layer", DISTANCE=1)
    bad = memory_layer("LineString", "EPSG:32633", [("LINESTRING(0 0, 1 1)", [1, 9, 5.0])],
                       fields="core_a:integer,core_b:integer,lcd:double", name="other run")
    refused(tmp_path, "'other run' links cores 9", DISTANCE=1, PATHS=bad)


def test_outputs_are_styled_with_run_metadata(ccsg_registered, tmp_path):  # noqa: F811
    """Default styles and run metadata are stored in the GeoPackages: cores get a circle sized by dPC (the largest
    12 mm, the one of the most important core), links are classed by dPC_link."""
    out, _ = run(tmp_path)
    cores = QgsVectorLayer(str(out / "cores.gpkg"), "c", "ogr")
    marker = cores.renderer().symbol().symbolLayer(1).subSymbol()
    size = marker.symbolLayer(0).dataDefinedProperties().property(QgsSymbolLayer.PropertySize)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(cores))
    sizes = {}
    for feature in cores.getFeatures():
        context.setFeature(feature)
        sizes[feature["core_id"]] = size.valueAsDouble(context, 0.0)[0]
    assert sizes[2] == pytest.approx(12.0)  # core 2, the stepping stone, has the highest dPC
    assert sizes[4] < sizes[1] < sizes[2]
    links = QgsVectorLayer(str(out / "links.gpkg"), "l", "ogr")
    assert links.renderer().classAttribute() == "dPC_link"
    for layer in (cores, links):
        assert '"DISPERSAL_DISTANCE": 400.0' in layer.metadata().abstract()
