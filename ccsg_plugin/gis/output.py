"""Putting results into the project: styles, run metadata, the layer-tree group, unique file names."""

from __future__ import annotations

import datetime as _dt
import json
from pathlib import Path

from qgis.core import (
    QgsColorRampShader,
    QgsLayerMetadata,
    QgsMapLayer,
    QgsMapLayerLegendUtils,
    QgsProject,
    QgsRasterLayer,
    QgsSingleBandPseudoColorRenderer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QFont, QFontInfo

from ccsg_plugin import paths
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.i18n import tr, tr_data

DEFAULT_GROUP = "CCSG"


def apply_style(layer: QgsMapLayer, style_name: str) -> None:
    """Apply resources/styles/<style_name>.qml; raise when QGIS cannot read it (never fail silently)."""
    qml = paths.style(style_name)
    message, ok = layer.loadNamedStyle(str(qml))
    if not ok:
        raise CcsgError(tr("Could not apply the style {0} to layer '{1}': {2}", qml.name, layer.name(), message))
    _resolve_label_font(layer)
    _translate_legend(layer)
    layer.triggerRepaint()


def _translate_legend(layer: QgsMapLayer) -> None:
    """Legend labels of the bundled styles ("1 (easy to cross)") in the user's language (listed in i18n_catalog)."""
    renderer = layer.renderer()
    shader = getattr(renderer, "shader", None)
    ramp = shader().rasterShaderFunction() if shader is not None and shader() is not None else None
    if ramp is not None and hasattr(ramp, "colorRampItemList"):
        items = ramp.colorRampItemList()
        for item in items:
            item.label = tr_data(item.label)
        ramp.setColorRampItemList(items)
    for i, category in enumerate(getattr(renderer, "categories", list)()):
        renderer.updateCategoryLabel(i, tr_data(category.label()))
    for i, value_range in enumerate(getattr(renderer, "ranges", list)()):
        renderer.updateRangeLabel(i, tr_data(value_range.label()))
    root = renderer.rootRule() if hasattr(renderer, "rootRule") else None
    for rule in root.descendants() if root is not None else []:
        rule.setLabel(tr_data(rule.label()))


def _resolve_label_font(layer: QgsMapLayer) -> None:
    """Give labels this machine's real default font family.

    Bundled styles name no font family, so they load without "font not available" warnings anywhere; but an empty
    family can resolve to a symbol font on headless machines, and QFont().family() may be an alias that another
    machine lacks, so the resolved family (QFontInfo) is what the project stores.
    """
    labeling = layer.labeling() if hasattr(layer, "labeling") else None
    if not isinstance(labeling, QgsVectorLayerSimpleLabeling):
        return
    settings = labeling.settings()
    text_format = settings.format()
    font = text_format.font()
    if font.family():
        return
    font.setFamily(QFontInfo(QFont()).family())
    text_format.setFont(font)
    settings.setFormat(text_format)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def set_run_metadata(layer: QgsMapLayer, title: str, abstract: str, parameters: dict) -> None:
    """Record how a layer was made (shown in Layer Properties > Metadata) so a reviewer can reproduce it."""
    metadata = layer.metadata() if isinstance(layer.metadata(), QgsLayerMetadata) else QgsLayerMetadata()
    metadata.setTitle(title)
    text = json.dumps(parameters, indent=1, sort_keys=True, default=str)
    metadata.setAbstract(f"{abstract}\n\nParameters:\n{text}")
    metadata.setKeywords({"ccsg": ["ccsg", "connectivity"]})
    history = list(metadata.history())
    history.append(f"{_dt.datetime.now().isoformat(timespec='seconds')} CCSG Corridor Toolkit: {title}")
    metadata.setHistory(history)
    layer.setMetadata(metadata)


def layer_group(project: QgsProject, name: str = DEFAULT_GROUP, position: int = 0):
    root = project.layerTreeRoot()
    return root.findGroup(name) or root.insertGroup(position, name)


def add_to_group(project: QgsProject, layer: QgsMapLayer, group_name: str = DEFAULT_GROUP, position: int = -1):
    """Add a layer to the project inside the named group (created on top of the tree when missing)."""
    group = layer_group(project, group_name)
    insert_layer(project, group, layer, position)
    return group


def insert_layer(project: QgsProject, group, layer: QgsMapLayer, position: int = -1):
    """Add a layer to the project under `group` (at the end, or at `position`) with a tidy legend."""
    project.addMapLayer(layer, False)
    node = group.addLayer(layer) if position < 0 else group.insertLayer(position, layer)
    hide_band_name(node)
    return node


def hide_band_name(node) -> None:
    """QGIS 3.22 heads a pseudocolour raster's legend with "Band 1 (Gray)", which means nothing to a reader:
    keep only the classes (the order is stored in the project, so the saved project shows it too)."""
    layer = node.layer() if node is not None else None
    renderer = layer.renderer() if isinstance(layer, QgsRasterLayer) else None
    if not isinstance(renderer, QgsSingleBandPseudoColorRenderer):
        return
    shader = renderer.shader().rasterShaderFunction() if renderer.shader() else None
    if shader is None:
        return
    # A continuous (gradient) legend draws one node per ramp, not per class: leave it as it is.
    if shader.colorRampType() == QgsColorRampShader.Interpolated and shader.legendSettings().useContinuousLegend():
        return
    count = len(shader.colorRampItemList())
    QgsMapLayerLegendUtils.setLegendNodeOrder(node, list(range(1, count + 1)))


def unique_path(path: Path) -> Path:
    """Return path, or path with _2, _3 ... before the suffix when it exists: outputs never overwrite."""
    path = Path(path)
    if not path.exists():
        return path
    n = 2
    while True:
        candidate = path.with_name(f"{path.stem}_{n}{path.suffix}")
        if not candidate.exists():
            return candidate
        n += 1
