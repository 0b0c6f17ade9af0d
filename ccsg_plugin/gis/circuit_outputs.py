"""Outputs of the circuit algorithms: current rasters with a quantile-stretched perceptual ramp, resistance lines."""

from __future__ import annotations

import math

import numpy as np
from qgis.core import (
    QgsColorRampShader,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsRasterLayer,
    QgsRasterShader,
    QgsSingleBandPseudoColorRenderer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor

from ccsg_plugin.gis import writers
from ccsg_plugin.i18n import tr

# Magma (a perceptually uniform ramp), pale for little current to near-black for the most: the pinch points stand
# out dark and stay legible over the light corridor style.
CURRENT_COLOURS = ("#fcfdbf", "#fec287", "#fb8861", "#e65164", "#b73779", "#822681", "#4f127b", "#1d1147", "#000004")
# Quantiles of the positive current that the colours sit at (a quantile stretch: equal shares of cells per step).
CURRENT_QUANTILES = (0.05, 0.2, 0.4, 0.6, 0.75, 0.87, 0.95, 0.99, 1.0)


def current_breaks(array: np.ndarray) -> list:
    """Colour stops: the quantiles of the positive, finite current (strictly increasing)."""
    values = array[np.isfinite(array) & (array > 0)]
    if values.size == 0:
        return [k / (len(CURRENT_QUANTILES) - 1) for k in range(len(CURRENT_QUANTILES))]
    qs = np.quantile(values, CURRENT_QUANTILES)
    out = []
    for q in qs:
        q = float(q)
        if out and q <= out[-1]:
            q = math.nextafter(out[-1], math.inf) if out[-1] > 0 else 1e-12
        out.append(q)
    return out


def style_current(layer: QgsRasterLayer, breaks: list) -> None:
    """Quantile-stretched magma ramp, highest current darkest."""
    ramp = QgsColorRampShader(breaks[0], breaks[-1])
    ramp.setColorRampType(QgsColorRampShader.Interpolated)
    items = []
    for k, (value, colour) in enumerate(zip(breaks, CURRENT_COLOURS)):
        label = f"{value:.3g} A" if k in (0, len(breaks) - 1) else ""
        items.append(QgsColorRampShader.ColorRampItem(value, QColor(colour), label))
    ramp.setColorRampItemList(items)
    shader = QgsRasterShader()
    shader.setRasterShaderFunction(ramp)
    renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
    renderer.setClassificationMin(breaks[0])
    renderer.setClassificationMax(breaks[-1])
    layer.setRenderer(renderer)
    layer.triggerRepaint()


def write_current(path, array: np.ndarray, grid):
    return writers.write_geotiff(path, array, grid.geotransform, grid.crs, dtype="float32")


def resistance_fields(id_type) -> QgsFields:
    fields = QgsFields()
    fields.append(QgsField("focal_a", id_type))
    fields.append(QgsField("focal_b", id_type))
    fields.append(QgsField("resistance", QVariant.Double))
    return fields


def resistance_rows(resistances: dict, centroids: dict):
    for (a, b), value in resistances.items():
        pa, pb = centroids[a], centroids[b]
        geom = QgsGeometry.fromPolylineXY([QgsPointXY(*pa), QgsPointXY(*pb)])
        yield geom, [a, b, writers.clean_number(value) if value is not None else None]


def write_resistances(path, resistances: dict, centroids: dict, crs, id_type, is_cancelled=None):
    return writers.write_vector(path, resistance_fields(id_type), QgsWkbTypes.LineString, crs,
                                resistance_rows(resistances, centroids), is_cancelled=is_cancelled)


def describe(a, b, value) -> str:
    if value is None:
        return tr("Focal nodes {0} and {1}: not connected (no resistance).", a, b)
    return tr("Focal nodes {0} and {1}: effective resistance {2:.6g}", a, b, value)
