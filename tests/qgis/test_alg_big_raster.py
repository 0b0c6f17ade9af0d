"""Big rasters in ccsg:leastcostcorridors: a memory warning when the estimate exceeds the free memory (the free
figure injected), and progress that moves before the first cost-distance run starts."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsProcessingFeedback

from ccsg_plugin.core.doctor.run_estimate import peak_bytes
from ccsg_plugin.core.engine import costdistance
from tests.qgis.lcp_helpers import ccsg_registered, memory_layer, write_tif  # noqa: F401 - fixture

ORIGIN = (500000.0, 4000000.0)
ROWS, COLS, CELL = 40, 60, 10.0


class Recorder(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings, self.events = [], []
        self.progressChanged.connect(lambda p: self.events.append(("progress", p)))

    def pushWarning(self, text):  # noqa: N802
        self.warnings.append(text)
        super().pushWarning(text)


def _cores():
    rows = []
    for i, (c0, c1) in enumerate(((2, 8), (26, 32), (50, 56))):
        x0, x1 = ORIGIN[0] + c0 * CELL, ORIGIN[0] + c1 * CELL
        y0, y1 = ORIGIN[1] - 25 * CELL, ORIGIN[1] - 15 * CELL
        rows.append((f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))", [i + 1]))
    return memory_layer("Polygon", "EPSG:32633", rows)


def _run(tmp_path, name, feedback):
    res = write_tif(tmp_path / f"{name}.tif", np.full((ROWS, COLS), 2.0), ORIGIN, (CELL, CELL))
    params = {"CORES": _cores(), "CORE_ID_FIELD": "core_id", "RESISTANCE": res,
              "OUTPUT_CORRIDORS": str(tmp_path / f"{name}_c.tif"), "OUTPUT_PATHS": str(tmp_path / f"{name}_p.gpkg"),
              "OUTPUT_POLYGONS": str(tmp_path / f"{name}_poly.gpkg")}
    return processing.run("ccsg:leastcostcorridors", params, feedback=feedback)


@pytest.mark.parametrize(("offset", "warned"), [(-1, True), (0, False)])
def test_memory_warning_when_the_estimate_exceeds_free_memory(ccsg_registered, tmp_path, monkeypatch,  # noqa: F811
                                                              offset, warned):
    # 2400 cells, 3 cores all linked (no maximum distance): the doctor's own formula, computed here by hand: one
    # cost-distance run at 80 bytes per cell, the resistance and the mosaic (8 each) and 4 for masks; the finished
    # cost-distances are on disk (spilled), not in memory.
    need = ROWS * COLS * (80 + 8 + 8 + 4)
    assert peak_bytes(ROWS * COLS, 3, 3) == need
    monkeypatch.setattr("ccsg_plugin.gis.machine.available_memory_bytes", lambda *a, **k: need + offset)
    feedback = Recorder()
    result = _run(tmp_path, f"m{offset}", feedback)
    # a warning, not a refusal: the estimate is an upper bound (the 1-3 pair runs through core 2: dropped)
    assert result["PAIRS_LINKED"] + result["PAIRS_DROPPED"] == 3
    memory = [w for w in feedback.warnings if "of memory" in w]
    assert bool(memory) is warned
    if warned:
        assert "2,400 cells" in memory[0] and "3 cores" in memory[0]


def test_progress_moves_before_the_first_cost_distance(ccsg_registered, tmp_path, monkeypatch):  # noqa: F811
    """Reading, rasterising and the pair bounds report progress: a big raster no longer sits at 0 % for 30 s."""
    monkeypatch.setattr("ccsg_plugin.core.doctor.run_estimate.MAX_WORKERS", 1)  # the marks are made in this process
    feedback = Recorder()
    original = costdistance.cost_distance

    def marked(*args, **kwargs):
        feedback.events.append(("cost_distance", None))
        return original(*args, **kwargs)

    monkeypatch.setattr("ccsg_plugin.core.engine.corridor_windows.cost_distance", marked)
    _run(tmp_path, "p", feedback)
    first = feedback.events.index(("cost_distance", None))
    before = [p for kind, p in feedback.events[:first] if kind == "progress"]
    assert len([p for p in before if p > 0]) >= 3  # read, cores on the grid, pair bounds
    assert max(before) >= 5.0


@pytest.mark.parametrize(("allowed", "offset", "processes"),
                         [(2, -1, 1), (2, 0, 2), (1, 10**9, 1), (None, 10**9, 2 if sys.platform == "linux" else 1)])
def test_two_processes_exactly_when_allowed_and_two_runs_fit_the_free_memory(ccsg_registered, tmp_path,  # noqa: F811
                                                                              monkeypatch, allowed, offset, processes):
    # two cost-distance runs at once: 2 x 80 bytes per cell beside the 20 of the whole-grid arrays. By default
    # (allowed None) two on Linux, where they run in forked processes, one elsewhere (core/doctor/run_estimate.py).
    if allowed is not None:
        monkeypatch.setattr("ccsg_plugin.core.doctor.run_estimate.MAX_WORKERS", allowed)
    need_two = ROWS * COLS * (2 * 80 + 8 + 8 + 4)
    monkeypatch.setattr("ccsg_plugin.gis.machine.available_memory_bytes", lambda *a, **k: need_two + offset)
    seen = []
    original = __import__("ccsg_plugin.core.engine.corridor_workers", fromlist=["run_tasks"]).run_tasks

    def recorded(tasks, weights, workers, *args, **kwargs):
        seen.append(workers)
        return original(tasks, weights, workers, *args, **kwargs)

    monkeypatch.setattr("ccsg_plugin.core.engine.corridors.run_tasks", recorded)
    feedback = Recorder()
    infos = []
    feedback.pushInfo = lambda text: infos.append(text)
    _run(tmp_path, f"t{offset}", feedback)
    assert seen == [processes]
    assert any(f"in {processes} process(es)" in text for text in infos)
