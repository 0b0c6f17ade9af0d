"""Input doctor: every finding triggered by a small dataset built here, its severity and message checked."""

from __future__ import annotations

import math
import sys

import numpy as np
import pytest
from shapely.geometry import Point, box

from ccsg_plugin.core.doctor import run as doc
from ccsg_plugin.core.doctor import run_estimate
from ccsg_plugin.core.doctor.run import CoreFacts, CrsFacts, DoctorInputs, GridFacts, Options, ValueSample

GRID = GridFacts("res", 0.0, 1000.0, 10.0, 10.0, 100, 100)  # 1 km square, 10 m cells


def _inputs(values=None, cores=None, **kw) -> DoctorInputs:
    if values is None:
        values = np.ones((100, 100))
    if cores is None:
        cores = [CoreFacts(0, 1, box(100, 100, 200, 200)), CoreFacts(1, 2, box(700, 700, 800, 800))]
    base = {
        "resistance_crs": CrsFacts("res", "EPSG:3310", False),
        "resistance_grid": GRID,
        "resistance_values": ValueSample(np.asarray(values, dtype=float), GRID),
        "resistance_name": "res",
        "cores_name": "cores",
        "id_field": "core_id",
        "cores": cores,
        "free_memory_bytes": 8 * 1024**3,
    }
    base.update(kw)
    return DoctorInputs(**base)


def _codes(findings):
    return {f.code: f for f in findings}


def test_clean_inputs_give_only_the_estimate():
    findings = doc.diagnose(_inputs())
    assert [f.code for f in findings] == ["estimate"]
    assert not doc.has_errors(findings)
    assert "1 core pairs" in findings[0].message and "10 000 cells" in findings[0].message


def test_geographic_crs_is_an_error_naming_the_layer():
    f = _codes(doc.diagnose(_inputs(other_crs=[CrsFacts("cores", "EPSG:4326 - WGS 84", True, True, False)])))
    assert f["geographic_crs"].severity == doc.ERROR
    assert "'cores'" in f["geographic_crs"].message and "EPSG:4326" in f["geographic_crs"].message
    assert "Reproject" in f["geographic_crs"].fix
    assert "different_crs" not in f  # geographic already says it all


def test_missing_crs_is_an_error():
    f = _codes(doc.diagnose(_inputs(resistance_crs=CrsFacts("res", "", False, valid=False))))
    assert f["missing_crs"].severity == doc.ERROR and "'res'" in f["missing_crs"].message


def test_different_crs_warns_that_it_will_be_reprojected():
    f = _codes(doc.diagnose(_inputs(other_crs=[CrsFacts("cores", "EPSG:32611", False, True, False)])))
    w = f["different_crs"]
    assert w.severity == doc.WARNING and "reprojected" in w.message and "'cores'" in w.message
    assert "EPSG:3310" in w.message


def test_cell_size_and_alignment():
    coarse = GridFacts("landcover", 0.0, 1000.0, 20.0, 20.0, 50, 50)
    shifted = GridFacts("landcover2", 3.0, 1000.0, 10.0, 10.0, 100, 100)
    aligned = GridFacts("landcover3", 50.0, 900.0, 10.0, 10.0, 10, 10)  # whole cells apart: fine
    f = _codes(doc.diagnose(_inputs(other_grids=[coarse, shifted, aligned])))
    assert f["cell_size_differs"].severity == doc.WARNING
    assert "'landcover'" in f["cell_size_differs"].message and "20 x 20" in f["cell_size_differs"].message
    assert "0.30" in f["grid_misaligned"].message and "'landcover2'" in f["grid_misaligned"].message
    assert "landcover3" not in " ".join(x.message for x in f.values())


def test_nodata_zero_negative_counts_and_where():
    v = np.ones((100, 100))
    v[10:20, 30:35] = np.nan  # 50 NoData cells: x 300..350, y 800..900
    v[50, 50] = 0.0
    v[60:62, 0] = -5.0
    f = _codes(doc.diagnose(_inputs(v)))
    nd = f["nodata_cells"]
    assert nd.severity == doc.INFO and "50 NoData cells (0.5%)" in nd.message
    assert "x 300 to 350, y 800 to 900" in nd.message
    z = f["zero_resistance"]
    assert z.severity == doc.ERROR and " 1 cells with resistance 0" in z.message and "x=505, y=495" in z.message
    n = f["negative_resistance"]
    assert n.severity == doc.ERROR and "2 cells with negative" in n.message and "lowest -5" in n.message
    assert doc.has_errors(f.values())


def test_mostly_nodata_warns_and_all_nodata_is_an_error():
    v = np.full((100, 100), np.nan)
    v[:, :40] = 1.0
    assert _codes(doc.diagnose(_inputs(v)))["nodata_cells"].severity == doc.WARNING
    f = _codes(doc.diagnose(_inputs(np.full((100, 100), np.nan))))
    assert f["all_nodata"].severity == doc.ERROR and "only NoData" in f["all_nodata"].message


def test_decimated_sample_says_about_and_scales_counts():
    coarse = GridFacts("res", 0.0, 1000.0, 100.0, 100.0, 10, 10)
    v = np.ones((10, 10))
    v[0, 0] = np.nan
    f = _codes(doc.diagnose(_inputs(resistance_values=ValueSample(v, coarse, cells_per_sample=100.0))))
    assert "about 100 NoData cells" in f["nodata_cells"].message


def test_cores_outside_partly_outside_small_and_on_nodata():
    v = np.ones((100, 100))
    v[0:10, 90:100] = np.nan  # top right 100 m square is NoData
    cores = [
        CoreFacts(0, 1, box(100, 100, 200, 200)),
        CoreFacts(1, 2, box(2000, 2000, 2100, 2100)),  # outside
        CoreFacts(2, 3, box(950, 400, 1100, 500)),  # partly outside
        CoreFacts(3, 4, Point(503, 503).buffer(2)),  # smaller than a cell
        CoreFacts(4, 5, box(910, 910, 990, 990)),  # on NoData
    ]
    f = _codes(doc.diagnose(_inputs(v, cores)))
    assert f["core_outside_raster"].severity == doc.ERROR and "Core(s) 2 of 'cores'" in f["core_outside_raster"].message
    assert f["core_partly_outside"].severity == doc.WARNING and "Core(s) 3 " in f["core_partly_outside"].message
    assert f["core_smaller_than_cell"].severity == doc.WARNING and "Core(s) 4 " in f["core_smaller_than_cell"].message
    assert f["core_on_nodata"].severity == doc.ERROR and "Core(s) 5 " in f["core_on_nodata"].message


def test_tiny_core_on_one_passable_cell_is_not_on_nodata():
    v = np.full((100, 100), np.nan)
    v[49, 50] = 1.0  # the cell x 500..510, y 500..510
    cores = [CoreFacts(0, 1, Point(505, 505).buffer(1)), CoreFacts(1, 2, Point(503, 502).buffer(1))]
    v[49, 50] = 1.0
    f = _codes(doc.diagnose(_inputs(v, cores)))
    assert "core_on_nodata" not in f


def test_duplicate_and_empty_ids_and_missing_geometry():
    cores = [
        CoreFacts(0, 7, box(100, 100, 200, 200)),
        CoreFacts(1, 7, box(300, 300, 400, 400)),
        CoreFacts(2, None, box(500, 500, 600, 600)),
        CoreFacts(3, "  ", box(700, 700, 800, 800)),
        CoreFacts(4, 9, None),
    ]
    f = _codes(doc.diagnose(_inputs(cores=cores)))
    assert f["duplicate_core_id"].severity == doc.ERROR and "7 (2 times)" in f["duplicate_core_id"].message
    assert f["empty_core_id"].severity == doc.ERROR and "2 core(s)" in f["empty_core_id"].message
    assert "feature ids 2, 3" in f["empty_core_id"].message
    assert f["empty_core_geometry"].severity == doc.ERROR and "ids 9" in f["empty_core_geometry"].message


def test_no_cores_and_one_core():
    assert _codes(doc.diagnose(_inputs(cores=[])))["no_cores"].severity == doc.ERROR
    f = _codes(doc.diagnose(_inputs(cores=[CoreFacts(0, 1, box(0, 0, 50, 50))])))
    assert f["too_few_cores"].severity == doc.ERROR


def _grid_of_cores(n_side: int, spacing: float):
    return [
        CoreFacts(i * n_side + j, i * n_side + j, box(j * spacing, i * spacing, j * spacing + 5, i * spacing + 5))
        for i in range(n_side)
        for j in range(n_side)
    ]


def _brute_pairs(cores, d):
    n = len(cores)
    return sum(1 for i in range(n) for j in range(i + 1, n) if cores[i].geometry.distance(cores[j].geometry) <= d)


@pytest.mark.parametrize("max_distance", [0.0, 20.0, 60.0])
def test_pair_counts_match_brute_force(max_distance):
    cores = _grid_of_cores(5, 50.0)
    expected = len(cores) * (len(cores) - 1) // 2 if max_distance == 0 else _brute_pairs(cores, max_distance)
    assert doc.pairs_within(cores, max_distance) == expected


def test_too_many_pairs_warns_and_no_pairs_is_an_error():
    cores = _grid_of_cores(21, 45.0)  # 441 cores -> 97 020 pairs
    f = _codes(doc.diagnose(_inputs(cores=cores)))
    assert f["many_pairs"].severity == doc.WARNING and "97 020 core pairs" in f["many_pairs"].message
    assert "maximum distance" in f["many_pairs"].fix
    f = _codes(doc.diagnose(_inputs(options=Options(max_distance=10.0))))
    assert f["no_pairs"].severity == doc.ERROR and "10 map units" in f["no_pairs"].message


def test_long_run_warns_only_above_its_threshold(monkeypatch):
    """A run estimated at exactly LONG_RUN_SECONDS is not "long"; a hair more is (few pairs: only the time)."""
    inp = _inputs(free_memory_bytes=None)
    _, seconds, pairs = doc.estimate(inp)
    assert pairs <= run_estimate.MANY_PAIRS
    monkeypatch.setattr(run_estimate, "LONG_RUN_SECONDS", seconds)
    assert "many_pairs" not in _codes(doc.diagnose(inp))
    monkeypatch.setattr(run_estimate, "LONG_RUN_SECONDS", math.nextafter(seconds, 0.0))
    f = _codes(doc.diagnose(inp))
    assert f["many_pairs"].severity == doc.WARNING
    assert doc.format_seconds(seconds) in f["many_pairs"].message


def test_many_pairs_warns_only_above_its_threshold(monkeypatch):
    inp = _inputs(free_memory_bytes=None)
    _, _, pairs = doc.estimate(inp)
    monkeypatch.setattr(run_estimate, "LONG_RUN_SECONDS", math.inf)  # the count alone decides
    monkeypatch.setattr(run_estimate, "MANY_PAIRS", pairs)
    assert "many_pairs" not in _codes(doc.diagnose(inp))
    monkeypatch.setattr(run_estimate, "MANY_PAIRS", pairs - 1)
    assert "many_pairs" in _codes(doc.diagnose(inp))


def test_time_estimate_of_the_scale_run_is_above_the_measured_time_and_within_rough_landscapes_margin():
    """Calibration check against the measured 10 000 x 10 000 run (ARCHITECTURE.md "Measured at scale": 237 s
    with two processes, 30 cores, 48 pairs, a smooth landscape): the model's own sum, recomputed here term by term,
    never promises less than that and allows at most the 1.8x a rough landscape took (white noise, make bench)."""
    n_cells, n_cores, n_pairs = 10**8, 30, 48
    by_hand = (run_estimate.SECONDS_PER_RUN
               + n_cores * n_cells * run_estimate.SECONDS_PER_CELL_COSTDISTANCE / run_estimate.TWO_WORKER_SPEEDUP
               + n_pairs * n_cells * run_estimate.SECONDS_PER_CELL_PAIR)
    assert 237 <= by_hand <= 237 * 1.8


def test_memory_estimate_against_free_memory():
    big = GridFacts("res", 0.0, 1000.0, 0.01, 0.01, 100000, 100000)  # 1e10 cells
    inp = _inputs(resistance_grid=big, resistance_values=None, free_memory_bytes=4 * 1024**3)
    f = _codes(doc.diagnose(inp))
    assert f["memory_exceeds_free"].severity == doc.ERROR
    assert "4.0 GB" in f["memory_exceeds_free"].message
    peak, _, _ = doc.estimate(inp)
    # two cores, both linked: one cost-distance run at a time (80 bytes per cell), the resistance, the mosaic and
    # the masks (20); the finished cost-distances go to disk
    assert peak == 10**10 * (80 + 20)
    # engine called without spilling: both linked cores' float64 grids stay in memory too
    assert doc.peak_bytes(10**10, 2, 2, spilled=False) == 10**10 * (80 + 20 + 2 * 8)
    # the same run with a bit more than its need free: a warning, not an error
    f = _codes(doc.diagnose(_inputs(resistance_grid=big, resistance_values=None, free_memory_bytes=int(peak * 1.5))))
    assert "memory_tight" in f and "memory_exceeds_free" not in f


def test_landcover_table_checks():
    classes = np.array([[1, 2], [3, np.nan]], dtype=float)
    table = {1: 1.0, 2: 0.0}
    v = doc.resistance_from_classes(classes, table, None)
    assert v[0, 0] == 1.0 and v[0, 1] == 0.0 and np.isnan(v[1, 0]) and np.isnan(v[1, 1])
    assert doc.resistance_from_classes(classes, table, 50.0)[1, 0] == 50.0
    f = _codes(
        doc.diagnose(
            _inputs(landcover_name="lc", landcover_classes=[1, 2, 3, 4], table=table, default_resistance=-1.0)
        )
    )
    assert f["table_nonpositive"].severity == doc.ERROR and "2 (0)" in f["table_nonpositive"].message
    missing = f["classes_not_in_table"]
    assert missing.severity == doc.WARNING and "3, 4" in missing.message and "'lc'" in missing.message
    assert f["default_nonpositive"].severity == doc.ERROR
    assert _codes(doc.diagnose(_inputs(landcover_name="lc", table={})))["empty_table"].severity == doc.ERROR


def test_unreadable_values_are_reported():
    f = _codes(doc.diagnose(_inputs(unreadable=["wms layer"])))
    assert "'wms layer'" in f["values_not_checked"].message


def test_errors_sort_first():
    v = np.ones((100, 100))
    v[0, 0] = np.nan
    v[1, 1] = 0
    sev = [x.severity for x in doc.diagnose(_inputs(v))]
    assert sev == sorted(sev, key=["error", "warning", "info"].index)


def test_linked_pairs_match_brute_force_on_random_shapes():
    rng = np.random.default_rng(7)
    geoms = [
        Point(x, y).buffer(r) if k % 2 else box(x, y, x + r, y + 2 * r)
        for k, (x, y, r) in enumerate(zip(rng.uniform(0, 1000, 60), rng.uniform(0, 1000, 60), rng.uniform(1, 40, 60)))
    ]
    for d in (0.0, 15.0, 80.0, 300.0):
        brute = [(i, j) for i in range(60) for j in range(i + 1, 60) if geoms[i].distance(geoms[j]) <= d]
        assert doc.linked_pairs(geoms, d) == brute


def _square_cores(n_side: int, k: int):
    """k 10 x 10-cell cores spread over an n_side grid of 1 m cells: (masks, geometries, CoreFacts)."""
    masks, geoms, facts = {}, {}, []
    for i in range(k):
        r, c = (i * 37) % (n_side - 20), (i * 91) % (n_side - 20)
        m = np.zeros((n_side, n_side), bool)
        m[r:r + 10, c:c + 10] = True
        masks[i], geoms[i] = m, box(c, n_side - r - 10, c + 10, n_side - r)
        facts.append(CoreFacts(i, i, geoms[i]))
    return masks, geoms, facts


@pytest.mark.parametrize("k", [2, 8])
def test_memory_estimate_is_at_least_the_measured_peak_of_a_real_run(k, tmp_path):
    """The engine's own allocations (tracemalloc counts numpy buffers), plus the core masks it is given, stay under
    the doctor's estimate: 8 cores on 300 x 300 cells, no cutoff (whole cost-distance grids kept)."""
    import tracemalloc
    from unittest import mock

    from ccsg_plugin.core.engine import corridors, frontier

    n = 300
    resistance = np.random.default_rng(k).uniform(1.0, 10.0, (n, n))
    measured = {}
    # This noisy grid takes the engine's bucketed pass; the row sweeps (smooth grids) hold the larger peak: measure
    # both, the estimate must cover both and not exceed twice the larger.
    for name, rough in (("bucketed", frontier.ROUGH), ("sweeps", math.inf)):
        (tmp_path / name).mkdir()
        tracemalloc.start()
        try:
            masks, geoms, facts = _square_cores(n, k)
            # as the algorithm runs it: cost-distances spilled to disk once computed
            with mock.patch.object(frontier, "ROUGH", rough):
                corridors.least_cost_corridors(resistance, masks, geoms, (1.0, 1.0), 8, 0.0, 0.0, 0.0, True,
                                               spill_folder=str(tmp_path / name))
            _, measured[name] = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        measured[name] += resistance.nbytes  # the run's input grid, allocated before the measurement
    grid = GridFacts("res", 0.0, float(n), 1.0, 1.0, n, n)
    peak, _, _ = doc.estimate(_inputs(resistance_grid=grid, resistance_values=None, cores=facts))
    assert peak >= max(measured.values())
    assert peak <= 2.0 * max(measured.values())  # an upper bound, not a scare


def test_memory_warning_exactly_at_the_free_memory():
    inp = _inputs()
    peak, _, _ = doc.estimate(inp)
    below = _codes(doc.diagnose(_inputs(free_memory_bytes=peak - 1)))
    assert "memory_exceeds_free" in below
    at = _codes(doc.diagnose(_inputs(free_memory_bytes=peak)))  # exactly enough: no longer "exceeds"
    assert "memory_exceeds_free" not in at and "memory_tight" in at
    assert "estimate" in _codes(doc.diagnose(_inputs(free_memory_bytes=2 * peak)))  # half or less: just the figure


def test_two_processes_on_linux_by_default_and_exactly_when_two_runs_fit_the_free_memory():
    cells = 1000
    two = cells * (2 * 80 + 20)  # two runs at 80 bytes per cell, the whole-grid arrays at 20
    assert doc.peak_bytes(cells, 3, 3, workers=2) == two
    # by default two where runs can go in forked processes (Linux), one elsewhere
    assert doc.workers_for(cells, 3, 3, free=10 * two) == (2 if sys.platform.startswith("linux") else 1)
    assert doc.workers_for(cells, 3, 3, free=10 * two, max_workers=1) == 1
    assert doc.workers_for(cells, 3, 3, free=two, max_workers=2) == 2
    assert doc.workers_for(cells, 3, 3, free=two - 1, max_workers=2) == 1
    assert doc.workers_for(cells, 3, 3, free=None, max_workers=2) == 2  # free memory unknown: both cores
    assert doc.workers_for(cells, 2, 1, free=10 * two, max_workers=2) == 1  # one core to run: one process


def test_time_estimate_counts_the_second_process_only_when_it_fits(monkeypatch):
    monkeypatch.setattr("ccsg_plugin.core.doctor.run_estimate.MAX_WORKERS", 2)  # a second process allowed
    inp = _inputs()
    peak, _, _ = doc.estimate(inp)
    grid = inp.resistance_grid
    cores = [c for c in inp.cores if c.geometry is not None and not c.geometry.is_empty]
    two = doc.peak_bytes(grid.cells, len(cores), len(cores), workers=2)
    _, fast, _ = doc.estimate(_inputs(free_memory_bytes=two))
    _, slow, pairs = doc.estimate(_inputs(free_memory_bytes=two - 1))
    by_hand = len(cores) * grid.cells * doc.SECONDS_PER_CELL_COSTDISTANCE
    tail = doc.SECONDS_PER_RUN + pairs * grid.cells * doc.SECONDS_PER_CELL_PAIR
    assert slow == pytest.approx(by_hand + tail)
    assert fast == pytest.approx(by_hand / run_estimate.TWO_WORKER_SPEEDUP + tail)  # at its measured speed
