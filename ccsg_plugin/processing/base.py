"""Shared base for the ccsg algorithms: translation, instance creation, groups, help, output checks, finishing the
outputs, and builders for the parameters several algorithms share.

Parameter builders: each returns a new parameter, declared exactly as the Processing contract says (name, label,
type, default, range); an algorithm adds them in its own order:

    self.addParameter(base.resistance_parameter())
    for parameter in base.cores_parameters():  # CORES polygons + CORE_ID_FIELD
        self.addParameter(parameter)
    self.addParameter(base.neighbours_parameter())
    self.addParameter(base.width_cutoff_parameter())
    self.addParameter(base.width_cutoff_percent_parameter(advanced=True))
    self.addParameter(base.raster_output(self.OUTPUT_CORRIDORS, tr("Corridors")))
    self.addParameter(base.vector_output(self.OUTPUT_PATHS, tr("Least-cost paths"), QgsProcessing.TypeVectorLine))
    self.addParameter(base.folder_output(self.OUTPUT_CWD_FOLDER, tr("Keep ... in folder"), advanced=True))

Read them back with processing/common.py (read_resistance, neighbours). Labels are tr() literals here, so their
translations are shared by every algorithm that uses the builder.
"""

import os

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtGui import QIcon

from ccsg_plugin import paths
from ccsg_plugin.gis import worker_gc
from ccsg_plugin.help_pages import help_url
from ccsg_plugin.i18n import tr, tr_data

RESISTANCE = "RESISTANCE"
CORES = "CORES"
CORE_ID_FIELD = "CORE_ID_FIELD"
NEIGHBOURS = "NEIGHBOURS"
WIDTH_CUTOFF = "WIDTH_CUTOFF"
WIDTH_CUTOFF_PERCENT = "WIDTH_CUTOFF_PERCENT"
DEFAULT_WIDTH_CUTOFF = 200000.0  # Linkage Mapper's default, in cost units


def as_advanced(parameter: QgsProcessingParameterDefinition) -> QgsProcessingParameterDefinition:
    """The parameter, shown under "Advanced parameters" in the algorithm's dialog."""
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
    return parameter


def resistance_parameter(name: str = RESISTANCE, optional: bool = False) -> QgsProcessingParameterRasterLayer:
    """The resistance raster (projected CRS; NoData and values <= 0 are impassable)."""
    return QgsProcessingParameterRasterLayer(name, tr("Resistance raster"), None, optional)


def cores_parameters(name: str = CORES, id_field: str = CORE_ID_FIELD) -> list:
    """Core areas (polygons) and their id field (one value per core), in that order."""
    return [QgsProcessingParameterVectorLayer(name, tr("Core areas (polygons)"), [QgsProcessing.TypeVectorPolygon]),
            QgsProcessingParameterField(id_field, tr("Core id field"), None, name)]


def neighbours_parameter(name: str = NEIGHBOURS) -> QgsProcessingParameterNumber:
    """8 neighbours, or 16 with knight's moves (common.neighbours refuses other values)."""
    return QgsProcessingParameterNumber(name, tr("Neighbours (8, or 16 with knight's moves)"),
                                        QgsProcessingParameterNumber.Integer, 8, False, 8, 16)


def width_cutoff_parameter(name: str = WIDTH_CUTOFF) -> QgsProcessingParameterNumber:
    """Corridor width cutoff in cost units above the least-cost path; 0 keeps everything."""
    return QgsProcessingParameterNumber(name, tr("Width cutoff, cost units (0 = none)"),
                                        QgsProcessingParameterNumber.Double, DEFAULT_WIDTH_CUTOFF, False, 0.0)


def width_cutoff_percent_parameter(name: str = WIDTH_CUTOFF_PERCENT,
                                   advanced: bool = False) -> QgsProcessingParameterNumber:
    """The cutoff as a percentage of each pair's LCD (optional; 0 = off, else it replaces the width cutoff)."""
    parameter = QgsProcessingParameterNumber(
        name, tr("Width cutoff as % of each pair's LCD (0 = off; replaces the cutoff)"),
        QgsProcessingParameterNumber.Double, 0.0, True, 0.0)
    return as_advanced(parameter) if advanced else parameter


def raster_output(name: str, description: str) -> QgsProcessingParameterRasterDestination:
    """A raster output (GeoTIFF; processing/common.py output_path gives its file)."""
    return QgsProcessingParameterRasterDestination(name, description)


def vector_output(name: str, description: str, kind: int) -> QgsProcessingParameterVectorDestination:
    """A vector output of one geometry kind (QgsProcessing.TypeVectorLine, ...; written as a GeoPackage)."""
    return QgsProcessingParameterVectorDestination(name, description, kind)


def folder_output(name: str, description: str, optional: bool = True,
                  advanced: bool = False) -> QgsProcessingParameterFolderDestination:
    """An output folder (no default; optional unless said; not created unless the algorithm writes to it)."""
    parameter = QgsProcessingParameterFolderDestination(name, description, None, optional, False)
    return as_advanced(parameter) if advanced else parameter


def folder_input(name: str, description: str, optional: bool = False) -> QgsProcessingParameterFile:
    """An existing folder to read (a run folder, a kept cost-distance folder)."""
    return QgsProcessingParameterFile(name, description, QgsProcessingParameterFile.Folder, "", None, optional)


def html_output(name: str, description: str, optional: bool = True) -> QgsProcessingParameterFileDestination:
    """An HTML file to write; optional and not created by default, so an empty value lets the algorithm choose
    (the run report goes into its run folder)."""
    return QgsProcessingParameterFileDestination(name, description, tr("HTML files (*.html)"), None, optional, False)

class CcsgAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ALG_ID``, ``DISPLAY_NAME``, ``GROUP_ID``, ``GROUP_NAME`` and ``HELP``.

    Write DISPLAY_NAME, GROUP_NAME and HELP as plain string literals in the class body: `make translations` collects
    them into i18n_catalog.py (pylupdate5 cannot see them), and tr_data() shows them translated.
    """

    ALG_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = "connectivity"
    GROUP_NAME = "Least-cost connectivity"
    HELP = ""
    # What a caller (gui/runner.py) records with every output besides the parameters: {"abstract": str,
    # "record": dict of plain values}. None when run from the toolbox or a script.
    run_notes = None

    def __init_subclass__(cls, **kwargs):
        """Each algorithm's processAlgorithm runs with garbage collection paused when in a worker thread
        (gis/worker_gc.py: a collection there could destroy the main thread's Qt objects)."""
        super().__init_subclass__(**kwargs)
        own = cls.__dict__.get("processAlgorithm")
        if own is not None:
            cls.processAlgorithm = worker_gc.paused(own)

    def name(self) -> str:
        return self.ALG_ID

    def displayName(self) -> str:  # noqa: N802
        return tr_data(self.DISPLAY_NAME)

    def group(self) -> str:
        return tr_data(self.GROUP_NAME)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802
        return tr_data(self.HELP)

    def helpUrl(self) -> str:  # noqa: N802
        """The algorithm's section of the offline guide (a local file, in QGIS's language): never a web page."""
        return help_url("processing", anchor=self.ALG_ID).toString()

    def icon(self) -> QIcon:
        return QIcon(str(paths.icon()))

    def createInstance(self):  # noqa: N802
        instance = type(self)()
        instance.run_notes = self.run_notes  # QgsProcessingAlgRunnerTask runs a copy made here
        return instance

    def input_paths(self, parameters, context) -> list:
        """Files and folders this run reads: layer sources, file parameters and strings naming an existing path."""
        found = []
        for definition in self.parameterDefinitions():
            name = definition.name()
            if definition.isDestination() or parameters.get(name) in (None, ""):
                continue
            kind = definition.type()
            if kind in ("raster", "vector", "source", "layer", "mesh", "pointcloud"):
                layer = self.parameterAsLayer(parameters, name, context)
                found.append(layer.source().split("|")[0] if layer is not None else "")
            elif kind == "multilayer":
                found += [layer.source().split("|")[0] for layer in
                          self.parameterAsLayerList(parameters, name, context)]
            elif kind in ("file", "string"):
                found.append(self.parameterAsString(parameters, name, context))
        return [path for path in found if path and os.path.exists(path)]

    def check_outputs(self, parameters, context, files: dict, folders=None) -> None:
        """The one output rule (gis/destinations.py), applied before computing: CcsgError when an output would
        overwrite an input, a corridor store or an existing file, or cannot be written."""
        from ccsg_plugin.gis import destinations

        destinations.check(files, self.input_paths(parameters, context), folders)

    def finish_later(self, path, kind, styler, title, abstract, parameters, feedback=None) -> None:
        """Finish one output: style it, describe the run in its metadata and save both into the file now (this is
        processAlgorithm, possibly in a worker thread: common.finish), then hand the finished layer to Processing
        in postProcessAlgorithm (main thread: common.hand_over) when the output is to be loaded.

        ``run_notes`` given by the caller (a dock's runner) lead the metadata: their abstract comes first and
        their record holds this algorithm's parameters under ``processing``.
        """
        from ccsg_plugin.processing import common

        if self.run_notes:
            abstract = f"{self.run_notes.get('abstract', '')}\n\n{abstract}".strip()
            record = dict(self.run_notes.get("record", {}))
            record["processing"] = {self.id(): parameters}
            parameters = record
        finished = common.finish(str(path), kind, styler, title, abstract, parameters, feedback)
        if finished is not None:
            self.__dict__.setdefault("_finished", []).append(finished)

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        from ccsg_plugin.processing import common

        for finished in self.__dict__.pop("_finished", []):
            common.hand_over(finished, context)
        return {}
