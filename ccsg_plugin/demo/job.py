"""The main job on the bundled demo data (what `make demo` runs headless): a styled project plus a map image.

Each analysis step is one function in STEPS: it takes (project, data_dir, out_dir, feedback), runs the plugin's own
Processing algorithms, adds its styled outputs to the project, and returns lines for the summary.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from qgis.core import QgsProcessingFeedback, QgsProject

from ccsg_plugin.demo.candidates import step_candidate_corridors
from ccsg_plugin.demo.check import step_guideline_check
from ccsg_plugin.demo.climate import step_climate
from ccsg_plugin.demo.corridors import step_least_cost_corridors
from ccsg_plugin.demo.monitoring import step_monitoring
from ccsg_plugin.demo.network import step_network
from ccsg_plugin.demo.pinch import step_pinch_points
from ccsg_plugin.demo.report import step_run_report
from ccsg_plugin.demo.restoration import step_crossings, step_restoration
from ccsg_plugin.demo.rivers import step_river_connectivity
from ccsg_plugin.gis import demo, render

PROJECT_NAME = "ccsg_demo.qgz"
MAP_NAME = "ccsg_demo_map.png"


def _step_demo_layers(project, data_dir, out_dir, feedback):
    cores, resistance = demo.load_demo_layers(project, data_dir)
    size = f"{resistance.width()} x {resistance.height()}"
    return [f"Demo layers: {cores.featureCount()} core areas, resistance raster of {size} cells"]


def _step_cores_on_top(project, data_dir, out_dir, feedback):
    """Results groups go on top of the tree; move the core areas above them so the map shows every core."""
    root = project.layerTreeRoot()
    group = root.findGroup(demo.DEMO_GROUP)
    cores_node = next((n for n in group.findLayers() if demo.CORES_FILE in n.layer().source()), None)
    if cores_node is not None:
        root.insertChildNode(0, cores_node.clone())
        group.removeChildNode(cores_node)
    return []


STEPS = [
    _step_demo_layers,
    step_least_cost_corridors,
    step_candidate_corridors,
    step_pinch_points,  # on the corridors' kept cost distances and inside the candidate corridors
    step_guideline_check,  # checks the corridors the steps above made
    step_restoration,  # on the corridors' kept cost distances
    step_crossings,  # the demo roads on the same run, with the pinch-point current
    step_network,  # the cores as a network: Euclidean and the corridors' least-cost distances
    step_climate,  # a second corridor run with the synthetic climate raster
    step_monitoring,  # the candidate corridors between the demo raster and its synthetic 2030 snapshot
    step_river_connectivity,  # the synthetic river network and its barriers
    _step_cores_on_top,
    step_run_report,  # last: the report of every output the steps above left in the run folder
]


def run_demo(out_dir: Path, feedback: QgsProcessingFeedback | None = None) -> dict:
    """Build the demo results folder from scratch; return paths and summary lines."""
    feedback = feedback or QgsProcessingFeedback()
    out_dir = Path(out_dir).resolve()
    if out_dir.exists():
        shutil.rmtree(out_dir)  # this folder belongs to `make demo`: it is rebuilt on every run
    data_dir = demo.copy_demo_data(out_dir / "data")
    project = QgsProject.instance()
    project.clear()
    project.setFileName(str(out_dir / PROJECT_NAME))
    lines, timings = [], []
    for step in STEPS:
        start = time.perf_counter()
        lines += step(project, data_dir, out_dir, feedback)
        timings.append((step.__name__.lstrip("_"), time.perf_counter() - start))
    if not project.write():
        raise RuntimeError(f"Could not write the project {project.fileName()}: {project.error()}")
    png = render.render_layout_png(project, out_dir / MAP_NAME, "CCSG Corridor Toolkit - demo landscape")
    return {"project": out_dir / PROJECT_NAME, "map": png, "lines": lines, "timings": timings, "out_dir": out_dir}
