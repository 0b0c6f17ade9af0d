"""Bucketed label-correcting pass (delta-stepping) over the cell graph, vectorised in numpy.

The row sweeps of costdistance.py settle a smooth landscape in a few passes, but where least-cost paths zig-zag
(white noise, patchy land cover) they need tens of passes. This pass costs about one visit per cell whatever the
landscape: it keeps a set of pending cells (their cost dropped and their neighbours were not yet relaxed from
it), and each round relaxes, all at once, every pending cell whose cost is within `delta` of the smallest pending
cost (a bucket of a Dijkstra run): all 8 (or 16) neighbours of the whole bucket in a few array operations.
Improved neighbours become pending. Cells of a bucket may be improved again by the same bucket (label
correcting), so the result does not depend on delta; delta only trades rounds (Python overhead) against repeat
visits. It ends when nothing is pending: then no edge can lower any cell (beyond the relative tolerance), which
is the exact least-cost solution.

It runs on flat arrays padded with a border of impassable cells (1 cell, 2 with knight's moves), so a neighbour
index never leaves the grid. Edge costs are computed per round from half-resistances (no edge arrays stored):
about 10 bytes per cell besides the cost grid and the half-resistance grid.

Hand-over: it can start from any upper bounds that are real path costs (the sweeps' cost grid) with the
pending set = the cells that can still lower a neighbour (`violators`); it then only revisits what changes.
"""

from __future__ import annotations

import math

import numpy as np

# Same tolerance as the sweeps: a drop smaller than this (relative) is rounding noise, not an improvement.
_KEEP = 1.0 - 1e-13
# Bucket width in units of the cheapest straight step: 16..64 are within 10 % of each other on white noise and
# Voronoi land cover (1 M cells); 16 keeps repeat visits lowest on the demo raster (1.16 against 1.40 at 32,
# 2.1 s against 2.4 s CPU at 4 M cells).
_DELTA_STEPS = 16.0
# The near pile of pending cells spans this many buckets; the rest waits in the far pile (not rescanned each
# round). Measured at 1 M cells: 2, 4 and 8 within 10 % on noise and the demo; 4 best on Voronoi land cover.
_FAR = 4.0


class Grid:
    """Padded flat half-resistance (and scaled climate) of one run, and the neighbour offsets and lengths."""

    def __init__(self, r: np.ndarray, blocked: np.ndarray, dx: float, dy: float, neighbours: int, clim=None):
        h, w = r.shape
        p = 2 if neighbours == 16 else 1
        self.h, self.w, self.p = h, w, p
        self.stride = stride = w + 2 * p
        hr = np.full((h + 2 * p, stride), np.inf)
        inner = hr[p:p + h, p:p + w]
        np.multiply(r, 0.5, out=inner)
        inner[blocked] = np.inf
        self.hr = hr.ravel()
        self.cl = None
        if clim is not None:
            cl = np.zeros((h + 2 * p, stride))
            cl[p:p + h, p:p + w] = clim.c
            self.cl = cl.ravel()
        dd = math.hypot(dx, dy)
        king = [(0, -1, dx), (0, 1, dx), (-1, 0, dy), (1, 0, dy), (-1, -1, dd), (-1, 1, dd), (1, -1, dd),
                (1, 1, dd)]
        offs = [di * stride + dj for di, dj, _ in king]
        lens = [ln for _, _, ln in king]
        mids = []
        if neighbours == 16:
            # A knight's move costs the mean of four resistances (its ends and the two cells it passes between)
            # x its length: (sum of four half-resistances) x length / 2.
            for di, dj in ((-2, -1), (-2, 1), (2, -1), (2, 1), (-1, -2), (-1, 2), (1, -2), (1, 2)):
                offs.append(di * stride + dj)
                lens.append(0.5 * math.hypot(dj * dx, di * dy))
                if abs(di) == 2:
                    mids.append(((di // 2) * stride, (di // 2) * stride + dj))
                else:
                    mids.append((dj // 2, di * stride + dj // 2))
        self.offs = np.array(offs, dtype=np.intp)
        self.lens = np.array(lens)
        self.mid1 = np.array([m[0] for m in mids], dtype=np.intp)
        self.mid2 = np.array([m[1] for m in mids], dtype=np.intp)

    def pad(self, a: np.ndarray, fill: float = math.inf) -> np.ndarray:
        """A 2-D grid of the run's shape as a padded flat array."""
        p = self.p
        out = np.full((self.h + 2 * p, self.stride), fill)
        out[p:p + self.h, p:p + self.w] = a
        return out.ravel()

    def unpad(self, flat: np.ndarray) -> np.ndarray:
        p = self.p
        return flat.reshape(self.h + 2 * p, self.stride)[p:p + self.h, p:p + self.w]

    def flat_index(self, mask: np.ndarray) -> np.ndarray:
        i, j = np.nonzero(mask)
        return (i + self.p) * self.stride + (j + self.p)

    def candidates(self, d: np.ndarray, front: np.ndarray):
        """(targets, costs): every neighbour of the cells front and the cost of reaching it from them."""
        n = self.offs.size
        tgt = front[:, None] + self.offs
        hr = self.hr
        c = hr[tgt]
        c += hr[front][:, None]
        if self.mid1.size:
            k = c[:, 8:]
            k += hr[front[:, None] + self.mid1]
            k += hr[front[:, None] + self.mid2]
        c *= self.lens
        if self.cl is not None:
            t = self.cl[tgt]
            t -= self.cl[front][:, None]
            np.abs(t, out=t)
            c += t
        c += d[front][:, None]
        return tgt.reshape(front.size * n), c.reshape(front.size * n)

    def violators(self, d: np.ndarray) -> np.ndarray:
        """Cells whose cost plus one step still lowers a neighbour: the pending set of a hand-over."""
        bad = np.zeros(d.size, dtype=bool)
        fin = np.flatnonzero(np.isfinite(d))
        for lo in range(0, fin.size, 1 << 12):  # in chunks: the candidate arrays are 8-16x the chunk (0.5 MB)
            front = fin[lo:lo + (1 << 12)]
            tgt, c = self.candidates(d, front)
            better = (c < d[tgt] * _KEEP).reshape(front.size, -1).any(axis=1)
            bad[front[better]] = True
        return np.flatnonzero(bad)


def default_delta(r: np.ndarray, blocked: np.ndarray, dx: float, dy: float) -> float:
    """Bucket width: _DELTA_STEPS cheapest straight steps, but at least half a step over a first-quartile cell
    (a few near-zero cells must not shrink the buckets to nothing)."""
    passable = r[~blocked]
    step = min(dx, dy)
    sample = passable[:: max(1, passable.size // 20000)]
    return max(_DELTA_STEPS * float(passable.min()) * step, 0.5 * float(np.percentile(sample, 25)) * step)


def settle(grid: Grid, d: np.ndarray, pending: np.ndarray, delta: float, limit: float = math.inf,
           tick=None) -> int:
    """Lower d (padded flat costs, upper bounds that are real path costs) to the least costs, relaxing from the
    pending cells in buckets of width delta. Returns the number of rounds.

    Pending cells are kept in two piles so a round does not rescan them all: `near` (cost within _FAR buckets of
    the front) and `far` (a list of arrays, pulled in when near runs empty). A flag per cell says whether it is
    still pending, so stale copies in the far pile (cells relaxed since) are dropped when pulled."""
    stamp = np.zeros(d.size, dtype=np.int32 if d.size < 2**31 else np.int64)
    flag = np.zeros(d.size, dtype=bool)
    near = np.asarray(pending, dtype=np.intp)
    flag[near] = True
    far: list[np.ndarray] = [near]
    near = near[:0]
    edge = -math.inf  # costs <= edge belong to the near pile
    rounds = visits = 0
    while True:
        if near.size == 0:
            if not far:
                break
            f = np.concatenate(far) if len(far) > 1 else far[0]
            f = _unique(f[flag[f]], stamp)
            if f.size == 0:
                break
            df = d[f]
            edge = float(df.min()) + _FAR * delta
            inside = df <= edge
            near, far = f[inside], [f[~inside]]
            continue
        dn = d[near]
        sel = dn <= dn.min() + delta
        front = near[sel]
        near = near[~sel]
        flag[front] = False
        rounds += 1
        visits += front.size
        if tick is not None and rounds & 31 == 0:
            tick(visits)  # progress and cancel
        tgt, c = grid.candidates(d, front)
        m = c < d[tgt] * _KEEP
        if limit < math.inf:
            m &= c <= limit
        tgt = tgt[m]
        if tgt.size == 0:
            continue
        c = c[m]
        order = np.argsort(c)[::-1]  # duplicates: the cheapest is written last, so it wins
        tgt = tgt[order]
        c = c[order]
        d[tgt] = c
        keep = d[tgt] == c  # the winning copy of each improved cell (two if tied)
        tgt = tgt[keep]
        c = c[keep]
        flag[tgt] = True
        close = c <= edge
        if not close.all():
            far.append(tgt[~close])
            tgt = tgt[close]
        # Equal candidates from two cells (ties are common on class rasters) leave two copies: always deduplicate.
        near = _unique(np.concatenate((near, tgt)) if near.size else tgt, stamp)
    return rounds


def _unique(a: np.ndarray, stamp: np.ndarray) -> np.ndarray:
    """The distinct values of a (flat cell indices) in O(len(a)), without sorting: the last copy of each wins."""
    if a.size < 2:
        return a
    pos = np.arange(a.size, dtype=stamp.dtype)
    stamp[a] = pos
    return a[stamp[a] == pos]


# Share of horizontally adjacent passable cells whose resistances differ by more than ~10 % (|log ratio| > _STEP)
# above which a grid counts as rough. Measured: smooth bench landscape 0.008-0.033, a uniform grid with a wall
# 0.04, Voronoi land cover 0.09, the demo raster 0.23-0.61 (resampled 1x..2.6x per axis), white noise 0.90.
# Rough grids go to this pass directly; sweeps would need tens of passes there.
ROUGH = 0.06
_STEP = 0.1


def roughness(r: np.ndarray, blocked: np.ndarray) -> float:
    """Share of horizontally adjacent passable pairs, on every 7th row (a cheap sample), whose resistances differ
    by a factor above exp(_STEP)."""
    a = r[::7]
    ok = ~blocked[::7]
    pair = ok[:, 1:] & ok[:, :-1]
    if not pair.any():
        return 0.0
    with np.errstate(divide="ignore", invalid="ignore"):
        lg = np.log(np.where(ok, a, 1.0))
    return float((np.abs(lg[:, 1:] - lg[:, :-1])[pair] > _STEP).mean())


def solve(r, blocked, src, dx, dy, neighbours, limit, clim=None, d=None, tick=None) -> np.ndarray:
    """Least costs on the unpadded grid. d=None: from the sources; else d holds upper bounds (real path costs,
    e.g. from unfinished sweeps) and only the cells that can still lower a neighbour start pending."""
    grid = Grid(r, blocked, dx, dy, neighbours, clim)
    passable = max(1, int((~blocked).sum()))
    if d is None:
        flat = grid.pad(np.where(src, 0.0, np.inf))
        pending = grid.flat_index(src)
    else:
        flat = grid.pad(d)
        pending = grid.violators(flat)
    delta = default_delta(r, blocked, dx, dy)
    settle(grid, flat, pending, delta, limit, None if tick is None else lambda v: tick(min(v / passable, 1.0)))
    return np.ascontiguousarray(grid.unpad(flat))
