"""The 45-minute workshop exercise (resources/help/<lang>/exercise.html) works on the demo as the page says.

The steps run through the plugin's own pieces (the Load demo project action, the Processing algorithms behind the
panels and the corridor store behind the designer), with the geometry a participant would draw: a 3 km wide
corridor from core 5 to core 6, pinched to 1 km halfway, then widened.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsGeometry, QgsProject, QgsVectorLayer
from shapely import wkb as shapely_wkb
from shapely.geometry import LineString
from shapely.ops import nearest_points, substring

WIDE, NECK = 3000.0, 1000.0
ATTRIBUTES = {
    "name": "Corridor 5-6",
    "objective_connectivity": "Keep deer moving between cores 5 and 6",
    "governance_type": "B",
    "governance_authority": "Workshop partnership",
    "management_plan": "Workshop plan 2026",
    "legal_mechanism": "conservation easement/covenant",
    "commitment_duration": "permanent",
    "monitoring_plan": "Camera traps",
    "indicators": "detections per 100 trap-nights",
    "realm": "terrestrial",
}


@pytest.fixture
def demo_project(plugin):
    """Step 1: CCSG Corridors > Load demo project."""
    next(a for a in plugin.actions if a.objectName() == "CcsgLoadDemoAction").trigger()
    project = QgsProject.instance()
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    return project, layers["Core areas"], layers["Resistance"]


def _cores(cores_layer) -> dict:
    return {str(f["core_id"]): shapely_wkb.loads(bytes(f.geometry().asWkb())) for f in cores_layer.getFeatures()}


def _corridor(cores: dict, neck: float | None):
    """From 1 km inside core 5 to 1 km inside core 6, WIDE wide; with neck, pinched to that width over 1 km."""
    a, b = nearest_points(cores["5"], cores["6"])
    ux, uy = (b.x - a.x) / a.distance(b), (b.y - a.y) / a.distance(b)
    line = LineString([(a.x - 1000 * ux, a.y - 1000 * uy), (b.x + 1000 * ux, b.y + 1000 * uy)])
    band = line.buffer(WIDE / 2, cap_style=2)
    if neck is None:
        return band
    middle = substring(line, line.length / 2 - 500, line.length / 2 + 500).buffer(WIDE, cap_style=2)
    return band.difference(middle.difference(line.buffer(neck / 2, cap_style=2)))


def _check(store_layer, cores_layer, tmp_path, name):
    from qgis import processing

    result = processing.run("ccsg:checkcorridors", {
        "CORRIDORS": store_layer, "PROFILE": "terrestrial_multispecies", "CORES": cores_layer,
        "OUTPUT": str(tmp_path / f"{name}.gpkg"), "REPORT": str(tmp_path / f"{name}.html"),
    })
    checked = QgsVectorLayer(result["OUTPUT"], name, "ogr")
    assert checked.isValid()
    return next(checked.getFeatures()), result["REPORT"]


def test_exercise_steps_on_the_demo(demo_project, tmp_path):
    from qgis import processing

    from ccsg_plugin.gis import corridor_store

    project, cores_layer, resistance = demo_project
    assert QgsApplication.processingRegistry().providerById("ccsg") is not None

    # Steps 2-3: resistance raster and core areas as loaded; least-cost corridors with a path between 5 and 6.
    run = processing.run("ccsg:leastcostcorridors", {
        "CORES": cores_layer, "CORE_ID_FIELD": "core_id", "RESISTANCE": resistance, "NEIGHBOURS": 8,
        "MAX_EUCLIDEAN_DISTANCE": 0, "WIDTH_CUTOFF": 200000, "DROP_VIA_CORE": True,
        "OUTPUT_CORRIDORS": str(tmp_path / "corridors.tif"), "OUTPUT_PATHS": str(tmp_path / "paths.gpkg"),
        "OUTPUT_POLYGONS": str(tmp_path / "polygons.gpkg"),
    })
    paths = QgsVectorLayer(run["OUTPUT_PATHS"], "paths", "ogr")
    pairs = {frozenset((str(f["core_a"]), str(f["core_b"]))) for f in paths.getFeatures()}
    linked = sorted(map(sorted, pairs))
    assert frozenset(("5", "6")) in pairs, f"the exercise picks the 5-6 path; pairs linked: {linked}"

    # Step 4: a store next to the project and the corridor with its narrow neck.
    cores = _cores(cores_layer)
    layer = corridor_store.create_or_open(tmp_path / "candidate_corridors.gpkg", project.crs())
    store = corridor_store.CorridorStore(layer, cores_layer, "core_id")
    store.attach()
    try:
        layer.startEditing()
        store.add_feature(store.new_feature(QgsGeometry.fromWkt(_corridor(cores, NECK).wkt), dict(ATTRIBUTES)))
        assert store.commit()
        feature = next(layer.getFeatures())
        assert feature["min_width_m"] == pytest.approx(NECK, rel=0.05)

        # Step 5: the check flags the minimum width (below the profile's 2 km) and the corridor warns or fails.
        checked, _ = _check(layer, cores_layer, tmp_path, "first")
        assert checked["min_width_status"] == "fail"
        assert checked["overall_status"] in ("warn", "fail")

        # Step 6: widen the neck (the vertex tool's result) and save: the minimum width is recomputed.
        layer.startEditing()
        layer.changeGeometry(feature.id(), QgsGeometry.fromWkt(_corridor(cores, None).wkt))
        assert store.commit()
        assert next(layer.getFeatures())["min_width_m"] == pytest.approx(WIDE, rel=0.05)
    finally:
        store.detach()

    # Steps 7-8: checked again, width and pinch points pass; the report is a local HTML file.
    checked, report = _check(layer, cores_layer, tmp_path, "second")
    assert checked["min_width_status"] == "pass" and checked["pinch_points_status"] == "pass"
    text = Path(report).read_text(encoding="utf-8")
    assert "Corridor 5-6" in text and "http://" not in text.replace("http://www.w3.org", "")


def test_exercise_rivers_step(demo_project):
    """Step 9 (rivers): the Rivers panel on the demo's synthetic rivers shows what every language's page says, and
    each number on the pages equals an independent DCI computed in tests/qgis/test_demo_rivers.py."""
    import re
    import time

    from qgis.PyQt.QtCore import QCoreApplication

    from ccsg_plugin import paths
    from ccsg_plugin.gui.rivers_dock import RiversDock
    from tests.qgis.test_demo_rivers import read, reference

    project, _cores_layer, _resistance = demo_project
    data = Path(project.absolutePath()) / "data"
    gpkg = data / "demo_rivers.gpkg"
    assert gpkg.exists(), "the page sends participants to the data folder beside the demo project"
    lines, barriers = read(gpkg)
    dci_p, dci_d, sections, total = reference(lines, barriers)
    gains = [[a - b for a, b in zip(reference(lines, barriers, opened=k)[:2], (dci_p, dci_d))]
             for k in range(len(barriers))]
    top_p = max(range(len(barriers)), key=lambda k: gains[k][0])
    top_d = max(range(len(barriers)), key=lambda k: gains[k][1])
    stated = {f"{dci_p:.2f}", f"{dci_d:.2f}", f"{gains[top_p][0]:.2f}", f"{gains[top_d][1]:.2f}",
              f"{gains[top_d][0]:.2f}", f"{barriers[top_p][2]:g}", f"{barriers[top_d][2]:g}"}
    for lang in ("en", "es", "fr", "pt"):
        page = (paths.help_dir() / lang / "exercise.html").read_text(encoding="utf-8")
        section = " ".join(re.sub(r"<[^>]+>", "", page[page.index('id="rivers"'):page.index("</main>")]).split())
        assert set(re.findall(r"\d+\.\d+", section)) == stated, lang
        assert f"{total / 1000:.0f} km" in section and f" {sections} " in section, lang
        # features are numbered as the layer's ids: 1 and 2 are the first two barriers of demo_rivers.gpkg
        assert {f" {top_p + 1}, ", f" {top_d + 1}, "} <= set(re.findall(r" \d, ", section)), lang
    # the panel, as the step says: the two layers, the guessed passability field, Run
    rivers = QgsVectorLayer(f"{gpkg}|layername=rivers", "rivers", "ogr")
    barrier_layer = QgsVectorLayer(f"{gpkg}|layername=barriers", "barriers", "ogr")
    project.addMapLayers([rivers, barrier_layer])
    dock = RiversDock(None)
    try:
        dock.riversCombo.setLayer(rivers)
        dock.barriersCombo.setLayer(barrier_layer)
        assert dock.passabilityFieldCombo.currentField() == "passability" and dock.snapSpin.value() == 1.0
        dock.runButton.click()
        deadline = time.monotonic() + 120
        while dock.is_running():
            assert time.monotonic() < deadline
            QCoreApplication.processEvents()
            time.sleep(0.01)
        text = dock.resultLabel.text()
        assert f"DCI_p {dci_p:.2f}, DCI_d {dci_d:.2f}" in text and f"{sections} sections" in text, text
        assert f"feature {top_p + 1} (+{gains[top_p][0]:.2f} DCI_p points)" in text
    finally:
        dock.shutdown()
        dock.deleteLater()
