"""The whole workshop exercise (resources/help/<lang>/exercise.html) through the real widgets, in English and in
Spanish, in a shown 1366x768 main window: load the demo, run the least-cost analysis, draw the corridor with its
narrow neck, check it, move the neck vertices, check again, open the report. Each step's outcome is asserted.

The QGIS Vertex Tool is not exposed to Python: the vertices are moved with QgsVectorLayer.moveVertex, the edit it
makes, on the store layer as the Save edits button leaves it (in edit mode).
"""

from __future__ import annotations

import math
import time
from pathlib import Path

import pytest
from qgis.core import QgsGeometry, QgsProject, QgsRasterLayer, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QFileDialog
from shapely import wkb as shapely_wkb
from shapely.geometry import LineString, Point
from shapely.ops import nearest_points

from tests.conftest import process_deferred_deletes
from tests.qgis import test_i18n
from tests.qgis.analysis_helpers import spin, wait_run
from tests.qgis.designer_support import click, finish
from tests.qgis.test_exercise import ATTRIBUTES, NECK, WIDE  # the exercise's corridor, as the help writes it
from tests.qgis.test_help import opened_urls  # noqa: F401 - the fixture: file URLs opened, caught
from tests.qgis.test_i18n import compiled_qm  # noqa: F401 - the fixture: the committed translations, compiled

NECK_LENGTH = 1000.0


def _translated(lang: str, source: str) -> str:
    """The text as the .ts file translates it (English: itself): the reference the panels must agree with."""
    if lang == "en":
        return source
    found = [m.translation for m in test_i18n.T.read_ts(test_i18n.T.ts_path(lang))
             if m.source == source and m.context == "@default"]
    assert found and found[0], f"{source!r} has no {lang} translation"
    return found[0]


def _click(widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    QTest.mouseClick(widget, Qt.LeftButton)
    QCoreApplication.processEvents()


def _click_row(table, row: int) -> None:
    item = table.item(row, 0)
    table.scrollToItem(item)
    QTest.mouseClick(table.viewport(), Qt.LeftButton, pos=table.visualItemRect(item).center())
    QCoreApplication.processEvents()


def _wait_check(dock) -> None:
    assert spin(lambda: not dock.is_running(), 300), "the check did not finish"
    QCoreApplication.processEvents()
    assert dock.last_error is None, dock.last_error


def _open(plugin, name: str):
    action = next(a for a in plugin.actions if a.objectName() == f"{name}Action")
    action.setChecked(True)
    dock = plugin.docks[name]
    dock.raise_()
    QCoreApplication.processEvents()
    assert dock.isVisible()
    return dock


def _neck_polygon(a: Point, b: Point):
    """A 3 km wide corridor from 1 km inside core 5 to 1 km inside core 6, pinched to 1 km over 1 km halfway:
    the outline a participant draws (12 vertices, clicked one by one)."""
    length = a.distance(b)
    ux, uy = (b.x - a.x) / length, (b.y - a.y) / length
    px, py = -uy, ux
    start = (a.x - 1000 * ux, a.y - 1000 * uy)
    total = length + 2000

    def at(along: float, across: float):
        return (start[0] + along * ux + across * px, start[1] + along * uy + across * py)

    mid = total / 2
    half_neck = NECK_LENGTH / 2
    upper = [at(0, WIDE / 2), at(mid - half_neck, WIDE / 2), at(mid - half_neck, NECK / 2),
             at(mid + half_neck, NECK / 2), at(mid + half_neck, WIDE / 2), at(total, WIDE / 2)]
    lower = [at(total, -WIDE / 2), at(mid + half_neck, -WIDE / 2), at(mid + half_neck, -NECK / 2),
             at(mid - half_neck, -NECK / 2), at(mid - half_neck, -WIDE / 2), at(0, -WIDE / 2)]
    centre = LineString([start, at(total, 0)])
    return upper + lower, centre, (px, py)


def _stored(path: Path):
    """The corridor as the GeoPackage holds it (read by a new layer, not the edit buffer)."""
    layer = QgsVectorLayer(f"{path}|layername=candidate_corridors", "stored", "ogr")
    assert layer.isValid()
    (feature,) = list(layer.getFeatures())
    return shapely_wkb.loads(bytes(feature.geometry().asWkb())), feature["min_width_m"]


@pytest.fixture
def workshop(iface, qgis_processing, qgis_new_project, qgis_canvas, compiled_qm, ui_locale, tmp_path,  # noqa: F811
             monkeypatch):
    """A participant's QGIS: the plugin loaded in the test's language, the main window shown at 1366x768."""
    import ccsg_plugin

    def start(code: str):
        ui_locale(code)
        QgsSettings().setValue("ccsg/demo_folder", str(tmp_path / "ccsg_demo"))
        QgsSettings().setValue("ccsg/user_profiles_folder", str(tmp_path / "profiles"))
        plugin = ccsg_plugin.classFactory(iface)
        plugin.initGui()
        started.append(plugin)
        window = iface.mainWindow()
        window.resize(1366, 768)
        window.show()
        canvas = iface.mapCanvas()
        canvas.window().show()
        frame = canvas.size() - canvas.viewport().size()
        canvas.resize(600 + frame.width(), 600 + frame.height())
        QCoreApplication.processEvents()
        return plugin

    started: list = []
    yield start
    for plugin in started:
        for name in ("CcsgCheckDock", "CcsgAnalysisDock"):
            dock = plugin.docks.get(name)
            if dock is not None and name == "CcsgCheckDock":
                spin(lambda d=dock: not d.is_running(), 120)
            elif dock is not None:
                wait_run(dock)
        designer = plugin.docks.get("CcsgDesignerDock")
        if designer is not None and designer.store is not None and designer.store.layer.isEditable():
            designer.store.layer.rollBack()
        plugin.unload()
        process_deferred_deletes()
    iface.mainWindow().hide()
    for key in ("ccsg/demo_folder", "ccsg/user_profiles_folder", "ccsg/analysis/output_folder"):
        QgsSettings().remove(key)
    QgsProject.instance().clear()


@pytest.mark.parametrize("code", ["en_US", "es"])
def test_the_workshop_exercise_through_the_panels(code, workshop, iface, opened_urls, monkeypatch):  # noqa: F811
    from ccsg_plugin.gis import layer_roles

    lang = code[:2]
    plugin = workshop(code)
    project = QgsProject.instance()
    canvas = iface.mapCanvas()

    # Step 1: CCSG Corridors > Load demo project: the translated layers, a named CRS, saved and not modified.
    next(a for a in plugin.actions if a.objectName() == "CcsgLoadDemoAction").trigger()
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    cores_layer = layers[_translated(lang, "Core areas")]
    resistance = layers[_translated(lang, "Resistance")]
    assert isinstance(resistance, QgsRasterLayer) and cores_layer.featureCount() == 6
    assert project.crs().isValid() and project.crs().authid() and not project.crs().isGeographic()
    assert Path(project.fileName()).exists() and not project.isDirty()

    # Steps 2-3: the least-cost panel preselects the demo layers; Run gives a path between cores 5 and 6.
    analysis = _open(plugin, "CcsgAnalysisDock")
    assert spin(lambda: not analysis.doctor_busy, 60)
    assert analysis.resistanceCombo.currentLayer() is resistance
    assert analysis.coresCombo.currentLayer() is cores_layer
    if not analysis.dropViaCoreCheck.isChecked():
        _click(analysis.dropViaCoreCheck)
    _click(analysis.runButton)
    wait_run(analysis)
    assert analysis.run_history[-1]["ok"], analysis.run_history[-1]
    paths = next(layer for layer in project.mapLayers().values() if isinstance(layer, QgsVectorLayer)
                 and {"core_a", "core_b", "lcd"} <= set(layer.fields().names())
                 and layer.geometryType() == 1)
    pairs = {frozenset((str(f["core_a"]), str(f["core_b"]))) for f in paths.getFeatures()}
    assert frozenset(("5", "6")) in pairs, sorted(map(sorted, pairs))

    # Step 4: the designer preselects the cores; New store… accepts the proposed file next to the project.
    designer = _open(plugin, "CcsgDesignerDock")
    assert designer.coresLayerCombo.currentLayer() is cores_layer
    assert designer.coreIdFieldCombo.currentField() == "core_id"
    proposed = []

    def accept_proposed(parent, caption, start, *args, **kwargs):
        proposed.append(start)
        return start, ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(accept_proposed))
    _click(designer.newStoreButton)
    store_path = Path(proposed[0])
    assert store_path.parent == Path(project.fileName()).parent and store_path.exists()
    layer = designer.store.layer

    cores = {str(f["core_id"]): shapely_wkb.loads(bytes(f.geometry().asWkb())) for f in cores_layer.getFeatures()}
    a, b = nearest_points(cores["5"], cores["6"])
    outline, centre, (px, py) = _neck_polygon(a, b)
    box = QgsGeometry.fromWkt(centre.buffer(WIDE).wkt).boundingBox()
    canvas.setExtent(box)
    canvas.refresh()
    QCoreApplication.processEvents()
    _click(designer.drawPolygonButton)
    tool = designer.polygon_tool
    assert canvas.mapTool() is tool
    tool.use_form = False  # the stub has no attribute form: the attributes are typed below, as in the form
    for x, y in outline:
        click(tool, canvas, x, y)
    finish(tool, canvas, *outline[0])
    assert designer.corridorList.topLevelItemCount() == 1
    fid = next(layer.getFeatures()).id()
    for name, value in ATTRIBUTES.items():
        layer.changeAttributeValue(fid, layer.fields().indexOf(name), value)
    _click(designer.saveButton)
    drawn, neck_width = _stored(store_path)
    pixel_size = canvas.mapUnitsPerPixel()
    assert neck_width == pytest.approx(NECK, abs=3 * pixel_size)  # the neck, as clicked (to a pixel or so)
    assert layer.isEditable()  # Save edits leaves the store in edit mode: step 6 needs no toggling

    # Step 5: the check panel picks the store and the cores by what they are (also in Spanish); min width fails.
    check = _open(plugin, "CcsgCheckDock")
    assert check.corridorsCombo.currentLayer() is layer
    assert check.coresCombo.currentLayer() is cores_layer
    assert check.resistanceCombo.currentLayer() is resistance
    _click(check.runButton)
    _wait_check(check)
    first_result = check.result_layer
    assert check.resultsTable.rowCount() == 1
    assert check.criterion_status("min_width") == "fail"
    assert check.overall_status(0) in ("warn", "fail")
    row = check.criterion_row("min_width")
    assert row < check.criterion_row(next(c for c in check._criteria if check.criterion_status(c) == "pass"))
    assert check.criteriaTable.item(row, 0).text() == _translated(lang, "Minimum width")
    _click_row(check.criteriaTable, row)  # zooms to the narrowest section and marks it until the next click
    marker = check.marker_geometry()
    assert marker is not None and canvas.extent().contains(marker.boundingBox())
    neck_middle = centre.interpolate(centre.length / 2)
    assert marker.boundingBox().buffered(NECK).contains(QgsGeometry.fromWkt(neck_middle.wkt).boundingBox())

    # Step 6: move the neck vertices out to the full width (the Vertex Tool's edit), then Save edits.
    fid = next(layer.getFeatures()).id()  # the saved feature's id (the edit buffer's id was temporary)
    geometry = layer.getFeature(fid).geometry()
    tolerance = 4 * pixel_size  # clicks land on pixels; the ends may snap to the cores' outlines

    def in_neck(vertex) -> bool:
        point = Point(vertex.x(), vertex.y())
        halfway = abs(centre.project(point) - centre.length / 2) <= NECK_LENGTH / 2 + tolerance
        return halfway and centre.distance(point) < WIDE / 2 - tolerance

    neck = [i for i, vertex in enumerate(geometry.vertices()) if in_neck(vertex)]
    assert len(neck) == 4, neck  # the four corners of the pinch (the closing vertex repeats the first one)
    for index in neck:
        vertex = geometry.vertexAt(index)
        side = math.copysign(1.0, (vertex.x() - centre.coords[0][0]) * px + (vertex.y() - centre.coords[0][1]) * py)
        foot = centre.interpolate(centre.project(Point(vertex.x(), vertex.y())))
        assert layer.moveVertex(foot.x + side * WIDE / 2 * px, foot.y + side * WIDE / 2 * py, fid, index)
    _click(designer.saveButton)
    moved, width = _stored(store_path)
    assert not moved.equals(drawn)  # the stored geometry changed...
    assert moved.area > drawn.area + (WIDE - NECK) * NECK_LENGTH * 0.9  # ...by the neck filled in
    # The width was recomputed: above the profile's 2 km now (the ends, snapped to the cores' outlines, may be a
    # little narrower than the 3 km drawn).
    assert 2000 < width <= WIDE + tolerance and width - neck_width > 1500

    # Step 7: check again: the width passes; the first result is unticked, the new one below the store.
    _click(check.runButton)
    _wait_check(check)
    assert check.result_layer.id() != first_result.id()
    assert check.criterion_status("min_width") == "pass"
    root = project.layerTreeRoot()
    assert not root.findLayer(first_result.id()).itemVisibilityChecked()
    store_node, result_node = root.findLayer(layer.id()), root.findLayer(check.result_layer.id())
    siblings = store_node.parent().children()
    assert result_node.parent() is store_node.parent()
    assert siblings.index(result_node) == siblings.index(store_node) + 1

    # Step 8: Open report: the local HTML report of the second check, in the interface language.
    _click(check.reportButton)
    assert len(opened_urls) == 1 and opened_urls[0].isLocalFile()
    report = Path(opened_urls[0].toLocalFile())
    assert report == check.report_path and report.suffix == ".html"
    text = report.read_text(encoding="utf-8")
    assert "Corridor 5-6" in text and _translated(lang, "Minimum width") in text
    assert time.time() - report.stat().st_mtime < 600
    assert layer_roles.corridors_layer(project) is layer
