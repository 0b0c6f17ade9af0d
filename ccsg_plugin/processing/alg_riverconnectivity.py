"""ccsg:riverconnectivity: the Dendritic Connectivity Index (Cote et al. 2009) of a river network, and how much
each barrier would add if it alone were made fully passable."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)

from ccsg_plugin.i18n import tr
from ccsg_plugin.processing.base import CcsgAlgorithm


class RiverConnectivityAlgorithm(CcsgAlgorithm):
    ALG_ID = "riverconnectivity"
    DISPLAY_NAME = "River connectivity (DCI)"
    GROUP_ID = "rivers"
    GROUP_NAME = "Freshwater connectivity"
    HELP = (
        "Dendritic Connectivity Index (Cote et al. 2009) of a river network fragmented by barriers (dams, weirs, "
        "culverts), and the gain from opening each barrier.\n"
        "Rivers: lines in a projected CRS; lines whose end points lie within the snap tolerance (map units) are "
        "joined. Barriers: points with a passability from 0 (closed) to 1 (open); a missing value counts as 0. "
        "Barriers farther from the rivers than the snap tolerance are kept in the output with used = 0.\n"
        "Outlet: a point at the river mouth; without it, the lines must be digitised downstream and the one end "
        "with no outgoing line is the outlet. Habitat weight field: section length x weight replaces length.\n"
        "A section is a stretch between barriers; c_ij is the best product of passabilities between sections i "
        "and j. DCI_p = 100 sum c_ij l_i l_j / L^2 (potamodromous fish), DCI_d = 100 sum c_i,outlet l_i / L "
        "(diadromous fish). dDCI_p and dDCI_d: the points gained when that barrier alone becomes fully passable, "
        "ranked 1 = largest gain. Separate river systems are reported one row each in the summary."
    )

    RIVERS = "RIVERS"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    BARRIERS = "BARRIERS"
    PASSABILITY_FIELD = "PASSABILITY_FIELD"
    OUTLET = "OUTLET"
    WEIGHT_FIELD = "WEIGHT_FIELD"
    OUTPUT_SECTIONS = "OUTPUT_SECTIONS"
    OUTPUT_BARRIERS = "OUTPUT_BARRIERS"
    OUTPUT_SUMMARY = "OUTPUT_SUMMARY"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        # Any geometry type is accepted so that a layer of the wrong type gets a message that says what to do.
        self.addParameter(QgsProcessingParameterVectorLayer(self.RIVERS, tr("River lines"),
                                                            [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterNumber(self.SNAP_TOLERANCE, tr("Snap tolerance (map units)"),
                                                       QgsProcessingParameterNumber.Double, 1.0, False, 0.0))
        self.addParameter(QgsProcessingParameterVectorLayer(self.BARRIERS, tr("Barriers (points)"),
                                                            [QgsProcessing.TypeVectorAnyGeometry]))
        self.addParameter(QgsProcessingParameterField(self.PASSABILITY_FIELD, tr("Passability field (0..1)"),
                                                      None, self.BARRIERS, QgsProcessingParameterField.Numeric))
        self.addParameter(QgsProcessingParameterVectorLayer(self.OUTLET, tr("Outlet (river mouth point)"),
                                                            [QgsProcessing.TypeVectorPoint], optional=True))
        self.addParameter(QgsProcessingParameterField(self.WEIGHT_FIELD, tr("Habitat weight field"), None,
                                                      self.RIVERS, QgsProcessingParameterField.Numeric,
                                                      optional=True))
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT_SECTIONS, tr("River sections"),
                                                                  QgsProcessing.TypeVectorLine))
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT_BARRIERS, tr("Barrier priorities"),
                                                                  QgsProcessing.TypeVectorPoint))
        self.addParameter(QgsProcessingParameterVectorDestination(self.OUTPUT_SUMMARY, tr("DCI summary"),
                                                                  QgsProcessing.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        import numpy as np
        from qgis.core import QgsField, QgsFields, QgsGeometry, QgsPointXY, QgsWkbTypes
        from qgis.PyQt.QtCore import QVariant

        from ccsg_plugin.core.errors import CcsgError
        from ccsg_plugin.core.rivers.analysis import river_connectivity
        from ccsg_plugin.gis import rivers, writers
        from ccsg_plugin.gis.crs import require_projected
        from ccsg_plugin.i18n import tr_data
        from ccsg_plugin.processing import common

        progress, is_cancelled = common.callables(feedback)
        with common.OutputGuard() as guard:
            river_layer = self.parameterAsVectorLayer(parameters, self.RIVERS, context)
            barrier_layer = self.parameterAsVectorLayer(parameters, self.BARRIERS, context)
            outlet_layer = self.parameterAsVectorLayer(parameters, self.OUTLET, context)
            if river_layer is None or barrier_layer is None:
                raise CcsgError(tr("Choose a river lines layer and a barriers layer."))
            for layer in (river_layer, barrier_layer, outlet_layer):
                if layer is not None:
                    require_projected(layer)
            crs = river_layer.crs()
            tolerance = self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)
            field = self.parameterAsString(parameters, self.PASSABILITY_FIELD, context)
            weight_field = self.parameterAsString(parameters, self.WEIGHT_FIELD, context)
            paths = {name: common.output_path(self, parameters, name, context, "gpkg")
                     for name in (self.OUTPUT_SECTIONS, self.OUTPUT_BARRIERS, self.OUTPUT_SUMMARY)}
            self.check_outputs(parameters, context, {k: (v, "vector") for k, v in paths.items()})
            coords, line_fids, weights = rivers.read_lines(river_layer, crs, context.transformContext(),
                                                           weight_field)
            bxy, bfids, bvalues, _ = rivers.read_points(barrier_layer, crs, context.transformContext(), field)
            outlet_xy = None
            if outlet_layer is not None:
                outlet_xy, _, _, _ = rivers.read_points(outlet_layer, crs, context.transformContext())
                if len(outlet_xy) == 0:
                    raise CcsgError(tr("The outlet layer '{0}' has no point; add the river mouth or leave the "
                                       "outlet empty.", outlet_layer.name()))
            result = river_connectivity(coords, tolerance, bxy, bvalues, barrier_ids=bfids, weights=weights,
                                        line_ids=line_fids, outlet_xy=outlet_xy, progress=progress,
                                        is_cancelled=is_cancelled)
            for message in result.messages:
                feedback.pushWarning(tr_data(message))
            net = result.net

            def num(x):
                return None if x is None or not np.isfinite(x) else float(x)

            # Sections: one multi-line per section, cut out of the input lines.
            line_len = net.lines.lengths()
            parts_of = [[] for _ in range(net.n_sections)]
            for k, a0, a1, s in zip(net.piece_line, net.piece_a0, net.piece_a1, net.piece_section):
                if a1 <= a0:
                    continue
                whole = a0 == 0 and a1 == line_len[k]
                xy = net.lines.xy[net.lines.start[k]:net.lines.start[k + 1]] if whole else net.lines.cut(k, a0, a1)
                parts_of[s].append([QgsPointXY(x, y) for x, y in xy])
            fields = QgsFields()
            for name, kind in (("section", QVariant.Int), ("part", QVariant.Int), ("length_m", QVariant.Double),
                               ("weighted_length", QVariant.Double), ("c_outlet", QVariant.Double)):
                fields.append(QgsField(name, kind))
            rows = [(QgsGeometry.fromMultiPolylineXY(parts_of[s]) if parts_of[s] else QgsGeometry(),
                     [s + 1, int(net.section_part[s]) + 1, float(net.section_length[s]),
                      float(net.section_weighted[s]), num(result.c_outlet[s])]) for s in range(net.n_sections)]
            guard.add(writers.write_vector(paths[self.OUTPUT_SECTIONS], fields, QgsWkbTypes.MultiLineString, crs,
                                           rows, is_cancelled=is_cancelled))

            fields = QgsFields()
            for name, kind in (("source_fid", QVariant.LongLong), ("passability", QVariant.Double),
                               ("used", QVariant.Int), ("off_river_m", QVariant.Double), ("part", QVariant.Int),
                               ("dDCI_p", QVariant.Double), ("dDCI_d", QVariant.Double), ("rank_p", QVariant.Int),
                               ("rank_d", QVariant.Int)):
                fields.append(QgsField(name, kind))
            rows = []
            for i, fid in enumerate(bfids):
                used = bool(result.used[i])
                rows.append((QgsGeometry.fromPointXY(QgsPointXY(*bxy[i])),
                             [fid, float(result.passability[i]), int(used), num(result.distance[i]),
                              int(result.barrier_part[i]) + 1 if used else None, num(result.gain_p[i]),
                              num(result.gain_d[i]), int(result.rank_p[i]) if used else None,
                              int(result.rank_d[i]) if used else None]))
            guard.add(writers.write_vector(paths[self.OUTPUT_BARRIERS], fields, QgsWkbTypes.Point, crs, rows))

            fields = QgsFields()
            for name, kind in (("part", QVariant.Int), ("DCI_p", QVariant.Double), ("DCI_d", QVariant.Double),
                               ("total_length_m", QVariant.Double), ("sections", QVariant.Int),
                               ("barriers", QVariant.Int)):
                fields.append(QgsField(name, kind))
            per_part = np.bincount(result.barrier_part[result.used], minlength=len(result.part_dci_p))
            rows = [(QgsGeometry(), [p + 1, num(result.part_dci_p[p]), num(result.part_dci_d[p]),
                                     float(result.part_length[p]), int(result.part_sections[p]), int(per_part[p])])
                    for p in range(len(result.part_dci_p))]
            guard.add(writers.write_vector(paths[self.OUTPUT_SUMMARY], fields, QgsWkbTypes.NoGeometry, crs, rows))

            run = common.plain_parameters(parameters, context, self)
            top = float(np.nanmax(result.gain_p)) if np.isfinite(result.gain_p).any() else 1.0
            abstract = tr("River connectivity (DCI, Cote et al. 2009) of '{0}' with the barriers of '{1}': DCI_p {2}, "
                          "DCI_d {3}.", river_layer.name(), barrier_layer.name(),
                          ", ".join(f"{x:.2f}" for x in result.part_dci_p),
                          ", ".join(f"{x:.2f}" for x in result.part_dci_d))
            self.finish_later(paths[self.OUTPUT_SECTIONS], "vector", rivers.style_sections, tr("River sections"),
                              abstract, run)
            self.finish_later(paths[self.OUTPUT_BARRIERS], "vector", lambda layer: rivers.style_barriers(layer, top),
                              tr("Barrier priorities"), abstract, run)
            self.finish_later(paths[self.OUTPUT_SUMMARY], "vector", rivers.style_summary, tr("DCI summary"),
                              abstract, run)
        return dict(paths)
