"""The Rivers panel preselects its inputs by what the layers are (gis/layer_roles): barrier points by their
passability field, river lines from the same file, names (in the interface language) only last; roads are never
offered as rivers, nor a run's own river sections. Driven by opening the panel as a user does."""

from __future__ import annotations

import shutil

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from tests.conftest import process_deferred_deletes
from tests.qgis.lcp_helpers import memory_layer
from tests.qgis.test_i18n import compiled_qm  # noqa: F401 - the fixture: the committed translations, compiled

CRS = "EPSG:32633"


def _open(plugin):
    next(a for a in plugin.actions if a.objectName() == "CcsgRiversDockAction").trigger()
    return plugin.docks["CcsgRiversDock"]


def _demo_rivers(demo_dir, tmp_path) -> tuple[QgsVectorLayer, QgsVectorLayer]:
    """The demo's lines and barrier points, under names that say nothing: only the passability field and the
    shared file can pick them."""
    path = tmp_path / "demo_rivers.gpkg"
    shutil.copy(demo_dir / "demo_rivers.gpkg", path)
    return (QgsVectorLayer(f"{path}|layername=rivers", "hydro lines", "ogr"),
            QgsVectorLayer(f"{path}|layername=barriers", "hydro points", "ogr"))


def _decoys() -> list:
    """What a corridor project also holds: a road (lines), towns (points), and an earlier river run's sections
    (lines) and barrier priorities (points that keep the passability field, as the demo project has them)."""
    road = memory_layer("LineString", CRS, [("LINESTRING(0 0, 10 0)", [1])], "id:integer", "Highway 1")
    towns = memory_layer("Point", CRS, [("POINT(1 1)", [1])], "id:integer", "Towns")
    sections = memory_layer("LineString", CRS, [("LINESTRING(0 0, 5 0)", [0.5])], "c_outlet:double",
                            "River sections")
    priorities = memory_layer("Point", CRS, [("POINT(2 1)", [0.5, 3.2])], "passability:double,dDCI_p:double",
                              "Barrier priorities")
    return [road, towns, sections, priorities]


def test_the_river_network_is_picked_among_roads_towns_and_results(plugin, demo_dir, tmp_path):
    rivers, barriers = _demo_rivers(demo_dir, tmp_path)
    assert rivers.isValid() and barriers.isValid()
    QgsProject.instance().addMapLayers([rivers, barriers, *_decoys()])  # the decoys end up above them
    dock = _open(plugin)
    assert dock.barriersCombo.currentLayer() is barriers
    assert dock.riversCombo.currentLayer() is rivers
    assert dock.passabilityFieldCombo.currentField() == "passability"


def test_without_a_river_network_the_combos_stay_empty_and_run_says_what_to_choose(plugin):
    QgsProject.instance().addMapLayers(_decoys())
    dock = _open(plugin)
    assert dock.riversCombo.currentLayer() is None and dock.barriersCombo.currentLayer() is None
    dock.runButton.click()
    assert not dock.is_running()
    assert "Choose the river lines layer" in dock.statusLabel.text()


def test_layers_added_after_the_panel_opened_are_picked_and_a_choice_is_kept(plugin, demo_dir, tmp_path):
    project = QgsProject.instance()
    project.addMapLayers(_decoys())
    dock = _open(plugin)
    rivers, barriers = _demo_rivers(demo_dir, tmp_path)
    project.addMapLayers([rivers, barriers])
    assert dock.riversCombo.currentLayer() is rivers and dock.barriersCombo.currentLayer() is barriers
    mine = memory_layer("LineString", CRS, [("LINESTRING(0 0, 10 0)", [1])], "id:integer", "my river lines")
    project.addMapLayer(mine)
    dock.riversCombo.setLayer(mine)  # the user's choice
    project.addMapLayer(memory_layer("Point", CRS, [("POINT(2 2)", [1])], "id:integer", "Villages"))
    assert dock.riversCombo.currentLayer() is mine  # a layer of another kind added later changes nothing


@pytest.mark.parametrize("code, name", [("es", "Ríos principales"), ("fr", "Rivières"), ("pt_PT", "Rios")])
def test_a_river_layer_named_in_the_interface_language(code, name, iface, qgis_processing, qgis_new_project,
                                                         compiled_qm, ui_locale):  # noqa: F811
    import ccsg_plugin

    ui_locale(code)
    plugin = ccsg_plugin.classFactory(iface)
    plugin.initGui()
    try:
        lines = memory_layer("LineString", CRS, [("LINESTRING(0 0, 10 0)", [1])], "id:integer", name)
        QgsProject.instance().addMapLayers([lines, *_decoys()])
        assert _open(plugin).riversCombo.currentLayer() is lines
    finally:
        plugin.unload()
        process_deferred_deletes()  # its actions go now, not under a later test's findChild
