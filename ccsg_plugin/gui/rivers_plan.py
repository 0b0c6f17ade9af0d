"""Run planning of the Rivers dock: ccsg:riverconnectivity as a plan of gui/runner.py, its three outputs in the
run's own folder (removed when the run fails or is cancelled) and their layer names in the run's group, then the run
report (ccsg:runreport, the same optional last step as the least-cost analysis). No widgets:
the dock passes its run spec (plain values)."""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

from ccsg_plugin.gui.analysis_plan import REPORT_FILE, with_report
from ccsg_plugin.gui.run_plan import RunPlan, Step
from ccsg_plugin.i18n import tr

ALG_RIVERS = "ccsg:riverconnectivity"
# output parameter -> file name in the run folder
FILES = {
    "OUTPUT_SECTIONS": "river_sections.gpkg",
    "OUTPUT_BARRIERS": "river_barriers.gpkg",
    "OUTPUT_SUMMARY": "river_summary.gpkg",
}


def layer_names() -> dict:
    """The outputs' layer names in the run's group (in the interface language at run time), top to bottom."""
    return {"OUTPUT_BARRIERS": tr("Barrier priorities"), "OUTPUT_SECTIONS": tr("River sections"),
            "OUTPUT_SUMMARY": tr("DCI summary")}


def rivers_plan(spec: dict, run_dir: Path) -> RunPlan:
    """One step: river connectivity on the chosen layers; its outputs go into run_dir."""
    when = _dt.datetime.now()
    names = layer_names()
    parameters = {
        "RIVERS": spec["rivers"],
        "SNAP_TOLERANCE": float(spec["snap_tolerance"]),
        "BARRIERS": spec["barriers"],
        "PASSABILITY_FIELD": spec["passability_field"],
        "OUTLET": spec.get("outlet"),
        "WEIGHT_FIELD": spec.get("weight_field") or None,
    }
    parameters.update({name: str(run_dir / file) for name, file in FILES.items()})
    record = dict(spec, run_folder=str(run_dir), run_kind="rivers", started=when.isoformat(timespec="seconds"))
    notes = {"abstract": tr("River connectivity (DCI) of '{0}' (CCSG Corridor Toolkit).", spec["rivers_name"]),
             "record": record}
    steps = [Step(ALG_RIVERS, parameters, tr("River connectivity (DCI)"),
                  load=[(name, names[name]) for name in FILES], notes=notes)]
    # last, optional: ccsg:runreport writes report.html in the run folder (its rivers section reads these files)
    return with_report(RunPlan("rivers", steps, run_dir=run_dir, spec=spec, layer_order=list(names.values()),
                               group_name=tr("River connectivity {0}", when.strftime("%Y-%m-%d %H:%M:%S"))))


def report_path(run_dir) -> Path:
    return Path(run_dir) / REPORT_FILE
