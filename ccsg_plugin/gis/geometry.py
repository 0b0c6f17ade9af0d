"""The one QgsGeometry -> shapely converter of the plugin.

Every adapter that hands a QGIS geometry to core/ (shapely) goes through ``to_shapely`` so that curves, Z/M and
empty geometries are treated the same everywhere:

- curves (CircularString, CompoundCurve, CurvePolygon, MultiSurface...) are segmentized with QGIS's default
  tolerance, because shapely has no curve types;
- Z and M are dropped: every measure of the plugin is planar (areas, widths, cells), and a Z ring can make
  shapely's predicates disagree with QGIS's;
- a null geometry (no geometry at all) and an empty one both give None, so callers test one thing;
- multi-part geometries stay multi-part (a MultiPolygon of one part stays a MultiPolygon);
- invalid geometries stay invalid: the caller decides whether to repair or to report them.
"""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsWkbTypes
from shapely import wkb as shapely_wkb


def to_shapely(geometry: QgsGeometry | None):
    """A 2D shapely geometry, or None for a missing, null or empty geometry (see the module notes)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    geom = QgsGeometry(geometry)  # a copy: the caller's geometry keeps its curves and Z
    if QgsWkbTypes.isCurvedType(geom.wkbType()):
        geom = QgsGeometry(geom.constGet().segmentize())
    abstract = geom.get()
    abstract.dropZValue()
    abstract.dropMValue()
    return shapely_wkb.loads(bytes(geom.asWkb()))
