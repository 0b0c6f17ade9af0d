"""Wiring of the least-cost algorithms: every parameter reaches the engine and changes the result as documented.

References are written here: a plain 8/16-neighbour Dijkstra (GRASS r.cost -k knight rule, as ENGINE.md states),
and grids whose corridor values are exact integers so that a cutoff can sit exactly on a cell's value.
"""

from __future__ import annotations

import heapq
import math

import numpy as np
import pytest
from qgis import processing
from qgis.core import NULL, QgsVectorLayer

from tests.qgis.lcp_helpers import (  # noqa: F401 - fixture
    ccsg_registered,
    cell_rect_wkt,
    dijkstra,
    memory_layer,
    read_tif,
    write_tif,
)

ORIGIN = (500000.0, 4000000.0)
CELL = (10.0, 15.0)
KNIGHT = [(1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1)]


def dijkstra16(res: np.ndarray, sources: np.ndarray, dx: float, dy: float) -> np.ndarray:
    """8 neighbours plus knight's moves: mean of the two end cells and the two cells passed between, times the
    move's length; both passed cells must be passable."""
    res = np.asarray(res, dtype=np.float32).astype(np.float64)
    h, w = res.shape
    ok = np.isfinite(res) & (res > 0)
    dist = np.full(res.shape, np.inf)
    heap = [(0.0, int(r), int(c)) for r, c in zip(*np.nonzero(sources & ok))]
    for _, r, c in heap:
        dist[r, c] = 0.0
    heapq.heapify(heap)

    def inside(r, c):
        return 0 <= r < h and 0 <= c < w and ok[r, c]

    while heap:
        d, r, c = heapq.heappop(heap)
        if d > dist[r, c]:
            continue
        moves = []
        for dr in (-1, 0, 1):
            for dc in (-1, 0, 1):
                if (dr or dc) and inside(r + dr, c + dc):
                    step = 0.5 * (res[r, c] + res[r + dr, c + dc]) * math.hypot(dc * dx, dr * dy)
                    moves.append((r + dr, c + dc, step))
        for dr, dc in KNIGHT:
            rr, cc = r + dr, c + dc
            if not inside(rr, cc):
                continue
            if abs(dc) == 2:
                between = [(r, c + dc // 2), (r + dr, c + dc // 2)]
            else:
                between = [(r + dr // 2, c), (r + dr // 2, c + dc)]
            if not all(inside(*b) for b in between):
                continue
            mean = (res[r, c] + res[rr, cc] + sum(res[b] for b in between)) / 4.0
            moves.append((rr, cc, mean * math.hypot(dc * dx, dr * dy)))
        for rr, cc, step in moves:
            if d + step < dist[rr, cc]:
                dist[rr, cc] = d + step
                heapq.heappush(heap, (d + step, rr, cc))
    return dist


def centre(r, c):
    return ORIGIN[0] + (c + 0.5) * CELL[0], ORIGIN[1] - (r + 0.5) * CELL[1]


def centre_wkt(r, c):
    x, y = centre(r, c)
    return f"POINT({x} {y})"


@pytest.fixture
def rough(tmp_path):
    rng = np.random.default_rng(5)
    res = rng.uniform(1, 30, (16, 20))
    res[rng.random(res.shape) < 0.05] = np.nan
    res[2, 2] = res[13, 17] = res[12, 3] = 2.0
    return res, write_tif(tmp_path / "rough.tif", res, ORIGIN, CELL)


@pytest.mark.parametrize("nbr", [8, 16])
def test_cost_distance_neighbours_reach_the_engine(ccsg_registered, rough, tmp_path, nbr):  # noqa: F811
    res, path = rough
    points = memory_layer("Point", "EPSG:32633", [(centre_wkt(2, 2), [1])])
    out = tmp_path / f"cd{nbr}.tif"
    processing.run("ccsg:costdistance", {"RESISTANCE": path, "SOURCES": points, "NEIGHBOURS": nbr, "MAX_COST": 0,
                                         "OUTPUT": str(out)})
    src = np.zeros(res.shape, bool)
    src[2, 2] = True
    expected = (dijkstra16 if nbr == 16 else dijkstra)(res, src, *CELL)
    other = (dijkstra if nbr == 16 else dijkstra16)(res, src, *CELL)
    got = read_tif(out)
    finite = np.isfinite(expected)
    assert (np.isfinite(got) == finite).all()
    np.testing.assert_allclose(got[finite], expected[finite], rtol=1e-6)
    # the two neighbourhoods differ on this grid by far more than the tolerance
    assert np.abs(other[finite] - expected[finite]).max() > 1e-3 * expected[finite].max()


def test_cost_distance_max_cost_is_kept_at_its_exact_value(ccsg_registered, tmp_path):  # noqa: F811
    # unit resistance, 10 m square cells, one row: costs 0, 10, 20, ... exactly; MAX_COST = 30 keeps the 30 cell.
    res = np.ones((1, 8))
    path = write_tif(tmp_path / "row.tif", res, ORIGIN, (10.0, 10.0))
    points = memory_layer("Point", "EPSG:32633", [(f"POINT({ORIGIN[0] + 5} {ORIGIN[1] - 5})", [1])])
    out = tmp_path / "max.tif"
    processing.run("ccsg:costdistance", {"RESISTANCE": path, "SOURCES": points, "NEIGHBOURS": 8, "MAX_COST": 30,
                                         "OUTPUT": str(out)})
    got = read_tif(out)[0]
    np.testing.assert_array_equal(got[:4], [0, 10, 20, 30])
    assert np.isnan(got[4:]).all()


@pytest.mark.parametrize("nbr", [8, 16])
def test_least_cost_path_starts_on_a_source_cell_and_costs_by_neighbours(ccsg_registered, rough, tmp_path, nbr):  # noqa: F811
    res, path = rough
    sources = memory_layer("Polygon", "EPSG:32633", [(cell_rect_wkt(1, 4, 1, 4, ORIGIN, CELL), [1])])
    dests = memory_layer("Point", "EPSG:32633", [(centre_wkt(13, 17), [1]), (centre_wkt(12, 3), [2])])
    out = tmp_path / f"lcp{nbr}.gpkg"
    processing.run("ccsg:leastcostpath", {"RESISTANCE": path, "SOURCES": sources, "DESTINATIONS": dests,
                                          "NEIGHBOURS": nbr, "OUTPUT": str(out)})
    src = np.zeros(res.shape, bool)
    src[1:4, 1:4] = True
    src &= np.isfinite(res)
    ref = (dijkstra16 if nbr == 16 else dijkstra)(res, src, *CELL)
    source_centres = {centre(r, c) for r, c in zip(*np.nonzero(src))}
    layer = QgsVectorLayer(str(out), "lcp", "ogr")
    for f, cell in zip(sorted(layer.getFeatures(), key=lambda f: f["dest_fid"]), [(13, 17), (12, 3)]):
        assert f["cost"] == pytest.approx(ref[cell], rel=1e-9)
        line = f.geometry().asPolyline()
        first, last = (line[0].x(), line[0].y()), (line[-1].x(), line[-1].y())
        # The line starts on a source cell (it keeps its source cell) and ends on the destination's centre.
        assert any(first == pytest.approx(s) for s in source_centres), first
        assert last == pytest.approx(centre(*cell))
        # Each step is a move of the neighbourhood: no step longer than a knight's (16) or a diagonal (8).
        longest = max(math.hypot((b.x() - a.x()) / CELL[0], (b.y() - a.y()) / CELL[1]) for a, b in zip(line, line[1:]))
        assert longest <= (math.sqrt(5) if nbr == 16 else math.sqrt(2)) + 1e-9


def test_unreachable_destination_gets_null_cost(ccsg_registered, tmp_path):  # noqa: F811
    res = np.ones((5, 9))
    res[:, 4] = np.nan  # a wall: the right half cannot be reached
    path = write_tif(tmp_path / "wall.tif", res, ORIGIN, CELL)
    sources = memory_layer("Point", "EPSG:32633", [(centre_wkt(2, 0), [1])])
    dests = memory_layer("Point", "EPSG:32633", [(centre_wkt(2, 8), [1]), (centre_wkt(2, 0), [2])])
    out = tmp_path / "unreachable.gpkg"
    processing.run("ccsg:leastcostpath", {"RESISTANCE": path, "SOURCES": sources, "DESTINATIONS": dests,
                                          "NEIGHBOURS": 8, "OUTPUT": str(out)})
    by_fid = {f["dest_fid"]: f for f in QgsVectorLayer(str(out), "l", "ogr").getFeatures()}
    far, same = (by_fid[fid] for fid in sorted(by_fid))
    assert far["cost"] == NULL and not isinstance(far["cost"], (int, float))  # empty, not 0
    assert far["length_m"] == NULL
    assert far.geometry().isNull() or far.geometry().isEmpty()
    assert same["cost"] == 0.0 and same["cost"] != NULL  # a destination on the source costs 0, a real number


def _channel_cores(tmp_path, spans, cols, name="channel", fields="core_id:integer,alt_id:integer", ids=None):
    """A one-cell-wide channel (row 1 of 3; rows 0 and 2 NoData) of unit resistance on 10 m cells: every corridor
    value is a sum of 10 m steps, an exact integer."""
    res = np.full((3, cols), np.nan)
    res[1, :] = 1.0
    path = write_tif(tmp_path / f"{name}.tif", res, ORIGIN, (10.0, 10.0))
    ids = ids or {cid: [cid, 100 + cid] for cid in spans}
    layer = memory_layer("Polygon", "EPSG:32633",
                         [(cell_rect_wkt(1, 2, c0, c1, ORIGIN, (10.0, 10.0)), ids[cid])
                          for cid, (c0, c1) in spans.items()], fields=fields)
    return res, path, layer


def _corridors(tmp_path, tag, **params):
    outs = {"OUTPUT_CORRIDORS": str(tmp_path / f"{tag}.tif"), "OUTPUT_PATHS": str(tmp_path / f"{tag}_p.gpkg"),
            "OUTPUT_POLYGONS": str(tmp_path / f"{tag}_poly.gpkg")}
    base = {"CORE_ID_FIELD": "core_id", "NEIGHBOURS": 8, "MAX_EUCLIDEAN_DISTANCE": 0, "WIDTH_CUTOFF": 0,
            "DROP_VIA_CORE": True}
    return processing.run("ccsg:leastcostcorridors", {**base, **params, **outs})


def _channel_values(cols, a_col, b_col):
    """cost_distance_a + cost_distance_b - lcd along the channel for one-cell cores at a_col < b_col (cost 10 per
    step)."""
    c = np.arange(cols)
    cost_distance_a, cost_distance_b = 10.0 * np.abs(c - a_col), 10.0 * np.abs(c - b_col)
    return cost_distance_a + cost_distance_b - 10.0 * (b_col - a_col)


@pytest.mark.parametrize("cutoff, percent", [(40.0, None), (0.0, 40.0), (20.0, None), (0.0, 20.0)])
def test_corridor_width_cutoff_keeps_cells_exactly_at_the_cutoff(ccsg_registered, tmp_path, cutoff, percent):  # noqa: F811
    # Cores at columns 2 and 12: LCD 100; beyond the cores the values are 20, 40, 60, ... exactly.
    res, path, cores = _channel_cores(tmp_path, {1: (2, 3), 2: (12, 13)}, 18)
    extra = {"WIDTH_CUTOFF": cutoff}
    if percent is not None:
        extra["WIDTH_CUTOFF_PERCENT"] = percent  # 40 % (20 %) of LCD 100 = 40 (20) cost units
    result = _corridors(tmp_path, "cut", CORES=cores, RESISTANCE=path, OUTPUT_CWD_FOLDER=str(tmp_path / "kept"),
                        **extra)
    values = _channel_values(18, 2, 12)
    limit = cutoff if percent is None else 100.0 * percent / 100.0
    expected = np.where(values <= limit, values, np.nan)
    got = read_tif(result["OUTPUT_CORRIDORS"])
    assert np.isnan(got[[0, 2]]).all()
    np.testing.assert_array_equal(got[1], expected)  # cell by cell, the cell at the cutoff included
    assert np.nanmax(got) == limit
    # Re-cutting the kept run with the other cutoff gives that cutoff's cells, cell by cell.
    other = limit / 2  # below this run's cutoff: the kept rasters reach that far
    params = {"CWD_FOLDER": str(tmp_path / "kept"), "WIDTH_CUTOFF": other,
              "OUTPUT_CORRIDORS": str(tmp_path / "re.tif"), "OUTPUT_POLYGONS": str(tmp_path / "re.gpkg")}
    if percent is not None:
        params.update({"WIDTH_CUTOFF": 0, "WIDTH_CUTOFF_PERCENT": other})
    again = processing.run("ccsg:truncatecorridors", params)
    np.testing.assert_array_equal(read_tif(again["OUTPUT_CORRIDORS"])[1], np.where(values <= other, values, np.nan))


def test_corridor_neighbours_16_reach_the_engine(ccsg_registered, rough, tmp_path):  # noqa: F811
    res, path = rough
    cores = memory_layer("Polygon", "EPSG:32633", [(cell_rect_wkt(1, 4, 1, 4, ORIGIN, CELL), [1]),
                                                    (cell_rect_wkt(12, 15, 15, 19, ORIGIN, CELL), [2])])
    a = np.zeros(res.shape, bool)
    a[1:4, 1:4] = True
    b = np.zeros(res.shape, bool)
    b[12:15, 15:19] = True
    for nbr, ref in ((8, dijkstra), (16, dijkstra16)):
        result = _corridors(tmp_path, f"n{nbr}", CORES=cores, RESISTANCE=path, NEIGHBOURS=nbr)
        lcd = ref(res, a & np.isfinite(res), *CELL)[b & np.isfinite(res)].min()
        feature = next(QgsVectorLayer(result["OUTPUT_PATHS"], "p", "ogr").getFeatures())
        assert feature["lcd"] == pytest.approx(lcd, rel=1e-9)
        got = read_tif(result["OUTPUT_CORRIDORS"])
        total = ref(res, a & np.isfinite(res), *CELL) + ref(res, b & np.isfinite(res), *CELL) - lcd
        finite = np.isfinite(total)  # WIDTH_CUTOFF 0 keeps every reachable cell
        np.testing.assert_allclose(got[finite], np.maximum(total[finite], 0), rtol=1e-6, atol=1e-6)


def test_core_id_field_names_the_cores_in_the_outputs(ccsg_registered, tmp_path):  # noqa: F811
    res, path, cores = _channel_cores(tmp_path, {1: (2, 3), 2: (12, 13)}, 18)
    result = _corridors(tmp_path, "alt", CORES=cores, RESISTANCE=path, CORE_ID_FIELD="alt_id")
    pairs = [(f["core_a"], f["core_b"]) for f in QgsVectorLayer(result["OUTPUT_PATHS"], "p", "ogr").getFeatures()]
    assert pairs == [(101, 102)]
    polys = [(f["core_a"], f["core_b"]) for f in QgsVectorLayer(result["OUTPUT_POLYGONS"], "p", "ogr").getFeatures()]
    assert polys == [(101, 102)]


def test_max_euclidean_distance_links_pairs_exactly_at_the_distance(ccsg_registered, tmp_path):  # noqa: F811
    # cores 1 | 2 | 3 along the channel, 100 m apart edge to edge (1-2, 2-3) and 300 m (1-3)
    res, path, cores = _channel_cores(tmp_path, {1: (0, 2), 2: (12, 14), 3: (24, 26)}, 26)
    for dist, expected in ((100.0, {(1, 2), (2, 3)}), (99.0, set()), (300.0, {(1, 2), (2, 3), (1, 3)})):
        result = _corridors(tmp_path, f"d{int(dist)}", CORES=cores, RESISTANCE=path, MAX_EUCLIDEAN_DISTANCE=dist,
                            DROP_VIA_CORE=False)
        pairs = {(f["core_a"], f["core_b"]) for f in QgsVectorLayer(result["OUTPUT_PATHS"], "p", "ogr").getFeatures()}
        assert pairs == expected, dist


@pytest.mark.parametrize("drop", [True, False])
def test_drop_via_core_drops_the_link_through_a_third_core(ccsg_registered, tmp_path, drop):  # noqa: F811
    res, path, cores = _channel_cores(tmp_path, {1: (0, 2), 2: (12, 14), 3: (24, 26)}, 26)
    result = _corridors(tmp_path, f"via{drop}", CORES=cores, RESISTANCE=path, DROP_VIA_CORE=drop)
    assert result["PAIRS_LINKED"] == (2 if drop else 3) and result["PAIRS_DROPPED"] == (1 if drop else 0)
    polys = {(f["core_a"], f["core_b"]) for f in QgsVectorLayer(result["OUTPUT_POLYGONS"], "p", "ogr").getFeatures()}
    assert polys == ({(1, 2), (2, 3)} if drop else {(1, 2), (2, 3), (1, 3)})


def test_landcover_default_and_table_file_change_the_resistance(ccsg_registered, tmp_path):  # noqa: F811
    classes = np.array([[1.0, 2.0, 7.0], [7.0, 1.0, np.nan]])
    lc = write_tif(tmp_path / "lc.tif", classes, ORIGIN, CELL)
    table = [1, 3, 2, 8]

    def run(tag, **extra):
        out = tmp_path / f"{tag}.tif"
        processing.run("ccsg:resistancefromlandcover", {"LANDCOVER": lc, "TABLE": table, "OUTPUT": str(out),
                                                        **extra})
        return read_tif(out)

    lookup = {1.0: 3.0, 2.0: 8.0}
    expected = np.array([[lookup.get(v, np.nan) for v in row] for row in classes])
    np.testing.assert_array_equal(run("plain"), expected)  # class 7 unlisted: NoData
    with_default = expected.copy()
    with_default[classes == 7] = 4.5
    np.testing.assert_array_equal(run("default", DEFAULT=4.5), with_default)
    csv = tmp_path / "t.csv"
    csv.write_text("1,6\n2,9\n7,2\n", encoding="utf-8")
    from_file = np.array([[6.0, 9.0, 2.0], [2.0, 6.0, np.nan]])
    np.testing.assert_array_equal(run("file", TABLE_FILE=str(csv)), from_file)  # the file replaces the table
