"""The "Guideline check" dock: pick layers and a criteria profile, run ccsg:checkcorridors in the background, and
browse the results (corridors x criteria, coloured by status); a click on a failed cell zooms to the problem.

The dock never re-implements the check: it runs the Processing algorithm with QgsProcessingAlgRunnerTask and reads
everything it shows back from the result layer (its check_details field), so results survive a restart.
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path
from typing import Any, Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsMapLayerProxyModel,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP, Qt, QTemporaryDir, QUrl
from qgis.PyQt.QtGui import QBrush, QColor, QDesktopServices
from qgis.PyQt.QtWidgets import QComboBox, QFileDialog, QFormLayout, QHeaderView, QSizePolicy, QTableWidgetItem

from ccsg_plugin import paths, settings
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.i18n import tr, tr_data
from ccsg_plugin.messages import notify

_FormClass, _ = uic.loadUiType(str(paths.ui(__file__, "check_dock.ui")))

ALG_ID = "ccsg:checkcorridors"
RESULT_STYLE = "check_result"
RESULT_GROUP = "CCSG"
DETAILS_FIELD = "check_details"
REPORT_PROPERTY = "ccsg/check_report"  # layer custom property: the report of the run that made the layer
STATUS_SUFFIX = "_status"
FAILED = ("fail", "warn")
SPECIES_KEYS = (  # labels marked for pylupdate5, translated where shown
    ("home_range_width_m", QT_TRANSLATE_NOOP("@default", "Home-range width of the focal species"), "m"),
    ("max_dispersal_m", QT_TRANSLATE_NOOP("@default", "Longest dispersal distance"), "m"),
    ("gap_max_m", QT_TRANSLATE_NOOP("@default", "Largest habitat gap crossed"), "m"),
)
ROLE_KEY = Qt.UserRole
ROLE_CELL = Qt.UserRole + 1
MAX_COLUMN_WIDTH = 130
VALUE_COLUMN = 1  # thresholds table: the editable column


class _Feedback(QgsProcessingFeedback):
    """Keeps the error messages of a run (reportError is called from the worker thread; only text is stored)."""

    def __init__(self) -> None:
        super().__init__()
        self.errors: list[str] = []

    def reportError(self, error: str, fatalError: bool = False) -> None:  # noqa: N802, N803
        self.errors.append(error)
        super().reportError(error, fatalError)


def _status_label(status: str) -> str:
    from ccsg_plugin.gis.report import status_label

    return status_label(status)


def _format(value: Any, unit: str = "") -> str:
    from ccsg_plugin.gis.report import format_value

    return format_value(value, unit)


class CheckDock(QgsDockWidget, _FormClass):
    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent)
        self.setupUi(self)
        self.setObjectName("CcsgCheckDock")
        self.iface = iface
        self.profile = None  # the Profile shown and used (core.criteria.profiles.Profile)
        self.profile_modified = False
        self.result_layer: Optional[QgsVectorLayer] = None
        self.report_path: Optional[Path] = None
        self.last_error: Optional[str] = None
        self._task = None  # kept until executed, or it is garbage-collected
        self._feedback: Optional[_Feedback] = None
        self._context: Optional[QgsProcessingContext] = None
        self._pending: dict = {}
        self._tmp_dir = QTemporaryDir()
        self._filling = False
        self._details: list[dict] = []
        self._connections: list = []
        self._setup_widgets()
        self.reload_profiles()
        self._show_existing_results()

    # ----- set-up and tear-down -----------------------------------------------------------------------------------
    def _connect(self, signal, slot) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    def _setup_widgets(self) -> None:
        filters = (
            (self.corridorsCombo, QgsMapLayerProxyModel.PolygonLayer, False),
            (self.coresCombo, QgsMapLayerProxyModel.PolygonLayer, True),
            (self.habitatCombo, QgsMapLayerProxyModel.RasterLayer, True),
            (self.resistanceCombo, QgsMapLayerProxyModel.RasterLayer, True),
            (self.barriersCombo, QgsMapLayerProxyModel.LineLayer, True),
            (self.crossingsCombo, QgsMapLayerProxyModel.PointLayer, True),
            (self.demCombo, QgsMapLayerProxyModel.RasterLayer, True),
            (self.streamsCombo, QgsMapLayerProxyModel.LineLayer, True),
            (self.floodplainCombo, QgsMapLayerProxyModel.PolygonLayer, True),
            (self.riverBarriersCombo, QgsMapLayerProxyModel.PointLayer, True),
            (self.coastlineCombo, QgsMapLayerProxyModel.LineLayer, True),
            (self.nightLightsCombo, QgsMapLayerProxyModel.RasterLayer, True),
        )
        # Narrow docks: labels above their combos instead of a horizontal scroll bar.
        self.inputsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.layersLayout.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.realmLayout.setRowWrapPolicy(QFormLayout.WrapLongRows)
        for combo in (*(f[0] for f in filters), self.habitatKindCombo, self.profileCombo):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.thresholdsTable.setMinimumWidth(0)
        self.thresholdsTable.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Expanding)
        for combo, layer_filter, optional in filters:
            combo.setFilters(layer_filter)
            combo.setAllowEmptyLayer(optional)
            if optional:
                combo.setLayer(None)
        self.habitatKindCombo.addItem(tr("Land cover classes (codes)"), "LANDCOVER")
        self.habitatKindCombo.addItem(tr("Habitat mask (1 = habitat)"), "HABITAT")
        self.thresholdsTable.setColumnCount(4)  # the editable value second, so it is in view in a narrow dock
        self.thresholdsTable.setHorizontalHeaderLabels([tr("Threshold"), tr("Value"), tr("Level"), tr("Source")])
        self.thresholdsTable.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.thresholdsTable.setColumnWidth(0, 145)
        self.thresholdsTable.setColumnWidth(1, 60)
        self.thresholdsTable.horizontalHeader().setStretchLastSection(True)
        self.thresholdsTable.verticalHeader().setVisible(False)
        self.resultsTable.setEditTriggers(self.resultsTable.NoEditTriggers)
        self.resultsTable.horizontalHeader().setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        self.progressBar.setRange(0, 100)
        self._connect(self.profileCombo.currentIndexChanged, self._on_profile_chosen)
        self._connect(self.thresholdsTable.itemChanged, self._on_threshold_edited)
        self._connect(self.copyProfileButton.clicked, self.copy_profile)
        self._connect(self.saveProfileButton.clicked, self.save_profile)
        self._connect(self.importProfileButton.clicked, self._on_import)
        self._connect(self.exportProfileButton.clicked, self._on_export)
        self._connect(self.runButton.clicked, self.run_check)
        self._connect(self.cancelButton.clicked, self.cancel)
        self._connect(self.reportButton.clicked, self.open_report)
        self._connect(self.resultsTable.cellClicked, self.on_cell_clicked)
        self._connect(self.resultsTable.verticalHeader().sectionClicked, self._on_row_header_clicked)
        self._connect(QgsProject.instance().layersWillBeRemoved, self._on_layers_removed)
        self._connect(QgsProject.instance().readProject, self._on_project_read)
        self.guess_layers()

    def shutdown(self) -> None:
        """Disconnect everything this dock connected and stop a running check (called by the plugin's unload)."""
        task = self._task
        if task is not None:
            self.cancel()  # may finish the task (and clear self._task) at once
            with contextlib.suppress(TypeError, RuntimeError):  # the dock is going: nobody to report to
                task.executed.disconnect(self._on_executed)
                task.progressChanged.disconnect(self._on_progress)
            self._task = None  # the task manager owns and deletes it
        for signal, slot in self._connections:
            with contextlib.suppress(TypeError, RuntimeError):  # already gone with its object
                signal.disconnect(slot)
        self._connections.clear()

    def guess_layers(self) -> None:
        """Preselect layers by name (the corridor store, cores, resistance) so the demo project runs in one click."""
        layers = list(QgsProject.instance().mapLayers().values())

        def find(combo, words):
            for layer in layers:
                name = layer.name().lower()
                if any(w in name for w in words) and _combo_accepts(combo, layer):
                    return layer
            return None

        for combo, words in (
            (self.corridorsCombo, ("candidate", "corridor")),
            (self.coresCombo, ("core",)),
            (self.resistanceCombo, ("resist",)),
        ):
            layer = find(combo, words)
            if layer is not None and not layer.name().lower().startswith(tr("guideline check").lower()):
                combo.setLayer(layer)

    def _on_project_read(self, *_args) -> None:
        """Another project was opened: pick its layers and show its latest check result."""
        self.resultsTable.setRowCount(0)
        self.result_layer = None
        self.guess_layers()
        self._show_existing_results()

    def _show_existing_results(self) -> None:
        """Show the newest check result already in the project (results live in the layer, not in the dock)."""
        for layer in reversed(list(QgsProject.instance().mapLayers().values())):
            if isinstance(layer, QgsVectorLayer) and layer.fields().indexOf(DETAILS_FIELD) >= 0:
                self.show_results(layer)
                report = layer.customProperty(REPORT_PROPERTY)
                self.report_path = Path(report) if report else None
                self.reportButton.setEnabled(self.report_path is not None and self.report_path.exists())
                return

    # ----- profiles ---------------------------------------------------------------------------------------------
    def reload_profiles(self, select: Optional[tuple] = None) -> None:
        from ccsg_plugin.core.criteria import profiles as core_profiles

        self.profileCombo.blockSignals(True)
        self.profileCombo.clear()
        for pid in core_profiles.bundled_profile_ids():
            try:
                name = core_profiles.load_profile(pid).name
            except CcsgError:
                continue
            self.profileCombo.addItem(tr("{0} (bundled)", tr_data(name)), f"bundled:{pid}")
        user_dir = settings.user_profiles_folder()
        for path in sorted(user_dir.glob("*.json")) if user_dir.is_dir() else []:
            try:
                name = core_profiles.load_profile(path).name
            except CcsgError:
                continue  # a broken file in the folder must not hide the others
            self.profileCombo.addItem(tr("{0} (yours)", name), f"user:{path}")
        self.profileCombo.blockSignals(False)
        index = self.profileCombo.findData(f"{select[0]}:{select[1]}") if select is not None else 0
        self.profileCombo.setCurrentIndex(max(0, index))
        self._on_profile_chosen(self.profileCombo.currentIndex())

    def _on_profile_chosen(self, index: int) -> None:
        from ccsg_plugin.core.criteria.profiles import load_profile

        data = self.profileCombo.itemData(index)
        if not data:
            return
        data = data.split(":", 1)
        try:
            self.profile = load_profile(data[1]) if data[0] == "bundled" else load_profile(Path(data[1]))
        except CcsgError as exc:
            self._show_status(tr_data(exc), error=True)
            return
        self.profile_modified = False
        self._fill_thresholds()

    def current_profile_source(self) -> tuple:
        """(kind, id or path) of the chosen profile: ("bundled", id) or ("user", path)."""
        data = self.profileCombo.currentData() or "bundled:terrestrial_multispecies"
        kind, where = data.split(":", 1)
        return kind, where

    def _fill_thresholds(self) -> None:
        from ccsg_plugin.core.criteria.catalogue import CATALOGUE

        profile = self.profile
        self._filling = True
        table = self.thresholdsTable
        table.setRowCount(0)
        rows: list[tuple] = []
        for key, label, unit in SPECIES_KEYS:
            rows.append((("species", key), f"{tr_data(label)} ({unit})", "", "", getattr(profile, key),
                         profile.species_sources.get(key, "")))
        for cid, spec in profile.enabled_criteria():
            name = tr_data(CATALOGUE[cid].name)
            if not spec.thresholds:
                rows.append(((cid, None), name, spec.level, "–", None, spec.source))
            for key, value in spec.thresholds.items():
                rows.append(((cid, key), name, spec.level, key, value, spec.source))
        table.setRowCount(len(rows))
        for r, (ident, name, level, key, value, source) in enumerate(rows):
            source = tr_data(source)  # where the threshold comes from: shown translated, citations as written
            label = name if key in ("", "–") else f"{name}: {key}"
            cells = [label, "" if value is None else _edit_text(value), level, source]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                item.setData(ROLE_KEY, ident)
                editable = c == VALUE_COLUMN and ident[1] is not None
                flags = item.flags() | Qt.ItemIsEditable if editable else item.flags() & ~Qt.ItemIsEditable
                item.setFlags(flags)
                item.setToolTip(str(source) if c == 3 else label)
                table.setItem(r, c, item)
        self._filling = False
        self._update_profile_label()

    def _update_profile_label(self) -> None:
        if self.profile is None:
            return
        text = tr_data(self.profile.description) or ""
        if self.profile_modified:
            text = tr("Modified, not saved: the check uses your edited thresholds.") + " " + text
        self.profileInfoLabel.setText(text)

    def _on_threshold_edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != VALUE_COLUMN or self.profile is None:
            return
        ident = item.data(ROLE_KEY)
        try:
            self.set_threshold(ident, item.text())
        except ValueError:
            self._show_status(tr("'{0}' is not a number; the threshold was not changed.", item.text()), error=True)
            self._fill_thresholds()

    def set_threshold(self, ident: tuple, text: str) -> None:
        """Change one threshold (ident = (criterion id, key) or ("species", key)) of the current profile."""
        owner, key = ident
        if owner == "species":
            value = float(text)
            if value <= 0:
                raise ValueError(text)
            setattr(self.profile, key, value)
        else:
            spec = self.profile.criteria[owner]
            old = spec.thresholds[key]
            if isinstance(old, list):
                spec.thresholds[key] = [_code(v.strip()) for v in text.split(",") if v.strip()]
            else:
                value = float(text)
                if value < 0:
                    raise ValueError(text)
                spec.thresholds[key] = int(value) if isinstance(old, int) and value.is_integer() else value
        self.profile_modified = True
        self._update_profile_label()

    def copy_profile(self) -> None:
        """An editable copy of the current profile, saved in the user profiles folder and selected."""
        from ccsg_plugin.core.criteria.profiles import copy_profile, save_profile

        folder = settings.user_profiles_folder()
        base = f"{self.profile.id}_copy"
        new_id, n = base, 2
        while (folder / f"{new_id}.json").exists():
            new_id, n = f"{base}{n}", n + 1
        clone = copy_profile(self.profile, new_id)
        path = save_profile(clone, folder / f"{new_id}.json")
        self.reload_profiles(select=("user", str(path)))
        self._show_status(tr("Copied to {0}; edit its thresholds in the table and save.", str(path)))

    def save_profile(self) -> Optional[Path]:
        """Save the current profile in the user folder (a bundled profile is saved as an edited copy)."""
        from ccsg_plugin.core.criteria.profiles import copy_profile, save_profile

        kind, where = self.current_profile_source()
        folder = settings.user_profiles_folder()
        profile = self.profile
        if kind == "bundled":
            new_id, n = f"{profile.id}_edited", 2
            while (folder / f"{new_id}.json").exists():
                new_id, n = f"{profile.id}_edited{n}", n + 1
            profile = copy_profile(profile, new_id, tr("{0} (edited)", profile.name))
            path = folder / f"{new_id}.json"
        else:
            path = Path(where)
        try:
            save_profile(profile, path)
        except CcsgError as exc:
            self._show_status(tr_data(exc), error=True)
            return None
        self.reload_profiles(select=("user", str(path)))
        self._show_status(tr("Profile saved to {0}", str(path)))
        return path

    def import_profile(self, source: Path) -> Optional[Path]:
        from ccsg_plugin.core.criteria.profiles import load_profile, save_profile

        try:
            profile = load_profile(Path(source))
        except CcsgError as exc:
            self._show_status(tr_data(exc), error=True)
            return None
        target = settings.user_profiles_folder() / f"{profile.id}.json"
        save_profile(profile, target)
        self.reload_profiles(select=("user", str(target)))
        self._show_status(tr("Imported {0}", str(source)))
        return target

    def export_profile(self, target: Path) -> Path:
        from ccsg_plugin.core.criteria.profiles import save_profile

        return save_profile(self.profile, Path(target))

    def _on_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import a criteria profile"), "", tr("Profiles (*.json)"))
        if path:
            self.import_profile(Path(path))

    def _on_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the criteria profile"), f"{self.profile.id}.json",
                                              tr("Profiles (*.json)"))
        if path:
            self.export_profile(Path(path))
            self._show_status(tr("Profile exported to {0}", path))

    def _profile_parameter(self) -> str:
        """What PROFILE gets: the bundled id, the user file, or a temporary file holding unsaved edits."""
        kind, where = self.current_profile_source()
        if self.profile_modified:
            from ccsg_plugin.core.criteria.profiles import save_profile

            path = Path(self._tmp_dir.path()) / f"{self.profile.id}.json"
            save_profile(self.profile, path)
            return str(path)
        return where

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
                           ("NIGHT_LIGHTS", self.nightLightsCombo)):
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
        output.add_to_group(QgsProject.instance(), layer, RESULT_GROUP, position=0)
        self.show_results(layer)
        counts = {}
        for feature in layer.getFeatures():
            counts[feature["overall_status"]] = counts.get(feature["overall_status"], 0) + 1
        total = layer.featureCount()
        text = tr("{0} corridor(s) checked: {1} pass, {2} with warnings, {3} fail.", None, total, total,
                  counts.get("pass", 0), counts.get("warn", 0), counts.get("fail", 0))
        self._show_status(text)
        notify(self.iface, tr("Guideline check"), text, Qgis.Success)

    # ----- results table ----------------------------------------------------------------------------------------
    def show_results(self, layer: QgsVectorLayer) -> None:
        """Fill the corridors x criteria table from a result layer of ccsg:checkcorridors.

        Corridor names are the row headers (they stay in view when scrolling across criteria); column 0 is the
        overall status, then one column per criterion.
        """
        from ccsg_plugin.gis.report import STATUS_BACKGROUNDS, STATUS_COLOURS

        self.result_layer = layer
        names = layer.fields().names()
        criteria = [n[: -len(STATUS_SUFFIX)] for n in names if n.endswith(STATUS_SUFFIX) and n != "overall_status"]
        table = self.resultsTable
        table.clear()
        table.setColumnCount(1 + len(criteria))
        features = list(layer.getFeatures())
        table.setRowCount(len(features))
        first = json.loads(features[0][DETAILS_FIELD] or "{}") if features else {}
        headers = [tr("Overall")] + [tr_data(first.get(cid, {}).get("name", cid)) for cid in criteria]
        table.setHorizontalHeaderLabels(headers)
        for col, cid in enumerate(criteria, start=1):
            header = table.horizontalHeaderItem(col)
            header.setData(ROLE_KEY, cid)
            header.setToolTip(headers[col] + " (" + cid + ")")  # name and id, nothing to translate
        table.setVerticalHeaderLabels([_corridor_name(f) for f in features])
        details_by_row = []
        for row, feature in enumerate(features):
            details = json.loads(feature[DETAILS_FIELD] or "{}")
            details_by_row.append(details)
            overall = feature["overall_status"]
            cells = [(_status_label(overall), overall, None)]
            for cid in criteria:
                d = details.get(cid) or {"status": feature[cid + STATUS_SUFFIX]}
                status = d.get("status") or "not_evaluated"
                cells.append((_cell_text(d, status), status, cid))
            for col, (text, status, cid) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROLE_CELL, (feature.id(), cid, status))
                item.setBackground(QBrush(QColor(STATUS_BACKGROUNDS.get(status, "#ffffff"))))
                item.setForeground(QBrush(QColor(STATUS_COLOURS.get(status, "#222222")).darker(150)))
                if cid:
                    item.setToolTip(_tooltip(details.get(cid) or {}, status))
                elif details.get("_error"):
                    item.setToolTip(details["_error"])
                table.setItem(row, col, item)
        self._details = details_by_row
        table.resizeColumnsToContents()
        for col in range(table.columnCount()):
            table.setColumnWidth(col, min(table.columnWidth(col), MAX_COLUMN_WIDTH))

    def row_of(self, name: str) -> int:
        """The table row of the corridor called name (-1 if none)."""
        table = self.resultsTable
        return next((r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text() == name), -1)

    def cell_status(self, row: int, col: int) -> Optional[str]:
        item = self.resultsTable.item(row, col)
        return item.data(ROLE_CELL)[2] if item is not None else None

    def on_cell_clicked(self, row: int, col: int) -> None:
        """Zoom to the problem location of a failed/warned cell (or to the corridor) and flash it."""
        item = self.resultsTable.item(row, col)
        if item is None or self.result_layer is None:
            return
        fid, cid, status = item.data(ROLE_CELL)
        geometry = None
        if cid and status in FAILED:
            wkt = (self._details[row].get(cid) or {}).get("location")
            if wkt:
                geometry = QgsGeometry.fromWkt(wkt)
        corridor = QgsGeometry(self.result_layer.getFeature(fid).geometry())
        self.zoom_to(corridor if geometry is None or geometry.isNull() else geometry, corridor)

    def _on_row_header_clicked(self, row: int) -> None:
        item = self.resultsTable.item(row, 0)
        if item is not None and self.result_layer is not None:
            corridor = QgsGeometry(self.result_layer.getFeature(item.data(ROLE_CELL)[0]).geometry())
            self.zoom_to(corridor, corridor)

    def zoom_to(self, geometry: QgsGeometry, context: Optional[QgsGeometry] = None) -> None:
        """Centre the canvas on geometry with room around it (a third of the corridor, so a pinch point is seen
        in its corridor), and flash it."""
        canvas = self.iface.mapCanvas()
        source_crs = self.result_layer.crs()
        target_crs = canvas.mapSettings().destinationCrs()
        shown = QgsGeometry(geometry)
        around = QgsGeometry(context) if context is not None and not context.isNull() else QgsGeometry(geometry)
        if target_crs.isValid() and source_crs != target_crs:
            transform = QgsCoordinateTransform(source_crs, target_crs, QgsProject.instance())
            shown.transform(transform)
            around.transform(transform)
        else:
            target_crs = source_crs
        box = QgsRectangle(shown.boundingBox())
        context_box = around.boundingBox()
        pad = max(box.width(), box.height()) * 0.6, max(context_box.width(), context_box.height()) / 3.0
        minimum = 0.005 if target_crs.isGeographic() else 500.0
        box.grow(max(*pad, minimum))
        canvas.setExtent(box)
        canvas.refresh()
        canvas.flashGeometries([shown], target_crs)

    def report_url(self) -> Optional[QUrl]:
        """A file:// URL of the last report, or None when there is none on disk."""
        if self.report_path is None or not self.report_path.exists():
            return None
        return QUrl.fromLocalFile(str(self.report_path))

    def open_report(self) -> None:
        url = self.report_url()
        if url is not None:
            QDesktopServices.openUrl(url)

    def _on_layers_removed(self, layer_ids) -> None:
        if self.result_layer is not None:
            try:
                gone = self.result_layer.id() in layer_ids
            except RuntimeError:
                gone = True
            if gone:
                self.result_layer = None
                self.resultsTable.setRowCount(0)

    def _show_status(self, text: str, error: bool = False) -> None:
        self.statusLabel.setText(text)
        self.statusLabel.setStyleSheet("color: #b00020;" if error else "")


# ----- helpers ---------------------------------------------------------------------------------------------------
def _combo_accepts(combo, layer) -> bool:
    filters = combo.filters()
    if layer.type() == layer.RasterLayer:
        return bool(filters & QgsMapLayerProxyModel.RasterLayer)
    if not isinstance(layer, QgsVectorLayer):
        return False
    by_geometry = {0: QgsMapLayerProxyModel.PointLayer, 1: QgsMapLayerProxyModel.LineLayer,
                   2: QgsMapLayerProxyModel.PolygonLayer}
    return bool(filters & by_geometry.get(int(layer.geometryType()), 0))


def _edit_text(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _code(text: str) -> Any:
    return int(text) if text.lstrip("-").isdigit() else text


def _corridor_name(feature) -> str:
    for field in ("name", "corridor_id"):
        index = feature.fields().indexOf(field)
        if index >= 0 and feature[field] not in (None, "") and str(feature[field]) != "NULL":
            return str(feature[field])
    return tr("Corridor {0}", feature.id())


def _cell_text(d: dict, status: str) -> str:
    """The measured value with its unit; the status word when there is no value or no unit to give it meaning."""
    value, unit = d.get("value"), d.get("unit", "")
    if value is None or (not unit and not isinstance(value, str)) or isinstance(value, (dict, list)):
        return _status_label(status)
    text = _format(value, unit)
    return text if len(text) <= 40 else text[:39] + "…"


def _tooltip(d: dict, status: str) -> str:
    lines = [f"{tr_data(d.get('name', ''))}: {_status_label(status)}"]
    if d.get("value") is not None:
        lines.append(tr("Value: {0}", _format(d.get("value"), d.get("unit", ""))))
    if d.get("threshold") is not None:
        lines.append(tr("Threshold: {0}", _format(d.get("threshold"), d.get("unit", ""))))
    if d.get("explanation"):
        lines.append(d["explanation"])
    if d.get("source"):
        lines.append(tr("Source: {0}", tr_data(d["source"])))
    return "\n".join(lines)
