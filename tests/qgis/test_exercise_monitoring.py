"""Step 9 of the workshop exercise ("Monitor it") works on the demo as the page says: the participant's widened
corridor 5-6, compared between the demo resistance and its 2030 snapshot, loses the cleared habitat (counted here
from the two rasters), gets the new road as a severing line, degrades, and its row appears in the store's record;
running it again for the next period gives a second row."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from qgis.core import QgsGeometry, QgsRasterLayer, QgsVectorLayer

from tests.qgis.lcp_helpers import read_tif
from tests.qgis.test_exercise import ATTRIBUTES, _cores, _corridor, demo_project  # noqa: F401


def test_monitoring_step_on_the_demo(demo_project, tmp_path):  # noqa: F811
    from qgis import processing

    from ccsg_plugin.gis import corridor_store, raster_io, rasterize

    project, cores_layer, resistance = demo_project
    data = Path(resistance.source()).parent
    after = data / "lm_resistances_2030.tif"
    assert after.is_file(), "the Load demo project action copies the 2030 snapshot beside the demo raster"
    cores = _cores(cores_layer)
    layer = corridor_store.create_or_open(tmp_path / "candidate_corridors.gpkg", project.crs())
    store = corridor_store.CorridorStore(layer, cores_layer, "core_id")
    store.attach()
    try:
        layer.startEditing()
        shape = _corridor(cores, None)  # the corridor as widened in step 6
        store.add_feature(store.new_feature(QgsGeometry.fromWkt(shape.wkt), dict(ATTRIBUTES)))
        assert store.commit()
    finally:
        store.detach()
    params = {"CORRIDORS": layer, "CORES": cores_layer, "CORE_ID_FIELD": "core_id", "BEFORE": resistance,
              "AFTER": str(after), "HABITAT_MAX_RESISTANCE": 10.0, "DATE_BEFORE": "2025-06-01",
              "DATE_AFTER": "2030-06-01", "BARRIERS_AFTER": f"{data / 'demo_roads_2030.gpkg'}|layername=roads",
              "BARRIERS_BEFORE": f"{data / 'demo_roads.gpkg'}|layername=roads",
              "OUTPUT": str(tmp_path / "change.gpkg"), "OUTPUT_CHANGE": str(tmp_path / "change.tif"),
              "REPORT": str(tmp_path / "change.html")}
    result = processing.run("ccsg:corridorchange", params)
    row = next(QgsVectorLayer(result["OUTPUT"], "change", "ogr").getFeatures())
    grid = raster_io.read_band(resistance).grid
    inside = rasterize.geometry_mask(QgsGeometry.fromWkt(shape.wkt), grid)
    lost = inside & (read_tif(resistance.source()) <= 10) & ~(read_tif(after) <= 10)
    assert row["habitat_before_ha"] - row["habitat_after_ha"] == pytest.approx(lost.sum() * grid.cell_area / 1e4)
    assert row["new_severing_lines"] == 1 and row["trend"] == "degraded"
    assert "Corridor 5-6" in Path(result["REPORT"]).read_text(encoding="utf-8")
    processing.run("ccsg:corridorchange", dict(params, AFTER=str(after), BEFORE=str(after), DATE_BEFORE="2030-06-01",
                                               DATE_AFTER="2031-06-01", BARRIERS_BEFORE=params["BARRIERS_AFTER"],
                                               OUTPUT=str(tmp_path / "c2.gpkg"), OUTPUT_CHANGE=str(tmp_path / "c2.tif"),
                                               REPORT=str(tmp_path / "c2.html")))
    con = sqlite3.connect(str(tmp_path / "candidate_corridors.gpkg"))
    try:
        trends = [r[0] for r in con.execute("SELECT trend FROM monitoring ORDER BY date_after")]
    finally:
        con.close()
    assert trends == ["degraded", "stable"]
    assert QgsRasterLayer(result["OUTPUT_CHANGE"]).isValid()
