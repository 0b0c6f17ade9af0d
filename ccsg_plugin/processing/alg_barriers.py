"""ccsg:barriers: where restoring habitat would shorten the least-cost links most (Linkage Mapper's Barrier
Mapper), from a kept corridor run."""

from __future__ import annotations

import time

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterVectorDestination,
)

from ccsg_plugin.i18n import tr
from ccsg_plugin.processing.base import CcsgAlgorithm


class BarriersAlgorithm(CcsgAlgorithm):
    ALG_ID = "barriers"
    DISPLAY_NAME = "Restoration priorities (barriers)"
    HELP = (
        "Finds where restoring habitat would shorten the least-cost links between cores most, as Linkage "
        "Mapper's Barrier Mapper does, from the folder a 'Least-cost corridors between cores' run kept (advanced "
        "parameter 'Keep cost-distance rasters in folder').\n"
        "For every linked pair and radius r, the tool imagines a disc of radius r around each cell restored to "
        "resistance 1. A route could then go from one core to the edge of the disc, straight across it and on to "
        "the other core. The improvement score is how much that lowers the pair's least-cost distance (LCD) per "
        "map unit restored: (LCD - cost from core A to the disc's edge - cost from core B to it - 2r) / 2r. The "
        "disc's edge is a ring one cell wide, exact in map units on any cell size.\n"
        "Radii: from the minimum to the maximum by the step, in map units (metres). The minimum must be at least "
        "the cell size; a step of 0 means one radius (the minimum).\n"
        "Combine pairs: maximum (the best pair at each cell; negative scores are NoData), sum (negative scores and "
        "NoData count as 0), or both. Across radii the highest score is kept, and the radius raster says which "
        "radius gave it.\n"
        "Percent: the score as a percentage of each pair's LCD (per map unit restored).\n"
        "Outputs: the score at disc centres, the area to restore (the highest score of any disc covering the "
        "cell), the radius, and the top sites as ranked points (pair, score, radius_m, lcd_gain = the LCD drop in "
        "cost units, rank). Planners act on the sites."
    )

    RUN_FOLDER = "RUN_FOLDER"
    RADIUS_MIN = "RADIUS_MIN"
    RADIUS_MAX = "RADIUS_MAX"
    RADIUS_STEP = "RADIUS_STEP"
    COMBINE = "COMBINE"
    PERCENT = "PERCENT"
    SITES = "SITES"
    OUTPUT_CENTRES = "OUTPUT_CENTRES"
    OUTPUT_CENTRES_SUM = "OUTPUT_CENTRES_SUM"
    OUTPUT_CIRCLES = "OUTPUT_CIRCLES"
    OUTPUT_RADIUS = "OUTPUT_RADIUS"
    OUTPUT_SITES = "OUTPUT_SITES"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(self.RUN_FOLDER, tr("Folder of a corridor run (links.json)"),
                                                     QgsProcessingParameterFile.Folder))
        for name, label, default in ((self.RADIUS_MIN, tr("Minimum radius, m"), 1000.0),
                                     (self.RADIUS_MAX, tr("Maximum radius, m"), 3000.0),
                                     (self.RADIUS_STEP, tr("Radius step, m (0 = the minimum radius only)"), 1000.0)):
            self.addParameter(QgsProcessingParameterNumber(name, label, QgsProcessingParameterNumber.Double,
                                                           default, False, 0.0))
        self.addParameter(QgsProcessingParameterEnum(
            self.COMBINE, tr("Combine pairs"), [tr("Maximum"), tr("Sum"), tr("Both")], False, 0))
        self.addParameter(QgsProcessingParameterBoolean(self.PERCENT, tr("Score as % of each pair's LCD"), False))
        sites = QgsProcessingParameterNumber(self.SITES, tr("Number of sites"), QgsProcessingParameterNumber.Integer,
                                             20, False, 1, 10000)
        sites.setFlags(sites.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(sites)
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_CENTRES,
                                                                  tr("Restoration score (disc centres)")))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_CENTRES_SUM, tr("Restoration score, summed over pairs (when combining both)"), None, True,
            False))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_CIRCLES,
                                                                  tr("Restoration score (area to restore)")))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_RADIUS, tr("Best radius")))
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT_SITES, tr("Restoration sites"),
                                                                  QgsProcessing.TypeVectorPoint))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ccsg_plugin.core import progress as prog
        from ccsg_plugin.core.engine import barriers
        from ccsg_plugin.gis import restoration_inputs as inputs
        from ccsg_plugin.gis import restoration_outputs as out
        from ccsg_plugin.processing import common

        started = time.perf_counter()
        progress, is_cancelled = common.callables(feedback)
        with common.OutputGuard() as guard:
            folder = self.parameterAsFile(parameters, self.RUN_FOLDER, context)
            rmin = self.parameterAsDouble(parameters, self.RADIUS_MIN, context)
            rmax = self.parameterAsDouble(parameters, self.RADIUS_MAX, context)
            step = self.parameterAsDouble(parameters, self.RADIUS_STEP, context)
            combine = self.parameterAsEnum(parameters, self.COMBINE, context)
            percent = self.parameterAsBool(parameters, self.PERCENT, context)
            n_sites = self.parameterAsInt(parameters, self.SITES, context)
            paths = {
                self.OUTPUT_CENTRES: common.output_path(self, parameters, self.OUTPUT_CENTRES, context, "tif"),
                self.OUTPUT_CIRCLES: common.output_path(self, parameters, self.OUTPUT_CIRCLES, context, "tif"),
                self.OUTPUT_RADIUS: common.output_path(self, parameters, self.OUTPUT_RADIUS, context, "tif"),
                self.OUTPUT_SITES: common.output_path(self, parameters, self.OUTPUT_SITES, context, "gpkg"),
            }
            if combine == barriers.COMBINE_BOTH:
                paths[self.OUTPUT_CENTRES_SUM] = common.output_path(self, parameters, self.OUTPUT_CENTRES_SUM,
                                                                    context, "tif")
            self.check_outputs(parameters, context, {key: (path, "vector" if key == self.OUTPUT_SITES else "raster")
                                                     for key, path in paths.items()})
            cost_distances, links, grid, _doc = inputs.load_run(folder)
            h, w = grid.shape
            extent = max(h * grid.cell_size[1], w * grid.cell_size[0])
            radii = barriers.radii_list(rmin, rmax, step, grid.cell_size, extent)
            if step == 0 and rmax != rmin:
                feedback.pushInfo(tr("The radius step is 0: one radius, {0:g} m, is used.", rmin))
            linked = [lk for lk in links if lk.linked]
            feedback.pushInfo(tr("{0} linked pairs, {1} radii ({2}) on a grid of {3} x {4} cells.", len(linked),
                                 len(radii), ", ".join(f"{r:g}" for r in radii), w, h))
            result = barriers.barrier_scores(cost_distances, links, grid.shape, grid.cell_size, radii, combine, percent,
                                             n_sites, prog.scaled(progress, 0.0, 0.9), is_cancelled)
            guard.add(out.write_raster(paths[self.OUTPUT_CENTRES], result.centres, grid, feedback))
            guard.add(out.write_raster(paths[self.OUTPUT_CIRCLES], result.circles, grid, feedback))
            guard.add(out.write_raster(paths[self.OUTPUT_RADIUS], result.radius, grid, feedback))
            if result.centres_sum is not None:
                guard.add(out.write_raster(paths[self.OUTPUT_CENTRES_SUM], result.centres_sum, grid, feedback))
            prog.check_cancelled(is_cancelled)
            guard.add(out.write_sites(paths[self.OUTPUT_SITES], result.sites, grid, is_cancelled))
            run = common.plain_parameters(parameters, context, self)
            run["radii"] = radii
            abstract = tr("Restoration priorities from {0}: {1} pairs, radii {2} m, {3} sites.", folder,
                          len(result.pairs), ", ".join(f"{r:g}" for r in radii), len(result.sites))
            top = out.top_value(result.circles)
            for key, title in ((self.OUTPUT_CENTRES, tr("Restoration score")),
                               (self.OUTPUT_CIRCLES, tr("Area to restore")),
                               (self.OUTPUT_CENTRES_SUM, tr("Restoration score (sum)"))):
                if key in paths:
                    self.finish_later(paths[key], "raster", lambda lyr: out.style_scores(lyr, top, percent), title,
                                      abstract, run)
            self.finish_later(paths[self.OUTPUT_RADIUS], "raster", lambda lyr: out.style_radius(lyr, radii),
                              tr("Best restoration radius"), abstract, run)
            self.finish_later(paths[self.OUTPUT_SITES], "vector", out.style_sites, tr("Restoration sites"), abstract,
                              run)
        for site in result.sites[:5]:
            feedback.pushInfo(tr("Site {0}: score {1:.4g}, radius {2:g} m, LCD gain {3:,.0f} ({4}).", site.rank,
                                 site.score, site.radius, site.lcd_gain,
                                 "; ".join(out.pair_text(a, b) for a, b in site.pairs)))
        feedback.setProgress(100)
        feedback.pushInfo(tr("Done in {0:.1f} s.", time.perf_counter() - started))
        outputs = dict(paths)
        outputs.setdefault(self.OUTPUT_CENTRES_SUM, None)
        return outputs
