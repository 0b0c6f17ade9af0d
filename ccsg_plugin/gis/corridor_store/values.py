"""Attribute values as the store computes with them: QGIS NULLs as None, core ids as text.

Geometries go through gis.geometry.to_shapely."""

from __future__ import annotations

from qgis.PyQt.QtCore import QDate, QVariant


def null_to_none(value):
    if value is None:
        return None
    if isinstance(value, QVariant) and value.isNull():
        return None
    if hasattr(value, "isNull") and not isinstance(value, (str, QDate)) and value.isNull():
        return None
    return value


def id_text(value) -> str:
    """Core ids as text: 2.0 -> '2' (shapefile integers often come back as floats)."""
    value = null_to_none(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)

