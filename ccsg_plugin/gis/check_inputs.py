"""QGIS layers -> inputs of the corridor check (core.criteria.evaluate): shapely geometries and raster windows.

Everything is brought into the corridors layer's CRS, which must be projected (widths and areas in metres).
Invalid corridor geometries are passed through unchanged: the core reports them per corridor and goes on.
"""

from __future__ import annotations

from typing import Any, Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsMapLayer,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from shapely import wkt as shapely_wkt

from ccsg_plugin.core.criteria.inputs import CorridorInput, EvaluationContext
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.progress import check_cancelled
from ccsg_plugin.gis import check_extra_inputs as extra_inputs
from ccsg_plugin.gis import raster_io
from ccsg_plugin.gis.crs import require_defined, require_projected, same_crs
from ccsg_plugin.gis.geometry import to_shapely
from ccsg_plugin.i18n import tr

NAME_FIELDS = ("name", "corridor_id", "NAME", "Name")
CORE_ID_FIELDS = ("core_id", "CORE_ID", "id", "ID", "fid")
BARRIER_CLASS_FIELDS = ("class", "fclass", "type", "highway", "railway", "category", "kind")


def _transform(layer: QgsMapLayer, target_crs: QgsCoordinateReferenceSystem) -> Optional[QgsCoordinateTransform]:
    if same_crs(layer.crs(), target_crs):
        return None
    return QgsCoordinateTransform(layer.crs(), target_crs, QgsProject.instance().transformContext())


def _feature_geometries(layer: QgsVectorLayer, target_crs, is_cancelled=None) -> list[tuple[Any, Any, dict]]:
    """(feature id, shapely geometry in target_crs or None, attributes) for every feature of the layer."""
    transform = _transform(layer, target_crs)
    names = layer.fields().names()
    out = []
    for feature in layer.getFeatures(QgsFeatureRequest()):
        check_cancelled(is_cancelled)
        geom = QgsGeometry(feature.geometry())
        if transform is not None and not geom.isNull():
            try:
                geom.transform(transform)
            except QgsCsException as exc:
                raise CcsgError(
                    tr(
                        "Feature {0} of layer '{1}' cannot be reprojected to {2}: {3}. Check the layer's CRS.",
                        feature.id(),
                        layer.name(),
                        target_crs.authid() or target_crs.description(),
                        str(exc),
                    )
                ) from exc
        attributes = {name: _plain(feature[name]) for name in names}
        out.append((feature.id(), to_shapely(geom), attributes))
    return out


def _plain(value: Any) -> Any:
    """QVariant NULL -> None, QDate/QDateTime -> ISO text; everything else as it is."""
    if value is None:
        return None
    try:
        from qgis.PyQt.QtCore import QDate, QDateTime, QVariant

        if isinstance(value, QVariant):
            return None if value.isNull() else value.value()
        if isinstance(value, QDate):
            return value.toString("yyyy-MM-dd") if value.isValid() else None
        if isinstance(value, QDateTime):
            return value.toString("yyyy-MM-ddTHH:mm:ss") if value.isValid() else None
    except ImportError:  # pragma: no cover
        pass
    return value


def corridor_name(fid: Any, attributes: dict) -> str:
    for field in NAME_FIELDS:
        value = attributes.get(field)
        if value not in (None, ""):
            return str(value)
    return tr("Corridor {0}", fid)


def read_corridors(layer: QgsVectorLayer, is_cancelled=None) -> list:
    """CorridorInput per feature (key = feature id), in the layer's own CRS; CcsgError if the layer is empty."""
    require_projected(layer)
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        raise CcsgError(
            tr("The corridors layer '{0}' must hold polygons; it holds {1}.", layer.name(),
               QgsWkbTypes.geometryDisplayString(layer.geometryType()))
        )
    rows = _feature_geometries(layer, layer.crs(), is_cancelled)
    if not rows:
        raise CcsgError(
            tr("The corridors layer '{0}' has no features. Draw or load at least one corridor and run again.",
               layer.name())
        )
    return [
        CorridorInput(key=fid, name=corridor_name(fid, attrs), geometry=geom, attributes=attrs,
                      centreline=_centreline(attrs, geom))
        for fid, geom, attrs in rows
    ]


def _centreline(attributes: dict, corridor):
    """The drawn centre line (corridor store field centreline_wkt) when it is readable and lies on the corridor."""
    text = attributes.get("centreline_wkt")
    if not text or corridor is None:
        return None
    try:
        line = shapely_wkt.loads(str(text))
    except Exception:  # a hand-edited field: ignore it rather than fail the whole check
        return None
    if line.is_empty or line.geom_type not in ("LineString", "MultiLineString"):
        return None
    return line if line.intersects(corridor) else None


def _core_id(fid: Any, attributes: dict) -> Any:
    for field in CORE_ID_FIELDS:
        value = attributes.get(field)
        if value not in (None, ""):
            return value
    return fid


def read_cores(layer: Optional[QgsVectorLayer], target_crs, is_cancelled=None) -> list[tuple[Any, Any]]:
    """(core id, shapely polygon) pairs; the id is the core_id field when there is one, else the feature id."""
    if layer is None:
        return []
    rows = _feature_geometries(layer, target_crs, is_cancelled)
    return [(_core_id(fid, attrs), geom) for fid, geom, attrs in rows if geom is not None]


def _barrier_class(attributes: dict, default: str) -> str:
    for field in BARRIER_CLASS_FIELDS:
        value = attributes.get(field)
        if value not in (None, ""):
            return str(value)
    return default


def read_barriers(layer: Optional[QgsVectorLayer], target_crs, is_cancelled=None) -> Optional[list]:
    """(feature id, line, class text) per barrier; the class comes from a class/type/highway field or the layer."""
    if layer is None:
        return None
    return [(fid, geom, _barrier_class(attrs, layer.name()))
            for fid, geom, attrs in _feature_geometries(layer, target_crs, is_cancelled) if geom is not None]


def require_geometry(layer: QgsVectorLayer, geometry_type, role: str) -> None:
    """CcsgError when the layer does not hold the geometry type its role needs (points, lines or polygons)."""
    if layer.geometryType() != geometry_type:
        raise CcsgError(
            tr("The {0} layer '{1}' must hold {2} geometries; it holds {3}. Choose a layer of {2} geometries.",
               role, layer.name(), QgsWkbTypes.geometryDisplayString(geometry_type),
               QgsWkbTypes.geometryDisplayString(layer.geometryType()))
        )


def read_geometries(layer: Optional[QgsVectorLayer], target_crs, is_cancelled=None, geometry_type=None,
                    role: str = "") -> Optional[list]:
    """The layer's non-empty geometries in target_crs (None without a layer); geometry_type, when given, is
    checked first. Invalid polygons are repaired with buffer(0) so one bad floodplain polygon cannot void the
    union the criteria take."""
    if layer is None:
        return None
    if geometry_type is not None:
        require_geometry(layer, geometry_type, role or layer.name())
    out = []
    for _fid, geom, _attrs in _feature_geometries(layer, target_crs, is_cancelled):
        if geom is None or geom.is_empty:
            continue
        if geom.geom_type in ("Polygon", "MultiPolygon") and not geom.is_valid:
            geom = geom.buffer(0)
        out.append(geom)
    return out


def read_points(layer: Optional[QgsVectorLayer], target_crs, is_cancelled=None) -> Optional[list]:
    return read_geometries(layer, target_crs, is_cancelled)


def read_paths(layer: Optional[QgsVectorLayer], target_crs, is_cancelled=None) -> Optional[list]:
    """(core_a, core_b, line) per least-cost path (the ccsg:leastcostcorridors OUTPUT_PATHS fields)."""
    if layer is None:
        return None
    names = layer.fields().names()
    if "core_a" not in names or "core_b" not in names:
        raise CcsgError(tr("The least-cost paths layer '{0}' needs the fields core_a and core_b (as written by "
                           "ccsg:leastcostcorridors).", layer.name()))
    return [(attrs["core_a"], attrs["core_b"], geom)
            for _fid, geom, attrs in _feature_geometries(layer, target_crs, is_cancelled) if geom is not None]


# ----- rasters ------------------------------------------------------------------------------------------------------
def expanded_bounds(geometries: Sequence, factor: float = 0.5, minimum: float = 2000.0) -> Optional[tuple]:
    """Bounds of the geometries grown on every side by max(minimum, factor x the larger side)."""
    bounds = [g.bounds for g in geometries if g is not None and not g.is_empty]
    if not bounds:
        return None
    minx = min(b[0] for b in bounds)
    miny = min(b[1] for b in bounds)
    maxx = max(b[2] for b in bounds)
    maxy = max(b[3] for b in bounds)
    grow = max(minimum, factor * max(maxx - minx, maxy - miny))
    return (minx - grow, miny - grow, maxx + grow, maxy + grow)


def read_raster(layer: Optional[QgsRasterLayer], target_crs, bounds: Optional[tuple]):
    """Band 1 of the raster over `bounds` in the corridors' CRS (gis.raster_io.read_window), or None."""
    return raster_io.read_window(layer, target_crs, bounds)


# ----- everything together ------------------------------------------------------------------------------------------
def build_inputs(
    corridors: QgsVectorLayer,
    cores: Optional[QgsVectorLayer] = None,
    habitat: Optional[QgsRasterLayer] = None,
    landcover: Optional[QgsRasterLayer] = None,
    resistance: Optional[QgsRasterLayer] = None,
    dem: Optional[QgsRasterLayer] = None,
    barriers: Optional[QgsVectorLayer] = None,
    crossings: Optional[QgsVectorLayer] = None,
    least_cost_paths: Optional[QgsVectorLayer] = None,
    streams: Optional[QgsVectorLayer] = None,
    floodplain: Optional[QgsVectorLayer] = None,
    river_barriers: Optional[QgsVectorLayer] = None,
    coastline: Optional[QgsVectorLayer] = None,
    night_lights: Optional[QgsRasterLayer] = None,
    pinch_points: Optional[QgsRasterLayer] = None,
    climate: Optional[QgsRasterLayer] = None,
    crossing_priorities: Optional[QgsVectorLayer] = None,
    sea_paths: Optional[QgsVectorLayer] = None,
    is_cancelled=None,
):
    """(list of CorridorInput, EvaluationContext), all in the corridors layer's CRS."""
    corridor_inputs = read_corridors(corridors, is_cancelled)
    crs = corridors.crs()
    realm_layers = {  # context field: (layer, role, geometry type), for the realm criteria of CRITERIA.md 2b, 2d
        "streams": (streams, tr("streams"), QgsWkbTypes.LineGeometry),
        "floodplain": (floodplain, tr("floodplain / riparian"), QgsWkbTypes.PolygonGeometry),
        "river_barriers": (river_barriers, tr("river barriers"), QgsWkbTypes.PointGeometry),
        "coastline": (coastline, tr("coastline"), QgsWkbTypes.LineGeometry),
    }
    for layer in (barriers, crossings, cores, *(layer for layer, _role, _kind in realm_layers.values())):
        if layer is not None:  # context layers may be geographic (they are reprojected), not without a CRS
            require_defined(layer)
    core_rows = read_cores(cores, crs, is_cancelled) if cores is not None else None
    bounds = expanded_bounds([c.geometry for c in corridor_inputs])
    climate_raster, climate_note = extra_inputs.read_climate(climate, crs, bounds)

    def features(layer, target_crs):
        return _feature_geometries(layer, target_crs, is_cancelled)
    context = EvaluationContext(
        cores=core_rows,
        habitat=read_raster(habitat, crs, bounds),
        landcover=read_raster(landcover, crs, bounds),
        resistance=read_raster(resistance, crs, bounds),
        dem=read_raster(dem, crs, bounds),
        barriers=read_barriers(barriers, crs, is_cancelled),
        crossings=read_points(crossings, crs, is_cancelled),
        least_cost_paths=read_paths(least_cost_paths, crs, is_cancelled),
        night_lights=read_raster(night_lights, crs, bounds),
        pinch_points=read_raster(pinch_points, crs, bounds),
        climate=climate_raster,
        climate_note=climate_note,
        crossing_priorities=extra_inputs.read_crossing_priorities(crossing_priorities, crs, features),
        sea_paths=extra_inputs.read_sea_paths(sea_paths, crs, features),
        **{key: read_geometries(layer, crs, is_cancelled, kind, role)
           for key, (layer, role, kind) in realm_layers.items()},
        crs_ok=True,
    )
    return corridor_inputs, context
