"""The run of the Guideline check dock: ccsg:checkcorridors in the background (QgsProcessingAlgRunnerTask), with
progress and cancel; a failed or cancelled run leaves no file behind; the result is added to the CCSG group."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

from ccsg_plugin import settings
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis.check_results import DETAILS, OVERALL_STATUS, REPORT_PROPERTY, RESULT_STYLE
from ccsg_plugin.i18n import tr, tr_data
from ccsg_plugin.messages import notify

ALG_ID = "ccsg:checkcorridors"
RESULT_GROUP = "CCSG"


class _Feedback(QgsProcessingFeedback):
    """Keeps the error messages of a run (reportError is called from the worker thread; only text is stored)."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803
        self.errors.append(error)
        super().reportError(error, fatalError)


class CheckRunMixin:
    """Run methods of CheckDock (needs the layer combos, runButton, cancelButton, progressBar, reportButton)."""

    # ----- running ----------------------------------------------------------------------------------------------
    def output_paths(self) -> tuple[Path, Path]:
        """A new GeoPackage and report beside the project (or in the plugin's results folder when unsaved)."""
        from ccsg_plugin.gis.output import unique_path

        home = QgsProject.instance().absolutePath()
        folder = Path(home) / "ccsg_results" if home else settings.user_profiles_folder().parent / "results"
        folder.mkdir(parents=True, exist_ok=True)
        layer = self.corridorsCombo.currentLayer()
        stem = "corridor_check_" + "".join(ch if ch.isalnum() else "_" for ch in (layer.name() if layer else ""))
        gpkg = unique_path(folder / f"{stem}.gpkg")
        html = unique_path(folder / f"{stem}.html")
        return gpkg, html

    def parameters(self) -> dict:
        gpkg, html = self.output_paths()
        params: dict[str, Any] = {
            "CORRIDORS": self.corridorsCombo.currentLayer().id(),
            "PROFILE": self._profile_parameter(),
            "OUTPUT": str(gpkg),
            "REPORT": str(html),
        }
        for key, combo in (("CORES", self.coresCombo), ("RESISTANCE", self.resistanceCombo),
                           ("BARRIERS", self.barriersCombo), ("CROSSINGS", self.crossingsCombo),
                           ("DEM", self.demCombo), (self.habitatKindCombo.currentData(), self.habitatCombo),
                           ("STREAMS", self.streamsCombo), ("FLOODPLAIN", self.floodplainCombo),
                           ("RIVER_BARRIERS", self.riverBarriersCombo), ("COASTLINE", self.coastlineCombo),
                           ("NIGHT_LIGHTS", self.nightLightsCombo), ("PINCHPOINTS", self.pinchPointsCombo)):
            layer = combo.currentLayer()
            if layer is not None:
                params[key] = layer.id()
        return params

    def run_check(self) -> bool:
        """Start ccsg:checkcorridors in the background; False (with a message) when it cannot start."""
        if self._task is not None:
            return False
        if self.corridorsCombo.currentLayer() is None:
            self._show_status(tr("Choose the corridors layer first."), error=True)
            return False
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(ALG_ID)
        if algorithm is None:
            self._show_status(tr("The Processing algorithm {0} is not available.", ALG_ID), error=True)
            return False
        try:
            params = self.parameters()
        except CcsgError as exc:
            self._show_status(tr_data(exc), error=True)
            return False
        self._context = QgsProcessingContext()
        self._context.setProject(QgsProject.instance())
        self._feedback = _Feedback()
        self._pending = params
        self.last_error = None
        task = QgsProcessingAlgRunnerTask(algorithm, params, self._context, self._feedback)
        task.executed.connect(self._on_executed)
        task.progressChanged.connect(self._on_progress)
        self._task = task
        self.runButton.setEnabled(False)
        self.cancelButton.setEnabled(True)
        self.progressBar.setValue(0)
        self._show_status(tr("Checking the corridors…"))
        QgsApplication.taskManager().addTask(task)
        return True

    def is_running(self) -> bool:
        return self._task is not None

    def cancel(self) -> None:
        if self._task is not None:
            self._feedback.cancel()
            self._task.cancel()
            self._show_status(tr("Cancelling…"))

    def _on_progress(self, value: float) -> None:
        self.progressBar.setValue(int(value))

    def _on_executed(self, ok: bool, results: dict) -> None:
        feedback, params = self._feedback, self._pending
        cancelled = feedback is not None and feedback.isCanceled()
        self._task = None
        self.runButton.setEnabled(True)
        self.cancelButton.setEnabled(False)
        if not ok or cancelled:
            for key in ("OUTPUT", "REPORT"):  # no half-written outputs (the paths were new and ours)
                path = Path(str(params.get(key, "")))
                if path.name and path.exists():
                    path.unlink()
            if cancelled:
                self.last_error = tr("The check was cancelled; nothing was written.")
            else:
                errors = feedback.errors if feedback is not None else []
                self.last_error = "; ".join(errors) or tr("The check failed; see the Processing log.")
            self.progressBar.setValue(0)
            self._show_status(self.last_error, error=not cancelled)
            return
        self.progressBar.setValue(100)
        self.report_path = Path(str(results.get("REPORT") or params.get("REPORT")))
        self.reportButton.setEnabled(self.report_path.exists())
        self._add_result_layer(str(results.get("OUTPUT") or params["OUTPUT"]))

    def _add_result_layer(self, source: str) -> None:
        from ccsg_plugin.gis import output

        corridors = QgsProject.instance().mapLayer(self._pending.get("CORRIDORS", ""))
        name = tr("Guideline check: {0}", corridors.name() if corridors else "")
        layer = QgsVectorLayer(source, name, "ogr")
        if not layer.isValid():
            self._show_status(tr("The result layer {0} could not be opened.", source), error=True)
            return
        try:
            output.apply_style(layer, RESULT_STYLE)
        except CcsgError as exc:
            self._show_status(tr_data(exc), error=True)
        output.set_run_metadata(layer, name, tr("Corridors checked against the profile {0}.", self.profile.name),
                                dict(self._pending))
        layer.setCustomProperty(REPORT_PROPERTY, str(self.report_path))  # saved with the project
        project = QgsProject.instance()
        hide_older_results(project)
        group = output.layer_group(project, RESULT_GROUP)
        output.insert_layer(project, group, layer, position=_below(group, corridors))
        self.show_results(layer)
        counts = {}
        for feature in layer.getFeatures():
            counts[feature[OVERALL_STATUS]] = counts.get(feature[OVERALL_STATUS], 0) + 1
        total = layer.featureCount()
        text = tr("{0} corridor(s) checked: {1} pass, {2} with warnings, {3} fail.", None, total, total,
                  counts.get("pass", 0), counts.get("warn", 0), counts.get("fail", 0))
        self._show_status(text)
        notify(self.iface, tr("Guideline check"), text, Qgis.Success)


def hide_older_results(project: QgsProject) -> None:
    """Untick the earlier check results: each check adds a layer, and a pile of them hides the corridor being
    edited (they stay in the project, with their reports)."""
    root = project.layerTreeRoot()
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.fields().indexOf(DETAILS) >= 0:
            node = root.findLayer(layer.id())
            if node is not None:
                node.setItemVisibilityChecked(False)


def _below(group, corridors) -> int:
    """The position just below the checked corridors layer when it is in the group (the store layer stays on
    top, so the polygon being edited is not hidden by its result), else the top."""
    if corridors is None:
        return 0
    for index, child in enumerate(group.children()):
        if getattr(child, "layerId", lambda: None)() == corridors.id():
            return index + 1
    return 0
