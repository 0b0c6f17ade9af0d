"""The corridor store's file: creating the GeoPackage table, opening it as a layer, and probing its write lock."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsField,
    QgsFields,
    QgsProject,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ccsg_plugin.core.corridor import schema
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis.corridor_store.form import apply_default_style, configure_layer
from ccsg_plugin.gis.crs import require_projected, require_projected_project
from ccsg_plugin.i18n import tr

DEFAULT_FILE_NAME = "candidate_corridors.gpkg"

_QVARIANT = {schema.STRING: QVariant.String, schema.INTEGER: QVariant.Int, schema.DOUBLE: QVariant.Double,
             schema.DATE: QVariant.Date, schema.BOOL: QVariant.Bool}


def store_fields() -> QgsFields:
    fields = QgsFields()
    for spec in schema.FIELDS:
        qfield = QgsField(spec.name, _QVARIANT[spec.type])
        if spec.type == schema.STRING and spec.length:
            qfield.setLength(spec.length)
        fields.append(qfield)
    return fields


def default_store_path(project: QgsProject) -> Path | None:
    """candidate_corridors.gpkg next to the project file; None while the project has never been saved."""
    if not project.fileName():
        return None
    return Path(project.absolutePath()) / DEFAULT_FILE_NAME


def layer_uri(path: Path) -> str:
    return f"{path}|layername={schema.LAYER_NAME}"


def create_store_file(path: Path, crs: QgsCoordinateReferenceSystem) -> Path:
    """Write an empty corridor table into the GeoPackage at path (created when missing; other tables kept)."""
    require_projected_project(crs, tr("The project"))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = schema.LAYER_NAME
    if path.exists():
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    writer = QgsVectorFileWriter.create(str(path), store_fields(), QgsWkbTypes.MultiPolygon, crs,
                                        QgsProject.instance().transformContext(), options)
    error = writer.hasError()
    message = writer.errorMessage()
    del writer  # closes the file
    if error != QgsVectorFileWriter.NoError:
        raise CcsgError(tr("Could not create the corridor store {0}: {1}. Pick a folder you can write to.",
                           str(path), message))
    return path


def write_lock_problem(path: Path, timeout: float = 1.0) -> str | None:
    """None when the GeoPackage can take a write now, else SQLite's reason ("database is locked" while another
    program writes to it, "attempt to write a readonly database"). Checked before a save, so a locked file is
    reported at once instead of after GDAL's retries (about 25 s on QGIS 3.22), with the edits still buffered."""
    try:
        con = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=rw", uri=True, timeout=timeout,
                              isolation_level=None)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        con.execute("BEGIN IMMEDIATE")  # takes the write lock without writing; released at once
        con.execute("ROLLBACK")
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        con.close()
    return None


def has_store_table(path: Path) -> bool:
    probe = QgsVectorLayer(layer_uri(path), "probe", "ogr")
    return probe.isValid()


def open_store_layer(path: Path, name: str | None = None) -> QgsVectorLayer:
    """The corridor layer of an existing store, with its widgets configured. Raises CcsgError when unusable."""
    path = Path(path)
    layer = QgsVectorLayer(layer_uri(path), name or tr("Candidate corridors"), "ogr")
    if not layer.isValid():
        raise CcsgError(tr("{0} is not a corridor store (no '{1}' table). Create a new store or pick another "
                           "GeoPackage.", str(path), schema.LAYER_NAME))
    missing = [n for n in schema.FIELD_NAMES if layer.fields().indexOf(n) < 0]
    if missing:
        raise CcsgError(tr("The corridor store {0} lacks the fields {1}. Create a new store.", str(path),
                           ", ".join(missing)))
    require_projected(layer, str(path))
    configure_layer(layer)
    return layer


def create_or_open(path: Path, crs: QgsCoordinateReferenceSystem) -> QgsVectorLayer:
    path = Path(path)
    if not (path.exists() and has_store_table(path)):
        create_store_file(path, crs)
        styling = open_store_layer(path)
        apply_default_style(styling)
        del styling  # QGIS 3.22: a layer that saved its style to the GeoPackage loses its read connection
    return open_store_layer(path)  # loads the default style saved in the file

