"""Write the .qml styles of the restoration and crossing outputs (run once; the .qml files are committed).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_restoration_styles.py
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
    QgsGraduatedSymbolRenderer,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsRendererRange,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor  # noqa: E402

from scripts.make_corridor_styles import _ramp_renderer, _raster_layer, _save, _text_format  # noqa: E402


def scores(tmp: Path) -> None:
    layer = _raster_layer(tmp)
    colours = ["#ffffcc", "#c2e699", "#78c679", "#31a354", "#006837"]
    n = len(colours) - 1
    items = [QgsColorRampShader.ColorRampItem(k / n, QColor(c), "") for k, c in enumerate(colours)]
    items[0].label, items[-1].label = "0 (no gain)", "highest gain"
    layer.setRenderer(_ramp_renderer(layer, items, QgsColorRampShader.Interpolated, 0.85))
    _save(layer, "restoration_scores")


def radius(tmp: Path) -> None:
    layer = _raster_layer(tmp)
    colours = ["#deebf7", "#6baed6", "#08306b"]
    items = [QgsColorRampShader.ColorRampItem(k / 2, QColor(c), "") for k, c in enumerate(colours)]
    items[0].label, items[-1].label = "smallest radius", "largest radius"
    layer.setRenderer(_ramp_renderer(layer, items, QgsColorRampShader.Interpolated, 0.8))
    _save(layer, "restoration_radius")


def _ranked_points(name: str, fields: str, shape: str, colours: list, label: str) -> None:
    layer = QgsVectorLayer(f"Point?{fields}", "p", "memory")
    classes = [(1, 3, "ranks 1 to 3", 6.0), (4, 10, "ranks 4 to 10", 4.5), (11, 1e9, "rank 11 and below", 3.0)]
    ranges = []
    for (lo, hi, text, size), colour in zip(classes, colours):
        symbol = QgsMarkerSymbol.createSimple({"name": shape, "color": colour, "outline_color": "#1a1a1a",
                                               "outline_width": "0.3", "size": str(size)})
        ranges.append(QgsRendererRange(lo - 0.5, hi + 0.5, symbol, text))
    renderer = QgsGraduatedSymbolRenderer("rank", ranges)
    layer.setRenderer(renderer)
    settings = QgsPalLayerSettings()
    settings.isExpression = True
    settings.fieldName = label
    settings.placement = QgsPalLayerSettings.OverPoint
    settings.setFormat(_text_format(8))
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
    layer.setLabelsEnabled(True)
    _save(layer, name)


def sites(tmp: Path) -> None:
    _ranked_points("restoration_sites", "field=rank:integer&field=pair:string&field=score:double", "circle",
                   ["#006837", "#31a354", "#addd8e"], "'#' || \"rank\"")


def crossings(tmp: Path) -> None:
    _ranked_points("infrastructure_crossings", "field=rank:integer&field=pair:string&field=keep_open_gain:double",
                   "diamond", ["#b2182b", "#ef8a62", "#fddbc7"], "'#' || \"rank\"")


def main() -> None:
    app = QgsApplication([], False)
    app.initQgis()
    with tempfile.TemporaryDirectory() as tmp:
        for make in (scores, radius, sites, crossings):
            make(Path(tmp))
    app.exitQgis()


if __name__ == "__main__":
    main()
