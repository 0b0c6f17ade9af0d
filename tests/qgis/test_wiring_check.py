"""ccsg:checkcorridors: each optional input layer changes the criterion it feeds, against analytic values.

The scene of check_fixtures: two 2 km cores 4 km apart (x from X0 to X0 + 4000), a corridor 400 m wide on Y0 whose
ends reach 100 m into the cores, rasters of 100 m cells with edges on round coordinates (no cell centre lies on a
boundary).
"""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from osgeo import gdal, osr
from qgis import processing
from qgis.core import QgsFeature, QgsField, QgsGeometry, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from tests.qgis import check_fixtures as fx

X0, Y0, GAP = fx.X0, fx.Y0, fx.GAP
CELL = 100.0
XMIN, YMAX = X0 - 4000.0, Y0 + 3000.0
COLS, ROWS = 120, 60
XC = XMIN + (np.arange(COLS) + 0.5) * CELL  # cell centres
YC = YMAX - (np.arange(ROWS) + 0.5) * CELL
XX, YY = np.meshgrid(XC, YC)
BAND = (np.abs(YY - Y0) < 200) & (XX > X0) & (XX < X0 + GAP)  # the corridor's cells between the cores


def corridor() -> QgsGeometry:
    x1, x2 = X0 - 100, X0 + GAP + 100
    return QgsGeometry.fromWkt(f"POLYGON(({x1} {Y0 - 200},{x2} {Y0 - 200},{x2} {Y0 + 200},{x1} {Y0 + 200},"
                               f"{x1} {Y0 - 200}))")


def raster(path, values, epsg=32633, nodata=-9999.0) -> QgsRasterLayer:
    ds = gdal.GetDriverByName("GTiff").Create(str(path), COLS, ROWS, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((XMIN, CELL, 0.0, YMAX, 0.0, -CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).SetNoDataValue(nodata)
    ds.GetRasterBand(1).WriteArray(np.asarray(values, dtype=np.float32))
    ds = None
    layer = QgsRasterLayer(str(path), path.stem)
    assert layer.isValid()
    return layer


def run(tmp_path, tag, **extra) -> tuple[QgsFeature, dict]:
    out = tmp_path / tag
    out.mkdir()
    params = {"CORRIDORS": fx.corridors_layer([("c", corridor(), fx.FULL_ATTRIBUTES)]), "CORES": fx.cores_layer(),
              "PROFILE": "terrestrial_multispecies", "OUTPUT": str(out / "checked.gpkg"), "REPORT": None}
    params.update(extra)
    result = processing.run("ccsg:checkcorridors", params)
    (feature,) = QgsVectorLayer(result["OUTPUT"], "checked", "ogr").getFeatures()
    return feature, json.loads(feature["check_details"])


def test_resistance_gives_the_known_cost_efficiency_in_both_crss(provider, tmp_path):
    # Resistance 3 on the corridor's cells between the cores, 1 elsewhere. Unrestricted: straight along a row just
    # outside the corridor, 41 steps of 100 m at 1 = 4100. Inside: 1->3 and 3->1 steps (200 each) and 39 steps at
    # 3 (11700) = 12100. ratio = 4100 / 12100.
    expected = 4100.0 / 12100.0
    varied = np.where(BAND, 3.0, 1.0)
    same, details = run(tmp_path, "same", RESISTANCE=raster(tmp_path / "varied.tif", varied))
    assert same["cost_efficiency_value"] == pytest.approx(expected, rel=1e-6)
    assert same["cost_efficiency_status"] == "fail"  # below the profile's 0.9
    # The same resistance in UTM 32N (the corridors stay in 33N): the grid turns by ~4 degrees, so the inside
    # route staircases a little; the ratio stays within a few percent of the analytic one.
    other_tif = tmp_path / "varied32632.tif"
    gdal.Warp(str(other_tif), str(tmp_path / "varied.tif"), dstSRS="EPSG:32632", xRes=CELL, yRes=CELL,
              resampleAlg="near")
    other, _ = run(tmp_path, "other", RESISTANCE=QgsRasterLayer(str(other_tif), "res32632"))
    assert other["cost_efficiency_value"] == pytest.approx(expected, rel=0.05)
    assert other["cost_efficiency_status"] == "fail"
    # Uniform resistance: the corridor holds a least-cost route, ratio 1.
    uniform, _ = run(tmp_path, "uniform", RESISTANCE=raster(tmp_path / "uniform.tif", np.ones((ROWS, COLS))))
    assert uniform["cost_efficiency_value"] == pytest.approx(1.0) and uniform["cost_efficiency_status"] == "pass"
    without, _ = run(tmp_path, "none")
    assert without["cost_efficiency_status"] == "not_evaluated"


def test_landcover_gives_the_built_up_share(provider, tmp_path):
    # Class 10 (natural) everywhere; class 50 (built-up in the profile) on 10 of the corridor's 42 columns of cells.
    lc = np.where(BAND & (XX > X0 + 1000) & (XX < X0 + 2000), 50.0, 10.0)
    feature, details = run(tmp_path, "lc", LANDCOVER=raster(tmp_path / "lc.tif", lc))
    assert feature["human_footprint_value"] == pytest.approx(10 / 42)
    assert feature["human_footprint_status"] == "fail"  # above 5 %
    clean, _ = run(tmp_path, "clean", LANDCOVER=raster(tmp_path / "clean.tif", np.full((ROWS, COLS), 10.0)))
    assert clean["human_footprint_value"] == 0.0 and clean["human_footprint_status"] == "pass"
    without, _ = run(tmp_path, "none")
    assert without["human_footprint_status"] == "not_evaluated"


def test_habitat_gives_the_gap_to_cross(provider, tmp_path):
    # Habitat (1) everywhere but a 1000 m wide strip across the whole scene (x from X0 + 1500 to X0 + 2500).
    gap = np.where((XX > X0 + 1500) & (XX < X0 + 2500), 0.0, 1.0)
    feature, details = run(tmp_path, "gap", HABITAT=raster(tmp_path / "gap.tif", gap))
    assert feature["habitat_continuity_value"] == pytest.approx(1000.0)
    assert feature["habitat_continuity_status"] == "fail"
    whole, _ = run(tmp_path, "whole", HABITAT=raster(tmp_path / "whole.tif", np.ones((ROWS, COLS))))
    assert whole["habitat_continuity_status"] == "pass"
    without, _ = run(tmp_path, "none")
    assert without["habitat_continuity_status"] == "not_evaluated"


def test_dem_gives_the_difference_of_the_core_elevations(provider, tmp_path):
    # Elevation rises 0.1 m per metre eastward: west core cells average X0 - 1000 (-100 m), east X0 + 5000 (500 m).
    dem = 0.1 * (XX - X0)
    feature, details = run(tmp_path, "dem", DEM=raster(tmp_path / "dem.tif", dem))
    assert feature["climate_gradient_value"] == pytest.approx(600.0, rel=1e-6)
    without, _ = run(tmp_path, "none")
    assert without["climate_gradient_status"] == "not_evaluated"


def test_crossings_give_the_spacing_along_a_severing_road(provider, tmp_path):
    road = fx.roads_layer([f"LINESTRING({X0 + 2000} {Y0 - 3000},{X0 + 2000} {Y0 + 3000})"])
    # The road crosses the 400 m wide corridor; a crossing 100 m north of its middle leaves a 300 m stretch.
    near = fx.geometry_layer("Point", [f"POINT({X0 + 2000} {Y0 + 100})"], name="crossings")
    feature, _ = run(tmp_path, "near", BARRIERS=road, CROSSINGS=near)
    assert feature["crossing_structures_status"] == "pass"
    assert feature["crossing_structures_value"] == pytest.approx(300.0)
    far = fx.geometry_layer("Point", [f"POINT({X0 + 2000} {Y0 + 1000})"], name="crossings")  # off the corridor
    feature, details = run(tmp_path, "far", BARRIERS=road, CROSSINGS=far)
    assert feature["crossing_structures_status"] == "fail"
    assert "0 crossing" in details["crossing_structures"]["explanation"]
    without, _ = run(tmp_path, "none", BARRIERS=road)
    assert without["crossing_structures_status"] == "not_evaluated"


def _lcp_layer(y: float) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"LineString?crs={fx.CRS}", "lcp", "memory")
    layer.dataProvider().addAttributes([QgsField("core_a", QVariant.Int), QgsField("core_b", QVariant.Int)])
    layer.updateFields()
    f = QgsFeature(layer.fields())
    f.setGeometry(QgsGeometry.fromWkt(f"LINESTRING({X0 - 500} {Y0},{X0 + 1000} {Y0},{X0 + 3000} {y},"
                                      f"{X0 + GAP + 500} {y})"))
    f.setAttributes([1, 2])
    layer.dataProvider().addFeatures([f])
    return layer


def test_least_cost_paths_give_the_share_inside(provider, tmp_path):
    inside, _ = run(tmp_path, "in", LEAST_COST_PATHS=_lcp_layer(Y0))
    assert inside["lcp_contained_value"] == pytest.approx(1.0) and inside["lcp_contained_status"] == "pass"
    # Leaving the corridor after 1000 m, back only inside the east core: outside the cores, the path runs 1000 m
    # inside the corridor, then a slanted leg (its first 200 m of rise inside) and the rest outside.
    y = Y0 + 1000
    leg = math.hypot(2000, 1000)
    inside_leg = leg * 200 / 1000
    free = 1000 + leg + 1000  # the path's length outside the two cores
    out, details = run(tmp_path, "out", LEAST_COST_PATHS=_lcp_layer(y))
    assert out["lcp_contained_value"] == pytest.approx((1000 + inside_leg) / free, rel=1e-6)
    assert out["lcp_contained_status"] == "fail"
    assert "given least-cost path" in details["lcp_contained"]["explanation"]
    without, _ = run(tmp_path, "none")
    assert without["lcp_contained_status"] == "not_evaluated"
