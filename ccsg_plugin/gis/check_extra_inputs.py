"""Inputs of the guideline check that come from other analyses: a climate raster (climate_span), a ccsg:crossings
result (barrier_severance's worst crossing) and the least-cost paths of a sea-only corridor run (mar_spacing).

Each is read into the corridors layer's CRS. A climate raster in another CRS is warped (nearest neighbour, as every
raster of the check) and the criterion says so; a raster on another grid of the same CRS is read as it is (the check
rasterises corridors and cores on each raster's own grid). A layer without the fields its role needs is refused with
a message naming the layer and the missing fields.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsRasterLayer, QgsVectorLayer, QgsWkbTypes

from ccsg_plugin.core.criteria.crossing_result import CrossingPriority
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import raster_io
from ccsg_plugin.gis.crs import require_defined, same_crs
from ccsg_plugin.i18n import tr

CROSSING_FIELDS = ("pair", "severance_cost", "keep_open_gain", "rank")
SEA_PATH_FIELDS = ("core_a", "core_b", "path_length_m")


def read_climate(layer: Optional[QgsRasterLayer], target_crs: QgsCoordinateReferenceSystem, bounds):
    """(RasterArray over bounds in target_crs, note or None); (None, None) without a layer."""
    if layer is None:
        return None, None
    require_defined(layer)
    raster = raster_io.read_window(layer, target_crs, bounds)
    note = None
    if not same_crs(layer.crs(), target_crs):
        note = tr("climate raster '{0}' reprojected from {1} to the corridors' CRS {2}, nearest neighbour",
                  layer.name(), layer.crs().authid() or layer.crs().description(),
                  target_crs.authid() or target_crs.description())
    return raster, note


def _missing_fields(layer: QgsVectorLayer, needed) -> list:
    names = set(layer.fields().names())
    return [name for name in needed if name not in names]


def read_crossing_priorities(layer: Optional[QgsVectorLayer], target_crs, features) -> Optional[list]:
    """CrossingPriority per point of a ccsg:crossings result; `features` is check_inputs' feature reader
    (id, shapely geometry in target_crs, attributes)."""
    if layer is None:
        return None
    require_defined(layer)
    if layer.geometryType() != QgsWkbTypes.PointGeometry:
        raise CcsgError(tr("The crossings result '{0}' must hold points (from 'Infrastructure crossing priorities'); "
                           "it holds {1}.", layer.name(), QgsWkbTypes.geometryDisplayString(layer.geometryType())))
    missing = _missing_fields(layer, CROSSING_FIELDS)
    if missing:
        raise CcsgError(tr("The crossings result '{0}' has no field {1}: choose the points layer written by "
                           "'Infrastructure crossing priorities' (ccsg:crossings), which has the fields pair, "
                           "severance_cost, keep_open_gain and rank.", layer.name(), ", ".join(missing)))
    out = []
    names = set(layer.fields().names())
    for _fid, geom, attrs in features(layer, target_crs):
        if geom is None or geom.is_empty:
            continue
        point = geom.representative_point() if geom.geom_type != "Point" else geom
        rank = attrs.get("rank")
        cores = ()
        if {"core_a", "core_b"} <= names and attrs.get("core_a") is not None and attrs.get("core_b") is not None:
            cores = (str(attrs["core_a"]), str(attrs["core_b"]))
        out.append(CrossingPriority(
            x=float(point.x), y=float(point.y), pair=str(attrs.get("pair") or ""),
            rank=int(rank) if isinstance(rank, (int, float)) else None,
            severance_cost=attrs.get("severance_cost"), keep_open_gain=attrs.get("keep_open_gain"),
            severed=bool(attrs.get("severed")) if attrs.get("severed") is not None else False, cores=cores))
    return out


def read_sea_paths(layer: Optional[QgsVectorLayer], target_crs, features) -> Optional[list]:
    """(core_a, core_b, path length in m) per least-cost path of a sea-only corridor run."""
    if layer is None:
        return None
    require_defined(layer)
    missing = _missing_fields(layer, SEA_PATH_FIELDS)
    if missing:
        raise CcsgError(tr("The sea paths layer '{0}' has no field {1}: choose the least-cost paths written by "
                           "'Least-cost corridors between cores' (ccsg:leastcostcorridors) on a sea-only resistance, "
                           "which have the fields core_a, core_b and path_length_m.", layer.name(),
                           ", ".join(missing)))
    out = []
    for fid, _geom, attrs in features(layer, target_crs):
        length = attrs.get("path_length_m")
        if length is None:
            continue
        try:
            value = float(length)
        except (TypeError, ValueError) as exc:
            raise CcsgError(tr("Feature {0} of the sea paths layer '{1}' has path_length_m '{2}', not a number.",
                               fid, layer.name(), length)) from exc
        if value < 0:
            raise CcsgError(tr("Feature {0} of the sea paths layer '{1}' has a negative path_length_m ({2}).", fid,
                               layer.name(), value))
        out.append((attrs.get("core_a"), attrs.get("core_b"), value))
    return out
