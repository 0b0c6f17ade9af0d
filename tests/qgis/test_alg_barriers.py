"""ccsg:barriers end to end on a kept corridor run: scores against a brute-force ring minimum of Dijkstra costs,
the top site against a re-run after restoring its disc, every parameter changing the result, bad inputs refused
with no output left behind."""

from __future__ import annotations

import math
import shutil

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsGraduatedSymbolRenderer, QgsProcessingException, QgsRasterLayer, QgsVectorLayer

from tests.qgis.lcp_helpers import ccsg_registered, dijkstra, files_in, read_tif, write_tif  # noqa: F401
from tests.qgis.restoration_helpers import CELL, THREE_CORES, corridor_run, wall_resistance, x_of, y_of
from tests.unit.restoration_refs import ref_ring_min, restore_disc

OUTPUTS = ("OUTPUT_CENTRES", "OUTPUT_CIRCLES", "OUTPUT_RADIUS", "OUTPUT_SITES")


def outputs_in(tmp, tag):
    out = {key: str(tmp / f"{tag}_{key.lower()}.{'gpkg' if key == 'OUTPUT_SITES' else 'tif'}") for key in OUTPUTS}
    out["OUTPUT_CENTRES_SUM"] = str(tmp / f"{tag}_sum.tif")
    return out


def run_barriers(folder, tmp, tag, **params):
    args = {"RUN_FOLDER": folder, "RADIUS_MIN": 10.0, "RADIUS_MAX": 60.0, "RADIUS_STEP": 10.0, "COMBINE": 0,
            "PERCENT": False, **outputs_in(tmp, tag)}
    args.update(params)
    return processing.run("ccsg:barriers", args)


def sites_of(path):
    layer = QgsVectorLayer(str(path), "s", "ogr")
    return [{**dict(zip(layer.fields().names(), f.attributes())), "x": f.geometry().asPoint().x(),
             "y": f.geometry().asPoint().y()} for f in layer.getFeatures()]


@pytest.fixture(scope="module")
def wall_run(tmp_path_factory, ccsg_registered):  # noqa: F811
    return corridor_run(tmp_path_factory.mktemp("wall"), wall_resistance())


@pytest.fixture(scope="module")
def three_run(tmp_path_factory, ccsg_registered):  # noqa: F811
    rng = np.random.default_rng(4)
    res = rng.uniform(1.0, 30.0, (31, 41))
    return corridor_run(tmp_path_factory.mktemp("three"), res, THREE_CORES, cutoff=0.0)


def test_top_site_is_on_the_wall_with_the_gain_of_restoring_its_disc(wall_run, tmp_path):
    run_barriers(wall_run["folder"], tmp_path, "w")
    res = wall_resistance()
    masks = wall_run["masks"]
    sites = sites_of(tmp_path / "w_output_sites.gpkg")
    top = sites[0]
    assert top["rank"] == 1 and top["pair"] == "1-2"
    col = int((top["x"] - x_of(0)) // CELL)
    row = int((y_of(0) - top["y"]) // CELL)
    assert 19 <= col <= 21 and top["radius_m"] == 20.0
    lcd0 = dijkstra(res, masks[1], CELL, CELL)[masks[2]].min()
    lcd1 = dijkstra(restore_disc(res, row, col, 20.0, CELL, CELL), masks[1], CELL, CELL)[masks[2]].min()
    assert abs((lcd0 - lcd1) - top["lcd_gain"]) <= CELL
    assert top["lcd_gain"] == pytest.approx(top["score"] * 40.0, rel=1e-9)
    # The rasters agree with the site and with a brute-force ring minimum of Dijkstra costs.
    centres = read_tif(tmp_path / "w_output_centres.tif")
    radius = read_tif(tmp_path / "w_output_radius.tif")
    assert centres[row, col] == pytest.approx(top["score"], rel=1e-6)
    assert radius[row, col] == 20.0
    cost_distance_a, cost_distance_b = dijkstra(res, masks[1], CELL, CELL), dijkstra(res, masks[2], CELL, CELL)
    for i, j in [(row, col), (10, 10), (5, 20), (28, 30)]:
        best = -math.inf
        for r in (10.0, 20.0, 30.0, 40.0, 50.0, 60.0):
            s = (lcd0 - ref_ring_min(cost_distance_a, r, CELL, CELL, i, j) - ref_ring_min(cost_distance_b, r, CELL,
                                                                                          CELL, i, j) - 2 * r) \
                / (2 * r)
            best = max(best, s)
        if best < 0:
            assert np.isnan(centres[i, j])
        else:
            assert centres[i, j] == pytest.approx(best, rel=1e-5, abs=1e-5)
    # Styled, ranked and labelled; the run's parameters in the metadata.
    layer = QgsVectorLayer(str(tmp_path / "w_output_sites.gpkg"), "s", "ogr")
    assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer) and layer.labelsEnabled()
    assert "rank" in layer.labeling().settings().fieldName
    raster = QgsRasterLayer(str(tmp_path / "w_output_centres.tif"), "c")
    raster.loadDefaultMetadata()
    assert "RADIUS_MIN" in raster.metadata().abstract() and "radii" in raster.metadata().abstract()


def test_radius_parameters_change_the_radii(wall_run, tmp_path):
    run_barriers(wall_run["folder"], tmp_path, "a", RADIUS_MIN=30.0, RADIUS_MAX=50.0, RADIUS_STEP=10.0)
    got = set(np.unique(read_tif(tmp_path / "a_output_radius.tif")[~np.isnan(read_tif(tmp_path /
                                                                                      "a_output_radius.tif"))]))
    assert got <= {30.0, 40.0, 50.0} and 30.0 in got
    run_barriers(wall_run["folder"], tmp_path, "b", RADIUS_MIN=30.0, RADIUS_MAX=50.0, RADIUS_STEP=0.0)
    one = read_tif(tmp_path / "b_output_radius.tif")
    assert set(np.unique(one[~np.isnan(one)])) == {30.0}
    run_barriers(wall_run["folder"], tmp_path, "c", RADIUS_MIN=30.0, RADIUS_MAX=40.0, RADIUS_STEP=10.0)
    two = read_tif(tmp_path / "c_output_radius.tif")
    assert set(np.unique(two[~np.isnan(two)])) <= {30.0, 40.0} and 40.0 in set(np.unique(two[~np.isnan(two)]))
    assert not np.array_equal(np.nan_to_num(two), np.nan_to_num(one))


def test_combine_percent_and_sites_change_the_result(three_run, tmp_path):
    folder = three_run["folder"]
    run_barriers(folder, tmp_path, "max", RADIUS_MIN=20.0, RADIUS_STEP=0.0)
    run_barriers(folder, tmp_path, "sum", RADIUS_MIN=20.0, RADIUS_STEP=0.0, COMBINE=1)
    both = run_barriers(folder, tmp_path, "both", RADIUS_MIN=20.0, RADIUS_STEP=0.0, COMBINE=2)
    mx = read_tif(tmp_path / "max_output_centres.tif")
    sm = read_tif(tmp_path / "sum_output_centres.tif")
    assert not np.isnan(sm).any() and np.isnan(mx).any()
    assert (np.nan_to_num(mx) <= sm + 1e-6).all() and (sm > np.nan_to_num(mx) + 1e-3).any()
    np.testing.assert_array_equal(read_tif(both["OUTPUT_CENTRES"]), mx)
    np.testing.assert_array_equal(read_tif(both["OUTPUT_CENTRES_SUM"]), sm)
    assert not (tmp_path / "max_sum.tif").exists()  # the sum raster is written only when combining both
    # SITES: how many points.
    run_barriers(folder, tmp_path, "s3", RADIUS_MIN=20.0, RADIUS_STEP=0.0, SITES=3)
    run_barriers(folder, tmp_path, "s7", RADIUS_MIN=20.0, RADIUS_STEP=0.0, SITES=7)
    assert len(sites_of(tmp_path / "s3_output_sites.gpkg")) == 3
    assert len(sites_of(tmp_path / "s7_output_sites.gpkg")) == 7
    # Sum sites list every pair that gains there.
    sum_sites = sites_of(tmp_path / "sum_output_sites.gpkg")
    assert any(";" in s["pair"] for s in sum_sites)


def test_percent_is_100_times_the_score_over_the_lcd(wall_run, tmp_path):
    run_barriers(wall_run["folder"], tmp_path, "raw", RADIUS_MIN=20.0, RADIUS_STEP=0.0)
    run_barriers(wall_run["folder"], tmp_path, "pct", RADIUS_MIN=20.0, RADIUS_STEP=0.0, PERCENT=True)
    raw = read_tif(tmp_path / "raw_output_centres.tif")
    pct = read_tif(tmp_path / "pct_output_centres.tif")
    masks = wall_run["masks"]
    lcd = dijkstra(wall_resistance(), masks[1], CELL, CELL)[masks[2]].min()
    np.testing.assert_array_equal(np.isnan(raw), np.isnan(pct))
    np.testing.assert_allclose(pct[~np.isnan(pct)], 100.0 * raw[~np.isnan(raw)] / lcd, rtol=1e-6)
    assert not np.allclose(pct[~np.isnan(pct)], raw[~np.isnan(raw)])


def test_run_folder_changes_the_result(wall_run, three_run, tmp_path):
    run_barriers(wall_run["folder"], tmp_path, "f1", RADIUS_MIN=20.0, RADIUS_STEP=0.0)
    run_barriers(three_run["folder"], tmp_path, "f2", RADIUS_MIN=20.0, RADIUS_STEP=0.0)
    assert not np.array_equal(np.nan_to_num(read_tif(tmp_path / "f1_output_centres.tif")),
                              np.nan_to_num(read_tif(tmp_path / "f2_output_centres.tif")))


@pytest.mark.parametrize("params, message", [
    ({"RADIUS_MIN": 9.0}, "below the cell size"),
    ({"RADIUS_MIN": 50.0, "RADIUS_MAX": 20.0}, "above the maximum radius"),
    ({"RADIUS_MIN": 10.0, "RADIUS_MAX": 10000.0}, "larger than the raster"),
])
def test_bad_radii_are_refused_with_no_output(wall_run, tmp_path, params, message):
    before = files_in(tmp_path)
    with pytest.raises(QgsProcessingException, match=message):
        run_barriers(wall_run["folder"], tmp_path, "bad", **params)
    assert files_in(tmp_path) == before


def test_radius_exactly_the_cell_size_is_accepted(wall_run, tmp_path):
    run_barriers(wall_run["folder"], tmp_path, "one", RADIUS_MIN=CELL, RADIUS_STEP=0.0)
    r = read_tif(tmp_path / "one_output_radius.tif")
    assert set(np.unique(r[~np.isnan(r)])) == {CELL}


def test_folder_without_a_run_and_from_another_raster_are_refused(wall_run, tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(QgsProcessingException, match="links.json"):
        run_barriers(str(empty), tmp_path, "e")
    # A copy of the run whose cost-distance raster was replaced by one of the same size on another grid (a raster
    # of another size is refused by the run reader as a damaged run).
    for tag, origin, cell, message in (("o", (400000.0, 3000000.0), (30.0, 30.0), "does not lie on the grid"),
                                       ("s", None, None, "damaged")):
        other = tmp_path / f"other_{tag}"
        shutil.copytree(wall_run["folder"], other)
        cwd = next(other.glob("cwd_*.tif"))
        cwd.unlink()
        if origin is None:
            write_tif(cwd, np.ones((20, 20)))
        else:
            write_tif(cwd, np.ones(wall_resistance().shape), origin, cell)
        before = files_in(tmp_path)
        with pytest.raises(QgsProcessingException, match=message):
            run_barriers(str(other), tmp_path, tag)
        assert files_in(tmp_path) == before


def test_cancel_leaves_no_output(wall_run, tmp_path):
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda p: feedback.cancel() if p > 0 else None)
    before = files_in(tmp_path)
    with pytest.raises(QgsProcessingException, match="cancelled"):
        processing.run("ccsg:barriers", {"RUN_FOLDER": wall_run["folder"], "RADIUS_MIN": 10.0, "RADIUS_MAX": 60.0,
                                         "RADIUS_STEP": 10.0, **outputs_in(tmp_path, "x")}, feedback=feedback)
    assert files_in(tmp_path) == before
