"""ccsg:checkcorridors: check candidate corridors against a criteria profile; a result layer and an HTML report.

Read parameters -> gis.check_inputs (layers to shapely / numpy in the corridors' CRS) -> core evaluate_corridors ->
write the layer and the report. The outputs are checked before anything is read (the one output rule,
gis/destinations.py), and written through gis/writers.py like every other output: under temporary names, re-read,
then renamed into place. A cancelled, failed or killed run leaves no partial layer or file under the output names;
the temporary files of a killed run are removed by the next run that writes into the folder.
"""

from __future__ import annotations

from typing import Any

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

from ccsg_plugin.core.criteria.profiles import DEFAULT_PROFILE_ID
from ccsg_plugin.core.errors import Cancelled, CcsgError
from ccsg_plugin.i18n import tr, tr_data
from ccsg_plugin.processing.base import CcsgAlgorithm

# Corridors with a detailed section (map, tables, chart) in the report by default: about 45 KB each, so the report
# of 2000 corridors stays a few MB that a browser opens; the output layer holds every corridor's details.
REPORT_MAX_CORRIDORS = 100


class CheckCorridorsAlgorithm(CcsgAlgorithm):
    ALG_ID = "checkcorridors"
    DISPLAY_NAME = "Check corridors against guideline criteria"
    GROUP_ID = "guidelines"
    GROUP_NAME = "Corridor guidelines"
    HELP = (
        "Checks each corridor polygon against a criteria profile: the IUCN definitional criteria (a clearly "
        "bounded space that links cores, with a stated objective, governance, management, long-term commitment "
        "and monitoring) and design criteria whose thresholds come from the literature or are design defaults "
        "(width, pinch points, habitat gaps, roads, crossings...). The output layer has one status and one value "
        "field per criterion, overall_status and failed_required, and check_details (JSON with each criterion's "
        "explanation, threshold, source and problem location). The report is one self-contained HTML file: a summary "
        "of every corridor, then a section with a map and tables for each of the first REPORT_MAX_CORRIDORS "
        "corridors (default 100; 0 for the summary only), so that a check of thousands of corridors gives a "
        "report a browser opens.\n"
        "PROFILE is a bundled profile id (terrestrial_multispecies, large_carnivore, forest_bird_small_mammal, "
        "amphibian, freshwater_riverine, marine_network; add +climate_adaptation to apply the modifier), the id "
        "of a profile saved in your profile folder, or the path of a profile JSON file.\n"
        "Advanced parameters add the freshwater and marine criteria: streams (riparian zones included), "
        "floodplain or riparian polygons (share inside the corridor), river barriers (dams, weirs and culverts "
        "counted inside the corridor), coastline (alongshore length) and a night-lights raster; without them these "
        "criteria are reported as not evaluated.\n"
        "A pinch-point current raster (PINCHPOINTS, from ccsg:pinchpoints) adds the criterion current_pinch: the "
        "corridor's highest current per 1 A between its cores, and where it is.\n"
        "A climate raster (CLIMATE, e.g. mean annual temperature) adds the criterion climate_span: the difference "
        "between the linked cores' climates (each the mean - 2 SD over the core, as Climate Linkage Mapper and "
        "ccsg:leastcostcorridors compute it) and the climate range inside the corridor; the climate_adaptation "
        "modifier requires a difference. A raster in another CRS is reprojected, and the result says so.\n"
        "A crossings result (CROSSING_PRIORITIES, the points of ccsg:crossings with pair, severance_cost, "
        "keep_open_gain and rank) adds to barrier_severance the place and keep_open_gain of the corridor's worst "
        "crossing (lowest rank).\n"
        "Sea paths (SEA_PATHS, the least-cost paths of a sea-only ccsg:leastcostcorridors run: core_a, core_b, "
        "path_length_m) replace the straight-line distance in mar_spacing; the result says which distance was used.\n"
        "All layers are reprojected to the corridors layer's CRS, which must be projected (metres)."
    )

    CORRIDORS = "CORRIDORS"
    PROFILE = "PROFILE"
    CORES = "CORES"
    LANDCOVER = "LANDCOVER"
    HABITAT = "HABITAT"
    RESISTANCE = "RESISTANCE"
    BARRIERS = "BARRIERS"
    CROSSINGS = "CROSSINGS"
    DEM = "DEM"
    LEAST_COST_PATHS = "LEAST_COST_PATHS"
    STREAMS = "STREAMS"
    FLOODPLAIN = "FLOODPLAIN"
    RIVER_BARRIERS = "RIVER_BARRIERS"
    COASTLINE = "COASTLINE"
    NIGHT_LIGHTS = "NIGHT_LIGHTS"
    PINCHPOINTS = "PINCHPOINTS"
    CLIMATE = "CLIMATE"
    CROSSING_PRIORITIES = "CROSSING_PRIORITIES"
    SEA_PATHS = "SEA_PATHS"
    OUTPUT = "OUTPUT"
    REPORT = "REPORT"
    REPORT_MAX_CORRIDORS = "REPORT_MAX_CORRIDORS"
    SUMMARY = "SUMMARY"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.CORRIDORS, tr("Corridors (polygons)"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.PROFILE, tr("Criteria profile (bundled id, user profile id or JSON file)"), DEFAULT_PROFILE_ID
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.CORES, tr("Cores / protected areas"), [QgsProcessing.TypeVectorPolygon], optional=True
            )
        )
        for key, label in (
            (self.LANDCOVER, tr("Land cover raster (class codes)")),
            (self.HABITAT, tr("Habitat raster (1 = habitat, or class codes)")),
            (self.RESISTANCE, tr("Resistance raster")),
        ):
            self.addParameter(QgsProcessingParameterRasterLayer(key, label, optional=True))
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.BARRIERS, tr("Roads and other linear barriers"), [QgsProcessing.TypeVectorLine], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.CROSSINGS, tr("Crossing structures (points)"), [QgsProcessing.TypeVectorPoint], optional=True
            )
        )
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, tr("Elevation (DEM)"), optional=True))
        self.addParameter(
            QgsProcessingParameterVectorLayer(
                self.LEAST_COST_PATHS,
                tr("Least-cost paths (core_a, core_b fields, from ccsg:leastcostcorridors)"),
                [QgsProcessing.TypeVectorLine],
                optional=True,
            )
        )
        self._add_realm_parameters()
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Checked corridors"), QgsProcessing.TypeVectorPolygon)
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.REPORT, tr("Report (HTML)"), tr("HTML files (*.html)"), optional=True, createByDefault=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.REPORT_MAX_CORRIDORS,
                tr("Corridors with a detailed section (map, tables) in the report; the others in its summary only"),
                QgsProcessingParameterNumber.Integer, REPORT_MAX_CORRIDORS, optional=True, minValue=0,
            )
        )
        self.addOutput(QgsProcessingOutputString(self.SUMMARY, tr("Overall status per corridor (JSON)")))

    def _add_realm_parameters(self) -> None:
        """Optional layers of the freshwater and marine criteria (CRITERIA.md 2b, 2d), in the advanced section."""
        vectors = (
            (self.STREAMS, tr("Streams and rivers (lines; riparian zones included)"), QgsProcessing.TypeVectorLine),
            (self.FLOODPLAIN, tr("Floodplain or riparian areas (polygons; share inside the corridor)"),
             QgsProcessing.TypeVectorPolygon),
            (self.RIVER_BARRIERS, tr("River barriers: dams, weirs, culverts (points; counted inside the corridor)"),
             QgsProcessing.TypeVectorPoint),
            (self.COASTLINE, tr("Coastline (lines; alongshore length inside the corridor)"),
             QgsProcessing.TypeVectorLine),
        )
        parameters = [QgsProcessingParameterVectorLayer(key, label, [kind], optional=True)
                      for key, label, kind in vectors]
        parameters.append(QgsProcessingParameterRasterLayer(
            self.NIGHT_LIGHTS, tr("Night-lights raster (radiance; artificial light at night)"), optional=True))
        parameters.append(QgsProcessingParameterRasterLayer(
            self.PINCHPOINTS, tr("Pinch points: current raster from ccsg:pinchpoints (1 A between each pair of cores)"),
            optional=True))
        parameters += self._analysis_result_parameters()
        for parameter in parameters:
            parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
            self.addParameter(parameter)

    def _analysis_result_parameters(self) -> list:
        """Optional results of other analyses: climate raster, crossings result, sea-only least-cost paths."""
        return [
            QgsProcessingParameterRasterLayer(
                self.CLIMATE, tr("Climate raster (e.g. mean annual temperature; climate_span)"), optional=True),
            QgsProcessingParameterVectorLayer(
                self.CROSSING_PRIORITIES,
                tr("Infrastructure crossings: points from ccsg:crossings (pair, severance_cost, keep_open_gain, rank)"),
                [QgsProcessing.TypeVectorPoint], optional=True),
            QgsProcessingParameterVectorLayer(
                self.SEA_PATHS,
                tr("Sea paths: least-cost paths of a sea-only ccsg:leastcostcorridors run (core_a, core_b, "
                   "path_length_m)"), [QgsProcessing.TypeVectorLine], optional=True),
        ]

    # ----- run -------------------------------------------------------------------------------------------------
    def _layers(self, parameters, context) -> dict:
        vector = self.parameterAsVectorLayer
        raster = self.parameterAsRasterLayer
        return {
            "corridors": vector(parameters, self.CORRIDORS, context),
            "cores": vector(parameters, self.CORES, context),
            "landcover": raster(parameters, self.LANDCOVER, context),
            "habitat": raster(parameters, self.HABITAT, context),
            "resistance": raster(parameters, self.RESISTANCE, context),
            "dem": raster(parameters, self.DEM, context),
            "barriers": vector(parameters, self.BARRIERS, context),
            "crossings": vector(parameters, self.CROSSINGS, context),
            "least_cost_paths": vector(parameters, self.LEAST_COST_PATHS, context),
            "streams": vector(parameters, self.STREAMS, context),
            "floodplain": vector(parameters, self.FLOODPLAIN, context),
            "river_barriers": vector(parameters, self.RIVER_BARRIERS, context),
            "coastline": vector(parameters, self.COASTLINE, context),
            "night_lights": raster(parameters, self.NIGHT_LIGHTS, context),
            "pinch_points": raster(parameters, self.PINCHPOINTS, context),
            "climate": raster(parameters, self.CLIMATE, context),
            "crossing_priorities": vector(parameters, self.CROSSING_PRIORITIES, context),
            "sea_paths": vector(parameters, self.SEA_PATHS, context),
        }

    def prepareAlgorithm(self, parameters, context, feedback) -> bool:  # noqa: N802
        """Main thread: read every layer into plain data (layers are not thread-safe; the run may be in a task)."""
        from ccsg_plugin.gis import check_results  # lazy: the provider loads without the numpy-heavy core

        # An input problem found here is raised from processAlgorithm, so that its message reaches the user the
        # same way whether the algorithm runs in a task, a dialog or processing.run().
        self._input_error = None
        try:
            self._destinations = self._check_destinations(parameters, context)
        except CcsgError as exc:
            self._input_error = tr_data(str(exc))
            return True
        layers = self._layers(parameters, context)
        corridors = layers["corridors"]
        if corridors is None:
            self._input_error = tr("Choose a corridors layer (polygons).")
            return True
        profile_text = self.parameterAsString(parameters, self.PROFILE, context) or DEFAULT_PROFILE_ID
        try:
            self._prepared = check_results.prepare_check(layers, profile_text, feedback.isCanceled)
        except Cancelled:
            self._input_error = tr("The check was cancelled; nothing was written.")
            return True
        except CcsgError as exc:
            self._input_error = tr_data(exc)  # core errors are English
            return True
        features = [(f.id(), QgsGeometry(f.geometry()), f.attributes()) for f in corridors.getFeatures()]
        self._input = (QgsFields(corridors.fields()), corridors.wkbType(),
                       QgsCoordinateReferenceSystem(corridors.crs()), features)
        self._sources = {key.upper(): layer.source() for key, layer in layers.items() if layer is not None}
        return True

    def _check_destinations(self, parameters, context) -> tuple:
        """(layer file path or None for a temporary layer, report path or ""), refused before any reading when an
        output would overwrite an input, the corridor store or an existing file, or is no file."""
        from ccsg_plugin.gis import destinations

        layer_path = self.parameterAsOutputLayer(parameters, self.OUTPUT, context) or destinations.TEMPORARY
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context) or ""
        files = {}
        if not layer_path.startswith(destinations.TEMPORARY):
            files[self.OUTPUT] = (layer_path, "vector")
        else:
            layer_path = None
        if report_path:
            files[self.REPORT] = (report_path, "text")
        self.check_outputs(parameters, context, files)
        return layer_path, report_path

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ccsg_plugin.gis import check_results

        if self._input_error is not None:
            raise QgsProcessingException(self._input_error)
        layer_path, report_path = self._destinations
        # Asked again here: in a task, QGIS 3.22 replaces the layers to load that prepareAlgorithm registered (main
        # context) with those of this run's context, so the output would not be loaded without this second call.
        self.parameterAsOutputLayer(parameters, self.OUTPUT, context)

        def progress(fraction: float) -> None:
            feedback.setProgress(100.0 * fraction)

        try:
            run = check_results.evaluate_check(self._prepared, report_path or None, progress=progress,
                                               is_cancelled=feedback.isCanceled, log=feedback.pushInfo,
                                               report_max_corridors=self._report_limit(parameters, context))
        except Cancelled as exc:
            raise QgsProcessingException(tr("The check was cancelled; nothing was written.")) from exc
        except CcsgError as exc:
            raise QgsProcessingException(tr_data(exc)) from exc

        dest_id = self._write_outputs(parameters, context, feedback, run, layer_path, report_path)
        for line in run.summary_lines():
            feedback.pushInfo(line)
        self._queue_styling(dest_id, report_path, run.profile.name, parameters)
        outputs: dict[str, Any] = {self.OUTPUT: dest_id, self.SUMMARY: run.summary_json()}
        if report_path:
            outputs[self.REPORT] = report_path
        return outputs

    def _report_limit(self, parameters, context) -> int:
        if parameters.get(self.REPORT_MAX_CORRIDORS) in (None, ""):
            return REPORT_MAX_CORRIDORS
        return max(0, self.parameterAsInt(parameters, self.REPORT_MAX_CORRIDORS, context))

    def _write_outputs(self, parameters, context, feedback, run, layer_path, report_path) -> str:
        """The checked layer (a file through the writers, or Processing's temporary layer) and the report; on any
        failure neither is kept."""
        from ccsg_plugin.gis import check_results, writers
        from ccsg_plugin.processing import common

        input_fields, wkb_type, crs, features = self._input
        fields = self._output_fields(input_fields, run)
        input_names = set(input_fields.names())

        def rows():
            for fid, geometry, attributes in features:
                out = QgsFeature(fields)
                for name in fields.names():
                    if name in input_names:
                        out[name] = attributes[input_fields.indexOf(name)]
                for name, value in check_results.result_attributes(run, fid).items():
                    out[name] = value
                yield geometry, out.attributes()

        with common.OutputGuard() as guard:
            if layer_path is None:
                sink, dest_id = self.parameterAsSink(parameters, self.OUTPUT, context, fields, wkb_type, crs)
                if sink is None:
                    raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
                for geometry, attributes in rows():
                    out = QgsFeature(fields)
                    out.setGeometry(geometry)
                    out.setAttributes(attributes)
                    sink.addFeature(out, QgsFeatureSink.FastInsert)
                del sink
            else:
                dest_id = str(guard.add(writers.write_vector(layer_path, fields, wkb_type, crs, rows(),
                                                             is_cancelled=feedback.isCanceled)))
            if report_path:
                guard.add(writers.write_text(report_path, run.report_html))
                feedback.pushInfo(tr("Report written to {0}", report_path))
        return dest_id

    def _queue_styling(self, dest_id: str, report_path, profile_name: str, parameters) -> None:
        """A file output gets the status style saved inside it (styled wherever it is opened) and, when Processing
        loads it, the style and run metadata; memory outputs are left as they are. Saved here (the worker) by
        finish_later; postProcessAlgorithm only hands the finished layer over."""
        from pathlib import Path

        from ccsg_plugin.gis import check_results, output

        if not Path(dest_id.split("|")[0]).is_file():
            return
        title = tr("Guideline check")  # also the style name in the GeoPackage: at most 30 characters
        abstract = tr("Corridors checked against the profile {0}.", tr_data(profile_name))
        if report_path:
            abstract += " " + tr("Report written to {0}", report_path)
        # Layers by their source; other values as given (not looked up as layers: a report path is no layer).
        plain = {key: str(value) for key, value in parameters.items() if value is not None}
        plain.update(self._sources)
        plain["OUTPUT"], plain["REPORT"] = dest_id, report_path or ""
        self.finish_later(dest_id, "vector", lambda layer: output.apply_style(layer, check_results.RESULT_STYLE), title,
                          abstract, plain)

    @staticmethod
    def _output_fields(input_fields: QgsFields, run) -> QgsFields:
        """Input fields (minus names the check writes itself) + the check's fields."""
        from ccsg_plugin.gis import check_results

        specs = check_results.result_field_specs(run)
        ours = {name for name, _ in specs}
        fields = QgsFields()
        for field in input_fields:
            if field.name() not in ours:
                fields.append(field)
        types = {"string": QVariant.String, "double": QVariant.Double, "bool": QVariant.Bool}
        for name, kind in specs:
            fields.append(QgsField(name, types[kind]))
        return fields
