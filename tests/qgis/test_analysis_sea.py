"""The Least-cost analysis panel's "Sea only" option, driven through its widgets and Run button: two MPAs either
side of a peninsula; the least-cost distance of the run equals a plain Dijkstra through the sea on a grid built
here by the documented rule (land and cores plus a 10-cell margin, land cells NoData)."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsProject

from tests.qgis.analysis_helpers import open_dock, spin, wait_run
from tests.qgis.lcp_helpers import dijkstra, memory_layer

CELL = 100.0
X0, Y0 = 500000.0, 4000000.0


def box(x0, y0, x1, y1):
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


# in metres from (X0, Y0): a mainland along the north and a peninsula hanging 1500 m south from it
MAINLAND = (-1000, 0, 4000, 3000)
PENINSULA = (1300, -1500, 1700, 0)
MPA_A = (300, -500, 600, -200)
MPA_B = (2400, -500, 2700, -200)


def shifted(b):
    return box(X0 + b[0], Y0 + b[1], X0 + b[2], Y0 + b[3])


def test_sea_only_run_gives_the_shortest_sea_path(plugin, tmp_path):
    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "marine.qgz"))
    land = memory_layer("Polygon", "EPSG:32633", [(shifted(MAINLAND), [1]), (shifted(PENINSULA), [2])], "id:integer",
                        "land")
    cores = memory_layer("Polygon", "EPSG:32633", [(shifted(MPA_A), [1]), (shifted(MPA_B), [2])], "core_id:integer",
                         "mpas")
    project.addMapLayers([land, cores])
    dock = open_dock(plugin)
    dock.coresCombo.setLayer(cores)
    dock.resistanceCombo.setLayer(None)
    dock.seaGroup.setChecked(True)
    assert not dock.resistanceGroup.isEnabled()
    dock.landCombo.setLayer(land)
    dock.seaCellSpin.setValue(CELL)
    dock.widthSpin.setValue(0)
    assert spin(lambda: not dock.doctor_busy, 60)
    assert dock.runButton.isEnabled(), [f.message for f in dock.findings]
    dock.runButton.click()
    wait_run(dock)
    paths = QgsProject.instance().mapLayer(dock.result_layer_ids["paths"])
    (lcd,) = (f["lcd"] for f in paths.getFeatures())
    # the reference grid: land (-1000..4000 x -1500..3000) and cores, grown by 10 cells of 100 m
    x_min, x_max, y_min, y_max = -1000 - 1000, 4000 + 1000, -1500 - 1000, 3000 + 1000
    cols, rows = int((x_max - x_min) / CELL), int((y_max - y_min) / CELL)
    cx = x_min + (np.arange(cols) + 0.5) * CELL
    cy = y_max - (np.arange(rows) + 0.5) * CELL

    def cells(b):
        return (cx[None, :] > b[0]) & (cx[None, :] < b[2]) & (cy[:, None] > b[1]) & (cy[:, None] < b[3])

    res = np.where(cells(MAINLAND) | cells(PENINSULA), np.nan, 1.0)
    resistance = QgsProject.instance().mapLayer(dock.result_layer_ids["resistance"])
    assert (resistance.width(), resistance.height()) == (cols, rows)
    dist = dijkstra(res, cells(MPA_A), CELL, CELL)
    assert lcd == pytest.approx(dist[cells(MPA_B)].min())
    assert lcd > 1.5 * (MPA_B[0] - MPA_A[2])  # round the peninsula, not across it


def test_sea_only_without_land_polygons_cannot_run(plugin, tmp_path):
    QgsProject.instance().setFileName(str(tmp_path / "marine.qgz"))
    cores = memory_layer("Polygon", "EPSG:32633", [(shifted(MPA_A), [1]), (shifted(MPA_B), [2])], "core_id:integer",
                         "mpas")
    QgsProject.instance().addMapLayer(cores)
    dock = open_dock(plugin)
    dock.coresCombo.setLayer(cores)
    dock.seaGroup.setChecked(True)
    assert spin(lambda: not dock.doctor_busy, 60)
    assert not dock.runButton.isEnabled()
