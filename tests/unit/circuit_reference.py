"""An independent reference for the circuit tests: the graph built edge by edge in plain Python loops, merged nodes
by relabelling, the sink grounded by deleting its row, 1 A injected at the source, a direct sparse solve (scipy,
tests only), and node currents as Circuitscape's compute code forms them: max(inflow, outflow) at each node, counting
the injected current as an inflow at the source and an outflow at the sink."""

from __future__ import annotations

import math

import numpy as np
import pytest

sp = pytest.importorskip("scipy.sparse")
spl = pytest.importorskip("scipy.sparse.linalg")


def edges(values, neighbours=8, average_conductance=False, is_conductance=False):
    """[(cell_a, cell_b, conductance)] with cells as (row, col)."""
    h, w = values.shape
    cond = {}
    for i in range(h):
        for j in range(w):
            v = values[i, j]
            if np.isfinite(v) and v > 0:
                cond[(i, j)] = v if is_conductance else 1.0 / v
    steps = [(0, 1, 1.0), (1, 0, 1.0)]
    if neighbours == 8:
        steps += [(1, 1, math.sqrt(2.0)), (1, -1, math.sqrt(2.0))]
    out = []
    for (i, j), ga in cond.items():
        for di, dj, length in steps:
            b = (i + di, j + dj)
            if b in cond:
                gb = cond[b]
                g = (ga + gb) / 2.0 if average_conductance else 1.0 / ((1.0 / ga + 1.0 / gb) / 2.0)
                out.append(((i, j), b, g / length))
    return out, cond


def solve(values, source, sink, neighbours=8, average_conductance=False, is_conductance=False, groups=None):
    """(R_eff, voltage map, node-current map) for 1 A from the source cells to the sink cells (each one node).

    `groups`: list of cell masks, each further merged into one node. Cells not connected to the source are left
    out (NaN). Returns (inf, None, None) when the sink is not connected."""
    es, cond = edges(values, neighbours, average_conductance, is_conductance)
    node_of = {cell: cell for cell in cond}
    merged = [source, sink, *(groups or [])]
    for mask in merged:
        cells = [tuple(c) for c in np.argwhere(mask) if tuple(c) in cond]
        for c in cells:
            node_of[c] = ("m", id(mask))
    src_node = node_of[tuple(np.argwhere(source & np.isfinite(values))[0])]
    snk_node = node_of[tuple(np.argwhere(sink & np.isfinite(values))[0])]
    # connected nodes from the source (plain BFS)
    adj = {}
    for a, b, _g in es:
        na, nb = node_of[a], node_of[b]
        if na != nb:
            adj.setdefault(na, set()).add(nb)
            adj.setdefault(nb, set()).add(na)
    seen, todo = {src_node}, [src_node]
    while todo:
        n = todo.pop()
        for m in adj.get(n, ()):
            if m not in seen:
                seen.add(m)
                todo.append(m)
    if snk_node not in seen:
        return math.inf, None, None
    nodes = sorted(seen, key=str)
    index = {n: k for k, n in enumerate(nodes)}
    rows, cols, vals = [], [], []
    kept = []
    for a, b, g in es:
        na, nb = node_of[a], node_of[b]
        if na == nb or na not in index:
            continue
        kept.append((na, nb, g))
        ia, ib = index[na], index[nb]
        rows += [ia, ib, ia, ib]
        cols += [ia, ib, ib, ia]
        vals += [g, g, -g, -g]
    n = len(nodes)
    L = sp.coo_matrix((vals, (rows, cols)), shape=(n, n)).tocsr()
    rhs = np.zeros(n)
    rhs[index[src_node]] = 1.0
    keep = [k for k in range(n) if k != index[snk_node]]
    x = np.zeros(n)
    x[keep] = spl.spsolve(L[keep][:, keep].tocsc(), rhs[keep])
    resistance = x[index[src_node]] - x[index[snk_node]]
    inflow = np.zeros(n)
    outflow = np.zeros(n)
    for na, nb, g in kept:
        f = g * (x[index[na]] - x[index[nb]])  # from na to nb
        if f > 0:
            outflow[index[na]] += f
            inflow[index[nb]] += f
        else:
            outflow[index[nb]] -= f
            inflow[index[na]] -= f
    inflow[index[src_node]] += 1.0
    outflow[index[snk_node]] += 1.0
    node_current = np.maximum(inflow, outflow)
    V = np.full(values.shape, np.nan)
    C = np.full(values.shape, np.nan)
    for cell, nd in node_of.items():
        if nd in index:
            V[cell] = x[index[nd]] - x[index[snk_node]]
            C[cell] = node_current[index[nd]]
    return resistance, V, C
