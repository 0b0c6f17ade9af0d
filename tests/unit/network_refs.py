"""Brute-force references for the core-area network tests: every simple path enumerated, nothing shared with the
code under test."""

from __future__ import annotations

import math


def simple_paths(n, edges, s, t):
    """Every simple path from s to t as a list of nodes; edges: dict {(i, j): weight} with i < j."""
    nbrs = {i: [] for i in range(n)}
    for (i, j) in edges:
        nbrs[i].append(j)
        nbrs[j].append(i)
    out = []

    def walk(node, seen):
        if node == t:
            out.append(list(seen))
            return
        for other in nbrs[node]:
            if other not in seen:
                seen.append(other)
                walk(other, seen)
                seen.pop()

    walk(s, [s])
    return out


def weight(edges, i, j):
    return edges[(min(i, j), max(i, j))]


def pstar(n, probs, removed_node=None, removed_edge=None):
    """Maximum product over all simple paths; probs: {(i, j): p}."""
    edges = {e: p for e, p in probs.items() if e != removed_edge and removed_node not in e}
    out = [[0.0] * n for _ in range(n)]
    for s in range(n):
        for t in range(n):
            if s == t:
                out[s][t] = 1.0
                continue
            best = 0.0
            for path in simple_paths(n, edges, s, t):
                prod = 1.0
                for u, v in zip(path, path[1:]):
                    prod *= weight(edges, u, v)
                best = max(best, prod)
            out[s][t] = best
    return out


def hops(n, edges_set, removed_node=None):
    edges = {e: 1 for e in edges_set if removed_node not in e}
    out = [[math.inf] * n for _ in range(n)]
    for s in range(n):
        for t in range(n):
            if s == t:
                out[s][t] = 0
                continue
            for path in simple_paths(n, edges, s, t):
                out[s][t] = min(out[s][t], len(path) - 1)
    return out


def numerator(a, ps, skip=None):
    return sum(a[i] * a[j] * ps[i][j] for i in range(len(a)) for j in range(len(a)) if skip not in (i, j))


def iic_numerator(a, h, skip=None):
    return sum(a[i] * a[j] / (1 + h[i][j]) for i in range(len(a)) for j in range(len(a))
               if skip not in (i, j) and math.isfinite(h[i][j]))
