"""Cost efficiency and least-cost path containment on resistance surfaces with analytic least-cost distances.

Scene: 10 m cells, the corridor y 0..500 between cores that span y -500..1000. With resistance 10 everywhere and a
resistance-1 channel at y 800..900 (outside the corridor, inside the cores' y range), the unrestricted least-cost
route runs straight along the channel: 301 steps of 10 m from the last cell of core A (x = -5) to the first of
core B (x = 3005), cost 3010; the cheapest route inside the corridor is the same straight run at resistance 10,
cost 30100. Ratio 0.1.
"""

import numpy as np
import pytest
from shapely.geometry import LineString

from ccsg_plugin.core.criteria.evaluate import EvaluationContext
from tests.unit.test_criteria_support import CORES, check, scene_grid


def rows(y_from: float, y_to: float) -> slice:
    return slice(int((1500 - y_to) // 10), int((1500 - y_from) // 10))


def resistance(channel_y=None):
    res = scene_grid(10.0, name="resistance")
    if channel_y:
        res.data[rows(*channel_y), :] = 1.0
    return res


def test_channel_outside_the_corridor_gives_ratio_one_tenth():
    r = check("cost_efficiency", ctx=EvaluationContext(cores=CORES, resistance=resistance((800, 900))))
    assert r.value == pytest.approx(0.1, rel=1e-9) and r.status == "fail"
    assert "30100" in r.explanation and "3010" in r.explanation
    assert r.location is not None and r.location.bounds[1] >= 800  # the better route, outside


def test_channel_inside_the_corridor_gives_ratio_one():
    r = check("cost_efficiency", ctx=EvaluationContext(cores=CORES, resistance=resistance((200, 300))))
    assert r.value == pytest.approx(1.0) and r.status == "pass"


def test_lcp_contained_from_the_resistance_raster():
    outside = check("lcp_contained", ctx=EvaluationContext(cores=CORES, resistance=resistance((800, 900))))
    assert outside.value == pytest.approx(0.0) and outside.status == "fail"
    inside = check("lcp_contained", ctx=EvaluationContext(cores=CORES, resistance=resistance((200, 300))))
    assert inside.value == pytest.approx(1.0) and inside.status == "pass"
    # uniform resistance: many routes tie; the corridor holds one of them
    tie = check("lcp_contained", ctx=EvaluationContext(cores=CORES, resistance=resistance()))
    assert tie.value == pytest.approx(1.0)


def test_lcp_contained_from_a_given_path():
    path = LineString([(-200, 250), (1500, 250), (1500, 800), (3000, 800), (3200, 800)])
    ctx = EvaluationContext(cores=CORES, least_cost_paths=[("B", "A", path)])
    r = check("lcp_contained", ctx=ctx)
    assert r.value == pytest.approx((1500 + 250) / (1500 + 550 + 1500))
    assert r.status == "fail" and r.location.length == pytest.approx(300 + 1500)
    other_pair = EvaluationContext(cores=CORES, least_cost_paths=[("A", "C", path)])
    assert check("lcp_contained", ctx=other_pair).status == "not_evaluated"


def test_wall_across_the_corridor_leaves_no_route_inside():
    res = resistance()
    res.data[rows(0, 500), (1500 + 1000) // 10] = np.nan  # NoData wall across the corridor only
    r = check("cost_efficiency", ctx=EvaluationContext(cores=CORES, resistance=res))
    assert r.status == "fail" and r.value == 0.0 and "No route" in r.explanation


def test_resistance_not_covering_the_corridor():
    res = scene_grid(10.0, name="resistance")
    res.nodata_mask[:, (1000 + 1000) // 10:] = True
    r = check("cost_efficiency", ctx=EvaluationContext(cores=CORES, resistance=res))
    assert r.status == "not_evaluated" and "'resistance' is NoData on 67 %" in r.explanation
    assert check("cost_efficiency").status == "not_evaluated"
