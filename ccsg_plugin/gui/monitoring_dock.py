"""The "Corridor monitoring" dock: two dates of the landscape (rasters, dates, roads), ccsg:corridorchange run in the
background through gui/runner.py, a table of the trends and the change report. A panel of its own rather than a mode
of the Guideline check: its inputs (two rasters, two dates, two road layers, a class table) and its result (a trend
per corridor kept in the store's record) differ from the check's one snapshot and criteria table.

The dock builds a one-step plan and places the finished layers; it computes nothing itself.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, Optional

from qgis.core import Qgis, QgsApplication, QgsMapLayerProxyModel, QgsProject
from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QDate, QUrl
from qgis.PyQt.QtGui import QColor, QDesktopServices
from qgis.PyQt.QtWidgets import QFormLayout, QHeaderView, QTableWidgetItem

from ccsg_plugin import paths, settings
from ccsg_plugin.gui.layout import scroll_contents, stack_form_rows
from ccsg_plugin.gui.run_plan import RunPlan, Step
from ccsg_plugin.gui.runner import CANCELLED, PlanRunner, end_in_panel, start_in_panel
from ccsg_plugin.gui.wrapping import wrap_button_texts
from ccsg_plugin.i18n import tr, tr_data
from ccsg_plugin.messages import notify

ALG_ID = "ccsg:corridorchange"
RESULT_GROUP = "CCSG"
TREND_COLOURS = {"improved": "#e3f4e1", "stable": "#e8eef7", "degraded": "#fdf0dc", "severed": "#fadcdc",
                 "not_evaluated": "#efefef"}

_FormClass, _ = uic.loadUiType(str(paths.ui(__file__, "monitoring_dock.ui")))


class MonitoringDock(QgsDockWidget, _FormClass):
    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("CcsgMonitoringDock")
        self.iface = iface
        self._runner: Optional[PlanRunner] = None
        self._pending: dict = {}
        self.report_path: Optional[Path] = None
        self.last_error: Optional[str] = None
        self._connections: list = []
        self.inputsLayout.setRowWrapPolicy(QFormLayout.WrapLongRows)
        for combo, kind, optional in ((self.corridorsCombo, QgsMapLayerProxyModel.PolygonLayer, False),
                                      (self.coresCombo, QgsMapLayerProxyModel.PolygonLayer, False),
                                      (self.beforeCombo, QgsMapLayerProxyModel.RasterLayer, False),
                                      (self.afterCombo, QgsMapLayerProxyModel.RasterLayer, False),
                                      (self.barriersBeforeCombo, QgsMapLayerProxyModel.LineLayer, True),
                                      (self.barriersAfterCombo, QgsMapLayerProxyModel.LineLayer, True)):
            combo.setFilters(kind)
            combo.setAllowEmptyLayer(optional)
            if optional:
                combo.setLayer(None)
        self.tableWidget.setFilter(tr("CSV files (*.csv)"))
        today = QDate.currentDate()
        self.dateAfterEdit.setDate(today)
        self.dateBeforeEdit.setDate(today.addYears(-5))
        from ccsg_plugin.core.criteria.profiles import bundled_profile_ids

        for pid in bundled_profile_ids(paths.profiles()):
            self.profileCombo.addItem(pid, pid)
        self.resultsTable.setColumnCount(4)
        self.resultsTable.setHorizontalHeaderLabels([tr("Corridor"), tr("Trend"), tr("Habitat change (%)"),
                                                     tr("Least-cost distance change (%)")])
        self.resultsTable.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.resultsTable.horizontalHeader().setStretchLastSection(True)
        self.resultsTable.verticalHeader().setVisible(False)
        self.resultsTable.resizeColumnsToContents()  # the headers were cut ("abitat change (%")
        self.progressBar.setRange(0, 100)
        stack_form_rows(self.inputsLayout)
        wrap_button_texts(self, [self.appendCheck])
        scroll_contents(self)
        self._connect(self.coresCombo.layerChanged, self.coreIdCombo.setLayer)
        self._connect(self.runButton.clicked, self.run)
        self._connect(self.cancelButton.clicked, self.cancel)
        self._connect(self.reportButton.clicked, self.open_report)
        self._connect(QgsProject.instance().layersAdded, self._on_layers_added)
        self.guess_layers()

    def _on_layers_added(self, layers) -> None:
        self.guess_layers({layer.id() for layer in layers})

    def _connect(self, signal, slot) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    def shutdown(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            runner.detach()
        for signal, slot in self._connections:
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)
        self._connections.clear()

    def guess_layers(self, added=None) -> None:
        """The corridor store, its cores and the resistance raster as BEFORE, as the check panel picks them; a
        layer added later is taken only for its own role (added: the ids of the new layers)."""
        from ccsg_plugin.gis import layer_roles

        project = QgsProject.instance()
        for combo, layer in ((self.corridorsCombo, layer_roles.corridors_layer(project)),
                             (self.coresCombo, layer_roles.cores_layer(project)),
                             (self.beforeCombo, layer_roles.resistance_layer(project))):
            if layer is not None and (added is None or layer.id() in added):
                combo.setLayer(layer)
        cores = self.coresCombo.currentLayer()
        self.coreIdCombo.setLayer(cores)
        if cores is not None and cores.fields().indexOf("core_id") >= 0:
            self.coreIdCombo.setField("core_id")

    # ----- running --------------------------------------------------------------------------------------------
    def _outputs(self) -> tuple[Path, Path, Path]:
        from ccsg_plugin.gis.output import unique_path

        home = QgsProject.instance().absolutePath()
        folder = Path(home) / "ccsg_results" if home else settings.user_profiles_folder().parent / "results"
        folder.mkdir(parents=True, exist_ok=True)
        stem = "corridor_change_" + self.dateAfterEdit.date().toString("yyyyMMdd")
        return (unique_path(folder / f"{stem}.gpkg"), unique_path(folder / f"{stem}.tif"),
                unique_path(folder / f"{stem}.html"))

    def parameters(self) -> dict:
        gpkg, tif, html = self._outputs()
        params: dict[str, Any] = {
            "CORRIDORS": self.corridorsCombo.currentLayer().id(),
            "CORES": self.coresCombo.currentLayer().id(),
            "CORE_ID_FIELD": self.coreIdCombo.currentField(),
            "BEFORE": self.beforeCombo.currentLayer().id(),
            "AFTER": self.afterCombo.currentLayer().id(),
            "DATE_BEFORE": self.dateBeforeEdit.date().toString("yyyy-MM-dd"),
            "DATE_AFTER": self.dateAfterEdit.date().toString("yyyy-MM-dd"),
            "HABITAT_MAX_RESISTANCE": self.habitatMaxSpin.value(),
            "PROFILE": self.profileCombo.currentData() or self.profileCombo.currentText(),
            "APPEND_RECORD": self.appendCheck.isChecked(),
            "OUTPUT": str(gpkg), "OUTPUT_CHANGE": str(tif), "REPORT": str(html),
        }
        if self.tableWidget.filePath():
            params["TABLE"] = self.tableWidget.filePath()
        for key, combo in (("BARRIERS_BEFORE", self.barriersBeforeCombo), ("BARRIERS_AFTER", self.barriersAfterCombo)):
            if combo.currentLayer() is not None:
                params[key] = combo.currentLayer().id()
        return params

    def run(self) -> bool:
        if self._runner is not None:
            return False
        missing = [label for combo, label in ((self.corridorsCombo, tr("Corridors (the corridor store)")),
                                              (self.coresCombo, tr("Cores / protected areas")),
                                              (self.beforeCombo, tr("Before: raster")),
                                              (self.afterCombo, tr("After: raster"))) if combo.currentLayer() is None]
        if missing:
            self._status(tr("Choose: {0}.", ", ".join(missing)), error=True)
            return False
        if QgsApplication.processingRegistry().algorithmById(ALG_ID) is None:
            self._status(tr("The Processing algorithm {0} is not available.", ALG_ID), error=True)
            return False
        params = self.parameters()
        self._pending = params
        self.last_error = None
        step = Step(ALG_ID, params, tr("Comparing the two dates…"),
                    load=[("OUTPUT", tr("Corridor change {0}", params["DATE_AFTER"])),
                          ("OUTPUT_CHANGE", tr("Habitat lost and gained {0}", params["DATE_AFTER"]))])
        plan = RunPlan("monitoring", [step], discard=[Path(params[k]) for k in ("OUTPUT", "OUTPUT_CHANGE", "REPORT")])
        self._runner = PlanRunner(plan, self)
        self._status(tr("Comparing the two dates…"))
        start_in_panel(self._runner, self.runButton, self.cancelButton, self.progressBar, self._on_finished)
        return True

    def is_running(self) -> bool:
        return self._runner is not None

    def cancel(self) -> None:
        if self._runner is not None:
            self._runner.cancel()
            self._status(tr("Cancelling…"))

    def _on_finished(self, ok: bool, layers: list, message: str) -> None:
        runner, self._runner = self._runner, None
        end_in_panel(runner, self.runButton, self.cancelButton)
        if not ok or not layers:
            self.last_error = (tr("The comparison was cancelled; nothing was written.") if message == CANCELLED
                               else message or tr("The comparison failed; see the Processing log."))
            self.progressBar.setValue(0)
            self._status(self.last_error, error=message != CANCELLED)
            return
        from ccsg_plugin.gis import output

        project = QgsProject.instance()
        group = output.layer_group(project, RESULT_GROUP)
        for layer in layers:
            output.insert_layer(project, group, layer, position=0)
        self.report_path = Path(self._pending["REPORT"])
        self.reportButton.setEnabled(self.report_path.exists())
        self.progressBar.setValue(100)
        self.show_results(layers[0])
        results = runner.plan.results.get(0, {}) if runner is not None else {}
        rows = int(results.get("RECORD_ROWS") or 0)
        text = tr("{0} corridor(s) compared; {1} row(s) appended to the monitoring record.",
                  self.resultsTable.rowCount(), rows)
        self._status(text)
        notify(self.iface, tr("Corridor monitoring"), text, Qgis.Success)

    def show_results(self, layer) -> None:
        names = layer.fields().names()
        features = list(layer.getFeatures())
        self.resultsTable.setRowCount(len(features))
        for row, feature in enumerate(features):
            name = feature["name"] if "name" in names and feature["name"] not in (None, "") else str(feature.id())
            trend = str(feature["trend"]) if feature["trend"] not in (None, "") else "not_evaluated"
            from ccsg_plugin.core.monitoring.trend import label

            values = [str(name), tr_data(label(trend)), _pct(feature["habitat_change_pct"]),
                      _pct(feature["lcd_change_pct"])]
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setBackground(QColor(TREND_COLOURS.get(trend, "#ffffff")))
                if col == 1 and feature["trend_reasons"] not in (None, ""):
                    item.setToolTip(str(feature["trend_reasons"]))
                self.resultsTable.setItem(row, col, item)
        self.resultsTable.resizeColumnsToContents()  # whole headers and values; the table scrolls sideways

    def open_report(self) -> None:
        if self.report_path is not None and self.report_path.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report_path)))

    def _status(self, text: str, error: bool = False) -> None:
        self.statusLabel.setText(text)
        self.statusLabel.setStyleSheet("color: #b00020;" if error else "")


def _pct(value) -> str:
    try:
        return format(float(value), "+.1f")
    except (TypeError, ValueError):
        return "–"
