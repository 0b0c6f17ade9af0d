"""ccsg:checkcorridors on small generated layers: fields, statuses against analytic answers, bad inputs, CRSs."""

from __future__ import annotations

import json

import pytest
from qgis import processing
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsRasterLayer,
    QgsVectorLayer,
)

from ccsg_plugin import paths
from tests.qgis import check_fixtures as fx

PROFILES = paths.profiles()  # the bundled profiles folder, passed in as the plugin's callers do

WIDTH_TOLERANCE = 1.0  # min_width bisects to 0.5 m




def _run(tmp_path, corridors, **extra):
    tmp_path.mkdir(parents=True, exist_ok=True)
    params = {
        "CORRIDORS": corridors,
        "PROFILE": "terrestrial_multispecies",
        "OUTPUT": str(tmp_path / "checked.gpkg"),
        "REPORT": str(tmp_path / "report.html"),
    }
    params.update(extra)
    result = processing.run("ccsg:checkcorridors", params)
    layer = QgsVectorLayer(result["OUTPUT"], "checked", "ogr")
    assert layer.isValid()
    return result, {f["name"]: f for f in layer.getFeatures()}, layer


def _profile_criteria():
    from ccsg_plugin.core.criteria.profiles import load_profile

    return [cid for cid, _spec in load_profile("terrestrial_multispecies", bundled_dir=PROFILES).enabled_criteria()]


def test_fields_and_width_statuses_match_the_rectangles(provider, tmp_path):
    corridors = fx.corridors_layer([
        ("narrow", fx.rectangle(500), fx.FULL_ATTRIBUTES),
        ("wide", fx.rectangle(2500), fx.FULL_ATTRIBUTES),
    ])
    _result, features, layer = _run(tmp_path, corridors, CORES=fx.cores_layer())
    names = layer.fields().names()
    for cid in _profile_criteria():
        assert f"{cid}_status" in names and f"{cid}_value" in names
    for name in ("overall_status", "failed_required", "check_details", "name", "governance_type"):
        assert name in names
    narrow, wide = features["narrow"], features["wide"]
    # A 500 m wide rectangle against the 2000 m default: fails with value 500; a 2500 m one passes.
    assert narrow["min_width_status"] == "fail"
    assert abs(narrow["min_width_value"] - 500.0) <= WIDTH_TOLERANCE
    assert wide["min_width_status"] == "pass"
    assert abs(wide["min_width_value"] - 2500.0) <= WIDTH_TOLERANCE
    # Both rectangles touch exactly the two cores.
    assert narrow["connects_cores_status"] == "pass" and narrow["connects_cores_value"] == 2
    # All required attributes filled: min_width is advisory, so the narrow one warns but fails nothing required.
    assert narrow["failed_required"] in (False, 0)
    assert narrow["overall_status"] == "warn"
    assert wide["overall_status"] == "pass"
    details = json.loads(narrow["check_details"])
    assert details["min_width"]["status"] == "fail"
    assert details["min_width"]["threshold"] == 2000
    assert "Beier" in details["min_width"]["source"]
    location = QgsGeometry.fromWkt(details["min_width"]["location"])
    assert location.intersects(fx.rectangle(500))


def test_missing_required_attribute_fails_required(provider, tmp_path):
    attributes = dict(fx.FULL_ATTRIBUTES, governance_authority="")
    corridors = fx.corridors_layer([("no_authority", fx.rectangle(2500), attributes)])
    _result, features, _layer = _run(tmp_path, corridors, CORES=fx.cores_layer())
    feature = features["no_authority"]
    assert feature["governed_status"] == "fail"
    assert feature["failed_required"] in (True, 1)
    assert feature["overall_status"] == "fail"


def test_road_across_the_corridor_severs_it(provider, tmp_path):
    road = f"LINESTRING({fx.X0 + 2000} {fx.Y0 - 3000},{fx.X0 + 2000} {fx.Y0 + 3000})"
    corridors = fx.corridors_layer([("cut", fx.rectangle(2500), fx.FULL_ATTRIBUTES)])
    _result, features, _layer = _run(tmp_path, corridors, CORES=fx.cores_layer(), BARRIERS=fx.roads_layer([road]))
    feature = features["cut"]
    assert feature["barrier_severance_status"] == "fail"
    details = json.loads(feature["check_details"])
    assert QgsGeometry.fromWkt(details["barrier_severance"]["location"]).intersects(QgsGeometry.fromWkt(road))
    # 2.5 km of road inside a corridor of 4.1 km x 2.5 km: road density = 2.5 / (4.1 * 2.5) km/km².
    assert feature["road_density_value"] == pytest.approx(2.5 / (4.1 * 2.5), rel=0.01)


def test_layers_in_other_crs_are_reprojected(provider, tmp_path):
    """Cores in WGS 84 (geographic is fine for context layers) and a resistance raster in UTM 32N give the same
    answers as everything in UTM 33N."""
    corridors = fx.corridors_layer([("narrow", fx.rectangle(500), fx.FULL_ATTRIBUTES)])
    same_tif = fx.resistance_tif(tmp_path / "same.tif")
    _r, same, _l = _run(tmp_path / "a", corridors, CORES=fx.cores_layer(),
                        RESISTANCE=QgsRasterLayer(str(same_tif), "res"))
    other_tif = tmp_path / "other.tif"
    from osgeo import gdal

    gdal.Warp(str(other_tif), str(same_tif), dstSRS="EPSG:32632", xRes=100, yRes=100)
    other_raster = QgsRasterLayer(str(other_tif), "res32632")
    assert other_raster.crs() == QgsCoordinateReferenceSystem("EPSG:32632")
    _r, other, _l = _run(tmp_path / "b", corridors, CORES=fx.cores_layer("EPSG:4326"), RESISTANCE=other_raster)
    a, b = same["narrow"], other["narrow"]
    assert b["connects_cores_status"] == "pass"
    assert abs(a["min_width_value"] - b["min_width_value"]) <= 2.0
    assert a["cost_efficiency_status"] != "not_evaluated"
    assert b["cost_efficiency_status"] == a["cost_efficiency_status"]


def test_corridors_in_a_geographic_crs_are_refused(provider, tmp_path):
    corridors = fx.corridors_layer([("c", fx.rectangle(500), {})], crs="EPSG:4326", name="wgs84 corridors")
    with pytest.raises(QgsProcessingException) as info:
        _run(tmp_path, corridors, CORES=fx.cores_layer())
    message = str(info.value)
    assert "wgs84 corridors" in message and "geographic" in message and "Reproject" in message
    assert not (tmp_path / "checked.gpkg").exists() and not (tmp_path / "report.html").exists()


def test_empty_corridors_layer_is_refused(provider, tmp_path):
    corridors = fx.corridors_layer([], name="no corridors")
    with pytest.raises(QgsProcessingException) as info:
        _run(tmp_path, corridors, CORES=fx.cores_layer())
    assert "no corridors" in str(info.value) and "no features" in str(info.value)
    assert not (tmp_path / "checked.gpkg").exists()


def test_unknown_profile_id_names_it(provider, tmp_path):
    corridors = fx.corridors_layer([("c", fx.rectangle(500), {})])
    with pytest.raises(QgsProcessingException) as info:
        _run(tmp_path, corridors, PROFILE="no_such_profile")
    assert "no_such_profile" in str(info.value) and "terrestrial_multispecies" in str(info.value)


def _profile_file(tmp_path, change):
    from ccsg_plugin.core.criteria.profiles import load_profile

    data = load_profile("terrestrial_multispecies", bundled_dir=PROFILES).to_dict()
    change(data)
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_malformed_profile_file_names_the_field(provider, tmp_path):
    path = _profile_file(tmp_path, lambda d: d["criteria"]["min_width"]["thresholds"].update(min_m="wide"))
    corridors = fx.corridors_layer([("c", fx.rectangle(500), {})])
    with pytest.raises(QgsProcessingException) as info:
        _run(tmp_path, corridors, PROFILE=str(path))
    assert "criteria.min_width.thresholds.min_m" in str(info.value)


def test_profile_with_unknown_criterion_id_names_it(provider, tmp_path):
    path = _profile_file(tmp_path, lambda d: d["criteria"].update(corridor_beauty={"level": "advisory"}))
    corridors = fx.corridors_layer([("c", fx.rectangle(500), {})])
    with pytest.raises(QgsProcessingException) as info:
        _run(tmp_path, corridors, PROFILE=str(path))
    assert "corridor_beauty" in str(info.value)


def test_profile_file_thresholds_are_used(provider, tmp_path):
    path = _profile_file(tmp_path, lambda d: d["criteria"]["min_width"]["thresholds"].update(min_m=400))
    corridors = fx.corridors_layer([("narrow", fx.rectangle(500), fx.FULL_ATTRIBUTES)])
    _r, features, _l = _run(tmp_path, corridors, PROFILE=str(path), CORES=fx.cores_layer())
    assert features["narrow"]["min_width_status"] == "pass"


def test_cancel_mid_run_leaves_no_layer_or_report(provider, tmp_path):
    corridors = fx.corridors_layer([(f"c{i}", fx.rectangle(300 + 100 * i), fx.FULL_ATTRIBUTES) for i in range(4)])
    feedback = QgsProcessingFeedback()
    seen = []

    def on_progress(value):
        seen.append(value)
        if value > 5:  # inside the evaluation loop, after the first corridor
            feedback.cancel()

    feedback.progressChanged.connect(on_progress)
    params = {"CORRIDORS": corridors, "CORES": fx.cores_layer(), "OUTPUT": str(tmp_path / "checked.gpkg"),
              "REPORT": str(tmp_path / "report.html")}
    with pytest.raises(QgsProcessingException) as info:
        processing.run("ccsg:checkcorridors", params, feedback=feedback)
    assert "cancelled" in str(info.value)
    assert seen and max(seen) < 100
    assert not (tmp_path / "checked.gpkg").exists()
    assert not (tmp_path / "report.html").exists()
    assert not list(tmp_path.glob("*.part"))


def test_invalid_geometry_is_reported_and_others_still_evaluated(provider, tmp_path):
    bow_tie = QgsGeometry.fromWkt(
        f"POLYGON(({fx.X0} {fx.Y0 - 500},{fx.X0 + 4000} {fx.Y0 + 500},{fx.X0 + 4000} {fx.Y0 - 500},"
        f"{fx.X0} {fx.Y0 + 500},{fx.X0} {fx.Y0 - 500}))"
    )
    corridors = fx.corridors_layer([("bow tie", bow_tie, fx.FULL_ATTRIBUTES),
                                    ("good", fx.rectangle(2500), fx.FULL_ATTRIBUTES)])
    _r, features, _l = _run(tmp_path, corridors, CORES=fx.cores_layer())
    bad = features["bow tie"]
    assert bad["boundary_defined_status"] == "fail"
    assert bad["overall_status"] == "fail"
    assert "_error" in json.loads(bad["check_details"])
    assert features["good"]["overall_status"] == "pass"
    assert abs(features["good"]["min_width_value"] - 2500.0) <= WIDTH_TOLERANCE


def test_same_crs_despite_different_wkt(demo_dir):
    from ccsg_plugin.gis.check_inputs import same_crs

    cores = QgsVectorLayer(str(demo_dir / "lm_cores.shp"), "cores", "ogr")
    resistance = QgsRasterLayer(str(demo_dir / "lm_resistances.tif"), "res")
    assert same_crs(cores.crs(), resistance.crs())
    assert not same_crs(cores.crs(), QgsCoordinateReferenceSystem("EPSG:32633"))


def test_raster_not_covering_the_corridor_is_not_evaluated_with_the_reason(provider, tmp_path):
    from osgeo import gdal

    near = fx.resistance_tif(tmp_path / "near.tif")
    far = tmp_path / "far.tif"  # the same grid moved 100 km north-east
    gdal.Translate(str(far), str(near), outputBounds=[fx.X0 + 100000, fx.Y0 + 103000, fx.X0 + 108000, fx.Y0 + 97000])
    corridors = fx.corridors_layer([("narrow", fx.rectangle(500), fx.FULL_ATTRIBUTES)])
    _r, features, _l = _run(tmp_path, corridors, CORES=fx.cores_layer(),
                            RESISTANCE=QgsRasterLayer(str(far), "far resistance"))
    feature = features["narrow"]
    details = json.loads(feature["check_details"])
    assert feature["cost_efficiency_status"] == "not_evaluated"
    assert "far resistance" in details["cost_efficiency"]["explanation"]
    assert "cover" in details["cost_efficiency"]["explanation"]
    # The other criteria are still measured.
    assert abs(feature["min_width_value"] - 500.0) <= WIDTH_TOLERANCE


def test_geopackage_output_opens_styled_by_overall_status(provider, tmp_path):
    from qgis.core import QgsCategorizedSymbolRenderer

    corridors = fx.corridors_layer([("narrow", fx.rectangle(500), fx.FULL_ATTRIBUTES)])
    result, _features, _layer = _run(tmp_path, corridors, CORES=fx.cores_layer())
    reopened = QgsVectorLayer(result["OUTPUT"], "again", "ogr")  # default style read from inside the GeoPackage
    renderer = reopened.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "overall_status"
    assert {c.value() for c in renderer.categories()} >= {"pass", "warn", "fail"}
