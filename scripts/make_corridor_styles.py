"""Write the .qml styles of the least-cost outputs (run once; the .qml files are committed).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_corridor_styles.py
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from qgis.core import (  # noqa: E402
    QgsApplication,
    QgsColorRampShader,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsPalLayerSettings,
    QgsRasterLayer,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont  # noqa: E402

from ccsg_plugin.gis import styling  # noqa: E402

STYLES = ROOT / "resources" / "styles"


def _raster_layer(tmp: Path) -> QgsRasterLayer:
    import numpy as np
    from osgeo import gdal

    path = tmp / "r.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), 4, 4, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((0, 1, 0, 4, 0, -1))
    ds.GetRasterBand(1).WriteArray(np.arange(16, dtype="float32").reshape(4, 4))
    ds = None
    return QgsRasterLayer(str(path), "r")


def _ramp_renderer(layer, items, interpolation, opacity):
    shader_fn = QgsColorRampShader(items[0].value, items[-1].value)
    shader_fn.setColorRampType(interpolation)
    shader_fn.setColorRampItemList(items)
    shader_fn.setClip(True)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(shader_fn)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(items[0].value)
    renderer.setClassificationMax(items[-1].value)
    renderer.setOpacity(opacity)
    return renderer


def corridors(tmp: Path) -> None:  # blue, so it reads over the green-to-red resistance ramp
    layer = _raster_layer(tmp)
    items = []
    for fraction, colour in zip(styling.CORRIDOR_CLASSES, styling.CORRIDOR_COLOURS):
        value = fraction * styling.DEFAULT_CUTOFF
        label = "least-cost path" if fraction == styling.CORRIDOR_CLASSES[0] else f"<= {value:,.0f}"
        items.append(QgsColorRampShader.ColorRampItem(value, QColor(colour), label))
    layer.setRenderer(_ramp_renderer(layer, items, QgsColorRampShader.Discrete, 0.85))
    _save(layer, "corridors")


def cost_distance(tmp: Path) -> None:
    layer = _raster_layer(tmp)
    colours = ["#fcfdbf", "#feb078", "#f1605d", "#b63679", "#721f81", "#2c115f", "#000004"]
    n = len(colours) - 1
    items = [QgsColorRampShader.ColorRampItem(k / n, QColor(c), "") for k, c in enumerate(colours)]
    items[0].label, items[-1].label = "0 (source)", "highest cost"
    layer.setRenderer(_ramp_renderer(layer, items, QgsColorRampShader.Interpolated, 0.8))
    _save(layer, "cost_distance")


def _text_format(size: float) -> QgsTextFormat:
    text = QgsTextFormat()
    text.setFont(QFont())  # the default font: portable across machines
    text.setSize(size)
    text.setColor(QColor("#3d0c02"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(1.0)
    buffer.setColor(QColor(255, 255, 255, 220))
    text.setBuffer(buffer)
    return text


def paths(tmp: Path) -> None:
    layer = QgsVectorLayer("LineString?field=lcd:double&field=core_a:integer&field=core_b:integer", "p", "memory")
    symbol = QgsLineSymbol.createSimple({"color": "#e7298a", "width": "0.8", "capstyle": "round"})
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = "format_number(coalesce(attribute('lcd'), attribute('cost')), 0)"  # corridors or single paths
    settings.placement = QgsPalLayerSettings.Horizontal  # parallel labels break up on stair-step cell paths
    settings.setFormat(_text_format(8))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    _save(layer, "least_cost_paths")


def corridor_polygons(tmp: Path) -> None:
    layer = QgsVectorLayer("Polygon?field=core_a:integer&field=core_b:integer&field=area_ha:double", "c", "memory")
    symbol = QgsFillSymbol.createSimple(
        {"color": "34,94,168,50", "outline_color": "#081d58", "outline_width": "0.4", "style": "solid"}
    )
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    _save(layer, "corridor_polygons")


def _save(layer, name: str) -> None:
    path = STYLES / f"{name}.qml"
    message, ok = layer.saveNamedStyle(str(path))
    if not ok:
        raise SystemExit(f"could not write {path}: {message}")
    # A named font family warns on machines that lack it: keep the default font.
    text = path.read_text(encoding="utf-8")
    import re

    text = re.sub(r'fontFamily="[^"]*"', 'fontFamily=""', text)
    path.write_text(text, encoding="utf-8")
    print("wrote", path)


def main() -> None:
    app = QgsApplication([], False)
    app.initQgis()
    with tempfile.TemporaryDirectory() as tmp:
        for make in (corridors, cost_distance, paths, corridor_polygons):
            make(Path(tmp))
    app.exitQgis()


if __name__ == "__main__":
    main()
