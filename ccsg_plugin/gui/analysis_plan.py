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
from ccsg_plugin.gui.run_plan import RunPlan, Step
from ccsg_plugin.i18n import tr

ALG_RESISTANCE = "ccsg:resistancefromlandcover"
ALG_CORRIDORS = "ccsg:leastcostcorridors"
ALG_TRUNCATE = "ccsg:truncatecorridors"
# Output files of a run (inside its run folder) and their styles in resources/styles.
FILES = {
    "resistance": ("resistance.tif", "resistance"),
    "corridors": ("corridors.tif", "corridors"),
    "paths": ("least_cost_paths.gpkg", "least_cost_paths"),
    "polygons": ("corridor_polygons.gpkg", "corridor_polygons"),
}
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


def can_truncate(spec: dict, last: Optional[dict]) -> bool:
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
    # the group lists the corridor outputs first, then the resistance made from land cover
    steps_in_group = [corridors] + steps[:-1]
    return RunPlan("full", steps, run_dir=run_dir, group_name=_group_name(when, "full", spec), spec=spec,
                   layer_order=[name for step in steps_in_group for _param, name in step.load])


def truncate_plan(spec: dict, run_dir: Path, last: dict) -> RunPlan:
    """Only re-cut the corridors to the new width from the cost distances kept by ``last``; the group also shows
    the least-cost paths of that run (re-cutting does not change them)."""
    when = _dt.datetime.now()
    files = {key: run_dir / name for key, (name, _style) in FILES.items()}
    names = layer_names()
    notes = _notes(spec, run_dir, "truncate", when,
                   tr("Corridors re-cut to a new width from the cost distances of {0}.", last["run_dir"]),
                   cost_distances_from=last["run_dir"])
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
        load=[("OUTPUT_POLYGONS", names["polygons"]), ("OUTPUT_CORRIDORS", names["corridors"])],
        notes=notes,
    )
    return RunPlan("truncate", [step], run_dir=run_dir, group_name=_group_name(when, "truncate", spec), spec=spec,
                   extra_layers=[(Path(last["paths_file"]), names["paths"])],
                   layer_order=[names["polygons"], names["paths"], names["corridors"]])
