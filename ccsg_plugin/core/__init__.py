"""Pure computation: numpy, shapely and the standard library only (no qgis, no Qt)."""
