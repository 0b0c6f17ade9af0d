"""End to end, the check on the outputs of real runs: a corridor run, ccsg:crossings on two roads across it, then
ccsg:checkcorridors with the crossings output as CROSSING_PRIORITIES (barrier_severance names the crossing
ccsg:crossings ranks first for the corridor's pair, with its keep_open_gain and severance_cost read back from that
output here); and the paths layer of a corridor run as SEA_PATHS (mar_spacing takes its shortest path_length_m)."""

from __future__ import annotations

import json

import numpy as np
from qgis import processing
from qgis.core import QgsVectorLayer

from tests.qgis.lcp_helpers import ccsg_registered, cell_rect_wkt, memory_layer  # noqa: F401
from tests.qgis.restoration_helpers import CELL, ORIGIN, corridor_run, x_of, y_of

H, W = 30, 40
BLOCKS = {1: (12, 18, 1, 4), 2: (12, 18, 36, 39)}


def _roads():
    rows = [(f"LINESTRING({x_of(c + 0.5)} {y_of(-2)}, {x_of(c + 0.5)} {y_of(H + 2)})", [add])
            for c, add in ((14, "40"), (25, "400"))]
    return memory_layer("LineString", "EPSG:32633", rows, fields="add:string", name="roads")


def test_check_names_the_crossing_that_ccsg_crossings_ranks_first(tmp_path, ccsg_registered):  # noqa: F811
    res = np.random.default_rng(7).uniform(1.0, 3.0, (H, W)).astype(np.float32).astype(np.float64)
    run = corridor_run(tmp_path, res, BLOCKS, cutoff=150.0)
    roads = _roads()
    out = str(tmp_path / "crossings.gpkg")
    processing.run("ccsg:crossings", {"INFRASTRUCTURE": roads, "RESISTANCE_FIELD": "add", "RUN_FOLDER": run["folder"],
                                      "OUTPUT": out})
    crossings = QgsVectorLayer(out, "crossings", "ogr")
    found = [(f["rank"], f.geometry().asPoint(), f["keep_open_gain"], f["severance_cost"])
             for f in crossings.getFeatures() if {str(f["core_a"]), str(f["core_b"])} == {"1", "2"}]
    assert len(found) >= 2  # one stretch per road
    rank, point, gain, cost = min(found, key=lambda row: row[0])
    cores = memory_layer("Polygon", "EPSG:32633", [(cell_rect_wkt(*b, origin=ORIGIN, cell=(CELL, CELL)), [cid])
                                                   for cid, b in BLOCKS.items()])
    corridors = QgsVectorLayer(str(tmp_path / "run_polygons.gpkg"), "corridors", "ogr")
    params = {"CORRIDORS": corridors, "PROFILE": "terrestrial_multispecies", "CORES": cores, "BARRIERS": roads,
              "OUTPUT": str(tmp_path / "checked.gpkg")}
    plain = json.loads(next(QgsVectorLayer(processing.run("ccsg:checkcorridors", params)["OUTPUT"], "a",
                                           "ogr").getFeatures())["check_details"])["barrier_severance"]
    params.update(CROSSING_PRIORITIES=crossings, OUTPUT=str(tmp_path / "checked_with.gpkg"))
    checked = QgsVectorLayer(processing.run("ccsg:checkcorridors", params)["OUTPUT"], "b", "ogr")
    result = json.loads(next(checked.getFeatures())["check_details"])["barrier_severance"]
    assert "extra" not in plain
    worst = result["extra"]["worst_crossing"]
    assert worst["rank"] == rank and worst["keep_open_gain"] == gain and worst["severance_cost"] == cost
    assert (worst["x"], worst["y"]) == (point.x(), point.y())
    assert result["status"] == plain["status"] and result["value"] == plain["value"]


def test_marine_spacing_reads_the_paths_of_a_corridor_run(tmp_path, ccsg_registered):  # noqa: F811
    """The paths layer ccsg:leastcostcorridors writes (core_a, core_b, path_length_m) is a valid SEA_PATHS input: the
    spacing of the corridor of pair 1-2 to core 3 is the shortest path length between them read back here."""
    from tests.qgis.restoration_helpers import THREE_CORES

    run = corridor_run(tmp_path, np.ones((31, 41)), THREE_CORES, cutoff=50.0, name="sea")
    paths = QgsVectorLayer(str(tmp_path / "sea_paths.gpkg"), "sea paths", "ogr")
    lengths = [f["path_length_m"] for f in paths.getFeatures() if 3 in (f["core_a"], f["core_b"])]
    assert lengths and run["folder"]
    cores = memory_layer("Polygon", "EPSG:32633", [(cell_rect_wkt(*b, origin=ORIGIN, cell=(CELL, CELL)), [cid])
                                                   for cid, b in THREE_CORES.items()])
    polygons = QgsVectorLayer(str(tmp_path / "sea_polygons.gpkg"), "corridors", "ogr")
    polygons.setSubsetString('"core_a" = 1 AND "core_b" = 2')
    assert polygons.featureCount() == 1
    params = {"CORRIDORS": polygons, "PROFILE": "marine_network", "CORES": cores, "SEA_PATHS": paths,
              "OUTPUT": str(tmp_path / "checked_sea.gpkg")}
    feature = next(QgsVectorLayer(processing.run("ccsg:checkcorridors", params)["OUTPUT"], "c", "ogr").getFeatures())
    details = json.loads(feature["check_details"])["mar_spacing"]
    assert details["extra"]["distance"] == "sea_path"
    assert feature["mar_spacing_value"] == min(lengths)
