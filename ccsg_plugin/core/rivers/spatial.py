"""Vectorised proximity on plain arrays: snapping end points together, and points to their nearest line segment.

Both hash coordinates to a square grid and compare only neighbouring cells, so there is no Python loop over pairs
(shapely 1.8, which the plugin supports, has no vectorised nearest queries).
"""

from __future__ import annotations

import numpy as np


def components(n: int, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Connected-component labels (0..k-1, in order of first appearance by index) of n items joined by edges a-b.

    Hooking plus pointer jumping: each round hangs the larger root under the smaller one, so a long chain takes
    a few dozen rounds, not one per link."""
    parent = np.arange(n)
    a = np.asarray(a, dtype=np.int64)
    b = np.asarray(b, dtype=np.int64)
    while True:
        ra, rb = parent[a], parent[b]
        differ = ra != rb
        if not differ.any():
            break
        lo = np.minimum(ra[differ], rb[differ])
        hi = np.maximum(ra[differ], rb[differ])
        np.minimum.at(parent, hi, lo)
        while True:  # pointer jumping to the roots
            nxt = parent[parent]
            if np.array_equal(nxt, parent):
                break
            parent = nxt
    _, labels = np.unique(parent, return_inverse=True)
    return labels


def snap_clusters(points: np.ndarray, tolerance: float) -> np.ndarray:
    """Cluster labels of points: two points within `tolerance` (inclusive) share a label, transitively."""
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    n = len(points)
    if n == 0:
        return np.zeros(0, dtype=np.int64)
    if tolerance <= 0:
        _, labels = np.unique(points, axis=0, return_inverse=True)
        return labels.ravel()
    cells = np.floor((points - points.min(axis=0)) / tolerance).astype(np.int64)
    width = int(cells[:, 1].max()) + 3
    keys = cells[:, 0] * width + cells[:, 1]
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    pa, pb = [], []
    for dx in (-1, 0, 1):  # points within the tolerance lie in the same or a neighbouring cell
        for dy in (-1, 0, 1):
            target = keys + dx * width + dy
            left = np.searchsorted(sorted_keys, target, "left")
            right = np.searchsorted(sorted_keys, target, "right")
            counts = right - left
            src = np.repeat(np.arange(n), counts)
            offsets = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
            dst = order[np.repeat(left, counts) + offsets]
            keep = src < dst
            pa.append(src[keep])
            pb.append(dst[keep])
    a = np.concatenate(pa)
    b = np.concatenate(pb)
    close = np.hypot(*(points[a] - points[b]).T) <= tolerance
    return components(n, a[close], b[close])


def nearest_segments(points: np.ndarray, seg_a: np.ndarray, seg_b: np.ndarray, tolerance: float):
    """For each point, the nearest segment within `tolerance` (inclusive, plus 1e-9 of the coordinates' magnitude
    for rounding): (segment index or -1, distance, t).

    t in [0, 1] is the position of the nearest point along the segment. A point farther than the tolerance from
    every segment gets -1 and the distance to the nearest segment within a larger search (inf when none)."""
    points = np.asarray(points, dtype=float).reshape(-1, 2)
    m = len(points)
    best = np.full(m, -1, dtype=np.int64)
    dist = np.full(m, np.inf)
    tpar = np.zeros(m)
    if m == 0 or len(seg_a) == 0:
        return best, dist, tpar
    # A point digitised onto a line is rarely exactly on it in floating point: allow a rounding slack.
    slack = 1e-9 * max(1.0, float(np.abs(seg_a).max()))
    tolerance = tolerance + slack
    lo = np.minimum(seg_a, seg_b) - tolerance
    hi = np.maximum(seg_a, seg_b) + tolerance
    extent = hi - lo
    cell = max(float(np.median(extent.max(axis=1))), 1e-9)
    origin = lo.min(axis=0)
    i0 = np.floor((lo - origin) / cell).astype(np.int64)
    i1 = np.floor((hi - origin) / cell).astype(np.int64)
    nx = i1[:, 0] - i0[:, 0] + 1
    ny = i1[:, 1] - i0[:, 1] + 1
    counts = nx * ny
    seg = np.repeat(np.arange(len(seg_a)), counts)
    k = np.arange(counts.sum()) - np.repeat(np.cumsum(counts) - counts, counts)
    cx = i0[seg, 0] + k % nx[seg]
    cy = i0[seg, 1] + k // nx[seg]
    width = int(i1[:, 1].max()) + 2
    keys = cx * width + cy
    order = np.argsort(keys, kind="stable")
    sorted_keys = keys[order]
    pc = np.floor((points - origin) / cell).astype(np.int64)
    inside = (pc >= 0).all(axis=1) & (pc[:, 0] <= i1[:, 0].max()) & (pc[:, 1] < width)
    pkeys = np.where(inside, pc[:, 0] * width + pc[:, 1], -1)
    left = np.searchsorted(sorted_keys, pkeys, "left")
    right = np.searchsorted(sorted_keys, pkeys, "right")
    cnt = np.where(inside, right - left, 0)
    src = np.repeat(np.arange(m), cnt)
    offsets = np.arange(cnt.sum()) - np.repeat(np.cumsum(cnt) - cnt, cnt)
    cand = seg[order[np.repeat(left, cnt) + offsets]]
    d, t = point_segment_distance(points[src], seg_a[cand], seg_b[cand])
    ok = d <= tolerance
    src, cand, d, t = src[ok], cand[ok], d[ok], t[ok]
    pick = np.lexsort((cand, d, src))  # per point: the nearest, then the lowest segment index
    src, cand, d, t = src[pick], cand[pick], d[pick], t[pick]
    first = np.ones(len(src), dtype=bool)
    first[1:] = src[1:] != src[:-1]
    best[src[first]] = cand[first]
    dist[src[first]] = d[first]
    tpar[src[first]] = t[first]
    missing = np.flatnonzero(best < 0)
    if len(missing):  # how far off they are, for the message (brute force over few points, in chunks)
        for chunk in np.array_split(missing, max(1, len(missing) * len(seg_a) // 2_000_000 + 1)):
            dd, _ = point_segment_distance(points[chunk][:, None, :], seg_a[None], seg_b[None])
            dist[chunk] = dd.min(axis=1)
    return best, dist, tpar


def point_segment_distance(p: np.ndarray, a: np.ndarray, b: np.ndarray):
    """Distance from points p to segments a-b (broadcasting) and the parameter t of the nearest point."""
    ab = b - a
    ap = p - a
    den = (ab * ab).sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.where(den > 0, (ap * ab).sum(axis=-1) / np.where(den > 0, den, 1.0), 0.0)
    t = np.clip(t, 0.0, 1.0)
    near = a + t[..., None] * ab
    return np.hypot(*np.moveaxis(p - near, -1, 0)), t
