"""A check run killed (SIGKILL, a real second QGIS process) while writing its layer leaves no file under the output
names, and a rerun into the same folder is not blocked: it succeeds and removes the killed run's temporary files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

from qgis import processing
from qgis.core import QgsVectorLayer

from tests.qgis import check_fixtures as fx

ROOT = Path(__file__).resolve().parents[2]

CHILD = textwrap.dedent(
    """
    import os, signal, sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication, QgsProcessingFeedback
    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing
    Processing.initialize()
    from qgis import processing
    from ccsg_plugin.processing.provider import CcsgProvider
    from tests.qgis import check_fixtures as fx

    provider = CcsgProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    out = Path({out!r})

    class KillWhileWriting(QgsProcessingFeedback):
        # The writers ask is_cancelled() before each feature: once the temporary layer file exists, die as a
        # killed QGIS would (no clean-up code runs after SIGKILL).
        def isCanceled(self):
            if any(p.name.startswith(".ccsg_partial_") for p in out.iterdir()):
                print("killing myself while writing", flush=True)
                os.kill(os.getpid(), signal.SIGKILL)
            return False

    corridors = fx.corridors_layer([("c%d" % i, fx.rectangle(300 + 20 * i), fx.FULL_ATTRIBUTES) for i in range(8)])
    processing.run("ccsg:checkcorridors", {{"CORRIDORS": corridors, "CORES": fx.cores_layer(),
                                           "OUTPUT": str(out / "checked.gpkg"), "REPORT": str(out / "report.html")}},
                   feedback=KillWhileWriting())
    print("the run finished: it was not killed", flush=True)
    """
)


def test_killed_check_leaves_no_output_and_a_rerun_succeeds(provider, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    script = tmp_path / "child.py"
    script.write_text(CHILD.format(root=str(ROOT), out=str(out)))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.run(["/usr/bin/python3", str(script)], capture_output=True, text=True, env=env, cwd=tmp_path,
                           check=False)
    assert child.returncode == -signal.SIGKILL, (child.returncode, child.stdout, child.stderr[-2000:])
    assert "killing myself while writing" in child.stdout
    left = sorted(os.listdir(out))
    assert "checked.gpkg" not in left and "report.html" not in left, left
    assert left and all(name.startswith(".ccsg_partial_") for name in left), left  # the killed run's temporary file

    corridors = fx.corridors_layer([(f"c{i}", fx.rectangle(300 + 20 * i), fx.FULL_ATTRIBUTES) for i in range(8)])
    result = processing.run("ccsg:checkcorridors", {"CORRIDORS": corridors, "CORES": fx.cores_layer(),
                                                    "OUTPUT": str(out / "checked.gpkg"),
                                                    "REPORT": str(out / "report.html")})
    assert Path(result["OUTPUT"]) == out / "checked.gpkg"
    assert QgsVectorLayer(str(out / "checked.gpkg"), "checked", "ogr").featureCount() == 8
    assert "</html>" in (out / "report.html").read_text(encoding="utf-8")
    assert sorted(os.listdir(out)) == ["checked.gpkg", "report.html"]  # the leftovers were cleaned


def test_a_live_writers_temporary_file_is_left_alone(tmp_path):
    """Only the files of processes that are gone are removed: another running QGIS may be writing."""
    from ccsg_plugin.gis import writers

    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live = tmp_path / f".ccsg_partial_{sleeper.pid}_0123abcd_x.tif"
        live.write_bytes(b"being written")
        dead_pid = _dead_pid()
        dead = tmp_path / f".ccsg_partial_{dead_pid}_0123abcd_y.tif"
        dead.write_bytes(b"left by a killed run")
        mine = tmp_path / "y.tif"
        mine.write_bytes(b"a user file")
        removed = writers.clean_stale_partials(tmp_path)
    finally:
        sleeper.kill()
        sleeper.wait()
    assert removed == [dead.name]
    assert live.exists() and mine.exists() and not dead.exists()


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid  # reaped: no process has this id until the system reuses it


def test_cost_distance_folder_of_a_killed_run_does_not_block_a_rerun(provider, tmp_path):
    """A corridor run killed while keeping its cost-distance rasters leaves only its staging folder (named with
    its process id); the rerun into the same folder removes it and keeps a complete run that re-cuts."""
    import numpy as np

    from tests.qgis.lcp_helpers import cell_rect_wkt, memory_layer, write_tif

    folder = tmp_path / "cwd"
    staging = folder / f".ccsg_partial_{_dead_pid()}_0123abcd_run"
    staging.mkdir(parents=True)
    write_tif(staging / "cwd_1.tif", np.ones((3, 3)))
    origin, cell = (500000.0, 4000000.0), (10.0, 10.0)
    cores = memory_layer("Polygon", "EPSG:32633", [(cell_rect_wkt(2, 5, 2, 5, origin, cell), [1]),
                                                   (cell_rect_wkt(20, 25, 20, 25, origin, cell), [2])])
    res = write_tif(tmp_path / "res.tif", np.random.default_rng(4).uniform(1, 5, (30, 30)))
    processing.run("ccsg:leastcostcorridors", {
        "CORES": cores, "CORE_ID_FIELD": "core_id", "RESISTANCE": res, "WIDTH_CUTOFF": 0,
        "OUTPUT_CORRIDORS": str(tmp_path / "c.tif"), "OUTPUT_PATHS": str(tmp_path / "p.gpkg"),
        "OUTPUT_POLYGONS": str(tmp_path / "poly.gpkg"), "OUTPUT_CWD_FOLDER": str(folder)})
    assert sorted(os.listdir(folder)) == ["core_cells.tif", "cwd_1.tif", "cwd_2.tif", "links.json"]
    again = processing.run("ccsg:truncatecorridors", {"CWD_FOLDER": str(folder), "WIDTH_CUTOFF": 0,
                                                      "OUTPUT_CORRIDORS": str(tmp_path / "c2.tif"),
                                                      "OUTPUT_POLYGONS": str(tmp_path / "poly2.gpkg")})
    from tests.qgis.lcp_helpers import read_tif

    # kept as float32: the re-cut equals the run's corridors within float32 rounding of CWD_a + CWD_b (value + LCD)
    recut, first = read_tif(again["OUTPUT_CORRIDORS"]), read_tif(tmp_path / "c.tif")
    np.testing.assert_array_equal(np.isnan(recut), np.isnan(first))
    lcd = json.loads((folder / "links.json").read_text())["links"][0]["lcd"]
    ok = ~np.isnan(first)
    assert np.all(np.abs(recut[ok] - first[ok]) <= 2 * 2.0 ** -24 * (lcd + first[ok]) + 2.0 ** -24 * first[ok])
