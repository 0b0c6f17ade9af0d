"""ccsg:costdistance: accumulated least cost from source features over a resistance raster."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorLayer,
)

from ccsg_plugin.i18n import tr
from ccsg_plugin.processing import base
from ccsg_plugin.processing.base import CcsgAlgorithm


class CostDistanceAlgorithm(CcsgAlgorithm):
    ALG_ID = "costdistance"
    DISPLAY_NAME = "Cost distance"
    HELP = (
        "Computes, for every cell of the resistance raster, the lowest accumulated cost of reaching it from the "
        "nearest source (0 on the sources). The result is the same as GRASS r.cost (times the cell size), ArcGIS "
        "Cost Distance and Linkage Mapper's cost-weighted distance.\n"
        "Resistance: a raster in a projected CRS (metres); NoData cells cannot be crossed; values must be "
        "positive. Moving one cell costs the mean resistance of the two cells times the distance in metres "
        "(x 1.41 diagonally).\n"
        "Sources: points, lines or polygons (reprojected to the raster's CRS when needed). A cell is a source "
        "when a polygon holds its centre or a line or point touches it.\n"
        "Neighbours: 8, or 16 to also allow knight's moves (straighter, less blocky paths; slower).\n"
        "Maximum cost: cells costlier than this are left as NoData; 0 = no limit.\n"
        "Cells that cannot be reached are NoData."
    )

    RESISTANCE = "RESISTANCE"
    SOURCES = "SOURCES"
    NEIGHBOURS = "NEIGHBOURS"
    MAX_COST = "MAX_COST"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(base.resistance_parameter(self.RESISTANCE))
        self.addParameter(QgsProcessingParameterVectorLayer(self.SOURCES, tr("Sources (points, lines or polygons)")))
        self.addParameter(base.neighbours_parameter(self.NEIGHBOURS))
        self.addParameter(QgsProcessingParameterNumber(self.MAX_COST, tr("Maximum cost (0 = no limit)"),
                                                       QgsProcessingParameterNumber.Double, 0.0, False, 0.0))
        self.addParameter(base.raster_output(self.OUTPUT, tr("Cost distance")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import numpy as np

        from ccsg_plugin.core.engine.costdistance import cost_distance
        from ccsg_plugin.core.errors import CcsgError
        from ccsg_plugin.gis import corridor_outputs as co
        from ccsg_plugin.gis import rasterize, styling, validate, writers
        from ccsg_plugin.gis.crs import require_projected
        from ccsg_plugin.processing import common

        progress, is_cancelled = common.callables(feedback)
        with common.OutputGuard() as guard:
            resistance = common.read_resistance(self, parameters, self.RESISTANCE, context)
            sources = self.parameterAsVectorLayer(parameters, self.SOURCES, context)
            if sources is None:
                raise CcsgError(tr("Choose a sources layer."))
            require_projected(sources)
            validate.check_vector_not_empty(sources)
            nbr = common.neighbours(self, parameters, context)
            max_cost = self.parameterAsDouble(parameters, self.MAX_COST, context)
            path = common.output_path(self, parameters, self.OUTPUT, context, "tif")
            self.check_outputs(parameters, context, {self.OUTPUT: (path, "raster")})
            grid = resistance.grid
            mask = rasterize.layer_mask(sources, grid, context.transformContext())
            validate.check_sources_on_grid(sources, mask, resistance)
            cost_dist = cost_distance(resistance.array, mask, cell_size=grid.cell_size, neighbours=nbr,
                                      max_cost=max_cost, progress=progress, is_cancelled=is_cancelled)
            cost_dist = co.float32_values(cost_dist, feedback, tr("cost-distance"))
            guard.add(writers.write_geotiff(path, cost_dist, grid.geotransform, grid.crs, dtype="float32"))
            finite = cost_dist[np.isfinite(cost_dist)]
            top = float(finite.max()) if finite.size else 1.0
            run = common.plain_parameters(parameters, context, self)
            abstract = tr("Accumulated cost from the features of '{0}' over '{1}'; highest reached cost {2:,.0f}.",
                          sources.name(), resistance.name, top)
            self.finish_later(path, "raster", lambda lyr: styling.style_cost_distance(lyr, top), tr("Cost distance"),
                          abstract, run, feedback)
        return {self.OUTPUT: path}
