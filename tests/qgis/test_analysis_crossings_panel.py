"""The panel's optional step "Infrastructure crossings", driven through its buttons: each crossing's severance cost
equals the least-cost distance difference computed directly with the road burned in, the resistance field and the
existing crossings reach ccsg:crossings, the pinch-point current is used when that step runs too, a width change
with crossings runs everything again (the crossings depend on the width), and bad layers are refused before
anything runs."""

from __future__ import annotations

import numpy as np
import pytest

from tests.qgis.analysis_helpers import spin
from tests.qgis.lcp_helpers import dijkstra, memory_layer, read_tif
from tests.qgis.steps_helpers import (
    CELL,
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
    x_of,
    y_of,
)

ROAD_COL = 28


def road(value="40", with_field=True):
    """A road along the centre line of column 28, past both edges of the grid."""
    x = x_of(ROAD_COL + 0.5)
    fields = "add:string" if with_field else "id:integer"
    return add_layer(memory_layer("LineString", "EPSG:32633", [(f"LINESTRING({x} {y_of(-2)}, {x} {y_of(H + 2)})",
                                                                 [value if with_field else 1])],
                                  fields=fields, name="roads"))


def lcd(res, a, b) -> float:
    m = masks()
    return float(dijkstra(res, m[a], CELL, CELL)[m[b]].min())


def pair_of(row) -> tuple:
    a, b = row["pair"].split("-")
    return int(a), int(b)


def _tick(dock, lines, field="", points=None):
    dock.crossingsGroup.setChecked(True)
    dock.crossingsLayerCombo.setLayer(lines)
    assert spin(lambda: dock.crossingsFieldCombo.layer() is lines, 5)
    dock.crossingsFieldCombo.setField(field)
    dock.crossingsPointsCombo.setLayer(points)


def test_severance_equals_the_direct_lcd_difference_and_the_layer_tops_the_group(steps_dock):
    dock = steps_dock
    assert not dock.crossingsGroup.isChecked()
    _tick(dock, road("40"), "add")
    run_dir = click_run(dock)
    rows = rows_of(run_dir / "crossings.gpkg")
    res = landscape()
    burned = res.copy()
    burned[:, ROAD_COL] += 40.0
    pairs = {pair_of(r) for r in rows}
    assert (1, 2) in pairs and (1, 3) not in pairs  # 1-3 stays left of the road
    for row in rows:
        a, b = pair_of(row)
        assert row["cell"][1] == ROAD_COL
        assert row["severance_cost"] == pytest.approx(lcd(burned, a, b) - lcd(res, a, b), rel=1e-6)
        assert row["current"] is None  # no pinch step
    assert sorted(r["rank"] for r in rows) == list(range(1, len(rows) + 1))
    assert "id='crossings'" in (run_dir / "report.html").read_text(encoding="utf-8")  # the run report has them
    names = group_files()
    assert names[0] == "crossings.gpkg" and names.index("crossings.gpkg") < names.index("corridors.tif")


def test_the_resistance_field_and_an_existing_crossing_change_the_result(steps_dock):
    dock = steps_dock
    lines = road("40")
    _tick(dock, lines, "")  # no field: the road cannot be crossed
    run_dir = click_run(dock)
    cut = [r for r in rows_of(run_dir / "crossings.gpkg") if pair_of(r) == (1, 2)]
    assert cut and all(r["severed"] and r["severance_cost"] is None for r in cut)
    # an underpass on the road where pair 1-2 crosses it: the 3 road cells around it stay open
    row = cut[0]["cell"][0]
    under = add_layer(memory_layer("Point", "EPSG:32633", [(f"POINT({x_of(ROAD_COL + 0.5)} {y_of(row + 0.5)})", [1])],
                                   fields="id:integer", name="underpasses"))
    _tick(dock, lines, "", under)
    run_dir = click_run(dock)
    got = [r for r in rows_of(run_dir / "crossings.gpkg") if pair_of(r) == (1, 2)]
    res = landscape()
    burned = res.copy()
    burned[:, ROAD_COL] = np.nan
    burned[max(row - 1, 0):row + 2, ROAD_COL] = res[max(row - 1, 0):row + 2, ROAD_COL]
    assert got and not any(r["severed"] for r in got)
    assert got[0]["severance_cost"] == pytest.approx(lcd(burned, 1, 2) - lcd(res, 1, 2), rel=1e-6)


def test_the_pinch_current_is_used_when_that_step_runs(steps_dock):
    dock = steps_dock
    _tick(dock, road("40"), "add")
    dock.pinchGroup.setChecked(True)
    dock.pinchCutoffSpin.setValue(0)
    run_dir = click_run(dock)
    current = read_tif(run_dir / "pinch_points.tif")
    on_road = {float(np.float32(v)) for v in current[:, ROAD_COL] if np.isfinite(v)}
    rows = rows_of(run_dir / "crossings.gpkg")
    assert rows
    for row in rows:
        assert row["current"] is not None and float(np.float32(row["current"])) in on_road


def test_a_width_change_with_crossings_runs_everything_again(steps_dock):
    dock = steps_dock
    _tick(dock, road("40"), "add")
    first = click_run(dock)
    dock.widthSpin.setValue(60)
    assert dock.runButton.text() == "Run"  # crossings are cut at the run's width: no re-cut
    second = click_run(dock)
    assert second.name.startswith("least_cost") and dock.last_run["run_dir"] == str(second) != str(first)
    assert (second / "crossings.gpkg").exists()


def test_no_line_layer_a_point_layer_or_an_empty_layer_is_refused(steps_dock, tmp_path):
    dock = steps_dock
    dock.crossingsGroup.setChecked(True)
    click_refused(dock, tmp_path, "Infrastructure crossings", "lines")
    points = add_layer(memory_layer("Point", "EPSG:32633", [(f"POINT({x_of(5)} {y_of(5)})", [1])],
                                    fields="id:integer", name="wells"))
    dock.crossingsLayerCombo.setLayer(points)  # the combo offers lines only
    assert dock.crossingsLayerCombo.currentLayer() is None
    assert all(dock.crossingsLayerCombo.layer(i) is not points for i in range(dock.crossingsLayerCombo.count()))
    click_refused(dock, tmp_path, "Infrastructure crossings")
    empty = add_layer(memory_layer("LineString", "EPSG:32633", [], fields="add:string", name="no roads"))
    dock.crossingsLayerCombo.setLayer(empty)
    click_refused(dock, tmp_path, "'no roads'", "no lines")


def test_a_crossings_step_that_fails_keeps_the_corridors_and_says_why(steps_dock):
    """Roads that miss the grid are only found out by the crossings algorithm, after the corridors ran: the run, its
    corridors and its report are kept and the panel says which step failed and why (they were all removed)."""
    dock = steps_dock
    far = x_of(W + 500)  # a road far east of the grid, in the grid's CRS
    roads = add_layer(memory_layer("LineString", "EPSG:32633", [(f"LINESTRING({far} {y_of(0)}, {far} {y_of(H)})",
                                                                  ["40"])], fields="add:string", name="far roads"))
    _tick(dock, roads, "add")
    run_dir = click_run(dock)
    step = dock.stepLabel.text()
    assert step.startswith("Done, but:") and "Infrastructure crossings failed" in step and "'far roads'" in step
    assert not (run_dir / "crossings.gpkg").exists()
    for name in ("corridors.tif", "least_cost_paths.gpkg", "corridor_polygons.gpkg", "report.html"):
        assert (run_dir / name).exists(), name
    assert {"corridors.tif", "least_cost_paths.gpkg", "corridor_polygons.gpkg"} <= set(group_files())
    # the kept corridors are the run's own: the least-cost path of each pair equals Dijkstra on the resistance
    res = landscape()
    rows = rows_of(run_dir / "least_cost_paths.gpkg")
    assert rows
    for row in rows:
        assert row["lcd"] == pytest.approx(lcd(res, row["core_a"], row["core_b"]), rel=1e-9)


def test_every_step_after_the_corridors_is_optional_and_the_corridors_are_not(steps_dock, tmp_path):
    """What the failing-crossings test shows holds for each extra step: pinch points, restoration, crossings and
    network (and the report) keep the run when they fail; the corridors and what they need do not."""
    from ccsg_plugin.gui import analysis_plan

    dock = steps_dock
    _tick(dock, road("40"), "add")
    dock.pinchGroup.setChecked(True)
    dock.restorationGroup.setChecked(True)
    dock.networkGroup.setChecked(True)
    plan = analysis_plan.full_plan(dock.run_spec(), tmp_path / "plan")
    ids = [step.algorithm_id for step in plan.steps]
    assert ids == ["ccsg:leastcostcorridors", "ccsg:pinchpoints", "ccsg:barriers", "ccsg:crossings",
                   "ccsg:networkmetrics", "ccsg:runreport"]
    assert [step.optional for step in plan.steps] == [False, True, True, True, True, True]
