"""gis.crs, the one projected-CRS gate: its rule (defined, incl. the GeoPackage placeholder SRS, and not geographic),
its messages, and each caller (the algorithms, the corridor check, the corridor store and the project, the doctor)
refusing with exactly the gate's message."""

from __future__ import annotations

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException, QgsRasterLayer, QgsVectorLayer

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import crs as gate
from tests.qgis import check_fixtures as fx
from tests.qgis.lcp_helpers import gpkg_layer as gpkg
from tests.qgis.lcp_helpers import memory_layer, write_tif

SQUARE = "POLYGON((500000 4000000, 500100 4000000, 500100 4000100, 500000 4000100, 500000 4000000))"


def gate_message(call, *args) -> str:
    with pytest.raises(CcsgError) as info:
        call(*args)
    return str(info.value)


# ----- the rule -----------------------------------------------------------------------------------------------------
def test_rule(tmp_path):
    placeholder = gpkg(tmp_path / "u.gpkg", "u", [SQUARE]).crs()
    assert placeholder.isValid() and not placeholder.authid()  # QGIS calls it valid: the rule must not
    assert gate.projected_problem(placeholder) == gate.UNDEFINED
    assert gate.projected_problem(None) == gate.UNDEFINED
    assert gate.projected_problem(QgsCoordinateReferenceSystem()) == gate.UNDEFINED
    assert gate.projected_problem(QgsCoordinateReferenceSystem("EPSG:4326")) == gate.GEOGRAPHIC
    assert gate.projected_problem(QgsCoordinateReferenceSystem("EPSG:4269")) == gate.GEOGRAPHIC  # NAD83
    assert gate.projected_problem(QgsCoordinateReferenceSystem("EPSG:32633")) is None
    assert gate.projected_problem(QgsCoordinateReferenceSystem("EPSG:3857")) is None


def test_layer_messages_name_the_layer_and_the_fix(tmp_path):
    geo_vector = memory_layer("Polygon", "EPSG:4326", [], name="lat lon parks")
    message = gate_message(gate.require_projected, geo_vector)
    assert "'lat lon parks'" in message and "geographic CRS (EPSG:4326, degrees)" in message
    assert "reproject it to a projected CRS in metres, e.g. with Vector > Data Management > Reproject" in message
    raster = QgsRasterLayer(write_tif(tmp_path / "geo.tif", np.ones((3, 3)), (15.0, 36.0), (0.1, 0.1), epsg=4326),
                            "geo dem")
    message = gate_message(gate.require_projected, raster)
    assert "'geo dem'" in message and "Raster > Projections > Warp (Reproject)" in message
    undefined = gpkg(tmp_path / "u.gpkg", "no_srs_parks", [SQUARE])
    message = gate_message(gate.require_projected, undefined)
    assert "'no_srs_parks' has no coordinate reference system" in message
    assert "Layer Properties > Source" in message
    assert "'/data/parks.gpkg'" in gate_message(gate.require_projected, undefined, "/data/parks.gpkg")
    utm = memory_layer("Polygon", "EPSG:32633", [], name="utm")
    assert gate.require_projected(utm) == QgsCoordinateReferenceSystem("EPSG:32633")


def test_require_defined_lets_geographic_context_layers_through(tmp_path):
    assert gate.require_defined(memory_layer("Point", "EPSG:4326", [])).authid() == "EPSG:4326"
    undefined = gpkg(tmp_path / "u.gpkg", "no_srs_roads", [SQUARE])
    assert gate_message(gate.require_defined, undefined) == gate_message(gate.require_projected, undefined)


def test_project_wording():
    message = gate_message(gate.require_projected_project, QgsCoordinateReferenceSystem("EPSG:4326"), "The project")
    assert message.startswith("The project uses the geographic CRS EPSG:4326")
    assert "Project > Properties > CRS" in message
    message = gate_message(gate.require_projected_project, QgsCoordinateReferenceSystem(), "The project")
    assert message.startswith("The project has no coordinate reference system") and "Project > Properties" in message
    crs = QgsCoordinateReferenceSystem("EPSG:32633")
    assert gate.require_projected_project(crs, "The project") == crs


# ----- the callers --------------------------------------------------------------------------------------------------
def _processing_message(algorithm: str, params: dict) -> str:
    with pytest.raises(QgsProcessingException) as info:
        processing.run(algorithm, params)
    return str(info.value)


def test_algorithms_refuse_with_the_gates_message(provider, tmp_path):
    sources = memory_layer("Point", "EPSG:4326", [("POINT(15 36)", [1])], name="geo sources")
    res = write_tif(tmp_path / "res.tif", np.ones((5, 5)))
    got = _processing_message("ccsg:costdistance", {"RESISTANCE": res, "SOURCES": sources, "NEIGHBOURS": 8,
                                                    "MAX_COST": 0, "OUTPUT": str(tmp_path / "cd.tif")})
    assert gate_message(gate.require_projected, sources) in got
    geo_res = write_tif(tmp_path / "geo_res.tif", np.ones((5, 5)), (15.0, 36.0), (0.001, 0.001), epsg=4326)
    utm_sources = memory_layer("Point", "EPSG:32633", [("POINT(500020 3999980)", [1])])
    got = _processing_message("ccsg:costdistance", {"RESISTANCE": geo_res, "SOURCES": utm_sources, "NEIGHBOURS": 8,
                                                    "MAX_COST": 0, "OUTPUT": str(tmp_path / "cd2.tif")})
    assert gate_message(gate.require_projected, QgsRasterLayer(geo_res, "geo_res")) in got
    assert not (tmp_path / "cd.tif").exists() and not (tmp_path / "cd2.tif").exists()


def test_check_refuses_geographic_corridors_and_context_layers_without_crs(provider, tmp_path):
    corridors = fx.corridors_layer([("c", fx.rectangle(500), {})], crs="EPSG:4326", name="wgs84 corridors")
    params = {"CORRIDORS": corridors, "PROFILE": "terrestrial_multispecies", "CORES": fx.cores_layer(),
              "OUTPUT": str(tmp_path / "checked.gpkg"), "REPORT": str(tmp_path / "report.html")}
    assert gate_message(gate.require_projected, corridors) in _processing_message("ccsg:checkcorridors", params)
    # A memory layer made without a CRS (a GeoPackage one here leaves QGIS crashing at exit, as in
    # test_alg_input_defects; the GeoPackage placeholder SRS is covered by test_rule and the messages test).
    roads = QgsVectorLayer("LineString", "no_crs_roads", "memory")
    roads.setCrs(QgsCoordinateReferenceSystem())
    assert not roads.crs().isValid()
    params.update(CORRIDORS=fx.corridors_layer([("c", fx.rectangle(500), {})]), BARRIERS=roads)
    assert gate_message(gate.require_projected, roads) in _processing_message("ccsg:checkcorridors", params)
    assert not (tmp_path / "checked.gpkg").exists() and not (tmp_path / "report.html").exists()


def test_store_refuses_a_geographic_project_and_a_geographic_store_file(tmp_path):
    from ccsg_plugin.gis import corridor_store

    message = gate_message(corridor_store.create_store_file, tmp_path / "geo.gpkg",
                           QgsCoordinateReferenceSystem("EPSG:4326"))
    assert message == gate_message(gate.require_projected_project, QgsCoordinateReferenceSystem("EPSG:4326"),
                                   "The project")
    assert not (tmp_path / "geo.gpkg").exists()
    # A store file written in a geographic CRS by another program: refused naming the file.
    path = corridor_store.create_store_file(tmp_path / "ok.gpkg", QgsCoordinateReferenceSystem("EPSG:32633"))
    layer = corridor_store.open_store_layer(path)
    geo_path = tmp_path / "geo_store.gpkg"
    from qgis.core import QgsVectorFileWriter

    from ccsg_plugin.core.corridor import schema

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName, options.layerName = "GPKG", schema.LAYER_NAME
    writer = QgsVectorFileWriter.create(str(geo_path), corridor_store.store_fields(), layer.wkbType(),
                                        QgsCoordinateReferenceSystem("EPSG:4326"), layer.transformContext(), options)
    del writer
    message = gate_message(corridor_store.open_store_layer, geo_path)
    assert f"'{geo_path}'" in message and "geographic CRS (EPSG:4326, degrees)" in message


def test_doctor_judges_by_the_same_rule(tmp_path):
    from ccsg_plugin.gis import doctor_inputs

    undefined = gpkg(tmp_path / "u.gpkg", "u", [SQUARE]).crs()
    cases = [(undefined, (False, False)), (QgsCoordinateReferenceSystem(), (False, False)),
             (QgsCoordinateReferenceSystem("EPSG:4326"), (True, True)),
             (QgsCoordinateReferenceSystem("EPSG:32633"), (True, False))]
    for crs, (valid, geographic) in cases:
        facts = doctor_inputs.crs_facts("layer", crs)
        assert (facts.valid, facts.is_geographic) == (valid, geographic), crs.description()
        problem = gate.projected_problem(crs)
        assert facts.valid == (problem != gate.UNDEFINED) and facts.is_geographic == (problem == gate.GEOGRAPHIC)
