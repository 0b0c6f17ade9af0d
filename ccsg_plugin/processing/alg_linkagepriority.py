"""ccsg:linkagepriority: Linkage Mapper's Linkage Priority on a kept corridors run."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)

from ccsg_plugin.i18n import tr
from ccsg_plugin.processing.base import CcsgAlgorithm

# parameter name -> (Weights attribute, default): the defaults are those of Linkage Mapper's demo
WEIGHTS = {
    "RESISTANCE_WEIGHT": ("resistance", 0.33), "SIZE_WEIGHT": ("size", 0.33), "AP_WEIGHT": ("area_perimeter", 0.34),
    "CORE_EXPERT_WEIGHT": ("core_expert", 0.0), "CENTRALITY_WEIGHT": ("centrality", 0.0),
    "CLOSENESS_WEIGHT": ("closeness", 0.33), "PERMEABILITY_WEIGHT": ("permeability", 0.33),
    "CAV_WEIGHT": ("core_value", 0.34), "LINK_EXPERT_WEIGHT": ("link_expert", 0.0),
    "TRUNC_WEIGHT": ("truncated", 0.5), "CSP_WEIGHT": ("csp", 0.5),
}


class LinkagePriorityAlgorithm(CcsgAlgorithm):
    ALG_ID = "linkagepriority"
    DISPLAY_NAME = "Linkage priority"
    HELP = (
        "Ranks the corridors of a corridors run, as Linkage Mapper's Linkage Priority tool does, and maps a blended "
        "priority raster.\n"
        "Run folder: the folder kept by 'Least-cost corridors between cores' (advanced parameter 'Keep "
        "cost-distance rasters in folder'). Cores and resistance: the layers of that run.\n"
        "Core area value (per core): a weighted sum of the mean resistance inside the core (inverted: low "
        "resistance scores high), the area, the area/perimeter ratio, an optional expert value and an optional "
        "current-flow centrality field (for example cf_centrality from 'Core network connectivity'), each "
        "divided by its maximum; then rescaled from 0 (lowest) to 1 (highest) as norm_cav.\n"
        "Per link: rel_close = 1 for the shortest path and 0 for the longest (path length); rel_perm = 1 for the "
        "lowest and 0 for the highest mean resistance along the path (lcd_per_path); csp = the weighted sum of "
        "rel_close, rel_perm, the mean norm_cav of the two cores and an optional expert value per pair (from a "
        "table with core_a, core_b and the value, rescaled 0 to 1); csp_norm = csp divided by the highest csp. "
        "When all links have the same value, the rescaled value is 1.\n"
        "Blended priority raster: in each corridor, the truncation weight times the corridor's normalised value "
        "inverted (1 on the least-cost path, 0 at the run's width cutoff, or at the corridor's largest value when "
        "the run had no cutoff) plus the CSP weight times the corridor's csp_norm; where corridors overlap, the "
        "highest value.\n"
        "Weights default to Linkage Mapper's demo: core value 0.33 resistance, 0.33 size, 0.34 area/perimeter; "
        "link 0.33 closeness, 0.33 permeability, 0.34 core value; blend 0.5 and 0.5. A weight above 0 for an "
        "expert value or centrality needs its field."
    )

    RUN_FOLDER = "RUN_FOLDER"
    CORES = "CORES"
    CORE_ID_FIELD = "CORE_ID_FIELD"
    RESISTANCE = "RESISTANCE"
    CORE_EXPERT_FIELD = "CORE_EXPERT_FIELD"
    CENTRALITY_FIELD = "CENTRALITY_FIELD"
    LINK_EXPERT = "LINK_EXPERT"
    LINK_EXPERT_FIELD = "LINK_EXPERT_FIELD"
    OUTPUT_LINKS = "OUTPUT_LINKS"
    OUTPUT_CORES = "OUTPUT_CORES"
    OUTPUT_PRIORITY = "OUTPUT_PRIORITY"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterFile(self.RUN_FOLDER, tr("Folder of a corridor run (links.json)"),
                                                     QgsProcessingParameterFile.Folder))
        self.addParameter(QgsProcessingParameterVectorLayer(self.CORES, tr("Core areas (polygons)"),
                                                            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(self.CORE_ID_FIELD, tr("Core id field"), None, self.CORES))
        self.addParameter(QgsProcessingParameterRasterLayer(self.RESISTANCE, tr("Resistance raster")))
        self.addParameter(QgsProcessingParameterField(
            self.CORE_EXPERT_FIELD, tr("Expert core value field"), None, self.CORES,
            QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.CENTRALITY_FIELD, tr("Current-flow centrality field (e.g. cf_centrality)"), None, self.CORES,
            QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.LINK_EXPERT, tr("Expert link values (table with core_a, core_b)"), [QgsProcessing.TypeVector],
            optional=True))
        self.addParameter(QgsProcessingParameterField(
            self.LINK_EXPERT_FIELD, tr("Expert link value field"), None, self.LINK_EXPERT,
            QgsProcessingParameterField.Numeric, optional=True))
        labels = {
            "RESISTANCE_WEIGHT": tr("Core value weight: low resistance"), "SIZE_WEIGHT": tr("Core value weight: area"),
            "AP_WEIGHT": tr("Core value weight: area/perimeter"),
            "CORE_EXPERT_WEIGHT": tr("Core value weight: expert value"),
            "CENTRALITY_WEIGHT": tr("Core value weight: centrality"),
            "CLOSENESS_WEIGHT": tr("Link weight: closeness"), "PERMEABILITY_WEIGHT": tr("Link weight: permeability"),
            "CAV_WEIGHT": tr("Link weight: core value"), "LINK_EXPERT_WEIGHT": tr("Link weight: expert value"),
            "TRUNC_WEIGHT": tr("Blend weight: corridor"), "CSP_WEIGHT": tr("Blend weight: link priority (csp)"),
        }
        for name, (_attr, default) in WEIGHTS.items():
            parameter = QgsProcessingParameterNumber(name, labels[name], QgsProcessingParameterNumber.Double, default,
                                                     False, 0.0)
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT_LINKS, tr("Linkage priority links"),
                                                                  QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT_CORES, tr("Core area values"),
                                                                  QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterRasterDestination(self.OUTPUT_PRIORITY, tr("Blended priority")))

    def _field(self, parameters, name, context) -> str:
        return self.parameterAsString(parameters, name, context) if parameters.get(name) else ""

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ccsg_plugin.core import progress as prog
        from ccsg_plugin.core.engine import corridors
        from ccsg_plugin.core.errors import CcsgError
        from ccsg_plugin.core.network import priority as lp
        from ccsg_plugin.gis import cost_distance_store, network_styles, writers
        from ccsg_plugin.gis import network_layers as nl
        from ccsg_plugin.gis import priority_layers as pl
        from ccsg_plugin.processing import common

        progress, is_cancelled = common.callables(feedback)
        with common.OutputGuard() as guard:
            weights = lp.Weights(**{attr: self.parameterAsDouble(parameters, name, context)
                                    for name, (attr, _default) in WEIGHTS.items()})
            weights.check()
            outputs = {
                self.OUTPUT_LINKS: common.output_path(self, parameters, self.OUTPUT_LINKS, context, "gpkg"),
                self.OUTPUT_CORES: common.output_path(self, parameters, self.OUTPUT_CORES, context, "gpkg"),
                self.OUTPUT_PRIORITY: common.output_path(self, parameters, self.OUTPUT_PRIORITY, context, "tif"),
            }
            self.check_outputs(parameters, context, {
                self.OUTPUT_LINKS: (outputs[self.OUTPUT_LINKS], "vector"),
                self.OUTPUT_CORES: (outputs[self.OUTPUT_CORES], "vector"),
                self.OUTPUT_PRIORITY: (outputs[self.OUTPUT_PRIORITY], "raster")})
            folder = self.parameterAsFile(parameters, self.RUN_FOLDER, context)
            cost_distances, links, grid, _core_cells, doc = cost_distance_store.load(folder)
            layer = self.parameterAsVectorLayer(parameters, self.CORES, context)
            if layer is None:
                raise CcsgError(tr("Choose a core areas layer."))
            cores = nl.Cores(layer, self.parameterAsString(parameters, self.CORE_ID_FIELD, context),
                             context.transformContext())
            linked = [link for link in links if link.linked]
            if not linked:
                raise CcsgError(tr("The corridor run in {0} links no pair of cores; there is nothing to rank.", folder))
            missing = sorted({str(c) for link in linked for c in (link.core_a, link.core_b)} -
                             {str(c) for c in cores.ids})
            if missing:
                raise CcsgError(tr("The corridor run in {0} links cores {1} that are not in '{2}'; choose the cores "
                                   "layer and id field of that run.", folder, ", ".join(missing[:10]), layer.name()))
            resistance = common.read_resistance(self, parameters, self.RESISTANCE, context)
            core_expert_field = self._field(parameters, self.CORE_EXPERT_FIELD, context)
            centrality_field = self._field(parameters, self.CENTRALITY_FIELD, context)
            link_expert_field = self._field(parameters, self.LINK_EXPERT_FIELD, context)
            link_table = self.parameterAsVectorLayer(parameters, self.LINK_EXPERT, context) \
                if parameters.get(self.LINK_EXPERT) else None
            for weight, field, what in ((weights.core_expert, core_expert_field, tr("expert core value")),
                                        (weights.centrality, centrality_field, tr("current-flow centrality")),
                                        (weights.link_expert, link_expert_field and link_table,
                                         tr("expert link value"))):
                if weight > 0 and not field:
                    raise CcsgError(tr("The weight of the {0} is above 0 but no field is given for it; choose the "
                                       "field or set the weight to 0.", what))
            mean_res = pl.mean_resistance(cores, resistance, context.transformContext())
            area = [g.area for g in cores.geoms]
            perimeter = [g.length for g in cores.geoms]
            core_vals = lp.core_values(
                mean_res, area, perimeter, weights,
                expert=pl.numeric_values(cores, core_expert_field, tr("expert core value"))
                if core_expert_field else None,
                centrality=pl.numeric_values(cores, centrality_field, tr("current-flow centrality"))
                if centrality_field else None)
            position = {str(cid): i for i, cid in enumerate(cores.ids)}
            cav_a = [core_vals.norm_cav[position[str(link.core_a)]] for link in linked]
            cav_b = [core_vals.norm_cav[position[str(link.core_b)]] for link in linked]
            link_expert = pl.link_expert_values(link_table, link_expert_field, linked) \
                if link_table is not None and link_expert_field else None
            link_vals = lp.link_values([link.path_length_m for link in linked],
                                       [link.lcd_per_path or 0.0 for link in linked], cav_a, cav_b, weights,
                                       expert=link_expert)
            prog.report(progress, 0.2)
            corridors.truncate(cost_distances, linked, grid.shape, float(doc.get("width_cutoff", 0.0) or 0.0),
                               float(doc.get("width_cutoff_percent", 0.0) or 0.0), is_cancelled=is_cancelled)
            blended = lp.blended_priority(grid.shape, pl.corridor_windows(linked, cost_distances),
                                          link_vals.csp_norm, weights,
                                          is_cancelled)
            prog.report(progress, 0.8)
            guard.add(pl.write_links(outputs[self.OUTPUT_LINKS], linked, link_vals, grid, is_cancelled))
            guard.add(pl.write_cores(outputs[self.OUTPUT_CORES], cores, {
                "mean_res": mean_res, "area_m2": area, "perimeter_m": perimeter, "cav": core_vals.cav,
                "norm_cav": core_vals.norm_cav}, is_cancelled))
            guard.add(writers.write_geotiff(outputs[self.OUTPUT_PRIORITY], blended, grid.geotransform, grid.crs))
            run = common.plain_parameters(parameters, context, self)
            best = max(range(len(linked)), key=lambda e: link_vals.csp_norm[e])
            abstract = tr("Linkage priority of {0} corridors from {1}; the highest csp is cores {2} and {3}.",
                          len(linked), folder, linked[best].core_a, linked[best].core_b)
            self.finish_later(outputs[self.OUTPUT_LINKS], "vector",
                              lambda lyr: network_styles.style_links(lyr, "csp_norm", ""),
                              tr("Linkage priority links"), abstract, run)
            self.finish_later(outputs[self.OUTPUT_CORES], "vector", lambda lyr: None, tr("Core area values"),
                              abstract, run)
            self.finish_later(outputs[self.OUTPUT_PRIORITY], "raster", network_styles.style_priority,
                              tr("Blended priority"), abstract, run)
        feedback.pushInfo(abstract)
        feedback.setProgress(100)
        return outputs
