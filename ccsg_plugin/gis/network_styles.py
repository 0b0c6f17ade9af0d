"""Styles of the network outputs, fitted to each run: cores with a circle sized by dPC, links coloured by dPC_link."""

from __future__ import annotations

from qgis.core import (
    QgsCentroidFillSymbolLayer,
    QgsColorRampShader,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRasterShader,
    QgsRendererRange,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsSymbolLayer,
)
from qgis.PyQt.QtGui import QColor

LINK_COLOURS = ("#fee5d9", "#fcae91", "#fb6a4a", "#de2d26", "#a50f15")
MAX_CIRCLE_MM = 12.0


def _maximum(layer, field: str) -> float:
    index = layer.fields().indexOf(field)
    if index < 0:
        return 0.0
    values = [f[field] for f in layer.getFeatures()]
    numbers = [float(v) for v in values if isinstance(v, (int, float))]
    return max(numbers) if numbers else 0.0


def style_cores(layer) -> None:
    """Pale fill, and at each core's centre a circle whose area grows with dPC (the largest is 12 mm across)."""
    top = _maximum(layer, "dPC") or 1.0
    marker = QgsMarkerSymbol.createSimple({"name": "circle", "color": "#006d2c", "outline_color": "white",
                                           "size": "3"})
    marker.symbolLayer(0).setDataDefinedProperty(
        QgsSymbolLayer.PropertySize,
        QgsProperty.fromExpression(f'1 + {MAX_CIRCLE_MM - 1} * sqrt(max(coalesce("dPC", 0), 0) / {top!r})'))
    centre = QgsCentroidFillSymbolLayer()
    centre.setSubSymbol(marker)
    centre.setPointOnAllParts(False)
    symbol = QgsFillSymbol.createSimple({"color": "116,196,118,90", "outline_color": "#238b45"})
    symbol.appendSymbolLayer(centre)  # the symbol owns its layers, built one by one (a list double-frees them)
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    layer.triggerRepaint()


def style_links(layer, field: str = "dPC_link", unit: str = " %") -> None:
    """Five equal classes of the field (dPC_link by default) from pale to dark red, thicker for the higher ones."""
    top = _maximum(layer, field)
    ranges = []
    for k, colour in enumerate(LINK_COLOURS):
        lower, upper = top * k / len(LINK_COLOURS), top * (k + 1) / len(LINK_COLOURS)
        symbol = QgsLineSymbol.createSimple({"line_color": colour, "line_width": str(0.4 + 0.4 * k)})
        ranges.append(QgsRendererRange(lower, upper, symbol, f"{lower:.3g} - {upper:.3g}{unit}"))
    renderer = QgsGraduatedSymbolRenderer(field, ranges)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def style_priority(layer) -> None:
    """The blended priority raster: pale yellow (low) to dark red (high), from the lowest to the highest value."""
    stats = layer.dataProvider().bandStatistics(1)
    low, high = (stats.minimumValue, stats.maximumValue) if stats.maximumValue > stats.minimumValue else (0.0, 1.0)
    colours = ("#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026")
    stops = [low + (high - low) * k / 4 for k in range(5)]
    items = [QgsColorRampShader.ColorRampItem(v, QColor(c), f"{v:.2f}") for v, c in zip(stops, colours)]
    ramp = QgsColorRampShader(low, high)
    ramp.setColorRampType(QgsColorRampShader.Interpolated)
    ramp.setColorRampItemList(items)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(low)
    renderer.setClassificationMax(high)
    layer.setRenderer(renderer)
    layer.triggerRepaint()
