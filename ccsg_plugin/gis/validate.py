"""Input checks for the algorithms: each problem raises CcsgError naming the layer and what to do about it.

The CRS gate is gis.crs.require_projected (shared with the corridor check and the store)."""

from __future__ import annotations

from collections import Counter

import numpy as np
from qgis.core import QgsVectorLayer, QgsWkbTypes

from ccsg_plugin.core.doctor.core_shape_checks import overlapping_pairs
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis.raster_io import RasterData
from ccsg_plugin.gis.rasterize import plain_id
from ccsg_plugin.i18n import tr


def check_vector_not_empty(layer: QgsVectorLayer) -> None:
    if layer.featureCount() == 0 or not any(True for _ in layer.getFeatures()):
        raise CcsgError(tr("The layer '{0}' has no features; choose a layer that holds them.", layer.name()))


def check_core_ids(layer: QgsVectorLayer, id_field: str) -> None:
    """The id field exists, every feature has an id, and no two features share one."""
    if layer.fields().indexOf(id_field) < 0:
        raise CcsgError(tr("The layer '{0}' has no field '{1}'; choose its core id field.", layer.name(), id_field))
    values = [f[id_field] for f in layer.getFeatures()]
    if any(v is None or (hasattr(v, "isNull") and v.isNull()) for v in values):
        raise CcsgError(
            tr("Some features of '{0}' have no value in the core id field '{1}'; give every core an id.",
               layer.name(), id_field)
        )
    duplicates = sorted((str(v) for v, n in Counter(values).items() if n > 1))
    if duplicates:
        raise CcsgError(
            tr("The core id field '{0}' of '{1}' repeats the ids {2}; give every core its own id "
               "(or dissolve the features of one core first).", id_field, layer.name(), ", ".join(duplicates))
        )


def _id_list(values: list) -> str:
    shown = ", ".join(str(v) for v in values[:10])
    return shown + (tr(" and {0} more", len(values) - 10) if len(values) > 10 else "")


def check_core_geometries(layer: QgsVectorLayer, id_field: str) -> None:
    """Cores are polygons (the parameter says so: a point or line has no area to start a corridor from), and every
    feature has one; features without a geometry are named instead of being dropped silently."""
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        raise CcsgError(
            tr("The core areas layer '{0}' holds {1} features; core areas must be polygons. Buffer points or lines "
               "into polygons first (Vector > Geoprocessing Tools > Buffer), or choose the polygon layer of core "
               "areas.", layer.name(), QgsWkbTypes.geometryDisplayString(layer.geometryType()).lower())
        )
    empty = []
    for feature in layer.getFeatures():
        geom = feature.geometry()
        if geom is None or geom.isNull() or geom.isEmpty():
            empty.append(plain_id(feature[id_field]) if layer.fields().indexOf(id_field) >= 0 else feature.id())
    if empty:
        raise CcsgError(
            tr("The cores {0} of '{1}' have no geometry (in the field '{2}'); draw their outline or delete those "
               "features.", _id_list(empty), layer.name(), id_field)
        )


def check_two_cores(layer: QgsVectorLayer, masks: dict) -> None:
    if len(masks) < 2:
        raise CcsgError(
            tr("The layer '{0}' holds {1} core; corridors link pairs of cores, so at least two cores are needed. "
               "Add core areas, or choose the layer that holds all of them.", layer.name(), len(masks))
        )


def overlapping_cores(geoms: dict) -> list:
    """(a, b) pairs of cores whose polygons overlap or touch: they are connected at zero cost."""
    return overlapping_pairs(list(geoms.items()))


def check_resistance(raster: RasterData) -> None:
    """A resistance band must hold passable cells and no zero or negative values (NoData marks impassable)."""
    values = raster.array
    finite = np.isfinite(values)
    if not finite.any():
        raise CcsgError(
            tr("The raster '{0}' holds only NoData cells; choose the right band or file.", raster.name)
        )
    infinite = raster.infinite
    if infinite:
        raise CcsgError(
            tr("The resistance raster '{0}' has {1} cells with an infinite resistance (+inf or -inf); resistance "
               "must be a positive finite number: set those cells to NoData where movement is impossible, or to a "
               "large finite value (Raster Calculator).", raster.name, infinite)
        )
    bad = finite & (values <= 0)
    if bad.any():
        raise CcsgError(
            tr("The resistance raster '{0}' has {1} cells with zero or negative resistance (lowest {2}); "
               "resistance must be positive: set them to a positive value, or to NoData where movement is "
               "impossible (Raster Calculator or Reclassify).", raster.name, int(bad.sum()), float(values[bad].min()))
        )


def check_cores_on_grid(layer: QgsVectorLayer, masks: dict, raster: RasterData) -> None:
    """Every core covers cells of the raster and at least one of them is not NoData."""
    if not masks:
        raise CcsgError(tr("The layer '{0}' has no features with a geometry.", layer.name()))
    passable = np.isfinite(raster.array) & (raster.array > 0)
    outside = [str(cid) for cid, m in masks.items() if not m.any()]
    if outside:
        raise CcsgError(
            tr("The cores {0} of '{1}' lie outside the raster '{2}'; clip or remove them, or use a raster that "
               "covers them.", ", ".join(outside), layer.name(), raster.name)
        )
    on_nodata = [str(cid) for cid, m in masks.items() if not (m & passable).any()]
    if on_nodata:
        raise CcsgError(
            tr("The cores {0} of '{1}' lie entirely on NoData cells of '{2}'; give those cells a resistance or "
               "remove the cores.", ", ".join(on_nodata), layer.name(), raster.name)
        )


def check_sources_on_grid(layer: QgsVectorLayer, mask: np.ndarray, raster: RasterData) -> None:
    if not mask.any():
        raise CcsgError(
            tr("No feature of '{0}' lies on the raster '{1}'; use features inside the raster's extent.",
               layer.name(), raster.name)
        )
    if not (mask & np.isfinite(raster.array)).any():
        raise CcsgError(
            tr("The features of '{0}' lie only on NoData cells of '{1}'; move them onto cells with a resistance.",
               layer.name(), raster.name)
        )


