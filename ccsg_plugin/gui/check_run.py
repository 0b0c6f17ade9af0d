"""The run of the Guideline check dock: ccsg:checkcorridors as a one-step plan of gui/runner.py (in the background,
with progress and cancel); a failed or cancelled run leaves no file behind; the algorithm styles and describes the
result layer, the dock places it in the CCSG group."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from qgis.core import Qgis, QgsApplication, QgsProject, QgsVectorLayer

from ccsg_plugin import settings
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis.check_results import DETAILS, OVERALL_STATUS, REPORT_PROPERTY
from ccsg_plugin.gui.run_plan import RunPlan, Step
from ccsg_plugin.gui.runner import CANCELLED, PlanRunner, end_in_panel, start_in_panel
from ccsg_plugin.i18n import tr, tr_data
from ccsg_plugin.messages import notify

ALG_ID = "ccsg:checkcorridors"
RESULT_GROUP = "CCSG"


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
                           ("NIGHT_LIGHTS", self.nightLightsCombo), ("PINCHPOINTS", self.pinchPointsCombo),
                           ("CLIMATE", self.climateCombo)):
            layer = combo.currentLayer()
            if layer is not None:
                params[key] = layer.id()
        return params

    def run_check(self) -> bool:
        """Start ccsg:checkcorridors in the background (a one-step plan of gui/runner.py); False (with a message)
        when it cannot start."""
        if self._runner is not None:
            return False
        corridors = self.corridorsCombo.currentLayer()
        if corridors is None:
            self._show_status(tr("Choose the corridors layer first."), error=True)
            return False
        if QgsApplication.processingRegistry().algorithmById(ALG_ID) is None:
            self._show_status(tr("The Processing algorithm {0} is not available.", ALG_ID), error=True)
            return False
        try:
            params = self.parameters()
        except CcsgError as exc:
            self._show_status(tr_data(exc), error=True)
            return False
        self._pending = params
        self.last_error = None
        step = Step(ALG_ID, params, tr("Checking the corridors…"),
                    load=[("OUTPUT", tr("Guideline check: {0}", corridors.name()))])
        # The paths are new and ours: a failed or cancelled check leaves neither behind.
        plan = RunPlan("check", [step], discard=[Path(params["OUTPUT"]), Path(params["REPORT"])])
        self._runner = PlanRunner(plan, self)
        self._show_status(tr("Checking the corridors…"))
        start_in_panel(self._runner, self.runButton, self.cancelButton, self.progressBar, self._on_finished)
        return True

    def is_running(self) -> bool:
        return self._runner is not None

    def cancel(self) -> None:
        if self._runner is not None:
            self._runner.cancel()
            self._show_status(tr("Cancelling…"))

    def stop_running(self) -> None:
        """The dock goes away (plugin unload): cancel, and let the runner clean up on its own when the task
        returns."""
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.detach()

    def _on_finished(self, ok: bool, layers: list, message: str) -> None:
        runner, self._runner = self._runner, None
        end_in_panel(runner, self.runButton, self.cancelButton)
        if not ok or not layers:
            if message == CANCELLED:
                self.last_error = tr("The check was cancelled; nothing was written.")
            else:
                self.last_error = message or tr("The check failed; see the Processing log.")
            self.progressBar.setValue(0)
            self._show_status(self.last_error, error=message != CANCELLED)
            return
        self.progressBar.setValue(100)
        results = runner.plan.results.get(0, {}) if runner is not None else {}
        self.report_path = Path(str(results.get("REPORT") or self._pending.get("REPORT")))
        self.reportButton.setEnabled(self.report_path.exists())
        self._place_result_layer(layers[0])

    def _place_result_layer(self, layer) -> None:
        """The check's layer comes styled and described by the algorithm: put it in the CCSG group below the
        checked layer, with its report, and show its results."""
        from ccsg_plugin.gis import output

        corridors = QgsProject.instance().mapLayer(self._pending.get("CORRIDORS", ""))
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
