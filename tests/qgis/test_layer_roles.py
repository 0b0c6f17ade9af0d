"""Which layer the panels preselect for each role: what the layers are first, names only last (a Spanish project
called its cores "Áreas núcleo" and the check took them for the corridors)."""

from __future__ import annotations

from qgis.core import QgsField, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from ccsg_plugin.gis import corridor_store, layer_roles
from tests.qgis import check_fixtures as fx


def _polygons(name: str, fields: str = "") -> QgsVectorLayer:
    return QgsVectorLayer(f"Polygon?crs={fx.CRS}{fields}", name, "memory")


def test_the_remembered_store_and_its_cores_win_over_look_alikes(qgis_new_project, tmp_path):
    project = QgsProject.instance()
    cores = _polygons("Áreas núcleo", "&field=core_id:integer")
    decoy_cores = _polygons("core areas (old)", "&field=core_id:integer")  # on top, named in English, has core_id
    store_layer = corridor_store.create_or_open(tmp_path / "candidate_corridors.gpkg", project.crs()
                                                if project.crs().isValid() else cores.crs())
    store_layer.setName("Corredores candidatos")
    copy = fx.corridors_layer([("c", fx.rectangle(500), fx.FULL_ATTRIBUTES)], name="corridor copy")  # same fields
    project.addMapLayers([decoy_cores, copy, store_layer, cores])
    # The store's table wins over a layer with the same fields above it, even before the project remembers it.
    assert layer_roles.corridors_layer(project) is store_layer
    assert layer_roles.cores_layer(project) is decoy_cores  # nothing remembered: the top layer with core_id
    corridor_store.remember(project, corridor_store.CorridorStore(store_layer, cores, "core_id"))
    assert layer_roles.corridors_layer(project) is store_layer
    assert layer_roles.cores_layer(project) is cores  # the store's own cores


def test_layers_marked_by_the_plugin_win_over_names(qgis_new_project, tmp_path):
    project = QgsProject.instance()
    named = _polygons("cores")  # the English name, no id field
    marked = _polygons("Zones cœurs")
    layer_roles.mark(marked, layer_roles.CORES)
    tif = fx.resistance_tif(tmp_path / "r.tif")
    old = QgsRasterLayer(str(tif), "resistance (old run)")
    resistance = QgsRasterLayer(str(tif), "Résistance")
    layer_roles.mark(resistance, layer_roles.RESISTANCE)
    project.addMapLayers([named, marked, old, resistance])
    assert layer_roles.cores_layer(project) is marked
    assert layer_roles.resistance_layer(project) is resistance
    assert layer_roles.corridors_layer(project) is None  # neither is a corridor layer


def test_without_marks_fields_then_names(qgis_new_project, tmp_path):
    project = QgsProject.instance()
    with_id = _polygons("Protected areas", "&field=core_id:integer")
    named = _polygons("core areas")
    result = fx.corridors_layer([("c", fx.rectangle(500), fx.FULL_ATTRIBUTES)], name="Guideline check: corridors")
    result.dataProvider().addAttributes([QgsField("check_details", QVariant.String)])
    result.updateFields()
    project.addMapLayers([named, with_id, result])
    assert layer_roles.cores_layer(project) is with_id
    assert layer_roles.corridors_layer(project) is None  # a check result is never the corridors to check
    raster = QgsRasterLayer(str(fx.resistance_tif(tmp_path / "r.tif")), "Resistance surface")
    project.addMapLayer(raster)
    assert layer_roles.resistance_layer(project) is raster
