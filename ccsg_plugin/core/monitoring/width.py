"""The narrowest habitat passage of a corridor: the widest disc that can travel from one core to the other through
habitat inside the corridor, measured exactly in map units on the raster's cells.

How: the free space is the corridor polygon minus its non-habitat cells (cell squares). A disc of diameter w passes
from core A to core B unless the obstacles around the free space form a chain from one side of the corridor to the
other with every hop shorter than w. The obstacles are the two banks (the corridor's outline between its contacts
with the cores), any other piece of outline (holes, stretches between two contacts with the same core) and the
non-habitat cell groups inside the corridor. So the narrowest passage is the minimax hop between the two banks over
those obstacles (the same minimax search as the largest habitat gap, on the obstacles instead of the patches), with
hops measured edge to edge between cell squares and outline: a habitat strip k cells wide between non-habitat
cells is exactly k x cell size wide. A passage that does not exist (the obstacles touch across) is 0 m wide.

The banks are found by cutting the outline at the cores grown by the snap distance; a corridor whose outline does not
give exactly two pieces running from one core to the other (stepping stones, a corridor that does not reach both
cores) has no passage width (None).
"""

from __future__ import annotations

from typing import Optional

import numpy as np
from shapely.geometry import LineString, Point
from shapely.geometry.base import BaseGeometry
from shapely.ops import linemerge, unary_union

from ccsg_plugin.core.criteria.habitat import _bottleneck, _gap_location
from ccsg_plugin.core.criteria.raster import RasterArray, Window
from ccsg_plugin.core.monitoring.patches import cell_groups

_TOUCH = 1e-6  # relative: an outline end this close to a grown core lies on it


def _lines(geom: BaseGeometry) -> list[LineString]:
    if geom.is_empty:
        return []
    if geom.geom_type == "LineString":
        return [geom]
    if geom.geom_type == "MultiLineString":
        merged = linemerge(geom)
        return list(getattr(merged, "geoms", [merged]))
    return [g for part in getattr(geom, "geoms", []) for g in _lines(part)]


def banks(corridor: BaseGeometry, core_a: BaseGeometry, core_b: BaseGeometry,
          snap: float) -> Optional[tuple[BaseGeometry, BaseGeometry, list]]:
    """(bank 1, bank 2, other outline pieces) or None when the outline does not split into two banks."""
    if corridor.geom_type == "MultiPolygon" and len(corridor.geoms) == 1:
        corridor = corridor.geoms[0]  # the corridor store keeps every corridor as a MultiPolygon
    if corridor.geom_type != "Polygon":
        return None
    grown_a, grown_b = core_a.buffer(snap), core_b.buffer(snap)
    free = corridor.exterior.difference(unary_union([grown_a, grown_b]))
    scale = max(1.0, max(abs(v) for v in corridor.bounds))
    tol = _TOUCH * scale + 1e-9

    def end_at(point) -> str:
        if point.distance(grown_a) <= tol:
            return "a"
        if point.distance(grown_b) <= tol:
            return "b"
        return ""

    sides: list[BaseGeometry] = []
    others: list[BaseGeometry] = []
    for piece in _lines(free):
        coords = list(piece.coords)
        ends = {end_at(Point(coords[0])), end_at(Point(coords[-1]))}
        (sides if ends == {"a", "b"} else others).append(piece)
    if len(sides) != 2:
        return None
    others += [LineString(ring.coords) for ring in corridor.interiors]
    return sides[0], sides[1], others


def narrowest_passage(raster: RasterArray, window: Window, habitat: np.ndarray, corridor: BaseGeometry,
                      core_a: BaseGeometry, core_b: BaseGeometry, snap: float):
    """(width in map units, location of the narrowest point) or (None, None) when the corridor has no two banks.
    habitat: bool over the window (True = habitat); cells outside the corridor are ignored."""
    sides = banks(corridor, core_a, core_b, snap)
    if sides is None:
        return None, None
    bank_1, bank_2, others = sides
    cells = cell_groups(raster, window, window.mask & ~habitat)
    nodes = [bank_1, bank_2, *others, *cells]
    width, edge = _bottleneck(nodes, 0, 1)
    return float(width), _gap_location(nodes, edge)
