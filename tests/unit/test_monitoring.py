"""core/monitoring: indicators before/after a change, against references written here (cell counts, widths in whole
cells, a direct Dijkstra on the 8-neighbour graph), the trend thresholds exactly at their values, and bad inputs."""

import datetime as dt
import heapq
import math

import numpy as np
import pytest
from shapely.geometry import LineString, box

from ccsg_plugin import paths
from ccsg_plugin.core import class_table
from ccsg_plugin.core.criteria import profiles as prof
from ccsg_plugin.core.criteria.inputs import CorridorInput
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.monitoring import snapshot as snap
from ccsg_plugin.core.monitoring import trend
from ccsg_plugin.core.monitoring.compare import GAINED, KEPT, LOST, NEVER, compare_corridors

CELL = 10.0
ROWS, COLS = 40, 60
TRANSFORM = (0.0, CELL, 0.0, ROWS * CELL, 0.0, -CELL)
CORE_A = box(0, 100, 50, 300)  # columns 0-4
CORE_B = box(550, 100, 600, 300)  # columns 55-59
CORRIDOR = box(50, 150, 550, 250)  # rows 15-24, columns 5-54: 10 x 50 cells
CORES = [("A", CORE_A), ("B", CORE_B)]
HABITAT_MAX = 10.0
D1, D2 = dt.date(2019, 5, 1), dt.date(2024, 5, 1)


def profile():
    return prof.load_profile(bundled_dir=paths.profiles())


def landscape(corridor_value=1.0, outside=100.0):
    r = np.full((ROWS, COLS), outside)
    r[15:25, 5:55] = corridor_value
    r[10:30, 0:5] = 1.0  # core A cells (rows of y 100-300)
    r[10:30, 55:60] = 1.0
    return r


def snapshot(r, date=D1, barriers=None, name="r"):
    s = snap.from_resistance(r, TRANSFORM, HABITAT_MAX, name, date)
    s.barriers = barriers
    return s


def run(before, after, corridor=CORRIDOR, cores=CORES, p=None):
    corridors = [CorridorInput("c1", "Test corridor", corridor)]
    return compare_corridors(corridors, cores, before, after, p or profile())


# ----- references ---------------------------------------------------------------------------------------------------
def centre_in(geom, rows, cols):
    """Cell-centre test written out: (row, col) -> centre (x, y) inside the box geometry."""
    minx, miny, maxx, maxy = geom.bounds
    out = np.zeros((rows, cols), bool)
    for i in range(rows):
        for j in range(cols):
            x, y = (j + 0.5) * CELL, ROWS * CELL - (i + 0.5) * CELL
            out[i, j] = minx < x < maxx and miny < y < maxy
    return out


def dijkstra_lcd(r, allowed, src, dst):
    """Plain Dijkstra on the 8-neighbour grid: a step costs the mean resistance of its cells x its length."""
    rows, cols = r.shape
    dist = np.full(r.shape, math.inf)
    heap = []
    for i, j in zip(*np.nonzero(src & allowed)):
        dist[i, j] = 0.0
        heap.append((0.0, i, j))
    heapq.heapify(heap)
    while heap:
        d, i, j = heapq.heappop(heap)
        if d > dist[i, j]:
            continue
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                if di == dj == 0:
                    continue
                a, b = i + di, j + dj
                if 0 <= a < rows and 0 <= b < cols and allowed[a, b]:
                    nd = d + (r[i, j] + r[a, b]) / 2.0 * CELL * math.hypot(di, dj)
                    if nd < dist[a, b]:
                        dist[a, b] = nd
                        heapq.heappush(heap, (nd, a, b))
    return float(dist[dst & allowed & ~src].min())


def reference_lcd(r):
    inside = centre_in(CORRIDOR, ROWS, COLS)
    a, b = centre_in(CORE_A, ROWS, COLS), centre_in(CORE_B, ROWS, COLS)
    return dijkstra_lcd(r, inside | a | b, a, b)


# ----- indicators ---------------------------------------------------------------------------------------------------
def test_cleared_block_gives_exactly_its_area_as_loss():
    before = landscape()
    after = before.copy()
    rows, cols = slice(17, 21), slice(20, 25)  # 4 x 5 cells cleared inside the corridor
    after[rows, cols] = 50.0
    cleared_ha = 4 * 5 * CELL * CELL / 10_000.0
    corridor_ha = 10 * 50 * CELL * CELL / 10_000.0
    result = run(snapshot(before), snapshot(after, D2))
    c = result.changes[0]
    assert c.values["habitat_before_ha"] == pytest.approx(corridor_ha)
    assert c.values["habitat_before_ha"] - c.values["habitat_after_ha"] == pytest.approx(cleared_ha)
    assert c.lost_ha == pytest.approx(cleared_ha) and c.gained_ha == 0
    assert c.values["habitat_change_pct"] == pytest.approx(-100 * cleared_ha / corridor_ha)
    assert c.values["natural_share_after"] == pytest.approx(1 - 20 / 500)
    # the change raster marks exactly the cleared cells lost, the rest of the corridor kept
    grid, (x0, _, _, y0, _, _) = result.change, result.change_transform
    r0, c0 = int(round((TRANSFORM[3] - y0) / CELL)), int(round(x0 / CELL))
    full = np.zeros((ROWS, COLS), np.uint8)
    full[r0:r0 + grid.shape[0], c0:c0 + grid.shape[1]] = grid
    assert set(zip(*np.nonzero(full == LOST))) == {(i, j) for i in range(17, 21) for j in range(20, 25)}
    assert (full == KEPT).sum() == 500 - 20 and not (full == GAINED).any() and not (full == NEVER).any()


def test_gap_that_opens_has_its_width_as_largest_gap():
    before = landscape()
    after = before.copy()
    after[15:25, 30:33] = 50.0  # a clearing 3 cells wide across the whole corridor
    c = run(snapshot(before), snapshot(after, D2)).changes[0]
    assert c.values["largest_gap_before_m"] == 0.0
    assert c.values["largest_gap_after_m"] == pytest.approx(3 * CELL)
    assert c.values["min_habitat_width_after_m"] == 0.0  # the habitat no longer runs from core to core
    assert c.trend == trend.DEGRADED


def test_narrowest_habitat_passage_is_the_neck_width_in_whole_cells():
    r = landscape(corridor_value=50.0)  # corridor not habitat, except a strip and a neck
    r[18:22, 5:55] = 1.0  # strip 4 cells wide
    r[18:22, 30:33] = 50.0
    r[19:21, 30:33] = 1.0  # neck 2 cells wide, 3 long
    c = run(snapshot(landscape()), snapshot(r, D2)).changes[0]
    assert c.values["min_habitat_width_before_m"] == pytest.approx(10 * CELL)  # the whole corridor is habitat
    assert c.values["min_habitat_width_after_m"] == pytest.approx(2 * CELL)


def test_road_is_a_new_severing_line_and_the_lcd_rises_to_the_direct_dijkstra():
    before = landscape()
    after = before.copy()
    after[:, 40] = 20.0  # the road's cells: passable, not habitat
    road = LineString([(405, 100), (405, 300)])
    old_track = LineString([(45, 260), (60, 270)])  # crosses nothing
    b = snapshot(before, barriers=[(1, old_track, "track")])
    a = snapshot(after, D2, barriers=[(1, old_track, "track"), (2, road, "road")])
    c = run(b, a).changes[0]
    assert c.values["new_severing_lines"] == 1
    assert c.values["lcd_before"] == pytest.approx(reference_lcd(before), rel=1e-9)
    assert c.values["lcd_after"] == pytest.approx(reference_lcd(after), rel=1e-9)
    assert c.values["lcd_after"] > c.values["lcd_before"]
    assert c.trend == trend.DEGRADED


def test_unchanged_landscape_is_stable_with_zero_changes():
    r = landscape()
    r[17:19, 10:14] = 50.0  # some non-habitat, the same at both dates
    lines = [(1, LineString([(205, 100), (205, 300)]), "road")]
    result = run(snapshot(r, barriers=lines), snapshot(r.copy(), D2, barriers=lines))
    c = result.changes[0]
    assert c.trend == trend.STABLE and c.reasons == []
    assert c.values["habitat_change_pct"] == 0 and c.values["lcd_change_pct"] == 0
    assert c.values["new_severing_lines"] == 0 and c.lost_ha == 0 and c.gained_ha == 0
    assert c.values["status_before"] == c.values["status_after"]


def test_severed_when_the_cores_are_no_longer_joined_through_the_corridor():
    after = landscape()
    after[15:25, 30] = np.nan  # impassable across the corridor
    c = run(snapshot(landscape()), snapshot(after, D2)).changes[0]
    assert math.isinf(c.values["lcd_after"])
    assert c.trend == trend.SEVERED


def test_corridor_outside_the_rasters_is_listed_as_not_evaluated():
    far = box(5000, 5000, 5200, 5100)
    result = compare_corridors([CorridorInput("in", "In", CORRIDOR), CorridorInput("out", "Out", far)], CORES,
                               snapshot(landscape()), snapshot(landscape(), D2), profile())
    inside, outside = result.changes
    assert inside.trend == trend.STABLE
    assert outside.trend == "not_evaluated" and "does not cover" in outside.problem
    assert "could not be assessed" in outside.sentence(D1, D2)


# ----- trend thresholds, exactly at their values ----------------------------------------------------------------------
RULES = trend.TrendRules(dict(trend.DEFAULT_THRESHOLDS), trend.DEFAULT_SOURCE)


@pytest.mark.parametrize("values, expected", [
    ({"habitat_change_pct": -5.0}, trend.DEGRADED),
    ({"habitat_change_pct": -4.999}, trend.STABLE),
    ({"lcd_change_pct": 10.0}, trend.DEGRADED),
    ({"lcd_change_pct": 9.999}, trend.STABLE),
    ({"habitat_change_pct": 5.0}, trend.IMPROVED),
    ({"habitat_change_pct": 4.999}, trend.STABLE),
    ({"lcd_change_pct": -10.0}, trend.IMPROVED),
    ({"lcd_change_pct": -9.999}, trend.STABLE),
    ({"largest_gap_before_m": 100.0, "largest_gap_after_m": 100.0}, trend.STABLE),  # gap_max 100: still crossed
    ({"largest_gap_before_m": 100.0, "largest_gap_after_m": 100.001}, trend.DEGRADED),
    ({"new_severing_lines": 1}, trend.DEGRADED),
    ({"lcd_before": 5.0, "lcd_after": math.inf}, trend.SEVERED),
])
def test_trend_thresholds_apply_exactly_at_their_value(values, expected):
    assert trend.classify(values, RULES, 100.0)[0] == expected


def test_profile_thresholds_and_source_are_used_and_checked():
    p = profile()
    p.monitoring = {"thresholds": {"habitat_loss_pct": 2}, "source": "Field office rule 2024"}
    rules = trend.rules_of(p)
    assert rules.thresholds["habitat_loss_pct"] == 2 and rules.source == "Field office rule 2024"
    assert trend.classify({"habitat_change_pct": -2.0}, rules, 100)[0] == trend.DEGRADED
    p.monitoring = {"thresholds": {"habitat_loss_pct": 2}}
    with pytest.raises(CcsgError, match="source"):
        trend.rules_of(p)
    p.monitoring = {"thresholds": {"habitat_lost": 2}, "source": "x"}
    with pytest.raises(CcsgError, match="habitat_lost"):
        trend.rules_of(p)
    assert prof.validate(p.to_dict()).monitoring == p.monitoring  # saved and read back


# ----- bad inputs -----------------------------------------------------------------------------------------------------
def test_dates_in_the_wrong_order_are_refused():
    with pytest.raises(CcsgError, match="wrong order"):
        snap.check_order(D2, D1)
    with pytest.raises(CcsgError, match="wrong order"):
        snap.check_order(D1, D1)
    with pytest.raises(CcsgError, match="DATE_BEFORE"):
        snap.parse_date("31/05/2024", "DATE_BEFORE")


def test_snapshots_on_different_grids_are_refused_by_the_core():
    other = snap.from_resistance(landscape(), (0.0, 20.0, 0.0, 400.0, 0.0, -20.0), HABITAT_MAX, "coarse", D2)
    with pytest.raises(CcsgError, match="not on one grid"):
        run(snapshot(landscape()), other)


def test_class_tables_that_disagree_are_named():
    before = class_table.parse_csv("class,resistance,label,habitat\n1,1,forest,yes\n2,50,crop,no\n")
    same = class_table.parse_csv("class,resistance,label,habitat\n1,1,forest,yes\n3,80,town,no\n")
    other = class_table.parse_csv("class,resistance,label,habitat\n1,1,forest,no\n2,50,crop,no\n")
    assert snap.tables_disagree(before, same, "a.csv", "b.csv") is None
    message = snap.tables_disagree(before, other, "a.csv", "b.csv")
    assert "a.csv" in message and "b.csv" in message and "1" in message


def test_land_cover_snapshot_reads_habitat_from_the_table_and_refuses_unlisted_classes():
    rows = class_table.parse_csv("class,resistance,label,habitat\n1,1,forest,yes\n2,50,crop,no\n")
    classes = np.array([[1, 2], [2, 1]], float)
    s = snap.from_landcover(classes, TRANSFORM, rows, [], "lc", "t.csv", D1)
    assert s.habitat.tolist() == [[True, False], [False, True]]
    assert s.resistance.tolist() == [[1, 50], [50, 1]]
    with pytest.raises(CcsgError, match="7"):
        snap.from_landcover(np.array([[1, 7]], float), TRANSFORM, rows, [], "lc", "t.csv", D1)
    plain = class_table.parse_csv("class,resistance\n1,1\n2,50\n")  # no habitat column: the profile's classes
    assert snap.from_landcover(classes, TRANSFORM, plain, [2], "lc", "t.csv", D1).habitat.tolist() == \
        [[False, True], [True, False]]
    with pytest.raises(CcsgError, match="habitat"):
        snap.from_landcover(classes, TRANSFORM, plain, [], "lc", "t.csv", D1)


@pytest.mark.parametrize("pid", prof.bundled_profile_ids(paths.profiles()))
def test_bundled_profiles_hold_the_trend_thresholds_with_their_source(pid):
    import json

    raw = json.loads((paths.profiles() / f"{pid}.json").read_text(encoding="utf-8"))["monitoring"]
    rules = trend.rules_of(prof.load_profile(pid, bundled_dir=paths.profiles()))
    assert rules.thresholds == {k: float(v) for k, v in raw["thresholds"].items()}
    assert rules.source == raw["source"] and "[I]" in rules.source


def test_cell_groups_are_the_8_connected_groups_and_measure_like_the_union():
    from shapely.geometry import Point

    from ccsg_plugin.core.criteria.raster import RasterArray, Window, cell_boxes_union
    from ccsg_plugin.core.monitoring.patches import cell_groups

    rng = np.random.default_rng(1)
    cells = rng.random((30, 40)) < 0.35
    raster = RasterArray(np.zeros((50, 60)), (100.0, CELL, 0.0, 900.0, 0.0, -CELL))
    window = Window(5, 35, 7, 47, np.ones((30, 40), bool))
    groups = cell_groups(raster, window, cells)
    # reference: a plain flood fill over the 8 neighbours
    seen = np.zeros(cells.shape, bool)
    count = 0
    for start in zip(*np.nonzero(cells)):
        if seen[start]:
            continue
        count += 1
        stack = [start]
        seen[start] = True
        while stack:
            i, j = stack.pop()
            for a in range(i - 1, i + 2):
                for b in range(j - 1, j + 2):
                    if 0 <= a < 30 and 0 <= b < 40 and cells[a, b] and not seen[a, b]:
                        seen[a, b] = True
                        stack.append((a, b))
    assert len(groups) == count
    union = cell_boxes_union(raster, window, cells)
    for x, y in rng.uniform([0, 0], [800, 1000], (40, 2)):
        p = Point(x, y)
        assert min(g.distance(p) for g in groups) == pytest.approx(union.distance(p), abs=1e-9)
    assert sum(g.area for g in groups) == pytest.approx(cells.sum() * CELL * CELL)
