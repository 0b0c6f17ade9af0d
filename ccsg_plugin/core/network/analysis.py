"""One network analysis from core geometries: distances, indices, centrality and ProtConn together.

The link set: with Euclidean distances, every pair of cores whose edge-to-edge distance is at most the threshold
(PC itself counts every pair, linked or not, since a dispersal probability never reaches 0); with least-cost
distances, the pairs of the corridors run's paths layer, which are also the only direct links PC knows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.network import centrality, geometry, indices
from ccsg_plugin.core.network import protconn as pcn
from ccsg_plugin.core.text import tr


@dataclass
class NetworkResult:
    indices: indices.NetworkIndices
    links: list
    link_distance: np.ndarray
    link_lines: list  # shapely lines (Euclidean mode; None for touching cores), or [] with least-cost distances
    node_current: np.ndarray
    link_current: np.ndarray
    protconn: pcn.ProtConnResult | None = None
    region: geometry.RegionAreas | None = None


def analyse(geoms: list, attributes, dispersal_distance: float, probability: float, threshold: float,
            pair_distances: dict | None = None, region=None, progress=None, is_cancelled=None) -> NetworkResult:
    """geoms: shapely polygons of the cores (one CRS, metres); attributes: a_i; pair_distances: {(i, j): LCD} with
    i < j for least-cost distances, None for Euclidean edge-to-edge; region: a shapely polygon or None."""
    n = len(geoms)
    if n < 2:
        raise CcsgError(tr("A network needs at least two core areas; there is {0}.", n))
    indices.check_dispersal(dispersal_distance, probability)
    if not (np.isfinite(threshold) and threshold >= 0):
        raise CcsgError(tr("The distance threshold must be 0 or more (it is {0}).", threshold))
    lines: list = []
    if pair_distances is None:
        dist = geometry.edge_distances(geoms, prog.scaled(progress, 0.0, 0.3), is_cancelled)
        links = [(i, j) for i in range(n) for j in range(i + 1, n) if dist[i, j] <= threshold]
        lines = [geometry.connecting_line(geoms[i], geoms[j]) for i, j in links]
        touch = dist <= 0
    else:
        dist = np.full((n, n), np.inf)
        np.fill_diagonal(dist, 0.0)
        for (i, j), value in pair_distances.items():
            if value < 0 or not np.isfinite(value):
                continue
            dist[i, j] = dist[j, i] = min(dist[i, j], value)
        links = sorted({(min(i, j), max(i, j)) for (i, j) in pair_distances if np.isfinite(dist[i, j])})
        touch = geometry.touching(geoms) if region is not None else np.zeros((0, 0), dtype=bool)
    prog.check_cancelled(is_cancelled)
    region_areas = geometry.region_areas(geoms, region, touch) if region is not None else None
    result = indices.network_indices(
        attributes, dist, links, dispersal_distance, probability, threshold,
        landscape_area=region_areas.region_ha if region_areas else None, progress=prog.scaled(progress, 0.3, 0.9),
        is_cancelled=is_cancelled)
    link_distance = np.array([dist[i, j] for i, j in links], dtype=float)
    node_current, link_current = centrality.current_flow(n, links, link_distance)
    protconn = None
    if region_areas is not None:
        p = indices.link_probability(dist, dispersal_distance, probability)
        np.fill_diagonal(p, 1.0)
        protconn = pcn.protconn(region_areas.region_ha, region_areas.core_in_ha, region_areas.unit,
                                region_areas.unit_in_ha, geometry.unit_probability(p, region_areas.unit),
                                region_areas.unit_outside)
    prog.report(progress, 1.0)
    return NetworkResult(result, links, link_distance, lines, node_current, link_current, protconn, region_areas)
