"""ccsg:leastcostcorridors: Linkage-Pathways-style least-cost corridors between core areas."""

from __future__ import annotations

import shutil
import tempfile
import time
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
)

from ccsg_plugin.i18n import tr
from ccsg_plugin.processing import base
from ccsg_plugin.processing.base import CcsgAlgorithm


class LeastCostCorridorsAlgorithm(CcsgAlgorithm):
    ALG_ID = "leastcostcorridors"
    DISPLAY_NAME = "Least-cost corridors between cores"
    HELP = (
        "Maps least-cost corridors between core areas, as Linkage Mapper's Linkage Pathways does.\n"
        "For each pair of cores the tool computes the cost of the cheapest route (the least-cost distance, LCD) "
        "and, for every cell, how much more it costs to go from one core to the other through that cell. That "
        "extra cost is 0 on the least-cost path and grows away from it. The corridors raster keeps, for every "
        "cell, the lowest value over all linked pairs, up to the width cutoff.\n"
        "Cores: polygons with an id field (one feature per core). A cell belongs to a core when its centre is "
        "inside it; a core too small to hold a cell centre takes the cells it touches.\n"
        "Resistance: a raster in a projected CRS (metres); NoData cells cannot be crossed; values must be "
        "positive. Moving one cell costs the mean resistance of the two cells times the distance in metres.\n"
        "Maximum Euclidean distance: only pairs of cores closer than this (edge to edge, in metres) are linked; "
        "0 links all pairs.\n"
        "Width cutoff: keep cells up to this many cost units above the least-cost path (Linkage Mapper's default "
        "is 200 000); 0 keeps everything. Width cutoff percentage (advanced): when above 0, each pair keeps its "
        "own LCD times this percentage instead.\n"
        "Drop links through other cores: a path that crosses a third core is left out (that connection goes "
        "through the third core), as Linkage Mapper does by default.\n"
        "Outputs: the corridors raster (0 = on a least-cost path), the least-cost paths as lines (core_a, core_b, "
        "lcd, path_length_m, euclid_dist_m, lcd_per_euclid, lcd_per_path = mean resistance along the path, "
        "via_core) and one corridor polygon per pair (core_a, core_b, area_ha; core cells excluded). An optional "
        "folder keeps each core's cost-distance raster so that 'Re-cut corridors' can try other cutoffs in "
        "seconds.\n"
        "Climate gradient (advanced, optional; Climate Linkage Mapper): with a climate raster (e.g. mean annual "
        "temperature), each core's climate is the mean - 2 SD of the raster over its cells; pairs are linked only "
        "when their climates differ by more than the climate threshold (0 = no climate rule), and each step also "
        "costs the climate cost x the climate difference between the two cells (the same uphill and downhill), so "
        "links follow gentle climate gradients. A climate raster on another grid is resampled to the resistance "
        "grid; cells without a climate value cannot be crossed. Minimum Euclidean distance: pairs closer than this "
        "(edge to edge, in metres) are not linked. The paths then also carry climate_a, climate_b (each core's "
        "mean - 2 SD), climate_diff and climate_cost_share (the part of the LCD due to the climate term, 0 to 1)."
    )

    CORES = "CORES"
    CORE_ID_FIELD = "CORE_ID_FIELD"
    RESISTANCE = "RESISTANCE"
    NEIGHBOURS = "NEIGHBOURS"
    MAX_EUCLIDEAN_DISTANCE = "MAX_EUCLIDEAN_DISTANCE"
    WIDTH_CUTOFF = "WIDTH_CUTOFF"
    WIDTH_CUTOFF_PERCENT = "WIDTH_CUTOFF_PERCENT"
    DROP_VIA_CORE = "DROP_VIA_CORE"
    MIN_EUCLIDEAN_DISTANCE = "MIN_EUCLIDEAN_DISTANCE"
    CLIMATE = "CLIMATE"
    CLIMATE_THRESHOLD = "CLIMATE_THRESHOLD"
    CLIMATE_COST = "CLIMATE_COST"
    OUTPUT_CORRIDORS = "OUTPUT_CORRIDORS"
    OUTPUT_PATHS = "OUTPUT_PATHS"
    OUTPUT_POLYGONS = "OUTPUT_POLYGONS"
    OUTPUT_CWD_FOLDER = "OUTPUT_CWD_FOLDER"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        for parameter in base.cores_parameters(self.CORES, self.CORE_ID_FIELD):
            self.addParameter(parameter)
        self.addParameter(base.resistance_parameter(self.RESISTANCE))
        self.addParameter(base.neighbours_parameter(self.NEIGHBOURS))
        self.addParameter(QgsProcessingParameterNumber(
            self.MAX_EUCLIDEAN_DISTANCE, tr("Maximum Euclidean distance between cores, m (0 = all pairs)"),
            QgsProcessingParameterNumber.Double, 0.0, False, 0.0))
        self.addParameter(base.width_cutoff_parameter(self.WIDTH_CUTOFF))
        self.addParameter(QgsProcessingParameterBoolean(self.DROP_VIA_CORE, tr("Drop links through other cores"),
                                                        True))
        self.addParameter(base.width_cutoff_percent_parameter(self.WIDTH_CUTOFF_PERCENT, advanced=True))
        advanced = [
            QgsProcessingParameterNumber(
                self.MIN_EUCLIDEAN_DISTANCE, tr("Minimum Euclidean distance between cores, m (0 = none)"),
                QgsProcessingParameterNumber.Double, 0.0, True, 0.0),
            QgsProcessingParameterRasterLayer(self.CLIMATE, tr("Climate raster (e.g. mean annual temperature)"),
                                              optional=True),
            QgsProcessingParameterNumber(
                self.CLIMATE_THRESHOLD, tr("Climate threshold: link cores whose climates differ by more than "
                                           "(0 = no climate rule)"), QgsProcessingParameterNumber.Double, 0.0, True),
            QgsProcessingParameterNumber(
                self.CLIMATE_COST, tr("Climate cost, cost units per climate unit crossed"),
                QgsProcessingParameterNumber.Double, 0.0, True),
        ]
        for definition in advanced:
            definition.setFlags(definition.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(definition)
        self.addParameter(base.raster_output(self.OUTPUT_CORRIDORS, tr("Corridors")))
        self.addParameter(base.vector_output(self.OUTPUT_PATHS, tr("Least-cost paths"), QgsProcessing.TypeVectorLine))
        self.addParameter(base.vector_output(self.OUTPUT_POLYGONS, tr("Corridor polygons"),
                                             QgsProcessing.TypeVectorPolygon))
        self.addParameter(base.folder_output(
            self.OUTPUT_CWD_FOLDER, tr("Keep cost-distance rasters in folder (for re-cutting)"), advanced=True))
        self.addOutput(QgsProcessingOutputNumber("PAIRS_LINKED", tr("Pairs linked")))
        self.addOutput(QgsProcessingOutputNumber("PAIRS_DROPPED", tr("Pairs dropped (through another core)")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import numpy as np

        from ccsg_plugin.core import progress as prog
        from ccsg_plugin.core.engine import corridors
        from ccsg_plugin.core.errors import CcsgError
        from ccsg_plugin.gis import corridor_outputs as co
        from ccsg_plugin.gis import cost_distance_store, crs, destinations, rasterize, validate
        from ccsg_plugin.gis.crs import require_projected
        from ccsg_plugin.processing import common

        started = time.perf_counter()
        progress, is_cancelled = common.callables(feedback)
        with common.OutputGuard() as guard:
            prog.report(progress, 0.0)
            resistance = common.read_resistance(self, parameters, self.RESISTANCE, context)
            grid = resistance.grid
            prog.report(progress, 0.02)  # read: the first step the user sees move (big rasters take seconds)
            cores_layer = self.parameterAsVectorLayer(parameters, self.CORES, context)
            id_field = self.parameterAsString(parameters, self.CORE_ID_FIELD, context)
            if cores_layer is None:
                raise CcsgError(tr("Choose a core areas layer."))
            require_projected(cores_layer)
            validate.check_vector_not_empty(cores_layer)
            validate.check_core_ids(cores_layer, id_field)
            validate.check_core_geometries(cores_layer, id_field)
            nbr = common.neighbours(self, parameters, context)
            max_dist = self.parameterAsDouble(parameters, self.MAX_EUCLIDEAN_DISTANCE, context)
            cutoff = self.parameterAsDouble(parameters, self.WIDTH_CUTOFF, context)
            percent = self.parameterAsDouble(parameters, self.WIDTH_CUTOFF_PERCENT, context) \
                if parameters.get(self.WIDTH_CUTOFF_PERCENT) is not None else 0.0
            drop = self.parameterAsBool(parameters, self.DROP_VIA_CORE, context)
            climate_params = self._climate_parameters(parameters, context)
            folder = self.parameterAsFileOutput(parameters, self.OUTPUT_CWD_FOLDER, context) \
                if parameters.get(self.OUTPUT_CWD_FOLDER) else ""
            paths = {
                self.OUTPUT_CORRIDORS: common.output_path(self, parameters, self.OUTPUT_CORRIDORS, context, "tif"),
                self.OUTPUT_PATHS: common.output_path(self, parameters, self.OUTPUT_PATHS, context, "gpkg"),
                self.OUTPUT_POLYGONS: common.output_path(self, parameters, self.OUTPUT_POLYGONS, context, "gpkg"),
            }
            outputs = {self.OUTPUT_CORRIDORS: (paths[self.OUTPUT_CORRIDORS], "raster"),
                       self.OUTPUT_PATHS: (paths[self.OUTPUT_PATHS], "vector"),
                       self.OUTPUT_POLYGONS: (paths[self.OUTPUT_POLYGONS], "vector")}
            if folder:
                folder = destinations.check_file_destination(self.OUTPUT_CWD_FOLDER, folder)
                if not Path(folder).is_file():  # a file given as the folder: refused by check_outputs below
                    cost_distance_store.check_folder(folder)
                    outputs.update(cost_distance_store.planned_files(folder,
                                                                     [f[id_field] for f in cores_layer.getFeatures()]))
            self.check_outputs(parameters, context, outputs, {self.OUTPUT_CWD_FOLDER: folder} if folder else None)
            if not crs.same_crs(cores_layer.crs(), grid.crs):
                feedback.pushInfo(tr("The cores layer is reprojected from {0} to the raster's CRS {1}.",
                                     cores_layer.crs().authid(), grid.crs.authid()))
            masks, geoms = rasterize.core_cells(cores_layer, id_field, grid, context.transformContext())
            validate.check_cores_on_grid(cores_layer, masks, resistance)
            validate.check_two_cores(cores_layer, masks)
            overlaps = validate.overlapping_cores(geoms)
            if overlaps:
                feedback.pushWarning(tr(
                    "Cores of '{0}' overlap or touch: {1}. Each such pair is linked at zero cost, with a path of no "
                    "length (written without a geometry); merge or separate these cores if they are not one "
                    "habitat.", cores_layer.name(), "; ".join(tr("{0} and {1}", a, b) for a, b in overlaps)))
            feedback.pushInfo(tr("{0} core(s) on a grid of {1} x {2} cells.", None, len(masks), len(masks),
                                 grid.shape[1], grid.shape[0]))
            prog.report(progress, 0.04)
            workers = self._warn_memory(feedback, grid, masks, geoms, max_dist)
            climate = None
            if climate_params["climate_layer"] is not None:
                from ccsg_plugin.gis import climate_input

                climate = climate_input.read_climate(climate_params["climate_layer"], resistance, feedback)

            # Each core's cost-distance goes to disk once computed (spill), so memory holds the runs in progress,
            # not every core's grid; the folder goes with the run, whatever happens.
            spill = tempfile.mkdtemp(prefix="ccsg_cost_distances_", dir=QgsProcessingUtils.tempFolder())
            core_cells = np.zeros(grid.shape, bool)
            for m in masks.values():
                core_cells |= m
            polygons = co.CorridorPolygons(grid, core_cells)  # made as the mosaic is (one pass over the pairs)
            try:
                result = corridors.least_cost_corridors(
                    resistance.array, masks, geoms, grid.cell_size, nbr, max_dist, cutoff, percent, drop,
                    clip=not folder, progress=prog.scaled(progress, 0.04, 0.94), is_cancelled=is_cancelled,
                    min_euclidean_distance=climate_params["min_euclidean_distance"], climate=climate,
                    climate_cost=climate_params["climate_cost"],
                    climate_threshold=climate_params["climate_threshold"], workers=workers, spill_folder=spill,
                    on_corridor=polygons)
                self._write_outputs(parameters, context, feedback, result, paths, folder, grid, masks, guard,
                                    {"nbr": nbr, "id_field": id_field, "cutoff": cutoff, "percent": percent,
                                     "climate_params": climate_params, "polygons": polygons}, progress,
                                    is_cancelled, climate)
            finally:
                shutil.rmtree(spill, ignore_errors=True)
        feedback.setProgress(100)
        feedback.pushInfo(tr("Done in {0:.1f} s: {1} pairs linked, {2} dropped through another core.",
                             time.perf_counter() - started, len(result.linked), len(result.dropped)))
        outputs = dict(paths)
        outputs[self.OUTPUT_CWD_FOLDER] = folder or None
        outputs["PAIRS_LINKED"] = len(result.linked)
        outputs["PAIRS_DROPPED"] = len(result.dropped)
        return outputs

    def _write_outputs(self, parameters, context, feedback, result, paths, folder, grid, masks, guard, opts,
                       progress, is_cancelled, climate) -> None:
        from ccsg_plugin.core import progress as prog
        from ccsg_plugin.gis import corridor_outputs as co
        from ccsg_plugin.gis import cost_distance_store, output, styling
        from ccsg_plugin.processing import common

        nbr, id_field, cutoff, percent = opts["nbr"], opts["id_field"], opts["cutoff"], opts["percent"]
        climate_params = opts["climate_params"]
        for link in result.links:
            feedback.pushInfo(self._describe(link))
            if link.linked:
                feedback.pushInfo(self._describe_window(link, grid))
        if not result.links:
            feedback.pushWarning(tr("No pair of cores is within the maximum Euclidean distance."))

        polygons = opts["polygons"]  # the CorridorPolygons filled during the run; it holds the core cells too
        core_cells = polygons.core_cells
        id_type = co.id_variant(masks)
        guard.add(co.write_mosaic(paths[self.OUTPUT_CORRIDORS], result.mosaic, grid, feedback))
        prog.check_cancelled(is_cancelled)
        guard.add(co.write_paths(paths[self.OUTPUT_PATHS], result.links, grid, id_type, is_cancelled))
        prog.report(progress, 0.96)
        guard.add(co.write_polygons(paths[self.OUTPUT_POLYGONS], polygons.rows, grid, id_type, is_cancelled))
        prog.report(progress, 0.97)
        run = common.plain_parameters(parameters, context, self)
        if folder:
            info = {"parameters": run, "neighbours": nbr, "width_cutoff": cutoff, "width_cutoff_percent": percent,
                    "id_field": id_field, "cell_size": list(grid.cell_size),
                    "min_euclidean_distance": climate_params["min_euclidean_distance"],
                    "climate": self._climate_record(climate_params)}
            cost_distance_store.save(folder, result.cost_distances, result.links, grid, core_cells, info, guard,
                                     feedback.pushInfo)
        top = co.mosaic_top(result.mosaic, cutoff if percent <= 0 else 0.0)
        abstract = tr("Least-cost corridors: {0} pair(s) linked, {1} dropped (through another core).",
                      None, len(result.linked), len(result.linked), len(result.dropped))
        if climate is not None:
            abstract += " " + tr("Climate gradient: climate raster {0}, climate threshold {1:g}, climate cost "
                                 "{2:g} per climate unit, minimum Euclidean distance {3:g} m.",
                                 climate_params["climate_layer"].source(), climate_params["climate_threshold"],
                                 climate_params["climate_cost"], climate_params["min_euclidean_distance"])
        self.finish_later(paths[self.OUTPUT_CORRIDORS], "raster", lambda lyr: styling.style_corridors(lyr, top),
                      tr("Corridors"), abstract, run, feedback)
        self.finish_later(paths[self.OUTPUT_PATHS], "vector",
                      styling.style_paths,
                      tr("Least-cost paths"), abstract, run, feedback)
        self.finish_later(paths[self.OUTPUT_POLYGONS], "vector",
                      lambda lyr: output.apply_style(lyr, styling.STYLE_POLYGONS),
                      tr("Corridor polygons"), abstract, run, feedback)

    def _climate_parameters(self, parameters, context) -> dict:
        """The climate-gradient inputs, checked: CcsgError for a negative value or a cost/threshold without raster."""
        from ccsg_plugin.core.errors import CcsgError

        def number(name):
            return self.parameterAsDouble(parameters, name, context) if parameters.get(name) is not None else 0.0

        layer = self.parameterAsRasterLayer(parameters, self.CLIMATE, context) if parameters.get(self.CLIMATE) \
            else None
        out = {"climate_layer": layer, "climate_threshold": number(self.CLIMATE_THRESHOLD),
               "climate_cost": number(self.CLIMATE_COST), "min_euclidean_distance": number(self.MIN_EUCLIDEAN_DISTANCE)}
        if out["climate_cost"] < 0:
            raise CcsgError(tr("The climate cost is {0:g}; it must be 0 or positive (cost units added per climate "
                               "unit crossed).", out["climate_cost"]))
        if out["climate_threshold"] < 0:
            raise CcsgError(tr("The climate threshold is {0:g}; it must be 0 (no climate rule) or positive.",
                               out["climate_threshold"]))
        if layer is None and (out["climate_cost"] > 0 or out["climate_threshold"] > 0):
            raise CcsgError(tr("A climate cost or climate threshold needs a climate raster; choose one or set them "
                               "to 0."))
        return out

    @staticmethod
    def _climate_record(params: dict):
        """The climate settings kept in links.json (None for a run without climate raster)."""
        if params["climate_layer"] is None:
            return None
        return {"raster": params["climate_layer"].source(), "threshold": params["climate_threshold"],
                "cost": params["climate_cost"], "min_euclidean_distance": params["min_euclidean_distance"]}

    @staticmethod
    def _warn_memory(feedback, grid, masks: dict, geoms: dict, max_dist: float, free=None) -> int:
        """The input doctor's memory estimate against the memory free now: a warning before a run that may exhaust
        it (the analysis panel shows the same check before the run). `free` may be given (tests). Returns the
        processes the cost-distances run in: two (Linux) when two runs' peak fits the free memory, else one."""
        from ccsg_plugin.core.doctor.run_estimate import format_bytes, linked_pairs, peak_bytes, workers_for
        from ccsg_plugin.gis import machine

        free = machine.available_memory_bytes() if free is None else free
        ids = list(geoms)
        if max_dist and max_dist > 0:
            linked = {i for pair in linked_pairs([geoms[c] for c in ids], max_dist) for i in pair}
        else:
            linked = set(range(len(ids))) if len(ids) > 1 else set()
        cells = int(grid.shape[0]) * int(grid.shape[1])
        workers = workers_for(cells, len(masks), len(linked), free)
        feedback.pushInfo(tr("Cost-distances run in {0} process(es) at a time.", workers))
        if free is None:
            return workers
        peak = peak_bytes(cells, len(masks), len(linked))
        if peak > free:
            feedback.pushWarning(tr(
                "This run may need about {0} of memory ({1} cells, {2} cores), more than the {3} free now. Close "
                "other programs, clip the resistance raster to the study area, use a coarser cell size or set a "
                "maximum distance between cores.", format_bytes(peak), f"{cells:,}", len(masks), format_bytes(free)))
        return workers

    @staticmethod
    def _describe_window(link, grid) -> str:
        """The pair's window (where both cores' cost-distances were computed) and its share of the raster."""
        total = int(grid.shape[0]) * int(grid.shape[1])
        return tr("Cores {0} and {1}: window of {2:,} cells ({3:.1%} of the raster), {4:,} corridor cells.",
                  link.core_a, link.core_b, link.window_cells, link.window_cells / max(total, 1), link.corridor_cells)

    @staticmethod
    def _describe(link) -> str:
        if link.lcd == float("inf"):
            return tr("Cores {0} and {1}: not connected (no passable route).", link.core_a, link.core_b)
        text = tr("Cores {0} and {1}: LCD {2:,.0f}, path {3:,.0f} m, Euclidean {4:,.0f} m", link.core_a, link.core_b,
                  link.lcd, link.path_length_m, link.euclid_dist_m)
        if link.climate_diff is not None:
            text += tr(", climate difference {0:.4g}, climate term {1:.1%} of the LCD", link.climate_diff,
                       link.climate_cost_share or 0.0)
        if link.via_core is not None:
            text += tr(" - passes through core {0}", link.via_core) + (tr(" (dropped)") if link.dropped else "")
        return text
