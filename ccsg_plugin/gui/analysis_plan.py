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
from ccsg_plugin.gui import analysis_steps_plan as after_steps
from ccsg_plugin.gui.run_plan import RunPlan, Step
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
FILES.update(after_steps.STEP_FILES)  # restoration, crossings and network outputs (gui/analysis_steps_plan.py)
CWD_FOLDER = "cost_distance"


def layer_names() -> dict:
    """The outputs' layer names in the run's group (in the interface language at run time)."""
    return {"polygons": tr("Corridor polygons"), "paths": tr("Least-cost paths"),
            "corridors": tr("Corridors (normalised cost)")}
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


def can_recut(spec: dict, last: Optional[dict]) -> bool:
    """Only the width cutoff changed since ``last`` (the last full run), and its kept cost distances and paths
    still exist: the corridors can be re-cut instead of running everything."""
    return (
        last is not None
        and after_steps.allows_recut(spec)
        and last["kind_of_inputs"] == signature(spec)
        and Path(last["cost_distance_folder"]).is_dir()
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
    if kind == "recut":
        width = spec["width_cutoff_percent"] or spec["width_cutoff"]
        unit = "%" if spec["width_cutoff_percent"] else ""
        return tr("Least-cost analysis {0} (width {1:g}{2})", stamp, width, unit)
    return tr("Least-cost analysis {0}", stamp)


def _notes(spec: dict, run_dir: Path, kind: str, when: _dt.datetime, abstract: str, **extra) -> dict:
    """What every output of the run records before its algorithm's parameters (the algorithm writes it)."""
    record = _metadata(spec, run_dir, kind, when)
    record.update(extra)
    return {"abstract": abstract, "record": record}


def full_plan(spec: dict, run_dir: Path) -> RunPlan:
    """Everything: resistance from land cover (in that mode), then cost distances and corridors."""
    when = _dt.datetime.now()
    files = {key: run_dir / name for key, (name, _style) in FILES.items()}
    names = layer_names()
    notes = _notes(spec, run_dir, "full", when, tr(
        "Least-cost corridors between the cores of '{0}' (CCSG Corridor Toolkit).", spec["cores_name"]))
    steps: list[Step] = []
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
                load=[("OUTPUT", tr("Resistance (from land cover)"))],
                notes=notes,
            )
        )
        resistance = str(files["resistance"])
    elif spec["mode"] == "sea":  # marine: sea 1, land impassable (gui/analysis_sea.py)
        from ccsg_plugin.gui.analysis_sea import sea_step

        steps.append(sea_step(spec, str(files["resistance"]), notes))
        resistance = str(files["resistance"])
    corridors = Step(
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
            **after_steps.climate_parameters(spec),
            "OUTPUT_CWD_FOLDER": str(run_dir / CWD_FOLDER),
            "OUTPUT_CORRIDORS": str(files["corridors"]),
            "OUTPUT_PATHS": str(files["paths"]),
            "OUTPUT_POLYGONS": str(files["polygons"]),
        },
        tr("Cost distances and corridors"),
        load=[("OUTPUT_POLYGONS", names["polygons"]), ("OUTPUT_PATHS", names["paths"]),
              ("OUTPUT_CORRIDORS", names["corridors"])],
        notes=notes,
    )
    steps.append(corridors)
    # the group lists the pinch points first (above the corridors), then the corridor outputs, then the
    # resistance made from land cover
    pinch_steps = _pinch(spec, run_dir / CWD_FOLDER, files, notes)
    steps_in_group = pinch_steps + [corridors] + steps[:-1]
    steps += pinch_steps
    # restoration, crossings and network after the pinch points (crossings use their current); in the group their
    # points and lines come first, their rasters and table below the pinch rasters
    more, top, below = after_steps.after_corridors(spec, run_dir / CWD_FOLDER, files["paths"], files, notes,
                                                resistance=resistance)
    steps += more
    order = [name for step in steps_in_group for _param, name in step.load]
    n_pinch = sum(len(step.load) for step in pinch_steps)
    return with_report(RunPlan("full", steps, run_dir=run_dir, group_name=_group_name(when, "full", spec), spec=spec,
                               layer_order=top + order[:n_pinch] + below + order[n_pinch:]))


def _pinch(spec: dict, cost_distance_folder, files: dict, notes) -> list[Step]:
    """The optional pinch-point step: ccsg:pinchpoints on the run's kept cost distances (styled by the algorithm:
    a quantile stretch, highest current darkest)."""
    if not spec.get("pinch_points"):
        return []
    all_pairs = bool(spec.get("pinch_all_pairs"))
    load = [("OUTPUT_PINCHPOINTS", tr("Pinch points (current)"))]
    if all_pairs:
        load.append(("OUTPUT_ALLPAIRS", tr("Current, all pairs together")))
    return [Step(
        ALG_PINCH,
        {
            "RUN_FOLDER": str(cost_distance_folder),
            "CUTOFF": float(spec.get("pinch_cutoff", 0.0)),
            "SQUARE_RESISTANCE": False,
            "OUTPUT_PINCHPOINTS": str(files["pinch"]),
            "OUTPUT_LINKS": str(files["pinch_links"]),
            "OUTPUT_ALLPAIRS": str(files["pinch_all"]) if all_pairs else None,
        },
        tr("Pinch points (circuit theory)"),
        load=load,
        notes=notes,
        optional=True,
    )]


def recut_plan(spec: dict, run_dir: Path, last: dict) -> RunPlan:
    """Only re-cut the corridors to the new width from the cost distances kept by ``last``; the group also shows
    the least-cost paths of that run (re-cutting does not change them)."""
    when = _dt.datetime.now()
    files = {key: run_dir / name for key, (name, _style) in FILES.items()}
    names = layer_names()
    notes = _notes(spec, run_dir, "recut", when,
                   tr("Corridors re-cut to a new width from the cost distances of {0}.", last["run_dir"]),
                   cost_distances_from=last["run_dir"])
    step = Step(
        ALG_TRUNCATE,
        {
            "CWD_FOLDER": last["cost_distance_folder"],
            "WIDTH_CUTOFF": spec["width_cutoff"],
            "WIDTH_CUTOFF_PERCENT": spec["width_cutoff_percent"],
            "OUTPUT_CORRIDORS": str(files["corridors"]),
            "OUTPUT_POLYGONS": str(files["polygons"]),
        },
        tr("Re-cutting the corridors from the kept cost distances"),
        load=[("OUTPUT_POLYGONS", names["polygons"]), ("OUTPUT_CORRIDORS", names["corridors"])],
        notes=notes,
    )
    # the pinch points do not depend on the width cutoff, but the new group should hold them too
    pinch_steps = _pinch(spec, Path(last["cost_distance_folder"]), files, notes)
    pinch_names = [name for pstep in pinch_steps for _param, name in pstep.load]
    # restoration and network do not depend on the width either (crossings never come here: allows_recut)
    more, top, below = after_steps.after_corridors(spec, Path(last["cost_distance_folder"]), Path(last["paths_file"]),
                                                files, notes)
    return with_report(RunPlan("recut", [step, *pinch_steps, *more], run_dir=run_dir,
                               group_name=_group_name(when, "recut", spec), spec=spec,
                               extra_layers=[(Path(last["paths_file"]), names["paths"])],
                               layer_order=[*top, *pinch_names, *below, names["polygons"], names["paths"],
                                            names["corridors"]]))


ALG_REPORT = "ccsg:runreport"
REPORT_FILE = "report.html"


def with_report(plan: RunPlan) -> RunPlan:
    """The plan with ccsg:runreport as its LAST step: every run folder gets report.html, made from whatever outputs
    the steps before it wrote (a re-cut run's report shows the full run's paths)."""
    plan.steps.append(Step(
        ALG_REPORT,
        {"RUN_FOLDER": str(plan.run_dir), "TITLE": plan.group_name, "OUTPUT_HTML": str(plan.run_dir / REPORT_FILE)},
        tr("Writing the run report"),
        optional=True,
    ))
    return plan
