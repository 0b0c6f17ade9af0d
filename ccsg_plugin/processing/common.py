"""Shared pieces of the least-cost algorithms: parameter reading, error mapping, output clean-up and finishing.

Finishing an output (once, by its algorithm): `finish` styles and describes it and saves both into the file in the
worker (processAlgorithm); `hand_over` passes the finished layer to Processing on the main thread
(postProcessAlgorithm) when the output is to be loaded, so a dock or the toolbox gets it without opening it again.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Callable, Optional

from qgis.core import (
    QgsApplication,
    QgsMapLayer,
    QgsMapLayerStyle,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsRasterLayer,
    QgsVectorLayer,
)

from ccsg_plugin.core.errors import Cancelled, CcsgError
from ccsg_plugin.gis import gpkg_metadata, output, raster_io, validate, writers
from ccsg_plugin.gis.crs import require_projected
from ccsg_plugin.i18n import tr, tr_data

# Processing keeps only a raw pointer to a layer's post-processor: Python must hold them or they are collected.
_POST_PROCESSORS: list = []


class FinishLayer(QgsProcessingLayerPostProcessorInterface):
    """Applies the style and metadata the algorithm gave its output (in the worker) to the layer Processing loads,
    when that is not the algorithm's own finished layer (main thread; nothing is read from or written to disk).
    Keeps no layer: only its id, the style as XML and the metadata."""

    def __init__(self, layer_id: str, style_xml: str, metadata):
        super().__init__()
        self.layer_id, self.style_xml, self.metadata = layer_id, style_xml, metadata

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802
        if layer.id() == self.layer_id:
            return
        if not QgsMapLayerStyle(self.style_xml).writeToLayer(layer):
            feedback.reportError(tr("The style could not be applied to {0}.", layer.name()))
        layer.setMetadata(self.metadata)


# Parameter types whose string values may name a layer of the project (an id) rather than a file or a text.
LAYER_PARAMETER_TYPES = {"layer", "raster", "vector", "source", "mesh", "multilayer", "pointcloud", "annotation",
                         "vectortile"}


def plain_parameters(parameters: dict, context: QgsProcessingContext, algorithm=None) -> dict:
    """The run's parameters as plain values (layer sources, output paths) for metadata and JSON.

    Only strings of layer parameters (see `algorithm`'s definitions) are looked up, and only among the layers
    already loaded: opening a folder or report path as a layer made GDAL/MDAL log "Unable to load mesh" and HDF5
    errors. Without `algorithm`, strings are recorded as given."""
    out = {}
    for key, value in parameters.items():
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            value = value.sink.staticValue()
        elif isinstance(value, QgsMapLayer):
            value = value.source()
        elif isinstance(value, str):
            definition = algorithm.parameterDefinition(key) if algorithm is not None else None
            if value and definition is not None and definition.type() in LAYER_PARAMETER_TYPES:
                layer = QgsProcessingUtils.mapLayerFromString(value, context, False)
                value = layer.source() if layer is not None and value == layer.id() else value
        elif not isinstance(value, (int, float, bool, type(None), list)):
            value = str(value)
        out[key] = value
    return out


def callables(feedback: QgsProcessingFeedback):
    """(progress, is_cancelled) plain callables for core functions."""
    if feedback is None:
        return None, None
    return (lambda f: feedback.setProgress(100.0 * f)), feedback.isCanceled


class OutputGuard:
    """Collects written output files; on any error or cancel inside `with`, deletes them all.

    Maps CcsgError and Cancelled to QgsProcessingException with a message the user can act on.
    """

    def __init__(self) -> None:
        self.paths: list[Path] = []

    def add(self, path) -> Path:
        self.paths.append(Path(path))
        return Path(path)

    def __enter__(self) -> OutputGuard:
        return self

    def __exit__(self, exc_type, exc, tb) -> bool:
        if exc_type is None:
            return False
        for path in self.paths:
            with contextlib.suppress(OSError):
                writers.remove_output(path)
        if issubclass(exc_type, Cancelled):
            raise QgsProcessingException(tr("The run was cancelled; no output file was kept.")) from exc
        if issubclass(exc_type, CcsgError):
            raise QgsProcessingException(tr_data(exc)) from exc  # core errors are English
        return False


def output_path(alg, parameters, name: str, context, default_ext: str) -> str:
    """A file path for a destination parameter: Processing's temporary value gets a temporary file; a database or
    web destination is refused (CcsgError), never sent silently elsewhere."""
    from ccsg_plugin.gis import destinations

    path = alg.parameterAsOutputLayer(parameters, name, context)
    if not path or path.startswith(destinations.TEMPORARY):
        return QgsProcessingUtils.generateTempFilename(f"{name.lower()}.{default_ext}")
    return destinations.check_file_destination(name, path)


def read_resistance(alg, parameters, name: str, context) -> raster_io.RasterData:
    layer = alg.parameterAsRasterLayer(parameters, name, context)
    if layer is None:
        raise CcsgError(tr("Choose a resistance raster."))
    require_projected(layer)
    data = raster_io.read_band(layer)
    validate.check_resistance(data)
    return data


def neighbours(alg, parameters, context) -> int:
    value = alg.parameterAsInt(parameters, "NEIGHBOURS", context)
    if value not in (8, 16):
        raise CcsgError(tr("NEIGHBOURS must be 8 or 16, not {0}.", value))
    return value


class Finished:
    """One output finished by its algorithm in the worker: the styled layer with its metadata (moved to the main
    thread) until postProcessAlgorithm hands it over."""

    def __init__(self, path: str, title: str, layer: QgsMapLayer) -> None:
        self.path, self.title, self.layer = path, title, layer


def finish(path: str, kind: str, styler: Callable[[QgsMapLayer], None], title: str, abstract: str,
           parameters: dict, feedback=None) -> Optional[Finished]:
    """Worker side: open the written output, style it, describe the run in its metadata and save both into the
    file (GeoTIFF: <file>.qml / <file>.qmd sidecars; GeoPackage: its layer_styles and metadata tables), so QGIS
    shows them whenever the file is opened. All the disk work is here, off the GUI thread; hand_over (main
    thread) only passes the finished layer on. None when QGIS cannot open the file (reported)."""
    layer = QgsRasterLayer(path, title) if kind == "raster" else QgsVectorLayer(path, title, "ogr")
    if not layer.isValid():
        if feedback is not None:
            feedback.reportError(tr("The output {0} was written but QGIS cannot open it.", path))
        return None
    try:
        styler(layer)
    except CcsgError as exc:  # an unreadable style costs the style, not the run
        if feedback is not None:
            feedback.reportError(tr_data(exc))
    output.set_run_metadata(layer, title, abstract, parameters)
    if kind == "raster":
        layer.saveDefaultStyle()
        layer.saveDefaultMetadata()
    elif path.lower().endswith(".gpkg"):
        # GeoPackage's layer_styles.styleName holds 30 characters (GDAL warns and cuts longer ones); the style is
        # saved as the default, so QGIS finds it by that flag, not by its name
        layer.saveStyleToDatabase(title[:30], abstract, True, "")
        # through GDAL, not the OGR provider (gis/gpkg_metadata.py says why); writers name the table after the file
        try:
            gpkg_metadata.save(path, Path(path).stem, layer.metadata())
        except RuntimeError as exc:
            if feedback is not None:
                feedback.pushWarning(tr("The run metadata could not be stored in {0}: {1}", path, str(exc)))
    app = QgsApplication.instance()
    if app is not None and layer.thread() is not app.thread():
        layer.moveToThread(app.thread())  # only the thread an object lives in may push it: done here, in the worker
    return Finished(path, title, layer)


def hand_over(finished: Finished, context: QgsProcessingContext) -> None:
    """Main thread (postProcessAlgorithm): when the output is to be loaded on completion (the toolbox's "Open
    output file", or a dock's runner), give Processing the finished layer through the context's temporary layer
    store, so nothing is opened or styled again; a post-processor covers a copy Processing opens itself."""
    layer, finished.layer = finished.layer, None  # dropped here, on the main thread, when not loaded
    if not context.willLoadLayerOnCompletion(finished.path):
        return
    style = QgsMapLayerStyle()
    style.readFromLayer(layer)
    processor = FinishLayer(layer.id(), style.xmlData(), layer.metadata())
    context.temporaryLayerStore().addMapLayer(layer)
    _POST_PROCESSORS.append(processor)
    details = context.layerToLoadOnCompletionDetails(finished.path)
    details.setPostProcessor(processor)
    if finished.title:
        details.name = finished.title
