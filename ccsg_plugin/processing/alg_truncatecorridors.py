"""ccsg:truncatecorridors: a new width cutoff for a kept corridor run, in seconds (no cost-distance is recomputed)."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterFile,
)

from ccsg_plugin.i18n import tr
from ccsg_plugin.processing import base
from ccsg_plugin.processing.base import CcsgAlgorithm


class TruncateCorridorsAlgorithm(CcsgAlgorithm):
    ALG_ID = "truncatecorridors"
    DISPLAY_NAME = "Re-cut corridors (new width cutoff)"
    HELP = (
        "Makes the corridors raster and corridor polygons again with another width cutoff, from the folder that "
        "'Least-cost corridors between cores' kept (advanced parameter 'Keep cost-distance rasters in folder'). "
        "Nothing is recomputed but sums of the kept rasters, so trying several cutoffs takes seconds.\n"
        "Width cutoff: cells up to this many cost units above the least-cost path are kept; 0 keeps everything. "
        "Width cutoff percentage: when above 0, each pair keeps its own least-cost distance times this "
        "percentage instead. Links dropped in the original run (through another core) stay dropped."
    )

    CWD_FOLDER = "CWD_FOLDER"
    WIDTH_CUTOFF = "WIDTH_CUTOFF"
    WIDTH_CUTOFF_PERCENT = "WIDTH_CUTOFF_PERCENT"
    OUTPUT_CORRIDORS = "OUTPUT_CORRIDORS"
    OUTPUT_POLYGONS = "OUTPUT_POLYGONS"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(self.CWD_FOLDER, tr("Folder of a corridor run (links.json)"),
                                                     QgsProcessingParameterFile.Folder))
        self.addParameter(base.width_cutoff_parameter(self.WIDTH_CUTOFF))
        self.addParameter(base.width_cutoff_percent_parameter(self.WIDTH_CUTOFF_PERCENT))
        self.addParameter(base.raster_output(self.OUTPUT_CORRIDORS, tr("Corridors")))
        self.addParameter(base.vector_output(self.OUTPUT_POLYGONS, tr("Corridor polygons"),
                                             QgsProcessing.TypeVectorPolygon))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ccsg_plugin.core import progress as prog
        from ccsg_plugin.core.engine import corridors
        from ccsg_plugin.gis import corridor_outputs as co
        from ccsg_plugin.gis import cost_distance_store, output, styling
        from ccsg_plugin.processing import common

        progress, is_cancelled = common.callables(feedback)
        with common.OutputGuard() as guard:
            folder = self.parameterAsFile(parameters, self.CWD_FOLDER, context)
            cutoff = self.parameterAsDouble(parameters, self.WIDTH_CUTOFF, context)
            percent = self.parameterAsDouble(parameters, self.WIDTH_CUTOFF_PERCENT, context) \
                if parameters.get(self.WIDTH_CUTOFF_PERCENT) is not None else 0.0
            paths = {
                self.OUTPUT_CORRIDORS: common.output_path(self, parameters, self.OUTPUT_CORRIDORS, context, "tif"),
                self.OUTPUT_POLYGONS: common.output_path(self, parameters, self.OUTPUT_POLYGONS, context, "gpkg"),
            }
            self.check_outputs(parameters, context, {self.OUTPUT_CORRIDORS: (paths[self.OUTPUT_CORRIDORS], "raster"),
                                                     self.OUTPUT_POLYGONS: (paths[self.OUTPUT_POLYGONS], "vector")})
            cost_distances, links, grid, core_cells, doc = cost_distance_store.load(folder)
            polygons = co.CorridorPolygons(grid, core_cells)  # made as the mosaic is (one pass over the pairs)
            mosaic = corridors.truncate(cost_distances, links, grid.shape, cutoff, percent,
                                        prog.scaled(progress, 0, 0.85), is_cancelled, polygons)
            id_type = co.id_variant(cost_distances)
            guard.add(co.write_mosaic(paths[self.OUTPUT_CORRIDORS], mosaic, grid, feedback))
            prog.report(progress, 0.9)
            guard.add(co.write_polygons(paths[self.OUTPUT_POLYGONS], polygons.rows, grid, id_type, is_cancelled))
            run = common.plain_parameters(parameters, context, self)
            kept = sum(1 for link in links if link.linked)
            abstract = tr("Least-cost corridors re-cut from {0}: {1} pairs.", folder, kept)
            climate = doc.get("climate")
            if climate:  # the kept run's climate settings shaped its cost-distances and pairs: say so here too
                abstract += " " + tr("Climate gradient: climate raster {0}, climate threshold {1:g}, climate cost "
                                     "{2:g} per climate unit, minimum Euclidean distance {3:g} m.", climate["raster"],
                                     climate["threshold"], climate["cost"], climate["min_euclidean_distance"])
            top = co.mosaic_top(mosaic, cutoff if percent <= 0 else 0.0)
            self.finish_later(paths[self.OUTPUT_CORRIDORS], "raster", lambda lyr: styling.style_corridors(lyr, top),
                          tr("Corridors"), abstract, run, feedback)
            self.finish_later(paths[self.OUTPUT_POLYGONS], "vector",
                          lambda lyr: output.apply_style(lyr, styling.STYLE_POLYGONS),
                          tr("Corridor polygons"), abstract, run, feedback)
        for link in links:
            if link.linked:
                feedback.pushInfo(tr("Cores {0} and {1}: {2} corridor cells.", link.core_a, link.core_b,
                                     link.corridor_cells))
        return paths
