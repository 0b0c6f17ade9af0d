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


def _prune_leaves(n, u, v):
    """Strip hanging trees off a graph with loops: (parent, parent edge, removal rounds, core mask). The core is
    what is left when degree-1 sections are removed again and again: the braids and the reaches between them."""
    ends = np.concatenate([u, v])
    others = np.concatenate([v, u])
    edge_ids = np.concatenate([np.arange(len(u))] * 2)
    order = np.argsort(ends, kind="stable")
    ends, others, edge_ids = ends[order], others[order], edge_ids[order]
    first = np.searchsorted(ends, np.arange(n + 1))
    degree = np.bincount(ends, minlength=n)
    removed = np.zeros(n, dtype=bool)
    parent = np.full(n, -1, dtype=np.int64)
    parent_edge = np.full(n, -1, dtype=np.int64)
    rounds = []
    leaves = np.flatnonzero(degree == 1)
    while len(leaves):
        removed[leaves] = True
        counts = first[leaves + 1] - first[leaves]
        idx = np.repeat(first[leaves], counts) + np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts,
                                                                                     counts)
        src = np.repeat(leaves, counts)
        alive = ~removed[others[idx]]  # the one neighbour still in the graph
        src, nb, via = src[alive], others[idx][alive], edge_ids[idx][alive]
        parent[src], parent_edge[src] = nb, via
        np.subtract.at(degree, nb, 1)
        rounds.append(src)
        cand = np.unique(nb)
        leaves = cand[(degree[cand] == 1) & ~removed[cand]]
    return parent, parent_edge, rounds, ~removed


def _outlet_products(n, u, v, p, outlet):
    """c_i,outlet: the best product of passabilities from each section to the outlet (Dijkstra on products)."""
    import heapq

    ends = np.concatenate([u, v])
    others = np.concatenate([v, u])
    pp = np.concatenate([p, p])
    order = np.argsort(ends, kind="stable")
    others, pp = others[order].tolist(), pp[order].tolist()
    first = np.searchsorted(ends[order], np.arange(n + 1)).tolist()
    best = [0.0] * n
    best[outlet] = 1.0
    heap = [(-1.0, outlet)]
    done = [False] * n
    while heap:
        c, x = heapq.heappop(heap)
        if done[x]:
            continue
        done[x] = True
        for k in range(first[x], first[x + 1]):
            y, cand = others[k], -c * pp[k]
            if cand > best[y]:
                best[y] = cand
                heapq.heappush(heap, (-cand, y))
    return np.array(best)


def _general(w, u, v, p, loop, outlet, is_cancelled=None) -> PartResult:
    """A network with loops: hanging trees are solved by the tree sums (their edges are bridges), the core of
    braids by maximum-product paths among core sections only, weighted by what hangs off each core section."""
    n = len(w)
    keep = np.flatnonzero(~loop)
    if len(keep) == n - 1:  # no loop after all: nothing would be left after pruning
        return _tree(w, u, v, p, loop, outlet)
    ku, kv, kp = u[keep], v[keep], p[keep]
    parent, pedge_k, rounds, core = _prune_leaves(n, ku, kv)
    pe = np.where(parent >= 0, kp[np.maximum(pedge_k, 0)], 1.0)
    down = w.copy()  # sum over the hanging subtree of w_j c_jx (for a core section: all that hangs off it)
    for level in rounds:
        np.add.at(down, parent[level], pe[level] * down[level])
    anchor = np.arange(n)
    for level in reversed(rounds):
        anchor[level] = anchor[parent[level]]
    core_ids = np.flatnonzero(core)
    pos = np.full(n, -1, dtype=np.int64)
    pos[core_ids] = np.arange(len(core_ids))
    in_core = core[ku] & core[kv]
    c_k = max_product_paths(len(core_ids), pos[ku[in_core]], pos[kv[in_core]], kp[in_core], is_cancelled)
    s = down[core_ids]
    full = np.zeros(n)
    full[core_ids] = c_k @ s
    for level in reversed(rounds):
        par = parent[level]
        full[level] = down[level] + pe[level] * (full[par] - pe[level] * down[level])
    c_out = _outlet_products(n, ku, kv, kp, outlet)
    gain_p = np.zeros(len(u))
    gain_d = np.zeros(len(u))
    # Bridges of the hanging trees: the tree formulas, with the outlet on either side.
    holds_outlet = np.zeros(n, dtype=bool)
    x = outlet
    while x >= 0:
        holds_outlet[x] = True
        x = parent[x]
    child = np.flatnonzero(parent >= 0)
    e = keep[pedge_k[child]]
    par, q, dc = parent[child], pe[child], down[child]
    gain_p[e] = 100 * 2 * (1 - q) * dc * (full[par] - q * dc)
    gain_d[e] = 100 * (1 - q) * np.where(holds_outlet[child], (full[par] - q * dc) * c_out[child], dc * c_out[par])
    # Core edges: only pairs anchored at different core sections can change.
    a_o = pos[anchor[outlet]]
    alpha_o = _alpha(outlet, parent, pe)
    for k in np.flatnonzero(in_core):
        prog.check_cancelled(is_cancelled)
        a, b = pos[ku[k]], pos[kv[k]]
        delta = np.maximum(c_k, np.maximum(np.outer(c_k[:, a], c_k[b, :]), np.outer(c_k[:, b], c_k[a, :]))) - c_k
        gain_p[keep[k]] = 100 * float(s @ delta @ s)
        gain_d[keep[k]] = 100 * alpha_o * float(s @ delta[:, a_o])
    return PartResult(100 * float(w @ full), 100 * float(w @ c_out), c_out, gain_p, gain_d)


def _alpha(x, parent, pe) -> float:
    """Product of passabilities from x up its hanging tree to the core."""
    out = 1.0
    while parent[x] >= 0:
        out *= pe[x]
        x = parent[x]
    return out
