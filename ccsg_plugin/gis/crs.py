"""CRS comparison: the same CRS spelled in different WKT text (e.g. ESRI .prj vs GDAL WKT) counts as equal."""

from __future__ import annotations

from osgeo import osr
from qgis.core import QgsCoordinateReferenceSystem


def same_crs(a: QgsCoordinateReferenceSystem, b: QgsCoordinateReferenceSystem) -> bool:
    """True for the same CRS even when the WKT text differs (the demo data spell NAD83 Albers two ways)."""
    if a == b:
        return True
    if not (a.isValid() and b.isValid()):
        return False
    if a.authid() and a.authid() == b.authid():
        return True
    proj_a, proj_b = a.toProj(), b.toProj()
    if proj_a and proj_a == proj_b:
        return True
    # Last resort: GDAL's own comparison of the two definitions (ignores names and axis-order spelling).
    sa, sb = osr.SpatialReference(), osr.SpatialReference()
    if sa.ImportFromWkt(a.toWkt()) != 0 or sb.ImportFromWkt(b.toWkt()) != 0:
        return False
    return bool(sa.IsSame(sb))


def is_defined(crs: QgsCoordinateReferenceSystem) -> bool:
    """False for no CRS and for the placeholders a GeoPackage stores when none was set (srs_id 0 "Undefined
    geographic SRS", -1 "Undefined Cartesian SRS"): QGIS reports those as valid, non-geographic CRSs, and
    reprojecting from them gives infinite coordinates."""
    if not crs.isValid():
        return False
    if crs.authid():
        return True
    return not (crs.description() or "").strip().lower().startswith("undefined")
