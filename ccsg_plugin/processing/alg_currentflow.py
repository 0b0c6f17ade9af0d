"""ccsg:currentflow: Circuitscape's raster pairwise mode (effective resistance and cumulative current), numpy only."""

from __future__ import annotations

import itertools
import re
import time
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)

from ccsg_plugin.i18n import tr
from ccsg_plugin.processing.base import CcsgAlgorithm


def _safe(value) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", str(value))


class CurrentFlowAlgorithm(CcsgAlgorithm):
    ALG_ID = "currentflow"
    DISPLAY_NAME = "Current flow between focal nodes (circuit theory)"
    GROUP_ID = "circuit"
    GROUP_NAME = "Circuit-theory connectivity"
    HELP = (
        "Circuit-theory connectivity between focal nodes, as Circuitscape's pairwise raster mode computes it, with "
        "nothing else to install.\n"
        "Every valid cell of the resistance raster is a node; neighbouring cells are joined by a conductance of "
        "2 / (R1 + R2), or the mean of the two conductances with 'Average conductance'; diagonal links (8 "
        "neighbours) are divided by the square root of 2. The cell size does not enter. NoData cells carry no "
        "current. Zero or negative resistance is refused.\n"
        "Focal nodes: points or polygons with an id field; features sharing an id, and all the cells of a polygon, "
        "form one node. Short-circuit regions (optional polygons): areas of zero resistance, each one node.\n"
        "For every pair of focal nodes, 1 A flows from one to the other. Outputs: the cumulative current over all "
        "pairs (a cell's current is the current passing through it), lines between the focal nodes with the "
        "effective resistance (NULL when the two are not connected), and, optionally, a folder with one voltage "
        "and one current map per pair."
    )

    RESISTANCE = "RESISTANCE"
    IS_CONDUCTANCE = "IS_CONDUCTANCE"
    FOCAL = "FOCAL"
    FOCAL_ID_FIELD = "FOCAL_ID_FIELD"
    NEIGHBOURS = "NEIGHBOURS"
    AVERAGE_CONDUCTANCE = "AVERAGE_CONDUCTANCE"
    SHORT_CIRCUIT = "SHORT_CIRCUIT"
    SHORT_CIRCUIT_ID_FIELD = "SHORT_CIRCUIT_ID_FIELD"
    OUTPUT_CURRENT = "OUTPUT_CURRENT"
    OUTPUT_RESISTANCES = "OUTPUT_RESISTANCES"
    OUTPUT_VOLTAGE_FOLDER = "OUTPUT_VOLTAGE_FOLDER"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterRasterLayer(self.RESISTANCE, tr("Resistance raster")))
        self.addParameter(QgsProcessingParameterBoolean(self.IS_CONDUCTANCE, tr("The raster holds conductances"),
                                                        False))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.FOCAL, tr("Focal nodes (points or polygons)"),
            [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(self.FOCAL_ID_FIELD, tr("Focal node id field"), None,
                                                      self.FOCAL))
        self.addParameter(QgsProcessingParameterNumber(self.NEIGHBOURS, tr("Neighbours (4 or 8)"),
                                                       QgsProcessingParameterNumber.Integer, 8, False, 4, 8))
        self.addParameter(QgsProcessingParameterBoolean(self.AVERAGE_CONDUCTANCE,
                                                        tr("Average conductance (instead of resistance)"), False))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.SHORT_CIRCUIT, tr("Short-circuit regions (polygons, optional)"), [QgsProcessing.TypeVectorPolygon],
            None, True))
        self.addParameter(QgsProcessingParameterField(self.SHORT_CIRCUIT_ID_FIELD, tr("Short-circuit region id field"),
                                                      None, self.SHORT_CIRCUIT, optional=True))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_CURRENT, tr("Cumulative current")))
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT_RESISTANCES, tr("Effective resistances"),
                                                                  QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterFolderDestination(
            self.OUTPUT_VOLTAGE_FOLDER, tr("Voltage and current maps per pair (folder)"), None, True, False))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import numpy as np

        from ccsg_plugin.core import progress as prog
        from ccsg_plugin.core.engine.circuit_pairwise import pairwise
        from ccsg_plugin.core.errors import CcsgError
        from ccsg_plugin.gis import circuit_outputs as out
        from ccsg_plugin.gis import corridor_outputs as co
        from ccsg_plugin.gis import destinations, raster_io, rasterize, validate, writers
        from ccsg_plugin.gis.crs import require_projected
        from ccsg_plugin.processing import common

        started = time.perf_counter()
        progress, is_cancelled = common.callables(feedback)
        with common.OutputGuard() as guard:
            layer = self.parameterAsRasterLayer(parameters, self.RESISTANCE, context)
            if layer is None:
                raise CcsgError(tr("Choose a resistance raster."))
            require_projected(layer)
            data = raster_io.read_band(layer)
            grid = data.grid
            is_cond = self.parameterAsBool(parameters, self.IS_CONDUCTANCE, context)
            nbr = self.parameterAsInt(parameters, self.NEIGHBOURS, context)
            if nbr not in (4, 8):
                raise CcsgError(tr("NEIGHBOURS must be 4 or 8, not {0}.", nbr))
            avg = self.parameterAsBool(parameters, self.AVERAGE_CONDUCTANCE, context)
            focal_layer = self.parameterAsVectorLayer(parameters, self.FOCAL, context)
            if focal_layer is None:
                raise CcsgError(tr("Choose a focal nodes layer."))
            id_field = self.parameterAsString(parameters, self.FOCAL_ID_FIELD, context)
            require_projected(focal_layer)
            validate.check_vector_not_empty(focal_layer)
            short_layer = self.parameterAsVectorLayer(parameters, self.SHORT_CIRCUIT, context) \
                if parameters.get(self.SHORT_CIRCUIT) else None
            short_field = self.parameterAsString(parameters, self.SHORT_CIRCUIT_ID_FIELD, context) \
                if parameters.get(self.SHORT_CIRCUIT_ID_FIELD) else ""
            if short_layer is not None:
                require_projected(short_layer)
            folder = self.parameterAsFileOutput(parameters, self.OUTPUT_VOLTAGE_FOLDER, context) \
                if parameters.get(self.OUTPUT_VOLTAGE_FOLDER) else ""
            paths = {
                self.OUTPUT_CURRENT: common.output_path(self, parameters, self.OUTPUT_CURRENT, context, "tif"),
                self.OUTPUT_RESISTANCES: common.output_path(self, parameters, self.OUTPUT_RESISTANCES, context,
                                                            "gpkg"),
            }
            if folder:
                folder = destinations.check_file_destination(self.OUTPUT_VOLTAGE_FOLDER, folder)
            masks, geoms = rasterize.core_cells(focal_layer, id_field, grid, context.transformContext())
            ids = sorted(masks, key=lambda v: (str(type(v)), v))
            files = {self.OUTPUT_CURRENT: (paths[self.OUTPUT_CURRENT], "raster"),
                     self.OUTPUT_RESISTANCES: (paths[self.OUTPUT_RESISTANCES], "vector")}
            if folder:
                for a, b in itertools.combinations(ids, 2):
                    for kind in ("voltage", "current"):
                        name = f"{kind}_{_safe(a)}_{_safe(b)}.tif"
                        files[f"{self.OUTPUT_VOLTAGE_FOLDER}/{name}"] = (str(Path(folder) / name), "raster")
            self.check_outputs(parameters, context, files, {self.OUTPUT_VOLTAGE_FOLDER: folder} if folder else None)
            focal = np.zeros(grid.shape, np.int64)
            for k, fid in enumerate(ids, start=1):
                focal[masks[fid]] = k
            short = None
            if short_layer is not None:
                short = np.zeros(grid.shape, np.int64)
                labels = {}
                for n, (feature, geom) in enumerate(rasterize.transformed_geometries(
                        short_layer, grid.crs, context.transformContext())):
                    key = feature[short_field] if short_field else n
                    k = labels.setdefault(key, len(labels) + 1)
                    short[rasterize.geometry_mask(geom, grid)] = k
            centroids = {fid: (geoms[fid].centroid.x, geoms[fid].centroid.y) for fid in ids}
            feedback.pushInfo(tr("{0} focal nodes, {1} pairs, on a grid of {2} x {3} cells.", len(ids),
                                 len(ids) * (len(ids) - 1) // 2, grid.shape[1], grid.shape[0]))

            def save_pair(a, b, window, sol):
                if not folder or sol.voltage is None:
                    return
                Path(folder).mkdir(parents=True, exist_ok=True)
                r0, r1, c0, c1 = window
                for kind, values in (("voltage", sol.voltage), ("current", sol.current)):
                    target = Path(folder) / f"{kind}_{_safe(a)}_{_safe(b)}.tif"
                    guard.add(target)
                    writers.write_geotiff(target, values, grid.window_geotransform(r0, c0), grid.crs,
                                          dtype="float32")

            result = pairwise(data.array, focal, dict(enumerate(ids, start=1)), is_cond, nbr, avg, short,
                              layer=layer.name(), progress=prog.scaled(progress, 0.0, 0.95),
                              is_cancelled=is_cancelled, on_pair=save_pair)
            for (a, b), value in result.resistances.items():
                feedback.pushInfo(out.describe(a, b, value))
            guard.add(out.write_current(paths[self.OUTPUT_CURRENT], result.current, grid))
            guard.add(out.write_resistances(paths[self.OUTPUT_RESISTANCES], result.resistances, centroids, grid.crs,
                                            co.id_variant(ids), is_cancelled))
            run = common.plain_parameters(parameters, context, self)
            breaks = out.current_breaks(result.current)
            abstract = tr("Current flow (circuit theory): {0} focal nodes, {1} pairs.", len(ids),
                          len(result.resistances))
            self.finish_later(paths[self.OUTPUT_CURRENT], "raster", lambda lyr: out.style_current(lyr, breaks),
                              tr("Cumulative current"), abstract, run)
            self.finish_later(paths[self.OUTPUT_RESISTANCES], "vector", lambda lyr: None,
                              tr("Effective resistances"), abstract, run)
        feedback.setProgress(100)
        feedback.pushInfo(tr("Done in {0:.1f} s.", time.perf_counter() - started))
        outputs = dict(paths)
        outputs[self.OUTPUT_VOLTAGE_FOLDER] = folder or None
        return outputs
