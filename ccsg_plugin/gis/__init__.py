"""Adapters between QGIS layers and numpy/shapely (qgis.core only, no widgets, no iface)."""
