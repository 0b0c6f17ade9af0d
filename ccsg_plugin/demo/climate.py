"""Demo step: climate-gradient corridors (Climate Linkage Mapper) with the demo's synthetic climate raster.

ccsg:leastcostcorridors again, with resources/demo/lm_climate.tif (mean annual temperature, synthetic): only pairs of
cores whose climates (mean - 2 SD over the core) differ by more than 1 degree C are linked, and every step costs
10,000 cost units per degree C crossed besides its resistance, so links follow gentle climate gradients. On the demo
that links the cool northern cores 2 and 3 and the western core 1 to warmer cores; the path layer's
climate_cost_share says how much of each link's cost the climate term makes.
"""

from __future__ import annotations

import time
from pathlib import Path

from qgis.core import QgsProject, QgsRasterLayer, QgsVectorLayer

from ccsg_plugin.demo.corridors import GROUP, WIDTH_CUTOFF, demo_parameters
from ccsg_plugin.gis import output, styling
from ccsg_plugin.i18n import tr

CLIMATE_FILE = "lm_climate.tif"
CLIMATE_THRESHOLD = 1.0  # degrees C between the cores' (mean - 2 SD)
CLIMATE_COST = 10000.0  # cost units per degree C crossed
SUBGROUP = "Climate gradient"


def climate_parameters(data_dir: Path, out_dir: Path) -> dict:
    """The corridor step's parameters with the climate inputs, writing into the run folder's climate/ folder."""
    params = demo_parameters(data_dir, out_dir)
    folder = Path(out_dir) / "corridors" / "climate"
    folder.mkdir(parents=True, exist_ok=True)
    params.pop("OUTPUT_CWD_FOLDER")
    params.update({
        "CLIMATE": str(Path(data_dir) / CLIMATE_FILE), "CLIMATE_THRESHOLD": CLIMATE_THRESHOLD,
        "CLIMATE_COST": CLIMATE_COST,
        "OUTPUT_CORRIDORS": str(output.unique_path(folder / "climate_corridors.tif")),
        "OUTPUT_PATHS": str(output.unique_path(folder / "climate_least_cost_paths.gpkg")),
        "OUTPUT_POLYGONS": str(output.unique_path(folder / "climate_corridor_polygons.gpkg")),
    })
    return params


def step_climate(project: QgsProject, data_dir, out_dir, feedback) -> list[str]:
    from qgis import processing

    params = climate_parameters(data_dir, out_dir)
    start = time.perf_counter()
    result = processing.run("ccsg:leastcostcorridors", params, feedback=feedback)
    elapsed = time.perf_counter() - start
    paths = QgsVectorLayer(result["OUTPUT_PATHS"], tr("Least-cost paths"), "ogr")
    corridors = QgsRasterLayer(result["OUTPUT_CORRIDORS"], tr("Least-cost corridors"))
    for layer in (paths, corridors):
        if not layer.isValid():
            raise RuntimeError(f"The climate step's layer {layer.source()} could not be opened")
    styling.style_paths(paths)
    styling.style_corridors(corridors, WIDTH_CUTOFF)
    group = output.layer_group(project, GROUP, 0)
    sub = group.findGroup(SUBGROUP) or group.addGroup(SUBGROUP)
    for layer in (paths, corridors):  # their metadata (climate parameters included) is the algorithm's own
        output.insert_layer(project, sub, layer)
    sub.setItemVisibilityChecked(False)  # the map image shows the plain corridors; the climate run is for comparing
    links = sorted((f["core_a"], f["core_b"], f["climate_diff"], f["climate_cost_share"]) for f in paths.getFeatures())
    return [
        f"Climate gradient (threshold {CLIMATE_THRESHOLD:g} C, climate cost {CLIMATE_COST:,.0f} per C): "
        f"{result['PAIRS_LINKED']} pairs linked, {result['PAIRS_DROPPED']} dropped (path through a third core), "
        f"{elapsed:.1f} s",
        "Climate links (climate difference, climate_cost_share): "
        + ", ".join(f"{a}-{b} {diff:.1f} C {share:.0%}" for a, b, diff, share in links),
    ]
