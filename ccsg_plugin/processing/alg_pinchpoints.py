"""ccsg:pinchpoints: Linkage Mapper's Pinchpoint Mapper on the kept folder of a least-cost corridor run."""

from __future__ import annotations

import math
import time
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
)

from ccsg_plugin.i18n import tr
from ccsg_plugin.processing.base import CcsgAlgorithm


class PinchPointsAlgorithm(CcsgAlgorithm):
    ALG_ID = "pinchpoints"
    DISPLAY_NAME = "Pinch points in corridors (circuit theory)"
    GROUP_ID = "circuit"
    GROUP_NAME = "Circuit-theory connectivity"
    HELP = (
        "Finds pinch points in least-cost corridors, as Linkage Mapper's Pinchpoint Mapper does: where current "
        "funnels through a narrow passage that, once lost, would sever the link.\n"
        "Run folder: the folder 'Least-cost corridors between cores' kept (advanced parameter 'Keep cost-distance "
        "rasters in folder'). For each linked pair (links dropped through a third core stay dropped), the "
        "resistance inside that pair's corridor (cells up to CUTOFF cost units above the least-cost path) is "
        "taken, each core is one node, and 1 A flows from one core to the other (8 neighbours, average "
        "resistance). Current is NoData inside the cores. 0 keeps the whole corridor the run kept.\n"
        "Square resistance: use the resistance squared (Linkage Mapper's option), which makes current follow the "
        "cheapest routes more closely.\n"
        "Resistance raster (optional): the run's own raster is used when empty; another raster must be on the same "
        "grid.\n"
        "Outputs: the pinch-point raster (the highest current of any pair in each cell), the least-cost paths with "
        "the effective resistance (times the cell size, as Linkage Mapper reports it) and the ratio of least-cost "
        "distance to effective resistance, and, optionally, the current of all pairs together in the union of the "
        "corridors (Linkage Mapper's raster centrality)."
    )

    RUN_FOLDER = "RUN_FOLDER"
    RESISTANCE = "RESISTANCE"
    CUTOFF = "CUTOFF"
    SQUARE_RESISTANCE = "SQUARE_RESISTANCE"
    OUTPUT_PINCHPOINTS = "OUTPUT_PINCHPOINTS"
    OUTPUT_LINKS = "OUTPUT_LINKS"
    OUTPUT_ALLPAIRS = "OUTPUT_ALLPAIRS"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(self.RUN_FOLDER, tr("Folder of a corridor run (links.json)"),
                                                     QgsProcessingParameterFile.Folder))
        self.addParameter(QgsProcessingParameterNumber(
            self.CUTOFF, tr("Corridor cutoff, cost units (0 = the whole kept corridor)"),
            QgsProcessingParameterNumber.Double, 10000.0, False, 0.0))
        self.addParameter(QgsProcessingParameterBoolean(self.SQUARE_RESISTANCE, tr("Square the resistance"), False))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.RESISTANCE, tr("Resistance raster (empty: the run's own)"), None, True))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_PINCHPOINTS, tr("Pinch points")))
        self.addParameter(QgsProcessingParameterVectorDestination(
            self.OUTPUT_LINKS, tr("Least-cost paths with effective resistance"), QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterRasterDestination(
            self.OUTPUT_ALLPAIRS, tr("All pairs together (current centrality)"), None, True, False))

    def _resistance(self, parameters, context, doc, folder):
        from qgis.core import QgsRasterLayer

        from ccsg_plugin.core.errors import CcsgError
        from ccsg_plugin.gis import raster_io
        from ccsg_plugin.gis.crs import require_projected

        layer = self.parameterAsRasterLayer(parameters, self.RESISTANCE, context) \
            if parameters.get(self.RESISTANCE) else None
        if layer is None:
            source = (doc.get("parameters") or {}).get("RESISTANCE")
            if not source or not Path(str(source)).exists():
                raise CcsgError(tr("The corridor run in {0} names no resistance raster that still exists ({1}); "
                                   "choose the resistance raster it was made with.", str(folder), source))
            layer = QgsRasterLayer(str(source), Path(str(source)).stem)
        require_projected(layer)
        return raster_io.read_band(layer)

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ccsg_plugin.core import progress as prog
        from ccsg_plugin.core.engine.circuit_pinch import pinch_points
        from ccsg_plugin.core.errors import CcsgError
        from ccsg_plugin.gis import circuit_outputs as out
        from ccsg_plugin.gis import corridor_outputs as co
        from ccsg_plugin.gis import cost_distance_store, crs, writers
        from ccsg_plugin.processing import common

        started = time.perf_counter()
        progress, is_cancelled = common.callables(feedback)
        with common.OutputGuard() as guard:
            folder = self.parameterAsFile(parameters, self.RUN_FOLDER, context)
            cutoff = self.parameterAsDouble(parameters, self.CUTOFF, context)
            square = self.parameterAsBool(parameters, self.SQUARE_RESISTANCE, context)
            want_all = bool(parameters.get(self.OUTPUT_ALLPAIRS))
            paths = {
                self.OUTPUT_PINCHPOINTS: common.output_path(self, parameters, self.OUTPUT_PINCHPOINTS, context, "tif"),
                self.OUTPUT_LINKS: common.output_path(self, parameters, self.OUTPUT_LINKS, context, "gpkg"),
            }
            if want_all:
                paths[self.OUTPUT_ALLPAIRS] = common.output_path(self, parameters, self.OUTPUT_ALLPAIRS, context,
                                                                 "tif")
            kinds = {self.OUTPUT_PINCHPOINTS: "raster", self.OUTPUT_LINKS: "vector", self.OUTPUT_ALLPAIRS: "raster"}
            self.check_outputs(parameters, context, {k: (v, kinds[k]) for k, v in paths.items()})
            cost_distances, links, grid, _core_cells, doc = cost_distance_store.load(folder)
            data = self._resistance(parameters, context, doc, folder)
            same = (tuple(data.grid.shape) == tuple(grid.shape)
                    and all(math.isclose(a, b, rel_tol=0, abs_tol=1e-6 * max(1.0, abs(b)))
                            for a, b in zip(data.grid.geotransform, grid.geotransform))
                    and crs.same_crs(data.grid.crs, grid.crs))
            if not same:
                raise CcsgError(tr("The corridor run in {0} was made on another grid ({1} x {2} cells) than the "
                                   "resistance raster '{3}' ({4} x {5} cells, or another origin, cell size or CRS); "
                                   "choose the folder of a run on this raster, or that run's raster.", str(folder),
                                   grid.shape[1], grid.shape[0], data.name, data.grid.shape[1],
                                   data.grid.shape[0]))
            linked = [link for link in links if link.linked]
            if not linked:
                raise CcsgError(tr("The corridor run in {0} has no linked pair of cores.", str(folder)))
            feedback.pushInfo(tr("{0} linked pairs of cores.", len(linked)))
            result = pinch_points(data.array, cost_distances, links, cutoff, square, grid.cell_size[0], want_all,
                                  prog.scaled(progress, 0.0, 0.95), is_cancelled)
            for link in linked:
                link.eff_resistance = result.eff_resistance.get((link.core_a, link.core_b))
                feedback.pushInfo(tr("Cores {0} and {1}: effective resistance {2}", link.core_a, link.core_b,
                                     "-" if link.eff_resistance is None else f"{link.eff_resistance:,.1f}"))
            guard.add(out.write_current(paths[self.OUTPUT_PINCHPOINTS], result.pinch, grid))
            id_type = co.id_variant(cost_distances)
            fields = co.path_fields(id_type)
            from qgis.core import QgsField, QgsWkbTypes
            from qgis.PyQt.QtCore import QVariant

            fields.append(QgsField("eff_resistance", QVariant.Double))
            fields.append(QgsField("lcd_per_eff_resistance", QVariant.Double))
            by_pair = {(link.core_a, link.core_b): link for link in linked}

            def rows():
                for geom, values in co.path_rows(links, grid):
                    link = by_pair[(values[0], values[1])]
                    eff = link.eff_resistance
                    ratio = link.lcd / eff if eff else None
                    yield geom, [*values, writers.clean_number(eff) if eff is not None else None,
                                 writers.clean_number(ratio) if ratio is not None else None]

            guard.add(writers.write_vector(paths[self.OUTPUT_LINKS], fields, QgsWkbTypes.LineString, grid.crs,
                                           rows(), is_cancelled=is_cancelled))
            run = common.plain_parameters(parameters, context, self)
            abstract = tr("Pinch points (circuit theory) in the corridors of {0}: {1} pairs, cutoff {2}.", folder,
                          len(linked), cutoff)
            breaks = out.current_breaks(result.pinch)
            self.finish_later(paths[self.OUTPUT_PINCHPOINTS], "raster", lambda lyr: out.style_current(lyr, breaks),
                              tr("Pinch points"), abstract, run)
            self.finish_later(paths[self.OUTPUT_LINKS], "vector", lambda lyr: None,
                              tr("Least-cost paths with effective resistance"), abstract, run)
            if want_all:
                guard.add(out.write_current(paths[self.OUTPUT_ALLPAIRS], result.all_pairs, grid))
                all_breaks = out.current_breaks(result.all_pairs)
                self.finish_later(paths[self.OUTPUT_ALLPAIRS], "raster",
                                  lambda lyr: out.style_current(lyr, all_breaks),
                                  tr("Current, all pairs together"), abstract, run)
        feedback.setProgress(100)
        feedback.pushInfo(tr("Done in {0:.1f} s.", time.perf_counter() - started))
        outputs = dict(paths)
        outputs.setdefault(self.OUTPUT_ALLPAIRS, None)
        return outputs
