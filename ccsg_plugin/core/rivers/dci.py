"""DCI_p and DCI_d of one connected river network (Cote et al. 2009) and the gain from opening each barrier.

The network is given as its section graph: n sections with weights w (length, or length x habitat weight) and one
edge per barrier between the sections on its two sides, with the barrier's passability. c_ij is the largest product
of passabilities over the paths between i and j.

A dendritic network (a tree) is solved in O(n) by sums over subtrees; a braided one (loops) by all-pairs
maximum-product paths (Floyd-Warshall, O(n^3), fine for a few hundred sections).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ccsg_plugin.core import progress as prog


@dataclass
class PartResult:
    dci_p: float
    dci_d: float
    c_outlet: np.ndarray  # per section
    gain_p: np.ndarray  # per edge: DCI_p points gained when that barrier alone becomes fully passable
    gain_d: np.ndarray


def part_dci(w, u, v, p, outlet: int, is_cancelled=None) -> PartResult:
    w = np.asarray(w, dtype=float)
    u = np.asarray(u, dtype=np.int64)
    v = np.asarray(v, dtype=np.int64)
    p = np.asarray(p, dtype=float)
    n = len(w)
    total = w.sum()
    if total <= 0:
        nan = np.full(len(u), np.nan)
        return PartResult(np.nan, np.nan, np.full(n, np.nan), nan, nan.copy())
    w = w / total
    loop = u == v  # a barrier with the same section on both sides can be bypassed: it changes nothing
    if (~loop).sum() == n - 1:  # connected with n - 1 edges: a tree
        return _tree(w, u, v, p, loop, outlet)
    return _general(w, u, v, p, loop, outlet, is_cancelled)


def _bfs(n, u, v, outlet):
    """Parent section, parent edge and BFS order from the outlet, over a tree's edges."""
    ends = np.concatenate([u, v])
    others = np.concatenate([v, u])
    edge_ids = np.concatenate([np.arange(len(u))] * 2)
    order = np.argsort(ends, kind="stable")
    ends, others, edge_ids = ends[order], others[order], edge_ids[order]
    first = np.searchsorted(ends, np.arange(n + 1))
    parent = np.full(n, -1, dtype=np.int64)
    parent_edge = np.full(n, -1, dtype=np.int64)
    seen = np.zeros(n, dtype=bool)
    seen[outlet] = True
    levels = [np.array([outlet])]
    while True:  # one step per level of the tree, vectorised over the level
        frontier = levels[-1]
        counts = first[frontier + 1] - first[frontier]
        idx = np.repeat(first[frontier], counts) + np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts,
                                                                                        counts)
        nxt, via, src = others[idx], edge_ids[idx], np.repeat(frontier, counts)
        new = ~seen[nxt]
        nxt, via, src = nxt[new], via[new], src[new]
        if len(nxt) == 0:
            break
        seen[nxt] = True
        parent[nxt], parent_edge[nxt] = src, via
        levels.append(nxt)
    return parent, parent_edge, levels


def _tree(w, u, v, p, loop, outlet) -> PartResult:
    n = len(w)
    keep = np.flatnonzero(~loop)
    parent, parent_edge_k, levels = _bfs(n, u[keep], v[keep], outlet)
    parent_edge = np.where(parent_edge_k >= 0, keep[np.maximum(parent_edge_k, 0)], -1)
    pe = np.where(parent >= 0, p[np.maximum(parent_edge, 0)], 1.0)  # passability to the parent
    # down[x] = sum over x's subtree of w_j c_jx; up the levels from the leaves.
    down = w.copy()
    for level in reversed(levels[1:]):
        np.add.at(down, parent[level], pe[level] * down[level])
    # full[x] = sum over all j of w_j c_jx; c_outlet[x] = product of passabilities to the outlet; down the levels.
    full = down.copy()
    c_out = np.ones(n)
    for level in levels[1:]:
        par = parent[level]
        full[level] = down[level] + pe[level] * (full[par] - pe[level] * down[level])
        c_out[level] = c_out[par] * pe[level]
    gain_p = np.zeros(len(u))
    gain_d = np.zeros(len(u))
    child = np.flatnonzero(parent >= 0)
    e = parent_edge[child]
    par = parent[child]
    q = pe[child]
    # Opening edge e multiplies every c between the child's subtree and the rest by 1/q (from 0 when q = 0).
    gain_p[e] = 100 * 2 * (1 - q) * down[child] * (full[par] - q * down[child])
    gain_d[e] = 100 * (1 - q) * down[child] * c_out[par]
    return PartResult(100 * float(w @ full), 100 * float(w @ c_out), c_out, gain_p, gain_d)


def max_product_paths(n, u, v, p, is_cancelled=None) -> np.ndarray:
    """All-pairs maximum product of passabilities (c_ii = 1), by Floyd-Warshall on products."""
    c = np.zeros((n, n))
    np.maximum.at(c, (u, v), p)
    np.maximum.at(c, (v, u), p)
    np.fill_diagonal(c, 1.0)
    for k in range(n):
        if k % 64 == 0:
            prog.check_cancelled(is_cancelled)
        np.maximum(c, np.outer(c[:, k], c[k, :]), out=c)
    return c


def _general(w, u, v, p, loop, outlet, is_cancelled=None) -> PartResult:
    n = len(w)
    c = max_product_paths(n, u, v, p, is_cancelled)
    dci_p = 100 * float(w @ c @ w)
    dci_d = 100 * float(w @ c[:, outlet])
    gain_p = np.zeros(len(u))
    gain_d = np.zeros(len(u))
    for e in np.flatnonzero(~loop):
        prog.check_cancelled(is_cancelled)
        a, b = u[e], v[e]
        # With this edge at 1 the best path either keeps the old best, or crosses the edge once.
        new = np.maximum(c, np.maximum(np.outer(c[:, a], c[b, :]), np.outer(c[:, b], c[a, :])))
        gain_p[e] = 100 * float(w @ new @ w) - dci_p
        gain_d[e] = 100 * float(w @ new[:, outlet]) - dci_d
    return PartResult(dci_p, dci_d, c[:, outlet].copy(), gain_p, gain_d)
