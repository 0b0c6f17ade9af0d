"""Black-box multigrid (Dendy's BoxMG) for symmetric 5/9-point conductance stencils, pure numpy.

Used as the preconditioner of the circuit solver's conjugate gradients. Method (Alcouffe, Brandt, Dendy & Painter
1981; Dendy 1982): coarse points are the fine points with even row and column; interpolation is induced by the
operator (an edge point takes its two coarse neighbours weighted by the couplings collapsed across the edge, a centre
point solves its own row from its eight interpolated neighbours), restriction is its transpose, and coarse operators
are Galerkin products P^T A P, which stay 9-point on every level. The smoother is four-colour Gauss-Seidel (colours
by row and column parity, so a 9-point stencil never couples two points of one colour), forward before the coarse
correction and backward after it, so that one V-cycle is a symmetric operator, as CG needs.

A level stores the diagonal D and the couplings (conductances, >= 0) to the east (gE), south (gS), south-east (gSE)
and south-west (gSW) neighbour of every point; the operator is (A x)_i = D_i x_i - sum_j g_ij x_j. Arrays are padded
by PAD zero cells on every side so that every neighbour is a plain shifted view. A level's logical size is made odd
(a dead row or column is added: D = 1, no coupling) so that coarse points sit on both ends.
"""

from __future__ import annotations

import numpy as np

PAD = 2
# Coarsening stops when the grid is this small; the coarsest level is solved exactly with a dense factorisation
# when it has at most DENSE_MAX points, otherwise by COARSE_SWEEPS symmetric Gauss-Seidel sweeps.
MIN_SIDE = 5
DENSE_MAX = 1200
COARSE_SWEEPS = 40
_OFFS = [(di, dj) for di in (-1, 0, 1) for dj in (-1, 0, 1)]
# Direction s -> (stored array name, offset of the point that stores it); the coupling of f to f + s is
# array[f + offset]: east is stored at f, west at f - (0, 1), and so on.
_STORE = {(0, 1): ("gE", (0, 0)), (0, -1): ("gE", (0, -1)), (1, 0): ("gS", (0, 0)), (-1, 0): ("gS", (-1, 0)),
          (1, 1): ("gSE", (0, 0)), (-1, -1): ("gSE", (-1, -1)), (1, -1): ("gSW", (0, 0)), (-1, 1): ("gSW", (-1, 1))}
_COLOURS = ((0, 0), (1, 1), (0, 1), (1, 0))


def padded(h: int, w: int) -> np.ndarray:
    return np.zeros((h + 2 * PAD, w + 2 * PAD))


def interior(a: np.ndarray, h: int, w: int, di: int = 0, dj: int = 0) -> np.ndarray:
    """View of the logical h x w block of a padded array, shifted by (di, dj)."""
    return a[PAD + di:PAD + h + di, PAD + dj:PAD + w + dj]


class Level:
    """One grid of the hierarchy: stencil, smoother views and the interpolation to the next coarser level."""

    def __init__(self, D, gE, gS, gSE, gSW, h, w):
        self.h, self.w = h, w
        self.D, self.gE, self.gS, self.gSE, self.gSW = D, gE, gS, gSE, gSW
        self.invD = np.zeros_like(D)
        dv = interior(D, h, w)
        np.divide(1.0, dv, out=interior(self.invD, h, w), where=dv > 0)
        self.P = None  # interpolation weights to the next level (dict of arrays), set by the hierarchy
        self.terms = self._terms()
        self.band = max(1, min(h, (1 << 16) // max(1, w)))  # rows per band of `apply`
        self.tmp = np.empty((self.band, w))
        # Per colour: strided views of the couplings (a copy per colour would store every edge twice more: 64 B
        # per cell on the fine grid, most of the memory of a solve) and two work arrays shared by the colours.
        self._colour = {}
        for p, q in _COLOURS:
            coef = []
            for s, (name, (gi, gj)) in _STORE.items():
                arr = self.g(name)
                if arr is not None:
                    coef.append((arr[PAD + p + gi:PAD + h + gi:2, PAD + q + gj:PAD + w + gj:2], s))
            self._colour[(p, q)] = coef
        self._acc = np.empty(((h + 1) // 2) * ((w + 1) // 2))
        self._ctmp = np.empty_like(self._acc)

    def g(self, name):
        return getattr(self, name)

    def _terms(self):
        """(coupling view, neighbour offset) for every direction that has couplings."""
        out = []
        for s, (name, off) in _STORE.items():
            arr = self.g(name)
            if arr is not None:
                out.append((interior(arr, self.h, self.w, *off), s))
        return out

    def apply(self, x: np.ndarray, out: np.ndarray) -> np.ndarray:
        """out = A x on padded arrays (out's padding is left as it is: zero)."""
        h, w = self.h, self.w
        # in bands of rows, so the product buffer is small (a full one would be 8 B per cell)
        for r0 in range(0, h, self.band):
            r1 = min(h, r0 + self.band)
            tmp = self.tmp[:r1 - r0]
            y = out[PAD + r0:PAD + r1, PAD:PAD + w]
            np.multiply(self.D[PAD + r0:PAD + r1, PAD:PAD + w], x[PAD + r0:PAD + r1, PAD:PAD + w], out=y)
            for gv, (di, dj) in self.terms:
                np.multiply(gv[r0:r1], x[PAD + r0 + di:PAD + r1 + di, PAD + dj:PAD + w + dj], out=tmp)
                y -= tmp
        return out

    def residual(self, b: np.ndarray, x: np.ndarray, out: np.ndarray) -> np.ndarray:
        self.apply(x, out)
        np.subtract(b, out, out=out)
        return out

    def smooth(self, b: np.ndarray, x: np.ndarray, backward: bool = False) -> None:
        """One four-colour Gauss-Seidel sweep on padded arrays, in place."""
        h, w = self.h, self.w
        for p, q in (reversed(_COLOURS) if backward else _COLOURS):
            rs, cs = slice(PAD + p, PAD + h, 2), slice(PAD + q, PAD + w, 2)
            coef = self._colour[(p, q)]
            shape = ((h - p + 1) // 2, (w - q + 1) // 2)
            n = shape[0] * shape[1]
            acc, tmp = self._acc[:n].reshape(shape), self._ctmp[:n].reshape(shape)
            np.copyto(acc, b[rs, cs])
            for gv, (di, dj) in coef:
                np.multiply(gv, x[PAD + p + di:PAD + h + di:2, PAD + q + dj:PAD + w + dj:2], out=tmp)
                acc += tmp
            acc *= self.invD[rs, cs]
            x[rs, cs] = acc


def _odd(n: int) -> int:
    return n if n % 2 else n + 1


def make_level(D, gE, gS, gSE=None, gSW=None) -> Level:
    """A level from unpadded logical arrays (h x w); pads them to an odd size with dead points."""
    return make_level_from({"D": D, "gE": gE, "gS": gS, "gSE": gSE, "gSW": gSW})


def make_level_from(parts: dict) -> Level:
    """make_level from a dict of the unpadded arrays, which it empties: each array is released as soon as its
    padded copy exists, so a big grid is never held twice over (the caller must hold no other reference)."""
    h, w = parts["D"].shape
    H, W = _odd(h), _odd(w)

    def pad(name, fill=0.0):
        a = parts.pop(name, None)
        if a is None:
            return None
        out = padded(H, W)
        interior(out, H, W)[:] = fill
        out[PAD:PAD + h, PAD:PAD + w] = a
        return out

    return Level(pad("D", 1.0), pad("gE"), pad("gS"), pad("gSE"), pad("gSW"), H, W)


def _fine_at(lv: Level, arr, hc: int, wc: int, oi: int, oj: int) -> np.ndarray:
    """Values of a padded fine array at the fine points 2I + oi, 2J + oj of every coarse point (I, J)."""
    r0, c0 = PAD + oi, PAD + oj
    return arr[r0:r0 + 2 * hc - 1:2, c0:c0 + 2 * wc - 1:2]


def _coupling(lv: Level, s, hc, wc, o):
    """Coupling g_s of the fine point 2I + o, as a coarse-shaped view, or None when that direction is absent."""
    name, (gi, gj) = _STORE[s]
    arr = lv.g(name)
    if arr is None:
        return None
    return _fine_at(lv, arr, hc, wc, o[0] + gi, o[1] + gj)


def _safe_div(num, den):
    out = np.zeros_like(num)
    np.divide(num, den, out=out, where=den > 1e-300)
    return out


def interpolation(lv: Level):
    """Operator-induced interpolation weights from the coarse level to this one (Dendy 1982)."""
    hc, wc = (lv.h + 1) // 2, (lv.w + 1) // 2
    zero = np.zeros((hc, wc))

    def g(s, o):
        v = _coupling(lv, s, hc, wc, o)
        return zero if v is None else v

    def d(o):
        return _fine_at(lv, lv.D, hc, wc, *o)

    # x-edge points (2I, 2J+1), between coarse (I, J) and (I, J+1): collapse the stencil vertically.
    o = (0, 1)
    west = g((0, -1), o) + g((-1, -1), o) + g((1, -1), o)
    east = g((0, 1), o) + g((-1, 1), o) + g((1, 1), o)
    den = d(o) - g((-1, 0), o) - g((1, 0), o)
    xw, xe = _safe_div(west, den)[:, :-1], _safe_div(east, den)[:, :-1]
    # y-edge points (2I+1, 2J), between coarse (I, J) and (I+1, J): collapse horizontally.
    o = (1, 0)
    north = g((-1, 0), o) + g((-1, -1), o) + g((-1, 1), o)
    south = g((1, 0), o) + g((1, -1), o) + g((1, 1), o)
    den = d(o) - g((0, -1), o) - g((0, 1), o)
    yn, ys = _safe_div(north, den)[:-1, :], _safe_div(south, den)[:-1, :]
    # Centre points (2I+1, 2J+1): their own row solved from the 4 coarse corners and 4 interpolated edge points.
    o = (1, 1)
    dc = d(o)[:-1, :-1]

    def gc(s):
        return g(s, o)[:-1, :-1]

    n_xw, n_xe, s_xw, s_xe = xw[:-1], xe[:-1], xw[1:], xe[1:]
    w_yn, w_ys, e_yn, e_ys = yn[:, :-1], ys[:, :-1], yn[:, 1:], ys[:, 1:]
    gn, gs, gw, ge = gc((-1, 0)), gc((1, 0)), gc((0, -1)), gc((0, 1))
    cnw = _safe_div(gc((-1, -1)) + gn * n_xw + gw * w_yn, dc)
    cne = _safe_div(gc((-1, 1)) + gn * n_xe + ge * e_yn, dc)
    csw = _safe_div(gc((1, -1)) + gs * s_xw + gw * w_ys, dc)
    cse = _safe_div(gc((1, 1)) + gs * s_xe + ge * e_ys, dc)
    return {"xw": xw, "xe": xe, "yn": yn, "ys": ys, "cnw": cnw, "cne": cne, "csw": csw, "cse": cse}


def _weights_by_offset(P, hc, wc):
    """Interpolation weight of the fine point 2I + o for coarse point I, for the 9 offsets o (padded by 1)."""
    W = {}
    for o in _OFFS:
        W[o] = np.zeros((hc + 2, wc + 2))
    c = (slice(1, hc + 1), slice(1, wc + 1))
    W[(0, 0)][c] = 1.0
    W[(0, 1)][1:hc + 1, 1:wc] = P["xw"]
    W[(0, -1)][1:hc + 1, 2:wc + 1] = P["xe"]
    W[(1, 0)][1:hc, 1:wc + 1] = P["yn"]
    W[(-1, 0)][2:hc + 1, 1:wc + 1] = P["ys"]
    W[(1, 1)][1:hc, 1:wc] = P["cnw"]
    W[(1, -1)][1:hc, 2:wc + 1] = P["cne"]
    W[(-1, 1)][2:hc + 1, 1:wc] = P["csw"]
    W[(-1, -1)][2:hc + 1, 2:wc + 1] = P["cse"]
    return W


def galerkin(lv: Level, P) -> Level:
    """The coarse level P^T A P. Entry (I, I + d) = sum over fine points f = 2I + o and f' = 2(I + d) + o' of
    W_o(I) A(f, f') W_o'(I + d); only the five directions d a symmetric 9-point stencil needs are formed."""
    hc, wc = (lv.h + 1) // 2, (lv.w + 1) // 2
    W = _weights_by_offset(P, hc, wc)
    dirs = {(0, 0): "D", (0, 1): "gE", (1, 0): "gS", (1, 1): "gSE", (1, -1): "gSW"}
    acc = {name: np.zeros((hc, wc)) for name in dirs.values()}
    inner = (slice(1, hc + 1), slice(1, wc + 1))
    for o in _OFFS:
        wo = W[o][inner]
        if not wo.any():
            continue
        for s in _OFFS:
            if s == (0, 0):
                a = _fine_at(lv, lv.D, hc, wc, *o)
                sign = 1.0
            else:
                a = _coupling(lv, s, hc, wc, o)
                if a is None:
                    continue
                sign = -1.0
            t = None
            for dvec, name in dirs.items():
                op = (o[0] + s[0] - 2 * dvec[0], o[1] + s[1] - 2 * dvec[1])
                if op not in W:
                    continue
                if t is None:
                    t = wo * a
                    if sign < 0:
                        np.negative(t, out=t)
                wn = W[op][1 + dvec[0]:hc + 1 + dvec[0], 1 + dvec[1]:wc + 1 + dvec[1]]
                acc[name] += t * wn
    # Off-diagonal entries of A_c are -couplings. With a 9-point fine stencil a few may come out positive (a
    # negative "coupling"): they are kept, the coarse operator must be the exact Galerkin product.
    gs = {}
    for name in ("gE", "gS", "gSE", "gSW"):
        gs[name] = np.negative(acc[name])
    # No coupling leaves the grid: the last column has no east neighbour, the last row no south one, ...
    gs["gE"][:, -1] = 0.0
    gs["gS"][-1, :] = 0.0
    gs["gSE"][-1, :] = 0.0
    gs["gSE"][:, -1] = 0.0
    gs["gSW"][-1, :] = 0.0
    gs["gSW"][:, 0] = 0.0
    D = acc["D"]
    D[D <= 0] = 1.0  # a coarse point no fine point reaches: dead
    parts = dict(gs, D=D)
    del gs, D, acc, W
    return make_level_from(parts)


class Hierarchy:
    """Levels from fine to coarse plus work arrays; `vcycle(b, x)` applies one symmetric V(1,1) cycle."""

    def __init__(self, fine: Level, sweeps: int = 1):
        self.levels = [fine]
        self.sweeps = sweeps
        lv = fine
        while min(lv.h, lv.w) > MIN_SIDE and lv.h * lv.w > DENSE_MAX // 2:
            lv.P = interpolation(lv)
            lv = galerkin(lv, lv.P)
            self.levels.append(lv)
        self.r = [padded(v.h, v.w) for v in self.levels]
        self.b = [None] + [padded(v.h, v.w) for v in self.levels[1:]]
        self.x = [None] + [padded(v.h, v.w) for v in self.levels[1:]]
        self._dense = self._factor(self.levels[-1])

    @staticmethod
    def _factor(lv: Level):
        n = lv.h * lv.w
        if n > DENSE_MAX:
            return None
        h, w = lv.h, lv.w
        A = np.zeros((n, n))
        idx = np.arange(n).reshape(h, w)
        A[idx.ravel(), idx.ravel()] = interior(lv.D, h, w).ravel()
        for name, (di, dj) in (("gE", (0, 1)), ("gS", (1, 0)), ("gSE", (1, 1)), ("gSW", (1, -1))):
            arr = lv.g(name)
            if arr is None:
                continue
            g = interior(arr, h, w)
            i0, i1 = max(0, -di), h - max(0, di)
            j0, j1 = max(0, -dj), w - max(0, dj)
            a = idx[i0:i1, j0:j1].ravel()
            c = idx[i0 + di:i1 + di, j0 + dj:j1 + dj].ravel()
            v = g[i0:i1, j0:j1].ravel()
            A[a, c] -= v
            A[c, a] -= v
        return np.linalg.inv(A)

    @property
    def fine(self) -> Level:
        return self.levels[0]

    def vcycle(self, b: np.ndarray, x: np.ndarray) -> np.ndarray:
        """x = M^-1 b for padded arrays of the fine level (x is overwritten)."""
        x.fill(0.0)
        self._cycle(0, b, x)
        return x

    def _cycle(self, k: int, b: np.ndarray, x: np.ndarray) -> None:
        lv = self.levels[k]
        if k == len(self.levels) - 1:
            if self._dense is not None:
                interior(x, lv.h, lv.w)[:] = (self._dense @ interior(b, lv.h, lv.w).ravel()).reshape(lv.h, lv.w)
            else:
                for _ in range(COARSE_SWEEPS):
                    lv.smooth(b, x)
                for _ in range(COARSE_SWEEPS):
                    lv.smooth(b, x, backward=True)
            return
        for _ in range(self.sweeps):
            lv.smooth(b, x)
        r = lv.residual(b, x, self.r[k])
        bc, xc = self.b[k + 1], self.x[k + 1]
        assert bc is not None and xc is not None  # only the finest level (k = 0) has no own b and x
        self._restrict(lv, r, bc)
        xc.fill(0.0)
        self._cycle(k + 1, bc, xc)
        self._prolong_add(lv, xc, x)
        for _ in range(self.sweeps):
            lv.smooth(b, x, backward=True)

    @staticmethod
    def _restrict(lv: Level, r: np.ndarray, bc: np.ndarray) -> None:
        P, h, w = lv.P, lv.h, lv.w
        hc, wc = (h + 1) // 2, (w + 1) // 2
        c = interior(bc, hc, wc)
        c[:] = r[PAD:PAD + h:2, PAD:PAD + w:2]
        rx = r[PAD:PAD + h:2, PAD + 1:PAD + w:2]
        c[:, :-1] += P["xw"] * rx
        c[:, 1:] += P["xe"] * rx
        ry = r[PAD + 1:PAD + h:2, PAD:PAD + w:2]
        c[:-1, :] += P["yn"] * ry
        c[1:, :] += P["ys"] * ry
        rc = r[PAD + 1:PAD + h:2, PAD + 1:PAD + w:2]
        c[:-1, :-1] += P["cnw"] * rc
        c[:-1, 1:] += P["cne"] * rc
        c[1:, :-1] += P["csw"] * rc
        c[1:, 1:] += P["cse"] * rc

    @staticmethod
    def _prolong_add(lv: Level, xc: np.ndarray, x: np.ndarray) -> None:
        P, h, w = lv.P, lv.h, lv.w
        hc, wc = (h + 1) // 2, (w + 1) // 2
        e = interior(xc, hc, wc)
        x[PAD:PAD + h:2, PAD:PAD + w:2] += e
        x[PAD:PAD + h:2, PAD + 1:PAD + w:2] += P["xw"] * e[:, :-1] + P["xe"] * e[:, 1:]
        x[PAD + 1:PAD + h:2, PAD:PAD + w:2] += P["yn"] * e[:-1, :] + P["ys"] * e[1:, :]
        x[PAD + 1:PAD + h:2, PAD + 1:PAD + w:2] += (P["cnw"] * e[:-1, :-1] + P["cne"] * e[:-1, 1:]
                                                    + P["csw"] * e[1:, :-1] + P["cse"] * e[1:, 1:])
