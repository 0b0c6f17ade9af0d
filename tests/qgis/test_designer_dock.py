"""The Corridor designer dock inside the loaded plugin: store, cores, tools, list/zoom, project round trip."""

from __future__ import annotations

import pytest
from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsProject, QgsSnappingConfig
from qgis.gui import QgsMapToolPan

from ccsg_plugin.gis import corridor_store as cs
from tests.qgis.designer_support import (
    CRS,
    clear_messages,
    click,
    finish,
    make_cores,
    make_cores_file,
    messages,
    read_gpkg_in_other_process,
    set_up_canvas,
)


@pytest.fixture
def dock(plugin, iface, qgis_canvas, tmp_path):
    clear_messages(iface)
    project = QgsProject.instance()
    project.clear()  # the stub's newProject keeps project entries (a store remembered by an earlier test)
    project.setCrs(CRS)
    project.setFileName(str(tmp_path / "designer.qgz"))
    cores = make_cores()
    project.addMapLayer(cores)
    set_up_canvas(qgis_canvas, [cores])
    action = next(a for a in plugin.actions if a.objectName() == "CcsgDesignerDockAction")
    action.setChecked(True)
    dock = plugin.docks["CcsgDesignerDock"]
    dock.coresLayerCombo.setLayer(cores)
    yield dock
    if dock.store is not None and dock.store.layer.isEditable():
        dock.store.layer.rollBack()
    if qgis_canvas.mapTool():
        qgis_canvas.unsetMapTool(qgis_canvas.mapTool())
    qgis_canvas.snappingUtils().setConfig(QgsSnappingConfig())
    QgsProject.instance().clear()


def _draw_line(dock, canvas, width=500):
    dock.widthSpin.setValue(width)
    dock.drawLineButton.setChecked(True)
    tool = dock.line_tool
    tool.use_form = False
    click(tool, canvas, 1000, 500)
    click(tool, canvas, 4000, 500)
    finish(tool, canvas)


def test_dock_is_created_with_its_widgets(dock):
    assert dock.objectName() == "CcsgDesignerDock"
    assert dock.windowTitle() == "Corridor designer"
    assert dock.coreIdFieldCombo.currentField() == "core_id"  # picked from the cores layer
    assert not dock.drawGroup.isEnabled()  # nothing to draw into before a store exists


def test_new_store_next_to_the_project_is_remembered(dock, tmp_path):
    path = cs.default_store_path(QgsProject.instance())
    assert path == tmp_path / "candidate_corridors.gpkg"
    assert dock.open_store(path, create=True)
    assert path.exists()
    assert dock.store.cores_layer.name() == "cores" and dock.store.core_id_field == "core_id"
    assert cs.remembered_path(QgsProject.instance()).resolve() == path.resolve()
    assert cs.find_store_layer(QgsProject.instance(), path) is dock.store.layer
    assert dock.drawGroup.isEnabled()


def test_geographic_project_is_refused(dock, tmp_path):
    QgsProject.instance().setCrs(QgsCoordinateReferenceSystem("EPSG:4326"))
    assert not dock.open_store(tmp_path / "geo.gpkg", create=True)
    assert not (tmp_path / "geo.gpkg").exists()
    (warning,) = messages(dock.iface, Qgis.Warning)
    assert "Project > Properties > CRS" in warning and "EPSG:4326" in warning


def test_tools_need_a_store(dock):
    dock.drawPolygonButton.setChecked(True)
    assert not dock.drawPolygonButton.isChecked()
    assert "store first" in messages(dock.iface, Qgis.Warning)[-1]


def test_tool_buttons_follow_the_canvas_and_snap_to_cores(dock, qgis_canvas, tmp_path):
    dock.open_store(tmp_path / "c.gpkg", create=True)
    dock.drawPolygonButton.setChecked(True)
    assert qgis_canvas.mapTool() is dock.polygon_tool
    config = qgis_canvas.snappingUtils().config()
    assert config.enabled()
    assert config.individualLayerSettings(dock.coresLayerCombo.currentLayer()).enabled()
    dock.drawLineButton.setChecked(True)
    assert qgis_canvas.mapTool() is dock.line_tool and not dock.drawPolygonButton.isChecked()
    pan = QgsMapToolPan(qgis_canvas)
    qgis_canvas.setMapTool(pan)
    assert not dock.drawLineButton.isChecked()
    assert not qgis_canvas.snappingUtils().config().enabled()  # the user's snapping settings are back


def test_drawn_corridor_is_listed_saved_and_zoomed_to(dock, qgis_canvas, tmp_path):
    dock.open_store(tmp_path / "c.gpkg", create=True)
    dock.endStyleCombo.setCurrentIndex(dock.endStyleCombo.findData("flat"))
    _draw_line(dock, qgis_canvas, 500)
    assert dock.corridorList.topLevelItemCount() == 1
    assert dock.save()
    (row,) = read_gpkg_in_other_process(dock.store.path)
    assert row["area_ha"] == pytest.approx(150, rel=1e-6)
    assert row["min_width_m"] == pytest.approx(500, abs=1.0)
    item = dock.corridorList.topLevelItem(0)
    assert item.text(1) == "(no status)" and item.text(2) == "500 m"

    layer = dock.store.layer
    fid = next(layer.getFeatures()).id()
    layer.startEditing()
    layer.changeAttributeValue(fid, layer.fields().indexOf("status"), "Designated")
    layer.changeAttributeValue(fid, layer.fields().indexOf("name"), "Valley link")
    dock.save()
    item = dock.corridorList.topLevelItem(0)
    assert (item.text(0), item.text(1)) == ("Valley link", "Designated")

    qgis_canvas.setExtent(qgis_canvas.extent().buffered(50_000))  # far out
    dock.corridorList.setCurrentItem(item)
    assert layer.selectedFeatureIds() == [fid]
    extent = qgis_canvas.extent()
    box = layer.getFeature(fid).geometry().boundingBox()
    assert extent.contains(box)
    assert extent.width() < 2 * box.width()  # zoomed to the corridor, not just containing it


def test_copy_selected_least_cost_polygons(dock, tmp_path):
    from tests.qgis.test_designer_store import _lcc_layer

    dock.open_store(tmp_path / "c.gpkg", create=True)
    source = _lcc_layer()
    QgsProject.instance().addMapLayer(source)
    assert dock.lcLayerCombo.currentLayer() is source  # picked: polygons with core_a / core_b
    assert dock.store.layer in dock.lcLayerCombo.exceptedLayerList()
    dock.addFromLcButton.click()
    assert "No corridor is selected" in messages(dock.iface, Qgis.Warning)[-1]
    source.selectByIds([next(source.getFeatures()).id()])
    dock.addFromLcButton.click()
    (row,) = read_gpkg_in_other_process(dock.store.path)
    assert row["design_method"] == "least_cost" and row["connected_core_ids"] == "1;2"
    assert dock.corridorList.topLevelItemCount() == 1
    assert dock.corridorList.topLevelItem(0).text(0) == "Least-cost corridor 1 - 2"


def test_store_reopens_with_the_project(dock, qgis_canvas, tmp_path):
    project = QgsProject.instance()
    dock.open_store(tmp_path / "c.gpkg", create=True)
    _draw_line(dock, qgis_canvas)
    dock.save()
    qgis_canvas.unsetMapTool(qgis_canvas.mapTool())
    assert project.write()
    project.clear()
    assert dock.store is None and dock.corridorList.topLevelItemCount() == 0
    assert project.read(str(tmp_path / "designer.qgz"))
    assert dock.store is not None
    assert dock.store.path.resolve() == (tmp_path / "c.gpkg").resolve()
    assert dock.corridorList.topLevelItemCount() == 1
    assert dock.store.cores_layer is not None and dock.store.core_id_field == "core_id"


def test_shutdown_disconnects_the_store(dock, tmp_path):
    dock.open_store(tmp_path / "c.gpkg", create=True)
    layer = dock.store.layer
    assert layer.receivers(layer.beforeCommitChanges) >= 1
    dock.shutdown()
    assert layer.receivers(layer.beforeCommitChanges) == 0
    assert dock.store is None


def test_fields_are_computed_without_opening_the_dock(plugin, qgis_new_project, tmp_path):
    """A project whose store was made earlier: saving an edit fills the computed fields at once."""
    from qgis.core import QgsGeometry, QgsRectangle, QgsVectorLayerUtils

    project = QgsProject.instance()
    project.setCrs(CRS)
    cores = make_cores_file(tmp_path / "cores.gpkg")
    project.addMapLayer(cores)
    layer = cs.create_or_open(tmp_path / "w.gpkg", CRS)
    project.addMapLayer(layer)
    cs.remember(project, cs.CorridorStore(layer, cores, "core_id"))
    assert project.write(str(tmp_path / "w.qgz"))
    project.clear()
    assert project.read(str(tmp_path / "w.qgz"))
    assert "CcsgDesignerDock" not in plugin.docks
    layer = cs.find_store_layer(project, tmp_path / "w.gpkg")
    layer.startEditing()
    layer.addFeature(QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromRect(QgsRectangle(1000, 250, 4000, 750))))
    assert layer.commitChanges()
    (row,) = read_gpkg_in_other_process(tmp_path / "w.gpkg")
    assert row["area_ha"] == pytest.approx(150) and row["connected_core_ids"] == "1;2"
    assert row["min_width_m"] == pytest.approx(500, abs=1.0)
    plugin.unload()
    assert layer.receivers(layer.beforeCommitChanges) == 0
    plugin.initGui()  # the fixture unloads again
    project.clear()


def test_save_to_a_locked_store_reports_and_keeps_the_corridor(dock, qgis_canvas, tmp_path):
    import subprocess
    import sys

    dock.open_store(tmp_path / "c.gpkg", create=True)
    _draw_line(dock, qgis_canvas)
    locker = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys\n"
         "con = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)\n"
         "con.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\nsys.stdin.read()\n", str(dock.store.path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert locker.stdout.readline().strip() == "locked"
        assert not dock.save()
        assert "database is locked" in messages(dock.iface, Qgis.Critical)[-1]
        assert len(dock.store.layer.editBuffer().addedFeatures()) == 1
    finally:
        locker.stdin.close()
        locker.wait(timeout=30)
        locker.stdout.close()
    assert dock.save()
    assert len(read_gpkg_in_other_process(dock.store.path)) == 1


class _EditingTool(QgsMapToolPan):
    """Stands in for QGIS's Vertex Tool (not exposed to Python): a map tool flagged as an editing tool."""

    def flags(self):
        from qgis.gui import QgsMapTool

        return QgsMapTool.EditTool


def test_save_edits_keeps_and_restores_edit_mode_and_an_edit_tool_on_a_read_only_store_warns(dock, qgis_canvas,
                                                                                             tmp_path):
    """The workshop's step 6 trap: after Save edits the store stays editable; a participant who turned editing
    off is told (no false success) and editing is back on; picking an editing tool on the read-only store warns."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    dock.open_store(tmp_path / "c.gpkg", create=True)
    _draw_line(dock, qgis_canvas, 500)
    layer = dock.store.layer
    QTest.mouseClick(dock.saveButton, Qt.LeftButton)
    assert layer.isEditable()  # still in edit mode after Save edits, as the help says
    assert "saved" in messages(dock.iface, Qgis.Success)[-1]

    layer.commitChanges()  # the participant turns editing off (Toggle Editing)
    assert not layer.isEditable()
    clear_messages(dock.iface)
    editing_tool = _EditingTool(qgis_canvas)
    qgis_canvas.setMapTool(editing_tool)
    (warning,) = messages(dock.iface, Qgis.Warning)
    assert layer.name() in warning and "edit mode" in warning
    qgis_canvas.setMapTool(QgsMapToolPan(qgis_canvas))  # not an editing tool: no new message
    assert len(messages(dock.iface, Qgis.Warning)) == 1

    clear_messages(dock.iface)
    QTest.mouseClick(dock.saveButton, Qt.LeftButton)
    assert layer.isEditable()
    assert not messages(dock.iface, Qgis.Success)
    assert "was off" in messages(dock.iface, Qgis.Warning)[-1]
    clear_messages(dock.iface)
    qgis_canvas.setMapTool(editing_tool)  # editable now: the tool is silent
    assert not messages(dock.iface, Qgis.Warning)
