"""Headless use: the packaged plugin run through qgis_process.bin in a throwaway profile, as the README shows.

QGIS 3.22: QGIS_CUSTOM_CONFIG_PATH puts the whole profile tree (profiles/default) in a folder of ours, so the
user's own profile is never read or written; QGIS_PLUGINPATH names the folder holding ccsg_plugin/; the plugin is
enabled once with `qgis_process.bin plugins enable ccsg_plugin`. Debian's `qgis_process` wrapper script fails
("Command --noversioncheck not known!"), hence the .bin.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from osgeo import ogr, osr

from tests.qgis.lcp_helpers import dijkstra, read_tif, write_tif

ROOT = Path(__file__).resolve().parents[2]
QGIS_PROCESS = shutil.which("qgis_process.bin")
ORIGIN, CELL = (500000.0, 4000000.0), (10.0, 10.0)

pytestmark = pytest.mark.skipif(QGIS_PROCESS is None, reason="qgis_process.bin is not installed")


def _stage(tmp_path: Path) -> Path:
    spec = importlib.util.spec_from_file_location("ccsg_package", ROOT / "scripts" / "package.py")
    package = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(package)
    return package.stage(tmp_path / "plugins").parent  # the folder that holds ccsg_plugin/


def _points(path: Path, cells) -> Path:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    layer = ds.CreateLayer("sources", srs, ogr.wkbPoint)
    for r, c in cells:
        f = ogr.Feature(layer.GetLayerDefn())
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(ORIGIN[0] + (c + 0.5) * CELL[0], ORIGIN[1] - (r + 0.5) * CELL[1])
        f.SetGeometry(point)
        layer.CreateFeature(f)
    ds = None
    return path


def _qgis_process(args, env, timeout=240):
    return subprocess.run([QGIS_PROCESS, *args], env=env, capture_output=True, text=True, timeout=timeout,
                          check=False)


def test_cost_distance_through_qgis_process_in_a_throwaway_profile(tmp_path):
    plugins = _stage(tmp_path)
    profile_root = tmp_path / "profile"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env.update(QT_QPA_PLATFORM="offscreen", QGIS_PLUGINPATH=str(plugins), QGIS_CUSTOM_CONFIG_PATH=str(profile_root))

    enabled = _qgis_process(["plugins", "enable", "ccsg_plugin"], env)
    assert enabled.returncode == 0, enabled.stdout + enabled.stderr
    ini = profile_root / "profiles" / "default" / "QGIS" / "QGIS3.ini"
    assert "ccsg_plugin=true" in ini.read_text()  # enabled in the throwaway profile, not the user's

    res = np.random.default_rng(5).uniform(1.0, 9.0, (12, 15))
    res[3:9, 7] = np.nan  # a wall with gaps at both ends
    raster = write_tif(tmp_path / "res.tif", res, ORIGIN, CELL)
    cells = [(1, 2), (10, 12)]
    out = tmp_path / "cd.tif"
    run = _qgis_process(["run", "ccsg:costdistance", "--", f"RESISTANCE={raster}",
                         f"SOURCES={_points(tmp_path / 'src.gpkg', cells)}", "NEIGHBOURS=8", "MAX_COST=0",
                         f"OUTPUT={out}"], env)
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    assert str(out) in run.stdout  # the Results block names the output

    sources = np.zeros(res.shape, bool)
    for cell in cells:
        sources[cell] = True
    expected = dijkstra(res, sources, *CELL)
    got = read_tif(out)
    assert np.array_equal(np.isfinite(got), np.isfinite(expected))
    finite = np.isfinite(expected)
    np.testing.assert_allclose(got[finite], expected[finite], rtol=1e-5)
