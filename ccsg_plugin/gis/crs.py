"""CRS comparison: the same CRS spelled in different WKT text (e.g. ESRI .prj vs GDAL WKT) counts as equal."""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem


def same_crs(a: QgsCoordinateReferenceSystem, b: QgsCoordinateReferenceSystem) -> bool:
    if a == b:
        return True
    if not (a.isValid() and b.isValid()):
        return False
    if a.authid() and a.authid() == b.authid():
        return True
    proj_a, proj_b = a.toProj(), b.toProj()
    return bool(proj_a) and proj_a == proj_b
