"""Corridor measurements against shapes whose answers are known analytically."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from shapely import affinity
from shapely.geometry import LineString, Point, Polygon, box
from shapely.ops import unary_union

from ccsg_plugin.core import corridor_geometry as cg

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
    assert cg.min_width(bowtie_ends, CORE_A, CORE_B) >= 0.0
    assert cg.area_ha(Point(0, 0).buffer(0)) == 0.0


@settings(max_examples=25, deadline=None)
@given(length=st.floats(300, 5000), width=st.floats(20, 280), angle=st.floats(0, 180))
def test_any_rotated_rectangle_has_its_short_side_as_width(length, width, angle):
    shapes = [box(0, 0, length, width), box(-300, -300, 0, width + 300), box(length, -300, length + 300, width + 300)]
    rot = [affinity.rotate(g, angle, origin=(0, 0)) for g in shapes]
    assert cg.min_width(*rot, tolerance=TOL) == pytest.approx(width, abs=TOL)
