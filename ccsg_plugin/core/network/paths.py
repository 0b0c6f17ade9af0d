"""Best paths on the core graph: maximum-product probabilities (p*) and topological distances, and the same with
each node or each link removed in turn.

How p* is computed and what it costs: p* is the all-pairs shortest path on -log p, computed by Floyd-Warshall in
the (max, x) semiring directly on the probabilities (no logarithms, so no rounding through log/exp; p*_ij = max
over k of p*_ik p*_kj), one vectorised n x n step per node: n steps of O(n^2), about 0.03 s for 300 cores.
Removing each node in turn would be n Floyd-Warshall runs (O(n^4)); instead a divide-and-conquer over the nodes
relaxes each half of the removal set into a copy before recursing into the other half, so every leaf sees "all
intermediates but one" after n log2(n) relaxations (O(n^3 log n); about 2,800 steps, 0.3 s CPU, for 300 cores).
Links are handled the same way with O(m log m) insertions of one link into a closed matrix; an insertion touches
only the block of pairs it improves and is undone afterwards instead of copying the matrix (0.25 s CPU for 670
links). Benchmark: scripts/bench_network.py (0.8 s CPU for the whole index set of 300 cores and 910 links).
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from ccsg_plugin.core import progress as prog


def _float_copy(m) -> np.ndarray:
    """A copy that keeps integer hop counts (and float32) as they are and makes anything else float64."""
    m = np.asarray(m)
    keep = m.dtype.kind == "i" or m.dtype == np.float32
    return np.array(m, dtype=m.dtype if keep else np.float64, copy=True)


class Semiring:
    """How paths combine: PRODUCT keeps the best product of probabilities; HOPS the fewest links."""

    def __init__(self, name: str):
        self.name = name

    def relax(self, m: np.ndarray, k: int, tmp: np.ndarray) -> None:
        """Allow node k as an intermediate, in place."""
        if self.name == "product":
            np.multiply(m[:, k, None], m[None, k, :], out=tmp)
            np.maximum(m, tmp, out=m)
        else:
            np.add(m[:, k, None], m[None, k, :], out=tmp)
            np.minimum(m, tmp, out=m)

    def relaxed_copy(self, m: np.ndarray, k: int) -> np.ndarray:
        """A new matrix: m with node k allowed as an intermediate (m unchanged)."""
        if self.name == "product":
            out = np.multiply.outer(m[:, k], m[k, :])
            return np.maximum(m, out, out=out)
        out = np.add.outer(m[:, k], m[k, :])
        return np.minimum(m, out, out=out)

    def insert_edge(self, m: np.ndarray, u: int, v: int, w: float, tmp: np.ndarray):
        """Add the undirected edge u-v of weight w to a closed, symmetric (all-pairs best) matrix, in place; returns
        (rows, cols, old block) for undo (None when nothing changed).

        A new best path uses the edge once, u -> v or v -> u, joined to old best paths: only rows i that reach v
        better through u and the edge and columns j that u reaches better through the edge and v can improve. By
        symmetry the v -> u block is the transpose of
        the u -> v block (and the two are disjoint), so one block is computed from the old values and written twice;
        the update is restricted to it (often a small one)."""
        cu, cv = m[u], m[v]  # rows: the matrix is symmetric, and rows are contiguous
        if self.name == "product":
            rows = (cu * w > cv).nonzero()[0]
            if not rows.size:
                return None
            cols = (cv * w > cu).nonzero()[0]
            if not cols.size:
                return None
            block = np.multiply.outer(cu[rows] * w, cv[cols])
        else:
            rows = (cu + w < cv).nonzero()[0]
            if not rows.size:
                return None
            cols = (cv + w < cu).nonzero()[0]
            if not cols.size:
                return None
            block = np.add.outer(cu[rows] + w, cv[cols]).astype(m.dtype, copy=False)
        ix = (rows[:, None], cols)  # not np.ix_: its checks cost more than the block on small blocks
        old = m[ix]
        new = np.maximum(old, block, out=block) if self.name == "product" else np.minimum(old, block, out=block)
        m[ix] = new
        m[cols[:, None], rows] = new.T
        return rows, cols, old


PRODUCT = Semiring("product")
HOPS = Semiring("hops")


def closure(direct: np.ndarray, ring: Semiring, skip=()) -> np.ndarray:
    """All-pairs best paths (Floyd-Warshall) with every node but those in `skip` allowed as an intermediate."""
    m = _float_copy(direct)
    tmp = np.empty_like(m)
    skip = set(skip)
    for k in range(m.shape[0]):
        if k not in skip:
            ring.relax(m, k, tmp)
    return m


def max_product(p: np.ndarray) -> np.ndarray:
    """p*: the maximum-product path probability between every pair (diagonal 1)."""
    direct = np.array(p, dtype=float, copy=True)
    np.fill_diagonal(direct, 1.0)
    return closure(direct, PRODUCT)


def hop_distances(adjacent: np.ndarray) -> np.ndarray:
    """Number of links on the shortest binary path between every pair (inf when none, 0 on the diagonal)."""
    direct = np.where(adjacent, 1.0, np.inf)
    np.fill_diagonal(direct, 0.0)
    return closure(direct, HOPS)


def without_each_node(direct: np.ndarray, ring: Semiring, leaf: Callable[[np.ndarray, int], float],
                      is_cancelled=None) -> np.ndarray:
    """leaf(m, k) for every node k, where m holds the best paths that do not pass through k.

    Entries of row and column k in m are paths that start or end at k (k as an end, not an intermediate):
    leaf must leave them out itself (e.g. by giving k no weight)."""
    n = direct.shape[0]
    out = np.zeros(n)
    tmp = np.empty(direct.shape, dtype=_float_copy(direct[:0, :0]).dtype)

    def solve(m: np.ndarray, nodes: list) -> None:
        prog.check_cancelled(is_cancelled)
        if len(nodes) == 1:
            out[nodes[0]] = leaf(m, nodes[0])
            return
        half = len(nodes) // 2
        left, right = nodes[:half], nodes[half:]
        m_left = ring.relaxed_copy(m, right[0])  # the copy and the first relaxation in one pass
        for k in right[1:]:
            ring.relax(m_left, k, tmp)
        solve(m_left, left)
        del m_left
        for k in left:  # the right half may reuse m: the caller no longer needs it
            ring.relax(m, k, tmp)
        solve(m, right)

    if n:
        solve(_float_copy(direct), list(range(n)))
    return out


def without_each_edge(direct: np.ndarray, ring: Semiring, edges: list, leaf: Callable[[np.ndarray], float],
                      is_cancelled=None) -> np.ndarray:
    """leaf(m) for every (u, v) in `edges`, where m holds the best paths of the graph without that edge.

    `direct` holds the direct link weights of an undirected graph (symmetric: insert_edge relies on it); the listed
    edges are taken out, the rest closed once (Floyd-Warshall),
    then the edges are inserted back half by half (divide and conquer)."""
    out = np.zeros(len(edges))
    if not edges:
        return out
    base = np.array(direct, dtype=float, copy=True)
    absent = 0.0 if ring is PRODUCT else np.inf
    weights = [direct[u, v] for u, v in edges]
    for u, v in edges:
        base[u, v] = base[v, u] = absent
    m = closure(base, ring)
    tmp = np.empty_like(m)

    def insert(indexes: list, undo: list) -> None:
        for i in indexes:
            change = ring.insert_edge(m, edges[i][0], edges[i][1], weights[i], tmp)
            if change is not None:
                undo.append(change)

    def restore(undo: list) -> None:
        for rows, cols, old in reversed(undo):
            m[rows[:, None], cols] = old
            m[cols[:, None], rows] = old.T

    def solve(idx: list) -> None:
        """leaf for every edge of idx, m holding every edge but those of idx; m is as it was on return. An
        insertion changes a block of m, usually small: undoing it is cheaper than a copy of the whole matrix."""
        prog.check_cancelled(is_cancelled)
        if len(idx) == 1:
            out[idx[0]] = leaf(m)
            return
        half = len(idx) // 2
        for inserted, rest in ((idx[half:], idx[:half]), (idx[:half], idx[half:])):
            undo: list = []
            insert(inserted, undo)
            solve(rest)
            restore(undo)

    solve(list(range(len(edges))))
    return out


def components(adjacent: np.ndarray) -> np.ndarray:
    """Component label (1, 2, ... in the order of the first node) of every node of an undirected graph."""
    n = adjacent.shape[0]
    labels = np.zeros(n, dtype=int)
    current = 0
    for start in range(n):
        if labels[start]:
            continue
        current += 1
        labels[start] = current
        stack = [start]
        while stack:
            node = stack.pop()
            for other in np.flatnonzero(adjacent[node] & (labels == 0)):
                labels[other] = current
                stack.append(int(other))
    return labels
