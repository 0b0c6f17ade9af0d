"""Each panel end to end through its buttons (QTest.mouseClick / click()), results read from the outputs.

The check panel's results are read from its output layer and from whatever item views it shows (rows or columns),
so that a new layout of its results table does not break these tests.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QAbstractItemView

from ccsg_plugin import paths
from ccsg_plugin.core import class_table
from ccsg_plugin.core.criteria.catalogue import CATALOGUE
from ccsg_plugin.core.criteria.profiles import load_profile
from tests.qgis.analysis_helpers import spin, wait_run
from tests.qgis.designer_support import click, finish, read_gpkg_in_other_process
from tests.qgis.lcp_helpers import dijkstra
from tests.qgis.test_analysis_generated import LANDCOVER, landcover_dock  # noqa: F401 - fixture
from tests.qgis.test_check_dock import _wait as wait_check
from tests.qgis.test_check_dock import dock as check_dock  # noqa: F401 - fixture
from tests.qgis.test_designer_dock import dock as designer_dock  # noqa: F401 - fixture

PROFILES = paths.profiles()  # the bundled profiles folder, passed in as the plugin's callers do


def press(button) -> None:
    """A left click on the button, as a user gives it."""
    assert button.isEnabled(), button.objectName()
    QTest.mouseClick(button, Qt.LeftButton)


def test_analysis_panel_run_button_runs_the_corridors(landcover_dock):  # noqa: F811
    dock = landcover_dock
    table = {1: 1.0, 2: 20.0, 3: 500.0, 9: 5.0}
    dock.set_table_rows([class_table.ClassRow(k, v) for k, v in table.items()])
    dock.run_doctor()
    assert spin(lambda: not dock.doctor_busy, 60)
    press(dock.runButton)
    assert spin(lambda: dock.runner is not None or dock.run_history, 10), "the Run button started nothing"
    wait_run(dock)
    assert dock.run_history[-1]["ok"], dock.run_history
    # Reference: the table applied to the land cover, the cores by the cell-centre rule, a plain Dijkstra.
    res = np.full(LANDCOVER.shape, np.nan)
    for k, v in table.items():
        res[np.equal(LANDCOVER, k)] = v
    rows = np.arange(60)[:, None] * np.ones((1, 80), int)
    cols = np.ones((60, 1), int) * np.arange(80)[None, :]
    xc, yc = (cols + 0.5) * 10.0, 600.0 - (rows + 0.5) * 10.0
    boxes = {1: (50, 250, 150, 350), 2: (650, 250, 750, 350), 3: (650, 450, 750, 550)}
    cores = {cid: (xc > x0) & (xc < x1) & (yc > y0) & (yc < y1) for cid, (x0, y0, x1, y1) in boxes.items()}
    paths = QgsProject.instance().mapLayer(dock.result_layer_ids["paths"])
    lcds = {(int(f["core_a"]), int(f["core_b"])): f["lcd"] for f in paths.getFeatures()}
    assert (1, 2) in lcds
    expected = dijkstra(res, cores[1], 10.0, 10.0)[cores[2]].min()
    assert lcds[(1, 2)] == pytest.approx(expected, rel=1e-6)


def _view_texts(widget) -> set:
    """Every text an item view of the widget shows: headers (both orientations) and cells."""
    texts = set()
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        for orientation, count in ((Qt.Horizontal, model.columnCount()), (Qt.Vertical, model.rowCount())):
            for i in range(count):
                text = model.headerData(i, orientation, Qt.DisplayRole)
                if text:
                    texts.add(str(text))
        for row in range(model.rowCount()):
            for col in range(model.columnCount()):
                text = model.data(model.index(row, col), Qt.DisplayRole)
                if text:
                    texts.add(str(text))
    return texts


def test_check_panel_run_button_checks_and_shows_criterion_names(check_dock):  # noqa: F811
    dock = check_dock
    press(dock.runButton)
    assert spin(lambda: dock.is_running() or dock.result_layer is not None, 10), "the Run button started nothing"
    wait_check(dock)
    assert dock.last_error is None
    layer = dock.result_layer
    assert layer is not None and layer.isValid()
    features = {f["name"]: f for f in layer.getFeatures()}
    # the generated corridors are 500 m and 2500 m wide rectangles; the profile asks for 2000 m
    assert features["narrow"]["min_width_status"] == "fail"
    assert abs(features["narrow"]["min_width_value"] - 500.0) <= 1.0
    assert features["wide"]["min_width_status"] == "pass"
    profile = load_profile("terrestrial_multispecies", bundled_dir=PROFILES)
    details = json.loads(features["narrow"]["check_details"])
    for cid, spec in profile.enabled_criteria():
        assert details[cid]["name"] == CATALOGUE[cid].name, cid
        assert details[cid]["level"] == spec.level, cid
    # The panel labels its results with the criteria's names (from check_details), not their ids.
    shown = _view_texts(dock)
    assert CATALOGUE["min_width"].name in shown and "min_width" not in shown


def test_designer_panel_buttons_draw_and_save_a_corridor(designer_dock, qgis_canvas, tmp_path):  # noqa: F811
    dock = designer_dock
    dock.open_store(tmp_path / "c.gpkg", create=True)
    dock.endStyleCombo.setCurrentIndex(dock.endStyleCombo.findData("flat"))
    dock.widthSpin.setValue(500)
    press(dock.drawLineButton)
    assert qgis_canvas.mapTool() is dock.line_tool, "the draw-line button did not start its tool"
    tool = dock.line_tool
    tool.use_form = False
    click(tool, qgis_canvas, 1000, 500)
    click(tool, qgis_canvas, 4000, 500)
    finish(tool, qgis_canvas)
    assert read_gpkg_in_other_process(Path(dock.store.path)) == []  # drawn, not yet saved
    press(dock.saveButton)
    (row,) = read_gpkg_in_other_process(Path(dock.store.path))
    # a 3000 m line buffered 250 m each side with flat ends: 3000 x 500 m = 150 ha, 500 m wide
    assert row["area_ha"] == pytest.approx(150, rel=1e-6)
    assert row["min_width_m"] == pytest.approx(500, abs=1.0)
