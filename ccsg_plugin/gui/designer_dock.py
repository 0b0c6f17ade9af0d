"""The Corridor designer panel: the corridor store, the cores layer, the two drawing tools and the corridor list.

The dock only wires widgets to gis/corridor_store (storage, computed fields) and gui/map_tools (drawing); every
signal it connects is disconnected in shutdown().
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from qgis.core import (
    Qgis,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsSnappingConfig,
    QgsTolerance,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsDockWidget, QgsMapTool
from qgis.PyQt import sip, uic
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QApplication, QFileDialog, QTreeWidgetItem

from ccsg_plugin import paths
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import corridor_store, output
from ccsg_plugin.gis.crs import require_projected_project
from ccsg_plugin.gui.layout import scroll_contents, wrap_group_title, wrap_push_button_text
from ccsg_plugin.gui.map_tools import CentrelineTool, PolygonTool
from ccsg_plugin.i18n import tr, tr_data
from ccsg_plugin.messages import notify

_FormClass, _ = uic.loadUiType(str(paths.ui(__file__, "designer_dock.ui")))

ID_ROLE = Qt.UserRole


class DesignerDock(QgsDockWidget, _FormClass):
    def __init__(self, iface, parent=None) -> None:
        super().__init__(parent or iface.mainWindow())
        self.setupUi(self)
        self.setObjectName("CcsgDesignerDock")
        self.iface = iface
        # Narrow laptop docks in every language: the long group title becomes the tooltip, the long button wraps.
        self.coresGroup.setToolTip(self.coresGroup.title())
        self.coresGroup.setTitle(tr("Core areas"))
        for button in (self.addFromLcButton, self.newStoreButton, self.openStoreButton, self.formButton,
                       self.saveButton):
            wrap_push_button_text(button)
        wrap_group_title(self.lcGroup)
        scroll_contents(self)  # fits a 1366x768 screen: the panel scrolls instead of raising QGIS's minimum height
        self.canvas = iface.mapCanvas()
        self.store: corridor_store.CorridorStore | None = None
        self._connections: list[tuple] = []
        self._layer_connections: list[tuple] = []
        self._previous_snapping: QgsSnappingConfig | None = None

        self.coresLayerCombo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.coresLayerCombo.setAllowEmptyLayer(True)
        self.coresLayerCombo.setLayer(None)
        self.lcLayerCombo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.widthSpin.setShowClearButton(False)
        self.endStyleCombo.addItem(tr("Flat"), "flat")
        self.endStyleCombo.addItem(tr("Round"), "round")
        self.corridorList.setObjectName("CcsgDesignerCorridorList")
        self.corridorList.header().setStretchLastSection(False)
        self.corridorList.header().setSectionResizeMode(0, self.corridorList.header().Stretch)
        self.corridorList.header().setSectionResizeMode(1, self.corridorList.header().ResizeToContents)
        self.corridorList.header().setSectionResizeMode(2, self.corridorList.header().ResizeToContents)
        for name, icon in (("drawPolygonButton", "mActionCapturePolygon.svg"),
                           ("drawLineButton", "mActionCaptureLine.svg")):
            getattr(self, name).setIcon(QIcon(f":/images/themes/default/{icon}"))

        self.polygon_tool = PolygonTool(self.canvas, iface)
        self.line_tool = CentrelineTool(self.canvas, iface, width=self.widthSpin.value())
        self.polygon_tool.setObjectName("CcsgDrawPolygonTool")
        self.line_tool.setObjectName("CcsgDrawCentrelineTool")

        project = QgsProject.instance()
        self._connect(self.newStoreButton.clicked, self._on_new_store)
        self._connect(self.openStoreButton.clicked, self._on_open_store)
        self._connect(self.coresLayerCombo.layerChanged, self._on_cores_layer)
        self._connect(self.coreIdFieldCombo.fieldChanged, self._on_core_field)
        self._connect(self.drawPolygonButton.toggled, lambda on: self._toggle_tool(self.polygon_tool, on))
        self._connect(self.drawLineButton.toggled, lambda on: self._toggle_tool(self.line_tool, on))
        self._connect(self.widthSpin.valueChanged, self.line_tool.set_width)
        self._connect(self.endStyleCombo.currentIndexChanged,
                      lambda _i: self.line_tool.set_end_style(self.endStyleCombo.currentData()))
        self._connect(self.corridorList.itemSelectionChanged, self._on_list_selection)
        self._connect(self.corridorList.itemDoubleClicked, lambda *_: self._on_open_form())
        self._connect(self.formButton.clicked, self._on_open_form)
        self._connect(self.saveButton.clicked, self.save)
        self._connect(self.addFromLcButton.clicked, self._on_add_from_lc)
        self._connect(self.canvas.mapToolSet, self._on_map_tool_set)
        self._connect(self.polygon_tool.corridorAdded, self._on_corridor_added)
        self._connect(self.line_tool.corridorAdded, self._on_corridor_added)
        self._connect(project.readProject, lambda *_: self.restore_from_project())
        self._connect(project.cleared, self._on_project_cleared)
        self._connect(project.layersWillBeRemoved, self._on_layers_removed)
        self._connect(project.layersAdded, lambda *_: self._pick_lc_layer())
        self._connect(project.layersAdded, lambda *_: self._pick_cores_layer())
        self._add_history_box()
        self.restore_from_project()
        self._pick_cores_layer()
        self._update_enabled()

    def _add_history_box(self) -> None:
        """The selected corridor's monitoring history (gui/designer_history.py), under the corridor list."""
        from ccsg_plugin.gui.designer_history import HistoryBox

        self.history = HistoryBox(self.dockContents)
        layout = self.dockContents.layout()
        layout.insertWidget(layout.indexOf(self.listGroup) + 1, self.history)

    # ----- signal bookkeeping -------------------------------------------------------------------------------
    def _connect(self, signal, slot, bucket=None) -> None:
        signal.connect(slot)
        (self._connections if bucket is None else bucket).append((signal, slot))

    @staticmethod
    def _disconnect_all(bucket: list) -> None:
        for signal, slot in bucket:
            with contextlib.suppress(TypeError, RuntimeError):  # sender already deleted
                signal.disconnect(slot)
        bucket.clear()

    def shutdown(self) -> None:
        """Called by the plugin on unload: tools off, signals and layer hooks disconnected."""
        for tool in (self.polygon_tool, self.line_tool):
            if not sip.isdeleted(tool) and self.canvas.mapTool() is tool:
                self.canvas.unsetMapTool(tool)
        self._restore_snapping()
        self._disconnect_all(self._connections)
        self._set_store(None, remember=False)
        for tool in (self.polygon_tool, self.line_tool):
            if not sip.isdeleted(tool):
                tool.reset()

    # ----- the store ----------------------------------------------------------------------------------------
    def _set_store(self, store, remember: bool = True) -> None:
        if self.store is not None:
            self.store.detach()
            self._disconnect_all(self._layer_connections)
        self.store = store
        self.polygon_tool.store = store
        self.line_tool.store = store
        if store is not None:
            store.attach()
            layer = store.layer
            for signal in (layer.featureAdded, layer.featuresDeleted, layer.attributeValueChanged,
                           layer.geometryChanged, layer.afterCommitChanges, layer.afterRollBack,
                           layer.editCommandEnded):
                self._connect(signal, self._refresh_list_later, self._layer_connections)
            if store.cores_layer is not None:
                self.coresLayerCombo.setLayer(store.cores_layer)
                if store.core_id_field:
                    self.coreIdFieldCombo.setField(store.core_id_field)
            else:
                self._on_cores_layer(self.coresLayerCombo.currentLayer())
            self.lcLayerCombo.setExceptedLayerList([layer])  # never copy the store into itself
            self._pick_lc_layer()
            self.storePathLabel.setText(tr("Store: {0}", str(store.path)))
            self.storePathLabel.setToolTip(str(store.path))
            if remember:
                corridor_store.remember(QgsProject.instance(), store)
        else:
            self.storePathLabel.setText(tr("No store yet: create one next to the project, or open one."))
        self.refresh_list()
        self._update_enabled()

    def open_store(self, path: Path, create: bool = False) -> bool:
        """Create (when asked and missing) or open the store at path, add its layer to the project, use it."""
        project = QgsProject.instance()
        try:
            if create:
                layer = corridor_store.create_or_open(Path(path), project.crs())
            else:
                layer = corridor_store.open_store_layer(Path(path))
        except CcsgError as exc:
            notify(self.iface, tr("Corridor designer"), tr_data(exc), Qgis.Warning, 10)
            return False
        existing = corridor_store.find_store_layer(project, Path(path))
        if existing is not None:
            corridor_store.configure_layer(existing)
            layer = existing
        else:
            output.add_to_group(project, layer, position=0)
        cores = self.coresLayerCombo.currentLayer()
        field = self.coreIdFieldCombo.currentField() or None
        self._set_store(corridor_store.CorridorStore(layer, cores, field))
        return True

    def restore_from_project(self) -> None:
        try:
            store = corridor_store.reopen(QgsProject.instance())
        except CcsgError as exc:
            notify(self.iface, tr("Corridor designer"), tr_data(exc), Qgis.Warning, 10)
            store = None
        if store is not None:
            self._set_store(store, remember=False)

    def _on_new_store(self) -> None:
        project = QgsProject.instance()
        try:
            require_projected_project(project.crs(), tr("The project"))
        except CcsgError as exc:
            notify(self.iface, tr("Corridor designer"), tr_data(exc), Qgis.Warning, 10)
            return
        default = corridor_store.default_store_path(project)
        start = str(default) if default else str(Path.home() / corridor_store.DEFAULT_FILE_NAME)
        path, _ = QFileDialog.getSaveFileName(self, tr("New corridor store"), start, tr("GeoPackage (*.gpkg)"),
                                              options=QFileDialog.DontConfirmOverwrite)
        if path:
            self.open_store(Path(path if path.endswith(".gpkg") else path + ".gpkg"), create=True)

    def _on_open_store(self) -> None:
        start = str(Path(QgsProject.instance().absolutePath() or Path.home()))
        path, _ = QFileDialog.getOpenFileName(self, tr("Open corridor store"), start, tr("GeoPackage (*.gpkg)"))
        if path:
            self.open_store(Path(path))

    def _on_project_cleared(self) -> None:
        self._set_store(None, remember=False)

    def _on_layers_removed(self, layer_ids) -> None:
        if self.store is not None and self.store.layer.id() in layer_ids:
            for tool in (self.polygon_tool, self.line_tool):
                if self.canvas.mapTool() is tool:
                    self.canvas.unsetMapTool(tool)
            self._set_store(None, remember=False)

    def _pick_cores_layer(self) -> None:
        """Preselect the cores layer as the other panels do (the store's own cores win: restore_from_project)."""
        from ccsg_plugin.gis import layer_roles

        if self.coresLayerCombo.currentLayer() is None:
            layer = layer_roles.cores_layer(QgsProject.instance())
            if layer is not None and (self.store is None or layer is not self.store.layer):
                self.coresLayerCombo.setLayer(layer)

    def _pick_lc_layer(self) -> None:
        """Offer the least-cost corridor polygons (fields core_a and core_b) when the current choice is not one."""
        current = self.lcLayerCombo.currentLayer()
        if _is_lc_polygons(current) and (self.store is None or current is not self.store.layer):
            return
        for layer in QgsProject.instance().mapLayers().values():
            if _is_lc_polygons(layer) and (self.store is None or layer is not self.store.layer):
                self.lcLayerCombo.setLayer(layer)
                return

    # ----- cores and snapping ---------------------------------------------------------------------------------
    def _on_cores_layer(self, layer) -> None:
        self.coreIdFieldCombo.setLayer(layer)
        if isinstance(layer, QgsVectorLayer):
            names = layer.fields().names()
            preferred = next((n for n in ("core_id", "WDPAID", "wdpaid", "id") if n in names), None)
            if preferred:
                self.coreIdFieldCombo.setField(preferred)
        self._on_core_field(self.coreIdFieldCombo.currentField())
        if self.canvas.mapTool() in (self.polygon_tool, self.line_tool):
            self._apply_snapping()

    def _on_core_field(self, field) -> None:
        if self.store is None:
            return
        layer = self.coresLayerCombo.currentLayer()
        self.store.set_cores(layer if isinstance(layer, QgsVectorLayer) else None, field or None)
        corridor_store.remember(QgsProject.instance(), self.store)

    def _apply_snapping(self) -> None:
        """Snap to the cores layer's vertices and edges while a designer tool is active."""
        utils = self.canvas.snappingUtils()
        if self._previous_snapping is None:
            self._previous_snapping = QgsSnappingConfig(utils.config())
        config = QgsSnappingConfig(QgsProject.instance())
        layer = self.coresLayerCombo.currentLayer()
        if isinstance(layer, QgsVectorLayer):
            config.setEnabled(True)
            config.setMode(QgsSnappingConfig.AdvancedConfiguration)
            settings = QgsSnappingConfig.IndividualLayerSettings(
                True, QgsSnappingConfig.VertexFlag | QgsSnappingConfig.SegmentFlag, 12, QgsTolerance.Pixels, 0, 0)
            config.setIndividualLayerSettings(layer, settings)
        else:
            config.setEnabled(False)
        utils.setConfig(config)

    def _restore_snapping(self) -> None:
        if self._previous_snapping is not None:
            self.canvas.snappingUtils().setConfig(self._previous_snapping)
            self._previous_snapping = None

    # ----- tools --------------------------------------------------------------------------------------------
    def _toggle_tool(self, tool, on: bool) -> None:
        if on:
            if self.store is None:
                notify(self.iface, tr("Corridor designer"),
                       tr("Create or open a corridor store first (New store… / Open store…)."), Qgis.Warning)
                self._set_checked(tool, False)
                return
            self.line_tool.set_width(self.widthSpin.value())
            self.line_tool.set_end_style(self.endStyleCombo.currentData())
            self._apply_snapping()
            self.canvas.setMapTool(tool)
        elif self.canvas.mapTool() is tool:
            self.canvas.unsetMapTool(tool)
            self._restore_snapping()

    def _set_checked(self, tool, checked: bool) -> None:
        button = self.drawPolygonButton if tool is self.polygon_tool else self.drawLineButton
        button.blockSignals(True)
        button.setChecked(checked)
        button.blockSignals(False)

    def _on_map_tool_set(self, new_tool, old_tool=None) -> None:
        for tool in (self.polygon_tool, self.line_tool):
            self._set_checked(tool, new_tool is tool)
        if new_tool not in (self.polygon_tool, self.line_tool):
            self._restore_snapping()
            self._warn_if_read_only(new_tool)

    def _warn_if_read_only(self, tool) -> None:
        """QGIS's Vertex Tool silently does nothing on a layer that is not in edit mode: say so when an editing
        tool is picked while the store layer is read-only."""
        if tool is None or sip.isdeleted(tool) or not tool.flags() & QgsMapTool.EditTool:
            return
        if self.store is None or sip.isdeleted(self.store.layer) or self.store.layer.isEditable():
            return
        notify(self.iface, tr("Corridor designer"),
               tr("The layer {0} is not in edit mode, so its vertices cannot be moved. Click Save edits (it turns "
                  "editing on again) or Toggle Editing, then move the vertices.", self.store.layer.name()),
               Qgis.Warning, 15)

    def _on_corridor_added(self, fid) -> None:
        self.refresh_list()
        self._select_in_list(fid, zoom=False)

    def _update_enabled(self) -> None:
        has_store = self.store is not None
        for widget in (self.drawGroup, self.listGroup, self.lcGroup):
            widget.setEnabled(has_store)

    # ----- the list -----------------------------------------------------------------------------------------
    def _refresh_list_later(self, *args) -> None:
        self.refresh_list()

    def refresh_list(self) -> None:
        selected = self.selected_fid()
        self.corridorList.blockSignals(True)
        self.corridorList.clear()
        if self.store is not None and not sip.isdeleted(self.store.layer):
            widths = {}
            for feature in self.store.layer.getFeatures():
                value = corridor_store.null_to_none(feature["min_width_m"])
                widths[feature.id()] = "" if value is None else tr("{0} m", format(float(value), ",.0f"))
            for fid, name, status in self.store.corridors():
                item = QTreeWidgetItem([name, tr_data(status), widths.get(fid, "")])  # WDPA status words translated
                item.setData(0, ID_ROLE, fid)
                item.setToolTip(0, name)
                self.corridorList.addTopLevelItem(item)
        self.corridorList.blockSignals(False)
        if selected is not None:
            self._select_in_list(selected, zoom=False)

    def selected_fid(self):
        items = self.corridorList.selectedItems()
        return items[0].data(0, ID_ROLE) if items else None

    def _select_in_list(self, fid, zoom: bool = True) -> None:
        for i in range(self.corridorList.topLevelItemCount()):
            item = self.corridorList.topLevelItem(i)
            if item.data(0, ID_ROLE) == fid:
                if not zoom:
                    self.corridorList.blockSignals(True)
                self.corridorList.setCurrentItem(item)
                self.corridorList.blockSignals(False)
                return

    def _on_list_selection(self) -> None:
        fid = self.selected_fid()
        self.history.show_corridor(self.store.path if self.store is not None else None, fid)
        if fid is None or self.store is None:
            return
        layer = self.store.layer
        layer.selectByIds([fid])
        self.canvas.zoomToFeatureIds(layer, [fid])
        self.canvas.refresh()

    def _on_open_form(self) -> None:
        fid = self.selected_fid()
        if fid is None or self.store is None:
            return
        opener = getattr(self.iface, "openFeatureForm", None)
        if opener is not None:
            layer = self.store.layer
            opener(layer, layer.getFeature(fid), False, True)

    # ----- saving and copying -------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save the edit buffer; the store layer stays in edit mode (as the help says), and is put back in edit
        mode when someone turned editing off, with a message instead of a success that saved nothing."""
        if self.store is None:
            return False
        layer = self.store.layer
        if not layer.isEditable():
            layer.startEditing()
            notify(self.iface, tr("Corridor designer"),
                   tr("Editing of {0} was off, so there was nothing to save. It is on again: move the vertices "
                      "with the Vertex Tool, then click Save edits.", layer.name()), Qgis.Warning, 15)
            return False
        try:
            self.store.commit()
        except CcsgError as exc:
            notify(self.iface, tr("Corridor designer"), tr_data(exc), Qgis.Critical, 15)
            return False
        notify(self.iface, tr("Corridor designer"), tr("Corridors saved to {0}", str(self.store.path)), Qgis.Success)
        self.refresh_list()
        return True

    def _on_add_from_lc(self) -> None:
        if self.store is None:
            return
        source = self.lcLayerCombo.currentLayer()
        QApplication.setOverrideCursor(Qt.WaitCursor)  # widths of large modelled polygons take a moment each
        try:
            added = corridor_store.add_candidates_from_layer(
                self.store, source, source.selectedFeatureIds() if source is not None else [])
        except CcsgError as exc:
            notify(self.iface, tr("Corridor designer"), tr_data(exc), Qgis.Warning, 10)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.refresh_list()
        notify(self.iface, tr("Corridor designer"),
               tr("{0} least-cost corridors copied into the store as candidates ({1} = {2}).", len(added),
                  "design_method", "least_cost"), Qgis.Success)


def _is_lc_polygons(layer) -> bool:
    if not isinstance(layer, QgsVectorLayer) or layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        return False
    names = layer.fields().names()
    return "core_a" in names and "core_b" in names
