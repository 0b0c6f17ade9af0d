"""The demo's restoration, crossings, network and climate steps (demo/restoration.py, network.py, climate.py): their
outputs under the panel's file names in the run folder, styled layers in the run group, and summary lines that say
what the files hold. (The figures themselves are checked against independent references in test_exercise.py.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from qgis.core import (
    QgsProcessingFeedback,
    QgsProject,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from shapely import wkb as shapely_wkb

from tests.conftest import registered_provider

PANEL_FILES = ["restoration_score.tif", "restoration_area.tif", "restoration_radius.tif", "restoration_sites.gpkg",
               "crossings.gpkg", "network_cores.gpkg", "network_links.gpkg", "network_summary.gpkg"]


@pytest.fixture(scope="module")
def demo_steps(qgis_processing, tmp_path_factory):
    from ccsg_plugin.demo.climate import step_climate
    from ccsg_plugin.demo.corridors import step_least_cost_corridors
    from ccsg_plugin.demo.network import step_network
    from ccsg_plugin.demo.pinch import step_pinch_points
    from ccsg_plugin.demo.restoration import step_crossings, step_restoration
    from ccsg_plugin.gis import demo

    out = tmp_path_factory.mktemp("demo")
    project = QgsProject.instance()
    project.clear()
    data = demo.copy_demo_data(out / "data")
    demo.load_demo_layers(project, data)
    feedback = QgsProcessingFeedback()
    lines = {}
    with registered_provider():
        for step in (step_least_cost_corridors, step_pinch_points, step_restoration, step_crossings, step_network,
                     step_climate):
            lines[step.__name__] = step(project, data, out, feedback)
    yield project, out, data, lines
    project.clear()


def _group_layers(project):
    from ccsg_plugin.demo.corridors import GROUP

    group = project.layerTreeRoot().findGroup(GROUP)
    return {Path(n.layer().source().split("|")[0]).name: n.layer() for n in group.findLayers()}


def _features(path):
    return list(QgsVectorLayer(str(path), "layer", "ogr").getFeatures())


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def test_outputs_use_the_panel_file_names_and_are_styled_in_the_run_group(demo_steps):
    project, out, _data, _lines = demo_steps
    layers = _group_layers(project)
    for name in PANEL_FILES:
        assert (out / "corridors" / name).is_file(), name
        assert name in layers and layers[name].isValid(), name
    for name in ("restoration_score.tif", "restoration_area.tif", "restoration_radius.tif"):
        assert isinstance(layers[name].renderer(), QgsSingleBandPseudoColorRenderer), name
    for name in ("restoration_sites.gpkg", "crossings.gpkg", "network_links.gpkg"):
        assert not isinstance(layers[name].renderer(), QgsSingleSymbolRenderer), f"{name} keeps QGIS's default style"
    assert layers["network_cores.gpkg"].renderer().symbol().symbolLayerCount() == 2  # the fill and the dPC circle
    assert "climate_least_cost_paths.gpkg" in layers and "climate_corridors.tif" in layers


def test_restoration_line_names_site_one(demo_steps):
    _project, out, _data, lines = demo_steps
    top = min(_features(out / "corridors" / "restoration_sites.gpkg"), key=lambda f: f["rank"])
    line = next(x for x in lines["step_restoration"] if x.startswith("Top restoration site"))
    pair, radius, score, gain = re.search(r"pair (\S+), radius ([\d,]+) m, score ([\d.]+), LCD gain ([\d,]+)",
                                          line).groups()
    assert pair == top["pair"] and _number(radius) == top["radius_m"]
    assert float(score) == pytest.approx(top["score"], abs=0.05)
    assert _number(gain) == pytest.approx(top["lcd_gain"], abs=0.5)


def test_crossings_line_names_the_worst_crossing_and_its_road(demo_steps):
    _project, out, data, lines = demo_steps
    found = _features(out / "corridors" / "crossings.gpkg")
    worst = min(found, key=lambda f: f["rank"])
    assert any(f["current"] is not None and f["current"] > 0 for f in found), "the pinch-point current was not used"
    roads = _features(f"{data / 'demo_roads.gpkg'}|layername=roads")
    point = shapely_wkb.loads(bytes(worst.geometry().asWkb()))
    nearest = min(roads, key=lambda f: shapely_wkb.loads(bytes(f.geometry().asWkb())).distance(point))
    line = next(x for x in lines["step_crossings"] if x.startswith("Worst crossing"))
    road, pair, severance, gain = re.search(r"Worst crossing: (.+) on pair (\S+), severance cost ([\d,]+), a crossing "
                                            r"structure there wins back ([\d,]+)", line).groups()
    assert road == nearest["name"] and pair == worst["pair"]
    assert _number(severance) == pytest.approx(worst["severance_cost"], abs=0.5)
    assert _number(gain) == pytest.approx(worst["keep_open_gain"], abs=0.5)


def test_network_lines_report_both_summaries(demo_steps):
    _project, out, _data, lines = demo_steps
    found = [re.search(r"PC ([\d.]+), EC ([\d,]+) ha, IIC ([\d.]+)", x).groups() for x in lines["step_network"]]
    for (pc, ec, iic), name in zip(found, ("network_euclidean_summary.gpkg", "network_summary.gpkg")):
        summary = _features(out / "corridors" / name)[0]
        assert float(pc) == pytest.approx(summary["PC"], abs=5e-4) and float(iic) == pytest.approx(summary["IIC"],
                                                                                                    abs=5e-4)
        assert _number(ec) == pytest.approx(summary["EC"], abs=0.5)
    cores = _features(out / "corridors" / "network_cores.gpkg")
    top = max(cores, key=lambda f: f["dPC"])
    assert f"core {top['core_id']} matters most (dPC {top['dPC']:.1f} %)" in lines["step_network"][1]


def test_climate_line_lists_the_linked_pairs(demo_steps):
    _project, out, _data, lines = demo_steps
    paths = _features(out / "corridors" / "climate" / "climate_least_cost_paths.gpkg")
    listed = re.findall(r"(\d+)-(\d+) ([\d.]+) C (\d+)%", lines["step_climate"][1])
    expected = sorted((f["core_a"], f["core_b"], f["climate_diff"], f["climate_cost_share"]) for f in paths)
    assert len(listed) == len(expected) >= 1
    for (a, b, diff, share), (ea, eb, ediff, eshare) in zip(listed, expected):
        assert (int(a), int(b)) == (ea, eb)
        assert float(diff) == pytest.approx(ediff, abs=0.05) and int(share) == round(100 * eshare)
    assert all(f["climate_diff"] > 1.0 for f in paths)  # the demo's threshold, 1 degree C
