"""Severance, crossing structures and road density on line layouts with known answers."""

import pytest
from shapely.geometry import LineString, Point

from ccsg_plugin.core.criteria.evaluate import EvaluationContext
from tests.unit.test_criteria_support import CORES, check

CUT = ("r1", LineString([(1000, -100), (1000, 700)]), "road")  # crosses the 500 m wide corridor completely
DEAD_END = ("r2", LineString([(2000, -100), (2000, 300)]), "track")  # stops inside the corridor


def ctx(barriers, crossings=None):
    return EvaluationContext(cores=CORES, barriers=barriers, crossings=crossings)


def test_corridor_cut_by_a_line_is_severed():
    r = check("barrier_severance", ctx=ctx([CUT, DEAD_END]))
    assert r.status == "fail" and r.value == 1
    assert "road: r1" in r.explanation and "r2" not in r.explanation
    assert r.location.length == pytest.approx(500)  # the part of the road inside the corridor


def test_line_ending_inside_does_not_sever():
    r = check("barrier_severance", ctx=ctx([DEAD_END]))
    assert r.status == "pass" and r.value == 0 and "1 linear feature" in r.explanation


def test_two_overlapping_dead_ends_sever_together():
    from_south = ("s", LineString([(1000, -100), (1000, 300)]), "road")
    from_north = ("n", LineString([(1008, 600), (1008, 200)]), "road")  # 8 m apart: 10 m wide roads touch
    r = check("barrier_severance", ctx=ctx([from_south, from_north]))
    assert r.status == "fail" and r.value == 2 and "together sever" in r.explanation
    apart = ("n", LineString([(1100, 600), (1100, 200)]), "road")
    assert check("barrier_severance", ctx=ctx([from_south, apart])).status == "pass"


def test_barrier_width_decides_a_narrow_passage():
    from_south = ("s", LineString([(1000, -100), (1000, 300)]), "road")
    from_north = ("n", LineString([(1030, 600), (1030, 200)]), "fence")  # 30 m apart
    assert check("barrier_severance", ctx=ctx([from_south, from_north])).status == "pass"
    r = check("barrier_severance", ctx=ctx([from_south, from_north]), thresholds={"barrier_width_m": 40})
    assert r.status == "fail" and "fence: n" in r.explanation and "road: s" in r.explanation


def test_severance_needs_a_barriers_layer():
    r = check("barrier_severance", ctx=EvaluationContext(cores=CORES))
    assert r.status == "not_evaluated" and "barriers layer" in r.explanation


def test_crossing_structures_on_the_severing_road():
    centred = check("crossing_structures", ctx=ctx([CUT], [Point(1000, 250)]))
    assert centred.status == "pass" and centred.value == pytest.approx(250)
    off_road = check("crossing_structures", ctx=ctx([CUT], [Point(1500, 250)]))
    assert off_road.status == "fail" and "r1 has 0 crossing" in off_road.explanation
    spaced = check("crossing_structures", ctx=ctx([CUT], [Point(1000, 100)]), species={"home_range_width_m": 300})
    assert spaced.status == "fail" and spaced.value == pytest.approx(400)  # 400 m from the crossing to the edge
    missing = check("crossing_structures", ctx=ctx([CUT]))
    assert missing.status == "not_evaluated" and "crossing structures layer" in missing.explanation
    assert check("crossing_structures", ctx=ctx([DEAD_END])).status == "pass"  # nothing to cross


def grid_lines(spacing: float):
    """Vertical roads every `spacing` m over the corridor, longer than it is wide."""
    xs = [spacing / 2 + i * spacing for i in range(int(3000 // spacing))]
    return [(f"v{i}", LineString([(x, -300), (x, 800)]), "road") for i, x in enumerate(xs)]


@pytest.mark.parametrize("spacing", [250, 500, 1000, 3000])
def test_road_density_of_a_regular_grid(spacing):
    r = check("road_density", ctx=ctx(grid_lines(spacing)))
    n = int(3000 // spacing)
    expected = (n * 500 / 1000) / (3000 * 500 / 1e6)  # km of road per km² of corridor
    assert r.value == pytest.approx(expected)
    assert r.status == ("pass" if expected < 0.6 else "fail")


def test_road_density_counts_diagonals_by_their_length_inside_and_skips_fences():
    diagonal = ("d", LineString([(-500, -500), (1500, 1500)]), "road")  # crosses 0..500 in y: 500 * sqrt 2
    fence = ("f", LineString([(100, -10), (100, 600)]), "Fence")
    r = check("road_density", ctx=ctx([diagonal, fence]))
    assert r.value == pytest.approx(500 * 2 ** 0.5 / 1000 / 1.5)
    assert r.unit == "km/km²" and "Averill-Murray" in r.source
