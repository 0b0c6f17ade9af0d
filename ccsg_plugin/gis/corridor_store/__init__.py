"""The candidate-corridor store: one GeoPackage layer on disk, fields and editor widgets from core/corridor/schema.

- files: creating the GeoPackage table, opening it as a layer, probing its write lock;
- form: aliases, editor widgets, constraints, tabs and the default style saved in the file;
- store: the CorridorStore (computed fields filled inside every save, adding and saving corridors);
- project: remembering the store in the project and the watcher that keeps its fields computed;
- values: QGIS NULL and core id conversions shared by the above (geometries: gis.geometry.to_shapely).

Callers use `from ccsg_plugin.gis import corridor_store` and the names re-exported here.
"""

from ccsg_plugin.gis.corridor_store.files import (
    DEFAULT_FILE_NAME,
    create_or_open,
    create_store_file,
    default_store_path,
    open_store_layer,
    store_fields,
    write_lock_problem,
)
from ccsg_plugin.gis.corridor_store.form import STYLE_NAME, apply_default_style, configure_layer
from ccsg_plugin.gis.corridor_store.project import (
    ProjectWatcher,
    find_store_layer,
    remember,
    remembered_path,
    reopen,
)
from ccsg_plugin.gis.corridor_store.store import CorridorStore, add_candidates_from_layer, polygon_problem
from ccsg_plugin.gis.corridor_store.values import id_text, null_to_none

__all__ = [
    "DEFAULT_FILE_NAME", "STYLE_NAME", "CorridorStore", "ProjectWatcher", "add_candidates_from_layer",
    "apply_default_style", "configure_layer", "create_or_open", "create_store_file",
    "default_store_path", "find_store_layer", "id_text", "null_to_none", "open_store_layer", "polygon_problem",
    "remember", "remembered_path", "reopen", "store_fields", "write_lock_problem",
]
