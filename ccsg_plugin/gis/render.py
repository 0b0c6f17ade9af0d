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
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsRectangle,
    QgsUnitTypes,
)
from qgis.PyQt.QtGui import QFont

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.i18n import tr


def visible_layers(project: QgsProject) -> list:
    root = project.layerTreeRoot()
    nodes = [(layer, root.findLayer(layer.id())) for layer in root.layerOrder()]
    return [layer for layer, node in nodes if node is not None and node.isVisible()]


def _compact_legend(legend: QgsLayoutItemLegend) -> None:
    """Small fonts and symbols so a demo's dozen layers fit beside the map."""
    for style, size in ((QgsLegendStyle.Group, 9), (QgsLegendStyle.Subgroup, 8), (QgsLegendStyle.SymbolLabel, 7)):
        font = QFont(legend.style(style).font())
        font.setPointSizeF(size)
        legend.rstyle(style).setFont(font)
        legend.rstyle(style).setMargin(QgsLegendStyle.Top, 1.2 if style != QgsLegendStyle.SymbolLabel else 0.6)
    legend.rstyle(QgsLegendStyle.Symbol).setMargin(QgsLegendStyle.Top, 0.8)
    legend.setSymbolHeight(3.2)
    legend.setSymbolWidth(6)
    legend.adjustBoxSize()


def legend_of_visible_layers(legend: QgsLayoutItemLegend, project: QgsProject) -> None:
    """The legend lists what the map draws: layers switched off in the tree (and groups left empty) are left out."""
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    for child in project.layerTreeRoot().children():
        root.addChildNode(child.clone())

    def prune(group) -> None:
        for node in list(group.children()):
            if not node.isVisible():
                group.removeChildNode(node)
            elif node.nodeType() == node.NodeGroup:
                prune(node)
                if not node.children():
                    group.removeChildNode(node)

    prune(root)


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
    legend.setTitle("")
    legend_of_visible_layers(legend, project)
    _compact_legend(legend)
    legend.attemptMove(QgsLayoutPoint(214, 20, mm))
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
        raise CcsgError(tr("Could not write the map image {0} (layout export error {1}).", path, result))
    return Path(path)
