"""The panel's "Climate gradient" group, driven through its buttons: the paths' climate fields equal mean - 2 SD of
the climate raster over each core, the climate cost gives the LCDs of a Dijkstra with the climate term, the
threshold and the minimum distance select pairs exactly at their values, every climate input invalidates a width
re-cut, and ticking the group without a raster is refused before anything runs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsRasterLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest

from tests.qgis.analysis_helpers import wait_run
from tests.qgis.lcp_helpers import dijkstra as plain_dijkstra
from tests.qgis.lcp_helpers import write_tif
from tests.qgis.steps_helpers import (
    CELL,
    EPSG,
    ORIGIN,
    H,
    W,
    add_layer,
    click_refused,
    click_run,
    landscape,
    masks,
    rows_of,
    steps_dock_fixture,  # noqa: F401 - the steps_dock fixture
)
from tests.unit.test_climate_costdistance import dijkstra as climate_dijkstra


def noisy_climate() -> np.ndarray:
    """Warmer to the south with noise, as float32 holds it."""
    rng = np.random.default_rng(11)
    values = 5.0 + 0.8 * np.arange(H)[:, None] + rng.uniform(0, 3, (H, W))
    return values.astype(np.float32).astype(np.float64)


def stepped_climate() -> np.ndarray:
    """8 in rows 0-5 (core 3), 20 from row 12 (cores 1 and 2), a ramp between: the cores' mean - 2 SD are 8, 20
    and 20 exactly, so 1-3 and 2-3 differ by 12 and 1-2 by 0."""
    rows = np.clip(8.0 + (np.arange(H) - 5) * 12.0 / 7.0, 8.0, 20.0)
    return np.repeat(rows[:, None], W, axis=1)


def climate_layer(tmp_path, values, name):
    path = write_tif(tmp_path / f"{name}.tif", values, ORIGIN, (CELL, CELL), EPSG)
    return add_layer(QgsRasterLayer(str(path), name))


def _set(dock, layer, threshold=0.0, cost=0.0, min_distance=0.0):
    dock.climateGroup.setChecked(True)
    dock.climateCombo.setLayer(layer)
    dock.climateThresholdSpin.setValue(threshold)
    dock.climateCostSpin.setValue(cost)
    dock.minDistanceSpin.setValue(min_distance)


def paths(run_dir) -> dict:
    return {(r["core_a"], r["core_b"]): r for r in rows_of(run_dir / "least_cost_paths.gpkg")}


def test_climate_fields_and_cost_follow_the_raster(steps_dock, tmp_path):
    dock = steps_dock
    assert not dock.climateGroup.isChecked()
    clim = noisy_climate()
    layer = climate_layer(tmp_path, clim, "temperature")
    _set(dock, layer)
    plain = paths(click_run(dock))
    m, res = masks(), landscape()
    stat = {cid: float(clim[mask].mean() - 2.0 * clim[mask].std()) for cid, mask in m.items()}
    assert len(plain) == 3
    for (a, b), row in plain.items():
        assert row["climate_a"] == pytest.approx(stat[a], rel=1e-6)
        assert row["climate_b"] == pytest.approx(stat[b], rel=1e-6)
        assert row["climate_diff"] == pytest.approx(abs(stat[a] - stat[b]), rel=1e-6)
        assert row["lcd"] == pytest.approx(float(plain_dijkstra(res, m[a], CELL, CELL)[m[b]].min()), rel=1e-9)
        assert row["climate_cost_share"] == 0.0
    _set(dock, layer, cost=4.0)
    costly = paths(click_run(dock))
    for (a, b), row in costly.items():
        want = climate_dijkstra(res, m[a], clim, 4.0, CELL, CELL, 8)[m[b]].min()
        assert row["lcd"] == pytest.approx(want, rel=1e-9) and row["lcd"] > plain[(a, b)]["lcd"]
        assert 0.0 < row["climate_cost_share"] < 1.0


def test_threshold_at_its_exact_value(steps_dock, tmp_path):
    dock = steps_dock
    layer = climate_layer(tmp_path, stepped_climate(), "stepped")
    _set(dock, layer, threshold=11.99)
    assert set(paths(click_run(dock))) == {(1, 3), (2, 3)}  # 1-2 do not differ
    _set(dock, layer, threshold=12.0)  # exactly the largest difference: no pair is left, the run says so
    kept = dock.last_run["run_dir"]
    QTest.mouseClick(dock.runButton, Qt.LeftButton)
    wait_run(dock)
    assert "by more than 12; the largest difference is 12" in dock.stepLabel.text()
    assert dock.last_run["run_dir"] == kept  # the failed run left nothing behind
    assert sorted(p.name for p in (tmp_path / "runs").iterdir()) == [Path(kept).name]


def test_minimum_distance_at_its_exact_value(steps_dock, tmp_path):
    # edge to edge: 1-2 320 m; 1-3 and 2-3 hypot(140, 70) = 156.5 m
    dock = steps_dock
    layer = climate_layer(tmp_path, noisy_climate(), "temperature")
    _set(dock, layer, min_distance=156)
    assert set(paths(click_run(dock))) == {(1, 2), (1, 3), (2, 3)}
    _set(dock, layer, min_distance=320)
    assert set(paths(click_run(dock))) == {(1, 2)}
    _set(dock, layer, min_distance=157)
    assert set(paths(click_run(dock))) == {(1, 2)}


def test_every_climate_input_invalidates_a_recut(steps_dock, tmp_path):
    dock = steps_dock
    layer = climate_layer(tmp_path, noisy_climate(), "temperature")
    other = climate_layer(tmp_path, stepped_climate(), "stepped")
    _set(dock, layer, cost=1.0)
    click_run(dock)
    dock.widthSpin.setValue(60)
    assert dock.runButton.text() == "Re-cut corridors"
    for change, undo in (
        (lambda: dock.climateCostSpin.setValue(2.0), lambda: dock.climateCostSpin.setValue(1.0)),
        (lambda: dock.climateThresholdSpin.setValue(1.0), lambda: dock.climateThresholdSpin.setValue(0.0)),
        (lambda: dock.minDistanceSpin.setValue(10.0), lambda: dock.minDistanceSpin.setValue(0.0)),
        (lambda: dock.climateCombo.setLayer(other), lambda: dock.climateCombo.setLayer(layer)),
        (lambda: dock.climateGroup.setChecked(False), lambda: dock.climateGroup.setChecked(True)),
    ):
        change()
        assert dock.runButton.text() == "Run"
        undo()
        assert dock.runButton.text() == "Re-cut corridors"
    recut = click_run(dock)
    assert recut.name.startswith("width")


def test_the_group_without_a_raster_is_refused(steps_dock, tmp_path):
    steps_dock.climateGroup.setChecked(True)
    click_refused(steps_dock, tmp_path, "Climate gradient", "climate raster")
