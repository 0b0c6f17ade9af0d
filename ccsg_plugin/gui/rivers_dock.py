"""The "Rivers" dock: river lines, barrier points with their passability, an optional outlet and habitat weight,
the snap tolerance; runs ccsg:riverconnectivity in the background (gui/rivers_plan.py through gui/runner.py, with
progress and cancel) into its own run folder, places the styled outputs in a new group and shows DCI_p / DCI_d.

The dock never computes: the numbers it shows are read back from the run's summary and barrier layers.
"""

from __future__ import annotations

import contextlib
from typing import Optional

from qgis.core import Qgis, QgsFieldProxyModel, QgsMapLayerProxyModel, QgsProject, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsDockWidget, QgsDoubleSpinBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import analysis_outputs, layer_roles
from ccsg_plugin.gui import rivers_plan
from ccsg_plugin.gui.analysis_plan import layer_ref
from ccsg_plugin.gui.layout import scroll_contents, stack_form_rows
from ccsg_plugin.gui.runner import CANCELLED, PlanRunner, end_in_panel, start_in_panel
from ccsg_plugin.i18n import tr, tr_data
from ccsg_plugin.messages import notify


class RiversDock(QgsDockWidget):
    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("CcsgRiversDock")
        self.setWindowTitle(tr("Rivers"))
        self.iface = iface
        self.runner: Optional[PlanRunner] = None
        self.last_run: Optional[dict] = None  # run folder, group name, DCI per part, top barrier of the last success
        self._connections: list = []
        self._build()
        self.scroll = scroll_contents(self)

    # ------------------------------------------------------------------ set-up
    def _build(self) -> None:
        contents = QWidget(self)
        contents.setObjectName("riversContents")
        layout = QVBoxLayout(contents)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        # Any vector layer with a geometry: a layer of the wrong kind gets a message that says what to choose.
        self.riversCombo = self._layer_combo("riversCombo", QgsMapLayerProxyModel.HasGeometry, False)
        self.barriersCombo = self._layer_combo("barriersCombo", QgsMapLayerProxyModel.HasGeometry, False)
        self.outletCombo = self._layer_combo("outletCombo", QgsMapLayerProxyModel.PointLayer, True)
        self.passabilityFieldCombo = QgsFieldComboBox(contents)
        self.passabilityFieldCombo.setObjectName("passabilityFieldCombo")
        self.passabilityFieldCombo.setFilters(QgsFieldProxyModel.Numeric)
        # empty unless a field is named like a passability: a GeoPackage's first numeric field is its fid
        self.passabilityFieldCombo.setAllowEmptyFieldName(True)
        self.weightFieldCombo = QgsFieldComboBox(contents)
        self.weightFieldCombo.setObjectName("weightFieldCombo")
        self.weightFieldCombo.setFilters(QgsFieldProxyModel.Numeric)
        self.weightFieldCombo.setAllowEmptyFieldName(True)
        self.snapSpin = QgsDoubleSpinBox(contents)
        self.snapSpin.setObjectName("snapSpin")
        self.snapSpin.setRange(0.0, 1e6)
        self.snapSpin.setDecimals(2)
        self.snapSpin.setValue(1.0)
        self.snapSpin.setClearValue(1.0)
        self.outputFolderWidget = QgsFileWidget(contents)
        self.outputFolderWidget.setObjectName("outputFolderWidget")
        self.outputFolderWidget.setStorageMode(QgsFileWidget.GetDirectory)
        self.outputFolderWidget.setToolTip(tr("Where run folders go when the project is not saved yet."))
        for label, widget in ((tr("River lines"), self.riversCombo),
                              (tr("Habitat weight field (optional)"), self.weightFieldCombo),
                              (tr("Barriers (points)"), self.barriersCombo),
                              (tr("Passability field (0..1)"), self.passabilityFieldCombo),
                              (tr("Outlet (optional)"), self.outletCombo),
                              (tr("Snap tolerance (map units)"), self.snapSpin),
                              (tr("Save in"), self.outputFolderWidget)):
            form.addRow(label, widget)
        stack_form_rows(form)  # labels above their fields: "Campo de peso del hábitat (opcional)" fits a laptop dock
        layout.addLayout(form)
        buttons = QHBoxLayout()
        self.runButton = QPushButton(tr("Run"), contents)
        self.runButton.setObjectName("runButton")
        self.cancelButton = QPushButton(tr("Cancel"), contents)
        self.cancelButton.setObjectName("cancelButton")
        self.cancelButton.setEnabled(False)
        buttons.addWidget(self.runButton)
        buttons.addWidget(self.cancelButton)
        layout.addLayout(buttons)
        self.progressBar = QProgressBar(contents)
        self.progressBar.setObjectName("progressBar")
        self.progressBar.setRange(0, 100)
        self.progressBar.setValue(0)
        layout.addWidget(self.progressBar)
        self.openReportButton = QPushButton(tr("Open report"), contents)
        self.openReportButton.setObjectName("openReportButton")
        self.openReportButton.setToolTip(tr("Open the last run's report (report.html in its run folder) in the web "
                                            "browser: maps and tables of every result, ready to print"))
        self.openReportButton.setEnabled(False)
        layout.addWidget(self.openReportButton)
        self.statusLabel = self._label("statusLabel", contents)
        self.resultLabel = self._label("resultLabel", contents)
        hint = self._label("dciHintLabel", contents)
        hint.setText(tr("DCI_p: chance that two random points of the river are connected (resident fish); DCI_d: "
                        "chance that a point is connected to the outlet (migratory fish); 100 = no barrier."))
        layout.addWidget(self.statusLabel)
        layout.addWidget(self.resultLabel)
        layout.addWidget(hint)
        layout.addStretch(1)
        self.setWidget(contents)
        self._connect(self.riversCombo.layerChanged, self.weightFieldCombo.setLayer)
        self._connect(self.barriersCombo.layerChanged, self._on_barriers_changed)
        self._connect(self.runButton.clicked, self.start_run)
        self._connect(self.cancelButton.clicked, self.cancel_run)
        self._connect(self.openReportButton.clicked, self.open_report)
        self._connect(QgsProject.instance().layersAdded, self._on_layers_added)
        self.guess_layers()
        self.weightFieldCombo.setLayer(self.riversCombo.currentLayer())
        self._on_barriers_changed(self.barriersCombo.currentLayer())

    def guess_layers(self, added=None) -> None:
        """Preselect barrier points (a passability field) and the river lines beside them (gis/layer_roles); with
        no such layer a combo stays empty rather than offer roads as rivers. A layer added later is taken only
        for its own role (added: the ids of the new layers)."""
        project = QgsProject.instance()
        barriers = layer_roles.barriers_layer(project)
        if added is None or (barriers is not None and barriers.id() in added):
            self.barriersCombo.setLayer(barriers)
        rivers = layer_roles.rivers_layer(project, self.barriersCombo.currentLayer())
        if added is None or (rivers is not None and rivers.id() in added):
            self.riversCombo.setLayer(rivers)

    def _on_layers_added(self, layers) -> None:
        self.guess_layers({layer.id() for layer in layers})

    def _layer_combo(self, name: str, layer_filter, optional: bool) -> QgsMapLayerComboBox:
        combo = QgsMapLayerComboBox(self)
        combo.setObjectName(name)
        combo.setFilters(layer_filter)
        combo.setAllowEmptyLayer(True)
        combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(6)
        if optional:
            combo.setLayer(None)
        return combo

    @staticmethod
    def _label(name: str, parent) -> QLabel:
        label = QLabel(parent)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _connect(self, signal, slot) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    def _on_barriers_changed(self, layer) -> None:
        self.passabilityFieldCombo.setLayer(layer)
        if isinstance(layer, QgsVectorLayer):
            self.passabilityFieldCombo.setField(layer_roles.passability_field(layer) or "")

    def shutdown(self) -> None:
        """Disconnect what this dock connected and stop a running analysis (the plugin's unload)."""
        runner, self.runner = self.runner, None
        if runner is not None:
            runner.detach()
        for signal, slot in self._connections:
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)
        self._connections.clear()

    # ------------------------------------------------------------------ run
    def run_spec(self) -> dict:
        """The run's inputs as plain values; CcsgError with a message naming the layer or field otherwise."""
        rivers = self.riversCombo.currentLayer()
        if not isinstance(rivers, QgsVectorLayer):
            raise CcsgError(tr("Choose the river lines layer."))
        if rivers.geometryType() != QgsWkbTypes.LineGeometry:
            raise CcsgError(tr("The layer '{0}' holds {1}, not river lines; choose a layer of lines.", rivers.name(),
                               _kind(rivers)))
        barriers = self.barriersCombo.currentLayer()
        if not isinstance(barriers, QgsVectorLayer):
            raise CcsgError(tr("Choose the barriers layer (dams, weirs, culverts as points)."))
        if barriers.geometryType() != QgsWkbTypes.PointGeometry:
            raise CcsgError(tr("The layer '{0}' holds {1}, not barrier points; choose a layer of points.",
                               barriers.name(), _kind(barriers)))
        field = self.passabilityFieldCombo.currentField()
        if not field or barriers.fields().indexOf(field) < 0:
            raise CcsgError(tr("The barriers layer '{0}' has no passability field chosen; add a numeric field with "
                               "values from 0 (closed) to 1 (open) and choose it.", barriers.name()))
        outlet = self.outletCombo.currentLayer()
        weight = self.weightFieldCombo.currentField()
        return {
            "rivers": layer_ref(rivers),
            "rivers_name": rivers.name(),
            "barriers": layer_ref(barriers),
            "barriers_name": barriers.name(),
            "passability_field": field,
            "outlet": layer_ref(outlet) if outlet is not None else None,
            "weight_field": weight or None,
            "snap_tolerance": float(self.snapSpin.value()),
        }

    def start_run(self) -> bool:
        """Run button: check the inputs, make the run folder and start the plan; False (with a message) if not."""
        if self.runner is not None:
            return False
        try:
            spec = self.run_spec()
            base = analysis_outputs.runs_base(QgsProject.instance(), self.outputFolderWidget.filePath())
            run_dir = analysis_outputs.new_run_folder(base, prefix="rivers")
        except (CcsgError, OSError) as exc:
            self._show_status(tr_data(exc), error=True)
            return False
        self.resultLabel.clear()
        self.openReportButton.setEnabled(False)
        self.runner = PlanRunner(rivers_plan.rivers_plan(spec, run_dir), self)
        self._show_status(tr("River connectivity (DCI)"))
        start_in_panel(self.runner, self.runButton, self.cancelButton, self.progressBar, self._on_finished,
                       self._show_status)
        return True

    def is_running(self) -> bool:
        return self.runner is not None

    def cancel_run(self) -> None:
        if self.runner is not None:
            self.cancelButton.setEnabled(False)
            self.runner.cancel()

    def _show_status(self, text: str, error: bool = False) -> None:
        self.statusLabel.setText(text)
        self.statusLabel.setStyleSheet("color: #b00020;" if error else "")

    def _on_finished(self, ok: bool, layers: list, message: str) -> None:
        runner, self.runner = self.runner, None
        end_in_panel(runner, self.runButton, self.cancelButton)
        if not ok:
            self.progressBar.setValue(0)
            if message == CANCELLED:
                self._show_status(tr("Cancelled: nothing was added or kept."))
            else:
                self._show_status(tr("The run failed: {0}", message), error=True)
                notify(self.iface, tr("Rivers"), message, Qgis.Critical, 10)
            return
        plan = runner.plan
        group = analysis_outputs.add_group(QgsProject.instance(), plan.group_name, layers)
        by_name = {layer.name(): layer for layer in layers}
        names = rivers_plan.layer_names()
        parts = _summary_rows(by_name.get(names["OUTPUT_SUMMARY"]))
        top = _top_barrier(by_name.get(names["OUTPUT_BARRIERS"]))
        self.last_run = {"run_dir": str(plan.run_dir), "group": group.name(), "parts": parts, "top": top}
        lines = [tr("River system {0}: DCI_p {1:.2f}, DCI_d {2:.2f} ({3:.0f} m, {4} sections).", *row)
                 if len(parts) > 1 else tr("DCI_p {0:.2f}, DCI_d {1:.2f} ({2:.0f} m, {3} sections).", *row[1:])
                 for row in parts]
        if top is not None:
            lines.append(tr("Barrier to open first: feature {0} (+{1:.2f} DCI_p points).", *top))
        lines.append(tr("Files: {0}", str(plan.run_dir)))
        self.resultLabel.setText("\n".join(lines))
        self._show_status(tr("Done: the results are in the group '{0}'.", group.name()))
        if message:  # the optional report step failed; the results are kept
            self._show_status(tr("Done, but: {0}", message), error=True)
        self.openReportButton.setEnabled(rivers_plan.report_path(plan.run_dir).is_file())
        self.progressBar.setValue(100)

    def open_report(self) -> None:
        """The last run's report.html in the web browser."""
        path = rivers_plan.report_path(self.last_run["run_dir"]) if self.last_run else None
        if path is None or not path.is_file():
            self._show_status(tr("The report {0} is gone (moved or deleted). Run the analysis again to write it.",
                                 str(path)), error=True)
            self.openReportButton.setEnabled(False)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            self._show_status(tr("No web browser could open {0}. Open the file from your file manager.", str(path)),
                              error=True)


def _kind(layer: QgsVectorLayer) -> str:
    return {QgsWkbTypes.PointGeometry: tr("points"), QgsWkbTypes.LineGeometry: tr("lines"),
            QgsWkbTypes.PolygonGeometry: tr("polygons")}.get(layer.geometryType(), tr("no geometry"))


def _summary_rows(layer) -> list:
    """(part, DCI_p, DCI_d, total length, sections) per river system, from the run's summary layer."""
    if layer is None:
        return []
    rows = [[f["part"], f["DCI_p"], f["DCI_d"], f["total_length_m"], f["sections"]] for f in layer.getFeatures()]
    return sorted(rows)


def _top_barrier(layer):
    """(source feature id, dDCI_p) of the barrier ranked first for DCI_p, or None."""
    if layer is None:
        return None
    for feature in layer.getFeatures():
        if feature["rank_p"] == 1:
            return feature["source_fid"], feature["dDCI_p"]
    return None
