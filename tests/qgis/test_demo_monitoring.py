"""The demo's monitoring step: the candidate corridors between the demo resistance and its synthetic 2030 snapshot.
"Southern bottleneck" loses exactly the habitat cells the test counts itself from the two rasters, gains the new
road as a severing line and degrades; "Upper valley link", untouched, stays stable; the store's record gets a row
per corridor."""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsProcessingFeedback, QgsProject, QgsRasterLayer, QgsVectorLayer

from tests.qgis.lcp_helpers import read_tif


def test_demo_snapshot_degrades_the_southern_bottleneck_only(provider, qgis_new_project, tmp_path):
    from ccsg_plugin.demo import candidates
    from ccsg_plugin.demo.candidates import step_candidate_corridors
    from ccsg_plugin.demo.monitoring import AFTER_FILE, step_monitoring
    from ccsg_plugin.gis import demo, raster_io, rasterize

    project = QgsProject.instance()
    data_dir = demo.copy_demo_data(tmp_path / "data")
    demo.load_demo_layers(project, data_dir)
    step_candidate_corridors(project, data_dir, tmp_path, QgsProcessingFeedback())
    lines = step_monitoring(project, data_dir, tmp_path, QgsProcessingFeedback())

    layer = QgsVectorLayer(str(tmp_path / "corridor_change.gpkg"), "change", "ogr")
    rows = {f["name"]: f for f in layer.getFeatures()}
    neck, good = rows["Southern bottleneck"], rows["Upper valley link"]
    # the test's own reference: habitat (resistance <= 10) cells inside the neck polygon at each date
    before = read_tif(data_dir / demo.RESISTANCE_FILE)
    after = read_tif(data_dir / AFTER_FILE)
    grid = raster_io.read_band(QgsRasterLayer(str(data_dir / demo.RESISTANCE_FILE), "r")).grid
    cores = QgsVectorLayer(str(data_dir / demo.CORES_FILE), "cores", "ogr")
    _good, _gl, neck_polygon, _nl = candidates.corridor_shapes(cores)
    inside = rasterize.geometry_mask(QgsGeometry.fromWkt(neck_polygon.wkt), grid)
    cell_ha = grid.cell_area / 1e4
    lost = inside & (before <= 10) & ~(after <= 10)
    assert lost.sum() > 0
    assert neck["habitat_before_ha"] - neck["habitat_after_ha"] == pytest.approx(lost.sum() * cell_ha, rel=1e-9)
    assert neck["new_severing_lines"] == 1 and neck["trend"] == "degraded"
    assert good["trend"] == "stable" and good["habitat_change_pct"] == 0 and good["new_severing_lines"] == 0
    change = read_tif(tmp_path / "corridor_change.tif")
    assert int(np.sum(change == 1)) >= lost.sum()  # the neck's lost cells (and none in the other corridor)
    store = next(lyr for lyr in project.mapLayers().values() if "candidate_corridors" in lyr.source())
    con = sqlite3.connect(store.source().split("|")[0])
    try:
        assert con.execute("SELECT COUNT(*) FROM monitoring").fetchone()[0] == 2
    finally:
        con.close()
    assert any("Southern bottleneck' degraded" in line for line in lines)
