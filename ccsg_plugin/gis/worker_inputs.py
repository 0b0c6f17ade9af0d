"""What a Processing worker is given for a project layer: something it opens itself, never the layer object.

A layer of the project lives on the main thread. Handed to a worker (by id, or by a source that Processing matches
back to the project layer), the worker reads it while the main thread keeps using it; on QGIS 3.22 this crashed
the main thread now and then in a map canvas refresh (QgsProject::createExpressionContextScope). So the runner's
worker context has no project, and each layer named in the parameters becomes: its file, when it is a file layer
without unsaved edits; else a GeoPackage copy written here, on the main thread (memory layers, other providers,
unsaved edits, which the worker then sees as the user does).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import QgsMapLayer, QgsProject, QgsVectorFileWriter, QgsVectorLayer

FILE_PROVIDERS = ("ogr", "gdal")


def project_layer(value, project: QgsProject) -> Optional[QgsMapLayer]:
    """The project layer a parameter value names (its id or its source), if any."""
    if not isinstance(value, str) or not value:
        return None
    layer = project.mapLayer(value)
    if layer is not None:
        return layer
    return next((candidate for candidate in project.mapLayers().values() if candidate.source() == value), None)


def worker_source(layer: QgsMapLayer, folder: Path) -> str:
    """A source the worker opens on its own (see the module docstring); copies go into folder."""
    modified = isinstance(layer, QgsVectorLayer) and layer.isModified()
    if not isinstance(layer, QgsVectorLayer) or (layer.providerType() in FILE_PROVIDERS and not modified):
        return layer.source()
    # the file is named after the layer, so the worker's messages name it as the user knows it
    folder.mkdir(parents=True, exist_ok=True)
    own = folder / str(len(list(folder.iterdir())))
    own.mkdir()
    name = "".join("_" if c in '/\\:*?"<>|' else c for c in layer.name()).strip() or "layer"
    path = own / f"{name}.gpkg"
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = name
    error, message, *_ = QgsVectorFileWriter.writeAsVectorFormatV3(
        layer, str(path), QgsProject.instance().transformContext(), options)
    if error != QgsVectorFileWriter.NoError:
        raise OSError(f"{layer.name()}: {message}")
    return f"{path}|layername={name}"
