"""The panel's optional step "Restoration priorities", driven through its buttons: the score raster equals a
brute-force Barrier Mapper score on the run's kept cost distances, the top site is its highest cell, the radii and
the combine choice reach ccsg:barriers, the step runs again in a width re-cut, and bad radii are refused before
anything runs."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest

from tests.qgis.lcp_helpers import read_tif
from tests.qgis.steps_helpers import (
    CELL,
    click_refused,
    click_run,
    group_files,
    kept_cost_distances,
    rows_of,
    steps_dock_fixture,  # noqa: F401 - the steps_dock fixture
)


def ring_min(a: np.ndarray, radius: float) -> np.ndarray:
    """Minimum of a over the ring r - cell < d <= r around each cell (d between cell centres), by shifting the whole
    array once per ring offset; NaN and cells off the grid are ignored (inf where the ring holds nothing)."""
    h, w = a.shape
    vals = np.where(np.isnan(a), np.inf, a)
    out = np.full(a.shape, np.inf)
    k = int(math.ceil(radius / CELL))
    for di in range(-k, k + 1):
        for dj in range(-k, k + 1):
            d = math.hypot(di * CELL, dj * CELL)
            if not (radius - CELL + 1e-9 < d <= radius + 1e-9):
                continue
            shifted = np.full(a.shape, np.inf)
            shifted[max(0, -di):min(h, h - di), max(0, -dj):min(w, w - dj)] = \
                vals[max(0, di):min(h, h + di), max(0, dj):min(w, w + dj)]
            out = np.minimum(out, shifted)
    return out


def reference(run_dir, radii) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(max score, radius of it, summed score) by the issue's formula: (LCD - ring_a - ring_b - 2r) / 2r per pair;
    pairs combined by maximum (negative = NoData) or sum (negative and NoData = 0), radii by maximum."""
    cost, pairs = kept_cost_distances(run_dir)
    best = np.full(next(iter(cost.values())).shape, np.nan)
    best_r = np.full(best.shape, np.nan)
    best_sum = np.zeros(best.shape)
    for r in radii:
        per_pair = []
        for a, b, lcd in pairs:
            with np.errstate(invalid="ignore"):
                s = (lcd - ring_min(cost[a], r) - ring_min(cost[b], r) - 2 * r) / (2 * r)
            per_pair.append(np.where(np.isfinite(s), s, np.nan))
        stack = np.array(per_pair)
        with np.errstate(invalid="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN cells: no pair gains there (NoData)
            mx = np.nanmax(np.where(stack >= 0, stack, np.nan), axis=0)
        total = np.nansum(np.where(stack > 0, stack, 0.0), axis=0)
        with np.errstate(invalid="ignore"):
            better = (mx > best) | (np.isnan(best) & ~np.isnan(mx))
        best[better], best_r[better] = mx[better], r
        best_sum = np.maximum(best_sum, total)
    return best, best_r, best_sum


def _set(dock, rmin, rmax, step, combine=0):
    dock.restorationGroup.setChecked(True)
    dock.restorationRadiusMinSpin.setValue(rmin)
    dock.restorationRadiusMaxSpin.setValue(rmax)
    dock.restorationRadiusStepSpin.setValue(step)
    dock.restorationCombineCombo.setCurrentIndex(dock.restorationCombineCombo.findData(combine))


def test_restoration_scores_equal_a_brute_force_on_the_kept_cost_distances(steps_dock):
    dock = steps_dock
    assert not dock.restorationGroup.isChecked()  # optional: off until ticked
    _set(dock, 10, 30, 10)
    run_dir = click_run(dock)
    want, want_r, _ = reference(run_dir, [10.0, 20.0, 30.0])
    assert np.isfinite(want).sum() > 100 and len(kept_cost_distances(run_dir)[1]) == 3  # a real comparison
    got = read_tif(run_dir / "restoration_score.tif")
    np.testing.assert_array_equal(np.isnan(got), np.isnan(want))
    np.testing.assert_allclose(got[~np.isnan(got)], want[~np.isnan(want)], rtol=1e-5, atol=1e-6)
    radius = read_tif(run_dir / "restoration_radius.tif")
    np.testing.assert_array_equal(radius[~np.isnan(want)], want_r[~np.isnan(want)])
    assert set(np.unique(radius[~np.isnan(radius)])) <= {10.0, 20.0, 30.0}
    # the top site: the best cell of the brute force, rank 1
    sites = sorted(rows_of(run_dir / "restoration_sites.gpkg"), key=lambda s: s["rank"])
    top = sites[0]
    assert top["rank"] == 1 and top["score"] == pytest.approx(np.nanmax(want), rel=1e-5)
    assert want[top["cell"]] == pytest.approx(np.nanmax(want), rel=1e-5)
    assert top["radius_m"] == want_r[top["cell"]]
    assert top["lcd_gain"] == pytest.approx(top["score"] * 2 * top["radius_m"], rel=1e-5)
    assert not (run_dir / "restoration_score_sum.tif").exists()  # only with "Both"
    assert "id='restoration'" in (run_dir / "report.html").read_text(encoding="utf-8")  # the run report has them
    # every output in the run group: sites above the pinch/corridor rasters, scores below the points
    names = group_files()
    for name in ("restoration_score.tif", "restoration_area.tif", "restoration_radius.tif", "restoration_sites.gpkg"):
        assert name in names
    assert names.index("restoration_sites.gpkg") < names.index("restoration_score.tif") < names.index("corridors.tif")


def test_radii_and_combine_change_the_result(steps_dock):
    dock = steps_dock
    _set(dock, 20, 20, 0, combine=2)  # one radius, both combinations
    run_dir = click_run(dock)
    radius = read_tif(run_dir / "restoration_radius.tif")
    assert set(np.unique(radius[~np.isnan(radius)])) == {20.0}
    want, _, want_sum = reference(run_dir, [20.0])
    got_sum = read_tif(run_dir / "restoration_score_sum.tif")
    np.testing.assert_allclose(np.nan_to_num(got_sum), want_sum, rtol=1e-5, atol=1e-6)
    assert (want_sum > np.nan_to_num(want) + 1e-6).any()  # the sum differs from the maximum somewhere
    # a step of 10 from 10 to 30 gives three radii (the step reaches the algorithm)
    _set(dock, 10, 30, 10, combine=0)
    run_dir = click_run(dock)
    radius = read_tif(run_dir / "restoration_radius.tif")
    assert set(np.unique(radius[~np.isnan(radius)])) == {10.0, 20.0, 30.0}
    assert not (run_dir / "restoration_score_sum.tif").exists()


def test_a_width_recut_runs_restoration_again_on_the_kept_cost_distances(steps_dock):
    dock = steps_dock
    _set(dock, 10, 20, 10)
    full = click_run(dock)
    dock.widthSpin.setValue(60)
    assert dock.runButton.text() == "Re-cut corridors"  # restoration does not stop a re-cut
    recut = click_run(dock)
    assert recut.name.startswith("width") and dock.last_run["run_dir"] == str(full)
    np.testing.assert_array_equal(read_tif(recut / "restoration_score.tif"), read_tif(full / "restoration_score.tif"))
    assert "restoration_sites.gpkg" in group_files()


@pytest.mark.parametrize(("rmin", "rmax", "step", "words"), [
    (30, 20, 10, ["minimum radius (30 m)", "maximum (20 m)"]),
    (9, 20, 10, ["minimum radius (9 m)", "'Resistance'", "(10 m)"]),
])
def test_bad_radii_are_refused_before_anything_runs(steps_dock, tmp_path, rmin, rmax, step, words):
    _set(steps_dock, rmin, rmax, step)
    click_refused(steps_dock, tmp_path, "Restoration priorities", *words)


def test_minimum_radius_exactly_one_cell_runs(steps_dock):
    _set(steps_dock, CELL, CELL, 0)
    run_dir = click_run(steps_dock)
    assert (run_dir / "restoration_score.tif").exists()
