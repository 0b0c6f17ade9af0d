"""ccsg:resistancefromlandcover: a resistance raster from land-cover classes and a class -> resistance table."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterExtent,
    QgsProcessingParameterFile,
    QgsProcessingParameterMatrix,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorLayer,
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
        "Land-cover NoData stays NoData. The output is a Float32 GeoTIFF on the land-cover grid.\n"
        "Sea only (marine, instead of the land cover): give land polygons; the sea gets resistance 1 and land is "
        "NoData (impassable), so least-cost distances run through the sea. Optional depth raster: sea resistance = "
        "1 + depth weight x |depth| (deeper water costs more; sea cells without depth keep 1). The grid: the cell "
        "size over the extent (default: the land layer's extent), or the depth raster's grid when the cell size is 0."
    )

    LANDCOVER = "LANDCOVER"
    TABLE = "TABLE"
    TABLE_FILE = "TABLE_FILE"
    DEFAULT = "DEFAULT"
    OUTPUT = "OUTPUT"
    LAND = "LAND"
    DEPTH = "DEPTH"
    DEPTH_WEIGHT = "DEPTH_WEIGHT"
    CELL_SIZE = "CELL_SIZE"
    EXTENT = "EXTENT"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        # Optional since the sea-only preset needs no land cover; the algorithm asks for one of the two.
        self.addParameter(QgsProcessingParameterRasterLayer(self.LANDCOVER, tr("Land-cover raster (class codes)"),
                                                            optional=True))
        self.addParameter(QgsProcessingParameterMatrix(
            self.TABLE, tr("Class -> resistance table"), 0, False, [tr("Class"), tr("Resistance")], None, True))
        self.addParameter(QgsProcessingParameterFile(
            self.TABLE_FILE, tr("...or a CSV file (class, resistance)"), QgsProcessingParameterFile.File, "csv",
            None, True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DEFAULT, tr("Resistance of unlisted classes (empty = NoData, impassable)"),
            QgsProcessingParameterNumber.Double, None, True, 0.0))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.LAND, tr("Sea only: land polygons (land impassable, sea = 1)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEPTH, tr("Sea only: depth raster"), optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DEPTH_WEIGHT, tr("Sea only: depth weight (resistance = 1 + weight x |depth|)"),
            QgsProcessingParameterNumber.Double, 0.0, True, 0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.CELL_SIZE, tr("Sea only: cell size (map units; 0 = the depth raster's grid)"),
            QgsProcessingParameterNumber.Double, 0.0, True, 0.0))
        self.addParameter(QgsProcessingParameterExtent(
            self.EXTENT, tr("Sea only: extent (default: the land layer's extent)"), optional=True))
        self.addParameter(base.raster_output(self.OUTPUT, tr("Resistance")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from pathlib import Path

        from ccsg_plugin.core import class_table
        from ccsg_plugin.core.errors import CcsgError
        from ccsg_plugin.gis import output, raster_io, writers
        from ccsg_plugin.gis.crs import require_projected
        from ccsg_plugin.processing import common

        _progress, is_cancelled = common.callables(feedback)
        land = self.parameterAsVectorLayer(parameters, self.LAND, context)
        layer = self.parameterAsRasterLayer(parameters, self.LANDCOVER, context)
        if land is not None:
            return self._sea_only(land, layer, parameters, context, feedback)
        with common.OutputGuard() as guard:
            if layer is None:
                raise CcsgError(tr("Choose a land-cover raster (or land polygons for the sea-only preset)."))
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

    def _sea_only(self, land, landcover, parameters, context, feedback) -> dict:
        """The sea-only preset (core/sea_resistance.py): sea 1 (+ depth term), land NoData."""
        from ccsg_plugin.core.errors import Cancelled, CcsgError
        from ccsg_plugin.core.sea_resistance import sea_resistance
        from ccsg_plugin.gis import output, raster_io, rasterize, sea_grid, writers
        from ccsg_plugin.gis.crs import require_projected
        from ccsg_plugin.processing import common

        _progress, is_cancelled = common.callables(feedback)
        with common.OutputGuard() as guard:
            if landcover is not None:
                raise CcsgError(tr("Give either a land-cover raster or land polygons (sea only), not both."))
            crs = require_projected(land)
            depth_layer = self.parameterAsRasterLayer(parameters, self.DEPTH, context)
            weight = self.parameterAsDouble(parameters, self.DEPTH_WEIGHT, context)
            cell = self.parameterAsDouble(parameters, self.CELL_SIZE, context)
            if weight > 0 and depth_layer is None:
                raise CcsgError(tr("A depth weight of {0} needs a depth raster; choose one or set the weight to 0.",
                                   weight))
            path = common.output_path(self, parameters, self.OUTPUT, context, "tif")
            self.check_outputs(parameters, context, {self.OUTPUT: (path, "raster")})
            depth = None
            if cell > 0:
                given = parameters.get(self.EXTENT) not in (None, "")
                extent = self.parameterAsExtent(parameters, self.EXTENT, context, crs) if given else land.extent()
                grid = sea_grid.grid_from_extent(extent, cell, crs)
                if depth_layer is not None:
                    depth = sea_grid.depth_on_grid(depth_layer, grid)
            elif depth_layer is not None:
                require_projected(depth_layer)
                data = raster_io.read_band(depth_layer)
                grid, depth = data.grid, data.array
            else:
                raise CcsgError(tr("Give the cell size of the sea-only raster (or a depth raster, whose grid is "
                                   "then used)."))
            mask = rasterize.layer_mask(land, grid, context.transformContext())
            if is_cancelled():
                raise Cancelled()
            resistance = sea_resistance(mask, depth, weight)
            guard.add(writers.write_geotiff(path, resistance, grid.geotransform, grid.crs, dtype="float32"))
            run = common.plain_parameters(parameters, context, self)
            abstract = tr("Sea-only resistance: sea 1, the land of '{0}' impassable.", land.name())
            self.finish_later(path, "raster", lambda lyr: output.apply_style(lyr, "resistance"), tr("Resistance"),
                              abstract, run, feedback)
        return {self.OUTPUT: path}
