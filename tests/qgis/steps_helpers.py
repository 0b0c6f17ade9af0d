"""A small real landscape for the tests of the analysis panel's optional steps (restoration, crossings, network,
climate): a random resistance of 30 x 40 cells of 10 m with three cores, the dock set up on it as a user would, and
readers of what a run leaves in its folder."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProject, QgsRasterLayer, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from tests.qgis.analysis_helpers import open_dock, wait_run, write_polygons
from tests.qgis.lcp_helpers import cell_rect_wkt, read_tif, write_tif

ORIGIN = (500000.0, 4000000.0)
CELL = 10.0
H, W = 30, 40
EPSG = 32633
# cores as cell blocks (r0, r1, c0, c1): left, right and top middle
BLOCKS = {1: (12, 18, 1, 4), 2: (12, 18, 36, 39), 3: (1, 5, 18, 22)}
WIDTH = 100.0  # width cutoff, cost units


def landscape() -> np.ndarray:
    """Resistance 1..5, exactly as the float32 GeoTIFF holds it."""
    return np.random.default_rng(3).uniform(1.0, 5.0, (H, W)).astype(np.float32).astype(np.float64)


def masks() -> dict:
    out = {}
    for cid, (r0, r1, c0, c1) in BLOCKS.items():
        m = np.zeros((H, W), bool)
        m[r0:r1, c0:c1] = True
        out[cid] = m
    return out


def x_of(col: float) -> float:
    return ORIGIN[0] + col * CELL


def y_of(row: float) -> float:
    return ORIGIN[1] - row * CELL


def add_layer(layer):
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


@pytest.fixture(name="steps_dock")
def steps_dock_fixture(plugin, qgis_processing, tmp_path):
    """The dock on the landscape, every optional step unticked."""
    QgsProject.instance().setFileName("")
    res = write_tif(tmp_path / "resistance.tif", landscape(), ORIGIN, (CELL, CELL), EPSG)
    cores = write_polygons(tmp_path / "cores.gpkg", [cell_rect_wkt(*b, ORIGIN, (CELL, CELL)) for b in BLOCKS.values()],
                           list(BLOCKS), epsg=EPSG)
    resistance = add_layer(QgsRasterLayer(str(res), "Resistance"))
    cores_layer = add_layer(QgsVectorLayer(str(cores), "Cores", "ogr"))
    dock = open_dock(plugin)
    dock.useResistanceRadio.setChecked(True)
    dock.resistanceCombo.setLayer(resistance)
    dock.coresCombo.setLayer(cores_layer)
    dock.idFieldCombo.setField("core_id")
    dock.outputFolderWidget.setFilePath(str(tmp_path / "runs"))
    dock.widthSpin.setValue(WIDTH)
    yield dock
    if dock.runner is not None:
        dock.cancel_run()
        wait_run(dock)
    QgsSettings().remove("ccsg/analysis/output_folder")


def click_run(dock) -> Path:
    """Click Run, wait for the run, and return its folder (from the result text the user reads)."""
    QTest.mouseClick(dock.runButton, Qt.LeftButton)
    wait_run(dock)
    assert dock.last_run is not None and "Files: " in dock.resultLabel.text(), dock.stepLabel.text()
    return Path(dock.resultLabel.text().rsplit("Files: ", 1)[1])


def click_refused(dock, tmp_path, *words) -> str:
    """Click Run on bad input: the step label says what is wrong (naming each of ``words``) and nothing ran."""
    before = dock.resultLabel.text()
    QTest.mouseClick(dock.runButton, Qt.LeftButton)
    wait_run(dock)
    message = dock.stepLabel.text()
    for word in words:
        assert word in message, message
    assert dock.resultLabel.text() == before
    runs = tmp_path / "runs"
    assert not runs.exists() or not any(runs.iterdir())
    return message


def kept_cost_distances(run_dir: Path) -> tuple[dict, list]:
    """The kept cost-distance rasters on the whole grid (NaN outside their window) and the linked pairs
    [(a, b, lcd)], read from the run's cost_distance folder with GDAL and json."""
    folder = run_dir / "cost_distance"
    doc = json.loads((folder / "links.json").read_text(encoding="utf-8"))
    full = {}
    for core in doc["cores"]:
        r0, r1, c0, c1 = core["window"]
        grid = np.full((H, W), np.nan)
        grid[r0:r1, c0:c1] = read_tif(folder / core["file"])
        full[core["id"]] = grid
    pairs = [(lk["core_a"], lk["core_b"], float(lk["lcd"])) for lk in doc["links"]
             if lk.get("lcd") is not None and not lk.get("dropped") and float(lk["lcd"]) > 0]
    return full, pairs


def rows_of(path: Path) -> list:
    layer = QgsVectorLayer(str(path), "t", "ogr")
    assert layer.isValid(), path
    out = []
    for f in layer.getFeatures():
        row = {n: (None if v is None or (hasattr(v, "isNull") and v.isNull()) else v)
               for n, v in zip(layer.fields().names(), f.attributes())}
        if f.hasGeometry() and f.geometry().type() == 0:
            p = f.geometry().asPoint()
            row["cell"] = (int((ORIGIN[1] - p.y()) // CELL), int((p.x() - ORIGIN[0]) // CELL))
        out.append(row)
    return out


def group_files() -> list:
    """File names of the newest run group's layers, top to bottom."""
    root = QgsProject.instance().layerTreeRoot()
    group = next(g for g in root.children() if g.name().startswith("Least-cost"))
    return [Path(node.layer().source().split("|")[0]).name for node in group.findLayers()]
