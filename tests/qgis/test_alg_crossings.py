"""ccsg:crossings end to end on a kept corridor run, against LCDs computed here with a plain Dijkstra on the whole
grid with the road burned in by hand; every parameter changes the result; bad inputs give a message and no file."""

from __future__ import annotations

import math
import os
import shutil

import numpy as np
import pytest
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGraduatedSymbolRenderer,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)

from tests.qgis.lcp_helpers import ccsg_registered, dijkstra, files_in, memory_layer, read_tif, write_tif  # noqa: F401
from tests.qgis.restoration_helpers import CELL, ORIGIN, corridor_run, x_of, y_of

H, W = 30, 40
BLOCKS = {1: (12, 18, 1, 4), 2: (12, 18, 36, 39)}


def landscape():
    return np.random.default_rng(3).uniform(1.0, 5.0, (H, W)).astype(np.float32).astype(np.float64)


@pytest.fixture(scope="module")
def run(tmp_path_factory, ccsg_registered):  # noqa: F811
    tmp = tmp_path_factory.mktemp("cross")
    r = corridor_run(tmp, landscape(), BLOCKS, cutoff=100.0)
    r["corridor"] = ~np.isnan(read_tif(r["corridors"]))
    return r


def road(cols, values=None, crs="EPSG:32633", field="add:string"):
    """Vertical roads along the centre line of each column, past both edges of the grid."""
    rows = []
    for k, c in enumerate(cols):
        x = x_of(c + 0.5)
        a, b = QgsPointXY(x, y_of(-2)), QgsPointXY(x, y_of(H + 2))
        if crs != "EPSG:32633":
            t = QgsCoordinateTransform(QgsCoordinateReferenceSystem("EPSG:32633"), QgsCoordinateReferenceSystem(crs),
                                       QgsProject.instance())
            a, b = t.transform(a), t.transform(b)
        rows.append((f"LINESTRING({a.x()} {a.y()}, {b.x()} {b.y()})", [None if values is None else values[k]]))
    return memory_layer("LineString", crs, rows, fields=field, name="roads")


def points(cells, name="underpasses"):
    return memory_layer("Point", "EPSG:32633", [(f"POINT({x_of(c + 0.5)} {y_of(r + 0.5)})", [i])
                                                for i, (r, c) in enumerate(cells)], fields="id:integer", name=name)


def run_crossings(run, tmp, tag, infra, **params):
    args = {"INFRASTRUCTURE": infra, "RUN_FOLDER": run["folder"], "OUTPUT": str(tmp / f"{tag}.gpkg"), **params}
    processing.run("ccsg:crossings", args)
    layer = QgsVectorLayer(str(tmp / f"{tag}.gpkg"), tag, "ogr")
    out = []
    for f in layer.getFeatures():
        p = f.geometry().asPoint()
        row = {k: None if v is None or (hasattr(v, "isNull") and v.isNull()) else v
               for k, v in zip(layer.fields().names(), f.attributes())}
        row["cell"] = (int((ORIGIN[1] - p.y()) // CELL), int((p.x() - ORIGIN[0]) // CELL))
        out.append(row)
    return sorted(out, key=lambda r: r["rank"])


def lcd(res, run):
    m = run["masks"]
    return float(dijkstra(res, m[1], CELL, CELL)[m[2]].min())


def burn(res, cells_add):
    out = res.copy()
    for (rows, col), add in cells_add:
        out[rows, col] = np.nan if math.isinf(add) else out[rows, col] + add
    return out


def stretch(corridor, col, row, closed=()):
    rows = [row]
    for step in (-1, 1):
        r = row + step
        while 0 <= r < H and corridor[r, col] and r not in closed:
            rows.append(r)
            r += step
    return sorted(rows)


def test_road_severance_and_gain_equal_direct_lcd_differences(run, tmp_path):
    got = run_crossings(run, tmp_path, "r", road([20], ["40"]), RESISTANCE_FIELD="add")
    res = landscape()
    lcd0 = lcd(res, run)
    burned = burn(res, [((slice(None), 20), 40.0)])
    lcd1 = lcd(burned, run)
    main = got[0]
    assert main["rank"] == 1 and main["pair"] == "1-2" and main["cell"][1] == 20 and main["corridor_value"] == 0.0
    assert main["severance_cost"] == pytest.approx(lcd1 - lcd0, rel=1e-6)
    opened = burned.copy()
    rows = stretch(run["corridor"], 20, main["cell"][0])
    opened[rows, 20] = res[rows, 20]
    assert main["keep_open_gain"] == pytest.approx(lcd1 - lcd(opened, run), rel=1e-6)
    assert not main["severed"] and main["current"] is None
    layer = QgsVectorLayer(str(tmp_path / "r.gpkg"), "r", "ogr")
    assert isinstance(layer.renderer(), QgsGraduatedSymbolRenderer) and layer.labelsEnabled()
    layer.loadDefaultMetadata()
    assert "INFRASTRUCTURE" in layer.metadata().abstract()


def test_road_in_another_crs_is_reprojected(run, tmp_path):
    utm = run_crossings(run, tmp_path, "utm", road([20], ["40"]), RESISTANCE_FIELD="add")
    merc = run_crossings(run, tmp_path, "merc", road([20], ["40"], crs="EPSG:3857"), RESISTANCE_FIELD="add")
    assert [(r["cell"], r["cells"]) for r in merc] == [(r["cell"], r["cells"]) for r in utm]
    assert [r["severance_cost"] for r in merc] == pytest.approx([r["severance_cost"] for r in utm], rel=1e-9)


def test_existing_underpass_lowers_the_severance(run, tmp_path):
    corridor = run["corridor"]
    rows = np.nonzero(corridor[:, 20])[0]
    plain = run_crossings(run, tmp_path, "p", road([20], ["200"]), RESISTANCE_FIELD="add")
    u = int(rows[1]) if plain[0]["cell"][0] > rows[2] else int(rows[-2])
    under = run_crossings(run, tmp_path, "u", road([20], ["200"]), RESISTANCE_FIELD="add", CROSSINGS=points([(u, 20)]))
    res = landscape()
    closed = [r for r in range(H) if abs(r - u) > 1]  # the underpass keeps the road open within one cell
    direct = lcd(burn(res, [((closed, 20), 200.0)]), run) - lcd(res, run)
    assert under[0]["severance_cost"] == pytest.approx(direct, rel=1e-6)
    assert under[0]["severance_cost"] < plain[0]["severance_cost"] - 1.0


def test_resistance_field_changes_the_result(run, tmp_path):
    none = run_crossings(run, tmp_path, "n", road([20]))
    text = run_crossings(run, tmp_path, "t", road([20], ["Impassable"]), RESISTANCE_FIELD="add")
    number = run_crossings(run, tmp_path, "x", road([20], ["40"]), RESISTANCE_FIELD="add")
    # Without a field the road cannot be crossed: the pair is cut off, and opening the main stretch reconnects it.
    assert none[0]["severed"] and none[0]["severance_cost"] is None
    assert none[0]["keep_open_gain"] is None and none[0]["lcd_open"] is not None and none[0]["rank"] == 1
    assert none[0]["reconnects"] and not any(r["reconnects"] for r in none[1:])
    assert all(r["lcd_open"] is None for r in none[1:])
    assert [r["severed"] for r in text] == [r["severed"] for r in none]
    assert not number[0]["severed"]
    res = landscape()
    m = run["masks"]
    assert np.isinf(dijkstra(burn(res, [((slice(None), 20), math.inf)]), m[1], CELL, CELL)[m[2]].min())


def test_two_roads_in_series(run, tmp_path):
    got = run_crossings(run, tmp_path, "two", road([12, 27], ["30", "60"]), RESISTANCE_FIELD="add")
    res = landscape()
    both = lcd(burn(res, [((slice(None), 12), 30.0), ((slice(None), 27), 60.0)]), run)
    assert {r["cell"][1] for r in got} == {12, 27}
    for r in got:
        assert r["severance_cost"] == pytest.approx(both - lcd(res, run), rel=1e-6)


def test_current_is_sampled_and_checked(run, tmp_path):
    current = np.arange(H * W, dtype=float).reshape(H, W)
    path = write_tif(tmp_path / "current.tif", current, ORIGIN, (CELL, CELL))
    got = run_crossings(run, tmp_path, "c", road([20], ["40"]), RESISTANCE_FIELD="add", CURRENT=path)
    rows = stretch(run["corridor"], 20, got[0]["cell"][0])
    assert got[0]["current"] == current[max(rows), 20]
    other = write_tif(tmp_path / "current_other.tif", current, (ORIGIN[0] + 5.0, ORIGIN[1]), (CELL, CELL))
    before = files_in(tmp_path)
    with pytest.raises(QgsProcessingException, match="not on the grid of the corridor run"):
        run_crossings(run, tmp_path, "c2", road([20], ["40"]), RESISTANCE_FIELD="add", CURRENT=other)
    assert files_in(tmp_path) == before


def test_run_folder_changes_the_result(run, tmp_path):
    narrow = corridor_run(tmp_path / "narrow", landscape(), BLOCKS, cutoff=20.0, name="narrow")
    wide = run_crossings(run, tmp_path, "wide", road([20], ["40"]), RESISTANCE_FIELD="add")
    thin = run_crossings(narrow, tmp_path, "thin", road([20], ["40"]), RESISTANCE_FIELD="add")
    assert sum(r["cells"] for r in thin) < sum(r["cells"] for r in wide)


def test_resistance_parameter_and_a_run_from_another_raster(run, tmp_path):
    moved = tmp_path / "moved"
    shutil.copytree(run["folder"], moved)
    res_copy = tmp_path / "res_copy.tif"
    shutil.copy(run["resistance"], res_copy)
    hidden = run["resistance"] + ".away"
    os.replace(run["resistance"], hidden)
    try:
        before = files_in(tmp_path)
        with pytest.raises(QgsProcessingException, match="Resistance parameter"):
            run_crossings({**run, "folder": str(moved)}, tmp_path, "m", road([20], ["40"]), RESISTANCE_FIELD="add")
        assert files_in(tmp_path) == before
        got = run_crossings({**run, "folder": str(moved)}, tmp_path, "m2", road([20], ["40"]),
                            RESISTANCE_FIELD="add", RESISTANCE=str(res_copy))
        assert got and got[0]["severance_cost"] > 0
    finally:
        os.replace(hidden, run["resistance"])
    scaled = write_tif(tmp_path / "scaled.tif", landscape() * 2.0, ORIGIN, (CELL, CELL))
    with pytest.raises(QgsProcessingException, match="not the one the corridor run used"):
        run_crossings(run, tmp_path, "s", road([20], ["40"]), RESISTANCE_FIELD="add", RESISTANCE=scaled)
    shifted = write_tif(tmp_path / "shifted.tif", landscape(), (ORIGIN[0] + CELL, ORIGIN[1]), (CELL, CELL))
    with pytest.raises(QgsProcessingException, match="not on the grid of the corridor run"):
        run_crossings(run, tmp_path, "g", road([20], ["40"]), RESISTANCE_FIELD="add", RESISTANCE=shifted)
    assert not any((tmp_path / f"{t}.gpkg").exists() for t in ("m", "s", "g"))


@pytest.mark.parametrize("make, message", [
    (lambda: points([(15, 20)], name="points"), "holds Point geometries; it must hold lines"),
    (lambda: memory_layer("LineString", "EPSG:32633", [], fields="add:string", name="empty"), "has no line"),
    (lambda: memory_layer("LineString", "EPSG:32633", [("LINESTRING(0 0, 10 10)", ["5"])], fields="add:string",
                          name="far"), "crosses the resistance raster"),
    (lambda: road([20], ["-3"]), "positive number"),
    (lambda: road([20], ["fast"]), "positive number"),
])
def test_bad_infrastructure_is_refused_with_no_output(run, tmp_path, make, message):
    before = files_in(tmp_path)
    with pytest.raises(QgsProcessingException, match=message):
        run_crossings(run, tmp_path, "bad", make(), RESISTANCE_FIELD="add")
    assert files_in(tmp_path) == before


def test_output_exists_is_refused(run, tmp_path):
    (tmp_path / "taken.gpkg").write_bytes(b"x")
    with pytest.raises(QgsProcessingException, match="already exists"):
        run_crossings(run, tmp_path, "taken", road([20], ["40"]), RESISTANCE_FIELD="add")
    assert (tmp_path / "taken.gpkg").read_bytes() == b"x"


def test_cancel_leaves_no_output(run, tmp_path):
    from qgis.core import QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    feedback.progressChanged.connect(lambda p: feedback.cancel() if p > 0 else None)
    before = files_in(tmp_path)
    with pytest.raises(QgsProcessingException, match="cancelled"):
        processing.run("ccsg:crossings", {"INFRASTRUCTURE": road([12, 27], ["30", "60"]), "RESISTANCE_FIELD": "add",
                                          "RUN_FOLDER": run["folder"], "OUTPUT": str(tmp_path / "x.gpkg")},
                       feedback=feedback)
    assert files_in(tmp_path) == before


def test_progress_names_each_pair(tmp_path, ccsg_registered):  # noqa: F811
    from qgis.core import QgsProcessingFeedback

    class Recorder(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.texts = []

        def setProgressText(self, text):  # noqa: N802
            self.texts.append(text)

    three = corridor_run(tmp_path / "three", landscape(), {**BLOCKS, 3: (1, 4, 18, 22)}, cutoff=100.0)
    feedback = Recorder()
    processing.run("ccsg:crossings", {"INFRASTRUCTURE": road([20], ["40"]), "RESISTANCE_FIELD": "add",
                                      "RUN_FOLDER": three["folder"], "OUTPUT": str(tmp_path / "p.gpkg")},
                   feedback=feedback)
    pairs = [t for t in feedback.texts if t.startswith("Pair ")]
    assert pairs == ["Pair 1 of 3: cores 1 and 2", "Pair 2 of 3: cores 1 and 3", "Pair 3 of 3: cores 2 and 3"]


def test_current_from_pinch_points_of_the_same_run(run, tmp_path):
    out = processing.run("ccsg:pinchpoints", {"RUN_FOLDER": run["folder"], "RESISTANCE": run["resistance"],
                                              "CUTOFF": 100.0, "OUTPUT_PINCHPOINTS": str(tmp_path / "pinch.tif"),
                                              "OUTPUT_LINKS": str(tmp_path / "links.gpkg")})
    got = run_crossings(run, tmp_path, "pc", road([20], ["40"]), RESISTANCE_FIELD="add",
                        CURRENT=out["OUTPUT_PINCHPOINTS"])
    current = read_tif(out["OUTPUT_PINCHPOINTS"])
    rows = stretch(run["corridor"], 20, got[0]["cell"][0])
    assert got[0]["current"] == pytest.approx(np.nanmax(current[rows, 20]), rel=1e-6)
