"""Connectivity indices of a core-area network: PC, EC, IIC and the importance of each core and link.

Definitions (Saura & Pascual-Hortal 2007; Saura & Rubio 2010), sums over ordered pairs i, j including i = j:
    PC  = sum a_i a_j p*_ij / A_L^2          EC = sqrt(sum a_i a_j p*_ij)
    IIC = sum a_i a_j / (1 + nl_ij) / A_L^2  (nl = links on the shortest binary path; unreachable pairs add 0)
    dPC_k = 100 (PC - PC without core k) / PC = dPC_intra + dPC_flux + dPC_connector, with
        intra = 100 a_k^2 / num,  flux = 100 * 2 a_k sum_{j != k} a_j p*_kj / num,  connector = the rest
        (what other pairs lose when their best path through k is gone).
    dPC_link = 100 (PC - PC without the link) / PC.
p_ij = exp(-k d_ij), with k chosen so that p = PROBABILITY at the dispersal distance.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.network import paths
from ccsg_plugin.core.text import tr

TIE = 1e-12  # relative tolerance when a direct link ties with the best path between its ends
NO_PATH = 10000  # "no path" in the int16 hop matrices: a sum of two stays below 32767


@dataclass
class NetworkIndices:
    pc: float
    ec: float
    iic: float
    landscape_area: float
    components: int
    pstar: np.ndarray
    dpc: np.ndarray
    dpc_intra: np.ndarray
    dpc_flux: np.ndarray
    dpc_connector: np.ndarray
    diic: np.ndarray
    component: np.ndarray
    link_p: np.ndarray = field(default_factory=lambda: np.zeros(0))
    link_dpc: np.ndarray = field(default_factory=lambda: np.zeros(0))


def check_dispersal(dispersal_distance: float, probability: float) -> None:
    if not (math.isfinite(dispersal_distance) and dispersal_distance > 0):
        raise CcsgError(tr("The dispersal distance must be greater than 0 (it is {0}); give the distance at which "
                           "the probability of dispersal is the chosen probability.", dispersal_distance))
    if not (0.0 < probability < 1.0):
        raise CcsgError(tr("The probability at the dispersal distance must be between 0 and 1, both excluded "
                           "(it is {0}); 0.5 means half of the dispersers reach that distance.", probability))


def link_probability(distance, dispersal_distance: float, probability: float) -> np.ndarray:
    """p = exp(-k d) with exp(-k D) = probability; an infinite distance (no link) gives 0."""
    check_dispersal(dispersal_distance, probability)
    k = -math.log(probability) / dispersal_distance
    d = np.asarray(distance, dtype=float)
    with np.errstate(over="ignore", invalid="ignore"):
        return np.where(np.isfinite(d), np.exp(-k * np.maximum(d, 0.0)), 0.0)


def _check_attributes(a: np.ndarray) -> None:
    if a.size < 2:
        raise CcsgError(tr("A network needs at least two core areas; there is {0}.", a.size))
    if not np.all(np.isfinite(a)) or np.any(a < 0):
        raise CcsgError(tr("Core attributes must be finite and not negative; {0} are not.",
                           int(np.sum(~np.isfinite(a) | (a < 0)))))
    if a.sum() <= 0:
        raise CcsgError(tr("Every core has an attribute of 0, so there is nothing to connect; choose another "
                           "attribute field or leave it empty to use the area."))


def network_indices(attributes, distances: np.ndarray, links: list, dispersal_distance: float, probability: float,
                    threshold: float, landscape_area: float | None = None, progress=None,
                    is_cancelled=None) -> NetworkIndices:
    """Every index of the network.

    attributes: a_i (area in ha, or quality x area); distances: n x n direct distances (inf where two cores have no
    direct link); links: the (i, j) pairs reported as links (dPC_link); those with a distance <= threshold form the
    binary graph of IIC and of the components. landscape_area: A_L (default: the sum of the attributes)."""
    a = np.asarray(attributes, dtype=float)
    _check_attributes(a)
    if not (math.isfinite(threshold) and threshold >= 0):
        raise CcsgError(tr("The distance threshold must be 0 or more (it is {0}).", threshold))
    n = a.size
    d = np.array(distances, dtype=float)
    d = np.minimum(d, d.T)
    np.fill_diagonal(d, 0.0)
    p = link_probability(d, dispersal_distance, probability)
    np.fill_diagonal(p, 1.0)
    area_l = float(landscape_area) if landscape_area else float(a.sum())

    pstar = paths.max_product(p)
    prog.report(progress, 0.05)
    num = _quad(pstar, a)

    num_without = _without_each_node(p, p > 0, paths.PRODUCT, a, lambda m: m, is_cancelled, closed=pstar)
    prog.report(progress, 0.4)
    intra = 100.0 * a * a / num
    off = pstar.copy()
    np.fill_diagonal(off, 0.0)
    flux = 100.0 * 2.0 * a * np.einsum("ij,j->i", off, a) / num
    dpc = 100.0 * (num - num_without) / num
    connector = dpc - intra - flux
    connector[np.abs(connector) < 1e-9 * np.maximum(dpc, 1.0)] = 0.0  # rounding, not connection

    adjacent = np.zeros((n, n), dtype=bool)
    for i, j in links:
        if d[i, j] <= threshold:
            adjacent[i, j] = adjacent[j, i] = True
    hops = paths.hop_distances(adjacent)
    iic_num = _quad(1.0 / (1.0 + hops), a)
    # hop counts as small integers (int16, "no path" = NO_PATH): half the memory traffic of float32 and a direct
    # table look-up for 1 / (1 + nl), exact in float64
    hop_type = np.int16 if n < NO_PATH else np.int32
    no_path = NO_PATH if n < NO_PATH else 2 ** 30
    hop_direct = np.where(adjacent, 1, no_path).astype(hop_type)
    np.fill_diagonal(hop_direct, 0)
    table = np.zeros(2 * no_path + 1) if hop_type is np.int16 else None
    if table is not None:
        table[:n] = 1.0 / (1.0 + np.arange(n))

        def inverse(m):
            return table[m]
    else:
        def inverse(m):
            return np.where(m < no_path, 1.0 / (1.0 + np.minimum(m, no_path)), 0.0)

    iic_without = _without_each_node(hop_direct, adjacent, paths.HOPS, a, inverse, is_cancelled)
    diic = 100.0 * (iic_num - iic_without) / iic_num
    prog.report(progress, 0.7)

    link_p = np.array([p[i, j] for i, j in links], dtype=float)
    link_dpc = np.zeros(len(links))
    # A link beaten by a chain of other links carries no best path: removing it changes nothing (dPC_link = 0).
    tight = [e for e, (i, j) in enumerate(links) if p[i, j] > 0 and p[i, j] >= pstar[i, j] * (1 - TIE)]
    if tight:
        values = paths.without_each_edge(p, paths.PRODUCT, [links[e] for e in tight], lambda m: _quad(m, a),
                                         is_cancelled)
        link_dpc[tight] = 100.0 * (num - values) / num
    link_dpc[np.abs(link_dpc) < 1e-9] = 0.0
    prog.report(progress, 1.0)
    labels = paths.components(adjacent)
    return NetworkIndices(
        pc=num / area_l ** 2, ec=math.sqrt(num), iic=iic_num / area_l ** 2, landscape_area=area_l,
        components=int(labels.max()), pstar=pstar, dpc=dpc, dpc_intra=intra, dpc_flux=flux, dpc_connector=connector,
        diic=diic, component=labels, link_p=link_p, link_dpc=link_dpc)


def _quad(m: np.ndarray, w: np.ndarray) -> float:
    """w' m w. einsum, not BLAS: a threaded BLAS matrix-vector product was 20 times slower on a busy machine, and
    its threads spin on after each call (a quarter of the CPU time of a 300-core network went to that)."""
    return float(np.einsum("ij,j->i", m, w) @ w)


def _without_each_node(direct: np.ndarray, adjacent: np.ndarray, ring: paths.Semiring, a: np.ndarray, value,
                       is_cancelled=None, closed: np.ndarray | None = None) -> np.ndarray:
    """sum_ij a_i a_j value(best_ij) over the network without each node in turn.

    Removing a node changes only pairs in its own component: each component is solved alone, which keeps the
    divide and conquer on small matrices when the network falls apart in pieces. `closed`, when given, is the
    closure of `direct` already computed (p*): no path joins two components, so its blocks are theirs."""
    labels = paths.components(adjacent)
    total = 0.0
    parts = []
    for label in range(1, labels.max() + 1):
        members = np.flatnonzero(labels == label)
        sub = direct[np.ix_(members, members)]
        w = a[members]
        block = paths.closure(sub, ring) if closed is None else closed[np.ix_(members, members)]
        part = _quad(np.asarray(value(block), dtype=float), w)
        total += part
        parts.append((members, sub, w, part))
    out = np.empty(a.size)
    for members, sub, w, part in parts:
        if members.size == 1:
            out[members] = total - part
            continue

        def leaf(m: np.ndarray, k: int, w=w) -> float:
            wk = w.copy()
            wk[k] = 0.0
            return _quad(np.asarray(value(m), dtype=float), wk)

        out[members] = total - part + paths.without_each_node(sub, ring, leaf, is_cancelled)
    return out
