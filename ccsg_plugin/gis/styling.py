"""Styles of the least-cost outputs, fitted to each run (class breaks follow the run's cutoff or data range)."""

from __future__ import annotations

from qgis.core import (
    QgsColorRampShader,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
)
from qgis.PyQt.QtGui import QColor

from ccsg_plugin.gis import output
from ccsg_plugin.i18n import tr

DEFAULT_CUTOFF = 200000.0  # the Linkage Mapper default width cutoff, used for the breaks saved in corridors.qml
# Corridor classes as fractions of the cutoff, dark (on the least-cost path) to light (at the cutoff).
CORRIDOR_CLASSES = (0.02, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 1.0)
CORRIDOR_COLOURS = ("#081d58", "#253494", "#225ea8", "#1d91c0", "#41b6c4", "#7fcdbb", "#c7e9b4", "#f7fcf0")

STYLE_CORRIDORS = "corridors"
STYLE_COST_DISTANCE = "cost_distance"
STYLE_PATHS = "least_cost_paths"
STYLE_POLYGONS = "corridor_polygons"


def _rescale(layer: QgsRasterLayer, values: list, labels: list | None = None) -> None:
    renderer = layer.renderer()
    if not isinstance(renderer, QgsSingleBandPseudoColorRenderer):
        return
    shader_fn = renderer.shader().rasterShaderFunction()
    items = shader_fn.colorRampItemList()
    new = []
    for i, (item, value) in enumerate(zip(items, values)):
        label = labels[i] if labels else item.label
        new.append(QgsColorRampShader.ColorRampItem(value, item.color, label))
    shader_fn.setColorRampItemList(new)
    shader_fn.setMinimumValue(values[0])
    shader_fn.setMaximumValue(values[-1])
    renderer.setClassificationMin(values[0])
    renderer.setClassificationMax(values[-1])
    layer.triggerRepaint()


def style_corridors(layer: QgsRasterLayer, top: float) -> None:
    """Classed ramp from the least-cost path (dark) to `top` (light): the cutoff, or the highest value kept."""
    output.apply_style(layer, STYLE_CORRIDORS)
    top = float(top) if top and top > 0 else DEFAULT_CUTOFF
    values = [f * top for f in CORRIDOR_CLASSES]
    labels = [tr("<= {0} (on the path)", format(values[0], ",.0f"))]
    labels += [tr("<= {0} cost units", format(v, ",.0f")) for v in values[1:]]
    _rescale(layer, values, labels)
    renderer = layer.renderer()
    if isinstance(renderer, QgsSingleBandPseudoColorRenderer):
        # Discrete classes ending at the cutoff, clipped: a cell above it (a raster kept wider than the cutoff, or
        # re-cut narrower) is drawn transparent, so the resistance (roads, towns) shows beside the corridors.
        shader_fn = renderer.shader().rasterShaderFunction()
        shader_fn.setColorRampType(QgsColorRampShader.Discrete)
        shader_fn.setClip(True)
        renderer.setNodataColor(QColor(0, 0, 0, 0))


def style_cost_distance(layer: QgsRasterLayer, top: float) -> None:
    """Continuous ramp from 0 (the sources) to the highest accumulated cost of the run."""
    output.apply_style(layer, STYLE_COST_DISTANCE)
    top = float(top) if top and top > 0 else 1.0
    renderer = layer.renderer()
    if isinstance(renderer, QgsSingleBandPseudoColorRenderer):
        n = len(renderer.shader().rasterShaderFunction().colorRampItemList())
        labels = [tr("0 (source)")] + [""] * (n - 2) + [f"{top:,.0f}"]
        _rescale(layer, [top * k / (n - 1) for k in range(n)], labels)


def style_paths(layer) -> None:
    """Least-cost path lines labelled with their cost (output.apply_style gives labels the default font)."""
    output.apply_style(layer, STYLE_PATHS)
