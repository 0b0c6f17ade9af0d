"""The analysis results the guideline check reads: CLIMATE (climate_span), CROSSING_PRIORITIES (barrier_severance's
worst crossing) and SEA_PATHS (mar_spacing by sea) of ccsg:checkcorridors, and the check dock's climate picker.
References are computed here: the climate from the GeoTIFF's cells whose centres lie in each core, the worst crossing
from the points given, the distances with shapely and from the path lengths given."""

from __future__ import annotations

import json

import numpy as np
import pytest
from osgeo import gdal
from qgis import processing
from qgis.core import (
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProcessingException,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt, QVariant
from qgis.PyQt.QtTest import QTest
from shapely import wkt as shapely_wkt
from shapely.geometry import box

from tests.qgis import check_fixtures as fx
from tests.qgis.analysis_helpers import spin

X0, Y0, GAP, CORE = fx.X0, fx.Y0, fx.GAP, fx.CORE


def climate_tif(path):
    """Climate = (x - X0) / 1000 at each 100 m cell centre: 1 unit per km eastwards."""
    fx.resistance_tif(path)
    ds = gdal.Open(str(path), gdal.GA_Update)
    x0, dx, _, _y0, _, _dy = ds.GetGeoTransform()
    band = ds.GetRasterBand(1)
    values = band.ReadAsArray().astype(np.float64)
    xs = x0 + (np.arange(values.shape[1]) + 0.5) * dx
    values[:] = (xs[None, :] - X0) / 1000.0
    band.WriteArray(values.astype(np.float32))
    ds = None
    return path


def reference_core_climates(path):
    """mean - 2 SD over the cells whose centre lies in each fixture core, read straight from the file."""
    ds = gdal.Open(str(path))
    x0, dx, _, y0, _, dy = ds.GetGeoTransform()
    values = ds.GetRasterBand(1).ReadAsArray().astype(np.float64)
    xs = x0 + (np.arange(values.shape[1]) + 0.5) * dx
    ys = y0 + (np.arange(values.shape[0]) + 0.5) * dy
    x, y = np.meshgrid(xs, ys)
    out = []
    for core in fx.core_polygons():
        minx, miny, maxx, maxy = shapely_wkt.loads(core.asWkt()).bounds
        cells = values[(x > minx) & (x < maxx) & (y > miny) & (y < maxy)]
        out.append(cells.mean() - 2.0 * cells.std())
    return out


def _run(tmp_path, corridors, profile="terrestrial_multispecies", cores=None, **extra):
    params = {"CORRIDORS": corridors, "PROFILE": profile, "CORES": cores or fx.cores_layer(),
              "OUTPUT": str(tmp_path / f"checked{len(list(tmp_path.glob('checked*')))}.gpkg"), **extra}
    layer = QgsVectorLayer(processing.run("ccsg:checkcorridors", params)["OUTPUT"], "checked", "ogr")
    feature = next(layer.getFeatures())
    return feature, json.loads(feature["check_details"])


def _corridor():
    return fx.corridors_layer([("narrow", fx.rectangle(500), fx.FULL_ATTRIBUTES)])


def test_climate_parameter_gives_the_difference_between_the_cores(provider, tmp_path):
    # edges between cell centres (100 m cells, centres at X0 + 50 + 100 k): x X0 - 100 .. X0 + GAP + 100, y Y0 +- 300
    corridor = fx.corridors_layer([("wide", fx.rectangle(600, overlap=100), fx.FULL_ATTRIBUTES)])
    without, details = _run(tmp_path, corridor)
    assert without["climate_span_status"] == "not_evaluated" and "climate raster" in details["climate_span"][
        "explanation"]
    path = climate_tif(tmp_path / "climate.tif")
    a, b = reference_core_climates(path)
    feature, details = _run(tmp_path, corridor, CLIMATE=QgsRasterLayer(str(path), "temperature"))
    assert feature["climate_span_status"] == "pass"  # reported only in the default profile
    assert feature["climate_span_value"] == pytest.approx(abs(b - a), rel=1e-6)
    assert feature["climate_span_value"] == pytest.approx(GAP / 1000 + CORE / 1000, rel=1e-6)  # centres 6 km apart
    extra = details["climate_span"]["extra"]
    # cell centres inside the corridor: x = X0 - 50 ... X0 + GAP + 50
    assert extra["corridor_min"] == pytest.approx(-0.05, abs=1e-6)
    assert extra["corridor_max"] == pytest.approx(GAP / 1000 + 0.05, abs=1e-6)


def test_climate_threshold_of_a_profile_file_and_of_the_modifier(provider, tmp_path):
    path = climate_tif(tmp_path / "climate.tif")
    a, b = reference_core_climates(path)
    profile = tmp_path / "climate_profile.json"
    from ccsg_plugin import paths
    from ccsg_plugin.core.criteria.profiles import load_profile

    data = load_profile("terrestrial_multispecies+climate_adaptation", bundled_dir=paths.profiles()).to_dict()
    data["id"] = "climate_test"
    data["criteria"]["climate_span"]["thresholds"]["min_core_climate_diff"] = float(np.float32(abs(b - a)) + 0.5)
    profile.write_text(json.dumps(data), encoding="utf-8")
    raster = QgsRasterLayer(str(path), "temperature")
    failing, _d = _run(tmp_path, _corridor(), profile=str(profile), CLIMATE=raster)
    assert failing["climate_span_status"] == "fail"
    modifier, _d = _run(tmp_path, _corridor(), profile="terrestrial_multispecies+climate_adaptation", CLIMATE=raster)
    assert modifier["climate_span_status"] == "pass"  # 6 units >= the modifier's 1 unit


def test_climate_raster_in_another_crs_is_reprojected_and_said(provider, tmp_path):
    path = climate_tif(tmp_path / "climate.tif")
    mercator = tmp_path / "climate_3857.tif"
    gdal.Warp(str(mercator), str(path), dstSRS="EPSG:3857", resampleAlg="bilinear")
    feature, details = _run(tmp_path, _corridor(), CLIMATE=QgsRasterLayer(str(mercator), "mercator climate"))
    explanation = details["climate_span"]["explanation"]
    assert "reprojected" in explanation and "EPSG:3857" in explanation and "mercator climate" in explanation
    assert feature["climate_span_value"] == pytest.approx(6.0, abs=0.3)  # the ramp survives the round trip


def test_climate_raster_on_another_grid_of_the_same_crs_is_read_on_its_own_grid(provider, tmp_path):
    """50 m cells, another extent: the cores are rasterised on the climate's own grid, nothing is resampled."""
    from osgeo import osr

    path = tmp_path / "climate_50m.tif"
    x_min, y_max, cell = X0 - 2500.0, Y0 + 1500.0, 50.0
    cols, rows = int((GAP + 2 * CORE + 1000.0) / cell), int(3000.0 / cell)
    ds = gdal.GetDriverByName("GTiff").Create(str(path), cols, rows, 1, gdal.GDT_Float64)
    ds.SetGeoTransform((x_min, cell, 0.0, y_max, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    ds.SetProjection(srs.ExportToWkt())
    xs = x_min + (np.arange(cols) + 0.5) * cell
    ds.GetRasterBand(1).WriteArray(np.tile(((xs - X0) / 1000.0) ** 2, (rows, 1)))  # spreads differ per core
    ds = None
    a, b = reference_core_climates(path)
    feature, details = _run(tmp_path, _corridor(), CLIMATE=QgsRasterLayer(str(path), "fine climate"))
    assert feature["climate_span_value"] == pytest.approx(abs(b - a), rel=1e-9)
    assert "reprojected" not in details["climate_span"]["explanation"]


def _crossings_layer(rows, fields=("pair", "severance_cost", "keep_open_gain", "rank"), name="crossings"):
    layer = QgsVectorLayer(f"Point?crs={fx.CRS}", name, "memory")
    kinds = {"pair": QVariant.String, "rank": QVariant.Int}
    layer.dataProvider().addAttributes([QgsField(f, kinds.get(f, QVariant.Double)) for f in fields])
    layer.updateFields()
    features = []
    for x, y, *values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(f"POINT({x} {y})"))
        feature.setAttributes(list(values)[:len(fields)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


ROAD = f"LINESTRING({X0 + 2000} {Y0 - 1500},{X0 + 2000} {Y0 + 1500})"
CROSSINGS = [  # x, y, pair, severance_cost, keep_open_gain, rank
    (X0 + 2000, Y0 - 100, "1-2", 1200.0, 400.0, 2),
    (X0 + 2000, Y0 + 150, "1-2", 1200.0, 1100.0, 1),  # the worst inside the corridor (y within Y0 +- 250)
    (X0 + 2000, Y0 + 1200, "1-2", 1200.0, 1150.0, 1),  # outside the corridor
]


def test_crossings_result_adds_the_worst_crossing(provider, tmp_path):
    roads = fx.roads_layer([ROAD])
    without, plain = _run(tmp_path, _corridor(), BARRIERS=roads)
    assert without["barrier_severance_status"] == "fail" and "extra" not in plain["barrier_severance"]
    feature, details = _run(tmp_path, _corridor(), BARRIERS=roads, CROSSING_PRIORITIES=_crossings_layer(CROSSINGS))
    corridor = shapely_wkt.loads(fx.rectangle(500).asWkt())
    inside = [c for c in CROSSINGS if corridor.contains(shapely_wkt.loads(f"POINT({c[0]} {c[1]})"))]
    want = min(inside, key=lambda c: c[5])
    result = details["barrier_severance"]
    assert feature["barrier_severance_status"] == "fail" and feature["barrier_severance_value"] == 1
    assert result["extra"]["worst_crossing"]["keep_open_gain"] == want[4]
    assert result["extra"]["worst_crossing"]["severance_cost"] == want[3]
    point = shapely_wkt.loads(result["location"])
    assert (point.x, point.y) == pytest.approx((want[0], want[1]))
    assert f"{want[0]:.0f}, {want[1]:.0f}" in result["explanation"]


def test_crossings_layer_without_its_fields_is_refused_by_name(provider, tmp_path):
    bad = _crossings_layer([(X0 + 2000, Y0, "1-2", 5.0)], fields=("pair", "severance_cost"), name="my points")
    with pytest.raises(QgsProcessingException) as info:
        _run(tmp_path, _corridor(), BARRIERS=fx.roads_layer([ROAD]), CROSSING_PRIORITIES=bad)
    message = str(info.value)
    assert "my points" in message and "keep_open_gain" in message and "rank" in message
    assert not list(tmp_path.glob("checked*.gpkg"))


def _marine_cores():
    """The fixture's two cores plus a third, 3 km east of the east core."""
    layer = QgsVectorLayer(f"Polygon?crs={fx.CRS}", "mpas", "memory")
    layer.dataProvider().addAttributes([QgsField("core_id", QVariant.Int)])
    layer.updateFields()
    third = box(X0 + GAP + CORE + 3000, Y0 - 1000, X0 + GAP + 2 * CORE + 3000, Y0 + 1000)
    features = []
    for i, geometry in enumerate([*fx.core_polygons(), QgsGeometry.fromWkt(third.wkt)], start=1):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(geometry)
        feature["core_id"] = i
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer, third


def _sea_paths(rows, fields=("core_a", "core_b", "path_length_m"), name="sea paths"):
    layer = QgsVectorLayer(f"LineString?crs={fx.CRS}", name, "memory")
    layer.dataProvider().addAttributes([QgsField(f, QVariant.Double if f == "path_length_m" else QVariant.Int)
                                        for f in fields])
    layer.updateFields()
    features = []
    for values in rows:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(QgsGeometry.fromWkt(f"LINESTRING({X0} {Y0},{X0 + 10000} {Y0})"))
        feature.setAttributes(list(values)[:len(fields)])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_sea_paths_replace_the_straight_line_spacing(provider, tmp_path):
    cores, third = _marine_cores()
    marine = fx.corridors_layer([("mpa link", fx.rectangle(500), dict(fx.FULL_ATTRIBUTES, realm="marine"))])
    straight, details = _run(tmp_path, marine, profile="marine_network", cores=cores)
    corridor = shapely_wkt.loads(fx.rectangle(500).asWkt())
    assert straight["mar_spacing_value"] == pytest.approx(corridor.distance(third))
    assert straight["mar_spacing_status"] == "pass"  # 3 km < 50 km
    assert details["mar_spacing"]["extra"]["distance"] == "straight_line"
    paths = _sea_paths([(2, 3, 61000.0), (1, 3, 75000.0), (1, 2, 4000.0)])
    by_sea, details = _run(tmp_path, marine, profile="marine_network", cores=cores, SEA_PATHS=paths)
    assert by_sea["mar_spacing_value"] == 61000.0 and by_sea["mar_spacing_status"] == "fail"  # > 50 km by sea
    assert details["mar_spacing"]["extra"]["distance"] == "sea_path" and "by sea" in details["mar_spacing"][
        "explanation"]


def test_sea_paths_without_path_length_are_refused_by_name(provider, tmp_path):
    cores, _third = _marine_cores()
    marine = fx.corridors_layer([("mpa link", fx.rectangle(500), dict(fx.FULL_ATTRIBUTES, realm="marine"))])
    bad = _sea_paths([(2, 3)], fields=("core_a", "core_b"), name="my routes")
    with pytest.raises(QgsProcessingException) as info:
        _run(tmp_path, marine, profile="marine_network", cores=cores, SEA_PATHS=bad)
    assert "my routes" in str(info.value) and "path_length_m" in str(info.value)


def test_check_dock_passes_the_climate_raster(plugin, tmp_path):
    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "project.qgz"))
    corridors = fx.corridors_layer([("narrow", fx.rectangle(500), fx.FULL_ATTRIBUTES)], name="corridors")
    path = climate_tif(tmp_path / "climate.tif")
    raster = QgsRasterLayer(str(path), "temperature")
    for layer in (corridors, fx.cores_layer(), raster):
        project.addMapLayer(layer)
    action = next(a for a in plugin.actions if a.objectName() == "CcsgCheckDockAction")
    action.trigger()
    dock = plugin.docks["CcsgCheckDock"]
    assert dock.climateCombo.currentLayer() is None and dock.climateCombo.allowEmptyLayer()
    offered = [dock.climateCombo.layer(i) for i in range(dock.climateCombo.count())]
    assert raster in offered and corridors not in offered
    dock.corridorsCombo.setLayer(corridors)
    dock.climateCombo.setLayer(raster)
    QTest.mouseClick(dock.runButton, Qt.LeftButton)
    assert spin(lambda: not dock.is_running(), 60)
    assert dock.last_error is None
    a, b = reference_core_climates(path)
    feature = next(dock.result_layer.getFeatures())
    assert feature["climate_span_value"] == pytest.approx(abs(b - a), rel=1e-6)
