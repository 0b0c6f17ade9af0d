"""gui/runner.py: a plan of ccsg: steps runs as one job (one progress, steps chained through their files), hands
back the finished layers the plan names (styled and described by their algorithms, not in the project), and a
failed step removes the whole run folder."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsApplication, QgsProject, QgsRasterLayer, QgsSingleBandPseudoColorRenderer

from tests.qgis.analysis_helpers import spin
from tests.qgis.lcp_helpers import ccsg_registered, dijkstra, read_tif, write_tif  # noqa: F401

ORIGIN = (500000.0, 4000000.0)
CELL = 10.0


def _points(path: Path, rows_cols, epsg: int = 32633) -> str:
    """A GeoPackage of points at the centres of the given cells."""
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    layer = ds.CreateLayer("points", srs, ogr.wkbPoint)
    for r, c in rows_cols:
        x, y = ORIGIN[0] + (c + 0.5) * CELL, ORIGIN[1] - (r + 0.5) * CELL
        if epsg == 4326:
            x, y = 15.0 + c * 1e-4, 36.0 - r * 1e-4
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"POINT({x} {y})"))
        layer.CreateFeature(feature)
    ds = None
    return str(path)


@pytest.fixture
def landcover(tmp_path):
    """Land-cover classes 1 (open), 2 (scrub), 3 (town) and the table that gives them resistances 1, 4, 50."""
    rng = np.random.default_rng(7)
    classes = rng.choice([1.0, 2.0, 3.0], size=(12, 15), p=[0.5, 0.3, 0.2])
    path = write_tif(tmp_path / "landcover.tif", classes, ORIGIN, (CELL, CELL))
    table = tmp_path / "table.csv"
    table.write_text("class,resistance\n1,1\n2,4\n3,50\n", encoding="utf-8")
    return classes, path, str(table), {1.0: 1.0, 2.0: 4.0, 3.0: 50.0}


def _plan(run_dir: Path, landcover_path: str, table: str, sources: str):
    from ccsg_plugin.gui.run_plan import RunPlan, Step

    resistance, cost = run_dir / "resistance.tif", run_dir / "cost.tif"
    notes = {"abstract": "A test run of two steps.", "record": {"run_folder": str(run_dir), "who": "test"}}
    steps = [
        Step("ccsg:resistancefromlandcover",
             {"LANDCOVER": landcover_path, "TABLE_FILE": table, "OUTPUT": str(resistance)},
             "resistance", load=[("OUTPUT", "Resistance layer")], notes=notes),
        Step("ccsg:costdistance",
             {"RESISTANCE": str(resistance), "SOURCES": sources, "NEIGHBOURS": 8, "MAX_COST": 0, "OUTPUT": str(cost)},
             "cost", load=[("OUTPUT", "Cost layer")], notes=notes),
    ]
    return RunPlan("test", steps, run_dir=run_dir, layer_order=["Cost layer", "Resistance layer"])


def _run(plan):
    from ccsg_plugin.gui.runner import PlanRunner

    runner = PlanRunner(plan)
    progress, outcome = [], []
    runner.progressChanged.connect(progress.append)
    runner.runFinished.connect(lambda ok, layers, message: outcome.append((ok, layers, message)))
    runner.start()
    assert spin(lambda: bool(outcome), 120), "the run did not finish"
    return runner, progress, outcome[0]


def test_two_steps_chain_through_their_files_and_hand_back_finished_layers(ccsg_registered, landcover,  # noqa: F811
                                                                           tmp_path):
    classes, lc_path, table, resistances = landcover
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    sources = _points(tmp_path / "sources.gpkg", [(2, 3), (9, 11)])
    before = set(QgsProject.instance().mapLayers())
    runner, progress, (ok, layers, message) = _run(_plan(run_dir, lc_path, table, sources))
    assert ok, message
    assert [layer.name() for layer in layers] == ["Cost layer", "Resistance layer"]  # the plan's order
    assert set(QgsProject.instance().mapLayers()) == before  # placing them is the dock's business
    # Reference: reclassify by hand, then a plain Dijkstra from the two source cells.
    expected_resistance = np.vectorize(resistances.get)(classes)
    np.testing.assert_allclose(read_tif(run_dir / "resistance.tif"), expected_resistance)
    source_cells = np.zeros(classes.shape, bool)
    source_cells[2, 3] = source_cells[9, 11] = True
    np.testing.assert_allclose(read_tif(run_dir / "cost.tif"), dijkstra(expected_resistance, source_cells, CELL, CELL),
                               rtol=1e-5)
    # One progress over both steps: never backwards, the second step starts half-way, the end is 100.
    assert progress == sorted(progress) and progress[-1] == 100.0 and 50.0 in progress
    for layer in layers:
        # styled by the algorithm (the bundled ramps), described with the plan's notes, then its own parameters
        assert isinstance(layer.renderer(), QgsSingleBandPseudoColorRenderer)
        abstract = layer.metadata().abstract()
        assert abstract.startswith("A test run of two steps.")
        start = abstract.index("Parameters:") + len("Parameters:")
        record = json.JSONDecoder().raw_decode(abstract[start:].lstrip())[0]
        assert record["who"] == "test" and record["run_folder"] == str(run_dir)
        source = layer.source()
        algorithm = "ccsg:costdistance" if source.endswith("cost.tif") else "ccsg:resistancefromlandcover"
        assert record["processing"][algorithm]["OUTPUT"] == source
        # ... and both are saved with the file, for whoever opens it alone
        reopened = QgsRasterLayer(source, "again")
        assert isinstance(reopened.renderer(), QgsSingleBandPseudoColorRenderer)
        _message, found = reopened.loadDefaultMetadata()
        assert found and "A test run of two steps." in reopened.metadata().abstract()
    assert runner.done and runner.elapsed > 0


def test_a_failing_second_step_removes_the_run_folder_and_says_why(ccsg_registered, landcover,  # noqa: F811
                                                                   tmp_path):
    _classes, lc_path, table, _resistances = landcover
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    sources = _points(tmp_path / "degrees.gpkg", [(2, 3)], epsg=4326)  # costdistance refuses degrees
    runner, _progress, (ok, layers, message) = _run(_plan(run_dir, lc_path, table, sources))
    assert not ok and layers == []
    assert "geographic CRS" in message and "'degrees'" in message  # the algorithm's own message, naming the layer
    assert not run_dir.exists()  # the first step's resistance went with it
    assert 0 in runner.plan.results and 1 not in runner.plan.results  # the first step did run


def test_cancel_during_the_first_step_runs_nothing_more(ccsg_registered, tmp_path):  # noqa: F811
    from ccsg_plugin.gui.run_plan import RunPlan, Step
    from ccsg_plugin.gui.runner import CANCELLED, PlanRunner

    run_dir = tmp_path / "run"
    run_dir.mkdir()
    # a cost distance that takes long enough to be cancelled: rough, so its sweeps take many passes (a uniform
    # 1500 x 1500 grid finished before its first progress tick, 0.25 s, on a fast idle machine)
    big = np.random.default_rng(5).uniform(1.0, 100.0, (2000, 2000))
    resistance = write_tif(tmp_path / "big.tif", big, ORIGIN, (CELL, CELL))
    sources = _points(tmp_path / "s.gpkg", [(10, 10)])
    steps = [Step("ccsg:costdistance", {"RESISTANCE": resistance, "SOURCES": sources, "NEIGHBOURS": 16,
                                        "MAX_COST": 0, "OUTPUT": str(run_dir / f"cost{i}.tif")}, f"cost {i}",
                  load=[("OUTPUT", f"cost {i}")]) for i in range(2)]
    runner = PlanRunner(RunPlan("test", steps, run_dir=run_dir))
    outcome, progress = [], []
    runner.progressChanged.connect(progress.append)
    runner.runFinished.connect(lambda ok, layers, message: outcome.append((ok, layers, message)))
    tasks = QgsApplication.taskManager()
    # a task left running by an earlier test would hold a pool thread: say which, rather than time out below
    assert spin(lambda: tasks.countActiveTasks() == 0, 120), [(t.description(), t.progress()) for t in tasks.tasks()]
    runner.start()
    assert spin(lambda: any(0 < p < 50 for p in progress), 60), (
        progress, outcome, [(t.description(), t.status(), t.progress()) for t in tasks.tasks()])
    runner.cancel()
    assert spin(lambda: bool(outcome), 60)
    assert outcome[0] == (False, [], CANCELLED)
    assert not run_dir.exists() and 0 not in runner.plan.results
    assert gdal.Open(resistance) is not None  # inputs are never touched


def test_a_failing_optional_last_step_keeps_the_run_and_says_why(ccsg_registered, landcover,  # noqa: F811
                                                                  tmp_path):
    # The run report is optional: when it cannot be written, the hour of work before it must not be thrown away.
    from ccsg_plugin.gui.run_plan import Step

    _classes, lc_path, table, _resistances = landcover
    run_dir = tmp_path / "run"
    run_dir.mkdir()
    sources = _points(tmp_path / "sources.gpkg", [(2, 3)])
    plan = _plan(run_dir, lc_path, table, sources)
    (run_dir / "report.html").write_text("an earlier file", encoding="utf-8")  # the report refuses to overwrite
    plan.steps.append(Step("ccsg:runreport", {"RUN_FOLDER": str(run_dir), "OUTPUT_HTML": str(run_dir / "report.html")},
                           "the report", optional=True))
    runner, _progress, (ok, layers, message) = _run(plan)
    assert ok and [layer.name() for layer in layers] == ["Cost layer", "Resistance layer"]
    assert message.startswith("the report failed:") and "report.html" in message
    assert (run_dir / "cost.tif").exists() and (run_dir / "resistance.tif").exists()
    assert (run_dir / "report.html").read_text(encoding="utf-8") == "an earlier file"
    # not optional: the same failure removes the run folder
    run_dir2 = tmp_path / "run2"
    run_dir2.mkdir()
    plan = _plan(run_dir2, lc_path, table, sources)
    (run_dir2 / "report.html").write_text("an earlier file", encoding="utf-8")
    plan.steps.append(Step("ccsg:runreport",
                           {"RUN_FOLDER": str(run_dir2), "OUTPUT_HTML": str(run_dir2 / "report.html")}, "the report"))
    _runner, _progress, (ok, layers, message) = _run(plan)
    assert not ok and layers == [] and not run_dir2.exists()
