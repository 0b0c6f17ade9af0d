"""The least-cost analysis's optional steps after the corridors, as Processing steps of the run's plan: restoration
priorities (ccsg:barriers), infrastructure crossings (ccsg:crossings) and the core network (ccsg:networkmetrics),
plus the climate inputs of the corridors step. No widgets: the dock's run spec (gui/analysis_steps.py) says which
steps run and with what; gui/analysis_plan.py puts them in a full or a re-cut run.

What a re-cut run (only the width cutoff changed) can reuse: restoration scores come from the whole cost-distance
surfaces of the kept folder and the network from the cores and the kept paths, so neither depends on the width and
both run again on the kept files to fill the new run's group and folder. Crossings do depend on it: a crossing
stretch is the infrastructure inside a pair's corridor, and ccsg:crossings cuts the corridors at the width the kept
folder recorded (the full run's), so a run with crossings is never re-cut (``allows_recut``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from ccsg_plugin.gui.run_plan import Step
from ccsg_plugin.i18n import tr

ALG_BARRIERS = "ccsg:barriers"
ALG_CROSSINGS = "ccsg:crossings"
ALG_NETWORK = "ccsg:networkmetrics"
# Output files in the run folder; every one is styled and described by its algorithm.
STEP_FILES = {
    "restoration_score": ("restoration_score.tif", ""),
    "restoration_score_sum": ("restoration_score_sum.tif", ""),
    "restoration_area": ("restoration_area.tif", ""),
    "restoration_radius": ("restoration_radius.tif", ""),
    "restoration_sites": ("restoration_sites.gpkg", ""),
    "crossings": ("crossings.gpkg", ""),
    "network_cores": ("network_cores.gpkg", ""),
    "network_links": ("network_links.gpkg", ""),
    "network_summary": ("network_summary.gpkg", ""),
}
COMBINE_BOTH = 2  # ccsg:barriers COMBINE: 0 maximum, 1 sum, 2 both
LEAST_COST = "least_cost"  # spec["network_distance"]; "euclidean" otherwise


def allows_recut(spec: dict) -> bool:
    """A width-only change may be re-cut from the kept cost distances unless crossings run (see the module notes)."""
    return not spec.get("crossings")


def climate_parameters(spec: dict) -> dict:
    """The climate-gradient inputs of ccsg:leastcostcorridors (none when the group is unticked)."""
    if not spec.get("climate"):
        return {}
    return {"CLIMATE": spec["climate_raster"], "CLIMATE_THRESHOLD": spec["climate_threshold"],
            "CLIMATE_COST": spec["climate_cost"], "MIN_EUCLIDEAN_DISTANCE": spec["min_euclidean_distance"]}


def _names() -> dict:
    return {"restoration_sites": tr("Restoration sites"), "restoration_score": tr("Restoration score"),
            "restoration_score_sum": tr("Restoration score (sum)"), "restoration_area": tr("Area to restore"),
            "restoration_radius": tr("Best restoration radius"), "crossings": tr("Infrastructure crossings"),
            "network_cores": tr("Network: cores (dPC)"), "network_links": tr("Network: links"),
            "network_summary": tr("Network: summary")}


def _restoration(spec: dict, cost_distance_folder, files: dict, notes, names: dict) -> list[Step]:
    if not spec.get("restoration"):
        return []
    both = spec["restoration_combine"] == COMBINE_BOTH
    load = [("OUTPUT_SITES", names["restoration_sites"]), ("OUTPUT_CENTRES", names["restoration_score"])]
    if both:
        load.append(("OUTPUT_CENTRES_SUM", names["restoration_score_sum"]))
    load += [("OUTPUT_CIRCLES", names["restoration_area"]), ("OUTPUT_RADIUS", names["restoration_radius"])]
    return [Step(
        ALG_BARRIERS,
        {
            "RUN_FOLDER": str(cost_distance_folder),
            "RADIUS_MIN": spec["restoration_radius_min"],
            "RADIUS_MAX": spec["restoration_radius_max"],
            "RADIUS_STEP": spec["restoration_radius_step"],
            "COMBINE": spec["restoration_combine"],
            "PERCENT": False,
            "OUTPUT_CENTRES": str(files["restoration_score"]),
            "OUTPUT_CENTRES_SUM": str(files["restoration_score_sum"]) if both else None,
            "OUTPUT_CIRCLES": str(files["restoration_area"]),
            "OUTPUT_RADIUS": str(files["restoration_radius"]),
            "OUTPUT_SITES": str(files["restoration_sites"]),
        },
        tr("Restoration priorities"),
        load=load,
        notes=notes,
        optional=True,
    )]


def _crossings(spec: dict, cost_distance_folder, resistance, files: dict, notes, names: dict) -> list[Step]:
    if not spec.get("crossings"):
        return []
    return [Step(
        ALG_CROSSINGS,
        {
            "INFRASTRUCTURE": spec["crossings_layer"],
            "RESISTANCE_FIELD": spec["crossings_field"] or None,
            "RUN_FOLDER": str(cost_distance_folder),
            "CROSSINGS": spec["crossings_points"] or None,
            # the pinch step runs first in the same plan and writes its current on the run's grid
            "CURRENT": str(files["pinch"]) if spec.get("pinch_points") else None,
            # given, not left to the run's record: a memory resistance layer is recorded by id only
            "RESISTANCE": resistance,
            "OUTPUT": str(files["crossings"]),
        },
        tr("Infrastructure crossings"),
        load=[("OUTPUT", names["crossings"])],
        notes=notes,
        optional=True,
    )]


def _network(spec: dict, paths_file, files: dict, notes, names: dict) -> list[Step]:
    if not spec.get("network"):
        return []
    least_cost = spec["network_distance"] == LEAST_COST
    return [Step(
        ALG_NETWORK,
        {
            "CORES": spec["cores"],
            "CORE_ID_FIELD": spec["core_id_field"],
            "DISTANCE": 1 if least_cost else 0,
            "PATHS": str(paths_file) if least_cost else None,
            "DISPERSAL_DISTANCE": spec["network_dispersal"],
            "PROBABILITY": spec["network_probability"],
            # the panel links cores up to the dispersal distance (the toolbox offers a separate threshold)
            "THRESHOLD": spec["network_dispersal"],
            "REGION": spec["network_region"] or None,
            "OUTPUT_CORES": str(files["network_cores"]),
            "OUTPUT_LINKS": str(files["network_links"]),
            "OUTPUT_SUMMARY": str(files["network_summary"]),
        },
        tr("Network"),
        load=[("OUTPUT_LINKS", names["network_links"]), ("OUTPUT_CORES", names["network_cores"]),
              ("OUTPUT_SUMMARY", names["network_summary"])],
        notes=notes,
        optional=True,
    )]


def after_corridors(spec: dict, cost_distance_folder: Path, paths_file: Path, files: dict, notes,
                    resistance: Optional[str] = None) -> tuple[list, list, list]:
    """The optional steps (run after the pinch points, whose current the crossings use), and the layer names the
    group lists above the pinch rasters (points and lines) and below them (score rasters, the summary table)."""
    names = _names()
    steps = _restoration(spec, cost_distance_folder, files, notes, names)
    if resistance is not None:  # a re-cut run never has crossings (allows_recut)
        steps += _crossings(spec, cost_distance_folder, resistance, files, notes, names)
    steps += _network(spec, paths_file, files, notes, names)
    loaded = {name for step in steps for _param, name in step.load}
    top = [names[k] for k in ("crossings", "restoration_sites", "network_links", "network_cores")]
    below = [names[k] for k in ("restoration_score", "restoration_score_sum", "restoration_area",
                                "restoration_radius", "network_summary")]
    return steps, [n for n in top if n in loaded], [n for n in below if n in loaded]
