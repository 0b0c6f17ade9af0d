"""One source-sink solve of a raster circuit: effective resistance, voltages and node currents for 1 A.

The source node is held at 1 V and the sink at 0 V (both are removed from the unknowns: Dirichlet rows); the current
I that then leaves the source gives the effective resistance 1 / I, and scaling the voltages by 1 / I gives the
1 A solution. This is the same as injecting 1 A at the source with the sink grounded, Circuitscape's setting.

Regions short-circuited into one node that are neither source nor sink (other focal nodes, short-circuit regions)
are extra unknowns: the system solved is P^T L P, where P copies a region's voltage to all its cells. Conjugate
gradients runs on that reduced system; the preconditioner is a BoxMG V-cycle on the grid with the edges inside each
region made very conductive (so the grid operator nearly ties each region together), averaged back per region.

Node current (Circuitscape): half the sum of the absolute currents of the node's branches plus the current that
enters or leaves the node from outside (1 A at the source and at the sink), i.e. the current passing through it. A
merged node's value is shown on all its cells.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.engine import circuit_graph as cg
from ccsg_plugin.core.engine.circuit_multigrid import PAD, Hierarchy, make_level_from
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr

RTOL = 1e-8
MAX_ITER = 2000
# Edges inside a floating merged region get this many times the largest conductance in the preconditioner.
_TIE = 1e3


@dataclass
class PairSolution:
    resistance: float  # effective resistance for 1 A; inf when source and sink are not connected
    voltage: np.ndarray | None  # window-shaped, NaN where no node (1 A solution, sink at 0 V)
    current: np.ndarray | None  # node current, NaN where no node
    iterations: int = 0
    residual: float = 0.0


def _direction_pairs(h, w, neighbours):
    """For each stored direction: (name, slice of the cell, slice of its neighbour)."""
    names = ["gE", "gS", "gSE", "gSW"]
    return [(name, a, b) for name, (a, b) in zip(names, cg._pairs(h, w, neighbours))]


class _System:
    """The reduced system (free cells + floating regions) and its preconditioner."""

    def __init__(self, parts: dict, regions: np.ndarray | None, sweeps: int = 1):
        # `parts` (D and the couplings, unpadded) is emptied: the level keeps padded copies only
        self.level = make_level_from(parts)
        self.mg = Hierarchy(self.level, sweeps)
        self.shape = self.level.D.shape
        self.G = self.level.D.size
        # floating merged regions: padded cell indices, region label per cell, count, cells per region
        # (empty arrays and k = 0 when there are none; every use is guarded by `if self.k`)
        if regions is not None and (regions > 0).any():
            rows, cols = np.nonzero(regions > 0)
            self.idx = (rows + PAD) * self.shape[1] + (cols + PAD)
            _, self.lab = np.unique(regions[rows, cols], return_inverse=True)
            self.k = int(self.lab.max()) + 1
            self.n = np.bincount(self.lab, minlength=self.k).astype(np.float64)
        else:
            self.idx = self.lab = np.empty(0, dtype=np.intp)
            self.k, self.n = 0, np.empty(0)

    def grid(self, v: np.ndarray) -> np.ndarray:
        return v[:self.G].reshape(self.shape)

    def new(self) -> np.ndarray:
        return np.zeros(self.G + self.k)

    def matvec(self, v: np.ndarray, out: np.ndarray) -> np.ndarray:
        gv, go = self.grid(v), self.grid(out)
        if self.k:
            gv.flat[self.idx] = v[self.G:][self.lab]
        self.level.apply(gv, go)
        if self.k:
            out[self.G:] = np.bincount(self.lab, go.flat[self.idx], minlength=self.k)
            go.flat[self.idx] = 0.0
            gv.flat[self.idx] = 0.0
        return out

    def precondition(self, r: np.ndarray, z: np.ndarray) -> np.ndarray:
        gr, gz = self.grid(r), self.grid(z)
        if self.k:
            gr.flat[self.idx] = (r[self.G:] / self.n)[self.lab]
        self.mg.vcycle(gr, gz)
        if self.k:
            z[self.G:] = np.bincount(self.lab, gz.flat[self.idx], minlength=self.k) / self.n
            gz.flat[self.idx] = 0.0
            gr.flat[self.idx] = 0.0
        return z


_BLOCK = 1 << 16  # elements per block of the in-place vector updates (no full-size temporaries)


def _axpy(y: np.ndarray, a: float, x: np.ndarray, scratch: np.ndarray) -> None:
    """y += a * x in blocks, without a temporary the size of the vectors (a full one is 8 B per cell)."""
    for i in range(0, y.size, _BLOCK):
        t = scratch[:min(_BLOCK, y.size - i)]
        np.multiply(x[i:i + _BLOCK], a, out=t)
        y[i:i + _BLOCK] += t


def pcg(system: _System, b: np.ndarray, rtol: float = RTOL, progress=None, is_cancelled=None,
        max_iter: int = MAX_ITER):
    """Preconditioned conjugate gradients from x = 0; returns (x, iterations, relative residual). `b` is consumed
    (it becomes the residual). Four vectors: A p and the preconditioned residual z share one (A p is spent on the
    residual before z is formed)."""
    x = system.new()
    r = b
    bnorm = math.sqrt(float(r @ r))
    if bnorm == 0.0:
        return x, 0, 0.0
    scratch = np.empty(min(_BLOCK, r.size))
    w = system.precondition(r, system.new())
    p = w.copy()
    rz = float(r @ w)
    goal = rtol * bnorm
    rel = 1.0
    for it in range(1, max_iter + 1):
        prog.check_cancelled(is_cancelled)
        ap = system.matvec(p, w)
        pap = float(p @ ap)
        if pap <= 0.0:
            raise CcsgError(tr("The circuit solver broke down (the network is not positive definite)."))
        alpha = rz / pap
        _axpy(x, alpha, p, scratch)
        _axpy(r, -alpha, ap, scratch)
        rnorm = math.sqrt(float(r @ r))
        rel = rnorm / bnorm
        if progress is not None:
            progress(min(1.0, math.log(max(rel, rtol)) / math.log(rtol)))
        if rnorm <= goal:
            return x, it, rel
        z = system.precondition(r, w)
        rz_new = float(r @ z)
        p *= rz_new / rz
        p += z
        rz = rz_new
    raise CcsgError(tr("The circuit solver did not converge in {0} iterations (relative residual {1:.1e}).",
                       max_iter, rel))


def _tie_regions(g: dict, regions: np.ndarray, neighbours: int) -> None:
    h, w = regions.shape
    top = max(float(a.max()) for a in g.values() if a is not None and a.size) or 1.0
    for name, a, b in _direction_pairs(h, w, neighbours):
        same = (regions[a] > 0) & (regions[a] == regions[b])
        view = g[name][a]
        view[same] = _TIE * top


def _diagonal(g: dict, neighbours: int, shape) -> np.ndarray:
    h, w = shape
    D = np.zeros(shape)
    for name, a, b in _direction_pairs(h, w, neighbours):
        v = g[name][a]
        D[a] += v
        D[b] += v
    return D


def _flows(c, v, neighbours, average_conductance):
    """(net outflow, sum of |branch currents|) at every cell for voltages v (0 where no node)."""
    gE, gS, gSE, gSW = cg.edge_conductances(c, neighbours, average_conductance)
    g = {"gE": gE, "gS": gS, "gSE": gSE, "gSW": gSW}
    h, w = c.shape
    net = np.zeros(c.shape)
    absum = np.zeros(c.shape)
    for name, a, b in _direction_pairs(h, w, neighbours):
        f = g[name][a] * (v[a] - v[b])
        net[a] += f
        net[b] -= f
        np.abs(f, out=f)
        absum[a] += f
        absum[b] += f
    return net, absum


def solve_pair(c: np.ndarray, source: np.ndarray, sink: np.ndarray, neighbours: int = 8,
               average_conductance: bool = False, regions: np.ndarray | None = None, rtol: float = RTOL,
               progress=None, is_cancelled=None, maps: bool = True, sweeps: int = 1,
               one_component: bool = False) -> PairSolution:
    """1 A from `source` to `sink` (bool masks, each one merged node) over cell conductances `c` (0 = no node).

    `regions`: labels > 0 of further merged nodes (must not overlap source or sink). `one_component`: the caller
    has already set every cell not connected to the source to 0 in `c`; otherwise that is done here."""
    node = c > 0
    source = source & node
    sink = sink & node
    if not source.any() or not sink.any():
        raise CcsgError(tr("The source or the sink has no valid cell."))
    if (source & sink).any():
        return PairSolution(0.0, None, None)
    if not one_component:
        merged = source.astype(np.int64) + 2 * sink
        if regions is not None:
            merged = np.where(merged > 0, merged, np.where(regions > 0, regions + 2, 0))
        lab = cg.components(node, neighbours, merged)
        own = lab[source][0]
        if not (lab[sink] == own).any():
            return PairSolution(math.inf, None, None)
        c = np.where(lab == own, c, 0.0)
        node = c > 0
    h, w = c.shape
    if regions is not None:
        regions = np.where(node & ~source & ~sink, regions, 0)
        if not (regions > 0).any():
            regions = None
    gE, gS, gSE, gSW = cg.edge_conductances(c, neighbours, average_conductance)
    g = {"gE": gE, "gS": gS, "gSE": gSE, "gSW": gSW}
    if regions is not None:
        _tie_regions(g, regions, neighbours)
    D = _diagonal(g, neighbours, c.shape)
    fixed = source | sink
    # Right-hand side: couplings of free cells to the source (held at 1 V); then remove the fixed cells' edges.
    b = np.zeros(c.shape)
    for name, a, bb in _direction_pairs(h, w, neighbours):
        v = g[name][a]
        b[a] += np.where(source[bb], v, 0.0)
        b[bb] += np.where(source[a], v, 0.0)
        v[fixed[a] | fixed[bb]] = 0.0
    dead = fixed | ~node
    D[dead] = 1.0
    b[dead] = 0.0
    if regions is not None:  # a region's right-hand side is the sum over its cells, on its own unknown
        rows, cols = np.nonzero(regions > 0)
        _, lab = np.unique(regions[rows, cols], return_inverse=True)
        region_rhs = np.bincount(lab, b[rows, cols])
        b[rows, cols] = 0.0
    parts = dict(g, D=D)
    del g, D, v  # `v` views the last coupling array: the system must hold the only references
    system = _System(parts, regions, sweeps)
    rhs = system.new()
    gr = system.grid(rhs)
    gr[PAD:PAD + h, PAD:PAD + w] = b
    del b, gr
    k, G = system.k, system.G
    if k:
        rhs[G:] = region_rhs
    x, iterations, rel = pcg(system, rhs, rtol, progress, is_cancelled)
    v = np.zeros(c.shape)
    v[:] = system.grid(x)[PAD:PAD + h, PAD:PAD + w]
    del system, rhs  # the hierarchy is not needed for the flows below
    if k:
        v[rows, cols] = x[G:][lab]
    del x
    v[source] = 1.0
    v[sink] = 0.0
    v[~node] = 0.0
    net, absum = _flows(c, v, neighbours, average_conductance)
    current_out = float(net[source].sum())
    if not current_out > 0:
        return PairSolution(math.inf, None, None, iterations, rel)
    resistance = 1.0 / current_out
    if not maps:
        return PairSolution(resistance, None, None, iterations, rel)
    v *= resistance
    absum *= resistance
    cur = 0.5 * absum
    cur[source] = 0.5 * (absum[source].sum() + 1.0)
    cur[sink] = 0.5 * (absum[sink].sum() + 1.0)
    if k:
        per = np.bincount(lab, absum[rows, cols], minlength=k)
        cur[rows, cols] = 0.5 * per[lab]
    v[~node] = np.nan
    cur[~node] = np.nan
    return PairSolution(resistance, v, cur, iterations, rel)

