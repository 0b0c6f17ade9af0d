"""Habitat graph test, stepping stones and habitat share, on rasters with known gaps."""

import numpy as np
import pytest
from shapely.geometry import box
from shapely.ops import unary_union

from ccsg_plugin.core.criteria.evaluate import EvaluationContext
from tests.unit.test_criteria_support import CORES, FULL_ATTRS, check, grid, scene_grid


def landcover_with_gap(x_from: float, x_to: float) -> EvaluationContext:
    """Tree cover (10) everywhere except cropland (40) for x in [x_from, x_to)."""
    lc = scene_grid(10, np.int32, "landcover")
    lc.data[:, int((x_from + 1000) // 10):int((x_to + 1000) // 10)] = 40
    return EvaluationContext(cores=CORES, landcover=lc)


def test_habitat_gap_of_150_m_is_found_and_located():
    r = check("habitat_continuity", ctx=landcover_with_gap(1500, 1650))
    assert r.status == "fail" and r.value == pytest.approx(150) and r.threshold == 100
    assert r.location.x == pytest.approx(1575) and 0 <= r.location.y <= 500


def test_gap_below_the_species_limit_passes():
    r = check("habitat_continuity", ctx=landcover_with_gap(1500, 1590))
    assert r.status == "pass" and r.value == pytest.approx(90)
    assert check("habitat_continuity", ctx=landcover_with_gap(1500, 1590), species={"gap_max_m": 50}).status == "fail"


def test_two_gaps_report_the_larger_one_that_must_be_crossed():
    ctx = landcover_with_gap(600, 660)
    ctx.landcover.data[:, (2000 + 1000) // 10:(2120 + 1000) // 10] = 40
    assert check("habitat_continuity", ctx=ctx).value == pytest.approx(120)


def test_gap_that_can_be_walked_around_is_not_a_gap():
    ctx = landcover_with_gap(1500, 1650)
    ctx.landcover.data[:, 250:265][(1500 - 400) // 10:(1500 - 300) // 10] = 10  # a 100 m habitat bridge (y 300-400)
    r = check("habitat_continuity", ctx=ctx)
    assert r.status == "pass" and r.value == pytest.approx(0)


def test_boolean_habitat_raster_is_used_directly():
    hab = np.ones((200, 500), dtype=bool)
    hab[:, 250:265] = False
    r = check("habitat_continuity", ctx=EvaluationContext(cores=CORES, habitat=grid(hab, name="habitat")))
    assert r.value == pytest.approx(150)


def test_habitat_share():
    r = check("habitat_quality", ctx=landcover_with_gap(1500, 1650))
    assert r.value == pytest.approx(1 - 150 / 3000) and r.status == "pass"
    r = check("habitat_quality", ctx=landcover_with_gap(0, 1200))
    assert r.value == pytest.approx(0.6) and r.status == "fail"


def test_resistance_alone_is_reported_in_its_own_unit_not_as_a_share():
    res = scene_grid(1.0, name="resistance")
    res.data[:, 100:250] = 101.0  # x 0..1500: the corridor's first half
    r = check("habitat_quality", ctx=EvaluationContext(cores=CORES, resistance=res))
    inside = res.data[100:150, 100:400]  # the corridor's cells: y 0..500, x 0..3000
    assert r.value == pytest.approx(float(inside.mean())) and r.value == pytest.approx(51.0)
    assert r.unit == "resistance units" and r.threshold is None
    assert r.status == "not_evaluated"
    assert "70 % natural-habitat share" in r.explanation and "no habitat or land-cover raster" in r.explanation
    assert "information only" in r.explanation


def test_landcover_without_habitat_classes_is_not_evaluated():
    r = check("habitat_quality", ctx=landcover_with_gap(0, 10), species={"habitat_classes": []})
    assert r.status == "not_evaluated" and "habitat_classes" in r.explanation


def test_raster_not_covering_the_corridor_is_not_evaluated_with_the_reason():
    lc = grid(np.full((200, 200), 10, dtype=np.int32), name="landcover")  # x -1000..1000 only
    r = check("habitat_quality", ctx=EvaluationContext(cores=CORES, landcover=lc))
    assert r.status == "not_evaluated" and "'landcover' covers only 33 % of the corridor" in r.explanation
    far = grid(np.full((10, 10), 10, dtype=np.int32), x0=90000, y0=90000, name="faraway")
    r = check("habitat_continuity", ctx=EvaluationContext(cores=CORES, landcover=far))
    assert r.status == "not_evaluated" and "'faraway' does not cover the corridor" in r.explanation


def test_mostly_nodata_raster_is_not_evaluated():
    lc = scene_grid(10, np.int32, "landcover")
    lc.nodata_mask[:, : (2000 + 1000) // 10] = True
    r = check("habitat_quality", ctx=EvaluationContext(cores=CORES, landcover=lc))
    assert r.status == "not_evaluated" and "NoData on 67 %" in r.explanation


def stones(spacing: float):
    """Five 100 m square stones in a row, `spacing` apart, and cores `spacing` away at both ends."""
    parts, x = [], 0.0
    for _ in range(5):
        x += spacing
        parts.append(box(x, 0, x + 100, 100))
        x += 100
    cores = [("A", box(-500, -200, 0, 300)), ("B", box(x + spacing, -200, x + spacing + 500, 300))]
    return unary_union(parts), EvaluationContext(cores=cores)


@pytest.mark.parametrize(("spacing", "status"), [(80, "pass"), (150, "fail")])
def test_stepping_stones_at_known_spacing(spacing, status):
    geom, ctx = stones(spacing)
    r = check("stepping_stone_spacing", geom, ctx=ctx, attrs=dict(FULL_ATTRS, corridor_form="stepping_stone"))
    assert r.status == status and r.value == pytest.approx(spacing)
    assert "5 stones" in r.explanation


def test_one_wider_hop_between_stones_is_the_bottleneck():
    geom, ctx = stones(80)
    shifted = unary_union([g if g.bounds[0] < 500 else box(g.bounds[0] + 60, 0, g.bounds[2] + 60, 100)
                           for g in geom.geoms])
    cores = [ctx.cores[0], ("B", box(shifted.bounds[2] + 80, -200, shifted.bounds[2] + 580, 300))]
    r = check("stepping_stone_spacing", shifted, ctx=EvaluationContext(cores=cores),
              attrs=dict(FULL_ATTRS, corridor_form="stepping_stone"))
    assert r.value == pytest.approx(140) and r.status == "fail"


def test_stepping_stone_spacing_needs_stones():
    r = check("stepping_stone_spacing")
    assert r.status == "not_evaluated" and "stepping-stone" in r.explanation


@pytest.mark.parametrize("seed", range(6))
def test_largest_gap_matches_a_union_find_reference(seed):
    from ccsg_plugin.core.criteria.habitat import _bottleneck

    rng = np.random.default_rng(seed)
    nodes = [box(x, y, x + w, y + h) for x, y, w, h in zip(rng.uniform(0, 2000, 25), rng.uniform(0, 2000, 25),
                                                             rng.uniform(5, 80, 25), rng.uniform(5, 80, 25))]
    # reference: add edges shortest first until the two ends join; the last edge added is the bottleneck
    pairs = sorted((nodes[i].distance(nodes[j]), i, j) for i in range(25) for j in range(i + 1, 25))
    parent = list(range(25))

    def find(i):
        while parent[i] != i:
            i = parent[i]
        return i

    expected = None
    for d, i, j in pairs:
        parent[find(i)] = find(j)
        if find(0) == find(1):
            expected = d
            break
    gap, edge = _bottleneck(nodes, 0, 1)
    assert gap == pytest.approx(expected)
    assert nodes[edge[0]].distance(nodes[edge[1]]) == pytest.approx(expected)
