"""ccsg:corridorchange end to end on a corridor store: the indicators against references computed here (cell counts,
a plain Dijkstra), the change raster, the report, the monitoring record (two runs -> two rows, integrity, orphaned
rows, a process killed mid-append), every parameter changing the result, and each bad input with nothing appended."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
from qgis import processing
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)

from ccsg_plugin.gis import corridor_store as cs
from ccsg_plugin.gis.corridor_store import monitoring_record
from tests.qgis.designer_support import CRS
from tests.qgis.lcp_helpers import ccsg_registered, dijkstra, memory_layer, read_tif, write_tif  # noqa: F401

CELL = 10.0
ORIGIN = (500000.0, 4000000.0)
ROWS, COLS = 40, 60
# In cells: core A columns 0-4, core B 55-59 (rows 10-29); the corridor rows 15-24, columns 5-54.
CORRIDOR = (15, 25, 5, 55)
CORES = {1: (10, 30, 0, 5), 2: (10, 30, 55, 60)}
CLEARED = (17, 21, 20, 25)  # 4 x 5 cells cleared
ROAD_COL = 40


def x_of(c):
    return ORIGIN[0] + c * CELL


def y_of(r):
    return ORIGIN[1] - r * CELL


def rect_wkt(r0, r1, c0, c1):
    return (f"POLYGON(({x_of(c0)} {y_of(r1)},{x_of(c1)} {y_of(r1)},{x_of(c1)} {y_of(r0)},{x_of(c0)} {y_of(r0)},"
            f"{x_of(c0)} {y_of(r1)}))")


def mask(r0, r1, c0, c1):
    m = np.zeros((ROWS, COLS), bool)
    m[r0:r1, c0:c1] = True
    return m


def before_array():
    r = np.full((ROWS, COLS), 100.0)
    r[mask(*CORRIDOR)] = 1.0
    for block in CORES.values():
        r[mask(*block)] = 1.0
    return r


def after_array():
    r = before_array()
    r[mask(*CLEARED)] = 50.0
    r[:, ROAD_COL] = 20.0
    return r


def reference_lcd(r):
    allowed = mask(*CORRIDOR) | mask(*CORES[1]) | mask(*CORES[2])
    res = np.where(allowed, r, np.nan)
    return float(dijkstra(res, mask(*CORES[1]), CELL, CELL)[mask(*CORES[2])].min())


def road_layer(name="roads after"):
    x = x_of(ROAD_COL + 0.5)
    return memory_layer("LineString", "EPSG:32633", [(f"LINESTRING({x} {y_of(5)}, {x} {y_of(35)})", [1])],
                        fields="id:integer", name=name)


@pytest.fixture
def scene(tmp_path, ccsg_registered, qgis_new_project):  # noqa: F811
    return make_scene(tmp_path)


def make_scene(tmp_path):
    """A corridor store holding the corridor, the cores, and the BEFORE / AFTER rasters (the layers owned by the
    project)."""
    store_path = tmp_path / "store.gpkg"
    layer = cs.create_or_open(store_path, CRS)
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromWkt(rect_wkt(*CORRIDOR)))
    feature["name"] = "Southern bottleneck"
    feature["corridor_id"] = "C-1"
    layer.addFeature(feature)
    assert layer.commitChanges()
    cores = memory_layer("Polygon", "EPSG:32633", [(rect_wkt(*b), [k]) for k, b in CORES.items()])
    QgsProject.instance().addMapLayers([layer, cores], False)  # QGIS frees them, not Python's collector at exit
    return {"tmp": tmp_path, "store": store_path, "layer": layer, "cores": cores,
            "before": write_tif(tmp_path / "before.tif", before_array(), ORIGIN),
            "after": write_tif(tmp_path / "after.tif", after_array(), ORIGIN)}


def params(scene, tag, **extra):
    out = {"CORRIDORS": scene["layer"], "CORES": scene["cores"], "CORE_ID_FIELD": "core_id",
           "BEFORE": scene["before"], "AFTER": scene["after"], "HABITAT_MAX_RESISTANCE": 10.0,
           "BARRIERS_AFTER": road_layer(), "DATE_BEFORE": "2019-05-01", "DATE_AFTER": "2024-05-01",
           "OUTPUT": str(scene["tmp"] / f"{tag}.gpkg"), "OUTPUT_CHANGE": str(scene["tmp"] / f"{tag}.tif"),
           "REPORT": str(scene["tmp"] / f"{tag}.html")}
    out.update(extra)
    return out


def rows_of(path):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    return [{k: (None if v is None or (hasattr(v, "isNull") and v.isNull()) else v)
             for k, v in zip(layer.fields().names(), f.attributes())} for f in layer.getFeatures()]


def record(path):
    con = sqlite3.connect(str(path))
    con.row_factory = sqlite3.Row
    try:
        if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'monitoring'").fetchone() is None:
            return []
        return [dict(r) for r in con.execute("SELECT * FROM monitoring ORDER BY id")]
    finally:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()


class Feedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)


# ----- the run --------------------------------------------------------------------------------------------------
def test_clearing_and_road_against_references_and_two_runs_append_two_rows(scene):
    result = processing.run("ccsg:corridorchange", params(scene, "one"))
    (row,) = rows_of(result["OUTPUT"])
    corridor_ha = 10 * 50 * CELL * CELL / 1e4
    cleared_ha = 4 * 5 * CELL * CELL / 1e4
    road_ha = 10 * CELL * CELL / 1e4  # the road's 10 cells inside the corridor are no habitat either
    assert row["habitat_before_ha"] == pytest.approx(corridor_ha)
    assert row["habitat_after_ha"] == pytest.approx(corridor_ha - cleared_ha - road_ha)
    assert row["lcd_before"] == pytest.approx(reference_lcd(before_array()), rel=1e-6)
    assert row["lcd_after"] == pytest.approx(reference_lcd(after_array()), rel=1e-6)
    assert row["new_severing_lines"] == 1
    # the store keeps corridors as MultiPolygons: the passage is still measured (10 cells wide, then cut by the road)
    assert row["min_habitat_width_before_m"] == pytest.approx(10 * CELL) and row["min_habitat_width_after_m"] == 0
    assert row["largest_gap_before_m"] == 0 and row["largest_gap_after_m"] == pytest.approx(CELL)
    assert row["trend"] == "degraded" and row["name"] == "Southern bottleneck"
    change = read_tif(result["OUTPUT_CHANGE"])
    assert int(np.sum(change == 1)) == 20 + 10 and int(np.sum(change == 2)) == 0
    html = Path(result["REPORT"]).read_text(encoding="utf-8")
    assert html.count("<section class='corridor'") == 1 and html.count("data:image/png;base64") == 2
    assert "Southern bottleneck" in html and "Between 2019-05-01 and 2024-05-01" in html
    assert result["RECORD_ROWS"] == 1
    processing.run("ccsg:corridorchange", params(scene, "two", DATE_BEFORE="2024-05-01", DATE_AFTER="2025-05-01"))
    rows = record(scene["store"])
    assert len(rows) == 2
    assert [(r["date_before"], r["date_after"]) for r in rows] == [("2019-05-01", "2024-05-01"),
                                                                  ("2024-05-01", "2025-05-01")]
    assert rows[0]["corridor_id"] == "C-1" and rows[0]["plugin_version"] and "before.tif" in rows[0]["sources"]
    assert rows[0]["habitat_change_pct"] == pytest.approx(-100 * (cleared_ha + road_ha) / corridor_ha)
    assert "History" in (scene["tmp"] / "two.html").read_text(encoding="utf-8")
    assert "2019-05-01 → 2024-05-01" in (scene["tmp"] / "two.html").read_text(encoding="utf-8")


def test_a_deleted_corridor_keeps_its_rows_marked_orphaned(scene):
    processing.run("ccsg:corridorchange", params(scene, "one"))
    layer = scene["layer"]
    layer.startEditing()
    layer.deleteFeature(next(layer.getFeatures()).id())
    assert layer.commitChanges()
    (row,) = record(scene["store"])
    assert row["orphaned"] == 1 and row["corridor_name"] == "Southern bottleneck"


# ----- every parameter changes the result ---------------------------------------------------------------------------
def test_parameters_change_the_result(scene, tmp_path):
    base = rows_of(processing.run("ccsg:corridorchange", params(scene, "base", APPEND_RECORD=False))["OUTPUT"])[0]
    assert record(scene["store"]) == []  # APPEND_RECORD off: nothing appended
    # HABITAT_MAX_RESISTANCE 20: the road's cells are habitat now
    wide = rows_of(processing.run("ccsg:corridorchange",
                                  params(scene, "wide", HABITAT_MAX_RESISTANCE=20.0, APPEND_RECORD=False))["OUTPUT"])[0]
    assert wide["habitat_after_ha"] - base["habitat_after_ha"] == pytest.approx(10 * CELL * CELL / 1e4)
    # BARRIERS_BEFORE holding the same road: it is no new severing line
    same = rows_of(processing.run("ccsg:corridorchange", params(
        scene, "same", BARRIERS_BEFORE=road_layer("roads before"), APPEND_RECORD=False))["OUTPUT"])[0]
    assert base["new_severing_lines"] == 1 and same["new_severing_lines"] == 0
    # with the road's cells counted as habitat (passable habitat still runs from core to core), only the least-cost
    # distance's rise (the road's resistance 20 on one cell of the route) makes the default profile say degraded
    open_road = rows_of(processing.run("ccsg:corridorchange", params(
        scene, "open", BARRIERS_BEFORE=road_layer("roads before"), HABITAT_MAX_RESISTANCE=20.0,
        APPEND_RECORD=False))["OUTPUT"])[0]
    assert open_road["habitat_change_pct"] == pytest.approx(-4.0) and open_road["min_habitat_width_after_m"] > 0
    assert open_road["lcd_change_pct"] > 10 and open_road["trend"] == "degraded"
    # PROFILE: a profile whose thresholds make the same change "stable" (loss 40 %, LCD rise 1000 %)
    profile = tmp_path / "lenient.json"
    from ccsg_plugin import paths
    from ccsg_plugin.core.criteria import profiles as prof

    p = prof.load_profile(bundled_dir=paths.profiles())
    p.id = "lenient"
    p.monitoring = {"thresholds": {"habitat_loss_pct": 40, "lcd_rise_pct": 1000}, "source": "test"}
    prof.save_profile(p, profile)
    lenient = rows_of(processing.run("ccsg:corridorchange", params(
        scene, "lenient", PROFILE=str(profile), BARRIERS_BEFORE=road_layer("roads before"),
        HABITAT_MAX_RESISTANCE=20.0, APPEND_RECORD=False))["OUTPUT"])[0]
    assert lenient["lcd_change_pct"] == pytest.approx(open_road["lcd_change_pct"]) and lenient["trend"] == "stable"
    # TABLE: land-cover rasters (1 forest, 2 crop, 3 road), habitat from the table's column
    classes_b = np.where(before_array() == 1.0, 1.0, 2.0)
    classes_a = classes_b.copy()
    classes_a[mask(*CLEARED)] = 2.0
    classes_a[:, ROAD_COL] = 3.0
    table = tmp_path / "table.csv"
    table.write_text("class,resistance,label,habitat\n1,1,forest,yes\n2,100,crop,no\n3,20,road,yes\n")
    lc = rows_of(processing.run("ccsg:corridorchange", params(
        scene, "lc", BEFORE=write_tif(tmp_path / "lcb.tif", classes_b, ORIGIN),
        AFTER=write_tif(tmp_path / "lca.tif", classes_a, ORIGIN), TABLE=str(table), APPEND_RECORD=False))["OUTPUT"])[0]
    assert lc["habitat_after_ha"] == pytest.approx(wide["habitat_after_ha"])  # the table calls the road habitat
    # DATE_BEFORE / DATE_AFTER go into the record
    processing.run("ccsg:corridorchange", params(scene, "dated", DATE_BEFORE="2001-01-01"))
    assert record(scene["store"])[0]["date_before"] == "2001-01-01"


def test_unchanged_rasters_give_stable_with_zero_change(scene):
    result = processing.run("ccsg:corridorchange", params(scene, "same", AFTER=scene["before"], BARRIERS_AFTER=None,
                                                          APPEND_RECORD=False))
    (row,) = rows_of(result["OUTPUT"])
    assert row["trend"] == "stable" and row["habitat_change_pct"] == 0 and row["lcd_change_pct"] == 0
    change = read_tif(result["OUTPUT_CHANGE"])
    assert not np.any(change == 1) and not np.any(change == 2)


# ----- bad inputs: a message, nothing appended --------------------------------------------------------------------
def _refused(scene, tag, match, **extra):
    with pytest.raises(QgsProcessingException, match=match):
        processing.run("ccsg:corridorchange", params(scene, tag, **extra))
    assert record(scene["store"]) == []
    assert not (scene["tmp"] / f"{tag}.gpkg").exists() and not (scene["tmp"] / f"{tag}.tif").exists()


def test_dates_in_the_wrong_order(scene):
    _refused(scene, "dates", "wrong order", DATE_BEFORE="2024-05-01", DATE_AFTER="2019-05-01")


def test_different_crs(scene, tmp_path):
    other = write_tif(tmp_path / "utm34.tif", after_array(), ORIGIN, epsg=32634)
    _refused(scene, "crs", "different CRSs", AFTER=other)


def test_class_tables_that_disagree(scene, tmp_path):
    classes = np.where(before_array() == 1.0, 1.0, 2.0)
    a = tmp_path / "a.csv"
    b = tmp_path / "b.csv"
    a.write_text("class,resistance,label,habitat\n1,1,forest,yes\n2,100,crop,no\n")
    b.write_text("class,resistance,label,habitat\n1,5,forest,yes\n2,100,crop,no\n")
    lc = write_tif(tmp_path / "lc.tif", classes, ORIGIN)
    _refused(scene, "tables", "disagree on class", BEFORE=lc, AFTER=lc, TABLE=str(a), TABLE_AFTER=str(b))


def test_read_only_store(scene):
    from tests.qgis.test_designer_store import _make_read_only, _make_writable

    if not _make_read_only(scene["store"]):
        pytest.skip("cannot make a file read-only for root here (no chattr)")
    try:
        _refused(scene, "ro", "read-only")
    finally:
        _make_writable(scene["store"])


def test_other_grid_is_resampled_and_said(scene, tmp_path):
    coarse = after_array()[::2, ::2]  # 20 m cells
    path = write_tif(tmp_path / "coarse.tif", coarse, ORIGIN, cell=(20.0, 20.0))
    feedback = Feedback()
    result = processing.run("ccsg:corridorchange", params(scene, "resampled", AFTER=path, APPEND_RECORD=False),
                            feedback=feedback)
    assert any("resampled to BEFORE's grid" in w for w in feedback.warnings)
    assert "resampled" in Path(result["REPORT"]).read_text(encoding="utf-8")
    expected = np.repeat(np.repeat(coarse, 2, axis=0), 2, axis=1)  # nearest neighbour on the 10 m grid
    habitat = (expected <= 10.0) & mask(*CORRIDOR)
    (row,) = rows_of(result["OUTPUT"])
    assert row["habitat_after_ha"] == pytest.approx(habitat.sum() * CELL * CELL / 1e4)


def test_corridor_outside_the_rasters_is_listed_as_not_evaluated(scene):
    layer = scene["layer"]
    layer.startEditing()
    far = QgsFeature(layer.fields())
    far.setGeometry(QgsGeometry.fromWkt(rect_wkt(200, 210, 200, 250)))
    far["name"] = "Far away"
    layer.addFeature(far)
    assert layer.commitChanges()
    result = processing.run("ccsg:corridorchange", params(scene, "far"))
    rows = {r["name"]: r for r in rows_of(result["OUTPUT"])}
    assert rows["Far away"]["trend"] == "not_evaluated" and "does not cover" in rows["Far away"]["trend_reasons"]
    assert rows["Southern bottleneck"]["trend"] == "degraded"
    assert sorted(r["trend"] for r in record(scene["store"])) == ["degraded", "not_evaluated"]


# ----- a process killed in the middle of an append --------------------------------------------------------------------
def _append_and_die(path, rows: int, die_after: int):
    script = textwrap.dedent(f"""
        import os, signal, sys
        sys.path.insert(0, {os.getcwd()!r})
        from qgis.core import QgsApplication
        app = QgsApplication([], False); app.initQgis()
        from ccsg_plugin.gis.corridor_store import monitoring_record as mr
        rows = [dict(run_id="killed", corridor_fid=1, corridor_name="c", date_before="2020-01-01",
                     date_after="2021-01-01", habitat_before_ha=float(i), trend="stable") for i in range({rows})]
        def hook(con, i):
            if i == {die_after}:
                os.kill(os.getpid(), signal.SIGKILL)
        mr.append({str(path)!r}, rows, after_hook=hook)
        os.kill(os.getpid(), signal.SIGKILL)
        """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=os.getcwd(), capture_output=True, timeout=120)
    assert done.returncode == -9, done.stderr.decode()[-2000:]


def test_killed_mid_append_leaves_whole_rows_or_none(scene):
    processing.run("ccsg:corridorchange", params(scene, "one"))  # one committed row before
    _append_and_die(scene["store"], rows=3, die_after=1)  # killed inside the transaction, after 2 of 3 inserts
    rows = record(scene["store"])
    assert len(rows) == 1 and rows[0]["run_id"] != "killed"
    _append_and_die(scene["store"], rows=3, die_after=99)  # killed right after the commit
    rows = record(scene["store"])
    assert len(rows) == 4 and [r["habitat_before_ha"] for r in rows[1:]] == [0.0, 1.0, 2.0]
    assert monitoring_record.history(scene["store"], 1)[0]["corridor_fid"] == 1
    assert QgsRasterLayer(str(scene["tmp"] / "one.tif")).isValid()


def test_the_check_report_shows_the_corridors_monitoring_history(scene):
    check = {"CORRIDORS": scene["layer"], "CORES": scene["cores"], "OUTPUT": str(scene["tmp"] / "check0.gpkg"),
             "REPORT": str(scene["tmp"] / "check0.html")}
    processing.run("ccsg:checkcorridors", check)
    assert "Monitoring history" not in Path(check["REPORT"]).read_text(encoding="utf-8")  # no record yet
    processing.run("ccsg:corridorchange", params(scene, "one"))
    check.update(OUTPUT=str(scene["tmp"] / "check1.gpkg"), REPORT=str(scene["tmp"] / "check1.html"))
    processing.run("ccsg:checkcorridors", check)
    html = Path(check["REPORT"]).read_text(encoding="utf-8")
    assert "Monitoring history" in html and "2019-05-01 → 2024-05-01: degraded, habitat -6.0 %" in html


class CancelOnProgress(QgsProcessingFeedback):
    """Cancels as soon as the comparison reports progress (after the inputs are read, before any write)."""

    def setProgress(self, value):  # noqa: N802
        super().setProgress(value)
        if value > 0:
            self.cancel()


def test_cancelled_run_writes_nothing_and_appends_nothing(scene):
    with pytest.raises(QgsProcessingException, match="cancelled"):
        processing.run("ccsg:corridorchange", params(scene, "cancel"), feedback=CancelOnProgress())
    assert record(scene["store"]) == []
    assert not any(p.name.startswith("cancel") for p in scene["tmp"].iterdir())
