"""The panel's optional step "Network", driven through its buttons: the PC and EC it shows equal a brute-force PC
from the cores (every path enumerated for p*), with Euclidean edge-to-edge distances or with the run's least-cost
distances (recomputed here by Dijkstra); dispersal distance, probability and region reach ccsg:networkmetrics;
ProtConn is shown with a region (also one in another projected CRS); a width re-cut shows the summary again; a
geographic region or one that misses the cores is refused before anything runs."""

from __future__ import annotations

import math
import re

import pytest

from tests.qgis.lcp_helpers import dijkstra, memory_layer
from tests.qgis.steps_helpers import (
    BLOCKS,
    CELL,
    ORIGIN,
    H,
    W,
    add_layer,
    click_refused,
    click_run,
    group_files,
    landscape,
    masks,
    rows_of,
    steps_dock_fixture,  # noqa: F401 - the steps_dock fixture
)
from tests.unit import network_refs as ref

IDS = list(BLOCKS)
AREAS_HA = [(r1 - r0) * (c1 - c0) * CELL * CELL / 10000.0 for r0, r1, c0, c1 in BLOCKS.values()]


def edge_distance(a, b) -> float:
    """Edge-to-edge distance of two cell blocks (axis-aligned rectangles), by hand."""
    (ar0, ar1, ac0, ac1), (br0, br1, bc0, bc1) = BLOCKS[a], BLOCKS[b]
    gap_c = max(bc0 - ac1, ac0 - bc1, 0) * CELL
    gap_r = max(br0 - ar1, ar0 - br1, 0) * CELL
    return math.hypot(gap_c, gap_r)


def brute_pc(distances: dict, dispersal: float, probability: float, landscape_ha: float) -> tuple[float, float]:
    """(PC, EC): p = exp(-k d) with p(dispersal) = probability, p* the best product over every simple path."""
    k = -math.log(probability) / dispersal
    probs = {(IDS.index(a), IDS.index(b)): math.exp(-k * d) for (a, b), d in distances.items()}
    num = ref.numerator(AREAS_HA, ref.pstar(len(IDS), probs))
    return num / landscape_ha ** 2, math.sqrt(num)


def euclidean() -> dict:
    return {(a, b): edge_distance(a, b) for i, a in enumerate(IDS) for b in IDS[i + 1:]}


def shown(dock) -> dict:
    """The summary table the panel shows: {name: text}."""
    return dict(re.findall(r"<td>(\w+)</td><td align='right'>([^<]+)</td>", dock.networkSummaryLabel.text()))


def _set(dock, dispersal, probability, kind="euclidean", region=None):
    dock.networkGroup.setChecked(True)
    dock.networkKindCombo.setCurrentIndex(dock.networkKindCombo.findData(kind))
    dock.networkDispersalSpin.setValue(dispersal)
    dock.networkProbabilitySpin.setValue(probability)
    dock.networkRegionCombo.setLayer(region)


def _check(dock, run_dir, pc, ec):
    row = rows_of(run_dir / "network_summary.gpkg")[0]
    assert row["PC"] == pytest.approx(pc, rel=1e-9) and row["EC"] == pytest.approx(ec, rel=1e-9)
    table = shown(dock)
    assert dock.networkSummaryLabel.isVisibleTo(dock)
    assert float(table["PC"]) == pytest.approx(pc, rel=1e-5)
    assert float(table["EC"].split()[0]) == pytest.approx(ec, rel=1e-5) and table["EC"].endswith("ha")


def test_euclidean_pc_and_ec_shown_equal_brute_force_and_each_control_changes_them(steps_dock):
    dock = steps_dock
    assert not dock.networkGroup.isChecked() and not dock.networkSummaryLabel.isVisibleTo(dock)
    results = {}
    for dispersal, probability in ((200, 0.5), (400, 0.5), (200, 0.2)):
        _set(dock, dispersal, probability)
        run_dir = click_run(dock)
        pc, ec = brute_pc(euclidean(), dispersal, probability, sum(AREAS_HA))
        _check(dock, run_dir, pc, ec)
        assert "ProtConn" not in shown(dock)  # no region
        results[(dispersal, probability)] = pc
    assert "id='network'" in (run_dir / "report.html").read_text(encoding="utf-8")  # the run report has it
    assert len({round(v, 12) for v in results.values()}) == 3  # distance and probability both change PC
    names = group_files()
    for name in ("network_links.gpkg", "network_cores.gpkg", "network_summary.gpkg"):
        assert name in names
    assert names.index("network_cores.gpkg") < names.index("corridors.tif")


def test_least_cost_distances_are_the_runs_paths(steps_dock):
    dock = steps_dock
    _set(dock, 300, 0.5, kind="least_cost")
    assert dock.networkDispersalSpin.suffix() == ""  # cost units
    run_dir = click_run(dock)
    m, res = masks(), landscape()
    linked = {(r["core_a"], r["core_b"]) for r in rows_of(run_dir / "least_cost_paths.gpkg")}
    assert linked
    distances = {(a, b): float(dijkstra(res, m[a], CELL, CELL)[m[b]].min()) for a, b in linked}
    pc, ec = brute_pc(distances, 300, 0.5, sum(AREAS_HA))
    _check(dock, run_dir, pc, ec)
    assert pc != pytest.approx(brute_pc(euclidean(), 300, 0.5, sum(AREAS_HA))[0], rel=1e-3)  # the kind matters


def _region(crs="EPSG:32633", shift=0.0):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject

    x0, y1 = ORIGIN[0] + shift, ORIGIN[1]
    geom = QgsGeometry.fromWkt(f"POLYGON(({x0} {y1 - H * CELL},{x0 + W * CELL} {y1 - H * CELL},"
                               f"{x0 + W * CELL} {y1},{x0} {y1},{x0} {y1 - H * CELL}))")
    if crs != "EPSG:32633":
        geom.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32633"),
                                              QgsCoordinateReferenceSystem(crs), QgsProject.instance()))
    return add_layer(memory_layer("Polygon", crs, [(geom.asWkt(17), [1])], fields="id:integer", name=f"region {crs}"))


@pytest.mark.parametrize("crs", ["EPSG:32633", "EPSG:3857"])
def test_a_region_gives_protconn_in_the_panel(steps_dock, crs):
    dock = steps_dock
    _set(dock, 200, 0.5, region=_region(crs))
    run_dir = click_run(dock)
    region_ha = H * W * CELL * CELL / 10000.0
    pc, ec = brute_pc(euclidean(), 200, 0.5, region_ha)  # A_L is the region's area with a region
    _check(dock, run_dir, pc, ec)
    # every core inside the region, none touching: ProtConn = 100 EC / A_region
    assert float(shown(dock)["ProtConn"].split()[0]) == pytest.approx(100 * ec / region_ha, rel=1e-5)
    assert rows_of(run_dir / "network_summary.gpkg")[0]["ProtConn"] == pytest.approx(100 * ec / region_ha, rel=1e-6)


def test_a_width_recut_shows_the_network_again(steps_dock):
    dock = steps_dock
    _set(dock, 200, 0.5)
    click_run(dock)
    first = shown(dock)
    dock.widthSpin.setValue(60)
    assert dock.runButton.text() == "Re-cut corridors"
    recut = click_run(dock)
    assert recut.name.startswith("width") and (recut / "network_summary.gpkg").exists()
    assert shown(dock) == first


def test_a_geographic_region_or_one_away_from_the_cores_is_refused(steps_dock, tmp_path):
    dock = steps_dock
    _set(dock, 200, 0.5, region=_region("EPSG:4326"))
    click_refused(dock, tmp_path, "'region EPSG:4326'", "geographic")
    _set(dock, 200, 0.5, region=_region(shift=1e6))
    click_refused(dock, tmp_path, "Network", "does not overlap", "'Cores'")
