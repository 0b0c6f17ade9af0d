"""Outputs of a least-cost analysis run: the run folder, and layers opened, styled and documented off the GUI thread.

``LoadOutputsTask`` opens each output file in a worker, applies its style, writes the run parameters into the
layer metadata and saves style and metadata beside the file (so the file alone tells how it was made), then moves
the layers to the main thread; ``finished`` only inserts them into a new layer-tree group.
"""

from __future__ import annotations

import datetime as _dt
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Optional

from qgis.core import (
    QgsApplication,
    QgsMapLayer,
    QgsProject,
    QgsRasterLayer,
    QgsTask,
    QgsVectorLayer,
)

from ccsg_plugin import paths
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import message_of
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


@dataclass
class OutputSpec:
    path: Path
    name: str  # layer name in the project
    style: str  # resources/styles/<style>.qml ("" = QGIS default)
    raster: bool = False
    title: str = ""


@dataclass
class LoadRequest:
    outputs: list[OutputSpec]
    group_name: str
    parameters: dict
    abstract: str = ""
    copies: list[tuple[Path, Path]] = field(default_factory=list)  # files to copy first (re-truncation keeps paths)


def open_output(spec: OutputSpec, parameters: dict, abstract: str) -> QgsMapLayer:
    """Open one output file, style it, record the run parameters in its metadata and save both beside the file.

    The ccsg algorithms save a default style (fitted to the data, e.g. the corridor classes up to the cutoff) with
    each output; that one is kept. ``spec.style`` is applied only when the file brings no style of its own.
    """
    if spec.raster:
        layer = QgsRasterLayer(str(spec.path), spec.name, "gdal")
    else:
        layer = QgsVectorLayer(str(spec.path), spec.name, "ogr")
    if not layer.isValid():
        raise CcsgError(tr("The result file {0} could not be opened.", str(spec.path)))
    _message, has_style = layer.loadDefaultStyle()
    if not has_style and spec.style and paths.style(spec.style).exists():
        output.apply_style(layer, spec.style)
        layer.saveDefaultStyle()
    earlier = layer.metadata().abstract().strip()  # what the algorithm recorded
    output.set_run_metadata(layer, spec.title or spec.name, abstract, parameters)
    if earlier:  # keep it, after the run's own parameters
        metadata = layer.metadata()
        metadata.setAbstract(metadata.abstract() + "\n\n" + tr("Recorded by the algorithm:") + "\n" + earlier)
        layer.setMetadata(metadata)
    layer.saveDefaultMetadata()
    return layer


class LoadOutputsTask(QgsTask):
    """Worker: open, style and document the outputs. Main thread (finished): add them in a new group."""

    def __init__(self, request: LoadRequest, done: Callable) -> None:
        super().__init__(tr("Loading least-cost results"), QgsTask.CanCancel)
        self.request, self.done = request, done
        self.layers: list[QgsMapLayer] = []
        self.error = ""

    def run(self) -> bool:
        try:
            for source, target in self.request.copies:
                shutil.copyfile(source, target)
            main_thread = QgsApplication.instance().thread()
            for i, spec in enumerate(self.request.outputs):
                if self.isCanceled():
                    return False
                layer = open_output(spec, self.request.parameters, self.request.abstract)
                layer.moveToThread(main_thread)  # the project lives on the main thread
                self.layers.append(layer)
                self.setProgress(100.0 * (i + 1) / len(self.request.outputs))
        except Exception as exc:
            self.error = message_of(exc) or type(exc).__name__  # keeps a core message's template
            return False
        return not self.isCanceled()

    def finished(self, ok: bool) -> None:
        group = None
        if ok:
            group = add_group(QgsProject.instance(), self.request.group_name, self.layers)
        self.done(ok, group, self.layers if ok else [], self.error)


def add_group(project: QgsProject, name: str, layers: list[QgsMapLayer]):
    """A new group on top of the layer tree holding the layers in order (cheap: the layers are loaded)."""
    root = project.layerTreeRoot()
    group = root.insertGroup(0, name)
    for layer in layers:
        output.insert_layer(project, group, layer)
    return group
