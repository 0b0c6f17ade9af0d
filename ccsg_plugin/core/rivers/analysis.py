"""ccsg:riverconnectivity on plain data: checks, topology, DCI per network part, barrier-removal ranks."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.rivers import dci, network
from ccsg_plugin.core.text import tr


@dataclass
class RiverResult:
    net: network.Network
    c_outlet: np.ndarray  # per section
    part_dci_p: np.ndarray  # per part
    part_dci_d: np.ndarray
    part_length: np.ndarray
    part_sections: np.ndarray
    part_outlet: np.ndarray  # outlet section of each part
    passability: np.ndarray  # per input barrier (missing -> 0)
    used: np.ndarray
    distance: np.ndarray
    barrier_part: np.ndarray  # -1 when not used
    gain_p: np.ndarray  # NaN when not used
    gain_d: np.ndarray
    rank_p: np.ndarray  # 0 when not used
    rank_d: np.ndarray
    messages: list = field(default_factory=list)


def _names(ids, items) -> str:
    shown = [str(ids[i]) for i in items[:10]]
    return ", ".join(shown) + (" ..." if len(items) > 10 else "")


def check_passability(values, ids) -> np.ndarray:
    """Passabilities as floats in 0..1, a missing value counting as 0 (a barrier of unknown passability is
    assumed closed); a value outside 0..1 is refused, naming the features."""
    values = np.array([np.nan if v is None else v for v in values], dtype=float)
    bad = np.flatnonzero(~np.isnan(values) & ((values < 0) | (values > 1)))
    if len(bad):
        raise CcsgError(tr("The barriers {0} have a passability outside 0..1 (first: {1}); passability is the share "
                           "of fish that get past (0 = closed, 1 = fully open): correct those values.",
                           _names(ids, bad), float(values[bad[0]])))
    return np.nan_to_num(values, nan=0.0)


def competition_rank(gain: np.ndarray, used: np.ndarray) -> np.ndarray:
    """1 for the largest gain; equal gains (to 1e-9 DCI points) share a rank; 0 for barriers not used."""
    rank = np.zeros(len(gain), dtype=np.int64)
    idx = np.flatnonzero(used)
    if len(idx):
        g = np.round(gain[idx], 9)
        rank[idx] = 1 + len(g) - np.searchsorted(np.sort(g), g, "right")
    return rank


def river_connectivity(lines, tolerance: float, barrier_xy, passability, barrier_ids=None, weights=None,
                       line_ids=None, outlet_xy=None, progress=None, is_cancelled=None) -> RiverResult:
    lines = lines if isinstance(lines, network.Lines) else network.Lines.from_list(lines)
    n_lines = lines.count
    line_ids = list(range(n_lines)) if line_ids is None else list(line_ids)
    barrier_xy = np.asarray(barrier_xy, dtype=float).reshape(-1, 2)
    barrier_ids = list(range(len(barrier_xy))) if barrier_ids is None else list(barrier_ids)
    if n_lines == 0:
        raise CcsgError(tr("The river layer has no lines; choose a layer of river lines."))
    if not tolerance >= 0:
        raise CcsgError(tr("The snap tolerance must be 0 or more map units, not {0}.", tolerance))
    passability = check_passability(passability, barrier_ids)
    if weights is not None:
        weights = np.array([np.nan if x is None else x for x in weights], dtype=float)
        bad = np.flatnonzero(np.isnan(weights) | (weights < 0))
        if len(bad):
            raise CcsgError(tr("The river lines {0} have no habitat weight or a negative one; give every line a "
                               "weight of 0 or more, or run without a weight field.", _names(line_ids, bad)))
    prog.check_cancelled(is_cancelled)
    net = network.build(lines, float(tolerance), barrier_xy, weights)
    prog.report(progress, 0.5)
    prog.check_cancelled(is_cancelled)
    messages = []
    n_parts = net.n_parts
    outlets = np.full(n_parts, -1, dtype=np.int64)
    if outlet_xy is not None and len(np.asarray(outlet_xy).reshape(-1, 2)):
        pts = np.asarray(outlet_xy, dtype=float).reshape(-1, 2)
        section, dist = net.locate(pts, float(tolerance))
        far = np.flatnonzero(section < 0)
        if len(far):
            raise CcsgError(tr("The outlet point is {0} map units from the nearest river line, more than the snap "
                               "tolerance ({1}); move it onto the river mouth or raise the tolerance.",
                               format(dist[far[0]], ".2f"), tolerance))
        for s in section:
            part = net.section_part[s]
            if outlets[part] >= 0 and outlets[part] != s:
                raise CcsgError(tr("Two outlet points lie on the same river network; keep one outlet per network."))
            outlets[part] = s
    missing = np.flatnonzero(outlets < 0)
    if len(missing):
        found = network.downstream_outlets(net)
        for part in missing:
            if len(found[part]) == 1:
                outlets[part] = found[part][0]
            else:
                members = np.unique(net.piece_line[net.section_part[net.piece_section] == part])
                raise CcsgError(tr("No outlet found for the river network of lines {0}: {1} end points have no "
                                   "outgoing line (exactly one is needed when the lines are digitised downstream). "
                                   "Give an OUTLET point at the river mouth, or flip the lines that point "
                                   "upstream.", _names(line_ids, members), len(found[part])))
    if n_parts > 1:
        sizes = np.bincount(net.section_part[net.piece_section], net.piece_a1 - net.piece_a0, n_parts)
        messages.append(tr("The rivers form {0} separate networks (their end points are farther apart than the snap "
                           "tolerance); the DCI is computed for each network on its own, as in Cote et al. (2009): "
                           "see the summary table, one row per network. Lengths: {1}.", n_parts,
                           ", ".join(f"{x:,.0f}" for x in sizes)))

    n_barriers = len(barrier_xy)
    gain_p = np.full(n_barriers, np.nan)
    gain_d = np.full(n_barriers, np.nan)
    barrier_part = np.full(n_barriers, -1, dtype=np.int64)
    c_outlet = np.ones(net.n_sections)
    part_p = np.zeros(n_parts)
    part_d = np.zeros(n_parts)
    edge_part = net.section_part[net.edge_u] if len(net.edge_u) else np.zeros(0, dtype=np.int64)
    barrier_part[net.edge_barrier] = edge_part
    sec_order = np.argsort(net.section_part, kind="stable")
    sec_first = np.searchsorted(net.section_part[sec_order], np.arange(n_parts + 1))
    edge_order = np.argsort(edge_part, kind="stable")
    edge_first = np.searchsorted(edge_part[edge_order], np.arange(n_parts + 1))
    local = np.zeros(net.n_sections, dtype=np.int64)
    for part in range(n_parts):
        prog.check_cancelled(is_cancelled)
        secs = sec_order[sec_first[part]:sec_first[part + 1]]
        edges = edge_order[edge_first[part]:edge_first[part + 1]]
        if len(edges) == 0:  # no barrier: everything connected
            part_p[part] = part_d[part] = 100.0 if net.section_weighted[secs].sum() > 0 else np.nan
            continue
        local[secs] = np.arange(len(secs))
        res = dci.part_dci(net.section_weighted[secs], local[net.edge_u[edges]], local[net.edge_v[edges]],
                           passability[net.edge_barrier[edges]], int(local[outlets[part]]), is_cancelled)
        part_p[part], part_d[part] = res.dci_p, res.dci_d
        c_outlet[secs] = res.c_outlet
        gain_p[net.edge_barrier[edges]] = res.gain_p
        gain_d[net.edge_barrier[edges]] = res.gain_d
        prog.report(progress, 0.5 + 0.5 * (part + 1) / n_parts)
    used = net.barrier_used
    not_used = np.flatnonzero(~used)
    if len(not_used):
        messages.append(tr("{0} barrier(s) lie farther from the rivers than the snap tolerance ({1}) and are not "
                           "used: {2}. They are kept in the barrier output with used = 0.", None, len(not_used),
                           len(not_used), tolerance, _names(barrier_ids, not_used)))
    lengths = np.bincount(net.section_part, net.section_length, n_parts)
    return RiverResult(net, c_outlet, part_p, part_d, lengths, np.bincount(net.section_part, minlength=n_parts),
                       outlets, passability, used, net.barrier_distance, barrier_part, gain_p, gain_d,
                       competition_rank(gain_p, used), competition_rank(gain_d, used), messages)
