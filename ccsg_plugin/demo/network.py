"""Demo step: the core-area network (ccsg:networkmetrics), as Conefor and Linkage Mapper's Centrality Mapper measure it.

Run twice on the six demo cores: with Euclidean edge-to-edge distances (10 km dispersal at probability 0.5, links up
to 10 km) and with the least-cost distances of the corridor run's paths (50,000 cost units at 0.5, links up to
50,000). The least-cost result is the one the panel would make: its layers go into the run group under the panel's
file names; the Euclidean one stays in the run folder for comparison. The demo has no region layer, so no ProtConn.
"""

from __future__ import annotations

import time
from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from ccsg_plugin.demo.corridors import GROUP
from ccsg_plugin.gis import demo, output
from ccsg_plugin.i18n import tr

EUCLIDEAN = {"DISTANCE": 0, "DISPERSAL_DISTANCE": 10000.0, "PROBABILITY": 0.5, "THRESHOLD": 10000.0}
LEAST_COST = {"DISTANCE": 1, "DISPERSAL_DISTANCE": 50000.0, "PROBABILITY": 0.5, "THRESHOLD": 50000.0}
NETWORK_FILES = {"OUTPUT_CORES": "network_cores.gpkg", "OUTPUT_LINKS": "network_links.gpkg",
                 "OUTPUT_SUMMARY": "network_summary.gpkg"}
PATHS_FILE = "lm_least_cost_paths.gpkg"  # written by demo/corridors.py


def network_parameters(data_dir: Path, run_folder: Path, mode: dict, prefix: str = "network_") -> dict:
    params = {"CORES": str(Path(data_dir) / demo.CORES_FILE), "CORE_ID_FIELD": demo.CORE_ID_FIELD,
              "PATHS": str(Path(run_folder) / PATHS_FILE) if mode["DISTANCE"] == 1 else None}
    params.update(mode)
    params.update({key: str(output.unique_path(Path(run_folder) / name.replace("network_", prefix)))
                   for key, name in NETWORK_FILES.items()})
    return params


def _line(label: str, result: dict) -> str:
    return f"Network ({label}): PC {result['PC']:.3f}, EC {result['EC']:,.0f} ha, IIC {result['IIC']:.3f}"


def step_network(project: QgsProject, data_dir, out_dir, feedback) -> list[str]:
    from qgis import processing

    folder = Path(out_dir) / "corridors"
    start = time.perf_counter()
    euclidean = processing.run("ccsg:networkmetrics", network_parameters(data_dir, folder, EUCLIDEAN,
                                                                         "network_euclidean_"), feedback=feedback)
    least_cost = processing.run("ccsg:networkmetrics", network_parameters(data_dir, folder, LEAST_COST),
                                feedback=feedback)
    elapsed = time.perf_counter() - start
    group = output.layer_group(project, GROUP, 0)
    # Summary table, links, then cores on top; off in the map image, where the demo cores already show.
    for key, title, visible in (("OUTPUT_SUMMARY", tr("Network summary"), False),
                                ("OUTPUT_LINKS", tr("Network links"), False),
                                ("OUTPUT_CORES", tr("Cores with dPC"), False)):
        layer = QgsVectorLayer(least_cost[key], title, "ogr")
        if not layer.isValid():
            raise RuntimeError(f"The network output {layer.source()} could not be opened")
        output.insert_layer(project, group, layer, 0)
        group.findLayer(layer.id()).setItemVisibilityChecked(visible)
    cores = QgsVectorLayer(least_cost["OUTPUT_CORES"], "cores", "ogr")
    top = max(cores.getFeatures(), key=lambda f: f["dPC"])
    return [
        _line(f"Euclidean, {EUCLIDEAN['DISPERSAL_DISTANCE']:,.0f} m at p {EUCLIDEAN['PROBABILITY']:g}", euclidean),
        _line(f"least-cost, {LEAST_COST['DISPERSAL_DISTANCE']:,.0f} cost units at p {LEAST_COST['PROBABILITY']:g}",
              least_cost) + f"; core {top[demo.CORE_ID_FIELD]} matters most (dPC {top['dPC']:.1f} %), "
                            f"{elapsed:.1f} s",
    ]
