"""The circuit graph of a raster, Circuitscape's rules: one node per valid cell, edge conductances, components.

- A cell is a node when its resistance is finite and > 0 (or its conductance finite and > 0); NoData/NaN is no node.
- Orthogonal edge: 2 / (R1 + R2) (average resistance) or (g1 + g2) / 2 (average conductance); a diagonal edge the
  same divided by sqrt 2. Cell size does not enter.
- Edges are stored per cell towards the east (gE), south (gS), south-east (gSE) and south-west (gSW) neighbour.
"""

from __future__ import annotations

import math

import numpy as np

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr

SQRT2 = math.sqrt(2.0)


def cell_conductance(values, is_conductance: bool = False, layer: str = "resistance") -> np.ndarray:
    """Per-cell conductance (0 where the cell is no node). Zero/negative resistance or negative conductance is
    refused with a message naming the layer and how many cells are affected."""
    v = np.asarray(values, dtype=np.float64)
    finite = np.isfinite(v)
    with np.errstate(invalid="ignore"):
        bad = finite & ((v < 0) if is_conductance else (v <= 0))
    n_bad = int(bad.sum())
    if n_bad:
        if is_conductance:
            raise CcsgError(tr("The conductance layer {0} has {1} cells with a negative value; conductances must be "
                               "0 (a barrier) or positive. Set those cells to NoData or fix the values.",
                               layer, n_bad))
        raise CcsgError(tr("The resistance layer {0} has {1} cells with zero or negative resistance; circuit theory "
                           "needs positive resistances. Use short-circuit regions for zero-resistance areas, or set "
                           "those cells to NoData.", layer, n_bad))
    c = np.zeros(v.shape)
    ok = finite & (v > 0)
    if is_conductance:
        c[ok] = v[ok]
    else:
        c[ok] = 1.0 / v[ok]
    return c


def _edge(ca: np.ndarray, cb: np.ndarray, average_conductance: bool) -> np.ndarray:
    both = (ca > 0) & (cb > 0)
    out = np.zeros(ca.shape)
    if average_conductance:
        np.add(ca, cb, out=out, where=both)
        out *= 0.5
    else:  # 2 / (R1 + R2) with R = 1 / g
        with np.errstate(divide="ignore"):
            np.divide(2.0, 1.0 / ca + 1.0 / cb, out=out, where=both)
    return out


def edge_conductances(c: np.ndarray, neighbours: int = 8, average_conductance: bool = False):
    """(gE, gS, gSE, gSW) arrays of c's shape; gSE/gSW are None with 4 neighbours. Edges that leave the grid or
    touch a cell that is no node are 0."""
    if neighbours not in (4, 8):
        raise CcsgError(tr("Neighbours must be 4 or 8, not {0}.", neighbours))
    h, w = c.shape
    gE = np.zeros((h, w))
    gS = np.zeros((h, w))
    gE[:, :-1] = _edge(c[:, :-1], c[:, 1:], average_conductance)
    gS[:-1, :] = _edge(c[:-1, :], c[1:, :], average_conductance)
    if neighbours == 4:
        return gE, gS, None, None
    gSE = np.zeros((h, w))
    gSW = np.zeros((h, w))
    gSE[:-1, :-1] = _edge(c[:-1, :-1], c[1:, 1:], average_conductance) / SQRT2
    gSW[:-1, 1:] = _edge(c[:-1, 1:], c[1:, :-1], average_conductance) / SQRT2
    return gE, gS, gSE, gSW


def _pairs(h: int, w: int, neighbours: int):
    """(slice of a, slice of b) for each edge direction: cell a and its neighbour b."""
    out = [((slice(0, h), slice(0, w - 1)), (slice(0, h), slice(1, w))),
           ((slice(0, h - 1), slice(0, w)), (slice(1, h), slice(0, w)))]
    if neighbours == 8:
        out += [((slice(0, h - 1), slice(0, w - 1)), (slice(1, h), slice(1, w))),
                ((slice(0, h - 1), slice(1, w)), (slice(1, h), slice(0, w - 1)))]
    return out


def components(valid: np.ndarray, neighbours: int = 8, regions: np.ndarray | None = None) -> np.ndarray:
    """Connected-component label of every cell (-1 where not valid); cells of one region (same label > 0 in
    `regions`) are one node, so they join their components. Labels are the smallest flat index of the component.

    Min-label propagation with hooking of the old roots and pointer jumping (Shiloach-Vishkin style), so long
    snaking components settle in a few dozen rounds rather than one round per cell."""
    h, w = valid.shape
    n = h * w
    sentinel = n
    lab = np.where(valid.ravel(), np.arange(n), sentinel).astype(np.int64)
    region_cells = region_lab = None
    if regions is not None:
        rflat = np.asarray(regions).ravel()
        sel = (rflat > 0) & valid.ravel()
        region_cells = np.flatnonzero(sel)
        _, region_lab = np.unique(rflat[sel], return_inverse=True)
    pairs = _pairs(h, w, neighbours)
    ext = np.empty(n + 1, dtype=np.int64)
    while True:
        old = lab
        new = lab.copy()
        L = new.reshape(h, w)
        prev = old.reshape(h, w)
        for a, b in pairs:
            both = valid[a] & valid[b]
            m = np.minimum(prev[a], prev[b])
            np.minimum(L[a], np.where(both, m, sentinel), out=L[a])
            np.minimum(L[b], np.where(both, m, sentinel), out=L[b])
        if region_cells is not None and region_lab is not None and region_cells.size:
            mins = np.full(region_lab.max() + 1, sentinel, dtype=np.int64)
            np.minimum.at(mins, region_lab, new[region_cells])
            new[region_cells] = mins[region_lab]
        changed = np.flatnonzero(new < old)
        if changed.size == 0:
            break
        np.minimum.at(new, old[changed], new[changed])  # hook: the old root follows its member to a smaller label
        ext[:n] = new
        ext[n] = sentinel
        while True:
            jumped = ext[new]
            if np.array_equal(jumped, new):
                break
            new = jumped
            ext[:n] = new
        lab = new
    out = lab.reshape(h, w)
    return np.where(out == sentinel, -1, out)


def bounding_window(mask: np.ndarray, margin: int = 0):
    """(r0, r1, c0, c1) of the True cells plus a margin, clipped to the grid; None when there is none."""
    rows = np.flatnonzero(mask.any(axis=1))
    if rows.size == 0:
        return None
    cols = np.flatnonzero(mask.any(axis=0))
    h, w = mask.shape
    return (max(0, int(rows[0]) - margin), min(h, int(rows[-1]) + 1 + margin),
            max(0, int(cols[0]) - margin), min(w, int(cols[-1]) + 1 + margin))
