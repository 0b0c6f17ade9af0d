"""ccsg:riverconnectivity through Processing: results against the hand-computed network of the unit tests, every
parameter changing the result, styled outputs with run metadata, and each bad input with a clear message."""

from __future__ import annotations

import pytest
from qgis import processing
from qgis.core import NULL, QgsGraduatedSymbolRenderer, QgsProcessingException, QgsVectorLayer

from tests.qgis.lcp_helpers import ccsg_registered, memory_layer  # noqa: F401 - fixture
from tests.unit.test_rivers_dci import BARRIERS, STEM, hand

X0, Y0 = 500000.0, 4000000.0
CRS = "EPSG:32633"


def line_wkt(coords):
    return "LINESTRING(" + ",".join(f"{X0 + x} {Y0 + y}" for x, y in coords) + ")"


def point_wkt(x, y):
    return f"POINT({X0 + x} {Y0 + y})"


def rivers(lines=STEM, weights=(1.0, 1.0, 1.0), crs=CRS):
    return memory_layer("LineString", crs, [(line_wkt(c), [w]) for c, w in zip(lines, weights)],
                        "weight:double", "rivers")


def barriers(points=BARRIERS, p1=(0.5, 0.0), p2=(0.2, 0.7)):
    return memory_layer("Point", CRS, [(point_wkt(*xy), [a, b]) for xy, a, b in zip(points, p1, p2)],
                        "pass:double,pass2:double", "barriers")


def run(tmp_path, tag="a", **kw):
    params = {"RIVERS": rivers(), "SNAP_TOLERANCE": 1.0, "BARRIERS": barriers(), "PASSABILITY_FIELD": "pass",
              "OUTPUT_SECTIONS": str(tmp_path / f"sections_{tag}.gpkg"),
              "OUTPUT_BARRIERS": str(tmp_path / f"barriers_{tag}.gpkg"),
              "OUTPUT_SUMMARY": str(tmp_path / f"summary_{tag}.gpkg")}
    params.update(kw)
    out = processing.run("ccsg:riverconnectivity", params)
    layers = {k: QgsVectorLayer(out[k], k, "ogr") for k in ("OUTPUT_SECTIONS", "OUTPUT_BARRIERS", "OUTPUT_SUMMARY")}
    summary = [[f[n] for n in ("part", "DCI_p", "DCI_d", "total_length_m", "sections")]
               for f in layers["OUTPUT_SUMMARY"].getFeatures()]
    bars = [{n: f[n] for n in f.fields().names()} for f in layers["OUTPUT_BARRIERS"].getFeatures()]
    return layers, summary, bars


def test_hand_network_through_processing(ccsg_registered, tmp_path):  # noqa: F811
    layers, summary, bars = run(tmp_path)
    dci_p, dci_d, gain_p, gain_d = hand(0.5, 0.0)
    row = dict(zip(("part", "DCI_p", "DCI_d", "total_length_m", "sections"), summary[0]))
    assert len(summary) == 1
    assert row["DCI_p"] == pytest.approx(dci_p) and row["DCI_d"] == pytest.approx(dci_d)
    assert row["total_length_m"] == pytest.approx(300) and row["sections"] == 3
    assert [b["dDCI_p"] for b in bars] == pytest.approx(gain_p)
    assert [b["dDCI_d"] for b in bars] == pytest.approx(gain_d)
    assert [b["rank_p"] for b in bars] == [2, 1] and [b["rank_d"] for b in bars] == [1, 2]
    sections = {round(f["length_m"]): f["c_outlet"] for f in layers["OUTPUT_SECTIONS"].getFeatures()}
    assert sections[200] == pytest.approx(0.5)
    lengths = sorted(f.geometry().length() for f in layers["OUTPUT_SECTIONS"].getFeatures())
    assert lengths == pytest.approx([50, 50, 200])
    # styled (sections by c_outlet, barriers by dDCI_p, each with a DCI legend line) and documented
    for key, attr in (("OUTPUT_SECTIONS", "c_outlet"), ("OUTPUT_BARRIERS", "dDCI_p")):
        layer = layers[key]
        layer.loadDefaultStyle()
        renderer = layer.renderer()
        assert isinstance(renderer, QgsGraduatedSymbolRenderer) and renderer.classAttribute() == attr
        assert "DCI" in renderer.ranges()[0].label()
        assert '"SNAP_TOLERANCE": 1.0' in layer.metadata().abstract()


def test_every_parameter_changes_the_result(ccsg_registered, tmp_path):  # noqa: F811
    _, base, base_bars = run(tmp_path, "base")
    # RIVERS: a longer upper stem changes the lengths
    longer = [STEM[0], [(300, 0), (100, 0)], STEM[2]]
    _, got, _ = run(tmp_path, "rivers", RIVERS=rivers(longer))
    assert got[0][3] == pytest.approx(400) and got[0][1] != pytest.approx(base[0][1])
    # PASSABILITY_FIELD
    _, got, _ = run(tmp_path, "field", PASSABILITY_FIELD="pass2")
    assert got[0][1] == pytest.approx(hand(0.2, 0.7)[0])
    # BARRIERS: only the main-stem barrier
    _, got, _ = run(tmp_path, "barriers", BARRIERS=barriers(BARRIERS[:1], (0.5,), (0.5,)))
    w = [50 / 300, 250 / 300]
    assert got[0][1] == pytest.approx(100 * (w[0] ** 2 + w[1] ** 2 + 2 * w[0] * w[1] * 0.5))
    # OUTLET: at the tributary's head, DCI_d counts from the section above the closed barrier Y
    outlet = memory_layer("Point", CRS, [(point_wkt(100, 100), [1])], "id:integer", "mouth")
    _, got, _ = run(tmp_path, "outlet", OUTLET=outlet)
    assert got[0][2] == pytest.approx(100 * 50 / 300) and base[0][2] == pytest.approx(hand(0.5, 0.0)[1])
    # WEIGHT_FIELD
    _, got, _ = run(tmp_path, "weight", RIVERS=rivers(weights=(1.0, 2.0, 0.5)), WEIGHT_FIELD="weight")
    from tests.unit.test_rivers_dci import brute_dci
    exp_p, exp_d = brute_dci([50, 275, 25], [(0, 1, 0.5), (1, 2, 0.0)], 0)
    assert got[0][1] == pytest.approx(exp_p) and got[0][2] == pytest.approx(exp_d)
    # SNAP_TOLERANCE: the upper stem ends 2 units short of the confluence; joined only at a tolerance of 2
    gap = [STEM[0], [(200, 0), (102, 0)], STEM[2]]
    _, joined, _ = run(tmp_path, "snap2", RIVERS=rivers(gap), SNAP_TOLERANCE=2.0)
    assert len(joined) == 1
    _, apart, _ = run(tmp_path, "snap1", RIVERS=rivers(gap), SNAP_TOLERANCE=1.99,
                      OUTLET=memory_layer("Point", CRS, [(point_wkt(0, 0), [1]), (point_wkt(200, 0), [2])],
                                          "id:integer", "mouths"))
    assert len(apart) == 2  # one summary row per separate network
    assert sorted(r[3] for r in apart) == pytest.approx([98, 200])


def test_barrier_off_the_rivers_is_listed_not_dropped(ccsg_registered, tmp_path):  # noqa: F811
    _, summary, bars = run(tmp_path, BARRIERS=barriers([*BARRIERS, (150, 40)], (0.5, 0.0, 0.1), (1, 1, 1)))
    assert len(bars) == 3
    assert bars[2]["used"] == 0 and bars[2]["off_river_m"] == pytest.approx(40)
    assert bars[2]["dDCI_p"] == NULL and bars[2]["rank_p"] == NULL
    assert summary[0][1] == pytest.approx(hand(0.5, 0.0)[0])


@pytest.mark.parametrize("case, match", [
    ("points", "choose a layer of river lines"),
    ("geographic", "geographic CRS"),
    ("passability", "barriers 2 have a passability outside 0..1"),
    ("no_outlet", "No outlet found"),
])
def test_bad_inputs(ccsg_registered, tmp_path, case, match):  # noqa: F811
    kw = {}
    if case == "points":
        kw["RIVERS"] = memory_layer("Point", CRS, [(point_wkt(0, 0), [1.0])], "weight:double", "rivers")
    elif case == "geographic":
        kw["RIVERS"] = memory_layer("LineString", "EPSG:4326", [("LINESTRING(10 50, 10.1 50)", [1.0])],
                                    "weight:double", "rivers")
    elif case == "passability":
        kw["BARRIERS"] = barriers(p1=(0.5, 1.5))
    else:
        kw["RIVERS"] = rivers([STEM[0], STEM[1][::-1], STEM[2]])
    with pytest.raises(QgsProcessingException, match=match):
        run(tmp_path, **kw)
    assert not list(tmp_path.glob("*.gpkg"))  # nothing half-written
