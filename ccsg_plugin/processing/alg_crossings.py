"""ccsg:crossings: how much roads, railways and fences cost each corridor, and which crossing structure to build
first, from a kept corridor run."""

from __future__ import annotations

import math
import time
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
    QgsRasterLayer,
)

from ccsg_plugin.i18n import tr
from ccsg_plugin.processing.base import CcsgAlgorithm


class CrossingsAlgorithm(CcsgAlgorithm):
    ALG_ID = "crossings"
    DISPLAY_NAME = "Infrastructure crossing priorities"
    HELP = (
        "Measures how much linear infrastructure (roads, railways, canals, fences) raises the cost of each "
        "corridor of a kept 'Least-cost corridors between cores' run, and where a crossing structure (underpass, "
        "overpass) would win most of it back.\n"
        "Infrastructure: lines. The optional resistance field gives the resistance each line adds to the cells it "
        "touches (a positive number) or the text 'impassable'; without the field, or where it is empty, the "
        "lines cannot be crossed. Lines in another CRS are reprojected to the run's grid.\n"
        "Existing crossings (optional): points of underpasses and overpasses; the infrastructure stays permeable "
        "within one cell of each point.\n"
        "Current (optional): the raster of 'Pinch points' on the same grid; each crossing gets the highest current "
        "along its stretch.\n"
        "Resistance (advanced): the resistance raster of the corridor run; by default the file the run recorded.\n"
        "For each linked pair whose corridor the infrastructure crosses, one point per crossing stretch (the "
        "infrastructure cells inside the corridor that touch each other), placed where the stretch is nearest the "
        "least-cost path, with: severance_cost = how much the pair's least-cost distance (LCD) rises with the "
        "infrastructure burned in; keep_open_gain = how much of that a crossing structure at this stretch wins "
        "back (the pair is run again with only this stretch open); current; corridor_value = the corridor value at "
        "the point (0 on the least-cost path); rank (1 = build first). A pair the infrastructure cuts off has "
        "'severed' set and an empty severance_cost and keep_open_gain; 'reconnects' marks the stretches whose "
        "crossing alone would reconnect it (they rank first). Each pair is run only inside its corridor's box "
        "unless the infrastructure pushes its route out of the corridor."
    )

    INFRASTRUCTURE = "INFRASTRUCTURE"
    RESISTANCE_FIELD = "RESISTANCE_FIELD"
    RUN_FOLDER = "RUN_FOLDER"
    CROSSINGS = "CROSSINGS"
    CURRENT = "CURRENT"
    RESISTANCE = "RESISTANCE"
    OUTPUT = "OUTPUT"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.INFRASTRUCTURE, tr("Infrastructure (roads, railways, fences: lines)"), [QgsProcessing.TypeVectorLine]))
        self.addParameter(QgsProcessingParameterField(
            self.RESISTANCE_FIELD, tr("Resistance added (field: a number or 'impassable'; none = impassable)"), None,
            self.INFRASTRUCTURE, QgsProcessingParameterField.Any, False, True))
        self.addParameter(QgsProcessingParameterFile(self.RUN_FOLDER, tr("Folder of a corridor run (links.json)"),
                                                     QgsProcessingParameterFile.Folder))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.CROSSINGS, tr("Existing crossings (underpasses, overpasses: points)"), [QgsProcessing.TypeVectorPoint],
            None, True))
        self.addParameter(QgsProcessingParameterRasterLayer(self.CURRENT, tr("Current (from Pinch points)"), None,
                                                            True))
        resistance = QgsProcessingParameterRasterLayer(
            self.RESISTANCE, tr("Resistance raster of the run (default: the one the run recorded)"), None, True)
        resistance.setFlags(resistance.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(resistance)
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT, tr("Infrastructure crossings"),
                                                                  QgsProcessing.TypeVectorPoint))

    @staticmethod
    def _recorded(doc) -> str:
        """The resistance raster file the corridor run recorded ('' when none)."""
        value = (doc.get("parameters") or {}).get("RESISTANCE")
        return str(value).split("|")[0] if value else ""

    def _resistance(self, parameters, context, doc, folder):
        from ccsg_plugin.core.errors import CcsgError
        from ccsg_plugin.gis import raster_io, validate
        from ccsg_plugin.processing import common

        if parameters.get(self.RESISTANCE):
            return common.read_resistance(self, parameters, self.RESISTANCE, context)
        recorded = self._recorded(doc)
        if not recorded or not Path(recorded).exists():
            raise CcsgError(tr("The corridor run in {0} does not name a resistance raster that exists ({1}); give "
                               "the run's resistance raster in the Resistance parameter.", folder, recorded or "-"))
        layer = QgsRasterLayer(str(recorded), Path(str(recorded)).stem)
        if not layer.isValid():
            raise CcsgError(tr("The resistance raster {0} that the corridor run in {1} used cannot be opened; give it "
                               "in the Resistance parameter.", recorded, folder))
        data = raster_io.read_band(layer)
        validate.check_resistance(data)
        return data

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ccsg_plugin.core import progress as prog
        from ccsg_plugin.core.engine import crossings
        from ccsg_plugin.core.errors import CcsgError
        from ccsg_plugin.gis import destinations, raster_io
        from ccsg_plugin.gis import restoration_inputs as inputs
        from ccsg_plugin.gis import restoration_outputs as out
        from ccsg_plugin.gis.corridor_outputs import id_variant
        from ccsg_plugin.gis.crs import same_crs
        from ccsg_plugin.processing import common

        started = time.perf_counter()
        progress, is_cancelled = common.callables(feedback)
        with common.OutputGuard() as guard:
            infra_layer = self.parameterAsVectorLayer(parameters, self.INFRASTRUCTURE, context)
            field = self.parameterAsString(parameters, self.RESISTANCE_FIELD, context) or ""
            folder = self.parameterAsFile(parameters, self.RUN_FOLDER, context)
            points = self.parameterAsVectorLayer(parameters, self.CROSSINGS, context) \
                if parameters.get(self.CROSSINGS) else None
            current_layer = self.parameterAsRasterLayer(parameters, self.CURRENT, context) \
                if parameters.get(self.CURRENT) else None
            if infra_layer is None:
                raise CcsgError(tr("Choose an infrastructure layer (lines)."))
            path = common.output_path(self, parameters, self.OUTPUT, context, "gpkg")
            cost_distances, links, grid, doc = inputs.load_run(folder)
            # The output rule, with the resistance the run recorded among the inputs when it is the one read.
            recorded = [] if parameters.get(self.RESISTANCE) else [self._recorded(doc)]
            destinations.check({self.OUTPUT: (path, "vector")}, self.input_paths(parameters, context) + recorded)
            resistance = self._resistance(parameters, context, doc, folder)
            inputs.check_on_run_grid(resistance, grid, folder, tr("resistance raster"))
            current = None
            if current_layer is not None:
                current_data = raster_io.read_band(current_layer)
                inputs.check_on_run_grid(current_data, grid, folder, tr("current raster"))
                current = current_data.array
            transform_context = context.transformContext()
            for layer in (infra_layer, points):
                if layer is not None and layer.crs().isValid() and not same_crs(layer.crs(), grid.crs):
                    feedback.pushInfo(tr("The layer '{0}' is reprojected from {1} to the run's CRS {2}.", layer.name(),
                                         layer.crs().authid(), grid.crs.authid()))
            added, burned = inputs.infrastructure_cells(infra_layer, field, grid, transform_context)
            impassable = int((added == math.inf).sum())
            feedback.pushInfo(tr("{0} lines of '{1}' burned into {2} cells ({3} impassable).", burned,
                                 infra_layer.name(), int((added > 0).sum()), impassable))
            open_cells = None
            if points is not None:
                open_cells, used, ignored = inputs.crossing_cells(points, added, grid, transform_context)
                feedback.pushInfo(tr("{0} existing crossings keep the infrastructure open.", used))
                if ignored:
                    feedback.pushWarning(tr("{0} points of '{1}' lie more than one cell from any infrastructure line "
                                            "and were ignored.", ignored, points.name()))
            pairs_linked = [lk for lk in links if lk.linked]

            def per_pair(fraction):
                # The core reports the fraction of pairs done; the log names the pair being run.
                prog.report(progress, 0.95 * fraction)
                done = min(int(fraction * len(pairs_linked) + 1e-9), len(pairs_linked) - 1)
                if pairs_linked and done != shown[0]:
                    shown[0] = done
                    lk = pairs_linked[done]
                    feedback.setProgressText(tr("Pair {0} of {1}: cores {2} and {3}", done + 1, len(pairs_linked),
                                                lk.core_a, lk.core_b))

            shown = [-1]
            found, severances = crossings.crossing_priorities(
                resistance.array, added, open_cells, cost_distances, links, grid.cell_size, int(doc.get("neighbours",
                                                                                                        8)),
                float(doc.get("width_cutoff") or 0.0), float(doc.get("width_cutoff_percent") or 0.0), current,
                per_pair, is_cancelled)
            for pair in severances:
                if math.isinf(pair.lcd_burned):
                    feedback.pushWarning(tr("Cores {0} and {1}: the infrastructure cuts them off (LCD {2:,.0f} "
                                            "without it).", pair.core_a, pair.core_b, pair.lcd))
                else:
                    feedback.pushInfo(tr("Cores {0} and {1}: LCD {2:,.0f} -> {3:,.0f} with the infrastructure, {4} "
                                         "crossing stretches.", pair.core_a, pair.core_b, pair.lcd, pair.lcd_burned,
                                         pair.stretches))
            if not found:
                feedback.pushWarning(tr("The infrastructure crosses no corridor of the run: the output has no point."))
            guard.add(out.write_crossings(path, found, grid, id_variant(cost_distances), is_cancelled))
            run = common.plain_parameters(parameters, context, self)
            abstract = tr("Infrastructure crossings of {0} on the corridors of {1}: {2} stretches in {3} pairs.",
                          infra_layer.name(), folder, len(found), len(severances))
            self.finish_later(path, "vector", out.style_crossings, tr("Infrastructure crossings"), abstract, run)
        feedback.setProgress(100)
        feedback.pushInfo(tr("Done in {0:.1f} s.", time.perf_counter() - started))
        return {self.OUTPUT: path}
