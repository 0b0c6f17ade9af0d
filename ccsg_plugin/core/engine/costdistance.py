"""Accumulated least-cost distance from source cells over a resistance grid (pure numpy, no SciPy).

Costs: a move between neighbouring cells costs the mean of the two resistances times the step length (dx, dy or
the diagonal); with 16 neighbours a knight's move costs the mean of four resistances (its end cells and the two
cells it passes between) times its length and needs both of those cells passable (GRASS r.cost -k rule).
With a climate grid (Climate Linkage Mapper), every step also costs climate_cost x |climate difference of its end
cells|, added once to the edge costs (edge_costs.py); cells without a climate value are impassable.

Method: label-correcting row sweeps. Rows are relaxed downward then upward from the neighbouring row(s) with a
few vector operations; inside a row, costs are settled exactly in O(width) with prefix sums of the horizontal step
costs S: left to right d = min(d, cummin(d - S) + S), right to left the mirror. Sweeps repeat until no row changes
by more than a relative 1e-13. Only the span of columns that changed in a row is pulled into its neighbours, and
in-row passes stop as soon as they stop improving, so late sweeps cost little. Impassable cells split rows into
segments; prefix sums restart at each segment (and every few thousand columns) so precision holds.

Rough grids (a share of neighbours differing by >10 % above frontier.ROUGH: white noise, patchy land cover)
skip the sweeps and go to the bucketed label-correcting pass of frontier.py (delta-stepping in numpy, about one
visit per cell); sweeps that are still changing after _HANDOVER_SWEEPS sweeps hand their costs (upper bounds) to
the same pass, which finishes from the cells that can still lower a neighbour.

A run that needs many sweeps (paths that wander up and down, e.g. noisy resistance) switches to column sweeps on
a transposed copy and back, each orientation running twice as long as the last; only one orientation's edge costs
are held at a time. Knight's-move costs are computed per row from the resistance rather than stored. Peak memory:
about 42 (8 neighbours) or 50 (16 neighbours) bytes per cell, up to ~75 while switching orientation.
"""

from __future__ import annotations

import math
import time

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.engine import frontier
from ccsg_plugin.core.engine.edge_costs import ClimateTerm, check_climate
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr

# A cell counts as changed only when it drops by more than this (relative); smaller drops are rounding noise of
# the prefix sums and would otherwise keep rows "changing" by one ulp forever.
_TOL = 1e-13
_KEEP = 1.0 - _TOL
# First chunk of an in-row pass beyond the directly improved cells; doubles while the pass keeps improving.
_CHUNK = 64
# With 8 neighbours, switch from row to column sweeps after this many sweep pairs (0: rows only). Smooth
# landscapes converge before that (a switch costs a rebuild and a few full sweeps); noisy ones run 3x faster.
_SWITCH_PAIRS = 8
_SWITCH_GROWTH = 2  # each orientation runs twice as long as the previous one: cheap when one suffices
# Sweeps still changing after this many hand the rest to the bucketed pass (frontier.py). The smooth bench
# landscapes settle in 16-20 sweeps; the rough ones would need 30-130.
_HANDOVER_SWEEPS = 24
_INF = math.inf


def impassable_mask(resistance) -> np.ndarray:
    """True where a cell cannot be entered: NaN, +-inf, zero or negative resistance."""
    r = np.asarray(resistance, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        return ~(np.isfinite(r) & (r > 0.0))


def _check_inputs(resistance, sources, cell_size, neighbours, max_cost, climate=None, climate_cost=0.0):
    r = np.asarray(resistance, dtype=np.float64)
    if r.ndim != 2 or r.size == 0:
        raise CcsgError(tr("The resistance grid must be a non-empty 2-D array, not shape {0}.", r.shape))
    s = np.asarray(sources, dtype=bool)
    if s.shape != r.shape:
        raise CcsgError(tr("The source mask has shape {0} but the resistance grid has shape {1}.", s.shape, r.shape))
    if neighbours not in (8, 16):
        raise CcsgError(tr("Neighbours must be 8 or 16, not {0}.", neighbours))
    try:
        dx, dy = float(cell_size[0]), float(cell_size[1])
    except (TypeError, ValueError, IndexError):
        raise CcsgError(tr("The cell size must be a pair of positive numbers (dx, dy), not {0}.",
                           repr(cell_size))) from None
    if not (math.isfinite(dx) and math.isfinite(dy) and dx > 0 and dy > 0):
        raise CcsgError(tr("The cell size must be positive in both directions, not {0}.", repr(cell_size)))
    max_cost = float(max_cost or 0.0)
    if math.isnan(max_cost) or max_cost < 0:
        raise CcsgError(tr("The maximum cost must be 0 (no limit) or positive, not {0}.", max_cost))
    blocked = impassable_mask(r)
    climate, climate_cost = check_climate(climate, climate_cost, r.shape)
    clim = None
    if climate is not None:
        blocked |= ~np.isfinite(climate)  # a cell without a climate value cannot be costed: impassable
        if climate_cost > 0:
            clim = ClimateTerm.build(climate, blocked, climate_cost)
    src = s & ~blocked
    if not src.any():
        raise CcsgError(
            tr("No source cell lies on a passable resistance cell (all are NoData, zero or negative); check that the "
               "sources overlap the resistance raster.")
        )
    return r, src, blocked, dx, dy, max_cost, clim


def _block_size(contrast: float) -> int:
    """Columns per prefix-sum block. The in-row passes lose about eps x |S| / d (relative), and |S| / d is at most
    block x (max / min resistance), so blocks shrink with the contrast to keep results within ~1e-9."""
    size = 4.5e6 / max(contrast, 1.0)
    return 1 << max(6, min(30, int(math.log2(size))))


def _transposed(a: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
    """C-contiguous transpose of a 2-D array, copied in tiles (a plain a.T copy is cache-hostile on big grids)."""
    h, w = a.shape
    if out is None:
        out = np.empty((w, h), dtype=a.dtype)
    tile = 256
    for i in range(0, h, tile):
        for j in range(0, w, tile):
            out[j:j + tile, i:i + tile] = a[i:i + tile, j:j + tile].T
    return out


def _segments(blocked_row: np.ndarray, width: int) -> list[tuple[int, int]]:
    """[start, end) runs of passable cells in one row."""
    edges = np.flatnonzero(np.diff(np.concatenate(([True], blocked_row, [True])).astype(np.int8)))
    return [(int(edges[k]), int(edges[k + 1])) for k in range(0, len(edges), 2)]


class _Sweeper:
    """State of one cost-distance run: edge costs, prefix sums, the cost grid and the per-row change spans."""

    def __init__(self, r, blocked, dx, dy, neighbours, limit, block, tick=None, d=None, clim=None):
        h, w = r.shape
        self.clim = clim  # ClimateTerm or None: adds climate_cost x |climate difference| to every edge
        self.h, self.w, self.limit = h, w, limit
        self.knight = neighbours == 16
        big = np.where(blocked, np.inf, r)  # impassable cells make every edge touching them infinite
        hx = 0.5 * dx
        # Horizontal prefix sums restart at each passable segment of a row (so barriers cost no precision) and
        # at every multiple of `block` columns (so long rows cost none either); E[i, k] is the cost of the edge
        # entering block k from the left, which the in-row passes add when they cross into it.
        self.B = block
        nblk = (w + block - 1) // block
        self.segs = []
        self.S = np.zeros((h, w))
        self.E = np.full((h, nblk), np.inf)
        ch = np.empty(max(w - 1, 0))
        entry = np.arange(1, nblk) * block - 1
        any_blocked = blocked.any(axis=1)
        for i in range(h):
            if tick is not None and i & 255 == 0:
                tick.tick(0.04 * i / h)
            np.add(big[i, :-1], big[i, 1:], out=ch)
            ch *= hx
            if clim is not None:
                clim.add(ch, clim.c[i, :-1], clim.c[i, 1:])
            self.E[i, 1:] = ch[entry]
            if not any_blocked[i]:
                self.segs.append([(0, w)])
                if nblk == 1:
                    np.cumsum(ch, out=self.S[i, 1:])
                else:
                    x = np.zeros(nblk * block)
                    x[1:w] = ch
                    x[::block] = 0.0
                    self.S[i] = np.cumsum(x.reshape(nblk, block), axis=1).ravel()[:w]
                continue
            segs = _segments(blocked[i], w)
            self.segs.append(segs)
            for s, e in segs:
                cuts = [s, *range((s // block + 1) * block, e, block), e]
                for p0, p1 in zip(cuts, cuts[1:]):
                    if p1 - p0 > 1:
                        np.cumsum(ch[p0:p1 - 1], out=self.S[i, p0 + 1:p1])
        hy, hd = 0.5 * dy, 0.5 * math.hypot(dx, dy)
        self.cv = big[:-1] + big[1:]
        self.cv *= hy
        self.c1 = big[:-1, :-1] + big[1:, 1:]  # (i, j) - (i+1, j+1)
        self.c1 *= hd
        self.c2 = big[:-1, 1:] + big[1:, :-1]  # (i, j+1) - (i+1, j)
        self.c2 *= hd
        if clim is not None:
            c = clim.c
            tmp = np.empty(max(h - 1, 0) * w)  # one scratch buffer for the three terms (no fresh 8 B/cell each)
            clim.add(self.cv, c[:-1], c[1:], tmp.reshape(max(h - 1, 0), w))
            td = tmp[:max(h - 1, 0) * max(w - 1, 0)].reshape(max(h - 1, 0), max(w - 1, 0))
            clim.add(self.c1, c[:-1, :-1], c[1:, 1:], td)
            clim.add(self.c2, c[:-1, 1:], c[1:, :-1], td)
            del tmp, td
        if self.knight:
            # Knight's-move costs are computed per row from the resistance (storing them would take 32 B/cell).
            self.qa, self.qb = 0.25 * math.hypot(2 * dx, dy), 0.25 * math.hypot(dx, 2 * dy)
            self.big = big
            self.kl, self.kr, self.kmid = (np.empty(max(w - 1, 0)) for _ in range(3))
        del big
        self.d = np.full((h, w), np.inf) if d is None else d
        # Row buffers: candidate values, a scratch row, the in-row pass row.
        self.nb = np.empty(w)
        self.tb = np.empty(w)
        self.pb = np.empty(w)
        self.mb = np.empty(w, dtype=bool)
        # Changed spans [lo, hi] of each row not yet pulled by the row below (1), two below (2), above, two above.
        self.b1 = [[w, -1] for _ in range(h)]
        self.a1 = [[w, -1] for _ in range(h)]
        self.b2 = [[w, -1] for _ in range(h)]
        self.a2 = [[w, -1] for _ in range(h)]
        self.marks = (self.b1, self.a1, self.b2, self.a2) if self.knight else (self.b1, self.a1)

    # -- pieces of one row update ---------------------------------------------------------------------------
    def _knight_rows(self, e, far, x0, x1):
        """Costs of the knight's moves between rows e and e+1 (far=False: (e, x)-(e+1, x+2) and (e, x+2)-(e+1, x))
        or rows e and e+2 (far=True: (e, x)-(e+2, x+1) and (e, x+1)-(e+2, x)), filled for x in [x0, x1)."""
        big, mid, k1, k2 = self.big, self.kmid[x0:x1], self.kl, self.kr
        o1, o2 = k1[x0:x1], k2[x0:x1]
        if far:
            r0, rm, r2 = big[e], big[e + 1], big[e + 2]
            np.add(rm[x0:x1], rm[x0 + 1:x1 + 1], out=mid)
            np.add(r0[x0:x1], r2[x0 + 1:x1 + 1], out=o1)
            np.add(r0[x0 + 1:x1 + 1], r2[x0:x1], out=o2)
            q = self.qb
        else:
            r0, r1 = big[e], big[e + 1]
            np.add(r0[x0 + 1:x1 + 1], r1[x0 + 1:x1 + 1], out=mid)
            np.add(r0[x0:x1], r1[x0 + 2:x1 + 2], out=o1)
            np.add(r0[x0 + 2:x1 + 2], r1[x0:x1], out=o2)
            q = self.qa
        for o in (o1, o2):
            o += mid
            o *= q
        if self.clim is not None:  # the climate term of a knight's move: its two end cells only
            c, add = self.clim.c, self.clim.add
            if far:
                add(o1, c[e, x0:x1], c[e + 2, x0 + 1:x1 + 1], mid)
                add(o2, c[e, x0 + 1:x1 + 1], c[e + 2, x0:x1], mid)
            else:
                add(o1, c[e, x0:x1], c[e + 1, x0 + 2:x1 + 2], mid)
                add(o2, c[e, x0 + 2:x1 + 2], c[e + 1, x0:x1], mid)
        return k1, k2

    def _cand(self, new, a, b, srow, crow, s):
        """new[j - a] = min(new[j - a], srow[j - s] + cost) for j in [a, b): a move from column j - s."""
        w = self.w
        if s > 0:
            j0, j1 = max(a, s), b
            cost = crow[j0 - s:j1 - s]
        else:
            j0, j1 = a, min(b, w + s)
            cost = crow[j0:j1]
        if j0 < j1:
            t = self.tb[:j1 - j0]
            np.add(srow[j0 - s:j1 - s], cost, out=t)
            seg = new[j0 - a:j1 - a]
            np.minimum(seg, t, out=seg)

    def _left_pass(self, drow, srow, erow, f, g, e):
        """Left-to-right in-row pass from column f through at least g; returns the last column reached."""
        pos, end = f, min(g + 1 + _CHUNK, e)
        carry = _INF  # candidate for the chunk's first cell, in the current block's (d - S) terms
        pb, limit, block = self.pb, self.limit, self.B
        while True:
            bend = (pos // block + 1) * block
            cend = end if end < bend else bend
            n = cend - pos
            t = pb[:n]
            sv = srow[pos:cend]
            dv = drow[pos:cend]
            np.subtract(dv, sv, out=t)
            if carry < t[0]:
                t[0] = carry
            np.minimum.accumulate(t, out=t)
            carry = t[n - 1]
            t += sv
            if limit < _INF:
                t[t > limit] = _INF
            more = t[n - 1] < dv[n - 1] * _KEEP
            np.minimum(dv, t, out=dv)
            if cend >= e:
                return e - 1
            if cend == end:
                if not more:
                    return cend - 1
                end = min(cend + 2 * n, e)
            pos = cend
            if pos % block == 0:  # into the next block, whose prefix sums restart at 0
                carry = drow[pos - 1] + erow[pos // block]

    def _right_pass(self, drow, srow, erow, f, g, s):
        """Right-to-left in-row pass from column g down to at least f; returns the first column reached."""
        end, pos = g + 1, max(f - _CHUNK, s)
        carry = _INF  # candidate for the chunk's last cell, in the current block's (d + S) terms
        pb, limit, block = self.pb, self.limit, self.B
        while True:
            bstart = max(((end - 1) // block) * block, s)
            cpos = pos if pos > bstart else bstart
            n = end - cpos
            t = pb[:n]
            sv = srow[cpos:end]
            dv = drow[cpos:end]
            np.add(dv, sv, out=t)
            if carry < t[n - 1]:
                t[n - 1] = carry
            rt = t[::-1]
            np.minimum.accumulate(rt, out=rt)
            carry = t[0]
            t -= sv
            if limit < _INF:
                t[t > limit] = _INF
            more = t[0] < dv[0] * _KEEP
            np.minimum(dv, t, out=dv)
            if cpos <= s:
                return s
            if cpos == pos:
                if not more:
                    return cpos
                pos = max(cpos - 2 * n, s)
            end = cpos
            if end % block == 0:  # into the previous block, across the edge entering block end // block
                carry = drow[end] + erow[end // block] + srow[end - 1]

    def _inrow(self, i, f, g):
        """Settle row i along the row after columns f..g dropped; return the changed span."""
        drow, srow, erow = self.d[i], self.S[i], self.E[i]
        lo, hi = f, g
        for s, e in self.segs[i]:
            if e <= f or s > g:
                continue
            ff, gg = max(f, s), min(g, e - 1)
            hi = max(hi, self._left_pass(drow, srow, erow, ff, gg, e))
            lo = min(lo, self._right_pass(drow, srow, erow, ff, gg, s))
        return lo, hi

    def relax_row(self, i, down):
        """Pull row i from the row(s) before it in the sweep direction; True if row i changed."""
        w, d = self.w, self.d
        if down:
            p, e, span = i - 1, i - 1, self.b1[i - 1]
        else:
            p, e, span = i + 1, i, self.a1[i + 1]
        lo, hi = span
        span2 = None
        if self.knight:
            if down and i >= 2:
                span2 = self.b2[i - 2]
            elif not down and i + 2 < self.h:
                span2 = self.a2[i + 2]
            if span2 is not None:
                lo2, hi2 = span2
                if lo2 > hi2:
                    span2 = None
                else:
                    lo, hi = min(lo, lo2), max(hi, hi2)
                    span2[0], span2[1] = w, -1
        if lo > hi:
            return False
        reach = 2 if self.knight else 1
        a = lo - reach if lo > reach else 0
        b = hi + reach + 1
        if b > w:
            b = w
        n = b - a
        new, tb = self.nb[:n], self.tb
        if span[0] <= span[1]:
            span[0], span[1] = w, -1
            srow = d[p]
            np.add(srow[a:b], self.cv[e, a:b], out=new)
            # Diagonals: from column j - 1 and from column j + 1 of row p.
            cl, cr = (self.c1[e], self.c2[e]) if down else (self.c2[e], self.c1[e])
            j0 = a if a > 0 else 1
            if j0 < b:
                t = tb[:b - j0]
                np.add(srow[j0 - 1:b - 1], cl[j0 - 1:b - 1], out=t)
                v = new[j0 - a:]
                np.minimum(v, t, out=v)
            j1 = b if b < w else w - 1
            if a < j1:
                t = tb[:j1 - a]
                np.add(srow[a + 1:j1 + 1], cr[a:j1], out=t)
                v = new[:j1 - a]
                np.minimum(v, t, out=v)
            if self.knight and w > 2:
                x0, x1 = (a - 2 if a > 2 else 0), (b if b < w - 2 else w - 2)
                if x0 < x1:
                    k1, k2 = self._knight_rows(e, False, x0, x1)
                    kl, kr = (k1, k2) if down else (k2, k1)
                    self._cand(new, a, b, srow, kl, 2)
                    self._cand(new, a, b, srow, kr, -2)
        else:
            new.fill(_INF)
        if span2 is not None:
            p2, e2 = (i - 2, i - 2) if down else (i + 2, i)
            x0, x1 = (a - 1 if a > 1 else 0), (b if b < w - 1 else w - 1)
            if x0 < x1:
                k3, k4 = self._knight_rows(e2, True, x0, x1)
                kl, kr = (k3, k4) if down else (k4, k3)
                srow = d[p2]
                self._cand(new, a, b, srow, kl, 1)
                self._cand(new, a, b, srow, kr, -1)
        # Lower row i to the candidates; only drops beyond the tolerance count as changes.
        cur = d[i, a:b]
        if self.limit < _INF:
            new[new > self.limit] = _INF
        thr = tb[:n]
        np.multiply(cur, _KEEP, out=thr)
        idx = np.flatnonzero(np.less(new, thr, out=self.mb[:n]))
        if idx.size == 0:
            return False
        np.minimum(cur, new, out=cur)
        lo, hi = self._inrow(i, a + int(idx[0]), a + int(idx[-1]))
        for spans in self.marks:
            sp = spans[i]
            if lo < sp[0]:
                sp[0] = lo
            if hi > sp[1]:
                sp[1] = hi
        return True

    def resettle(self, changed):
        """After the other orientation changed the cells in `changed`, restore in-row consistency on their rows
        and queue the changed spans for the neighbouring rows."""
        w = self.w
        rows = np.flatnonzero(changed.any(axis=1))
        if rows.size == 0:
            return 0
        sub = changed[rows]
        first = sub.argmax(axis=1)
        last = w - 1 - sub[:, ::-1].argmax(axis=1)
        for i, f, g in zip(rows.tolist(), first.tolist(), last.tolist()):
            lo, hi = self._inrow(i, f, g)
            for spans in self.marks:
                sp = spans[i]
                sp[0], sp[1] = min(sp[0], lo), max(sp[1], hi)
        return rows.size

    def seed(self, src):
        self.d[src] = 0.0
        for i in np.flatnonzero(src.any(axis=1)):
            cols = np.flatnonzero(src[i])
            lo, hi = self._inrow(int(i), int(cols[0]), int(cols[-1]))
            for spans in self.marks:
                spans[i] = [lo, hi]


def cost_distance(resistance: np.ndarray, sources: np.ndarray, cell_size=(1.0, 1.0), neighbours: int = 8,
                  max_cost: float = 0.0, progress=None, is_cancelled=None, climate=None,
                  climate_cost: float = 0.0) -> np.ndarray:
    """Accumulated cost from the source cells.

    resistance: 2-D float array; NaN, +-inf, 0 and negative cells are impassable. sources: 2-D bool mask of the
    same shape (sources on impassable cells are ignored). cell_size: (dx, dy) in map units. neighbours: 8 or 16
    (knight's moves, GRASS r.cost -k rule). max_cost > 0: cells whose cost exceeds it are inf.
    climate: optional 2-D grid of the same shape (NaN/inf cells are impassable); each step then also costs
    climate_cost x |climate difference of its end cells| (see edge_costs.py).
    Returns a float64 array: 0 on sources, inf where unreachable. progress(fraction) and is_cancelled() are plain
    callables; cancelling raises ccsg_plugin.core.errors.Cancelled.
    """
    r, src, blocked, dx, dy, max_cost, clim = _check_inputs(resistance, sources, cell_size, neighbours, max_cost,
                                                            climate, climate_cost)
    tick = _Ticker(progress, is_cancelled)
    tick.check()
    # A cell whose cost equals max_cost stays in, whatever the summation order: its sum may round a few ulps
    # either side of the limit, so the cut has a 1e-12 relative slack and those cells are clamped to it below.
    limit = max_cost * (1 + _LIMIT_SLACK) if max_cost > 0 else _INF
    passable = r[~blocked]
    contrast = float(passable.max() / passable.min())
    if clim is not None:  # the climate term lengthens the largest edge: max edge / min edge bounds |S| / d
        contrast += clim.span(~blocked) / (float(passable.min()) * min(dx, dy))
    block = _block_size(contrast)
    del passable
    if min(r.shape) > 2 and frontier.roughness(r, blocked) > frontier.ROUGH:
        # Rough grid: paths zig-zag and sweeps would need tens of passes; the bucketed pass visits each cell ~once.
        d = frontier.solve(r, blocked, src, dx, dy, neighbours, limit, clim, tick=lambda f: tick.tick(0.05 + 0.94 * f))
        return _finish(d, max_cost, progress)
    # Sweeps run over rows; with 8 neighbours the grid is also swept along columns (on a transposed copy,
    # rebuilt at each switch so only one orientation's edge costs are in memory): paths that wander up and down
    # settle in column sweeps, paths that wander left and right in row sweeps.
    switch = _SWITCH_PAIRS if min(r.shape) > 2 else 0
    sw = _Sweeper(r, blocked, dx, dy, neighbours, limit, block, tick, clim=clim)
    sw.seed(src)
    del src
    other = None  # the cost grid in the other orientation, as it was when that orientation last ran
    transposed = False
    sweep = 0
    episode = 0  # sweeps since the last switch
    while True:
        h = sw.h
        down = episode % 2 == 0
        changed = 0
        rows = range(1, h) if down else range(h - 2, -1, -1)
        # Progress: the first sweep pair covers 0.05..0.5 row by row; later sweeps (each one cheaper, their number
        # unknown in advance) close half of the remaining gap to 0.99 each.
        lo = 0.05 + 0.225 * sweep if sweep < 2 else 0.99 - 0.49 * 0.8 ** (sweep - 2)
        hi = 0.05 + 0.225 * (sweep + 1) if sweep < 2 else 0.99 - 0.49 * 0.8 ** (sweep - 1)
        for k, i in enumerate(rows):
            if sw.relax_row(i, down):
                changed += 1
            if k & 63 == 0:
                tick.tick(lo + (hi - lo) * k / h)
        # The spans read downward are all consumed by a down sweep (and upward by an up sweep), so a sweep
        # without changes after the first of an orientation means nothing is pending.
        for spans in (sw.b1, sw.b2) if down else (sw.a1, sw.a2):
            for i in range(max(h - 2, 0), h) if down else range(0, min(2, h)):
                spans[i][0], spans[i][1] = sw.w, -1
        if episode >= 1 and changed == 0:
            break
        sweep += 1
        episode += 1
        if sweep == _HANDOVER_SWEEPS:
            # Still changing after this many sweeps: the paths wander, hand the rest to the bucketed pass, which
            # starts from these costs (upper bounds) and revisits only what still changes.
            d = _transposed(sw.d) if transposed else sw.d
            del sw, other
            d = frontier.solve(r, blocked, None, dx, dy, neighbours, limit, clim, d=d,
                               tick=lambda f, lo=lo: tick.tick(lo + (0.99 - lo) * f))
            return _finish(d, max_cost, progress)
        if switch and episode == 2 * switch:
            switch *= _SWITCH_GROWTH
            tick.tick(lo)
            d_now = sw.d
            shape = d_now.shape
            del sw
            if other is None:
                other = np.full(shape[::-1], np.inf)
            d_t = _transposed(d_now)
            moved = np.less(d_t, other)  # cells the last orientation lowered
            del other
            other, d_now = d_now, d_t
            del d_t
            transposed = not transposed
            rr = _transposed(r) if transposed else r
            bb = _transposed(blocked) if transposed else blocked
            sdx, sdy = (dy, dx) if transposed else (dx, dy)
            cc = clim.transposed(_transposed) if transposed and clim is not None else clim
            sw = _Sweeper(rr, bb, sdx, sdy, neighbours, limit, block, tick, d_now, cc)
            del rr, bb, d_now, cc
            sw.resettle(moved)
            del moved
            episode = 0
    d = sw.d
    del sw, other
    return _finish(_transposed(d) if transposed else d, max_cost, progress)


def _finish(d, max_cost, progress):
    prog.report(progress, 1.0)
    if max_cost > 0:
        np.minimum(d, max_cost, out=d, where=np.isfinite(d))
    return d


_LIMIT_SLACK = 1e-12


class _Ticker:
    """Reports progress (kept monotone) and checks for cancel at most every 0.25 s of wall time."""

    def __init__(self, progress, is_cancelled):
        self.progress, self.is_cancelled = progress, is_cancelled
        self.last = time.monotonic()
        self.done = 0.0

    def check(self):
        prog.check_cancelled(self.is_cancelled)

    def tick(self, fraction: float):
        now = time.monotonic()
        if now - self.last > 0.25:
            self.last = now
            prog.check_cancelled(self.is_cancelled)
            self.done = max(self.done, min(fraction, 0.99))
            prog.report(self.progress, self.done)
