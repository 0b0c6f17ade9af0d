"""Run planning of the least-cost analysis dock: which ccsg: Processing algorithms run with which parameters, where
their outputs go in the run folder, and how they are loaded (a full run, or only re-cutting the corridors to a new
width from the cost distances kept by the last full run). No widgets: the dock passes its run spec.
"""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path
from typing import Optional

from qgis.core import QgsMapLayer

from ccsg_plugin.core import class_table
from ccsg_plugin.gis import analysis_outputs
from ccsg_plugin.gui.analysis_run import RunPlan, Step
from ccsg_plugin.i18n import tr

ALG_RESISTANCE = "ccsg:resistancefromlandcover"
ALG_CORRIDORS = "ccsg:leastcostcorridors"
ALG_TRUNCATE = "ccsg:truncatecorridors"
ALG_PINCH = "ccsg:pinchpoints"
# Output files of a run (inside its run folder) and their styles in resources/styles.
FILES = {
    "resistance": ("resistance.tif", "resistance"),
    "corridors": ("corridors.tif", "corridors"),
    "paths": ("least_cost_paths.gpkg", "least_cost_paths"),
    "polygons": ("corridor_polygons.gpkg", "corridor_polygons"),
    # ccsg:pinchpoints saves its own style (a quantile stretch fitted to the data) beside the rasters
    "pinch": ("pinch_points.tif", ""),
    "pinch_links": ("pinch_point_links.gpkg", ""),
    "pinch_all": ("current_all_pairs.tif", ""),
}
CWD_FOLDER = "cost_distance"
TABLE_FILE = "resistance_table.csv"


def layer_ref(layer: QgsMapLayer) -> str:
    """What to pass to Processing for a layer: its file (opened again in the worker), or its id for memory layers."""
    if layer.providerType() in ("gdal", "ogr"):
        return layer.source()
    return layer.id()


def signature(spec: dict) -> str:
    """Everything but the width cutoff: equal signatures can re-use the kept cost distances."""
    rest = {k: v for k, v in spec.items() if k not in ("width_cutoff", "width_cutoff_percent")}
    return json.dumps(rest, sort_keys=True, default=str)


def can_retruncate(spec: dict, last: Optional[dict]) -> bool:
    """Only the width cutoff changed since ``last`` (the last full run), and its kept cost distances and paths
    still exist: the corridors can be re-cut instead of running everything."""
    return (
        last is not None
        and last["kind_of_inputs"] == signature(spec)
        and Path(last["cwd_folder"]).is_dir()
        and Path(last["paths_file"]).exists()
        and (spec["width_cutoff"], spec["width_cutoff_percent"])
        != (last["spec"]["width_cutoff"], last["spec"]["width_cutoff_percent"])
    )


def _metadata(spec: dict, run_dir: Path, kind: str, when: _dt.datetime) -> dict:
    meta = dict(spec)
    meta.update(run_folder=str(run_dir), run_kind=kind, started=when.isoformat(timespec="seconds"))
    return meta


def _group_name(when: _dt.datetime, kind: str, spec: dict) -> str:
    stamp = when.strftime("%Y-%m-%d %H:%M:%S")
    if kind == "truncate":
        width = spec["width_cutoff_percent"] or spec["width_cutoff"]
        unit = "%" if spec["width_cutoff_percent"] else ""
        return tr("Least-cost analysis {0} (width {1:g}{2})", stamp, width, unit)
    return tr("Least-cost analysis {0}", stamp)


def full_plan(spec: dict, run_dir: Path) -> RunPlan:
    """Everything: resistance from land cover (in that mode), then cost distances and corridors."""
    when = _dt.datetime.now()
    files = {key: run_dir / name for key, (name, _style) in FILES.items()}
    steps: list[Step] = []
    outputs: list[analysis_outputs.OutputSpec] = []
    resistance = spec.get("resistance")
    if spec["mode"] == "landcover":
        table_path = run_dir / TABLE_FILE
        # Only classes with a resistance: the others are "unlisted" and take DEFAULT (or NoData), as the
        # doctor and the red rows in the table say.
        rows = [class_table.ClassRow(v, *class_table.parse_resistance(r)) for v, r, _label in spec["table"]]
        rows = [row for row in rows if row.impassable or row.resistance is not None]
        table_path.write_text(class_table.to_csv(rows), encoding="utf-8")
        steps.append(
            Step(
                ALG_RESISTANCE,
                {
                    "LANDCOVER": spec["landcover"],
                    "TABLE_FILE": str(table_path),
                    "DEFAULT": spec["default_resistance"],
                    "OUTPUT": str(files["resistance"]),
                },
                tr("Building the resistance raster from land cover"),
                weight=0.1,
            )
        )
        resistance = str(files["resistance"])
        outputs.append(
            analysis_outputs.OutputSpec(
                files["resistance"], tr("Resistance (from land cover)"), FILES["resistance"][1], raster=True
            )
        )
    steps.append(
        Step(
            ALG_CORRIDORS,
            {
                "CORES": spec["cores"],
                "CORE_ID_FIELD": spec["core_id_field"],
                "RESISTANCE": resistance,
                "NEIGHBOURS": spec["neighbours"],
                "MAX_EUCLIDEAN_DISTANCE": spec["max_euclidean_distance"],
                "WIDTH_CUTOFF": spec["width_cutoff"],
                "WIDTH_CUTOFF_PERCENT": spec["width_cutoff_percent"],
                "DROP_VIA_CORE": spec["drop_via_core"],
                "OUTPUT_CWD_FOLDER": str(run_dir / CWD_FOLDER),
                "OUTPUT_CORRIDORS": str(files["corridors"]),
                "OUTPUT_PATHS": str(files["paths"]),
                "OUTPUT_POLYGONS": str(files["polygons"]),
            },
            tr("Cost distances and corridors"),
            weight=1.0,
        )
    )
    pinch_steps, pinch_outputs = _pinch(spec, run_dir / CWD_FOLDER, files)
    steps += pinch_steps
    outputs = pinch_outputs + _corridor_outputs(files) + outputs
    meta = _metadata(spec, run_dir, "full", when)
    meta["processing"] = {step.algorithm_id: step.parameters for step in steps}
    load = analysis_outputs.LoadRequest(
        outputs, _group_name(when, "full", spec), meta,
        abstract=tr("Least-cost corridors between the cores of '{0}' (CCSG Corridor Toolkit).", spec["cores_name"]),
    )
    return RunPlan("full", run_dir, steps, load, spec)


def _pinch(spec: dict, cwd_folder, files: dict) -> tuple[list[Step], list[analysis_outputs.OutputSpec]]:
    """The optional pinch-point step (ccsg:pinchpoints on the run's kept cost distances) and its layers, listed
    first so the current sits above the corridors in the run group."""
    if not spec.get("pinch_points"):
        return [], []
    all_pairs = bool(spec.get("pinch_all_pairs"))
    step = Step(
        ALG_PINCH,
        {
            "RUN_FOLDER": str(cwd_folder),
            "CUTOFF": float(spec.get("pinch_cutoff", 0.0)),
            "SQUARE_RESISTANCE": False,
            "OUTPUT_PINCHPOINTS": str(files["pinch"]),
            "OUTPUT_LINKS": str(files["pinch_links"]),
            "OUTPUT_ALLPAIRS": str(files["pinch_all"]) if all_pairs else None,
        },
        tr("Pinch points (circuit theory)"),
        weight=0.5,
    )
    outputs = [analysis_outputs.OutputSpec(files["pinch"], tr("Pinch points (current)"), "", raster=True)]
    if all_pairs:
        outputs.append(analysis_outputs.OutputSpec(files["pinch_all"], tr("Current, all pairs together"), "",
                                                   raster=True))
    return [step], outputs


def _corridor_outputs(files: dict) -> list[analysis_outputs.OutputSpec]:
    return [
        analysis_outputs.OutputSpec(files["polygons"], tr("Corridor polygons"), FILES["polygons"][1]),
        analysis_outputs.OutputSpec(files["paths"], tr("Least-cost paths"), FILES["paths"][1]),
        analysis_outputs.OutputSpec(files["corridors"], tr("Corridors (normalised cost)"), FILES["corridors"][1],
                                    raster=True),
    ]


def truncate_plan(spec: dict, run_dir: Path, last: dict) -> RunPlan:
    """Only re-cut the corridors to the new width from the cost distances kept by ``last``."""
    when = _dt.datetime.now()
    files = {key: run_dir / name for key, (name, _style) in FILES.items()}
    step = Step(
        ALG_TRUNCATE,
        {
            "CWD_FOLDER": last["cwd_folder"],
            "WIDTH_CUTOFF": spec["width_cutoff"],
            "WIDTH_CUTOFF_PERCENT": spec["width_cutoff_percent"],
            "OUTPUT_CORRIDORS": str(files["corridors"]),
            "OUTPUT_POLYGONS": str(files["polygons"]),
        },
        tr("Re-cutting the corridors from the kept cost distances"),
    )
    # the pinch points do not depend on the width cutoff, but the new group should hold them too
    pinch_steps, pinch_outputs = _pinch(spec, Path(last["cwd_folder"]), files)
    steps = [step, *pinch_steps]
    meta = _metadata(spec, run_dir, "truncate", when)
    meta["cost_distances_from"] = last["run_dir"]
    meta["processing"] = {s.algorithm_id: s.parameters for s in steps}
    load = analysis_outputs.LoadRequest(
        pinch_outputs + _corridor_outputs(files),
        _group_name(when, "truncate", spec),
        meta,
        abstract=tr("Corridors re-cut to a new width from the cost distances of {0}.", last["run_dir"]),
        copies=[(Path(last["paths_file"]), files["paths"])],
    )
    return RunPlan("truncate", run_dir, steps, load, spec)
