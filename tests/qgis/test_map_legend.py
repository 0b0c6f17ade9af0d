"""The map image's legend (gis/render.py) lists the layers the map draws: a layer switched off in the layer tree, and
a group left with none, are not in it; visible layers keep their order."""

from __future__ import annotations

from qgis.core import QgsLayoutItemLegend, QgsPrintLayout, QgsProject, QgsVectorLayer


def _layer(name: str) -> QgsVectorLayer:
    layer = QgsVectorLayer("Point?crs=EPSG:3857", name, "memory")
    assert layer.isValid()
    return layer


def test_legend_leaves_out_switched_off_layers_and_empty_groups(qgis_new_project):
    from ccsg_plugin.gis.render import legend_of_visible_layers

    project = QgsProject.instance()
    root = project.layerTreeRoot()
    shown, hidden, alone = _layer("shown"), _layer("hidden"), _layer("alone")
    results = root.addGroup("results")
    others = root.addGroup("others")
    for group, layer in ((results, shown), (results, hidden), (others, alone)):
        project.addMapLayer(layer, False)
        group.addLayer(layer)
    results.findLayer(hidden.id()).setItemVisibilityChecked(False)
    others.findLayer(alone.id()).setItemVisibilityChecked(False)
    top = _layer("top")
    project.addMapLayer(top)  # at the root, visible

    layout = QgsPrintLayout(project)  # owns the legend: kept alive for the whole test
    legend = QgsLayoutItemLegend(layout)
    layout.addLayoutItem(legend)
    legend_of_visible_layers(legend, project)
    tree = legend.model().rootGroup()
    order = [n.name() for n in root.children()]  # QGIS puts the added layer on top of the tree
    assert [n.name() for n in tree.children()] == [name for name in order if name != "others"]
    assert {n.layerId() for n in tree.findLayers()} == {shown.id(), top.id()}
    # The project's own tree is untouched.
    assert {n.layerId() for n in root.findLayers()} == {shown.id(), hidden.id(), alone.id(), top.id()}
    assert not results.findLayer(hidden.id()).isVisible()
