"""Corridor measurements against shapes whose answers are known analytically."""

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import affinity
from shapely.geometry import LineString, Point, Polygon, box
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from ccsg_plugin.core.corridor import geometry as cg

TOL = 0.5

# A 3000 x 500 rectangle joining two square cores at its short ends.
CORE_A = box(-1000, -500, 0, 1000)
CORE_B = box(3000, -500, 4000, 1000)
RECT = box(0, 0, 3000, 500)

# Dumbbell: two 1200 x 1000 bells joined by a 600 m long neck 120 m wide.
BELL_A_CORE = box(-1000, -1000, 0, 1200)
BELL_B_CORE = box(3000, -1000, 4000, 1200)
NECK = box(1200, 190, 1800, 310)
DUMBBELL = unary_union([box(0, -400, 1200, 600), NECK, box(1800, -400, 3000, 600)])


def test_rectangle_width_is_its_short_side():
    assert cg.min_width(RECT, CORE_A, CORE_B, tolerance=TOL) == pytest.approx(500, abs=TOL)


@pytest.mark.parametrize(("length", "width"), [(1000, 50), (2500, 333), (800, 790)])
def test_rectangles_of_other_sizes(length, width):
    a, b = box(-300, -500, 0, width + 500), box(length, -500, length + 300, width + 500)
    assert cg.min_width(box(0, 0, length, width), a, b, tolerance=TOL) == pytest.approx(width, abs=TOL)


def test_width_does_not_depend_on_orientation():
    rot = [affinity.rotate(g, 33, origin=(1500, 250)) for g in (RECT, CORE_A, CORE_B)]
    assert cg.min_width(*rot, tolerance=TOL) == pytest.approx(500, abs=TOL)


def test_rectangle_length_and_area():
    assert cg.area_ha(RECT) == pytest.approx(150.0)
    assert cg.centreline_length(RECT) == pytest.approx(math.hypot(3000, 500))  # longest span: the diagonal
    assert cg.centreline_length(RECT, LineString([(0, 250), (3000, 250)])) == pytest.approx(3000)


def test_dumbbell_neck_sets_the_width_and_the_pinch_point():
    w = cg.min_width(DUMBBELL, BELL_A_CORE, BELL_B_CORE, tolerance=TOL)
    assert w == pytest.approx(120, abs=TOL)
    where = cg.narrowest_location(DUMBBELL, BELL_A_CORE, BELL_B_CORE, w)
    assert NECK.buffer(1).contains(where)


def test_off_centre_neck_is_located():
    neck = box(400, 100, 500, 180)  # 80 m wide, near core A
    shape = unary_union([box(0, 0, 400, 300), neck, box(500, 0, 3000, 300)])
    a, b = box(-100, -100, 0, 400), box(3000, -100, 3100, 400)
    w = cg.min_width(shape, a, b, tolerance=TOL)
    assert w == pytest.approx(80, abs=TOL)
    assert neck.buffer(1).contains(cg.narrowest_location(shape, a, b, w))


def test_cores_overlapping_the_ends_do_not_narrow_the_corridor():
    # The corridor runs 200 m into each core and ends there in a 40 m wide tail.
    tails = unary_union([RECT, box(-200, 230, 0, 270), box(3000, 230, 3200, 270)])
    assert cg.min_width(tails, CORE_A, CORE_B, tolerance=TOL) == pytest.approx(500, abs=TOL)


def test_hole_splits_the_corridor_into_two_strips():
    holed = RECT.difference(box(1000, 150, 1100, 350))  # leaves 150 m strips on both sides of the hole
    assert cg.min_width(holed, CORE_A, CORE_B, tolerance=TOL) == pytest.approx(150, abs=TOL)


def test_side_lobe_on_a_thin_neck_is_ignored():
    lobe = unary_union([RECT, box(1400, 500, 1450, 700), box(1200, 700, 1700, 1200)])
    w = cg.min_width(lobe, CORE_A, CORE_B, tolerance=TOL)
    assert w == pytest.approx(500, abs=TOL)
    assert RECT.buffer(1).contains(cg.narrowest_location(lobe, CORE_A, CORE_B, w))


def test_disconnected_or_untouching_corridors_have_zero_width():
    two_parts = unary_union([box(0, 0, 1400, 500), box(1600, 0, 3000, 500)])
    assert cg.min_width(two_parts, CORE_A, CORE_B) == 0.0
    far_core = box(9000, 0, 9500, 500)
    assert cg.min_width(RECT, CORE_A, far_core) == 0.0


def test_snap_bridges_small_digitising_gaps():
    gap5 = box(5, 0, 2995, 500)  # 5 m short of both cores
    assert cg.min_width(gap5, CORE_A, CORE_B, tolerance=TOL, snap=10) == pytest.approx(500, abs=TOL)
    assert cg.min_width(gap5, CORE_A, CORE_B, tolerance=TOL, snap=1) == 0.0


def test_connected_core_ids_use_the_snap_distance():
    cores = [("a", CORE_A), ("b", box(3005, 0, 3500, 500)), ("far", box(9000, 0, 9100, 100))]
    assert cg.connected_core_ids(RECT, cores, snap=10) == ["a", "b"]
    assert cg.connected_core_ids(RECT, cores, snap=1) == ["a"]


def test_linked_pair_is_the_two_farthest_contacts():
    side = box(1400, 500, 1600, 900)  # a core touching the side of the corridor in the middle
    pair = cg.linked_core_pair(RECT, [("side", side), ("a", CORE_A), ("b", CORE_B)])
    assert {pair[0][0], pair[1][0]} == {"a", "b"}
    assert cg.linked_core_pair(RECT, [("a", CORE_A)]) is None


def test_width_profile_of_a_rectangle():
    prof = cg.width_profile(RECT, CORE_A, CORE_B, spacing=250)
    assert len(prof) == pytest.approx(3000 / 250, abs=1)
    for _d, w, p in prof:
        assert w == pytest.approx(500, abs=1)
        assert RECT.buffer(1).contains(p)
    dists = [d for d, _, _ in prof]
    assert all(b - a == pytest.approx(250) for a, b in zip(dists, dists[1:]))


def test_width_profile_finds_the_neck():
    prof = cg.width_profile(DUMBBELL, BELL_A_CORE, BELL_B_CORE, spacing=50)
    narrow = [(w, p) for _, w, p in prof if w < 200]
    assert narrow, "no transect crossed the neck"
    assert all(w == pytest.approx(120, abs=1) for w, _ in narrow)
    assert all(NECK.buffer(1).contains(p) for _, p in narrow)
    # the neck is 600 m long: about 12 transects at 50 m spacing
    assert len(narrow) == pytest.approx(12, abs=2)


def test_width_profile_follows_a_bend():
    ell = unary_union([box(0, 0, 3000, 300), box(2700, 0, 3000, 3000)])
    a, b = box(-500, -100, 0, 400), box(2600, 3000, 3100, 3500)
    assert cg.min_width(ell, a, b, tolerance=TOL) == pytest.approx(300, abs=TOL)
    prof = cg.width_profile(ell, a, b, spacing=200)
    widths = sorted(w for _, w, _ in prof)
    assert widths[0] == pytest.approx(300, abs=1)
    median = widths[len(widths) // 2]
    assert median == pytest.approx(300, abs=1)
    axis = cg.corridor_axis(ell, a, b)
    assert axis.length == pytest.approx(2850 + 2850, rel=0.03)  # along the middle of both legs


def test_invalid_corridor_is_repaired_for_measuring():
    bowtie_ends = Polygon([(0, 0), (3000, 500), (3000, 0), (0, 500)])  # self-intersecting
    assert not bowtie_ends.is_valid
    # Its two lobes meet at one point (1500, 250): nothing wider than a point links the cores.
    assert cg.min_width(bowtie_ends, CORE_A, CORE_B) == 0.0
    # A 500 m band whose ring crosses itself in a small loop: repaired, it is the band (plus an ear), 500 m wide.
    looped = Polygon([(0, 0), (3000, 0), (3000, 500), (1600, 500), (1400, 600), (1400, 400), (1600, 400),
                      (1600, 500), (0, 500)])
    assert not looped.is_valid
    assert cg.min_width(looped, CORE_A, CORE_B, tolerance=TOL) == pytest.approx(500, abs=TOL)
    assert cg.area_ha(Point(0, 0).buffer(0)) == 0.0


@settings(max_examples=25, deadline=None)
@given(length=st.floats(300, 5000), width=st.floats(20, 280), angle=st.floats(0, 180))
def test_any_rotated_rectangle_has_its_short_side_as_width(length, width, angle):
    shapes = [box(0, 0, length, width), box(-300, -300, 0, width + 300), box(length, -300, length + 300, width + 300)]
    rot = [affinity.rotate(g, angle, origin=(0, 0)) for g in shapes]
    assert cg.min_width(*rot, tolerance=TOL) == pytest.approx(width, abs=TOL)


# --- staircase corridors (least-cost corridors polygonised from a raster) ---------------------------------------


def _staircase_corridor(seed: int, cell: float = 400.0, rows: int = 90, cols: int = 150):
    """A wandering band of grid cells (a blurred random field thresholded), polygonised cell by cell like a
    least-cost corridor from a 400 m raster, with a core beyond each short end."""
    rng = np.random.default_rng(seed)
    kernel = np.ones(5) / 5.0
    noise = rng.standard_normal((rows, cols))
    for axis in (0, 1):
        noise = np.apply_along_axis(lambda v: np.convolve(v, kernel, mode="same"), axis, noise)
    yy, xx = np.mgrid[0:rows, 0:cols]
    centre = rows / 2 + 12 * np.sin(xx / 20.0)
    mask = np.abs(yy - centre) + 25 * noise < 22 + 6 * np.cos(xx / 12.0)
    boxes = [box(i * cell, j * cell, (i + 1) * cell, (j + 1) * cell) for j, i in zip(*np.nonzero(mask))]
    corridor = unary_union(boxes)
    height = rows * cell
    core_a = box(-5000, 0, 2 * cell, height)
    core_b = box((cols - 2) * cell, 0, cols * cell + 5000, height)
    return corridor, core_a, core_b


def _links_at(space, core_a, core_b, w, snap=cg.DEFAULT_SNAP):
    """Reference: does space.buffer(-w/2), buffered in one go, hold a part within w/2 + snap of both cores?"""
    return any(p.distance(core_a) <= w / 2 + snap and p.distance(core_b) <= w / 2 + snap
               for p in cg.polygon_parts(space.buffer(-w / 2)))


@pytest.mark.parametrize("seed", [3, 11])
def test_staircase_corridor_width_matches_single_buffers(seed):
    corridor, a, b = _staircase_corridor(seed)
    assert sum(len(p.exterior.coords) for p in cg.polygon_parts(corridor)) > 400  # a real staircase outline
    w = cg.min_width(corridor, a, b)
    assert w > 1000
    space = corridor.difference(unary_union([a, b]))
    # Within 0.2 % (the buffer's polygonal discs are accurate to ~0.1 %): links just below, cut just above.
    assert _links_at(space, a, b, w * 0.998)
    assert not _links_at(space, a, b, w * 1.002)
    where = cg.narrowest_location(corridor, a, b, w)  # continues the search min_width made
    assert corridor.buffer(1).contains(where)
    cg.min_width(*_staircase_corridor(seed + 1))  # another corridor: the search is redone from scratch
    assert cg.narrowest_location(corridor, a, b, w).distance(where) < 0.05 * w
    # at the neck the disc of diameter w that just squeezes through touches the corridor's sides
    assert space.boundary.distance(where) == pytest.approx(w / 2, rel=0.01)


def test_staircase_width_search_never_shrinks_the_whole_corridor_far(monkeypatch):
    """Large negative buffers of a staircase outline are what made min_width take 23-60 s on the demo corridors
    (every concave step grows a huge arc): the search may shrink the whole corridor only by a small amount and
    must do its large shrinks on already shrunk, simplified parts."""
    corridor, a, b = _staircase_corridor(3)
    full = sum(len(p.exterior.coords) + sum(len(r.coords) for r in p.interiors) for p in cg.polygon_parts(corridor))
    calls = []
    real_buffer = BaseGeometry.buffer

    def counting_buffer(self, distance, *args, **kwargs):
        n = sum(len(p.exterior.coords) + sum(len(r.coords) for r in p.interiors) for p in cg.polygon_parts(self))
        calls.append((n, abs(distance)))
        return real_buffer(self, distance, *args, **kwargs)

    monkeypatch.setattr(BaseGeometry, "buffer", counting_buffer)
    w = cg.min_width(corridor, a, b)
    monkeypatch.undo()
    # work ~ vertices x shrink distance. Bisecting with buffers of the whole outline costs ~15 x full * w here
    # (the first one by half the bounding box); shrinking step by step on the linking parts ~1.6 x.
    work = sum(n * d for n, d in calls)
    assert work < 4 * full * w, work / (full * w)
    assert max(d for n, d in calls if n >= full / 2) < w / 2


def test_points_inside_matches_shapely_on_holes_and_parts():
    corridor, _, _ = _staircase_corridor(5)
    shape = unary_union([corridor.difference(box(20000, 15000, 30000, 20000)), box(70000, 0, 75000, 5000)])
    rng = np.random.default_rng(2)
    minx, miny, maxx, maxy = shape.bounds
    xy = np.column_stack([rng.uniform(minx, maxx, 3000), rng.uniform(miny, maxy, 3000)])
    expected = [shape.contains(Point(x, y)) for x, y in xy]
    assert cg._points_inside(xy, shape).tolist() == expected


def test_width_profile_leaves_out_the_axis_inside_the_cores():
    # A 100 m band from the centre of one round core (radius 100 m) to the centre of another, with its centreline
    # running core centre to core centre as a least-cost path does. Between the cores every transect is 100 m wide.
    # Inside a core (x in (86.6, 100) near A) a transect only meets the two slivers of band beside the round edge
    # (e.g. at x = 95: |y| from 31.2 to 50, 18.8 m): those are not widths of the linkage and must not appear.
    core_a, core_b = Point(0, 0).buffer(100, 256), Point(1000, 0).buffer(100, 256)
    band = box(0, -50, 1000, 50)
    axis = LineString([(0, 0), (1000, 0)])
    prof = cg.width_profile(band, core_a, core_b, spacing=10, axis=axis)
    expected = [5.0 + 10 * k for k in range(100) if 100 < 5.0 + 10 * k < 900]  # transect x = d on this axis
    assert [d for d, _, _ in prof] == pytest.approx(expected)
    assert all(w == pytest.approx(100, abs=0.01) for _, w, _ in prof)
    assert not any(core_a.intersects(p) or core_b.intersects(p) for _, _, p in prof)
