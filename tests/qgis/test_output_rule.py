"""The one output rule (gis/destinations.py) in every algorithm: an output that is an input, the corridor store or an
existing file is refused before computing, and the input is left byte for byte as it was; conflicts between the
outputs of one run (same file twice, file-safe id collisions, leftovers of a killed run, a folder that is a file) are
found before any computation."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
)

from tests.qgis import check_fixtures as fx
from tests.qgis.lcp_helpers import (
    cell_rect_wkt,
    files_in,
    memory_layer,
    write_tif,
)

ORIGIN = (500000.0, 4000000.0)
CELL = (10.0, 10.0)


class LogFeedback(QgsProcessingFeedback):
    """Keeps every message: 'cores on a grid' is logged once the inputs are read and computing starts."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802
        self.lines.append(info)
        super().pushInfo(info)

    def started_computing(self) -> bool:
        return any("cores on a grid" in line for line in self.lines)


def digest(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def corridors_gpkg(path: Path) -> QgsVectorLayer:
    """The rectangle corridor written to a GeoPackage file (an input the user owns)."""
    memory = fx.corridors_layer([("c1", fx.rectangle(400), fx.FULL_ATTRIBUTES)])
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "corridors"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(memory, str(path), QgsProject.instance().transformContext(),
                                                      options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    layer = QgsVectorLayer(f"{path}|layername=corridors", "corridors", "ogr")
    assert layer.isValid() and layer.featureCount() == 1
    return layer


def run_check(params):
    return processing.run("ccsg:checkcorridors", params)


def refused_check(params, *patterns) -> str:
    with pytest.raises(QgsProcessingException) as info:
        run_check(params)
    message = str(info.value)
    for pattern in patterns:
        assert pattern in message, message
    return message


# ----- ccsg:checkcorridors: its own input, the store, existing files --------------------------------------------------
def test_check_report_naming_its_input_is_refused_and_the_input_kept(provider, tmp_path):
    source = tmp_path / "mine.gpkg"
    layer = corridors_gpkg(source)
    before = digest(source)
    refused_check({"CORRIDORS": layer, "OUTPUT": str(tmp_path / "checked.gpkg"), "REPORT": str(source)},
                  "REPORT", str(source), "also an input")
    assert digest(source) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.gpkg"]


def test_check_output_naming_its_input_is_refused_and_the_input_kept(provider, tmp_path):
    source = tmp_path / "mine.gpkg"
    layer = corridors_gpkg(source)
    before = digest(source)
    refused_check({"CORRIDORS": layer, "OUTPUT": str(source), "REPORT": str(tmp_path / "r.html")},
                  "OUTPUT", "also an input")
    assert digest(source) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.gpkg"]


def test_check_output_or_report_on_the_corridor_store_is_refused(provider, tmp_path):
    from ccsg_plugin.gis import corridor_store

    store = corridor_store.create_store_file(tmp_path / "store.gpkg", QgsCoordinateReferenceSystem(fx.CRS))
    before = digest(store)
    corridors = fx.corridors_layer([("c1", fx.rectangle(400), fx.FULL_ATTRIBUTES)])  # not the store: a memory layer
    for key in ("OUTPUT", "REPORT"):
        params = {"CORRIDORS": corridors, "OUTPUT": str(tmp_path / "checked.gpkg"), "REPORT": str(tmp_path / "r.html")}
        params[key] = str(store)
        refused_check(params, key, "corridor store")
        assert digest(store) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["store.gpkg"]


def test_check_store_as_input_and_output_is_refused_and_the_store_kept(provider, tmp_path):
    from ccsg_plugin.gis import corridor_store

    store = corridor_store.create_store_file(tmp_path / "store.gpkg", QgsCoordinateReferenceSystem(fx.CRS))
    layer = corridor_store.open_store_layer(store)
    feature = QgsFeature(layer.fields())
    feature.setGeometry(fx.rectangle(400))
    assert layer.dataProvider().addFeatures([feature])
    fields_before = layer.fields().names()
    del layer
    before = digest(store)
    layer = corridor_store.open_store_layer(store)
    refused_check({"CORRIDORS": layer, "OUTPUT": str(store)}, "OUTPUT", "also an input")
    assert digest(store) == before
    assert corridor_store.open_store_layer(store).fields().names() == fields_before


def test_check_existing_files_are_refused_not_replaced(provider, tmp_path):
    corridors = fx.corridors_layer([("c1", fx.rectangle(400), fx.FULL_ATTRIBUTES)])
    other = tmp_path / "notes.gpkg"
    other.write_bytes(b"the user's own file")
    refused_check({"CORRIDORS": corridors, "OUTPUT": str(other)}, str(other), "already exists")
    refused_check({"CORRIDORS": corridors, "OUTPUT": str(tmp_path / "c.gpkg"), "REPORT": str(other)}, "already exists")
    assert other.read_bytes() == b"the user's own file"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.gpkg"]


def test_check_report_that_is_a_folder_is_refused_clearly(provider, tmp_path):
    corridors = fx.corridors_layer([("c1", fx.rectangle(400), fx.FULL_ATTRIBUTES)])
    (tmp_path / "reports").mkdir()
    refused_check({"CORRIDORS": corridors, "OUTPUT": str(tmp_path / "c.gpkg"), "REPORT": str(tmp_path / "reports")},
                  "REPORT", "is a folder", "Give a file name")
    assert files_in(tmp_path) == []


def test_check_output_and_report_on_the_same_file_are_refused(provider, tmp_path):
    corridors = fx.corridors_layer([("c1", fx.rectangle(400), fx.FULL_ATTRIBUTES)])
    same = str(tmp_path / "both.gpkg")
    refused_check({"CORRIDORS": corridors, "OUTPUT": same, "REPORT": same}, "OUTPUT and REPORT name the same file")
    assert files_in(tmp_path) == []


def test_check_database_destination_is_refused_not_sent_to_a_temporary_file(provider, tmp_path):
    corridors = fx.corridors_layer([("c1", fx.rectangle(400), fx.FULL_ATTRIBUTES)])
    target = f"ogr:dbname='{tmp_path / 'db.gpkg'}' table=\"checked\" (geom)"
    refused_check({"CORRIDORS": corridors, "OUTPUT": target}, "not a file", "writes files only")
    refused_check({"CORRIDORS": corridors, "OUTPUT": "postgres://dbname=x table=y"}, "not a file")
    assert files_in(tmp_path) == []


# ----- least-cost algorithms: inputs and conflicts between outputs, before computing ---------------------------------
def cores(ids=(1, 2, 3), fields="core_id:integer"):
    rects = [(2, 6, 2, 6), (2, 6, 30, 34), (30, 34, 15, 19)]
    return memory_layer("Polygon", "EPSG:32633", [(cell_rect_wkt(*r, ORIGIN, CELL), [i]) for r, i in zip(rects, ids)],
                        fields=fields)


def corridor_params(tmp_path, **extra):
    out = tmp_path / "out"
    out.mkdir(exist_ok=True)
    res = np.random.default_rng(3).uniform(1, 10, (36, 36))
    params = {"CORES": cores(), "CORE_ID_FIELD": "core_id", "RESISTANCE": write_tif(tmp_path / "res.tif", res),
              "NEIGHBOURS": 8, "MAX_EUCLIDEAN_DISTANCE": 0, "WIDTH_CUTOFF": 500, "DROP_VIA_CORE": True,
              "OUTPUT_CORRIDORS": str(out / "corridors.tif"), "OUTPUT_PATHS": str(out / "paths.gpkg"),
              "OUTPUT_POLYGONS": str(out / "polygons.gpkg")}
    params.update(extra)
    return params


def refused_corridors(params, *patterns) -> str:
    feedback = LogFeedback()
    with pytest.raises(QgsProcessingException) as info:
        processing.run("ccsg:leastcostcorridors", params, feedback=feedback)
    message = str(info.value)
    for pattern in patterns:
        assert pattern in message, message
    assert not feedback.started_computing(), "the conflict was found only after computing"
    return message


def test_corridors_output_naming_the_resistance_input_is_refused(provider, tmp_path):
    params = corridor_params(tmp_path)
    before = digest(params["RESISTANCE"])
    params["OUTPUT_CORRIDORS"] = params["RESISTANCE"]
    refused_corridors(params, "OUTPUT_CORRIDORS", "also an input")
    assert digest(params["RESISTANCE"]) == before


def test_paths_and_polygons_on_one_file_are_refused_before_computing(provider, tmp_path):
    params = corridor_params(tmp_path)
    params["OUTPUT_POLYGONS"] = params["OUTPUT_PATHS"]
    refused_corridors(params, "OUTPUT_PATHS and OUTPUT_POLYGONS name the same file")
    assert files_in(tmp_path / "out") == []


def test_output_folder_that_is_a_file_is_refused_before_computing(provider, tmp_path):
    blocker = tmp_path / "results"
    blocker.write_text("not a folder")
    params = corridor_params(tmp_path, OUTPUT_PATHS=str(blocker / "paths.gpkg"))
    refused_corridors(params, str(blocker), "is a file, not a folder")
    assert blocker.read_text() == "not a folder"


def test_cost_distance_folder_that_is_a_file_is_refused_before_computing(provider, tmp_path):
    blocker = tmp_path / "cwd"
    blocker.write_text("mine")
    params = corridor_params(tmp_path, OUTPUT_CWD_FOLDER=str(blocker))
    refused_corridors(params, "OUTPUT_CWD_FOLDER", str(blocker), "is a file")
    assert blocker.read_text() == "mine"
    assert files_in(tmp_path / "out") == []


def test_ids_that_collide_once_file_safe_are_refused_before_computing(provider, tmp_path):
    params = corridor_params(tmp_path, CORES=cores(("a b", "a_b", "c"), "core_id:string"),
                             OUTPUT_CWD_FOLDER=str(tmp_path / "cwd"))
    refused_corridors(params, "'a b'", "'a_b'", "cwd_a_b.tif")
    assert files_in(tmp_path / "out") == []
    assert not (tmp_path / "cwd").exists() or files_in(tmp_path / "cwd") == []


def test_leftover_rasters_of_a_killed_run_are_found_before_computing(provider, tmp_path):
    folder = tmp_path / "cwd"
    folder.mkdir()
    write_tif(folder / "cwd_2.tif", np.ones((4, 4)))  # a run killed after its second core: no links.json
    params = corridor_params(tmp_path, OUTPUT_CWD_FOLDER=str(folder))
    refused_corridors(params, str(folder), "cwd_2.tif", "did not finish")
    assert files_in(folder) == ["cwd_2.tif"]


def test_existing_output_is_refused_before_computing(provider, tmp_path):
    params = corridor_params(tmp_path)
    Path(params["OUTPUT_POLYGONS"]).write_bytes(b"keep me")
    refused_corridors(params, "already exists")
    assert Path(params["OUTPUT_POLYGONS"]).read_bytes() == b"keep me"


def test_every_algorithm_refuses_writing_over_its_input(provider, tmp_path):
    """costdistance, leastcostpath, resistancefromlandcover and truncatecorridors share the rule."""
    res = write_tif(tmp_path / "res.tif", np.full((20, 20), 2.0))
    src = memory_layer("Point", "EPSG:32633", [(f"POINT({ORIGIN[0] + 55} {ORIGIN[1] - 55})", [1])], "id:integer")
    dst = memory_layer("Point", "EPSG:32633", [(f"POINT({ORIGIN[0] + 155} {ORIGIN[1] - 155})", [1])], "id:integer")
    before = digest(res)
    table = tmp_path / "table.csv"
    table.write_text("class,resistance\n2,5\n")
    cases = [
        ("ccsg:costdistance", {"RESISTANCE": res, "SOURCES": src, "OUTPUT": res}),
        ("ccsg:resistancefromlandcover", {"LANDCOVER": res, "TABLE_FILE": str(table), "OUTPUT": res}),
        ("ccsg:resistancefromlandcover", {"LANDCOVER": res, "TABLE_FILE": str(table), "OUTPUT": str(table)}),
    ]
    for alg, params in cases:
        with pytest.raises(QgsProcessingException) as info:
            processing.run(alg, params)
        assert "also an input" in str(info.value), (alg, str(info.value))
    paths_file = tmp_path / "lines.gpkg"
    processing.run("ccsg:leastcostpath", {"RESISTANCE": res, "SOURCES": src, "DESTINATIONS": dst,
                                          "OUTPUT": str(paths_file)})
    lines = QgsVectorLayer(str(paths_file), "lines", "ogr")
    with pytest.raises(QgsProcessingException) as info:
        processing.run("ccsg:leastcostpath", {"RESISTANCE": res, "SOURCES": src, "DESTINATIONS": lines,
                                              "OUTPUT": str(paths_file)})
    assert "also an input" in str(info.value)
    assert digest(res) == before
    assert table.read_text() == "class,resistance\n2,5\n"


def test_truncate_refuses_writing_into_its_run_folder_files(provider, tmp_path):
    params = corridor_params(tmp_path, OUTPUT_CWD_FOLDER=str(tmp_path / "cwd"))
    processing.run("ccsg:leastcostcorridors", params)
    core_cells = tmp_path / "cwd" / "core_cells.tif"
    before = digest(core_cells)
    with pytest.raises(QgsProcessingException) as info:
        processing.run("ccsg:truncatecorridors", {"CWD_FOLDER": str(tmp_path / "cwd"), "WIDTH_CUTOFF": 100,
                                                  "OUTPUT_CORRIDORS": str(core_cells),
                                                  "OUTPUT_POLYGONS": str(tmp_path / "p2.gpkg")})
    assert "already exists" in str(info.value)
    assert digest(core_cells) == before
