"""River layers to plain arrays for core/rivers, and the styles of the river connectivity outputs."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    NULL,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRendererRange,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis.rasterize import transformed_geometries
from ccsg_plugin.i18n import tr


def _plain(value):
    return None if value is None or value == NULL else value


def read_lines(layer: QgsVectorLayer, crs, context, weight_field: str = ""):
    """(list of vertex arrays, feature id of each, weight of each or None): one entry per part of a multi-line."""
    if layer.geometryType() != QgsWkbTypes.LineGeometry:
        raise CcsgError(tr("The rivers layer '{0}' holds {1} features; choose a layer of river lines.", layer.name(),
                           QgsWkbTypes.geometryDisplayString(layer.geometryType()).lower()))
    if weight_field and layer.fields().indexOf(weight_field) < 0:
        raise CcsgError(tr("The rivers layer '{0}' has no field '{1}'; choose its habitat weight field.",
                           layer.name(), weight_field))
    coords, ids, weights = [], [], []
    for feature, geom in transformed_geometries(layer, crs, context):
        parts = geom.asMultiPolyline() if geom.isMultipart() else [geom.asPolyline()]
        for part in parts:
            if len(part) < 2:
                continue
            coords.append(np.array([(p.x(), p.y()) for p in part]))
            ids.append(feature.id())
            weights.append(_plain(feature[weight_field]) if weight_field else 1.0)
    if not coords:
        raise CcsgError(tr("The rivers layer '{0}' has no lines with a geometry.", layer.name()))
    return coords, ids, (weights if weight_field else None)


def read_points(layer: QgsVectorLayer, crs, context, field: str = ""):
    """(xy (n, 2), feature ids, field values or None, features): one entry per point of a (multi)point feature."""
    if layer.geometryType() != QgsWkbTypes.PointGeometry:
        raise CcsgError(tr("The layer '{0}' holds {1} features; it must hold points.", layer.name(),
                           QgsWkbTypes.geometryDisplayString(layer.geometryType()).lower()))
    if field and layer.fields().indexOf(field) < 0:
        raise CcsgError(tr("The layer '{0}' has no field '{1}'; choose its passability field.", layer.name(), field))
    xy, ids, values, features = [], [], [], []
    for feature, geom in transformed_geometries(layer, crs, context):
        points = geom.asMultiPoint() if geom.isMultipart() else [geom.asPoint()]
        for p in points:
            xy.append((p.x(), p.y()))
            ids.append(feature.id())
            values.append(_plain(feature[field]) if field else None)
            features.append(feature)
    return np.array(xy, dtype=float).reshape(-1, 2), ids, values, features


# Styles: a legend line explaining DCI is a range no feature falls in, drawn with a transparent symbol.
SECTION_COLOURS = ("#d7191c", "#fdae61", "#ffffbf", "#abd9e9", "#2c7bb6")


def _note(symbol_class, text):
    symbol = symbol_class.createSimple({})
    symbol.setOpacity(0.0)
    return QgsRendererRange(-2.0, -1.0, symbol, text)


def style_sections(layer: QgsVectorLayer) -> None:
    """Sections coloured by c_outlet: red (cut off from the outlet) to blue (open to it)."""
    ranges = [_note(QgsLineSymbol, tr("DCI: chance that fish can move between two points of the river (100 = no "
                                      "barrier); c_outlet: passability from the section to the outlet"))]
    for k, colour in enumerate(SECTION_COLOURS):
        lo, hi = k / 5, (k + 1) / 5
        symbol = QgsLineSymbol.createSimple({"line_color": colour, "line_width": "0.8"})
        ranges.append(QgsRendererRange(lo, hi, symbol, f"{lo:.1f} - {hi:.1f}"))
    layer.setRenderer(QgsGraduatedSymbolRenderer("c_outlet", ranges))
    layer.triggerRepaint()


def style_barriers(layer: QgsVectorLayer, top: float) -> None:
    """Barriers sized by dDCI_p: the larger the gain from opening a barrier, the larger its marker."""
    top = top if top and top > 0 else 1.0
    ranges = [_note(QgsMarkerSymbol, tr("dDCI: DCI points gained if this barrier alone is made fully passable"))]
    for k in range(4):
        lo, hi = top * k / 4, top * (k + 1) / 4
        symbol = QgsMarkerSymbol.createSimple({"name": "triangle", "color": "#252525", "size": str(2 + 2 * k)})
        ranges.append(QgsRendererRange(lo - (1e-9 if k == 0 else 0), hi, symbol, f"{lo:.2f} - {hi:.2f}"))
    layer.setRenderer(QgsGraduatedSymbolRenderer("dDCI_p", ranges))
    layer.triggerRepaint()


def style_summary(layer) -> None:
    """The summary is a table: nothing to draw."""
