"""Where a least-cost analysis run goes: its run folder (new for every run, removed when the run fails) and the
layer-tree group its finished layers are placed in. The layers come styled and described by their algorithms.
"""

from __future__ import annotations

import datetime as _dt
import shutil
from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsMapLayer,
    QgsProject,
)

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import output
from ccsg_plugin.i18n import tr

RUNS_FOLDER = "ccsg_runs"


def runs_base(project: QgsProject, chosen_folder: str = "") -> Path:
    """Where run folders go: beside the saved project, else in the folder the user picked."""
    if project.fileName():
        return Path(project.absolutePath()) / RUNS_FOLDER
    if chosen_folder:
        return Path(chosen_folder)
    raise CcsgError(
        tr(
            "The project is not saved yet, so there is no folder to put the results in. Save the project "
            "(Project > Save) or pick a folder in 'Save in'."
        )
    )


def new_run_folder(base: Path, when: Optional[_dt.datetime] = None, prefix: str = "least_cost") -> Path:
    """A new, empty folder named after the time; never an existing one (earlier runs are never overwritten)."""
    when = when or _dt.datetime.now()
    base = Path(base)
    base.mkdir(parents=True, exist_ok=True)
    candidate = output.unique_path(base / f"{prefix}_{when.strftime('%Y%m%d_%H%M%S')}")
    while True:
        try:
            candidate.mkdir()
            return candidate
        except FileExistsError:  # another run started in the same second
            candidate = output.unique_path(candidate)


def remove_run_folder(folder: Optional[Path]) -> None:
    """Delete a cancelled or failed run's folder (it only ever holds that run's files)."""
    if folder is not None and Path(folder).exists():
        shutil.rmtree(folder, ignore_errors=True)


def add_group(project: QgsProject, name: str, layers: list[QgsMapLayer]):
    """A new group on top of the layer tree holding the layers in order (cheap: the layers are loaded)."""
    root = project.layerTreeRoot()
    group = root.insertGroup(0, name)
    for layer in layers:
        output.insert_layer(project, group, layer)
    return group
