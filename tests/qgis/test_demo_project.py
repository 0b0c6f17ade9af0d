"""The demo project, from the plugin's action and from the headless main job (`make demo`)."""

import zipfile
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsLayerTreeModel,
    QgsProject,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
)
from qgis.PyQt.QtGui import QImage

from ccsg_plugin.gis.demo import DEMO_GROUP
from tests.conftest import registered_provider


def _check_demo_layers(project):
    group = project.layerTreeRoot().findGroup(DEMO_GROUP)
    assert group is not None, "no 'CCSG demo' group"
    resistance = next(n.layer() for n in group.findLayers() if isinstance(n.layer(), QgsRasterLayer))
    layers = project.mapLayers().values()
    cores = next(layer for layer in layers if layer.source().split("|")[0].endswith("lm_cores.shp"))
    assert cores.isValid() and resistance.isValid()
    assert cores.featureCount() == 6
    assert sorted(f["core_id"] for f in cores.getFeatures()) == [1, 2, 3, 4, 5, 6]
    assert (resistance.width(), resistance.height()) == (808, 730)
    # Same NAD83 Albers CRS although the two files spell it differently.
    assert project.crs() == resistance.crs()
    assert project.crs().isGeographic() is False
    # A named CRS (QGIS's status bar said "Unknown CRS" for the file's unnamed Albers), with the file's definition.
    from osgeo import gdal, osr

    from_file = osr.SpatialReference(wkt=gdal.Open(resistance.source()).GetProjection())
    assert project.crs().authid() != ""
    named = osr.SpatialReference(wkt=project.crs().toWkt(QgsCoordinateReferenceSystem.WKT1_GDAL))
    assert named.IsSame(from_file), (project.crs().toProj(), from_file.ExportToProj4())
    assert cores.labelsEnabled()
    renderer = resistance.renderer()
    assert isinstance(renderer, QgsSingleBandPseudoColorRenderer)
    items = renderer.shader().rasterShaderFunction().colorRampItemList()
    assert len(items) >= 4 and items[0].value == 1 and items[-1].value == 2028
    assert len(resistance.legendSymbologyItems()) >= 4
    # The legend shows the classes only, not QGIS's "Band 1 (Gray)" heading.
    node = project.layerTreeRoot().findLayer(resistance.id())
    model = QgsLayerTreeModel(project.layerTreeRoot())
    legend = [n.data(0) for n in model.layerLegendNodes(node)]
    assert legend == [item.label for item in items]
    return cores, resistance


def test_load_demo_action_builds_styled_project(plugin, iface, tmp_path):
    action = next(a for a in plugin.actions if a.objectName() == "CcsgLoadDemoAction")
    action.trigger()
    project = QgsProject.instance()
    cores, resistance = _check_demo_layers(project)
    assert project.layerTreeRoot().findGroup(DEMO_GROUP).findLayer(cores.id()) is not None
    # Zoomed to the landscape.
    canvas_extent = iface.mapCanvas().extent()
    assert canvas_extent.intersects(resistance.extent())
    assert project.fileName().endswith("ccsg_demo.qgz")
    assert not project.isDirty()  # saved, as the help says
    assert iface.mapCanvas().mapSettings().destinationCrs() == project.crs()
    assert (tmp_path / "ccsg_demo" / "data" / "lm_cores.shp").exists()
    messages = iface.messageBar().get_messages(3)  # Qgis.Success
    assert any("Demo project" in m for m in messages)


def test_load_demo_action_twice_keeps_the_first_project(plugin, tmp_path):
    action = next(a for a in plugin.actions if a.objectName() == "CcsgLoadDemoAction")
    action.trigger()
    first = QgsProject.instance().fileName()
    action.trigger()
    second = QgsProject.instance().fileName()
    assert first != second and first.endswith("ccsg_demo.qgz") and second.endswith("ccsg_demo_2.qgz")


def test_headless_demo_job_writes_project_and_map(qgis_processing, qgis_new_project, tmp_path):

    from ccsg_plugin.demo.job import run_demo

    with registered_provider():
        result = run_demo(tmp_path / "out")
    qgz = result["project"]
    assert qgz.exists() and zipfile.is_zipfile(qgz)
    image = QImage(str(result["map"]))
    assert not image.isNull() and image.width() > 1000
    # The map is not blank: the resistance ramp gives many distinct colours.
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}
    assert len(colours) > 20
    # Reopen the written project from disk: every layer loads and keeps its style.
    reopened = QgsProject()
    assert reopened.read(str(qgz))
    layers = list(reopened.mapLayers().values())
    assert layers and all(layer.isValid() for layer in layers)
    _check_demo_layers(reopened)
    # The core areas are drawn above every result layer.
    first = reopened.layerTreeRoot().children()[0]
    assert first.layer().source().split("|")[0].endswith("lm_cores.shp")
    # `make demo` prints where the run report is; it lists every linked pair of the demo run
    from tests.qgis.run_report_helpers import Report, rows_of

    line = next(line for line in result["lines"] if line.startswith("Run report"))
    report = Path(line.rsplit(": ", 1)[1])
    assert report == tmp_path / "out" / "corridors" / "report.html" and report.is_file()
    parsed = Report(report.read_text(encoding="utf-8"))
    assert parsed.sections[:2] == ["overview", "pinch-points"]
    paths_file = tmp_path / "out" / "corridors" / "lm_least_cost_paths.gpkg"
    assert len(parsed.table("overview", "pairs")["rows"]) == len(rows_of(paths_file)) > 0
