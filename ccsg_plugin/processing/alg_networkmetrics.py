"""ccsg:networkmetrics: connectivity indices of the core-area network (PC, EC, IIC, dPC, ProtConn) and
current-flow centrality."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)

from ccsg_plugin.i18n import tr
from ccsg_plugin.processing.base import CcsgAlgorithm


class NetworkMetricsAlgorithm(CcsgAlgorithm):
    ALG_ID = "networkmetrics"
    DISPLAY_NAME = "Core network connectivity (PC, dPC, ProtConn, centrality)"
    HELP = (
        "Measures how well the core areas form a connected network, as Conefor and Linkage Mapper's Centrality "
        "Mapper do, and which cores and links matter most.\n"
        "Links: with Euclidean distances, every pair of cores up to the distance threshold (edge to edge, in "
        "metres); with least-cost distances, the pairs of the paths layer of a corridors run (fields core_a, "
        "core_b, lcd), in cost units (then the dispersal distance and the threshold are in cost units too).\n"
        "Dispersal: the probability of moving between two cores falls with distance, p = exp(-k d), and equals "
        "the given probability at the dispersal distance. Between cores with no direct link, the best chain of "
        "links counts (the maximum product of probabilities, p*).\n"
        "PC (probability of connectivity) = sum of a_i a_j p*_ij / A_L^2; EC (equivalent connected area) = the "
        "square root of that sum, in the attribute's unit (hectares by default); IIC counts the links between "
        "cores at most the threshold apart. A_L is the region's area in hectares when a region is given, "
        "otherwise the sum of the attributes (then PC is 1 for a network whose cores are fully connected).\n"
        "Per core: dPC = the percentage of PC lost without the core, split into dPC_intra (its own area), "
        "dPC_flux (dispersal from and to it) and dPC_connector (its role as a stepping stone for others), as in "
        "Saura and Rubio 2010; dIIC the same for IIC; component = the group of cores linked up to the threshold. "
        "Per link: p and dPC_link = the percentage of PC lost without the link.\n"
        "cf_centrality: Circuitscape's network mode on the links (resistance = the link's distance; every pair "
        "of linked cores carries 1 A): a link's total current over all pairs, and a core's total current, which "
        "includes the 1 A of each pair that the core ends, as Linkage Mapper's Centrality Mapper counts it.\n"
        "ProtConn (with a region; Saura et al. 2017): the percentage of the region that is protected and "
        "connected. Prot = protected percentage, ProtUnconn = Prot - ProtConn, and the parts of ProtConn in "
        "percent: Within (inside single cores), Contig (across touching cores), Unprot (through unprotected "
        "land) and Trans (through cores outside the region). Only the cores' area inside the region counts; "
        "cores wholly outside the region count as stepping stones with no area (that is the Trans part). "
        "Protected areas beyond the region that are not in the cores layer are not known to the tool, so "
        "include neighbouring areas in the cores layer for a complete Trans part. ProtConn always uses areas in "
        "hectares, whatever the attribute field."
    )

    CORES = "CORES"
    CORE_ID_FIELD = "CORE_ID_FIELD"
    ATTRIBUTE_FIELD = "ATTRIBUTE_FIELD"
    DISTANCE = "DISTANCE"
    PATHS = "PATHS"
    DISPERSAL_DISTANCE = "DISPERSAL_DISTANCE"
    PROBABILITY = "PROBABILITY"
    THRESHOLD = "THRESHOLD"
    REGION = "REGION"
    OUTPUT_CORES = "OUTPUT_CORES"
    OUTPUT_LINKS = "OUTPUT_LINKS"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(self.CORES, tr("Core areas (polygons)"),
                                                            [QgsProcessing.TypeVectorPolygon]))
        self.addParameter(QgsProcessingParameterField(self.CORE_ID_FIELD, tr("Core id field"), None, self.CORES))
        self.addParameter(QgsProcessingParameterField(
            self.ATTRIBUTE_FIELD, tr("Attribute field (empty = area in hectares)"), None, self.CORES,
            QgsProcessingParameterField.Numeric, optional=True))
        self.addParameter(QgsProcessingParameterEnum(
            self.DISTANCE, tr("Distance between cores"),
            [tr("Euclidean, edge to edge"), tr("Least-cost distance (paths of a corridors run)")], False, 0))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.PATHS, tr("Least-cost paths of a corridors run (core_a, core_b, lcd)"),
            [QgsProcessing.TypeVectorLine], optional=True))
        self.addParameter(QgsProcessingParameterNumber(
            self.DISPERSAL_DISTANCE, tr("Dispersal distance (m, or cost units with least-cost distances)"),
            QgsProcessingParameterNumber.Double, 10000.0, False, 0.0))
        self.addParameter(QgsProcessingParameterNumber(
            self.PROBABILITY, tr("Probability of dispersal at that distance"), QgsProcessingParameterNumber.Double,
            0.5, False))
        self.addParameter(QgsProcessingParameterNumber(
            self.THRESHOLD, tr("Distance threshold for links and IIC (same unit as the dispersal distance)"),
            QgsProcessingParameterNumber.Double, 10000.0, False, 0.0))
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.REGION, tr("Region for ProtConn (country or landscape polygon)"), [QgsProcessing.TypeVectorPolygon],
            optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT_CORES, tr("Cores with dPC"),
                                                                  QgsProcessing.TypeVectorPolygon))
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT_LINKS, tr("Network links"),
                                                                  QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT_SUMMARY, tr("Network summary"),
                                                                  QgsProcessing.TypeVector))
        for name, label in (("PC", tr("PC")), ("EC", tr("EC")), ("IIC", tr("IIC")), ("PROTCONN", tr("ProtConn"))):
            self.addOutput(QgsProcessingOutputNumber(name, label))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ccsg_plugin.core.errors import CcsgError
        from ccsg_plugin.core.network import analysis
        from ccsg_plugin.gis import network_layers as nl
        from ccsg_plugin.gis import network_styles
        from ccsg_plugin.processing import common

        progress, is_cancelled = common.callables(feedback)
        with common.OutputGuard() as guard:
            layer = self.parameterAsVectorLayer(parameters, self.CORES, context)
            if layer is None:
                raise CcsgError(tr("Choose a core areas layer."))
            id_field = self.parameterAsString(parameters, self.CORE_ID_FIELD, context)
            attribute_field = self.parameterAsString(parameters, self.ATTRIBUTE_FIELD, context) \
                if parameters.get(self.ATTRIBUTE_FIELD) else ""
            mode = self.parameterAsEnum(parameters, self.DISTANCE, context)
            dispersal = self.parameterAsDouble(parameters, self.DISPERSAL_DISTANCE, context)
            probability = self.parameterAsDouble(parameters, self.PROBABILITY, context)
            threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
            outputs = {
                self.OUTPUT_CORES: common.output_path(self, parameters, self.OUTPUT_CORES, context, "gpkg"),
                self.OUTPUT_LINKS: common.output_path(self, parameters, self.OUTPUT_LINKS, context, "gpkg"),
                self.OUTPUT_SUMMARY: common.output_path(self, parameters, self.OUTPUT_SUMMARY, context, "gpkg"),
            }
            self.check_outputs(parameters, context, {k: (v, "vector") for k, v in outputs.items()})
            cores = nl.Cores(layer, id_field, context.transformContext())
            attributes = cores.attributes(attribute_field)
            pair_distances = path_lines = None
            if mode == 1:
                paths_layer = self.parameterAsVectorLayer(parameters, self.PATHS, context) \
                    if parameters.get(self.PATHS) else None
                pair_distances, path_lines = nl.read_paths(paths_layer, cores, context.transformContext())
            region = None
            if parameters.get(self.REGION):
                region_layer = self.parameterAsVectorLayer(parameters, self.REGION, context)
                region = nl.read_region(region_layer, layer.crs(), context.transformContext(), feedback)
            result = analysis.analyse(cores.geoms, attributes, dispersal, probability, threshold, pair_distances,
                                      region, progress, is_cancelled)
            if result.region is not None and result.region.outside_cores:
                feedback.pushInfo(tr("Cores wholly outside the region (stepping stones with no area for ProtConn): "
                                     "{0}.", ", ".join(str(cores.ids[i]) for i in result.region.outside_cores)))
            if not result.links:
                feedback.pushWarning(tr("No pair of cores is within the distance threshold: the network has no "
                                        "links, and every core is its own component."))
            guard.add(nl.write_cores(outputs[self.OUTPUT_CORES], cores, result, feedback, is_cancelled))
            guard.add(nl.write_links(outputs[self.OUTPUT_LINKS], cores, result, path_lines, is_cancelled))
            guard.add(nl.write_summary(outputs[self.OUTPUT_SUMMARY], result, layer.crs()))
            run = common.plain_parameters(parameters, context, self)
            summary = nl.summary_values(result)
            abstract = tr("Core network: PC {0:.6g}, EC {1:.6g}, IIC {2:.6g}, {3} components, {4} links.",
                          result.indices.pc, result.indices.ec, result.indices.iic, result.indices.components,
                          len(result.links))
            if result.protconn is not None:
                abstract += " " + tr("ProtConn {0:.3f} % (Prot {1:.3f} %).", result.protconn.protconn,
                                     result.protconn.prot)
            self.finish_later(outputs[self.OUTPUT_CORES], "vector", network_styles.style_cores, tr("Cores with dPC"),
                              abstract, run)
            self.finish_later(outputs[self.OUTPUT_LINKS], "vector", network_styles.style_links, tr("Network links"),
                              abstract, run)
            self.finish_later(outputs[self.OUTPUT_SUMMARY], "vector", lambda lyr: None, tr("Network summary"),
                              abstract, run)
        feedback.pushInfo(abstract)
        feedback.setProgress(100)
        results = dict(outputs)
        results.update({"PC": summary["PC"], "EC": summary["EC"], "IIC": summary["IIC"],
                        "PROTCONN": summary.get("ProtConn")})
        return results
