"""River topology from plain coordinates: end points snapped into nodes, lines cut at barriers, sections (stretches
between barriers) as connected components, and network parts (separate river systems).

Everything is index arrays; no Python loop runs over lines or pairs.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ccsg_plugin.core.rivers.spatial import components, nearest_segments, snap_clusters


@dataclass
class Lines:
    """Polylines flattened: vertices `xy` (V, 2); line k owns vertices start[k]:start[k+1]."""

    xy: np.ndarray
    start: np.ndarray  # (n + 1,) vertex offsets

    @classmethod
    def from_list(cls, lines) -> Lines:
        arrays = [np.asarray(c, dtype=float).reshape(-1, 2) for c in lines]
        counts = np.array([len(a) for a in arrays], dtype=np.int64)
        xy = np.concatenate(arrays) if arrays else np.zeros((0, 2))
        return cls(xy, np.concatenate([[0], np.cumsum(counts)]))

    @property
    def count(self) -> int:
        return len(self.start) - 1

    def segments(self):
        """(a, b, line of each segment, along-line distance at a) for every segment."""
        n_vert = len(self.xy)
        is_last = np.zeros(n_vert, dtype=bool)
        is_last[self.start[1:] - 1] = True
        first = np.flatnonzero(~is_last)
        a, b = self.xy[first], self.xy[first + 1]
        seg_len = np.hypot(*(b - a).T)
        line = np.searchsorted(self.start, first, "right") - 1
        csum = np.cumsum(seg_len)
        line_first_seg = np.searchsorted(line, np.arange(self.count), "left")
        base = np.concatenate([[0.0], csum])[line_first_seg]
        along = np.concatenate([[0.0], csum[:-1]]) - base[line]
        return a, b, line, along, seg_len

    def lengths(self) -> np.ndarray:
        seg_len = np.hypot(*np.diff(self.xy, axis=0).T)
        csum = np.concatenate([[0.0], np.cumsum(seg_len)])
        return csum[self.start[1:] - 1] - csum[self.start[:-1]]

    def cut(self, k: int, a0: float, a1: float) -> np.ndarray:
        """Vertices of line k between along-line distances a0 and a1."""
        xy = self.xy[self.start[k]:self.start[k + 1]]
        d = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(xy, axis=0).T))])
        inner = (d > a0) & (d < a1)
        ends = np.column_stack([np.interp([a0, a1], d, xy[:, 0]), np.interp([a0, a1], d, xy[:, 1])])
        return np.vstack([ends[:1], xy[inner], ends[1:]])


@dataclass
class Network:
    lines: Lines
    piece_line: np.ndarray  # per piece (a line, or part of a line between barriers)
    piece_a0: np.ndarray
    piece_a1: np.ndarray
    piece_section: np.ndarray
    section_length: np.ndarray
    section_weighted: np.ndarray
    section_part: np.ndarray
    edge_barrier: np.ndarray  # per used barrier: barrier index, the sections on each side
    edge_u: np.ndarray
    edge_v: np.ndarray
    barrier_distance: np.ndarray  # per input barrier: distance to the rivers (inf: none near)
    barrier_used: np.ndarray
    node_of_start: np.ndarray  # per line: end-point node ids
    node_of_end: np.ndarray

    @property
    def n_sections(self) -> int:
        return len(self.section_length)

    @property
    def n_parts(self) -> int:
        return int(self.section_part.max()) + 1 if len(self.section_part) else 0

    def locate(self, points: np.ndarray, tolerance: float):
        """Section and distance of each point on the rivers (section -1 when farther than the tolerance)."""
        a, b, line, along, seg_len = self.lines.segments()
        seg, dist, t = nearest_segments(points, a, b, tolerance)
        ok = seg >= 0
        section = np.full(len(dist), -1, dtype=np.int64)
        if ok.any():  # few points (outlets): a short loop; pieces are sorted by line, then along it
            for i in np.flatnonzero(ok):
                line_k = line[seg[i]]
                x = along[seg[i]] + t[i] * seg_len[seg[i]]
                first, last = np.searchsorted(self.piece_line, [line_k, line_k + 1])
                j = first + max(0, int(np.searchsorted(self.piece_a0[first:last], x, "right")) - 1)
                section[i] = self.piece_section[j]
        return section, dist


def build(lines: Lines, tolerance: float, barrier_xy: np.ndarray, weights: np.ndarray | None = None) -> Network:
    n = lines.count
    line_len = lines.lengths()
    weights = np.ones(n) if weights is None else np.asarray(weights, dtype=float)
    ends = np.vstack([lines.xy[lines.start[:-1]], lines.xy[lines.start[1:] - 1]])
    node = snap_clusters(ends, tolerance)
    n_nodes = int(node.max()) + 1 if n else 0
    node_start, node_end = node[:n], node[n:]

    barrier_xy = np.asarray(barrier_xy, dtype=float).reshape(-1, 2)
    a, b, seg_line, seg_along, seg_len = lines.segments()
    seg, dist, t = nearest_segments(barrier_xy, a, b, tolerance)
    used = seg >= 0
    hit = np.flatnonzero(used)
    hit_line = seg_line[seg[hit]]
    hit_along = np.minimum(seg_along[seg[hit]] + t[hit] * seg_len[seg[hit]], line_len[hit_line])

    # Break points of every line: its start, its barriers in order along it, its end. Consecutive break points of
    # one line bound a piece. A barrier is a node of its own, so coincident barriers leave a zero-length section
    # between them (passability multiplies) and a barrier at a confluence blocks only the line it was snapped to.
    k = len(hit)
    bp_line = np.concatenate([np.arange(n), hit_line, np.arange(n)])
    bp_along = np.concatenate([np.zeros(n), hit_along, line_len])
    bp_kind = np.concatenate([np.zeros(n), np.ones(k), np.full(n, 2.0)])
    bp_node = np.concatenate([node_start, n_nodes + np.arange(k), node_end])
    bp_barrier = np.concatenate([np.full(n, -1), hit, np.full(n, -1)])
    order = np.lexsort((bp_barrier, bp_kind, bp_along, bp_line))
    bp_line, bp_along, bp_node, bp_barrier = bp_line[order], bp_along[order], bp_node[order], bp_barrier[order]
    pair = np.flatnonzero(bp_line[:-1] == bp_line[1:])  # piece j runs from break point pair[j] to pair[j] + 1
    piece_line = bp_line[pair]
    piece_a0, piece_a1 = bp_along[pair], bp_along[pair + 1]
    p_from, p_to = bp_node[pair], bp_node[pair + 1]
    n_pieces = len(pair)

    # Sections: pieces joined through shared ordinary (non-barrier) nodes.
    pa_list, pb_list = [], []
    for end in (p_from, p_to):
        ordinary = end < n_nodes
        pa_list.append(np.flatnonzero(ordinary))
        pb_list.append(n_pieces + end[ordinary])
    labels = components(n_pieces + n_nodes, np.concatenate(pa_list), np.concatenate(pb_list))
    _, piece_section = np.unique(labels[:n_pieces], return_inverse=True)
    piece_section = piece_section.ravel()
    n_sections = int(piece_section.max()) + 1 if n_pieces else 0
    piece_len = piece_a1 - piece_a0
    section_length = np.bincount(piece_section, piece_len, n_sections)
    section_weighted = np.bincount(piece_section, piece_len * weights[piece_line], n_sections)

    # Each barrier joins the section of the piece that ends at it with that of the piece that starts at it.
    piece_of_bp = np.full(len(bp_line), -1, dtype=np.int64)
    piece_of_bp[pair] = np.arange(n_pieces)
    at = np.flatnonzero(bp_barrier >= 0)
    edge_barrier = bp_barrier[at]
    edge_u = piece_section[piece_of_bp[at - 1]]
    edge_v = piece_section[piece_of_bp[at]]
    section_part = components(n_sections, edge_u, edge_v)
    return Network(lines, piece_line, piece_a0, piece_a1, piece_section, section_length, section_weighted,
                   section_part, edge_barrier, edge_u, edge_v, dist, used, node_start, node_end)


def downstream_outlets(net: Network) -> dict:
    """Per part: the sections holding an end node with no outgoing line, when the lines are digitised downstream.

    {part: [section, ...]}; a part whose list has not exactly one entry has no outlet by this rule."""
    n = net.lines.count
    n_nodes = int(max(net.node_of_start.max(initial=-1), net.node_of_end.max(initial=-1))) + 1
    outgoing = np.bincount(net.node_of_start, minlength=n_nodes)
    sinks = np.flatnonzero((outgoing == 0) & (np.bincount(net.node_of_end, minlength=n_nodes) > 0))
    # The section at a sink: that of the last piece of a line ending there.
    last_piece = np.zeros(n, dtype=np.int64)
    last_piece[net.piece_line] = np.arange(len(net.piece_line))  # pieces are sorted along each line
    line_at_sink: dict[int, int] = {}
    for line in np.flatnonzero(np.isin(net.node_of_end, sinks)):
        line_at_sink.setdefault(int(net.node_of_end[line]), int(line))
    found: dict = {p: [] for p in range(net.n_parts)}
    for node in sinks:
        section = int(net.piece_section[last_piece[line_at_sink[int(node)]]])
        found[int(net.section_part[section])].append(section)
    return found
