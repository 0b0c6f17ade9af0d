"""The "Guideline check" dock: pick layers and a criteria profile, run ccsg:checkcorridors in the background, and
browse the results (corridors x criteria, coloured by status); a click on a failed cell zooms to the problem.

The dock never re-implements the check: it runs the Processing algorithm through gui/runner.py and reads
everything it shows back from the result layer (its check_details field), so results survive a restart.
Its parts: check_profiles (the profile library), check_run (the background run), check_table (the results table);
the result layer's field names and properties are those of gis/check_results.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Optional

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsDockWidget
from qgis.PyQt import sip, uic
from qgis.PyQt.QtCore import QEvent, Qt, QTemporaryDir, QTimer
from qgis.PyQt.QtWidgets import QComboBox, QHeaderView, QSizePolicy

from ccsg_plugin import paths
from ccsg_plugin.gis.check_results import DETAILS, REPORT_PROPERTY
from ccsg_plugin.gui.check_profiles import ProfileLibraryMixin
from ccsg_plugin.gui.check_run import CheckRunMixin
from ccsg_plugin.gui.check_table import ResultsTableMixin
from ccsg_plugin.gui.layout import stack_form_rows, wrap_push_button_text
from ccsg_plugin.i18n import tr

INPUTS_SHARE = 0.6  # of the check panel's height for the inputs, until the user drags the splitter

_FormClass, _ = uic.loadUiType(str(paths.ui(__file__, "check_dock.ui")))


class CheckDock(ProfileLibraryMixin, CheckRunMixin, ResultsTableMixin, QgsDockWidget, _FormClass):
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
        self._runner = None  # the running check (gui/runner.PlanRunner)
        self._pending: dict = {}  # the running (or last) check's parameters
        self._tmp_dir = QTemporaryDir()
        self._filling = False
        self._details: list[dict] = []
        self._features: list = []
        self._criteria: list[str] = []
        self._shown_row = -1
        self._connections: list = []
        self._setup_widgets()
        self.reload_profiles()
        self._show_existing_results()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self._initial_split)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        """Until the user drags the splitter, every new dock height is split again (the dock gets its real height
        only after it is shown, tabified or the window is maximised)."""
        if watched is self.splitter and event.type() == QEvent.Resize and not self._split_done:
            QTimer.singleShot(0, self._initial_split)
        return False

    def _initial_split(self) -> None:
        """Give the inputs INPUTS_SHARE of the height and the results at least what their buttons and tables need:
        the tables' default size hints would otherwise take most of a 1366x768 screen's dock before any result."""
        if sip.isdeleted(self) or self._split_done:
            return
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        results = max(self.resultsContents.minimumSizeHint().height(), total - int(total * INPUTS_SHARE))
        self.splitter.setSizes([max(total - results, 0), results])

    def _on_splitter_moved(self, *args) -> None:
        self._split_done = True  # the user's split is kept from now on

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
            (self.pinchPointsCombo, QgsMapLayerProxyModel.RasterLayer, True),
            (self.climateCombo, QgsMapLayerProxyModel.RasterLayer, True),
        )
        # Narrow docks: labels above their combos instead of a horizontal scroll bar.
        self.inputsScroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        stack_form_rows(self.layersLayout, self.realmLayout)
        for button in (self.runButton, self.cancelButton, self.reportButton):  # one row; long texts wrap
            wrap_push_button_text(button)
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
        self._setup_results_tables()
        # The inputs keep most of the height until there are results; the criteria get more room than the
        # corridor list (a workshop checks one or two corridors, each with a dozen criteria).
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.resultsLayout.setStretchFactor(self.resultsTable, 1)
        self.resultsLayout.setStretchFactor(self.criteriaTable, 3)
        self.resultsTable.setMinimumHeight(45)
        self.criteriaTable.setMinimumHeight(60)
        self._split_done = False
        self.splitter.installEventFilter(self)
        self._connect(self.splitter.splitterMoved, self._on_splitter_moved)
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
        self._connect(self.resultsTable.cellClicked, self._on_corridor_clicked)
        self._connect(self.criteriaTable.cellClicked, self.on_criterion_clicked)
        self._connect(QgsProject.instance().layersWillBeRemoved, self._on_layers_removed)
        self._connect(QgsProject.instance().readProject, self._on_project_read)
        self._connect(QgsProject.instance().layersAdded, self._on_layers_added)
        self.guess_layers()

    def shutdown(self) -> None:
        """Disconnect everything this dock connected and stop a running check (called by the plugin's unload)."""
        self.stop_running()
        for signal, slot in self._connections:
            with contextlib.suppress(TypeError, RuntimeError):  # already gone with its object
                signal.disconnect(slot)
        self._connections.clear()
        self.clear_marker()

    def guess_layers(self) -> None:
        """Preselect the corridor store, its cores and the resistance raster so the demo project runs in one click
        (by what the layers are, in any interface language: gis/layer_roles)."""
        from ccsg_plugin.gis import layer_roles

        project = QgsProject.instance()
        for combo, layer in ((self.corridorsCombo, layer_roles.corridors_layer(project)),
                             (self.coresCombo, layer_roles.cores_layer(project)),
                             (self.resistanceCombo, layer_roles.resistance_layer(project))):
            if layer is not None and _combo_accepts(combo, layer):
                combo.setLayer(layer)

    def _on_layers_added(self, layers) -> None:
        """A layer added later (the store made in the designer, the demo) is preselected for its role; a choice
        the user made for another role is kept."""
        from ccsg_plugin.gis import layer_roles

        project = QgsProject.instance()
        added = {layer.id() for layer in layers}
        for combo, layer in ((self.corridorsCombo, layer_roles.corridors_layer(project)),
                             (self.coresCombo, layer_roles.cores_layer(project)),
                             (self.resistanceCombo, layer_roles.resistance_layer(project))):
            wanted = layer is not None and (layer.id() in added or combo.currentLayer() is None)
            if wanted and _combo_accepts(combo, layer):
                combo.setLayer(layer)

    def _on_project_read(self, *_args) -> None:
        """Another project was opened: pick its layers and show its latest check result."""
        self.clear_results()
        self.guess_layers()
        self._show_existing_results()

    def _show_existing_results(self) -> None:
        """Show the newest check result already in the project (results live in the layer, not in the dock)."""
        for layer in reversed(list(QgsProject.instance().mapLayers().values())):
            if isinstance(layer, QgsVectorLayer) and layer.fields().indexOf(DETAILS) >= 0:
                self.show_results(layer)
                report = layer.customProperty(REPORT_PROPERTY)
                self.report_path = Path(report) if report else None
                self.reportButton.setEnabled(self.report_path is not None and self.report_path.exists())
                return
    def _on_layers_removed(self, layer_ids) -> None:
        if self.result_layer is not None:
            try:
                gone = self.result_layer.id() in layer_ids
            except RuntimeError:
                gone = True
            if gone:
                self.clear_results()

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
