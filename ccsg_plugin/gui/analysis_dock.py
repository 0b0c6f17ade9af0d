"""The "Least-cost analysis" dock: resistance (raster, or built from land cover with a class table), cores, options,
an input doctor that explains what is wrong before anything runs, Run/Cancel with progress, and result tools.

The dock only collects inputs and starts tasks: the doctor reads pixels in a QgsTask (gis/doctor_inputs.py), the
analysis runs as a plan of ccsg: Processing algorithms (analysis_plan.py) through gui/runner.py, and the algorithms
hand back their outputs styled and described: the dock only places them in a new group. Changing only the width
cutoff after a run re-cuts the corridors from the kept cost-distance rasters with ccsg:truncatecorridors instead of
running everything again.
Its class table (analysis_class_table.py) and result tools (analysis_results.py) are mixins in their own modules;
the runs' algorithms, parameters and outputs are planned in analysis_plan.py.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsFieldProxyModel,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsRasterLayer,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget, QgsFileWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QListWidgetItem,
    QStyle,
)

from ccsg_plugin import paths
from ccsg_plugin.core import class_table
from ccsg_plugin.core.doctor import run as doc
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import analysis_outputs, doctor_inputs, machine
from ccsg_plugin.gui import analysis_plan
from ccsg_plugin.gui.analysis_class_table import ClassTableMixin
from ccsg_plugin.gui.analysis_plan import CWD_FOLDER, FILES
from ccsg_plugin.gui.analysis_report import ReportMixin
from ccsg_plugin.gui.analysis_results import ResultsMixin
from ccsg_plugin.gui.analysis_sea import SeaOnlyMixin
from ccsg_plugin.gui.analysis_steps import StepsMixin
from ccsg_plugin.gui.layout import bring_into_view, honest_width
from ccsg_plugin.gui.runner import CANCELLED, PlanRunner
from ccsg_plugin.gui.wrapping import wrap_button_texts
from ccsg_plugin.i18n import tr, tr_data
from ccsg_plugin.messages import log, notify

_FormClass, _ = uic.loadUiType(str(paths.ui(__file__, "analysis_dock.ui")))

SETTINGS_FOLDER = "ccsg/analysis/output_folder"
ID_FIELD_GUESSES = ("core_id", "CORE_ID", "id", "ID")
DOCTOR_DELAY_MS = 400


class AnalysisDock(ClassTableMixin, ResultsMixin, ReportMixin, StepsMixin, SeaOnlyMixin, QgsDockWidget,
                   _FormClass):
    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("CcsgAnalysisDock")
        # long translations ("Construirlo a partir de la cobertura del suelo") wrap instead of widening the panel
        self.button_labels = wrap_button_texts(self, [self.useResistanceRadio, self.buildRadio,
                                                      self.dropViaCoreCheck, self.pinchAllPairsCheck])
        self.iface = iface
        self._connections: list = []
        self._closed = False
        self._doctor_task = None
        self._doctor_generation = 0
        self._doctor_busy = False
        self._run_after_doctor: Optional[dict] = None
        self.findings: list[doc.Finding] = []
        self.doctor_inputs: Optional[doc.DoctorInputs] = None
        self.landcover_classes: list[float] = []
        self.runner: Optional[PlanRunner] = None
        self.last_run: Optional[dict] = None  # spec, run folder, kept cost distances, timings of the last success
        self.result_layer_ids: dict = {}
        self.run_history: list[dict] = []
        self._map_tool = None
        self._previous_tool = None
        self._doctor_timer = QTimer(self)
        self._doctor_timer.setObjectName("CcsgAnalysisDoctorTimer")
        self._doctor_timer.setSingleShot(True)
        self._doctor_timer.setInterval(DOCTOR_DELAY_MS)
        self._setup_sea_only()
        self._setup_widgets()
        self._setup_report_button()
        self._connect_signals()
        self._update_mode()
        self.schedule_doctor()

    # ------------------------------------------------------------------ set-up
    def _setup_widgets(self) -> None:
        for combo in (self.resistanceCombo, self.landcoverCombo):
            combo.setFilters(QgsMapLayerProxyModel.RasterLayer)
        self.landcoverCombo.setAllowEmptyLayer(True)
        self.landcoverCombo.setLayer(None)
        self.resistanceCombo.setAllowEmptyLayer(True)
        self.coresCombo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.coresCombo.setAllowEmptyLayer(True)
        self.idFieldCombo.setFilters(QgsFieldProxyModel.AllTypes)
        self._guess_layers()
        self.neighboursCombo.addItem("8", 8)
        self.neighboursCombo.addItem("16", 16)
        self.widthUnitCombo.addItem(tr("cost units"), "cost")
        self.widthUnitCombo.addItem(tr("% above LCD"), "percent")
        self.widthUnitCombo.setItemData(
            1, tr("Percent above each pair's least-cost distance (LCD): wider corridors for longer links"),
            Qt.ToolTipRole,
        )
        # Combos shrink with the dock instead of forcing a horizontal scroll bar.
        for combo in (self.resistanceCombo, self.landcoverCombo, self.coresCombo, self.idFieldCombo,
                      self.presetCombo):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        # Short fixed items ("unidades de costo", "% au-dessus de la LCD"): shown whole, the spin box gives way.
        for combo in (self.widthUnitCombo, self.neighboursCombo):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
            combo.setMinimumWidth(combo.sizeHint().width())
        for spin in (self.widthSpin, self.maxDistanceSpin, self.defaultSpin, self.pinchCutoffSpin):
            spin.setMinimumWidth(70)  # the hint fits the largest value, far wider than a dock needs
        self.optionsLayout.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.outputFolderWidget.setStorageMode(QgsFileWidget.GetDirectory)
        self.outputFolderWidget.setFilePath(QgsSettings().value(SETTINGS_FOLDER, "", type=str))
        self.presetCombo.addItem(tr("Presets…"), "")
        for preset in sorted(self.presets_folder().glob("*.csv")):
            self.presetCombo.addItem(preset.stem.replace("_", " "), str(preset))
        for button, icon, text in (
            (self.loadCsvButton, "/mActionFileOpen.svg", tr("Load…")),
            (self.saveCsvButton, "/mActionFileSave.svg", tr("Save…")),
            (self.addRowButton, "/symbologyAdd.svg", "+"),
            (self.removeRowButton, "/symbologyRemove.svg", "−"),
        ):
            button.setIcon(QgsApplication.getThemeIcon(icon))
            button.setText(text)
            button.setToolButtonStyle(Qt.ToolButtonIconOnly)
        self.classTable.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.linkTable.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self._connect(self.doctorSummaryLabel.linkActivated, self._show_findings_box)
        header = self.classTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Stretch)
        self.classTable.verticalHeader().setVisible(False)
        self.classTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.linkTable.verticalHeader().setVisible(False)
        self.progressBar.setVisible(False)
        self.linkTable.setVisible(False)
        self.cancelButton.setEnabled(False)
        self.maxDistanceSpin.setEnabled(False)
        self.defaultSpin.setEnabled(False)
        self._setup_steps()  # restoration, crossings, network, climate (analysis_steps.py)
        honest_width(self.scrollArea)  # never narrower than the contents: no sideways scrolling, nothing clipped

    def _guess_layers(self) -> None:
        """Preselect the obvious layers (the demo's resistance and cores) so a first run needs one click."""
        from ccsg_plugin.gis import layer_roles

        project = QgsProject.instance()
        rasters = [lyr for lyr in project.mapLayers().values() if isinstance(lyr, QgsRasterLayer)]
        resistance = layer_roles.resistance_layer(project) or (rasters[0] if rasters else None)
        self.resistanceCombo.setLayer(resistance)
        polygons = [
            lyr
            for lyr in project.mapLayers().values()
            if isinstance(lyr, QgsVectorLayer) and lyr.geometryType() == 2  # QgsWkbTypes.PolygonGeometry
        ]
        cores = layer_roles.cores_layer(project) or (polygons[0] if polygons else None)
        self.coresCombo.setLayer(cores)
        self._on_cores_changed(cores)

    def _connect(self, signal, slot) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    def _connect_signals(self) -> None:
        c = self._connect
        c(self._doctor_timer.timeout, self.run_doctor)
        c(self.coresCombo.layerChanged, self._on_cores_changed)
        for signal in (
            self.resistanceCombo.layerChanged,
            self.landcoverCombo.layerChanged,
            self.idFieldCombo.fieldChanged,
            self.neighboursCombo.currentIndexChanged,
            self.allPairsRadio.toggled,
            self.maxDistanceSpin.valueChanged,
            self.defaultCheck.toggled,
            self.defaultSpin.valueChanged,
            self.classTable.itemChanged,
            self.widthSpin.valueChanged,
            self.widthUnitCombo.currentIndexChanged,
            self.dropViaCoreCheck.toggled,
            self.pinchGroup.toggled,
            self.pinchCutoffSpin.valueChanged,
            self.pinchAllPairsCheck.toggled,
        ):
            c(signal, self._on_input_changed)
        c(self.widthUnitCombo.currentIndexChanged, self._on_width_unit_changed)
        c(self.useResistanceRadio.toggled, self._update_mode)
        c(self.allPairsRadio.toggled, self._update_mode)
        c(self.defaultCheck.toggled, self._update_mode)
        c(self.classTable.itemChanged, self._on_table_item_changed)
        c(self.presetCombo.activated, self._on_preset)
        c(self.loadCsvButton.clicked, self._on_load_csv)
        c(self.saveCsvButton.clicked, self._on_save_csv)
        c(self.addRowButton.clicked, self._on_add_row)
        c(self.removeRowButton.clicked, self._on_remove_rows)
        c(self.runButton.clicked, self.start_run)
        c(self.cancelButton.clicked, self.cancel_run)
        c(self.pickPathButton.toggled, self._on_pick_toggled)
        c(self.useCandidatesButton.clicked, self.use_as_candidates)
        c(self.openReportButton.clicked, self.open_report)
        c(self.outputFolderWidget.fileChanged, self._on_folder_changed)
        project = QgsProject.instance()
        c(project.layersRemoved, self._on_layers_removed)
        self._connect_steps()

    def shutdown(self) -> None:
        """Called by the plugin on unload: stop work, disconnect every signal, release the map tool."""
        self._closed = True
        self._doctor_timer.stop()
        if self.runner is not None and self.runner.running:
            # The dock is about to be deleted but the task still runs: the runner lives on until the task
            # returns (with its Processing context), then removes its run folder.
            runner, self.runner = self.runner, None
            runner.detach()
        if self._doctor_task is not None:
            with contextlib.suppress(RuntimeError):
                self._doctor_task.cancel()
        self._set_pick_tool(False)
        self._watch_results(None, None)
        for signal, slot in self._connections:
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)
        self._connections.clear()

    # ------------------------------------------------------------------ inputs
    def landcover_mode(self) -> bool:
        return self.buildRadio.isChecked()

    def _update_mode(self, *args) -> None:
        build = self.landcover_mode()
        self.resistanceCombo.setEnabled(not build)
        self.tablePanel.setVisible(build)
        self.maxDistanceSpin.setEnabled(self.withinRadio.isChecked())
        self.defaultSpin.setEnabled(self.defaultCheck.isChecked())
        self._on_input_changed()

    def _on_cores_changed(self, layer) -> None:
        self.idFieldCombo.setLayer(layer)
        if isinstance(layer, QgsVectorLayer):
            names = layer.fields().names()
            guess = next((n for n in ID_FIELD_GUESSES if n in names), names[0] if names else "")
            self.idFieldCombo.setField(guess)
        self._on_input_changed()

    def _on_width_unit_changed(self, *args) -> None:
        """A cutoff in cost units means nothing as a percentage (and back): offer a typical value of the new unit."""
        percent = self.widthUnitCombo.currentData() == "percent"
        self.widthSpin.setSuffix(" %" if percent else "")
        if percent and self.widthSpin.value() > 1000:
            self.widthSpin.setValue(50)
        elif not percent and 0 < self.widthSpin.value() <= 1000:
            self.widthSpin.setValue(200000)

    def _on_folder_changed(self, path: str) -> None:
        QgsSettings().setValue(SETTINGS_FOLDER, path)

    def _on_input_changed(self, *args) -> None:
        self._update_run_button()
        self.schedule_doctor()

    def options(self) -> doc.Options:
        percent = self.widthUnitCombo.currentData() == "percent"
        return doc.Options(
            neighbours=int(self.neighboursCombo.currentData() or 8),
            max_distance=0.0 if self.allPairsRadio.isChecked() else float(self.maxDistanceSpin.value()),
            width_cutoff=float(self.widthSpin.value()),
            cutoff_in_percent=percent,
        )

    def default_resistance(self) -> Optional[float]:
        return float(self.defaultSpin.value()) if self.defaultCheck.isChecked() else None

    # ------------------------------------------------------------------ doctor
    def schedule_doctor(self) -> None:
        self._doctor_timer.start()

    def doctor_request(self) -> doctor_inputs.DoctorRequest:
        build = self.landcover_mode()
        return doctor_inputs.prepare(
            resistance=None if build or self.sea_only() else self.resistanceCombo.currentLayer(),
            cores=self.coresCombo.currentLayer(),
            id_field=self.idFieldCombo.currentField(),
            options=self.options(),
            landcover=self.landcoverCombo.currentLayer(),
            landcover_mode=build,
            table=self.table(),
            default_resistance=self.default_resistance(),
            free_memory_bytes=machine.available_memory_bytes(),
        )

    def run_doctor(self) -> None:
        """Start the checks in a worker; results replace the list when they come back (older ones are ignored)."""
        from qgis.core import QgsApplication

        self._doctor_timer.stop()
        if self._doctor_task is not None:
            with contextlib.suppress(RuntimeError):
                self._doctor_task.cancel()
        self._doctor_generation += 1
        generation = self._doctor_generation
        task = doctor_inputs.DoctorTask(
            self.doctor_request(), lambda f, e, i, g=generation: self._on_doctor(g, f, e, i)
        )
        self._doctor_task = task
        self._doctor_busy = True
        self._update_run_button()
        QgsApplication.taskManager().addTask(task)

    @property
    def doctor_busy(self) -> bool:
        return self._doctor_busy or self._doctor_timer.isActive()

    def _on_doctor(self, generation: int, findings, error: str, inputs=None) -> None:
        if self._closed:
            return
        if generation != self._doctor_generation:
            return  # inputs changed since: a newer check is on its way
        self._doctor_task = None
        self._doctor_busy = False
        if findings is None:
            findings = []
            if error:
                findings = [doc.Finding(doc.WARNING, "doctor_failed", tr("The input check failed: {0}", error),
                                        tr("Check the layers; the run itself will report any problem."))]
        changed = [f.message for f in findings] != [f.message for f in self.findings]
        self.findings = list(findings)
        self.doctor_inputs = inputs
        classes = inputs.landcover_classes if inputs is not None else None
        if classes is not None:
            self.landcover_classes = list(classes)
            self._mark_missing()
        self.show_findings(self.findings)
        if changed and self.findings:  # new findings: the box sits below the inputs, out of view on a laptop
            bring_into_view(self.scrollArea, self.doctorGroup)
        self._update_run_button()
        spec, self._run_after_doctor = self._run_after_doctor, None
        if spec is not None:
            if doc.has_errors(self.findings):
                self.stepLabel.setText(tr("Fix the errors listed under 'Input check', then run again."))
            else:
                self._start(spec)

    def _show_findings_box(self, *args) -> None:
        bring_into_view(self.scrollArea, self.doctorGroup)

    def _summarise(self, findings: list[doc.Finding]) -> str:
        errors = sum(1 for f in findings if f.severity == doc.ERROR)
        warnings = sum(1 for f in findings if f.severity == doc.WARNING)
        if errors:
            text = tr("{0} error(s) to fix before running", None, errors, errors)
            colour = "#c0392b"
        elif warnings:
            text = tr("Inputs usable, {0} warning(s)", None, warnings, warnings)
            colour = "#b9770e"
        elif findings:
            text = tr("Inputs look fine")
            colour = "#1e8449"
        else:
            return ""
        link = tr("see Input check")
        return f'<span style="color:{colour}"><b>{text}</b></span> (<a href="#findings">{link}</a>)'

    def show_findings(self, findings: list[doc.Finding]) -> None:
        self.doctorSummaryLabel.setText(self._summarise(findings))
        self.findingsList.clear()
        icons = {
            doc.ERROR: self.style().standardIcon(QStyle.SP_MessageBoxCritical),
            doc.WARNING: self.style().standardIcon(QStyle.SP_MessageBoxWarning),
            doc.INFO: self.style().standardIcon(QStyle.SP_MessageBoxInformation),
        }
        if not findings:
            item = QListWidgetItem(icons[doc.INFO], tr("Pick the resistance and the core areas to check them."))
            self.findingsList.addItem(item)
            return
        for f in findings:
            message, fix = tr_data(f.message), tr_data(f.fix)  # core's findings carry their English template
            text = message if f.code == "estimate" else f"{message}\n→ {fix}"
            item = QListWidgetItem(icons.get(f.severity, icons[doc.INFO]), text)
            item.setData(Qt.UserRole, f.code)
            item.setToolTip(fix)
            self.findingsList.addItem(item)

    # ------------------------------------------------------------------ run
    def _inputs_complete(self) -> bool:
        if self.landcover_mode():
            raster_ok = self.landcoverCombo.currentLayer() is not None
        else:
            raster_ok = self.resistanceCombo.currentLayer() is not None
        raster_ok = self.sea_ready() if self.sea_only() else raster_ok
        return raster_ok and self.coresCombo.currentLayer() is not None and bool(self.idFieldCombo.currentField())

    def _update_run_button(self) -> None:
        running = self.runner is not None and self.runner.running
        blocked = doc.has_errors(self.findings)
        self.runButton.setEnabled(not running and self._inputs_complete() and not blocked)
        self.cancelButton.setEnabled(running)
        if not running:
            spec = self._spec_or_none()
            width_only = spec is not None and analysis_plan.can_recut(spec, self.last_run)
            self.runButton.setText(tr("Re-cut corridors") if width_only else tr("Run"))
            self.runButton.setToolTip(
                tr("Only the width cutoff changed: the corridors are re-cut from the kept cost distances.")
                if width_only
                else (tr("Fix the errors under 'Input check' first.") if blocked else "")
            )

    def _spec_or_none(self) -> Optional[dict]:
        try:
            return self.run_spec()
        except CcsgError:
            return None

    def run_spec(self) -> dict:
        """The run's parameters as plain values (also what goes into each output's metadata)."""
        cores = self.coresCombo.currentLayer()
        if cores is None or not self.idFieldCombo.currentField():
            raise CcsgError(tr("Pick the core areas layer and its id field."))
        opts = self.options()
        spec = {
            "mode": "landcover" if self.landcover_mode() else "resistance",
            "cores": analysis_plan.layer_ref(cores),
            "cores_name": cores.name(),
            "core_id_field": self.idFieldCombo.currentField(),
            "neighbours": opts.neighbours,
            "max_euclidean_distance": opts.max_distance,
            "width_cutoff": opts.width_cutoff if not opts.cutoff_in_percent else 0.0,
            "width_cutoff_percent": opts.width_cutoff if opts.cutoff_in_percent else 0.0,
            "drop_via_core": self.dropViaCoreCheck.isChecked(),
            "pinch_points": self.pinchGroup.isChecked(),
        }
        if self.pinchGroup.isChecked():
            spec.update(pinch_cutoff=float(self.pinchCutoffSpin.value()),
                        pinch_all_pairs=self.pinchAllPairsCheck.isChecked())
        spec.update(self.step_spec())
        if self.sea_only():
            spec.update(self.sea_spec())
        elif self.landcover_mode():
            landcover = self.landcoverCombo.currentLayer()
            if landcover is None:
                raise CcsgError(tr("Pick the land-cover raster."))
            spec.update(
                landcover=analysis_plan.layer_ref(landcover),
                landcover_name=landcover.name(),
                table=[[r.value, class_table.resistance_text(r), r.label] for r in self.table_rows()],
                default_resistance=self.default_resistance(),
            )
        else:
            resistance = self.resistanceCombo.currentLayer()
            if resistance is None:
                raise CcsgError(tr("Pick the resistance raster."))
            spec.update(resistance=analysis_plan.layer_ref(resistance), resistance_name=resistance.name())
        return spec

    def start_run(self) -> None:
        """Run button: check the inputs once more (in the background), then start if nothing blocks."""
        if self.runner is not None and self.runner.running:
            return
        try:
            spec = self.run_spec()
        except CcsgError as exc:
            self.stepLabel.setText(tr_data(exc))
            return
        self._run_after_doctor = spec
        self.runButton.setEnabled(False)
        self.stepLabel.setText(tr("Checking the inputs…"))
        self.run_doctor()

    def _start(self, spec: dict, force_full: bool = False) -> None:
        try:
            base = analysis_outputs.runs_base(QgsProject.instance(), self.outputFolderWidget.filePath())
            width_only = not force_full and analysis_plan.can_recut(spec, self.last_run)
            run_dir = analysis_outputs.new_run_folder(base, prefix="width" if width_only else "least_cost")
        except (CcsgError, OSError) as exc:
            self.stepLabel.setText(tr_data(exc))
            notify(self.iface, tr("Least-cost analysis"), tr_data(exc), Qgis.Warning)
            self._update_run_button()
            return
        plan = (
            analysis_plan.recut_plan(spec, run_dir, self.last_run)
            if width_only
            else analysis_plan.full_plan(spec, run_dir)
        )
        self.runner = PlanRunner(plan, self)
        self.runner.progressChanged.connect(self._on_progress)
        self.runner.stepChanged.connect(self.stepLabel.setText)
        self.runner.runFinished.connect(self._on_run_finished)
        self.progressBar.setValue(0)
        self.progressBar.setVisible(True)
        self.runButton.setEnabled(False)
        self.cancelButton.setEnabled(True)
        self.runner.start()

    def cancel_run(self) -> None:
        if self.runner is not None and self.runner.running:
            self.cancelButton.setEnabled(False)
            self.runner.cancel()

    def _on_progress(self, value: float) -> None:
        self.progressBar.setValue(int(round(value)))

    def _on_run_finished(self, ok: bool, layers: list, message: str) -> None:
        runner = self.runner
        spec = runner.plan.spec
        kind = runner.plan.kind if runner is not None else "full"
        elapsed = runner.elapsed if runner is not None else 0.0
        self.run_history.append({"kind": kind, "ok": ok, "seconds": elapsed, "message": message})
        self.progressBar.setVisible(False)
        self.runner = None
        if runner is not None:
            runner.deleteLater()  # after this slot returns; its task is gone and its context released
        if not ok:
            if message == CANCELLED:
                self.stepLabel.setText(tr("Cancelled: nothing was added or kept."))
            elif kind == "recut":
                log(tr("Re-cutting failed ({0}); running the whole analysis.", message))
                self.stepLabel.setText(tr("The kept cost distances cannot give this width; running everything."))
                self._start(spec, force_full=True)
                return
            else:
                self.stepLabel.setText(tr("The run failed: {0}", message))
                notify(self.iface, tr("Least-cost analysis"), message, Qgis.Critical, 10)
            self._update_run_button()
            return
        run_dir = runner.plan.run_dir
        group = analysis_outputs.add_group(QgsProject.instance(), runner.plan.group_name, layers)
        by_file = {Path(layer.source().split("|")[0]).name: layer for layer in layers}
        paths_layer = by_file.get(FILES["paths"][0])
        polygons_layer = by_file.get(FILES["polygons"][0])
        if kind == "full":
            self.last_run = {
                "spec": spec,
                "kind_of_inputs": analysis_plan.signature(spec),
                "run_dir": str(run_dir),
                "cost_distance_folder": str(run_dir / CWD_FOLDER),
                "paths_file": str(run_dir / FILES["paths"][0]),
            }
        else:
            self.last_run["spec"] = spec
        self.result_layer_ids = {key: by_file[name].id() for key, (name, _s) in FILES.items() if name in by_file}
        self._arrange_tree(group, polygons_layer)
        self.show_network_summary(run_dir if spec.get("network") else None)
        self._watch_results(paths_layer, polygons_layer)
        self._show_report(run_dir)
        n_paths = paths_layer.featureCount() if paths_layer is not None else 0
        n_polys = polygons_layer.featureCount() if polygons_layer is not None else 0
        what = tr("Corridors re-cut") if kind == "recut" else tr("Full run")
        self.resultLabel.setText(
            tr("{0} in {1:.1f} s: {2} least-cost paths, {3} corridor polygons, in the group '{4}'. Files: {5}",
               what, elapsed, n_paths, n_polys, group.name() if group is not None else "", str(run_dir))
        )
        self.stepLabel.setText(tr("Done. Pick a path on the map to see its link-table row."))
        if message:  # an optional step (the report) failed; the run itself is kept
            self.stepLabel.setText(tr("Done, but: {0}", message))
            notify(self.iface, tr("Least-cost analysis"), message, Qgis.Warning, 10)
        self._update_run_button()
        self.scrollArea.ensureWidgetVisible(self.resultsGroup)

