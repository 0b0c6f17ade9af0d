"""CRS comparison (the same CRS spelled in different WKT text counts as equal) and the one projected-CRS gate."""

from __future__ import annotations

from osgeo import osr
from qgis.core import QgsCoordinateReferenceSystem, QgsMapLayer, QgsRasterLayer

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.i18n import tr


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


# ----- the projected-CRS gate -----------------------------------------------------------------------------------------
# One rule for every input that is measured in metres (algorithms, the corridor check, the corridor store, the
# doctor): a CRS must be defined (see is_defined) and not geographic. Layers get one wording (naming the layer and
# how to fix it); the project, which the user sets in Project > Properties, gets the store's wording.
UNDEFINED = "undefined"
GEOGRAPHIC = "geographic"


def projected_problem(crs: QgsCoordinateReferenceSystem | None) -> str | None:
    """None for a usable projected CRS, else UNDEFINED (no CRS, or a GeoPackage placeholder) or GEOGRAPHIC."""
    if crs is None or not is_defined(crs):
        return UNDEFINED
    if crs.isGeographic():
        return GEOGRAPHIC
    return None


def _crs_name(crs: QgsCoordinateReferenceSystem) -> str:
    return crs.authid() or crs.description()


def _undefined_layer_error(name: str) -> CcsgError:
    return CcsgError(tr("The layer '{0}' has no coordinate reference system; set its CRS (Layer Properties > Source) "
                        "to the projected CRS it was made in.", name))


def require_defined(layer: QgsMapLayer, name: str | None = None) -> QgsCoordinateReferenceSystem:
    """The layer's CRS, or CcsgError (the gate's wording) when it has none. For context layers that may be
    geographic because they are reprojected before use."""
    if projected_problem(layer.crs()) == UNDEFINED:
        raise _undefined_layer_error(name or layer.name())
    return layer.crs()


def require_projected(layer: QgsMapLayer, name: str | None = None) -> QgsCoordinateReferenceSystem:
    """The layer's CRS, or CcsgError naming the layer (or `name`, e.g. a file path) and saying what to do when the
    CRS is missing or geographic (degrees cannot measure costs, widths or areas)."""
    crs = layer.crs()
    problem = projected_problem(crs)
    if problem == UNDEFINED:
        raise _undefined_layer_error(name or layer.name())
    if problem == GEOGRAPHIC:
        if isinstance(layer, QgsRasterLayer):
            how = tr("e.g. with Raster > Projections > Warp (Reproject)")
        else:
            how = tr("e.g. with Vector > Data Management > Reproject")
        raise CcsgError(
            tr("The layer '{0}' is in a geographic CRS ({1}, degrees); reproject it to a projected CRS in metres, {2}.",
               name or layer.name(), _crs_name(crs), how)
        )
    return crs


def require_projected_project(crs: QgsCoordinateReferenceSystem, what: str) -> QgsCoordinateReferenceSystem:
    """The same rule for the project's CRS (`what` names it, e.g. "The project"): the fix is in Project > Properties."""
    problem = projected_problem(crs)
    if problem == UNDEFINED:
        raise CcsgError(tr("{0} has no coordinate reference system. Set a projected CRS in metres in "
                           "Project > Properties > CRS (for example a UTM zone or a national grid).", what))
    if problem == GEOGRAPHIC:
        raise CcsgError(tr("{0} uses the geographic CRS {1} (degrees), but corridor widths and areas are measured "
                           "in metres. Pick a projected CRS in Project > Properties > CRS, for example a UTM zone "
                           "or a national grid in metres, then try again.", what, crs.authid()))
    return crs
