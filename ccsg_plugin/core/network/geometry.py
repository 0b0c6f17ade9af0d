"""Geometry of the core network (shapely): edge-to-edge distances, link lines, and the areas ProtConn needs."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from shapely.geometry import LineString
from shapely.ops import nearest_points, unary_union

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.network import protconn as pcn
from ccsg_plugin.core.text import tr

HECTARE = 10000.0


def edge_distances(geoms: list, progress=None, is_cancelled=None) -> np.ndarray:
    """Shortest distance between the outlines of every pair of cores (0 when they touch or overlap)."""
    n = len(geoms)
    d = np.zeros((n, n))
    for i in range(n):
        prog.check_cancelled(is_cancelled)
        for j in range(i + 1, n):
            d[i, j] = d[j, i] = geoms[i].distance(geoms[j])
        prog.report(progress, (i + 1) / n)
    return d


def touching(geoms: list) -> np.ndarray:
    """Pairs of cores that touch or overlap."""
    n = len(geoms)
    out = np.zeros((n, n), dtype=bool)
    bounds = [g.bounds for g in geoms]
    for i in range(n):
        for j in range(i + 1, n):
            a, b = bounds[i], bounds[j]
            if a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3] and geoms[i].intersects(geoms[j]):
                out[i, j] = out[j, i] = True
    return out


def connecting_line(a, b):
    """The shortest segment between two cores, or None when they touch (a line of no length is not valid)."""
    p, q = nearest_points(a, b)
    if p.equals(q):
        return None
    return LineString([p, q])


@dataclass
class RegionAreas:
    region_ha: float
    core_in_ha: np.ndarray
    unit: np.ndarray
    unit_in_ha: np.ndarray
    unit_outside: np.ndarray
    outside_cores: list  # indices of cores with no area inside the region


def region_areas(geoms: list, region, touch: np.ndarray) -> RegionAreas:
    """Areas inside the region, per core and per protected unit (touching cores dissolved; overlaps counted once)."""
    region_ha = region.area / HECTARE
    if region_ha <= 0:
        raise CcsgError(tr("The region has no area; choose the polygon of the country or landscape."))
    core_in = np.array([g.intersection(region).area / HECTARE for g in geoms])
    if core_in.sum() <= 0:
        raise CcsgError(tr("No core area lies inside the region: the cores and the region do not overlap. Check that "
                           "they are the same place (a region in another CRS is reprojected to the cores' CRS)."))
    unit = pcn.units_of(touch)
    n_units = int(unit.max()) + 1
    unit_in = np.zeros(n_units)
    for u in range(n_units):
        members = [geoms[i] for i in np.flatnonzero(unit == u)]
        unit_in[u] = unary_union(members).intersection(region).area / HECTARE
    return RegionAreas(region_ha=region_ha, core_in_ha=core_in, unit=unit, unit_in_ha=unit_in,
                       unit_outside=unit_in <= 0, outside_cores=[int(i) for i in np.flatnonzero(core_in <= 0)])


def unit_probability(p: np.ndarray, unit: np.ndarray) -> np.ndarray:
    """Direct probability between units: the best direct link between any of their cores."""
    n_units = int(unit.max()) + 1
    out = np.zeros((n_units, n_units))
    rows, cols = np.meshgrid(unit, unit, indexing="ij")
    np.maximum.at(out, (rows, cols), p)
    np.fill_diagonal(out, 1.0)
    return out
