"""The freshwater and marine criteria (CRITERIA.md 2b, 2d) in QGIS: the STREAMS, FLOODPLAIN, RIVER_BARRIERS,
COASTLINE and NIGHT_LIGHTS layers of ccsg:checkcorridors and the dock's "Rivers and coasts" group.

Two corridors join the two cores of check_fixtures: "dammed" (y from Y0+200 to Y0+800) carries a river with two
dams; "free" (y from Y0-800 to Y0-200) has none. Reference values are computed here with shapely."""

from __future__ import annotations

import json

import pytest
from qgis import processing
from qgis.core import QgsGeometry, QgsProject, QgsRasterLayer, QgsVectorLayer
from shapely import wkt as shapely_wkt
from shapely.geometry import Point, box
from shapely.ops import unary_union

from ccsg_plugin import paths
from tests.qgis import check_fixtures as fx

PROFILES = paths.profiles()  # the bundled profiles folder, passed in as the plugin's callers do

X0, Y0, GAP = fx.X0, fx.Y0, fx.GAP
DAMMED = box(X0 - 50, Y0 + 200, X0 + GAP + 50, Y0 + 800)
FREE = box(X0 - 50, Y0 - 800, X0 + GAP + 50, Y0 - 200)
RIVER = f"LINESTRING({X0 - 1500} {Y0 + 500},{X0 + GAP + 1500} {Y0 + 500})"
DAMS = [(X0 + 1000, Y0 + 500), (X0 + 3000, Y0 + 500), (X0 + GAP + 1500, Y0 + 500)]  # the last is in the east core
FLOODPLAIN = [
    box(X0 + 1000, Y0 + 600, X0 + 2000, Y0 + 1400),  # a quarter of it inside "dammed"
    box(X0 + 2500, Y0 + 100, X0 + 3000, Y0 + 900),  # three quarters inside "dammed"
    box(X0 + 1000, Y0 + 2000, X0 + 2000, Y0 + 2500),  # meets no corridor
    box(X0 + 1000, Y0 - 1000, X0 + 1500, Y0 - 500),  # 60 % inside "free"
]
FRESHWATER = dict(fx.FULL_ATTRIBUTES, realm="freshwater")
MARINE = dict(fx.FULL_ATTRIBUTES, realm="marine")
SHARE_TOLERANCE = 1e-6
LENGTH_TOLERANCE = 0.01  # m, after a round trip through another CRS




def _run(tmp_path, corridors, profile, **layers):
    params = {"CORRIDORS": corridors, "PROFILE": profile, "CORES": fx.cores_layer(),
              "OUTPUT": str(tmp_path / "checked.gpkg"), "REPORT": str(tmp_path / "report.html"), **layers}
    result = processing.run("ccsg:checkcorridors", params)
    layer = QgsVectorLayer(result["OUTPUT"], "checked", "ogr")
    assert layer.isValid()
    return {f["name"]: f for f in layer.getFeatures()}, (tmp_path / "report.html").read_text(encoding="utf-8")


def _freshwater_layers(crs: str) -> dict:
    return {
        "RIVER_BARRIERS": fx.geometry_layer("Point", [Point(x, y).wkt for x, y in DAMS], crs, "my dams"),
        "FLOODPLAIN": fx.geometry_layer("Polygon", [p.wkt for p in FLOODPLAIN], crs, "my floodplain"),
        "STREAMS": fx.geometry_layer("LineString", [RIVER], crs, "my rivers"),
    }


def _floodplain_share(corridor) -> float:
    met = [p for p in FLOODPLAIN if p.intersects(corridor)]
    flood = unary_union(met)
    return flood.intersection(corridor).area / flood.area


def _riparian_share(corridor, buffer_m: float) -> float:
    riparian = shapely_wkt.loads(RIVER).intersection(corridor).buffer(buffer_m)
    return riparian.intersection(corridor).area / riparian.area


@pytest.mark.parametrize("crs", [fx.CRS, "EPSG:4326"])
def test_freshwater_criteria_count_dams_and_measure_floodplain(provider, tmp_path, crs):
    from ccsg_plugin.core.criteria.profiles import load_profile

    corridors = fx.corridors_layer([("dammed", QgsGeometry.fromWkt(DAMMED.wkt), FRESHWATER),
                                    ("free", QgsGeometry.fromWkt(FREE.wkt), FRESHWATER)])
    lights = QgsRasterLayer(str(fx.resistance_tif(tmp_path / "lights.tif", value=7.0)), "my lights")
    features, report = _run(tmp_path, corridors, "freshwater_riverine", NIGHT_LIGHTS=lights,
                            **_freshwater_layers(crs))
    dammed, free = features["dammed"], features["free"]
    # Two of the three dams lie in "dammed" (max_barriers 0): it fails with 2; "free" has none and passes.
    assert sum(Point(x, y).within(DAMMED) for x, y in DAMS) == 2
    assert dammed["fw_longitudinal_status"] == "fail" and dammed["fw_longitudinal_value"] == 2
    assert free["fw_longitudinal_status"] == "pass" and free["fw_longitudinal_value"] == 0
    # Floodplain share: (1000 x 200 + 500 x 600) / (1000 x 800 + 500 x 800) = 5/12 for "dammed", 0.6 for "free".
    assert abs(_floodplain_share(DAMMED) - 5 / 12) < 1e-9 and abs(_floodplain_share(FREE) - 0.6) < 1e-9
    assert abs(dammed["fw_lateral_value"] - _floodplain_share(DAMMED)) < SHARE_TOLERANCE
    assert abs(free["fw_lateral_value"] - _floodplain_share(FREE)) < SHARE_TOLERANCE
    # Streams: the river's riparian buffer runs out of "dammed" at both ends (round caps), so the share is < 1.
    riverine = load_profile("freshwater_riverine", bundled_dir=PROFILES)
    buffer_m = riverine.criteria["riparian_included"].thresholds["riparian_buffer_m"]
    assert abs(dammed["riparian_included_value"] - _riparian_share(DAMMED, buffer_m)) < SHARE_TOLERANCE
    assert dammed["riparian_included_status"] == "fail"
    assert free["riparian_included_status"] == "pass"  # no stream in it
    # Night lights: a uniform raster of 7 gives a mean of 7.
    assert dammed["artificial_light_status"] == "pass" and dammed["artificial_light_value"] == pytest.approx(7.0)
    # The dam locations are the problem location of the failed criterion.
    location = json.loads(dammed["check_details"])["fw_longitudinal"]["location"]
    found = shapely_wkt.loads(location)
    assert len(getattr(found, "geoms", [found])) == 2 and found.within(DAMMED.buffer(1))
    # "Data used" names each layer.
    for name in ("my dams", "my floodplain", "my rivers", "my lights", "River barriers (dams, weirs, culverts)"):
        assert name in report


def test_without_the_layers_the_criteria_are_not_evaluated_and_say_why(provider, tmp_path):
    corridors = fx.corridors_layer([("dammed", QgsGeometry.fromWkt(DAMMED.wkt), FRESHWATER)])
    features, _report = _run(tmp_path, corridors, "freshwater_riverine")
    details = json.loads(features["dammed"]["check_details"])
    for cid in ("fw_longitudinal", "fw_lateral", "riparian_included", "artificial_light"):
        assert details[cid]["status"] == "not_evaluated"
    assert "river barriers" in details["fw_longitudinal"]["explanation"]


@pytest.mark.parametrize("crs", [fx.CRS, "EPSG:3857"])
def test_marine_alongshore_span_is_the_coastline_length_inside(provider, tmp_path, crs):
    from ccsg_plugin.core.criteria.profiles import load_profile

    # A zig-zag coast across a 1000 m wide corridor: longer inside than the corridor itself.
    coast = "LINESTRING(" + ",".join(f"{X0 - 1000 + 500 * i} {Y0 + (400 if i % 2 else -400)}"
                                     for i in range(13)) + ")"
    far_coast = f"LINESTRING({X0} {Y0 + 5000},{X0 + GAP} {Y0 + 5000})"  # meets no corridor
    corridor = shapely_wkt.loads(fx.rectangle(1000).asWkt())
    corridors = fx.corridors_layer([("marine", fx.rectangle(1000), MARINE)])
    coastline = fx.geometry_layer("LineString", [coast, far_coast], crs, "my coast")
    features, report = _run(tmp_path, corridors, "marine_network", COASTLINE=coastline)
    expected = shapely_wkt.loads(coast).intersection(corridor).length
    need = load_profile("marine_network", bundled_dir=PROFILES).criteria["mar_size"].thresholds["min_alongshore_m"]
    assert expected > corridor.bounds[2] - corridor.bounds[0]  # the zig-zag, not the corridor's length
    marine = features["marine"]
    assert abs(marine["mar_size_value"] - expected) < LENGTH_TOLERANCE
    assert marine["mar_size_status"] == ("pass" if expected >= need else "fail")
    assert "my coast" in report


def test_a_layer_of_the_wrong_geometry_type_is_refused_by_name(qgis_new_project):
    from ccsg_plugin.core.errors import CcsgError
    from ccsg_plugin.gis import check_inputs

    corridors = fx.corridors_layer([("dammed", QgsGeometry.fromWkt(DAMMED.wkt), FRESHWATER)])
    polygons = fx.geometry_layer("Polygon", [FLOODPLAIN[0].wkt], name="not a river")
    with pytest.raises(CcsgError) as raised:
        check_inputs.build_inputs(corridors, streams=polygons)
    assert "not a river" in str(raised.value) and "Line" in str(raised.value)


def test_dock_passes_the_rivers_and_coasts_layers(plugin, tmp_path):
    from qgis.gui import QgsCollapsibleGroupBox

    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "project.qgz"))
    corridors = fx.corridors_layer([("dammed", QgsGeometry.fromWkt(DAMMED.wkt), FRESHWATER)], name="corridors")
    layers = {
        "STREAMS": fx.geometry_layer("LineString", [RIVER], name="rivers"),
        "FLOODPLAIN": fx.geometry_layer("Polygon", [FLOODPLAIN[0].wkt], name="floodplain"),
        "RIVER_BARRIERS": fx.geometry_layer("Point", [Point(*DAMS[0]).wkt], name="dams"),
        "COASTLINE": fx.geometry_layer("LineString", [RIVER], name="coast"),
        "NIGHT_LIGHTS": QgsRasterLayer(str(fx.resistance_tif(tmp_path / "lights.tif")), "lights"),
    }
    for layer in (corridors, *layers.values()):
        project.addMapLayer(layer)
    action = next(a for a in plugin.actions if a.objectName() == "CcsgCheckDockAction")
    action.trigger()
    dock = plugin.docks["CcsgCheckDock"]
    group = dock.realmGroup
    assert isinstance(group, QgsCollapsibleGroupBox) and group.isCollapsed()
    combos = {"STREAMS": dock.streamsCombo, "FLOODPLAIN": dock.floodplainCombo,
              "RIVER_BARRIERS": dock.riverBarriersCombo, "COASTLINE": dock.coastlineCombo,
              "NIGHT_LIGHTS": dock.nightLightsCombo}
    for combo in combos.values():
        assert combo.currentLayer() is None  # optional: nothing chosen by default
        assert combo.allowEmptyLayer()
    # Filtered by geometry type: the polygon layer is not offered for streams, nor the lines for river barriers.
    offered = {key: [combo.layer(i) for i in range(combo.count())] for key, combo in combos.items()}
    assert layers["STREAMS"] in offered["STREAMS"] and layers["FLOODPLAIN"] not in offered["STREAMS"]
    assert layers["FLOODPLAIN"] in offered["FLOODPLAIN"] and layers["STREAMS"] not in offered["FLOODPLAIN"]
    assert layers["RIVER_BARRIERS"] in offered["RIVER_BARRIERS"] and layers["STREAMS"] not in offered["RIVER_BARRIERS"]
    assert layers["NIGHT_LIGHTS"] in offered["NIGHT_LIGHTS"] and corridors not in offered["NIGHT_LIGHTS"]
    dock.corridorsCombo.setLayer(corridors)
    assert not set(combos) & set(dock.parameters())
    for key, combo in combos.items():
        combo.setLayer(layers[key])
    params = dock.parameters()
    for key, layer in layers.items():
        assert params[key] == layer.id()
