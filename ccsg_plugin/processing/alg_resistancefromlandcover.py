"""ccsg:resistancefromlandcover: a resistance raster from land-cover classes and a class -> resistance table."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFile,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
)

from ccsg_plugin.i18n import tr
from ccsg_plugin.processing import base
from ccsg_plugin.processing.base import CcsgAlgorithm


class ResistanceFromLandcoverAlgorithm(CcsgAlgorithm):
    ALG_ID = "resistancefromlandcover"
    DISPLAY_NAME = "Resistance from land cover"
    HELP = (
        "Turns a land-cover raster into a resistance raster: each land-cover class gets the resistance given in "
        "the table (how hard it is for the species to cross one metre of it; 1 = easiest).\n"
        "Table: one line per class with its code and its resistance, either in the table here or in a CSV file "
        "(class, resistance[, label]; a header line is allowed; UTF-8, Windows-1252 or Latin-1). A resistance "
        "must be positive; write 'nodata' for classes that cannot be crossed (they become NoData). A class with "
        "an empty resistance counts as unlisted (it takes the default below), as in the analysis panel.\n"
        "Default: the resistance of classes missing from the table; leave it empty to make them NoData "
        "(impassable). The classes left out are listed in the log.\n"
        "Land-cover NoData stays NoData. The output is a Float32 GeoTIFF on the land-cover grid."
    )

    LANDCOVER = "LANDCOVER"
    TABLE = "TABLE"
    TABLE_FILE = "TABLE_FILE"
    DEFAULT = "DEFAULT"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(self.LANDCOVER, tr("Land-cover raster (class codes)")))
        self.addParameter(QgsProcessingParameterMatrix(
            self.TABLE, tr("Class -> resistance table"), 0, False, [tr("Class"), tr("Resistance")], None, True))
        self.addParameter(QgsProcessingParameterFile(
            self.TABLE_FILE, tr("...or a CSV file (class, resistance)"), QgsProcessingParameterFile.File, "csv",
            None, True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DEFAULT, tr("Resistance of unlisted classes (empty = NoData, impassable)"),
            QgsProcessingParameterNumber.Double, None, True, 0.0))
        self.addParameter(base.raster_output(self.OUTPUT, tr("Resistance")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from pathlib import Path

        from ccsg_plugin.core import class_table
        from ccsg_plugin.core.errors import CcsgError
        from ccsg_plugin.gis import output, raster_io, writers
        from ccsg_plugin.gis.crs import require_projected
        from ccsg_plugin.processing import common

        _progress, is_cancelled = common.callables(feedback)
        with common.OutputGuard() as guard:
            layer = self.parameterAsRasterLayer(parameters, self.LANDCOVER, context)
            if layer is None:
                raise CcsgError(tr("Choose a land-cover raster."))
            require_projected(layer)
            matrix = self.parameterAsMatrix(parameters, self.TABLE, context)
            table_file = self.parameterAsFile(parameters, self.TABLE_FILE, context)
            if table_file:
                table = class_table.to_table(class_table.read_csv_file(table_file), Path(table_file).name)
            elif matrix:
                table = class_table.to_table(class_table.parse_matrix(matrix))
            else:
                raise CcsgError(tr("Give the class -> resistance table, in the table or as a CSV file."))
            default = parameters.get(self.DEFAULT)
            default = None if default in (None, "") else self.parameterAsDouble(parameters, self.DEFAULT, context)
            path = common.output_path(self, parameters, self.OUTPUT, context, "tif")
            self.check_outputs(parameters, context, {self.OUTPUT: (path, "raster")})
            data = raster_io.read_band(layer)
            if not (data.array == data.array).any():
                raise CcsgError(tr("The raster '{0}' holds only NoData cells; choose the right band or file.",
                                   layer.name()))
            resistance, unlisted = class_table.reclassify(data.array, table, default, is_cancelled)
            if unlisted:
                shown = ", ".join(f"{v:g}" for v in unlisted[:20])
                what = tr("resistance {0}", default) if default is not None else tr("NoData (impassable)")
                feedback.pushWarning(tr("Classes not in the table, given {0}: {1}", what, shown))
            grid = data.grid
            guard.add(writers.write_geotiff(path, resistance, grid.geotransform, grid.crs, dtype="float32"))
            run = common.plain_parameters(parameters, context, self)
            abstract = tr("Resistance from the land cover '{0}' with {1} classes in the table.", layer.name(),
                          len(table))
            self.finish_later(path, "raster", lambda lyr: output.apply_style(lyr, "resistance"), tr("Resistance"),
                          abstract, run, feedback)
        return {self.OUTPUT: path}
