"""A map image of the project: a print layout with the map, title, legend and scale bar, saved as PNG."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsLayoutExporter,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemScaleBar,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QFont

from ccsg_plugin.core.errors import CcsgError


def visible_layers(project: QgsProject) -> list:
    root = project.layerTreeRoot()
    nodes = [(layer, root.findLayer(layer.id())) for layer in root.layerOrder()]
    return [layer for layer, node in nodes if node is not None and node.isVisible()]


def render_layout_png(
    project: QgsProject, path: Path, title: str, extent: QgsRectangle | None = None, dpi: int = 120
) -> Path:
    """Export an A4-landscape layout (map, title, legend, scale bar) of the visible layers to a PNG file."""
    layers = visible_layers(project)
    if extent is None:
        extent = project.viewSettings().defaultViewExtent()
        if extent.isEmpty() and layers:
            extent = QgsRectangle(layers[0].extent())
            for layer in layers[1:]:
                extent.combineExtentWith(layer.extent())
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    mm = QgsUnitTypes.LayoutMillimeters

    label = QgsLayoutItemLabel(layout)
    label.setText(title)
    label.setFont(QFont("Sans", 18))
    label.attemptMove(QgsLayoutPoint(10, 6, mm))
    label.attemptResize(QgsLayoutSize(277, 12, mm))
    layout.addLayoutItem(label)

    map_item = QgsLayoutItemMap(layout)
    map_item.attemptMove(QgsLayoutPoint(10, 20, mm))
    map_item.attemptResize(QgsLayoutSize(200, 180, mm))
    map_item.setCrs(project.crs())
    map_item.setLayers(layers)
    map_item.setExtent(extent)
    map_item.setFrameEnabled(True)
    layout.addLayoutItem(map_item)

    legend = QgsLayoutItemLegend(layout)
    legend.setLinkedMap(map_item)
    legend.setTitle("Legend")
    legend.attemptMove(QgsLayoutPoint(215, 20, mm))
    layout.addLayoutItem(legend)

    scalebar = QgsLayoutItemScaleBar(layout)
    scalebar.setLinkedMap(map_item)
    scalebar.applyDefaultSize()
    scalebar.setUnits(QgsUnitTypes.DistanceKilometers)
    scalebar.setNumberOfSegments(3)
    scalebar.setNumberOfSegmentsLeft(0)
    scalebar.setUnitsPerSegment(25)
    scalebar.setUnitLabel("km")
    scalebar.attemptMove(QgsLayoutPoint(12, 188, mm))
    layout.addLayoutItem(scalebar)

    exporter = QgsLayoutExporter(layout)
    settings = QgsLayoutExporter.ImageExportSettings()
    settings.dpi = dpi
    result = exporter.exportToImage(str(path), settings)
    if result != QgsLayoutExporter.Success:
        raise CcsgError(f"Could not write the map image {path} (layout export error {result}).")
    return Path(path)
