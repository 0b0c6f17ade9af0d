"""Demo steps: restoration priorities and infrastructure crossings on the corridor run's kept cost distances.

1. ccsg:barriers (Linkage Mapper's Barrier Mapper): where restoring a disc of habitat would shorten a least-cost
   link most; radii 1, 2 and 3 km (2.5 to 7.5 cells of the demo's 400 m grid), the best pair at each cell.
2. ccsg:crossings with the demo's synthetic roads and railway (resources/demo/demo_roads.gpkg, with its one
   existing underpass) and the pinch-point current: how much each road costs each link, and where a crossing
   structure wins most of it back.

The file names are the ones the analysis panel gives these outputs, in the same run folder.
"""

from __future__ import annotations

import time
from pathlib import Path

from qgis.core import QgsGeometry, QgsProject, QgsRasterLayer, QgsVectorLayer

from ccsg_plugin.demo.corridors import CWD_FOLDER, GROUP
from ccsg_plugin.gis import output
from ccsg_plugin.i18n import tr

RADII = (1000.0, 3000.0, 1000.0)  # minimum, maximum, step (m)
ROADS_FILE = "demo_roads.gpkg"
ROADS_FIELD = "resistance_add"
PINCH_FILE = "lm_pinch_points.tif"  # written by demo/pinch.py into the run folder
RESTORATION_FILES = {
    "OUTPUT_CENTRES": "restoration_score.tif",
    "OUTPUT_CIRCLES": "restoration_area.tif",
    "OUTPUT_RADIUS": "restoration_radius.tif",
    "OUTPUT_SITES": "restoration_sites.gpkg",
}
CROSSINGS_FILE = "crossings.gpkg"


def barriers_parameters(run_folder: Path) -> dict:
    params = {"RUN_FOLDER": str(Path(run_folder) / CWD_FOLDER), "RADIUS_MIN": RADII[0], "RADIUS_MAX": RADII[1],
              "RADIUS_STEP": RADII[2], "COMBINE": 0, "PERCENT": False}
    params.update({key: str(output.unique_path(Path(run_folder) / name)) for key, name in RESTORATION_FILES.items()})
    return params


def roads_layers(data_dir: Path) -> tuple[QgsVectorLayer, QgsVectorLayer]:
    """The synthetic roads (lines) and the existing underpass (points) of demo_roads.gpkg."""
    path = Path(data_dir) / ROADS_FILE
    roads = QgsVectorLayer(f"{path}|layername=roads", tr("Infrastructure (roads, railways, fences: lines)"), "ogr")
    crossings = QgsVectorLayer(f"{path}|layername=crossings",
                               tr("Existing crossings (underpasses, overpasses: points)"), "ogr")
    for layer in (roads, crossings):
        if not layer.isValid():
            raise RuntimeError(f"The demo road layer {layer.source()} could not be opened")
    return roads, crossings


def _add(project: QgsProject, layer, visible: bool = True) -> None:
    if not layer.isValid():
        raise RuntimeError(f"The output {layer.source()} could not be opened")
    group = output.layer_group(project, GROUP, 0)
    output.insert_layer(project, group, layer, 0)  # above the corridors, as the pinch points
    group.findLayer(layer.id()).setItemVisibilityChecked(visible)


def step_restoration(project: QgsProject, data_dir, out_dir, feedback) -> list[str]:
    from qgis import processing

    folder = Path(out_dir) / "corridors"
    params = barriers_parameters(folder)
    start = time.perf_counter()
    result = processing.run("ccsg:barriers", params, feedback=feedback)
    elapsed = time.perf_counter() - start
    # The rasters stay off in the map image (they would hide the corridors); the ranked sites are shown.
    for key, title in (("OUTPUT_RADIUS", tr("Best restoration radius")), ("OUTPUT_CENTRES", tr("Restoration score")),
                       ("OUTPUT_CIRCLES", tr("Area to restore"))):
        _add(project, QgsRasterLayer(result[key], title), visible=False)
    sites = QgsVectorLayer(result["OUTPUT_SITES"], tr("Restoration sites"), "ogr")
    _add(project, sites)
    ranked = sorted(sites.getFeatures(), key=lambda f: f["rank"])
    lines = [f"Restoration priorities (Barrier Mapper, radii {RADII[0]:,.0f}-{RADII[1]:,.0f} m): {len(ranked)} sites, "
             f"{elapsed:.1f} s"]
    if ranked:
        top = ranked[0]
        lines.append(f"Top restoration site: pair {top['pair']}, radius {top['radius_m']:,.0f} m, score "
                     f"{top['score']:.1f}, LCD gain {top['lcd_gain']:,.0f}")
    return lines


def _nearest_road(roads: QgsVectorLayer, point: QgsGeometry) -> str:
    best = min(roads.getFeatures(), key=lambda f: f.geometry().distance(point))
    return str(best["name"])


def step_crossings(project: QgsProject, data_dir, out_dir, feedback) -> list[str]:
    from qgis import processing

    folder = Path(out_dir) / "corridors"
    roads, underpass = roads_layers(data_dir)
    current = folder / PINCH_FILE
    params = {
        "INFRASTRUCTURE": roads, "RESISTANCE_FIELD": ROADS_FIELD, "RUN_FOLDER": str(folder / CWD_FOLDER),
        "CROSSINGS": underpass, "CURRENT": str(current) if current.exists() else None,
        "OUTPUT": str(output.unique_path(folder / CROSSINGS_FILE)),
    }
    start = time.perf_counter()
    result = processing.run("ccsg:crossings", params, feedback=feedback)
    elapsed = time.perf_counter() - start
    _add(project, roads, visible=False)  # off in the map image: the ranked crossings show where the roads cut
    _add(project, underpass, visible=False)
    found = QgsVectorLayer(result["OUTPUT"], tr("Infrastructure crossings"), "ogr")
    _add(project, found, visible=False)  # with the sites and the rest, the map image's legend would run off the page
    ranked = sorted(found.getFeatures(), key=lambda f: f["rank"])
    pairs = {f["pair"] for f in ranked if f["severance_cost"]}
    lines = [f"Infrastructure crossings: {len(ranked)} crossing stretches, {len(pairs)} links made costlier by the "
             f"roads, {elapsed:.1f} s"]
    if ranked:
        worst = ranked[0]
        lines.append(f"Worst crossing: {_nearest_road(roads, worst.geometry())} on pair {worst['pair']}, severance "
                     f"cost {worst['severance_cost']:,.0f}, a crossing structure there wins back "
                     f"{worst['keep_open_gain']:,.0f}")
    return lines
