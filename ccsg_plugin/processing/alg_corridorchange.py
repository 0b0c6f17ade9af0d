"""ccsg:corridorchange: what changed inside each corridor between two dates, and the store's monitoring record.

prepareAlgorithm (main thread) checks the outputs, the dates, the profile and the store, and reads the vector
layers into shapely; processAlgorithm reads the rasters (GDAL, by file), compares (core/monitoring), writes the
outputs through gis/writers.py, then appends the record in one transaction. Every input problem is found before
anything is written or appended, and a failed output write appends nothing.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
)

from ccsg_plugin.core.criteria.profiles import DEFAULT_PROFILE_ID
from ccsg_plugin.core.errors import Cancelled, CcsgError
from ccsg_plugin.i18n import tr, tr_data
from ccsg_plugin.processing import base
from ccsg_plugin.processing.base import CcsgAlgorithm

DEFAULT_HABITAT_MAX = 10.0


class CorridorChangeAlgorithm(CcsgAlgorithm):
    ALG_ID = "corridorchange"
    DISPLAY_NAME = "Corridor change between two dates (monitoring)"
    GROUP_ID = "guidelines"
    GROUP_NAME = "Corridor guidelines"
    HELP = (
        "Compares two dates of the landscape inside each corridor: habitat area and natural share, the largest "
        "habitat gap, the narrowest habitat passage (the widest disc that travels from core to core through habitat, "
        "in metres on the raster's cells), the least-cost distance between the corridor's two cores through the "
        "corridor, new lines that sever it, the guideline check's overall status at each date, and a trend "
        "(improved, stable, degraded or severed) against the thresholds in the criteria profile, with their "
        "source.\n"
        "BEFORE and AFTER are land-cover rasters read with the class table TABLE (class, resistance, label, habitat "
        "yes/no; without the habitat column the profile's habitat classes), or, without a table, resistance rasters "
        "where habitat is every cell whose resistance is at most HABITAT_MAX_RESISTANCE. AFTER on another grid is "
        "resampled to BEFORE's (nearest neighbour, and said); another CRS is refused. TABLE_AFTER, when the legend "
        "changed, must agree with TABLE on every class both list.\n"
        "Outputs: the corridors with the indicators, a raster of habitat lost, gained and unchanged inside them, and "
        "an HTML report with one section per corridor (before and after maps, the indicator table, a sentence for a "
        "report and the corridor's history). When CORRIDORS is the corridor store and APPEND_RECORD is on, one row "
        "per corridor is appended to the store's monitoring table (kept, marked orphaned, when a corridor is "
        "deleted)."
    )

    CORRIDORS = "CORRIDORS"
    CORES = base.CORES
    CORE_ID_FIELD = base.CORE_ID_FIELD
    BEFORE = "BEFORE"
    AFTER = "AFTER"
    TABLE = "TABLE"
    TABLE_AFTER = "TABLE_AFTER"
    HABITAT_MAX_RESISTANCE = "HABITAT_MAX_RESISTANCE"
    BARRIERS_BEFORE = "BARRIERS_BEFORE"
    BARRIERS_AFTER = "BARRIERS_AFTER"
    DATE_BEFORE = "DATE_BEFORE"
    DATE_AFTER = "DATE_AFTER"
    PROFILE = "PROFILE"
    APPEND_RECORD = "APPEND_RECORD"
    OUTPUT = "OUTPUT"
    OUTPUT_CHANGE = "OUTPUT_CHANGE"
    REPORT = "REPORT"
    RECORD_ROWS = "RECORD_ROWS"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        self.addParameter(QgsProcessingParameterVectorLayer(
            self.CORRIDORS, tr("Corridors (the corridor store or any polygon layer)"),
            [QgsProcessing.TypeVectorPolygon]))
        for parameter in base.cores_parameters(self.CORES, self.CORE_ID_FIELD):
            self.addParameter(parameter)
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.BEFORE, tr("Before: land-cover raster (with a class table) or resistance raster")))
        self.addParameter(QgsProcessingParameterRasterLayer(
            self.AFTER, tr("After: land-cover raster (with a class table) or resistance raster")))
        self.addParameter(QgsProcessingParameterFile(
            self.TABLE, tr("Class table (CSV class,resistance,label,habitat; empty: the rasters are resistance)"),
            QgsProcessingParameterFile.File, "csv", None, True))
        self.addParameter(base.as_advanced(QgsProcessingParameterFile(
            self.TABLE_AFTER, tr("Class table of AFTER, when its legend changed (empty: TABLE)"),
            QgsProcessingParameterFile.File, "csv", None, True)))
        self.addParameter(QgsProcessingParameterNumber(
            self.HABITAT_MAX_RESISTANCE, tr("Habitat: resistance at most (resistance rasters)"),
            QgsProcessingParameterNumber.Double, DEFAULT_HABITAT_MAX, False, 0.0))
        for key, label in ((self.BARRIERS_BEFORE, tr("Roads and other linear barriers, before")),
                           (self.BARRIERS_AFTER, tr("Roads and other linear barriers, after"))):
            self.addParameter(QgsProcessingParameterVectorLayer(key, label, [QgsProcessing.TypeVectorLine],
                                                                optional=True))
        self.addParameter(QgsProcessingParameterString(self.DATE_BEFORE, tr("Date of BEFORE (YYYY-MM-DD)")))
        self.addParameter(QgsProcessingParameterString(self.DATE_AFTER, tr("Date of AFTER (YYYY-MM-DD)")))
        self.addParameter(QgsProcessingParameterString(
            self.PROFILE, tr("Criteria profile (bundled id, user profile id or JSON file)"), DEFAULT_PROFILE_ID))
        self.addParameter(QgsProcessingParameterBoolean(
            self.APPEND_RECORD, tr("Append to the store's monitoring record (CORRIDORS is the corridor store)"), True))
        self.addParameter(base.vector_output(self.OUTPUT, tr("Corridor change"), QgsProcessing.TypeVectorPolygon))
        self.addParameter(base.raster_output(self.OUTPUT_CHANGE, tr("Habitat lost, gained and unchanged")))
        self.addParameter(QgsProcessingParameterFileDestination(
            self.REPORT, tr("Change report (HTML)"), tr("HTML files (*.html)"), optional=True, createByDefault=True))
        self.addOutput(QgsProcessingOutputNumber(self.RECORD_ROWS, tr("Rows appended to the monitoring record")))

    # ----- main thread -------------------------------------------------------------------------------------------
    def prepareAlgorithm(self, parameters, context, feedback) -> bool:  # noqa: N802
        self._error = None
        try:
            self._prepare(parameters, context, feedback)
        except CcsgError as exc:
            self._error = tr_data(exc)
        except Cancelled:
            self._error = tr("The run was cancelled; nothing was written.")
        return True

    def _prepare(self, parameters, context, feedback) -> None:
        from ccsg_plugin.core.monitoring import snapshot as snap
        from ccsg_plugin.core.monitoring import trend
        from ccsg_plugin.gis import check_results, destinations, monitoring_inputs
        from ccsg_plugin.gis.corridor_store import monitoring_record
        from ccsg_plugin.processing import common

        paths = {self.OUTPUT: common.output_path(self, parameters, self.OUTPUT, context, "gpkg"),
                 self.OUTPUT_CHANGE: common.output_path(self, parameters, self.OUTPUT_CHANGE, context, "tif")}
        report = self.parameterAsFileOutput(parameters, self.REPORT, context) or ""
        files = {self.OUTPUT: (paths[self.OUTPUT], "vector"), self.OUTPUT_CHANGE: (paths[self.OUTPUT_CHANGE], "raster")}
        if report:
            files[self.REPORT] = (report, "text")
        self.check_outputs(parameters, context, files)
        self._paths, self._report = paths, report
        date_before = snap.parse_date(self.parameterAsString(parameters, self.DATE_BEFORE, context), "DATE_BEFORE")
        date_after = snap.parse_date(self.parameterAsString(parameters, self.DATE_AFTER, context), "DATE_AFTER")
        snap.check_order(date_before, date_after)
        self._dates = (date_before, date_after)
        profile_text = self.parameterAsString(parameters, self.PROFILE, context) or DEFAULT_PROFILE_ID
        self._profile, _source = check_results.load_profile_text(profile_text)
        trend.rules_of(self._profile)  # a wrong monitoring section is refused before reading anything
        corridors = self.parameterAsVectorLayer(parameters, self.CORRIDORS, context)
        cores = self.parameterAsVectorLayer(parameters, self.CORES, context)
        before = self.parameterAsRasterLayer(parameters, self.BEFORE, context)
        after = self.parameterAsRasterLayer(parameters, self.AFTER, context)
        if corridors is None or cores is None or before is None or after is None:
            raise CcsgError(tr("Choose the corridors, the cores and both rasters (BEFORE and AFTER)."))
        store = corridors.source().split("|")[0]
        self._store = None
        if self.parameterAsBool(parameters, self.APPEND_RECORD, context):
            if destinations.is_corridor_store(store):
                problem = monitoring_record.writable_problem(store)
                if problem:
                    raise CcsgError(problem)
                self._store = store
            else:
                feedback.pushWarning(tr("'{0}' is not the corridor store: the monitoring record is kept only in the "
                                        "store, so nothing is appended.", corridors.name()))
        crs = QgsCoordinateReferenceSystem(before.crs())
        barriers = [self.parameterAsVectorLayer(parameters, key, context) if parameters.get(key) else None
                    for key in (self.BARRIERS_BEFORE, self.BARRIERS_AFTER)]
        (self._corridors, self._attributes, self._cores, self._barriers_before,
         self._barriers_after) = monitoring_inputs.read_vectors(
            corridors, cores, self.parameterAsString(parameters, self.CORE_ID_FIELD, context), *barriers, crs,
            feedback.isCanceled)
        self._features = [(f.id(), QgsGeometry(f.geometry()), f.attributes()) for f in corridors.getFeatures()]
        self._fields = QgsFields(corridors.fields())
        self._layer_crs = QgsCoordinateReferenceSystem(corridors.crs())
        self._crs = crs
        self._rasters = (before, after)  # read by file in processAlgorithm (GDAL), never drawn
        self._sources = {"CORRIDORS": corridors.source(), "CORES": cores.source(), "BEFORE": before.source(),
                         "AFTER": after.source(), "TABLE": self.parameterAsString(parameters, self.TABLE, context),
                         "TABLE_AFTER": self.parameterAsString(parameters, self.TABLE_AFTER, context)}
        for key, layer in zip(("BARRIERS_BEFORE", "BARRIERS_AFTER"), barriers):
            if layer is not None:
                self._sources[key] = layer.source()

    # ----- worker ------------------------------------------------------------------------------------------------
    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        if self._error is not None:
            raise QgsProcessingException(self._error)
        from ccsg_plugin.core import progress as prog
        from ccsg_plugin.core.monitoring.compare import compare_corridors
        from ccsg_plugin.gis import monitoring_inputs
        from ccsg_plugin.processing import common

        # Asked again here: in a task, QGIS 3.22 replaces the layers to load that prepareAlgorithm registered with
        # those of this run's context (as ccsg:checkcorridors does).
        for name in (self.OUTPUT, self.OUTPUT_CHANGE):
            self.parameterAsOutputLayer(parameters, name, context)
        progress, is_cancelled = common.callables(feedback)
        before, after = self._rasters
        table = self.parameterAsString(parameters, self.TABLE, context)
        table_after = self.parameterAsString(parameters, self.TABLE_AFTER, context)
        habitat_max = self.parameterAsDouble(parameters, self.HABITAT_MAX_RESISTANCE, context)
        with common.OutputGuard() as guard:
            s_before, s_after, notes = monitoring_inputs.snapshots(before, after, table, table_after, habitat_max,
                                                                   self._profile, *self._dates)
            for note in notes:
                feedback.pushWarning(tr_data(note))
            s_before.barriers, s_after.barriers = self._barriers_before, self._barriers_after
            run = compare_corridors(self._corridors, self._cores, s_before, s_after, self._profile,
                                    progress=prog.scaled(progress, 0.0, 0.8), is_cancelled=is_cancelled)
            for change in run.changes:
                feedback.pushInfo(tr_data(change.sentence(*self._dates)))
            self._write(guard, run, notes, bool(table), feedback, parameters, context)
            appended = self._append(run)
        if appended:
            feedback.pushInfo(tr("{0} row(s) appended to the monitoring record of {1}.", appended, self._store))
        feedback.setProgress(100)
        outputs = {self.OUTPUT: self._paths[self.OUTPUT], self.OUTPUT_CHANGE: self._paths[self.OUTPUT_CHANGE],
                   self.RECORD_ROWS: appended}
        if self._report:
            outputs[self.REPORT] = self._report
        return outputs

    def _write(self, guard, run, notes, landcover, feedback, parameters, context) -> None:
        import numpy as np
        from qgis.core import QgsFeature

        from ccsg_plugin.gis import monitoring_outputs as mo
        from ccsg_plugin.gis import writers
        from ccsg_plugin.gis.corridor_store import monitoring_record
        from ccsg_plugin.processing import common

        fields = mo.output_fields(self._fields)
        by_key = {c.key: c for c in run.changes}
        input_names = set(self._fields.names())

        def rows():
            for fid, geometry, attributes in self._features:
                out = QgsFeature(fields)
                for name in fields.names():
                    if name in input_names:
                        out[name] = attributes[self._fields.indexOf(name)]
                change = by_key.get(fid)
                for name, value in (change.values if change else {}).items():
                    if fields.indexOf(name) >= 0:
                        out[name] = mo.field_value(value)
                yield geometry, out.attributes()

        from qgis.core import QgsWkbTypes

        wkb = QgsWkbTypes.MultiPolygon
        guard.add(writers.write_vector(self._paths[self.OUTPUT], fields, wkb, self._layer_crs, rows()))
        grid = run.change if run.change is not None else np.zeros((1, 1), np.uint8)
        transform = run.change_transform or (0.0, 1.0, 0.0, 0.0, 0.0, -1.0)
        guard.add(writers.write_geotiff(self._paths[self.OUTPUT_CHANGE], grid, transform, self._crs, dtype="uint8",
                                        nodata=0))
        if self._report:
            histories = {}
            if self._store:
                for change in run.changes:
                    histories[change.key] = monitoring_record.history(self._store, change.key)
            info = [(key, value) for key, value in self._sources.items() if value]
            html = mo.build_report(run, {c.key: c.geometry for c in self._corridors}, self._crs,
                                   self._rasters[0].source(), self._rasters[1].source(),
                                   None if landcover else "resistance", self._cores, self._barriers_before,
                                   self._barriers_after, histories, info, notes, feedback.isCanceled)
            guard.add(writers.write_text(self._report, html))
        plain = common.plain_parameters(parameters, context, self)
        abstract = tr("Corridor change between {0} and {1}.", str(run.date_before), str(run.date_after))
        self.finish_later(self._paths[self.OUTPUT], "vector", lambda layer: None, tr("Corridor change"), abstract,
                          plain, feedback)
        self.finish_later(self._paths[self.OUTPUT_CHANGE], "raster", mo.style_change,
                          tr("Habitat lost and gained"), abstract, plain, feedback)
        self._run = run

    def _append(self, run) -> int:
        """The record's rows, in one transaction, after every output is written (a failed write appends nothing)."""
        if not self._store:
            return 0
        from ccsg_plugin.gis.corridor_store import monitoring_record

        rows = monitoring_record.record_rows(run, self._attributes, self._sources, self._profile.id)
        return monitoring_record.append(self._store, rows)
