"""The corridor store in the QGIS project: which store (and cores layer) a project uses, finding or re-opening its
layer, and the watcher that fills computed fields on every save from the moment a project opens."""

from __future__ import annotations

import contextlib
from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from ccsg_plugin.core.corridor import schema
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis.corridor_store.files import open_store_layer
from ccsg_plugin.gis.corridor_store.form import configure_layer
from ccsg_plugin.gis.corridor_store.store import CorridorStore

PROJECT_SCOPE = "ccsg"
KEY_STORE_PATH = "designer/store_path"
KEY_CORES_LAYER = "designer/cores_layer_id"
KEY_CORE_ID_FIELD = "designer/core_id_field"


def remember(project: QgsProject, store: CorridorStore) -> None:
    """Record the store (relative path when the project saves relative paths) and the cores choice in the project."""
    project.writeEntry(PROJECT_SCOPE, KEY_STORE_PATH, project.writePath(str(store.path)))
    project.writeEntry(PROJECT_SCOPE, KEY_CORES_LAYER, store.cores_layer.id() if store.cores_layer else "")
    project.writeEntry(PROJECT_SCOPE, KEY_CORE_ID_FIELD, store.core_id_field or "")


def remembered_path(project: QgsProject) -> Path | None:
    text, ok = project.readEntry(PROJECT_SCOPE, KEY_STORE_PATH, "")
    if not ok or not text:
        return None
    return Path(project.readPath(text))


def find_store_layer(project: QgsProject, path: Path) -> QgsVectorLayer | None:
    """The project's layer showing the store's corridor table, if it is loaded."""
    target = Path(path).resolve()
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
            continue
        source = layer.source()
        parts = source.split("|")
        if Path(parts[0]).resolve() == target and f"layername={schema.LAYER_NAME}" in source:
            return layer
    return None


def reopen(project: QgsProject, add_missing: bool = True) -> CorridorStore | None:
    """The store remembered in the project: its layer (added to the project if it is not there, unless
    add_missing is false), and cores."""
    path = remembered_path(project)
    if path is None or not path.exists():
        return None
    layer = find_store_layer(project, path)
    if layer is None and not add_missing:
        return None
    if layer is None:
        from ccsg_plugin.gis import output

        layer = open_store_layer(path)
        output.add_to_group(project, layer, position=0)
    else:
        configure_layer(layer)
    cores_id, _ = project.readEntry(PROJECT_SCOPE, KEY_CORES_LAYER, "")
    field, _ = project.readEntry(PROJECT_SCOPE, KEY_CORE_ID_FIELD, "")
    cores = project.mapLayer(cores_id) if cores_id else None
    return CorridorStore(layer, cores if isinstance(cores, QgsVectorLayer) else None, field or None)


class ProjectWatcher:
    """Keeps the computed fields of the project's corridor store filled on every save from the moment a project
    opens, whether or not the Corridor designer panel has been opened (the plugin owns one; unload() at unload)."""

    def __init__(self, project: QgsProject | None = None) -> None:
        self.project = project or QgsProject.instance()
        self.store: CorridorStore | None = None
        self.project.readProject.connect(self.refresh)
        self.project.cleared.connect(self.clear)
        self.refresh()

    def refresh(self, *args) -> None:
        self.clear()
        try:
            store = reopen(self.project, add_missing=False)
        except CcsgError:
            store = None  # the dock reports an unusable store when the user opens it
        if store is not None:
            store.attach()
            self.store = store

    def clear(self) -> None:
        if self.store is not None:
            self.store.detach()
            self.store = None

    def unload(self) -> None:
        for signal, slot in ((self.project.readProject, self.refresh), (self.project.cleared, self.clear)):
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)
        self.clear()

