"""The drawing tools driven by simulated canvas clicks; features checked in the GeoPackage against analytic values."""

from __future__ import annotations

import math

import pytest
from qgis.core import Qgis, QgsProject, QgsSnappingConfig, QgsTolerance
from qgis.PyQt import sip

from ccsg_plugin.gis import corridor_store as cs
from ccsg_plugin.gui.map_tools import CentrelineTool, PolygonTool
from tests.qgis.designer_support import (
    CRS,
    clear_messages,
    click,
    finish,
    make_cores,
    messages,
    move,
    read_gpkg_in_other_process,
    set_up_canvas,
)


@pytest.fixture
def setup(iface, qgis_canvas, qgis_new_project, tmp_path):
    clear_messages(iface)
    cores = make_cores()
    QgsProject.instance().addMapLayer(cores)
    layer = cs.create_or_open(tmp_path / "corridors.gpkg", CRS)
    QgsProject.instance().addMapLayer(layer)
    set_up_canvas(qgis_canvas, [layer, cores])
    store = cs.CorridorStore(layer, cores, "core_id")
    store.attach()
    yield store, qgis_canvas, iface
    store.detach()
    if not sip.isdeleted(layer) and layer.isEditable():
        layer.rollBack()
    qgis_canvas.snappingUtils().setConfig(QgsSnappingConfig())


def _snap_to(canvas, layer) -> None:
    config = QgsSnappingConfig()
    config.setEnabled(True)
    config.setMode(QgsSnappingConfig.AdvancedConfiguration)
    config.setIndividualLayerSettings(layer, QgsSnappingConfig.IndividualLayerSettings(
        True, QgsSnappingConfig.VertexFlag | QgsSnappingConfig.SegmentFlag, 12, QgsTolerance.Pixels, 0, 0))
    canvas.snappingUtils().setConfig(config)


def _polygon_tool(store, canvas, iface):
    tool = PolygonTool(canvas, iface, store)
    tool.use_form = False
    canvas.setMapTool(tool)
    return tool


def _line_tool(store, canvas, iface, width, end_style="flat"):
    tool = CentrelineTool(canvas, iface, store, width=width, end_style=end_style)
    tool.use_form = False
    canvas.setMapTool(tool)
    return tool


def test_polygon_clicks_snapped_to_cores_give_the_analytic_corridor(setup):
    store, canvas, iface = setup
    _snap_to(canvas, store.cores_layer)
    tool = _polygon_tool(store, canvas, iface)
    # clicks 3 px (30 m) off the cores' edges: snapping puts them on the edges (x = 1000 and x = 4000)
    for x, y, dx in ((1000, 250, 3), (4000, 250, -3), (4000, 750, -3), (1000, 750, 3)):
        click(tool, canvas, x, y, dx=dx)
    finish(tool, canvas)
    assert store.layer.featureCount() == 1
    assert store.commit()
    (row,) = read_gpkg_in_other_process(store.path)
    assert row["area_ha"] == pytest.approx(150, abs=1e-6)
    assert row["min_width_m"] == pytest.approx(500, abs=1.0)
    assert row["connected_core_ids"] == "1;2"


def test_centre_line_with_flat_ends(setup):
    store, canvas, iface = setup
    tool = _line_tool(store, canvas, iface, 500)
    click(tool, canvas, 1000, 500)
    click(tool, canvas, 4000, 500)
    finish(tool, canvas)
    store.commit()
    (row,) = read_gpkg_in_other_process(store.path)
    assert row["area_ha"] == pytest.approx(150, rel=1e-6)
    assert row["length_m"] == pytest.approx(3000)
    assert row["min_width_m"] == pytest.approx(500, abs=1.0)
    assert row["centreline_width_m"] == 500
    feature = next(store.layer.getFeatures())
    assert feature["centreline_wkt"] == "LineString (1000 500, 4000 500)"
    assert feature["end_style"] == "flat"


def test_centre_line_with_round_ends(setup):
    store, canvas, iface = setup
    tool = _line_tool(store, canvas, iface, 500, "round")
    click(tool, canvas, 1000, 500)
    click(tool, canvas, 4000, 500)
    finish(tool, canvas)
    store.commit()
    (row,) = read_gpkg_in_other_process(store.path)
    # rectangle + two half discs of radius 250 m (16 segments per quarter: within 0.2 %)
    assert row["area_ha"] == pytest.approx(150 + math.pi * 250**2 / 10_000, rel=2e-3)


def test_live_preview_follows_the_cursor_and_width(setup):
    store, canvas, iface = setup
    tool = _line_tool(store, canvas, iface, 400)
    click(tool, canvas, 1000, 500)
    move(tool, canvas, 3000, 500)
    preview = tool.preview.asGeometry()
    assert preview.area() == pytest.approx(2000 * 400, rel=1e-6)
    tool.set_width(800)
    assert tool.preview.asGeometry().area() == pytest.approx(2000 * 800, rel=1e-6)
    assert store.layer.featureCount() == 0  # nothing written while drawing


def test_undo_and_redo_through_the_layer_undo_stack(setup):
    store, canvas, iface = setup
    tool = _line_tool(store, canvas, iface, 500)
    click(tool, canvas, 1000, 500)
    click(tool, canvas, 4000, 500)
    finish(tool, canvas)
    assert store.layer.featureCount() == 1
    store.layer.undoStack().undo()
    assert store.layer.featureCount() == 0
    store.layer.undoStack().redo()
    assert store.layer.featureCount() == 1
    store.commit()
    assert len(read_gpkg_in_other_process(store.path)) == 1


def _assert_refused(store, iface, fragment):
    warnings = messages(iface, Qgis.Warning)
    assert warnings and fragment in warnings[-1], warnings
    assert store.layer.featureCount() == 0
    if store.layer.isEditable():
        store.commit()
    assert read_gpkg_in_other_process(store.path) == []


def test_self_intersecting_polygon_refused(setup):
    store, canvas, iface = setup
    tool = _polygon_tool(store, canvas, iface)
    for x, y in ((1000, 250), (4000, 750), (4000, 250), (1000, 750)):  # a bow tie
        click(tool, canvas, x, y)
    finish(tool, canvas)
    _assert_refused(store, iface, "crosses itself")


def test_zero_area_polygon_refused(setup):
    store, canvas, iface = setup
    tool = _polygon_tool(store, canvas, iface)
    for x, y in ((1000, 500), (2000, 500), (3000, 500)):
        click(tool, canvas, x, y)
    finish(tool, canvas)
    _assert_refused(store, iface, "zero area")


def test_polygon_of_two_points_refused(setup):
    store, canvas, iface = setup
    tool = _polygon_tool(store, canvas, iface)
    click(tool, canvas, 1000, 500)
    click(tool, canvas, 2000, 700)
    finish(tool, canvas)
    _assert_refused(store, iface, "at least three points")


@pytest.mark.parametrize("width", [0, -50])
def test_width_not_positive_refused(setup, width):
    store, canvas, iface = setup
    tool = _line_tool(store, canvas, iface, width)
    click(tool, canvas, 1000, 500)
    click(tool, canvas, 4000, 500)
    finish(tool, canvas)
    _assert_refused(store, iface, "must be greater than 0")


def test_centre_line_of_one_point_refused(setup):
    store, canvas, iface = setup
    tool = _line_tool(store, canvas, iface, 500)
    click(tool, canvas, 1000, 500)
    click(tool, canvas, 1000, 500)  # a double click on one spot
    finish(tool, canvas)
    _assert_refused(store, iface, "at least two different points")


def test_escape_cancels_and_backspace_removes_a_vertex(setup):
    from qgis.PyQt.QtCore import QEvent, Qt
    from qgis.PyQt.QtGui import QKeyEvent

    store, canvas, iface = setup
    tool = _polygon_tool(store, canvas, iface)
    for x, y in ((1000, 250), (4000, 250), (2500, 2000), (4000, 750)):
        click(tool, canvas, x, y)
    tool.keyPressEvent(QKeyEvent(QEvent.KeyPress, Qt.Key_Backspace, Qt.NoModifier))
    assert len(tool.points) == 3
    tool.keyPressEvent(QKeyEvent(QEvent.KeyPress, Qt.Key_Escape, Qt.NoModifier))
    assert tool.points == []
    finish(tool, canvas)
    assert store.layer.featureCount() == 0


def test_drawing_into_a_read_only_store_is_refused(iface, qgis_canvas, qgis_new_project, tmp_path):
    from tests.qgis.test_designer_store import _make_read_only, _make_writable

    clear_messages(iface)
    path = tmp_path / "ro.gpkg"
    cs.create_or_open(path, CRS)
    if not _make_read_only(path):
        pytest.skip("cannot make a file read-only for root here (no chattr)")
    try:
        layer = cs.open_store_layer(path)
        set_up_canvas(qgis_canvas, [layer])
        store = cs.CorridorStore(layer)
        tool = _line_tool(store, qgis_canvas, iface, 500)
        click(tool, qgis_canvas, 1000, 500)
        click(tool, qgis_canvas, 4000, 500)
        finish(tool, qgis_canvas)
        assert "read-only" in messages(iface, Qgis.Warning)[-1]
        assert not layer.isEditable()
        qgis_canvas.unsetMapTool(tool)
        del layer, store
    finally:
        _make_writable(path)
    assert read_gpkg_in_other_process(path) == []


def test_right_click_without_vertices_is_ignored(setup):
    store, canvas, iface = setup
    tool = _polygon_tool(store, canvas, iface)
    finish(tool, canvas)
    assert messages(iface, Qgis.Warning) == []
    assert store.layer.featureCount() == 0
