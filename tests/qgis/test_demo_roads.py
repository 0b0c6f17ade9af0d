"""The demo's synthetic road layer: three lines on the demo grid with the three kinds of resistance field value, an
underpass that opens the highway, and the README saying the data are synthetic."""

from __future__ import annotations

import math
import shutil

import numpy as np
from qgis.core import QgsRasterLayer, QgsVectorLayer

from ccsg_plugin.gis import raster_io
from ccsg_plugin.gis.crs import same_crs
from ccsg_plugin.gis.restoration_inputs import crossing_cells, infrastructure_cells


def test_demo_roads_burn_into_the_demo_grid(demo_dir, tmp_path, qgis_app):
    shutil.copy(demo_dir / "demo_roads.gpkg", tmp_path / "roads.gpkg")  # opening a GeoPackage may write beside it
    grid = raster_io.read_band(QgsRasterLayer(str(demo_dir / "lm_resistances.tif"), "r")).grid
    roads = QgsVectorLayer(f"{tmp_path / 'roads.gpkg'}|layername=roads", "roads", "ogr")
    points = QgsVectorLayer(f"{tmp_path / 'roads.gpkg'}|layername=crossings", "crossings", "ogr")
    assert roads.isValid() and points.isValid() and same_crs(roads.crs(), grid.crs)
    added, count = infrastructure_cells(roads, "resistance_add", grid)
    assert count == 3
    assert set(np.unique(added[added > 0]).tolist()) == {200.0, 1000.0, math.inf}
    open_cells, used, ignored = crossing_cells(points, added, grid)
    assert (used, ignored) == (1, 0) and (added[open_cells] == 1000.0).all()
    readme = (demo_dir / "README.md").read_text(encoding="utf-8")
    assert "demo_roads.gpkg" in readme and "synthetic" in readme.lower()
