"""Which project layer plays which role (corridors, cores, resistance), so the panels preselect them.

Guessed from what the layers are, not from English words in their names (a Spanish project calls its cores
"Áreas núcleo"): first the corridor store and its cores as the project remembers them, then the role the plugin
wrote on the layers it created (a custom property), then the fields and geometry type, and names in the
interface language (then English) only last.
"""

from __future__ import annotations

from typing import Iterable, Optional

from qgis.core import QgsMapLayer, QgsProject, QgsRasterLayer, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP

from ccsg_plugin.core.corridor import schema
from ccsg_plugin.i18n import tr_data

ROLE_PROPERTY = "ccsg/role"  # layer custom property written by the plugin on the layers it creates
CORES, RESISTANCE, RIVERS, BARRIERS = "cores", "resistance", "rivers", "barriers"
CORE_ID_FIELDS = ("core_id", "coreid", "core")
RESULT_FIELD = "check_details"  # a check result is never the corridors to check (gis/check_results.DETAILS)
NAME_WORDS = {  # last resort; each word also tried in the interface language (marked for pylupdate5)
    "corridors": (QT_TRANSLATE_NOOP("@default", "corridor"), "candidate"),
    CORES: (QT_TRANSLATE_NOOP("@default", "core"),),
    RESISTANCE: (QT_TRANSLATE_NOOP("@default", "resist"),),
    RIVERS: (QT_TRANSLATE_NOOP("@default", "river"), "stream"),
    BARRIERS: (QT_TRANSLATE_NOOP("@default", "barrier"), "dam", "weir", "culvert"),
}
# A barrier layer's passability (0 closed .. 1 open) field, by these names (any case).
PASSABILITY_FIELDS = ("passability", "passable", "pass", "permeability")
# What a river run wrote (ccsg:riverconnectivity: sections by c_outlet, barrier priorities by dDCI_p) is never
# taken for its input, though the priorities keep the barriers' passability
RIVER_RESULT_FIELDS = ("c_outlet", "dDCI_p")


def mark(layer: QgsMapLayer, role: str) -> None:
    """Record the role of a layer the plugin created (saved with the project)."""
    layer.setCustomProperty(ROLE_PROPERTY, role)


def _layers(project: QgsProject) -> list[QgsMapLayer]:
    # In layer tree order (top first), so the layer a participant sees on top wins among equals.
    root = project.layerTreeRoot()
    ordered = [node.layer() for node in root.findLayers() if node.layer() is not None]
    return ordered + [layer for layer in project.mapLayers().values() if layer not in ordered]


def _polygons(layers: Iterable[QgsMapLayer]) -> list[QgsVectorLayer]:
    return [layer for layer in layers if isinstance(layer, QgsVectorLayer)
            and layer.geometryType() == QgsWkbTypes.PolygonGeometry]


def _by_name(layers: Iterable[QgsMapLayer], role: str) -> Optional[QgsMapLayer]:
    words = [w for english in NAME_WORDS[role] for w in (tr_data(english).lower(), english.lower())]
    return next((layer for layer in layers if any(w in layer.name().lower() for w in words)), None)


def _is_result(layer: QgsMapLayer) -> bool:
    return isinstance(layer, QgsVectorLayer) and layer.fields().indexOf(RESULT_FIELD) >= 0


def _store_layer(project: QgsProject, layers: list[QgsMapLayer]) -> Optional[QgsVectorLayer]:
    from ccsg_plugin.gis import corridor_store

    path = corridor_store.remembered_path(project)
    layer = corridor_store.find_store_layer(project, path) if path is not None else None
    if layer is not None:
        return layer
    return next((candidate for candidate in _polygons(layers)
                 if f"layername={schema.LAYER_NAME}" in candidate.source()), None)


def corridors_layer(project: QgsProject) -> Optional[QgsVectorLayer]:
    """The corridor store's layer; else polygons with the store's fields; else a polygon layer named so."""
    layers = _layers(project)
    store = _store_layer(project, layers)
    if store is not None:
        return store
    candidates = [layer for layer in _polygons(layers) if not _is_result(layer)
                  and layer.customProperty(ROLE_PROPERTY) != CORES]
    names = {spec.name for spec in schema.FIELDS if spec.required}
    with_fields = next((layer for layer in candidates if names <= set(layer.fields().names())), None)
    return with_fields or _by_name(candidates, "corridors")


def cores_layer(project: QgsProject) -> Optional[QgsVectorLayer]:
    """The store's cores; else the layer the plugin loaded as cores; else polygons with a core id field; else a
    polygon layer named so."""
    from ccsg_plugin.gis.corridor_store import project as store_project

    layer_id, _ok = project.readEntry(store_project.PROJECT_SCOPE, store_project.KEY_CORES_LAYER, "")
    remembered = project.mapLayer(layer_id) if layer_id else None
    if isinstance(remembered, QgsVectorLayer):
        return remembered
    layers = _layers(project)
    polygons = [layer for layer in _polygons(layers) if not _is_result(layer)]
    store = _store_layer(project, layers)
    polygons = [layer for layer in polygons if layer is not store]
    marked = next((layer for layer in polygons if layer.customProperty(ROLE_PROPERTY) == CORES), None)
    if marked is not None:
        return marked
    with_id = next((layer for layer in polygons
                    if any(f.lower() in CORE_ID_FIELDS for f in layer.fields().names())), None)
    return with_id or _by_name(polygons, CORES)


def resistance_layer(project: QgsProject) -> Optional[QgsRasterLayer]:
    """The raster the plugin loaded as resistance; else a raster named so."""
    rasters = [layer for layer in _layers(project) if isinstance(layer, QgsRasterLayer)]
    marked = next((layer for layer in rasters if layer.customProperty(ROLE_PROPERTY) == RESISTANCE), None)
    return marked or _by_name(rasters, RESISTANCE)


def _vectors(layers: Iterable[QgsMapLayer], geometry) -> list[QgsVectorLayer]:
    """Layers of that geometry, without the results of river runs."""
    return [layer for layer in layers if isinstance(layer, QgsVectorLayer) and layer.geometryType() == geometry
            and not any(layer.fields().indexOf(name) >= 0 for name in RIVER_RESULT_FIELDS)]


def passability_field(layer: QgsMapLayer) -> Optional[str]:
    """The layer's field named like a passability, as it is spelt in the layer; None when there is none."""
    if not isinstance(layer, QgsVectorLayer):
        return None
    names = {name.lower(): name for name in layer.fields().names()}
    return next((names[g] for g in PASSABILITY_FIELDS if g in names), None)


def barriers_layer(project: QgsProject) -> Optional[QgsVectorLayer]:
    """Points with a passability field (top of the layer tree first); else a point layer named so. Never a river
    run's barrier priorities."""
    points = _vectors(_layers(project), QgsWkbTypes.PointGeometry)
    with_field = next((layer for layer in points if passability_field(layer)), None)
    return with_field or _by_name(points, BARRIERS)


def rivers_layer(project: QgsProject, barriers: Optional[QgsMapLayer] = None) -> Optional[QgsVectorLayer]:
    """Lines from the same file as the barriers (a GeoPackage of rivers and barriers); else lines named so. River
    sections a run wrote are never the input."""
    lines = _vectors(_layers(project), QgsWkbTypes.LineGeometry)
    if barriers is not None and barriers.providerType() == "ogr":
        path = barriers.source().split("|")[0]
        same = next((layer for layer in lines if layer.providerType() == "ogr"
                     and layer.source().split("|")[0] == path), None)
        if same is not None:
            return same
    return _by_name(lines, RIVERS)
