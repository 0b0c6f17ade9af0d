"""Demo step: Linkage-Pathways-style least-cost corridors between the six demo cores (ccsg:leastcostcorridors)."""

from __future__ import annotations

import time
from pathlib import Path

from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer

from ccsg_plugin.gis import demo, output, styling
from ccsg_plugin.i18n import tr

GROUP = "CCSG least-cost corridors"
WIDTH_CUTOFF = 200000.0  # the Linkage Mapper default
CWD_FOLDER = "cost_distance"  # kept for the pinch-point step (demo/pinch.py)


def demo_parameters(data_dir: Path, out_dir: Path) -> dict:
    folder = Path(out_dir) / "corridors"
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "CORES": str(Path(data_dir) / demo.CORES_FILE),
        "CORE_ID_FIELD": demo.CORE_ID_FIELD,
        "RESISTANCE": str(Path(data_dir) / demo.RESISTANCE_FILE),
        "NEIGHBOURS": 8,
        "MAX_EUCLIDEAN_DISTANCE": 0,
        "WIDTH_CUTOFF": WIDTH_CUTOFF,
        "DROP_VIA_CORE": True,
        "OUTPUT_CWD_FOLDER": str(folder / CWD_FOLDER),
        "OUTPUT_CORRIDORS": str(output.unique_path(folder / "lm_corridors.tif")),
        "OUTPUT_PATHS": str(output.unique_path(folder / "lm_least_cost_paths.gpkg")),
        "OUTPUT_POLYGONS": str(output.unique_path(folder / "lm_corridor_polygons.gpkg")),
    }


def step_least_cost_corridors(project: QgsProject, data_dir, out_dir, feedback) -> list[str]:
    from qgis import processing

    params = demo_parameters(data_dir, out_dir)
    start = time.perf_counter()
    result = processing.run("ccsg:leastcostcorridors", params, feedback=feedback)
    elapsed = time.perf_counter() - start
    abstract = tr("Least-cost corridors between the demo cores (all pairs, 8 neighbours, width cutoff {0:,.0f}).",
                  WIDTH_CUTOFF)
    paths = QgsVectorLayer(result["OUTPUT_PATHS"], tr("Least-cost paths"), "ogr")
    polygons = QgsVectorLayer(result["OUTPUT_POLYGONS"], tr("Corridor polygons"), "ogr")
    corridors = QgsRasterLayer(result["OUTPUT_CORRIDORS"], tr("Least-cost corridors"))
    for layer in (paths, polygons, corridors):
        if not layer.isValid():
            raise RuntimeError(f"The corridor output {layer.source()} could not be opened")
    styling.style_paths(paths)
    output.apply_style(polygons, styling.STYLE_POLYGONS)
    styling.style_corridors(corridors, WIDTH_CUTOFF)
    group = output.layer_group(project, GROUP, 0)
    for layer, title in ((paths, tr("Least-cost paths")), (polygons, tr("Corridor polygons")),
                         (corridors, tr("Least-cost corridors"))):
        output.set_run_metadata(layer, title, abstract, params)
        output.insert_layer(project, group, layer)
    # The polygons repeat the raster's extent per pair: off by default so the classed corridors stay readable.
    group.findLayer(polygons.id()).setItemVisibilityChecked(False)
    lcds = sorted((f["lcd"], f["core_a"], f["core_b"]) for f in paths.getFeatures())
    lines = [
        f"Least-cost corridors: {result['PAIRS_LINKED']} pairs linked, {result['PAIRS_DROPPED']} dropped "
        f"(path through a third core), {elapsed:.1f} s",
        "Least-cost distances: " + ", ".join(f"{a}-{b} {lcd:,.0f}" for lcd, a, b in lcds),
    ]
    return lines
