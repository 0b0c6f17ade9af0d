"""The monitoring step of the demo job: ccsg:corridorchange on the candidate corridors between the demo resistance
("2025") and its synthetic later snapshot lm_resistances_2030.tif (a clearing and a new road in the "Southern
bottleneck", scripts/make_demo_snapshot.py), with the synthetic roads of both dates; one row per corridor goes into
the store's monitoring record. The change layer, the lost/gained raster and the report go into the demo folder."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsRasterLayer, QgsVectorLayer

from ccsg_plugin.core.criteria.profiles import DEFAULT_PROFILE_ID
from ccsg_plugin.demo.check import _by_file, find_store_layer
from ccsg_plugin.gis import demo, output
from ccsg_plugin.gis import monitoring_outputs as mo
from ccsg_plugin.i18n import tr

AFTER_FILE = "lm_resistances_2030.tif"
ROADS_BEFORE, ROADS_AFTER = "demo_roads.gpkg", "demo_roads_2030.gpkg"
DATE_BEFORE, DATE_AFTER = "2025-06-01", "2030-06-01"
RESULT_NAME = "corridor_change"


def monitoring_parameters(project, data_dir, out_dir) -> dict:
    """The step's parameters (also what the workshop exercise asks the participants to choose)."""
    data_dir = Path(data_dir)
    return {
        "CORRIDORS": find_store_layer(project),
        "CORES": _by_file(project, demo.CORES_FILE, QgsVectorLayer),
        "CORE_ID_FIELD": demo.CORE_ID_FIELD,
        "BEFORE": str(data_dir / demo.RESISTANCE_FILE),
        "AFTER": str(data_dir / AFTER_FILE),
        "HABITAT_MAX_RESISTANCE": 10.0,
        "BARRIERS_BEFORE": f"{data_dir / ROADS_BEFORE}|layername=roads",
        "BARRIERS_AFTER": f"{data_dir / ROADS_AFTER}|layername=roads",
        "DATE_BEFORE": DATE_BEFORE,
        "DATE_AFTER": DATE_AFTER,
        "PROFILE": DEFAULT_PROFILE_ID,
        "APPEND_RECORD": True,
        "OUTPUT": str(output.unique_path(Path(out_dir) / f"{RESULT_NAME}.gpkg")),
        "OUTPUT_CHANGE": str(output.unique_path(Path(out_dir) / f"{RESULT_NAME}.tif")),
        "REPORT": str(output.unique_path(Path(out_dir) / f"{RESULT_NAME}.html")),
    }


def step_monitoring(project, data_dir, out_dir, feedback) -> list[str]:
    from qgis import processing

    store = find_store_layer(project)
    if store is None or store.featureCount() == 0 or not (Path(data_dir) / AFTER_FILE).is_file():
        return ["Monitoring: skipped (no candidate corridors or no second snapshot)"]
    params = monitoring_parameters(project, data_dir, out_dir)
    result = processing.run("ccsg:corridorchange", params, feedback=feedback)
    change = QgsRasterLayer(str(result["OUTPUT_CHANGE"]), tr("Habitat lost and gained {0}", DATE_AFTER))
    mo.style_change(change)
    layer = QgsVectorLayer(str(result["OUTPUT"]), tr("Corridor change {0}", DATE_AFTER), "ogr")
    for item in (change, layer):
        group = output.add_to_group(project, item, output.DEFAULT_GROUP, position=0)
        # switched off, like the other later steps: on, the map image's legend runs off the page (exercise step 9
        # has the trainees switch them on)
        group.findLayer(item.id()).setItemVisibilityChecked(False)
    lines = []
    for feature in layer.getFeatures():
        lines.append(f"Monitoring: corridor '{feature['name']}' {feature['trend']} ({DATE_BEFORE} to {DATE_AFTER}; "
                     f"habitat {feature['habitat_change_pct']:+.1f} %, new severing lines "
                     f"{feature['new_severing_lines']})")
    lines.append(f"Monitoring: {result['RECORD_ROWS']} row(s) in the store's monitoring record; report "
                 f"{result['REPORT']}")
    return lines
