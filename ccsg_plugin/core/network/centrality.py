"""Current-flow centrality of cores and links: Circuitscape's network (graph) mode on the core graph, as Linkage
Mapper's Centrality Mapper runs it.

Every link is a resistor whose resistance is its distance (the least-cost distance of a corridors run); every pair
of cores in the same component carries 1 A from one to the other. A link's centrality is the sum over all pairs of
the current through it; a core's centrality is the sum over all pairs of the current through the core, which for a
pair that the core ends is the 1 A it sends or receives (Circuitscape and Linkage Mapper count it the same way).

Rather than one solve per pair, each component's Laplacian is inverted once with one node grounded (a dense solve,
O(c^3)): the potentials of pair (s, t) are then G[:, s] - G[:, t], a link's current for that pair is
(x_s - x_t) / R with x = G[u, :] - G[v, :], and the sum of |x_s - x_t| over all pairs comes from sorting x.
"""

from __future__ import annotations

import numpy as np

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.network import paths
from ccsg_plugin.core.text import tr

ZERO_RESISTANCE = 1e-6  # a link of length 0 (touching cores) gets this fraction of the median link resistance


def _sum_abs_pair_differences(x: np.ndarray) -> np.ndarray:
    """For each row of x: sum over s < t of |x_s - x_t| (sorted: sum_k x_(k) (2k - c + 1))."""
    c = x.shape[1]
    xs = np.sort(x, axis=1)
    return xs @ (2.0 * np.arange(c) - c + 1.0)


def current_flow(n: int, links: list, resistances) -> tuple[np.ndarray, np.ndarray]:
    """(node currents, link currents) summed over every connected pair of the n cores.

    links: (i, j) pairs; resistances: one positive value per link (0 is raised to a small fraction of the median
    resistance, so that touching cores conduct almost freely)."""
    r = np.asarray(resistances, dtype=float)
    if r.size and (not np.all(np.isfinite(r)) or np.any(r < 0)):
        raise CcsgError(tr("Link resistances must be finite and not negative for the current-flow centrality."))
    positive = r[r > 0]
    floor = ZERO_RESISTANCE * (float(np.median(positive)) if positive.size else 1.0)
    r = np.maximum(r, floor)
    node_current = np.zeros(n)
    link_current = np.zeros(len(links))
    adjacent = np.zeros((n, n), dtype=bool)
    for i, j in links:
        adjacent[i, j] = adjacent[j, i] = True
    labels = paths.components(adjacent)
    ends = np.array(links, dtype=int).reshape(-1, 2)
    for label in range(1, labels.max() + 1):
        members = np.flatnonzero(labels == label)
        c = members.size
        if c < 2:
            continue
        local = -np.ones(n, dtype=int)
        local[members] = np.arange(c)
        mine = np.flatnonzero(labels[ends[:, 0]] == label) if len(links) else np.zeros(0, dtype=int)
        u, v = local[ends[mine, 0]], local[ends[mine, 1]]
        g = 1.0 / r[mine]
        lap = np.zeros((c, c))
        np.add.at(lap, (u, v), -g)
        np.add.at(lap, (v, u), -g)
        np.add.at(lap, (u, u), g)
        np.add.at(lap, (v, v), g)
        # ground node 0: its potential is 0, the others solve the reduced system for a unit injection each
        inv = np.zeros((c, c))
        inv[1:, 1:] = np.linalg.solve(lap[1:, 1:], np.eye(c - 1))
        x = inv[u, :] - inv[v, :]
        link_current[mine] = _sum_abs_pair_differences(x) * g
        # current through a node = half of what its links carry, plus half of the 1 A of each pair it ends
        through = np.zeros(c)
        np.add.at(through, u, link_current[mine])
        np.add.at(through, v, link_current[mine])
        node_current[members] = 0.5 * through + 0.5 * (c - 1)
    return node_current, link_current
