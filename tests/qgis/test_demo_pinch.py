"""The demo's pinch-point step inside the candidate corridors: the 300 m neck of "Southern bottleneck" (narrower than
one 400 m cell) is a one-cell passage, so the whole 1 A passes it and it is among the highest-current cells of that
corridor; the summary line reports it against the corridor median."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsProcessingFeedback, QgsProject, QgsRasterLayer, QgsVectorLayer

from tests.qgis.lcp_helpers import read_tif


def _flood(allowed: np.ndarray, seeds: np.ndarray) -> np.ndarray:
    """8-connected flood fill of ``allowed`` cells from ``seeds`` (a plain reference, no plugin code)."""
    reached = seeds & allowed
    while True:
        grown = reached.copy()
        padded = np.pad(reached, 1)
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                grown |= padded[1 + di:1 + di + reached.shape[0], 1 + dj:1 + dj + reached.shape[1]]
        grown &= allowed
        if (grown == reached).all():
            return reached
        reached = grown


def test_southern_bottleneck_neck_carries_the_highest_current(provider, qgis_new_project, tmp_path):
    from shapely.ops import substring

    from ccsg_plugin.demo import candidates
    from ccsg_plugin.demo.candidates import step_candidate_corridors
    from ccsg_plugin.demo.pinch import run_candidates
    from ccsg_plugin.gis import demo, raster_io, rasterize

    project = QgsProject.instance()
    data_dir = demo.copy_demo_data(tmp_path / "data")
    demo.load_demo_layers(project, data_dir)
    step_candidate_corridors(project, data_dir, tmp_path, QgsProcessingFeedback())
    lines = run_candidates(project, data_dir, tmp_path, QgsProcessingFeedback())
    current = read_tif(tmp_path / "candidate_current.tif")

    # The test's own cells: the bottleneck polygon, its two cores, and the neck (600 m around the centre line's middle)
    grid = raster_io.read_band(QgsRasterLayer(str(data_dir / demo.RESISTANCE_FILE), "r")).grid
    cores = QgsVectorLayer(str(data_dir / demo.CORES_FILE), "cores", "ogr")
    _good, _gl, neck_polygon, neck_line = candidates.corridor_shapes(cores)
    half = neck_line.length / 2
    neck_zone = substring(neck_line, half - 300, half + 300).buffer(150, cap_style=2)
    corridor = rasterize.geometry_mask(QgsGeometry.fromWkt(neck_polygon.wkt), grid)
    neck = rasterize.geometry_mask(QgsGeometry.fromWkt(neck_zone.wkt), grid) & corridor
    masks, _ = rasterize.core_cells(cores, "core_id", grid)
    core5, core6 = masks[5], masks[6]
    inside = corridor & ~core5 & ~core6
    # The neck is a cut: without it, core 6 cannot be reached from core 5 inside the corridor ...
    assert _flood(corridor | core5 | core6, core5)[core6].any()
    assert not _flood((corridor | core5 | core6) & ~neck, core5)[core6].any()
    # ... so the whole 1 A crosses it (Kirchhoff), and the neck is among the corridor's highest-current cells.
    values = current[inside & np.isfinite(current)]
    at_neck = np.nanmax(np.where(neck, current, np.nan))
    assert at_neck == pytest.approx(1.0, rel=1e-5)
    assert at_neck >= np.quantile(values, 0.98)
    assert np.isnan(current[core5]).all() and np.isnan(current[core6]).all()  # no current shown inside the cores
    line = next(x for x in lines if x.startswith("Pinch points in 'Southern bottleneck'"))
    numbers = [float(v) for v in re.findall(r"(\d+\.\d+) A", line)]
    assert numbers == [pytest.approx(at_neck, abs=0.005), pytest.approx(np.median(values), abs=0.005)]
    assert Path(lines[-1].split(": ", 1)[1]) == tmp_path / "candidate_current.tif"
