"""The guideline-check step of the demo job: ccsg:checkcorridors on the demo's candidate corridors with the default
profile (cores = demo cores, resistance = demo resistance); the result layer and the HTML report go into the demo
output folder."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer, QgsWkbTypes

from ccsg_plugin.core.corridor.schema import LAYER_NAME as STORE_TABLE
from ccsg_plugin.core.criteria.profiles import DEFAULT_PROFILE_ID
from ccsg_plugin.gis import demo, output
from ccsg_plugin.i18n import tr

RESULT_NAME = "corridor_check"
CANDIDATE_CURRENT = "candidate_current.tif"  # written by demo/pinch.py


def _layers(project: QgsProject) -> list:
    return list(project.mapLayers().values())


def find_store_layer(project: QgsProject) -> Optional[QgsVectorLayer]:
    """The corridor store layer (a GeoPackage table named candidate_corridors) in the project, if any."""
    for layer in _layers(project):
        if (isinstance(layer, QgsVectorLayer) and layer.geometryType() == QgsWkbTypes.PolygonGeometry
                and f"layername={STORE_TABLE}" in layer.source()):
            return layer
    return None


def _by_file(project: QgsProject, file_name: str, kind) -> Optional[object]:
    for layer in _layers(project):
        if isinstance(layer, kind) and Path(layer.source().split("|")[0]).name == file_name:
            return layer
    return None


def step_guideline_check(project, data_dir, out_dir, feedback) -> list[str]:
    from qgis import processing

    store = find_store_layer(project)
    if store is None or store.featureCount() == 0:
        return ["Guideline check: skipped (no candidate corridors layer with corridors in the demo project)"]
    cores = _by_file(project, demo.CORES_FILE, QgsVectorLayer)
    resistance = _by_file(project, demo.RESISTANCE_FILE, QgsRasterLayer)
    current = _by_file(project, CANDIDATE_CURRENT, QgsRasterLayer)  # from the pinch-point step, if it ran
    gpkg = output.unique_path(Path(out_dir) / f"{RESULT_NAME}.gpkg")
    html = output.unique_path(Path(out_dir) / f"{RESULT_NAME}.html")
    params = {
        "CORRIDORS": store,
        "PROFILE": DEFAULT_PROFILE_ID,
        "CORES": cores,
        "RESISTANCE": resistance,
        "PINCHPOINTS": current,
        "OUTPUT": str(gpkg),
        "REPORT": str(html),
    }
    result = processing.run("ccsg:checkcorridors", params, feedback=feedback)
    layer = QgsVectorLayer(str(result["OUTPUT"]), tr("Guideline check: {0}", store.name()), "ogr")
    if not layer.isValid():
        raise RuntimeError(f"The guideline check result {result['OUTPUT']} could not be opened")
    output.apply_style(layer, "check_result")
    output.set_run_metadata(layer, layer.name(), "Demo corridors checked against the default criteria profile.",
                            {k: (v.source() if hasattr(v, "source") else v) for k, v in params.items()})
    layer.setCustomProperty("ccsg/check_report", str(result["REPORT"]))  # the dock's "Open report" finds it
    output.add_to_group(project, layer, output.DEFAULT_GROUP, position=0)
    lines = []
    for feature in layer.getFeatures():
        name = feature["name"] if feature.fields().indexOf("name") >= 0 and feature["name"] else f"#{feature.id()}"
        failed = " (a required criterion fails)" if feature["failed_required"] else ""
        lines.append(f"Guideline check: corridor '{name}' overall {feature['overall_status']}{failed}")
        if current is not None and feature.fields().indexOf("current_pinch_value") >= 0:
            lines.append(f"Guideline check: corridor '{name}' pinch point current {feature['current_pinch_status']} "
                         f"({feature['current_pinch_value']:.2f} A per 1 A between its cores)")
    lines.append(f"Guideline check report: {result['REPORT']}")
    return lines
