"""Results of the least-cost analysis dock: the layer tree of a new run, the link-table rows of the picked or
selected least-cost paths (with a map tool to pick a path), and copying corridor polygons into the Corridor
designer's candidate corridors."""

from __future__ import annotations

import contextlib

from qgis.core import Qgis, QgsProject
from qgis.gui import QgsMapToolIdentifyFeature
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication, QTableWidgetItem

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import analysis_outputs
from ccsg_plugin.gui.layout import bring_into_view
from ccsg_plugin.i18n import tr, tr_data
from ccsg_plugin.messages import notify


class ResultsMixin:
    """Part of AnalysisDock (which provides its widgets, iface, result_layer_ids, _map_tool and _previous_tool)."""

    @staticmethod
    def _arrange_tree(group, polygons_layer) -> None:
        """Show the new run only: earlier runs' groups are unticked (their layers overlap), and the corridor polygons
        start unticked (they hide the graded corridors; picking a path selects its corridor anyway)."""
        if group is None:
            return
        root = QgsProject.instance().layerTreeRoot()
        prefix = tr("Least-cost analysis {0}", str()).strip()  # noqa: UP018 (a literal "" is a pylupdate comment)
        for node in root.children():
            if node is not group and node.name().startswith(prefix):
                node.setItemVisibilityChecked(False)
        if polygons_layer is not None:
            node = group.findLayer(polygons_layer.id())
            if node is not None:
                node.setItemVisibilityChecked(False)

    def _result_layer(self, key: str):
        layer_id = self.result_layer_ids.get(key)
        return QgsProject.instance().mapLayer(layer_id) if layer_id else None

    def _watch_results(self, paths_layer, polygons_layer) -> None:
        """Follow the selection of the latest paths (show their rows) and polygons (enable 'Use as candidates')."""
        for attr in ("_watched_paths", "_watched_polygons"):
            old = getattr(self, attr, None)
            if old is not None and not sip.isdeleted(old):
                with contextlib.suppress(TypeError, RuntimeError):
                    old.selectionChanged.disconnect(self._on_selection_changed)
            setattr(self, attr, None)
        for attr, layer in (("_watched_paths", paths_layer), ("_watched_polygons", polygons_layer)):
            if layer is not None:
                layer.selectionChanged.connect(self._on_selection_changed)
                setattr(self, attr, layer)
        if self._map_tool is not None and paths_layer is not None:
            self._map_tool.setLayer(paths_layer)
        self._on_selection_changed()

    def _on_layers_removed(self, ids) -> None:
        if set(ids) & set(self.result_layer_ids.values()):
            self.result_layer_ids = {k: v for k, v in self.result_layer_ids.items() if v not in ids}
            self._watched_paths = None if getattr(self, "_watched_paths", None) is None or sip.isdeleted(
                self._watched_paths) else self._watched_paths
            self._on_selection_changed()

    def candidate_ids(self) -> list:
        """Corridor polygons to use as candidates: the selected ones, else those of the selected least-cost paths."""
        polygons = self._result_layer("polygons")
        if polygons is None:
            return []
        if polygons.selectedFeatureCount():
            return list(polygons.selectedFeatureIds())
        paths_layer = self._result_layer("paths")
        if paths_layer is None or not paths_layer.selectedFeatureCount():
            return []
        pairs = {(str(f["core_a"]), str(f["core_b"])) for f in paths_layer.getSelectedFeatures()}
        return [f.id() for f in polygons.getFeatures() if (str(f["core_a"]), str(f["core_b"])) in pairs]

    def _on_selection_changed(self, *args) -> None:
        self.useCandidatesButton.setEnabled(bool(self.candidate_ids()))
        paths_layer = self._result_layer("paths")
        self.show_link_rows(list(paths_layer.getSelectedFeatures()) if paths_layer is not None else [])

    def show_link_rows(self, features: list) -> None:
        """The link-table rows of the given paths, one column per path and one line per field (a narrow dock reads
        a column far better than a wide row)."""
        self.linkTable.clear()
        features = features[:20]
        self.linkTable.setVisible(bool(features))  # no empty box before a path is picked
        if not features:
            self.linkTable.setRowCount(0)
            self.linkTable.setColumnCount(0)
            return
        names = [n for n in features[0].fields().names() if n != "fid"]
        self.linkTable.setRowCount(len(names))
        self.linkTable.setColumnCount(len(features))
        self.linkTable.setVerticalHeaderLabels(names)
        self.linkTable.setHorizontalHeaderLabels([f"{f['core_a']}–{f['core_b']}" for f in features])
        self.linkTable.verticalHeader().setVisible(True)
        for c, feature in enumerate(features):
            for r, name in enumerate(names):
                value = feature[name]
                text = "" if value is None or (hasattr(value, "isNull") and value.isNull()) else value
                if isinstance(text, float):
                    text = f"{text:,.6g}" if abs(text) < 1e6 else f"{text:,.0f}"
                self.linkTable.setItem(r, c, QTableWidgetItem(str(text)))
        self.linkTable.resizeColumnsToContents()
        bring_into_view(self.scrollArea, self.linkTable)  # it opens at the bottom of the panel

    def link_row(self, column: int = 0) -> dict:
        """The link-table row of one shown path as {field: text} (what the user reads in the dock)."""
        return {
            self.linkTable.verticalHeaderItem(r).text(): self.linkTable.item(r, column).text()
            for r in range(self.linkTable.rowCount())
        }

    def _on_pick_toggled(self, checked: bool) -> None:
        self._set_pick_tool(checked)

    def _set_pick_tool(self, active: bool) -> None:
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is None:
            return
        if active:
            paths_layer = self._result_layer("paths")
            if paths_layer is None:
                self.pickPathButton.setChecked(False)
                self.stepLabel.setText(tr("Run the analysis first: there are no least-cost paths to pick."))
                return
            self._map_tool = QgsMapToolIdentifyFeature(canvas)
            self._map_tool.setObjectName("CcsgPickPathTool")
            self._map_tool.setLayer(paths_layer)
            self._map_tool.featureIdentified.connect(self.on_path_identified)
            self._map_tool.deactivated.connect(lambda: self.pickPathButton.setChecked(False))
            self._previous_tool = canvas.mapTool()
            canvas.setMapTool(self._map_tool)
        elif self._map_tool is not None:
            tool, self._map_tool = self._map_tool, None
            if not sip.isdeleted(tool):
                with contextlib.suppress(TypeError, RuntimeError):
                    tool.featureIdentified.disconnect(self.on_path_identified)
                if canvas.mapTool() is tool:
                    canvas.unsetMapTool(tool)
                    if self._previous_tool is not None and not sip.isdeleted(self._previous_tool):
                        canvas.setMapTool(self._previous_tool)
                tool.deleteLater()

    def on_path_identified(self, feature) -> None:
        """A path was clicked: select it (which shows its link-table row)."""
        paths_layer = self._result_layer("paths")
        if paths_layer is not None:
            paths_layer.selectByIds([feature.id()])
        self.show_link_rows([feature])
        self.scrollArea.ensureWidgetVisible(self.linkTable)

    def use_as_candidates(self) -> list:
        """Copy the selected corridor polygons into the Corridor designer's store (created beside the project)."""
        polygons = self._result_layer("polygons")
        chosen = self.candidate_ids()
        if polygons is None or not chosen:
            self.stepLabel.setText(tr("Pick a least-cost path or select corridor polygons first."))
            return []
        from ccsg_plugin.gis import corridor_store, output

        project = QgsProject.instance()
        try:
            store = corridor_store.reopen(project)
            if store is None:
                path = corridor_store.default_store_path(project)
                if path is None:
                    path = analysis_outputs.runs_base(project, self.outputFolderWidget.filePath()).parent / (
                        "candidate_corridors.gpkg"
                    )
                crs = project.crs() if project.crs().isValid() and not project.crs().isGeographic() else polygons.crs()
                layer = corridor_store.create_or_open(path, crs)
                store = corridor_store.CorridorStore(
                    layer, self.coresCombo.currentLayer(), self.idFieldCombo.currentField() or None
                )
                output.add_to_group(project, layer, position=0)
                corridor_store.remember(project, store)
            # The store computes widths and connected cores on save, on this thread (it edits a layer); big
            # corridors take a while, so say so and show a busy cursor.
            self.stepLabel.setText(tr("Adding {0} corridor(s) to the candidate corridors…", None, len(chosen),
                                        len(chosen)))
            self.stepLabel.repaint()
            QApplication.setOverrideCursor(Qt.WaitCursor)
            try:
                ids = corridor_store.add_candidates_from_layer(store, polygons, chosen, design_method="least_cost")
            finally:
                QApplication.restoreOverrideCursor()
        except CcsgError as exc:
            notify(self.iface, tr("Least-cost analysis"), tr_data(exc), Qgis.Warning)
            return []
        message = tr("{0} corridor(s) added to the candidate corridors ({1}).", None, len(ids), len(ids),
                     store.layer.name())
        self.stepLabel.setText(message)
        notify(self.iface, tr("Least-cost analysis"), message)
        return ids
