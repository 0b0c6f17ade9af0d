"""ccsg:leastcostpath: the least-cost path from the sources to each destination feature, as lines."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterVectorLayer,
)

from ccsg_plugin.i18n import tr
from ccsg_plugin.processing import base
from ccsg_plugin.processing.base import CcsgAlgorithm


class LeastCostPathAlgorithm(CcsgAlgorithm):
    ALG_ID = "leastcostpath"
    DISPLAY_NAME = "Least-cost path"
    HELP = (
        "Finds the cheapest route over the resistance raster from the sources to each destination feature and "
        "writes it as a line: one line per destination, with its accumulated cost (cost) and its length in "
        "metres (length_m). A destination line or polygon is reached at its cheapest cell.\n"
        "Resistance: a raster in a projected CRS (metres); NoData cells cannot be crossed; values must be "
        "positive. Moving one cell costs the mean resistance of the two cells times the distance in metres.\n"
        "Sources and destinations: points, lines or polygons (reprojected to the raster's CRS when needed).\n"
        "Neighbours: 8, or 16 to also allow knight's moves.\n"
        "A destination that cannot be reached gets a line without geometry and an empty cost."
    )

    RESISTANCE = "RESISTANCE"
    SOURCES = "SOURCES"
    DESTINATIONS = "DESTINATIONS"
    NEIGHBOURS = "NEIGHBOURS"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(base.resistance_parameter(self.RESISTANCE))
        self.addParameter(QgsProcessingParameterVectorLayer(self.SOURCES, tr("Sources (points, lines or polygons)")))
        self.addParameter(QgsProcessingParameterVectorLayer(self.DESTINATIONS, tr("Destinations")))
        self.addParameter(base.neighbours_parameter(self.NEIGHBOURS))
        self.addParameter(base.vector_output(self.OUTPUT, tr("Least-cost paths"), QgsProcessing.TypeVectorLine))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import numpy as np
        from qgis.core import QgsField, QgsFields, QgsGeometry, QgsWkbTypes
        from qgis.PyQt.QtCore import QVariant

        from ccsg_plugin.core import progress as prog
        from ccsg_plugin.core.engine.corridors import path_length
        from ccsg_plugin.core.engine.costdistance import cost_distance
        from ccsg_plugin.core.engine.lcpath import least_cost_cell, trace_path
        from ccsg_plugin.core.errors import CcsgError
        from ccsg_plugin.gis import rasterize, styling, validate, writers
        from ccsg_plugin.gis.corridor_outputs import path_geometry
        from ccsg_plugin.gis.crs import require_projected
        from ccsg_plugin.processing import common

        progress, is_cancelled = common.callables(feedback)
        with common.OutputGuard() as guard:
            resistance = common.read_resistance(self, parameters, self.RESISTANCE, context)
            grid = resistance.grid
            sources = self.parameterAsVectorLayer(parameters, self.SOURCES, context)
            destinations = self.parameterAsVectorLayer(parameters, self.DESTINATIONS, context)
            if sources is None or destinations is None:
                raise CcsgError(tr("Choose a sources layer and a destinations layer."))
            for layer in (sources, destinations):
                require_projected(layer)
                validate.check_vector_not_empty(layer)
            nbr = common.neighbours(self, parameters, context)
            path = common.output_path(self, parameters, self.OUTPUT, context, "gpkg")
            self.check_outputs(parameters, context, {self.OUTPUT: (path, "vector")})
            mask = rasterize.layer_mask(sources, grid, context.transformContext())
            validate.check_sources_on_grid(sources, mask, resistance)
            cost_dist = cost_distance(resistance.array, mask, cell_size=grid.cell_size, neighbours=nbr,
                                progress=prog.scaled(progress, 0, 0.8), is_cancelled=is_cancelled)
            fields = QgsFields()
            fields.append(QgsField("dest_fid", QVariant.LongLong))
            fields.append(QgsField("cost", QVariant.Double))
            fields.append(QgsField("length_m", QVariant.Double))
            rows = []
            targets = rasterize.transformed_geometries(destinations, grid.crs, context.transformContext())
            for i, (feature, geom) in enumerate(targets):
                prog.check_cancelled(is_cancelled)
                target = rasterize.geometry_mask(geom, grid)
                lcd, cell = least_cost_cell(cost_dist, target & np.isfinite(cost_dist))
                if cell is None:
                    feedback.pushWarning(tr("Destination {0} cannot be reached from the sources.", feature.id()))
                    rows.append((QgsGeometry(), [feature.id(), None, None]))
                    continue
                traced = trace_path(cost_dist, resistance.array, cell, cell_size=grid.cell_size, neighbours=nbr)
                cells = list(reversed(traced))  # from the source to the destination
                rows.append((path_geometry(cells, grid), [feature.id(), lcd, path_length(cells, grid.cell_size)]))
                prog.report(progress, 0.8 + 0.2 * (i + 1) / len(targets))
            guard.add(writers.write_vector(path, fields, QgsWkbTypes.LineString, grid.crs, rows))
            run = common.plain_parameters(parameters, context, self)
            abstract = tr("Least-cost paths from '{0}' to each feature of '{1}' over '{2}'.", sources.name(),
                          destinations.name(), resistance.name)
            self.finish_later(path, "vector", styling.style_paths,
                          tr("Least-cost paths"), abstract, run, feedback)
        return {self.OUTPUT: path}
