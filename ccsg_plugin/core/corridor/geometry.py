"""Geometric measurements of one corridor polygon between two core areas (shapely only, projected metres).

Width is measured with the negative-buffer test of CRITERIA.md 2b: the corridor shrunk by w/2 on every side must
still hold one connected part that reaches both linked cores; the largest such w is the corridor's minimum width.
This is the diameter of the largest disc that can roll from one core to the other inside the corridor.

Which two cores: when a corridor touches more than two cores, `linked_core_pair` picks the two whose contact zones
with the corridor are farthest apart (the corridor's two ends); cores touched along the way are passed through, not
linked. Callers that know the intended pair (attribute `connected_core_ids`) pass those cores directly.
"""

from __future__ import annotations

import heapq
import math
import struct
from typing import Hashable, Sequence

import numpy as np
from shapely import wkb
from shapely.geometry import LineString, MultiPoint, Point, Polygon
from shapely.geometry.base import BaseGeometry
from shapely.ops import nearest_points, unary_union
from shapely.prepared import prep

# Distance (m) within which a shrunk part still counts as reaching a core: digitising slack between layers.
DEFAULT_SNAP = 10.0


def _valid(geom: BaseGeometry) -> BaseGeometry:
    """A valid version of geom (buffer(0) repairs self-touching rings and bow-ties well enough for measuring)."""
    if geom is None or geom.is_empty:
        return geom
    return geom if geom.is_valid else geom.buffer(0)


def _parts(geom: BaseGeometry) -> list[BaseGeometry]:
    """The polygon parts of a (multi)polygon or collection, empty parts dropped."""
    if geom is None or geom.is_empty:
        return []
    if hasattr(geom, "geoms"):
        out: list[BaseGeometry] = []
        for g in geom.geoms:
            out.extend(_parts(g))
        return out
    return [geom] if geom.area > 0 else []


def _measured_space(corridor: BaseGeometry, core_a: BaseGeometry, core_b: BaseGeometry) -> BaseGeometry:
    """The corridor without the parts that lie inside the two cores: a corridor drawn overlapping a core is not
    narrowed by its tail inside that core."""
    corridor = _valid(corridor)
    cut = corridor.difference(unary_union([_valid(core_a), _valid(core_b)]))
    return cut if not cut.is_empty else corridor


def _reaches(part: BaseGeometry, core: BaseGeometry, reach: float) -> bool:
    return part.distance(core) <= reach


# Each erosion step's result is simplified by this share of the step's radius: without it every step adds an arc
# at each concave corner and a staircase outline from a raster grows to 10^5 vertices. The drift it allows adds up
# to at most this share of the width, the same order as the error of GEOS's 16-segment buffer discs (0.12 %).
_STEP_SIMPLIFY = 0.001
# Bisection stops at `tolerance` or at this share of the width, whichever is larger (0.5 m on widths up to 5 km).
_RELATIVE_TOLERANCE = 1e-4
_START_SHARE = 100.0


def _linking_parts(parts: list[BaseGeometry], core_a: BaseGeometry, core_b: BaseGeometry, w_from: float,
                   w_to: float, snap: float) -> list[BaseGeometry]:
    """The parts of space.buffer(-w_to/2) that reach both cores (within w_to/2 + snap), given `parts`: the parts
    of space.buffer(-w_from/2) that reach both cores (w_from <= w_to).

    Shrinking by w_to/2 is shrinking by w_from/2 and then by (w_to - w_from)/2, and a part that links the cores
    at w_to lies inside one that links them at w_from: only those parts are shrunk, by the difference. Small
    steps on already shrunk, smaller parts are far faster than one large buffer of the whole corridor."""
    d = (w_to - w_from) / 2.0
    reach = w_to / 2.0 + snap
    out: list[BaseGeometry] = []
    for part in parts:
        for p in (_parts(part.buffer(-d, _quad_segs(d))) if d > 0 else [part]):
            if _reaches(p, core_a, reach) and _reaches(p, core_b, reach):
                out.append(_simplified(p, d) if d > 0 else p)
    return out


def _quad_segs(d: float) -> int:
    """Segments per quarter circle for a shrink by d: GEOS's 16 (arcs within 0.12 % of d) for large steps, fewer
    where that is finer than 5 cm (a shrink by millimetres needs no 16-segment arc at every concave corner)."""
    if d <= 0:
        return 16
    allowed = max(0.0012 * d, 0.05)
    if allowed >= d:
        return 1
    return int(min(16, max(1, math.ceil((math.pi / 4.0) / math.acos(1.0 - allowed / d)))))


def _simplified(part: BaseGeometry, d: float) -> BaseGeometry:
    """part simplified after a shrink by d (see _STEP_SIMPLIFY); the fast simplification unless it breaks the
    polygon's validity."""
    tolerance = max(_STEP_SIMPLIFY * d, min(d, 0.01))
    fast = part.simplify(tolerance, preserve_topology=False)
    if not fast.is_empty and fast.is_valid:
        return fast
    return part.simplify(tolerance)


class _Search:
    """The widths at which the linking parts were computed for one corridor and pair of cores, with those parts:
    narrowest_location continues from the last min_width search on the same shapes instead of shrinking again."""

    def __init__(self, space: BaseGeometry, core_a: BaseGeometry, core_b: BaseGeometry, snap: float) -> None:
        self.space, self.core_a, self.core_b, self.snap = space, core_a, core_b, snap
        minx, miny, maxx, maxy = space.bounds
        self.limit = min(maxx - minx, maxy - miny)  # no inscribed disc is wider than the bounding box
        self.steps: list[tuple[float, list[BaseGeometry]]] = [(0.0, [space])]

    def step(self, w_from: float, parts: list[BaseGeometry], w_to: float) -> list[BaseGeometry]:
        found = _linking_parts(parts, self.core_a, self.core_b, w_from, w_to, self.snap)
        if found:
            self.steps.append((w_to, found))
        return found

    def parts_at(self, w: float) -> list[BaseGeometry]:
        """The linking parts at width w: from the widest recorded width not above w, doubling (from 1/100 of the
        bounding box's short side) as min_width does; large shrinks of a whole staircase outline are slow."""
        w_now, parts = max((s for s in self.steps if s[0] <= w), key=lambda s: s[0])
        while parts and w_now < w:
            w_next = min(w, max(2.0 * w_now, self.limit / _START_SHARE))
            parts = self.step(w_now, parts, w_next)
            w_now = w_next
        return parts


_last_search: tuple | None = None  # (key, _Search) of the last min_width call


def _search_for(corridor: BaseGeometry, core_a: BaseGeometry, core_b: BaseGeometry, snap: float) -> _Search:
    global _last_search
    key = (corridor.wkb, core_a.wkb, core_b.wkb, float(snap))
    last = _last_search
    if last is not None and last[0] == key:
        return last[1]
    search = _Search(_measured_space(corridor, core_a, core_b), core_a, core_b, snap)
    _last_search = (key, search)
    return search


def min_width(corridor: BaseGeometry, core_a: BaseGeometry, core_b: BaseGeometry, tolerance: float = 0.5,
              snap: float = DEFAULT_SNAP) -> float:
    """Largest width w (map units, metres) such that corridor.buffer(-w/2) still has one connected part touching
    both cores (touch test: the part lies within w/2 + snap of the core). Found to `tolerance` or 0.01 % of the
    width, whichever is larger; widths of several kilometres carry the ~0.1 % error of the buffer's polygonal
    discs.

    0.0 when even a tiny shrink disconnects them or the corridor does not touch both cores. Multi-part corridors,
    holes and cores overlapping the corridor ends are handled (the parts inside the cores are not measured).
    A 3000 x 500 rectangle joining two square cores at its short ends -> 500 (within tolerance).

    Search: from a tiny shrink, the width doubles (starting at 1/100 of the bounding box's short side) until the
    cores are cut apart, then bisection; every step shrinks only the parts that still link the cores, by the
    difference to the last width that linked them (_linking_parts).
    """
    if corridor is None or corridor.is_empty or core_a is None or core_b is None:
        return 0.0
    search = _search_for(corridor, core_a, core_b, snap)
    tiny = min(tolerance / 2.0, 0.01)
    lo_parts = search.parts_at(tiny)
    if not lo_parts:
        return 0.0
    limit = search.limit + tolerance
    lo, hi = tiny, None
    w = max(search.limit / _START_SHARE, 2.0 * tiny)
    while hi is None:
        found = search.step(lo, lo_parts, w)
        if not found:
            hi = w
        elif w >= limit:
            return w
        else:
            lo, lo_parts = w, found
            w = min(2.0 * w, limit)
    while hi - lo > max(tolerance, _RELATIVE_TOLERANCE * lo):
        mid = (lo + hi) / 2.0
        found = search.step(lo, lo_parts, mid)
        if found:
            lo, lo_parts = mid, found
        else:
            hi = mid
    return lo


def narrowest_location(corridor: BaseGeometry, core_a: BaseGeometry, core_b: BaseGeometry, width: float,
                       snap: float = DEFAULT_SNAP) -> Point | None:
    """Where the neck is (the pinch point that limits `width`, as returned by min_width).

    Just above `width` the shrunk corridor breaks: the neck lies between the shrunk parts still reaching core A and
    the rest of the linking part; its location is the middle of the shortest gap between them. When the corridor
    has the same width everywhere (a rectangle) any point is a neck: the centre of the corridor is returned.
    """
    if corridor is None or corridor.is_empty or width <= 0:
        return None
    search = _search_for(corridor, core_a, core_b, snap)
    delta = max(1.0, 0.02 * width)
    w_lo = max(width - delta, 0.0)
    mains = search.parts_at(w_lo)
    if not mains:
        w_lo, mains = 0.0, _linking_parts([search.space], core_a, core_b, 0.0, 0.0, snap)
        if not mains:
            return None
    main = mains[0]
    w_hi = width + delta
    # The parts of the corridor shrunk by w_hi/2 that lie in `main`: `main` shrunk by the difference.
    d = (w_hi - w_lo) / 2.0
    relevant = _parts(main.buffer(-d, _quad_segs(d)))
    reach = w_hi / 2.0 + snap
    group_a = [p for p in relevant if _reaches(p, core_a, reach)]
    others = [p for p in relevant if not _reaches(p, core_a, reach)]

    def outline(parts: list[BaseGeometry]) -> BaseGeometry:
        # The neck is placed to a fraction of delta: fewer vertices make nearest_points far faster. A sliver
        # narrower than the tolerance simplifies to nothing (a corridor a hair wider mid-way than at its ends):
        # then the unsimplified union is used.
        whole = unary_union(parts)
        simple = whole.simplify(delta / 8.0, preserve_topology=False)
        return simple if not simple.is_empty else whole

    if group_a and others:
        pa, pb = nearest_points(outline(group_a), outline(others))
        return Point((pa.x + pb.x) / 2.0, (pa.y + pb.y) / 2.0)
    if others:  # the corridor is narrowest where it meets core A
        pa, pb = nearest_points(_valid(core_a), outline(others))
        return Point((pa.x + pb.x) / 2.0, (pa.y + pb.y) / 2.0)
    if group_a:  # narrowest where it meets core B
        pa, pb = nearest_points(outline(group_a), _valid(core_b))
        return Point((pa.x + pb.x) / 2.0, (pa.y + pb.y) / 2.0)
    centre = main.centroid
    return centre if main.contains(centre) else main.representative_point()


def centreline_length(corridor: BaseGeometry, centreline: BaseGeometry | None = None) -> float:
    """The centreline's length if given, else the longest straight span of the corridor (the largest distance
    between two vertices of its convex hull)."""
    if centreline is not None and not centreline.is_empty:
        return float(centreline.length)
    if corridor is None or corridor.is_empty:
        return 0.0
    hull = corridor.convex_hull
    coords = list(hull.exterior.coords) if isinstance(hull, Polygon) else list(hull.coords)
    best = 0.0
    for i in range(len(coords)):
        xi, yi = coords[i][0], coords[i][1]
        for j in range(i + 1, len(coords)):
            d = math.hypot(coords[j][0] - xi, coords[j][1] - yi)
            if d > best:
                best = d
    return best


def connected_core_ids(corridor: BaseGeometry, cores: Sequence[tuple[Hashable, BaseGeometry]],
                       snap: float = DEFAULT_SNAP, bounds: np.ndarray | None = None) -> list:
    """Ids of the cores the corridor touches or intersects, within `snap` metres, in input order.
    `bounds` (n x 4, the cores' bounding boxes) may be passed to save recomputing them for every corridor."""
    if corridor is None or corridor.is_empty or not cores:
        return []
    corridor = _valid(corridor)
    minx, miny, maxx, maxy = corridor.bounds
    if bounds is None:
        bounds = np.array([g.bounds if g is not None and not g.is_empty else (np.inf,) * 4 for _, g in cores],
                          dtype=float).reshape(-1, 4)
    near = ((bounds[:, 0] <= maxx + snap) & (bounds[:, 2] >= minx - snap) & (bounds[:, 1] <= maxy + snap)
            & (bounds[:, 3] >= miny - snap))
    return [cores[i][0] for i in np.flatnonzero(near) if corridor.distance(_valid(cores[i][1])) <= snap]


def contact_point(corridor: BaseGeometry, core: BaseGeometry, snap: float = DEFAULT_SNAP) -> Point:
    """The middle of the zone where the corridor meets a core (centroid of corridor within snap of the core)."""
    corridor = _valid(corridor)
    zone = corridor.intersection(_valid(core).buffer(snap))
    if zone.is_empty or zone.area <= 0:
        return nearest_points(corridor, core)[0]
    c = zone.centroid
    return c if zone.buffer(1e-6).contains(c) else zone.representative_point()


def linked_core_pair(corridor: BaseGeometry, cores: Sequence[tuple[Hashable, BaseGeometry]],
                     snap: float = DEFAULT_SNAP) -> tuple[tuple[Hashable, BaseGeometry],
                                                          tuple[Hashable, BaseGeometry]] | None:
    """The two cores the corridor links: of the cores it touches, the pair whose contact zones are farthest apart.
    None when it touches fewer than two."""
    touched = set(connected_core_ids(corridor, cores, snap))
    chosen = [(cid, g) for cid, g in cores if cid in touched]
    if len(chosen) < 2:
        return None
    if len(chosen) == 2:
        return chosen[0], chosen[1]
    points = [contact_point(corridor, g, snap) for _, g in chosen]
    best, pair = -1.0, (0, 1)
    for i in range(len(chosen)):
        for j in range(i + 1, len(chosen)):
            d = points[i].distance(points[j])
            if d > best:
                best, pair = d, (i, j)
    return chosen[pair[0]], chosen[pair[1]]


def area_ha(corridor: BaseGeometry) -> float:
    return 0.0 if corridor is None or corridor.is_empty else float(corridor.area) / 10_000.0


# --- corridor axis (skeleton approximation) and width profile -------------------------------------------------


def _ring_arrays(poly: BaseGeometry) -> list[np.ndarray]:
    out = []
    for part in _parts(poly):
        for ring in [part.exterior, *part.interiors]:
            out.append(np.asarray(ring.coords, dtype=float)[:, :2])
    return out


def _densified_boundary(poly: BaseGeometry, step: float) -> np.ndarray:
    """Points every ~step metres along all rings (vertices kept), as an (n, 2) array."""
    chunks = []
    for ring in _ring_arrays(poly):
        a, b = ring[:-1], ring[1:]
        seg = np.hypot(*(b - a).T)
        for k in np.flatnonzero(seg > 0):
            n = max(1, int(math.ceil(seg[k] / step)))
            t = (np.arange(n) / n)[:, None]
            chunks.append(a[k] + t * (b[k] - a[k]))
    return np.concatenate(chunks) if chunks else np.zeros((0, 2))


def _points_inside(xy: np.ndarray, poly: BaseGeometry) -> np.ndarray:
    """Even-odd point-in-polygon test for many points at once (holes and multi-parts included)."""
    rings = _ring_arrays(poly)
    a = np.concatenate([r[:-1] for r in rings])
    b = np.concatenate([r[1:] for r in rings])
    edge_lo, edge_hi = np.minimum(a[:, 1], b[:, 1]), np.maximum(a[:, 1], b[:, 1])
    order = np.argsort(xy[:, 1], kind="stable")
    inside = np.zeros(len(xy), dtype=bool)
    for lo in range(0, len(xy), 512):  # chunks keep the (points x edges) temporaries small
        idx = order[lo:lo + 512]
        x, y = xy[idx, 0:1], xy[idx, 1:2]
        # points taken in y order: only edges spanning the chunk's y range can be crossed by its rays
        near = (edge_hi >= y[0, 0]) & (edge_lo <= y[-1, 0])
        ea, eb = a[near], b[near]
        cross = (ea[:, 1] <= y) != (eb[:, 1] <= y)
        with np.errstate(divide="ignore", invalid="ignore"):
            xc = ea[:, 0] + (y - ea[:, 1]) * (eb[:, 0] - ea[:, 0]) / (eb[:, 1] - ea[:, 1])
        inside[idx] = (np.count_nonzero(cross & (xc > x), axis=1) % 2) == 1
    return inside


def _wkb_segments(geom: BaseGeometry) -> np.ndarray:
    """(n, 4) array x0, y0, x1, y1 of the first and last points of every LineString in geom, read from its WKB
    (iterating shapely 1.8 geometries point by point is far slower)."""
    data = wkb.dumps(geom)
    out: list[tuple[float, float, float, float]] = []

    def read(pos: int) -> int:
        order = "<" if data[pos] == 1 else ">"
        gtype = struct.unpack_from(order + "I", data, pos + 1)[0] % 1000
        pos += 5
        if gtype == 2:
            n = struct.unpack_from(order + "I", data, pos)[0]
            pts = struct.unpack_from(order + "d" * (2 * n), data, pos + 4)
            if n >= 2:
                out.append((pts[0], pts[1], pts[-2], pts[-1]))
            return pos + 4 + 16 * n
        if gtype in (5, 7):
            count = struct.unpack_from(order + "I", data, pos)[0]
            pos += 4
            for _ in range(count):
                pos = read(pos)
            return pos
        raise ValueError(f"unexpected WKB type {gtype}")

    read(0)
    return np.asarray(out, dtype=float).reshape(-1, 4)


def _skeleton_path(space: BaseGeometry, start: Point, end: Point, width_hint: float | None = None) -> list | None:
    """Approximate medial-axis path between the points of the Voronoi skeleton nearest `start` and `end`.

    The boundary is sampled every half of the narrowest width (when known), between perimeter/1500 and
    perimeter/200: dense enough for the skeleton to pass through the neck, few enough to stay fast."""
    from shapely.ops import voronoi_diagram  # shapely >= 1.8

    perimeter = sum(r.length for p in _parts(space) for r in [p.exterior, *p.interiors])
    if perimeter <= 0:
        return None
    step = perimeter / 600.0 if not width_hint or width_hint <= 0 else width_hint / 2.0
    step = min(max(step, perimeter / 1500.0), perimeter / 200.0)
    pts = _densified_boundary(space, step)
    if len(pts) < 4:
        return None
    seg = _wkb_segments(voronoi_diagram(MultiPoint(pts.tolist()), edges=True))
    if len(seg) == 0:
        return None
    mid = (seg[:, :2] + seg[:, 2:]) / 2.0
    ok = _points_inside(np.vstack([seg[:, :2], seg[:, 2:], mid]), space).reshape(3, -1).all(axis=0)
    seg = seg[ok & ((seg[:, 0] != seg[:, 2]) | (seg[:, 1] != seg[:, 3]))]
    if len(seg) == 0:
        return None
    ends = np.round(np.vstack([seg[:, :2], seg[:, 2:]]), 3)
    nodes, index = np.unique(ends, axis=0, return_inverse=True)
    index = index.reshape(-1)
    u, v = index[: len(seg)], index[len(seg):]
    w = np.hypot(seg[:, 2] - seg[:, 0], seg[:, 3] - seg[:, 1])
    graph: list[list[tuple[float, int]]] = [[] for _ in range(len(nodes))]
    for a, b, d in zip(u.tolist(), v.tolist(), w.tolist()):
        graph[a].append((d, b))
        graph[b].append((d, a))
    src = int(np.argmin(np.hypot(nodes[:, 0] - start.x, nodes[:, 1] - start.y)))
    dst = int(np.argmin(np.hypot(nodes[:, 0] - end.x, nodes[:, 1] - end.y)))
    dist = {src: 0.0}
    prev: dict[int, int] = {}
    heap = [(0.0, src)]
    while heap:
        d, n = heapq.heappop(heap)
        if n == dst:
            break
        if d > dist.get(n, math.inf):
            continue
        for wgt, m in graph[n]:
            nd = d + wgt
            if nd < dist.get(m, math.inf):
                dist[m], prev[m] = nd, n
                heapq.heappush(heap, (nd, m))
    if dst not in dist:
        return None
    path = [dst]
    while path[-1] != src:
        path.append(prev[path[-1]])
    return [tuple(nodes[i]) for i in path[::-1]]


def corridor_axis(corridor: BaseGeometry, core_a: BaseGeometry, core_b: BaseGeometry,
                  snap: float = DEFAULT_SNAP, width_hint: float | None = None) -> LineString | None:
    """An axis from core A to core B through the corridor: the contact points with both cores joined along the
    corridor's skeleton (a Voronoi medial-axis approximation); the straight line between the contact points when
    no skeleton can be built."""
    if corridor is None or corridor.is_empty:
        return None
    space = _measured_space(corridor, core_a, core_b)
    start, end = contact_point(corridor, core_a, snap), contact_point(corridor, core_b, snap)
    path = None
    try:
        path = _skeleton_path(space, start, end, width_hint)
    except Exception:  # the skeleton is a refinement; a straight axis is the documented fallback
        path = None
    if not path:
        return LineString([start, end]) if start.distance(end) > 0 else None
    # Drop skeleton spurs running into the core ends: keep nodes farther from each core than from the corridor's
    # sides (its boundary away from the cores).
    sides = space.boundary.difference(unary_union([_valid(core_a), _valid(core_b)]).buffer(snap))
    if sides.is_empty:
        sides = space.boundary

    def spur(n, core) -> bool:
        p = Point(n)
        return p.distance(core) <= sides.distance(p) * 1.05  # 5 %: sampled skeletons zigzag along spurs

    lo, hi = 0, len(path)
    while lo < hi and spur(path[lo], core_a):
        lo += 1
    while hi > lo and spur(path[hi - 1], core_b):
        hi -= 1
    inner = path[lo:hi]
    coords = [(start.x, start.y), *inner, (end.x, end.y)]
    line = LineString(coords)
    simplified = line.simplify(max(line.length / 500.0, 0.5))
    return simplified if simplified.length > 0 else None


def _transect_widths(space: BaseGeometry, centres: np.ndarray, normals: np.ndarray):
    """Width of the corridor along each transect (centre point, unit normal), all transects at once.

    Every boundary edge is intersected with every transect line (parameter t along the normal); the crossings
    just below and above t = 0 bracket the piece through the centre. A centre outside the corridor (an axis cutting
    a bend) takes the nearest piece. Returns (widths, midpoints) with NaN where a transect meets nothing."""
    rings = _ring_arrays(space)
    a = np.concatenate([r[:-1] for r in rings])
    e = np.concatenate([r[1:] for r in rings]) - a
    px, py = centres[:, 0:1], centres[:, 1:2]
    nx, ny = normals[:, 0:1], normals[:, 1:2]
    # Solve p + t n = a + s e for (t, s): 2x2 systems, one per (transect, edge).
    det = nx * (-e[:, 1]) - ny * (-e[:, 0])
    rx, ry = a[:, 0] - px, a[:, 1] - py
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (rx * (-e[:, 1]) - ry * (-e[:, 0])) / det
        sp = (nx * ry - ny * rx) / det
    hit = (det != 0) & (sp >= 0) & (sp < 1)
    t = np.where(hit, t, np.nan)
    widths = np.full(len(centres), np.nan)
    mids = np.full(len(centres), np.nan)
    for i in range(len(centres)):
        ts = np.sort(t[i][~np.isnan(t[i])])
        if len(ts) < 2:
            continue
        below, above = ts[ts < 0], ts[ts >= 0]
        if len(below) % 2 == 1 and len(above):  # the centre is inside: odd number of crossings on each side
            lo, hi = below[-1], above[0]
        else:
            pairs = ts[: len(ts) // 2 * 2].reshape(-1, 2)
            gap = np.where((pairs[:, 0] <= 0) & (pairs[:, 1] >= 0), 0.0,
                           np.minimum(np.abs(pairs[:, 0]), np.abs(pairs[:, 1])))
            lo, hi = pairs[int(np.argmin(gap))]
        widths[i], mids[i] = hi - lo, (lo + hi) / 2.0
    return widths, centres + normals * mids[:, None]


def width_profile(corridor: BaseGeometry, core_a: BaseGeometry, core_b: BaseGeometry, spacing: float,
                  axis: LineString | None = None, snap: float = DEFAULT_SNAP) -> list[tuple[float, float, Point]]:
    """(distance along the axis, width, location) from transects perpendicular to the corridor axis, every
    `spacing` metres (the first half a spacing from core A). The axis is `axis` if given (a centreline or
    least-cost path), else `corridor_axis`. Transects are cut by the corridor without the cores; the width is
    the length of the piece through the axis point and the location is that piece's midpoint. Axis points inside
    (or on the edge of) a core give no sample."""
    if corridor is None or corridor.is_empty or spacing <= 0:
        return []
    space = _measured_space(corridor, core_a, core_b)
    if axis is None:
        axis = corridor_axis(corridor, core_a, core_b, snap)
    if axis is None or axis.length <= 0:
        return []
    length = axis.length
    dists = np.arange(spacing / 2.0, length, spacing) if length >= spacing else np.array([length / 2.0])
    reach = max(spacing / 4.0, 1.0)
    coords = np.asarray(axis.coords, dtype=float)[:, :2]
    cum = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(coords, axis=0).T))])

    def at(d: np.ndarray) -> np.ndarray:
        return np.column_stack([np.interp(d, cum, coords[:, 0]), np.interp(d, cum, coords[:, 1])])

    centres = at(dists)
    tangent = at(np.minimum(dists + reach, length)) - at(np.maximum(dists - reach, 0.0))
    norm = np.hypot(tangent[:, 0], tangent[:, 1])
    keep = norm > 0
    dists, centres, tangent, norm = dists[keep], centres[keep], tangent[keep], norm[keep]
    # The axis (a centreline or least-cost path) often runs on into the cores. A transect there measures only the
    # slivers of corridor beside the core's edge: no width of the linkage, so those samples are left out.
    cores = prep(unary_union([_valid(core_a), _valid(core_b)]))
    outside = np.array([not cores.intersects(Point(float(x), float(y))) for x, y in centres], dtype=bool)
    dists, centres, tangent, norm = dists[outside], centres[outside], tangent[outside], norm[outside]
    if not len(dists):
        return []
    normals = np.column_stack([-tangent[:, 1] / norm, tangent[:, 0] / norm])
    widths, mids = _transect_widths(space, centres, normals)
    return [(float(d), float(w), Point(float(m[0]), float(m[1])))
            for d, w, m in zip(dists, widths, mids) if np.isfinite(w) and w > 0]


def polygon_parts(geom: BaseGeometry) -> list[BaseGeometry]:
    """The polygon parts of a geometry (public name of the helper used by the criteria)."""
    return _parts(geom)
