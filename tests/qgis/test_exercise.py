"""The 45-minute workshop exercise (resources/help/<lang>/exercise.html) works on the demo as the page says.

The steps run through the plugin's own pieces (the Load demo project action, the Processing algorithms behind the
panels and the corridor store behind the designer), with the geometry a participant would draw: a 3 km wide
corridor from core 5 to core 6, pinched to 1 km halfway, then widened.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsApplication, QgsGeometry, QgsProject, QgsVectorLayer
from shapely import wkb as shapely_wkb
from shapely.geometry import LineString
from shapely.ops import nearest_points, substring

from tests.qgis.analysis_helpers import spin

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


# ----- Steps 3c-3f: restoration priorities, infrastructure crossings, network, climate gradient (optional) ---------
# The exercise's figures, as the English page writes them; EXERCISE_FIGURES lists where each must appear in every
# language, and each test below recomputes the figure with its own reference (tests/qgis/exercise_refs.py).
RADII = (1000.0, 3000.0, 1000.0)  # minimum, maximum, step (m), as step 3c sets them
TOP_SITE = {"pair": (2, 3), "radius": 1000.0, "lcd_gain": 42000.0, "lcd": 49600.0, "share_above": 0.8}
WORST_CROSSING = {"road": "Highway 1 (synthetic)", "pair": (1, 5), "severance": 139000.0, "lcd": 71400.0,
                  "lcd_burned": 210400.0}
NETWORK = {"dispersal": 50000.0, "probability": 0.5, "pc": 0.56, "ec": 164600.0, "total_area": 219200.0,
           "top_cores": ((6, 43.0), (5, 40.0))}
CLIMATE = {"threshold": 1.0, "cost": 10000.0, "linked": {(1, 2), (1, 4), (2, 4), (3, 5), (3, 6)},
           "similar": ((5, 6), 0.1), "top_share": ((3, 5), 20.0)}
# (value, decimals): each is written in the page of every language with that many decimals
EXERCISE_FIGURES = [(1000, 0), (3000, 0), (42000, 0), (49600, 0), (139000, 0), (71400, 0), (210400, 0),
                    (50000, 0), (0.5, 1), (0.56, 2), (164600, 0), (219200, 0), (43, 0), (40, 0), (10000, 0),
                    (0.1, 1), (20, 0)]


def _figure(value: float, decimals: int, lang: str) -> str:
    text = f"{value:,.{decimals}f}"
    return text if lang == "en" else text.replace(",", " ").replace(".", ",")


def _near(value: float, stated: float, unit: float) -> bool:
    """The page states ``stated``: the value rounded to ``unit`` (its last digit)."""
    return abs(value - stated) <= unit / 2


def test_every_language_states_the_same_figures():
    import re

    from ccsg_plugin import help_pages, paths

    for lang in help_pages.LANGUAGES:
        html = (paths.help_dir() / lang / "exercise.html").read_text(encoding="utf-8")
        text = re.sub(r"[\u00a0\u202f]", " ", re.sub(r"<[^>]+>", "", html))
        missing = [_figure(v, d, lang) for v, d in EXERCISE_FIGURES if _figure(v, d, lang) not in text]
        assert not missing, f"{lang}/exercise.html lacks {missing}"


@pytest.fixture(scope="module")
def exercise_runs(qgis_processing, tmp_path_factory):
    """Steps 3-3f as the participant runs them, on a copy of the demo data: the outputs' paths."""
    from qgis import processing

    from ccsg_plugin.gis import demo
    from tests.conftest import registered_provider

    tmp = tmp_path_factory.mktemp("exercise")
    data = demo.copy_demo_data(tmp / "data")
    cores, resistance = str(data / demo.CORES_FILE), str(data / demo.RESISTANCE_FILE)
    common = {"CORES": cores, "CORE_ID_FIELD": "core_id", "RESISTANCE": resistance, "NEIGHBOURS": 8,
              "MAX_EUCLIDEAN_DISTANCE": 0, "WIDTH_CUTOFF": 200000, "DROP_VIA_CORE": True}
    roads = QgsVectorLayer(f"{data / 'demo_roads.gpkg'}|layername=roads", "roads", "ogr")
    underpass = QgsVectorLayer(f"{data / 'demo_roads.gpkg'}|layername=crossings", "crossings", "ogr")
    out = {"data": data, "folder": str(tmp / "run" / "cost_distance")}
    with registered_provider():
        run = processing.run("ccsg:leastcostcorridors", dict(common, **{
            "OUTPUT_CWD_FOLDER": out["folder"], "OUTPUT_CORRIDORS": str(tmp / "corridors.tif"),
            "OUTPUT_PATHS": str(tmp / "paths.gpkg"), "OUTPUT_POLYGONS": str(tmp / "polygons.gpkg")}))
        out["paths"] = run["OUTPUT_PATHS"]
        out["sites"] = processing.run("ccsg:barriers", {
            "RUN_FOLDER": out["folder"], "RADIUS_MIN": RADII[0], "RADIUS_MAX": RADII[1], "RADIUS_STEP": RADII[2],
            "COMBINE": 0, "PERCENT": False, "OUTPUT_CENTRES": str(tmp / "restoration_score.tif"),
            "OUTPUT_CIRCLES": str(tmp / "restoration_area.tif"), "OUTPUT_RADIUS": str(tmp / "restoration_radius.tif"),
            "OUTPUT_SITES": str(tmp / "restoration_sites.gpkg")})["OUTPUT_SITES"]
        pinch = processing.run("ccsg:pinchpoints", {
            "RUN_FOLDER": out["folder"], "CUTOFF": 10000.0, "OUTPUT_PINCHPOINTS": str(tmp / "pinch_points.tif"),
            "OUTPUT_LINKS": str(tmp / "pinch_point_links.gpkg")})
        out["crossings"] = processing.run("ccsg:crossings", {
            "INFRASTRUCTURE": roads, "RESISTANCE_FIELD": "resistance_add", "RUN_FOLDER": out["folder"],
            "CROSSINGS": underpass, "CURRENT": pinch["OUTPUT_PINCHPOINTS"],
            "OUTPUT": str(tmp / "crossings.gpkg")})["OUTPUT"]
        out["network"] = processing.run("ccsg:networkmetrics", {
            "CORES": cores, "CORE_ID_FIELD": "core_id", "DISTANCE": 1, "PATHS": out["paths"],
            "DISPERSAL_DISTANCE": NETWORK["dispersal"], "PROBABILITY": NETWORK["probability"],
            "THRESHOLD": NETWORK["dispersal"], "OUTPUT_CORES": str(tmp / "network_cores.gpkg"),
            "OUTPUT_LINKS": str(tmp / "network_links.gpkg"), "OUTPUT_SUMMARY": str(tmp / "network_summary.gpkg")})
        climate = processing.run("ccsg:leastcostcorridors", dict(common, **{
            "CLIMATE": str(data / "lm_climate.tif"), "CLIMATE_THRESHOLD": CLIMATE["threshold"],
            "CLIMATE_COST": CLIMATE["cost"], "OUTPUT_CORRIDORS": str(tmp / "climate_corridors.tif"),
            "OUTPUT_PATHS": str(tmp / "climate_paths.gpkg"), "OUTPUT_POLYGONS": str(tmp / "climate_polygons.gpkg")}))
        out["climate_paths"], out["climate_dropped"] = climate["OUTPUT_PATHS"], climate["PAIRS_DROPPED"]
    return out


@pytest.fixture(scope="module")
def reference(exercise_runs):
    """The demo grid, the core cells and every core's cost distance, computed by the test's own Dijkstra."""
    from tests.qgis import exercise_refs as refs

    data = exercise_runs["data"]
    grid = refs.Grid(data / "lm_resistances.tif")
    masks = refs.core_masks(grid, data / "lm_cores.shp")
    costs = {k: refs.cost_distance(grid.values, m, grid.dx, grid.dy) for k, m in masks.items()}
    return grid, masks, costs


def _features(path):
    return list(QgsVectorLayer(str(path), "layer", "ogr").getFeatures())


def _linked(paths) -> list:
    return sorted((int(f["core_a"]), int(f["core_b"])) for f in _features(paths))


def test_step_3c_restoration_top_site(exercise_runs, reference):
    """Barrier Mapper by brute force: every cell, linked pair and radius; the best is the exercise's site 1."""
    from tests.qgis import exercise_refs as refs

    grid, masks, costs = reference
    radii = [RADII[0] + k * RADII[2] for k in range(int((RADII[1] - RADII[0]) / RADII[2]) + 1)]
    best = (-np.inf, None, None, None)
    for radius in radii:
        ring = refs.ring_offsets(radius, grid.dx, grid.dy)
        focal = {k: refs.ring_min(c, ring) for k, c in costs.items()}
        for a, b in _linked(exercise_runs["paths"]):
            score = (refs.lcd(costs[a], masks[b]) - focal[a] - focal[b] - 2 * radius) / (2 * radius)
            score[~np.isfinite(grid.values)] = -np.inf
            cell = np.unravel_index(np.argmax(score), score.shape)
            if score[cell] > best[0]:
                best = (float(score[cell]), (a, b), radius, cell)
    score, pair, radius, cell = best
    site = min(_features(exercise_runs["sites"]), key=lambda f: f["rank"])
    assert site["rank"] == 1 and site["pair"] == f"{pair[0]}-{pair[1]}" and site["radius_m"] == radius
    assert site["score"] == pytest.approx(score, rel=1e-6)
    point = site.geometry().asPoint()
    assert grid.cell_of(point.x(), point.y()) == cell
    lcd = refs.lcd(costs[pair[0]], masks[pair[1]])
    gain = score * 2 * radius
    assert pair == TOP_SITE["pair"] and radius == TOP_SITE["radius"]
    assert _near(gain, TOP_SITE["lcd_gain"], 1000) and _near(lcd, TOP_SITE["lcd"], 100)
    assert gain / lcd > TOP_SITE["share_above"]


def test_step_3d_worst_crossing(exercise_runs, reference):
    """The roads burned into the resistance (the plugin's rasterising, tested in test_demo_roads) and the pair run
    again by the test's own Dijkstra; the least-cost path crosses the roads once, at the worst crossing."""
    from qgis.core import QgsGeometry, QgsRasterLayer
    from shapely import wkb as shp_wkb

    from ccsg_plugin.gis import raster_io
    from ccsg_plugin.gis.restoration_inputs import crossing_cells, infrastructure_cells
    from tests.qgis import exercise_refs as refs

    grid, masks, costs = reference
    data = exercise_runs["data"]
    roads = QgsVectorLayer(f"{data / 'demo_roads.gpkg'}|layername=roads", "roads", "ogr")
    underpass = QgsVectorLayer(f"{data / 'demo_roads.gpkg'}|layername=crossings", "crossings", "ogr")
    plugin_grid = raster_io.read_band(QgsRasterLayer(str(data / "lm_resistances.tif"), "r")).grid
    added, _ = infrastructure_cells(roads, "resistance_add", plugin_grid)
    open_cells, _, _ = crossing_cells(underpass, added, plugin_grid)
    burned = grid.values.copy()
    infra = (added > 0) & ~open_cells
    burned[infra] += added[infra]

    worst = min(_features(exercise_runs["crossings"]), key=lambda f: f["rank"])
    a, b = WORST_CROSSING["pair"]
    assert worst["pair"] == f"{a}-{b}"
    lcd = refs.lcd(costs[a], masks[b])
    lcd_burned = refs.lcd(refs.cost_distance(burned, masks[a], grid.dx, grid.dy), masks[b])
    assert worst["severance_cost"] == pytest.approx(lcd_burned - lcd, rel=1e-6)
    assert _near(lcd, WORST_CROSSING["lcd"], 100) and _near(lcd_burned, WORST_CROSSING["lcd_burned"], 100)
    assert _near(lcd_burned - lcd, WORST_CROSSING["severance"], 1000)
    # "A crossing structure there wins all of it back": the pair's least-cost path meets the roads only there.
    path = next(f for f in _features(exercise_runs["paths"]) if {int(f["core_a"]), int(f["core_b"])} == {a, b})
    line = shp_wkb.loads(bytes(path.geometry().asWkb()))
    met = [(f["name"], line.intersection(shp_wkb.loads(bytes(f.geometry().asWkb())))) for f in roads.getFeatures()]
    met = [(name, geom) for name, geom in met if not geom.is_empty]
    assert [name for name, _ in met] == [WORST_CROSSING["road"]] and met[0][1].geom_type == "Point"
    assert QgsGeometry.fromWkt(met[0][1].wkt).distance(worst.geometry()) <= 2 * grid.dx
    assert worst["keep_open_gain"] == pytest.approx(worst["severance_cost"], rel=1e-6)


def test_step_3e_network_indices(exercise_runs, reference):
    """PC, EC and dPC by enumerating every path between the six cores over the least-cost links."""
    from shapely import wkb as shp_wkb

    from tests.qgis import exercise_refs as refs

    grid, masks, costs = reference
    cores = QgsVectorLayer(str(exercise_runs["data"] / "lm_cores.shp"), "cores", "ogr")
    ids = sorted(int(f["core_id"]) for f in cores.getFeatures())
    area = {int(f["core_id"]): shp_wkb.loads(bytes(f.geometry().asWkb())).area / 10000 for f in cores.getFeatures()}
    areas = np.array([area[k] for k in ids])
    k = -np.log(NETWORK["probability"]) / NETWORK["dispersal"]
    probability = {frozenset((ids.index(a), ids.index(b))): np.exp(-k * refs.lcd(costs[a], masks[b]))
                   for a, b in _linked(exercise_runs["paths"])}
    whole = refs.pc_numerator(areas, probability)
    pc, ec = whole / areas.sum() ** 2, np.sqrt(whole)
    summary = _features(exercise_runs["network"]["OUTPUT_SUMMARY"])[0]
    assert summary["PC"] == pytest.approx(pc, rel=1e-4) and summary["EC"] == pytest.approx(ec, rel=1e-4)
    assert _near(pc, NETWORK["pc"], 0.01) and _near(ec, NETWORK["ec"], 100)
    assert _near(areas.sum(), NETWORK["total_area"], 100)
    assert _near(ec / areas.sum(), 0.75, 0.02)  # "one connected core of about three quarters of its area"
    dpc = {core: 100 * (whole - refs.pc_numerator(areas, probability, ids.index(core))) / whole for core in ids}
    ranked = sorted(dpc, key=dpc.get, reverse=True)
    for (core, stated), top in zip(NETWORK["top_cores"], ranked):
        assert core == top and _near(dpc[core], stated, 1)
    written = {int(f["core_id"]): f["dPC"] for f in _features(exercise_runs["network"]["OUTPUT_CORES"])}
    assert written == pytest.approx(dpc, rel=1e-4)


def test_step_3f_climate_links(exercise_runs, reference):
    """Core climates (mean - 2 SD) from the raster; the climate share of each path summed cell by cell along it."""
    from tests.qgis import exercise_refs as refs

    grid, masks, _costs = reference
    climate = refs.Grid(exercise_runs["data"] / "lm_climate.tif").values
    own = {k: refs.core_climate(climate, m) for k, m in masks.items()}
    differs = {(a, b) for a in own for b in own if a < b and abs(own[a] - own[b]) > CLIMATE["threshold"]}
    linked = _linked(exercise_runs["climate_paths"])
    assert set(linked) == CLIMATE["linked"] and CLIMATE["linked"] <= differs
    assert len(differs) - len(linked) == exercise_runs["climate_dropped"]  # the rest pass through a third core
    (a, b), stated = CLIMATE["similar"]
    assert _near(abs(own[a] - own[b]), stated, 0.1) and (a, b) not in differs
    shares = {}
    for feature in _features(exercise_runs["climate_paths"]):
        cells = [grid.cell_of(p.x(), p.y()) for p in feature.geometry().asPolyline()]
        resistance_part = sum((grid.values[c] + grid.values[d]) / 2 * grid.dx * np.hypot(c[0] - d[0], c[1] - d[1])
                              for c, d in zip(cells, cells[1:]))
        climate_part = sum(CLIMATE["cost"] * abs(climate[c] - climate[d]) for c, d in zip(cells, cells[1:]))
        assert feature["lcd"] == pytest.approx(resistance_part + climate_part, rel=1e-6)
        shares[(int(feature["core_a"]), int(feature["core_b"]))] = 100 * climate_part / feature["lcd"]
        assert feature["climate_cost_share"] == pytest.approx(climate_part / feature["lcd"], rel=1e-6)
    pair, stated = CLIMATE["top_share"]
    assert max(shares, key=shares.get) == pair and _near(shares[pair], stated, 1)


def test_exercise_rivers_step(demo_project):
    """Step 9 (rivers): the Rivers panel on the demo's synthetic rivers shows what every language's page says, and
    each number on the pages equals an independent DCI computed in tests/qgis/test_demo_rivers.py."""
    import re

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
        # as the other steps: decimal commas outside English (the panel itself prints a point)
        local = stated if lang == "en" else {x.replace(".", ",") for x in stated}
        assert set(re.findall(r"\d+[.,]\d+", section)) == local, lang
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
        assert spin(lambda: not dock.is_running(), 120)
        text = dock.resultLabel.text()
        assert f"DCI_p {dci_p:.2f}, DCI_d {dci_d:.2f}" in text and f"{sections} sections" in text, text
        assert f"feature {top_p + 1} (+{gains[top_p][0]:.2f} DCI_p points)" in text
    finally:
        dock.shutdown()
        dock.deleteLater()
