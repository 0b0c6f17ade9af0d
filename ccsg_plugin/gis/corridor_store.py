"""The candidate-corridor store: one GeoPackage layer on disk, fields and editor widgets from core/corridor_schema.

Design (data safety): the store is an ordinary editable OGR layer. Edits go to the layer's edit buffer (undo/redo
as in any QGIS layer); on every save, `beforeCommitChanges` fills the computed fields of the added and re-shaped
features inside the same commit, so one commit writes one consistent state to disk (GeoPackage = SQLite: a
committed transaction survives a crash). When the commit fails (read-only file, database locked by another
program) QGIS keeps the edit buffer: nothing is lost, the user can save again later.

The editor widgets (value maps, date pickers, soft not-null constraints, read-only computed fields) and the
renderer are also saved as the GeoPackage's default style, so the layer shows the same form in any project.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from qgis.core import (
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFieldConstraints,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerUtils,
    QgsWkbTypes,
)
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QDate, QVariant
from shapely import wkb as shapely_wkb

from ccsg_plugin.core.corridor import geometry as cg
from ccsg_plugin.core.corridor import schema
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.i18n import tr, tr_data

PROJECT_SCOPE = "ccsg"
KEY_STORE_PATH = "designer/store_path"
KEY_CORES_LAYER = "designer/cores_layer_id"
KEY_CORE_ID_FIELD = "designer/core_id_field"
DEFAULT_FILE_NAME = "candidate_corridors.gpkg"
STYLE_NAME = "candidate_corridors"
VALUE_MAP_NULL = "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"  # QGIS's ValueMap entry for NULL

_QVARIANT = {schema.STRING: QVariant.String, schema.INTEGER: QVariant.Int, schema.DOUBLE: QVariant.Double,
             schema.DATE: QVariant.Date, schema.BOOL: QVariant.Bool}


# ---- creating and opening --------------------------------------------------------------------------------------

def store_fields() -> QgsFields:
    fields = QgsFields()
    for spec in schema.FIELDS:
        qfield = QgsField(spec.name, _QVARIANT[spec.type])
        if spec.type == schema.STRING and spec.length:
            qfield.setLength(spec.length)
        fields.append(qfield)
    return fields


def check_projected(crs: QgsCoordinateReferenceSystem, what: str) -> None:
    """Refuse a missing or geographic CRS: widths and areas are measured in metres."""
    if not crs.isValid():
        raise CcsgError(tr("{0} has no coordinate reference system. Set a projected CRS in metres in "
                           "Project > Properties > CRS (for example a UTM zone or a national grid).", what))
    if crs.isGeographic():
        raise CcsgError(tr("{0} uses the geographic CRS {1} (degrees), but corridor widths and areas are measured "
                           "in metres. Pick a projected CRS in Project > Properties > CRS, for example a UTM zone "
                           "or a national grid in metres, then try again.", what, crs.authid()))


def default_store_path(project: QgsProject) -> Path | None:
    """candidate_corridors.gpkg next to the project file; None while the project has never been saved."""
    if not project.fileName():
        return None
    return Path(project.absolutePath()) / DEFAULT_FILE_NAME


def _layer_uri(path: Path) -> str:
    return f"{path}|layername={schema.LAYER_NAME}"


def create_store_file(path: Path, crs: QgsCoordinateReferenceSystem) -> Path:
    """Write an empty corridor table into the GeoPackage at path (created when missing; other tables kept)."""
    check_projected(crs, tr("The project"))
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = schema.LAYER_NAME
    if path.exists():
        options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
    writer = QgsVectorFileWriter.create(str(path), store_fields(), QgsWkbTypes.MultiPolygon, crs,
                                        QgsProject.instance().transformContext(), options)
    error = writer.hasError()
    message = writer.errorMessage()
    del writer  # closes the file
    if error != QgsVectorFileWriter.NoError:
        raise CcsgError(tr("Could not create the corridor store {0}: {1}. Pick a folder you can write to.",
                           str(path), message))
    return path


def write_lock_problem(path: Path, timeout: float = 1.0) -> str | None:
    """None when the GeoPackage can take a write now, else SQLite's reason ("database is locked" while another
    program writes to it, "attempt to write a readonly database"). Checked before a save, so a locked file is
    reported at once instead of after GDAL's retries (about 25 s on QGIS 3.22), with the edits still buffered."""
    try:
        con = sqlite3.connect(f"file:{Path(path).as_posix()}?mode=rw", uri=True, timeout=timeout,
                              isolation_level=None)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        con.execute("BEGIN IMMEDIATE")  # takes the write lock without writing; released at once
        con.execute("ROLLBACK")
    except sqlite3.Error as exc:
        return str(exc)
    finally:
        con.close()
    return None


def _has_store_table(path: Path) -> bool:
    probe = QgsVectorLayer(_layer_uri(path), "probe", "ogr")
    return probe.isValid()


def open_store_layer(path: Path, name: str | None = None) -> QgsVectorLayer:
    """The corridor layer of an existing store, with its widgets configured. Raises CcsgError when unusable."""
    path = Path(path)
    layer = QgsVectorLayer(_layer_uri(path), name or tr("Candidate corridors"), "ogr")
    if not layer.isValid():
        raise CcsgError(tr("{0} is not a corridor store (no '{1}' table). Create a new store or pick another "
                           "GeoPackage.", str(path), schema.LAYER_NAME))
    missing = [n for n in schema.FIELD_NAMES if layer.fields().indexOf(n) < 0]
    if missing:
        raise CcsgError(tr("The corridor store {0} lacks the fields {1}. Create a new store.", str(path),
                           ", ".join(missing)))
    check_projected(layer.crs(), tr("The corridor store {0}", str(path)))
    configure_layer(layer)
    return layer


def create_or_open(path: Path, crs: QgsCoordinateReferenceSystem) -> QgsVectorLayer:
    path = Path(path)
    if not (path.exists() and _has_store_table(path)):
        create_store_file(path, crs)
        styling = open_store_layer(path)
        apply_default_style(styling)
        del styling  # QGIS 3.22: a layer that saved its style to the GeoPackage loses its read connection
    return open_store_layer(path)  # loads the default style saved in the file


# ---- editor widgets --------------------------------------------------------------------------------------------

def _value_map(spec: schema.FieldSpec) -> dict:
    entries = [{tr("(empty)"): VALUE_MAP_NULL}]
    for value in spec.allowed:
        label = tr_data(spec.display(value))  # value labels are listed in i18n_catalog.py
        if spec.name == "gov_subtype":
            gtype = schema.governance_type_of(value)
            label = f"{gtype}: {tr_data(value)}" if gtype else tr_data(value)
        entries.append({label: value})
    return {"map": entries}


def _subtype_expression() -> str:
    parts = ['"gov_subtype" IS NULL', f"\"gov_subtype\" = '{schema.NOT_REPORTED}'"]
    for gtype, values in schema.GOV_SUBTYPES_BY_TYPE.items():
        quoted = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
        parts.append(f"(\"governance_type\" = '{gtype}' AND \"gov_subtype\" IN ({quoted}))")
    return " OR ".join(parts)


# Attribute form tabs (drag-and-drop layout): the catalogue grouped as a technician fills it in.
FORM_TABS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Corridor", ("corridor_id", "name", "objective_connectivity", "target_species_processes", "realm", "status",
                  "status_year", "notes")),
    ("Governance", ("governance_type", "gov_subtype", "governance_authority", "management_authority",
                    "management_plan", "management_mechanism", "ownership_type", "legal_mechanism",
                    "commitment_duration", "rightsholders_engaged", "fpic", "transboundary", "verification")),
    ("Monitoring", ("monitoring_plan", "indicators", "last_assessment")),
    ("Design", ("connectivity_type", "corridor_form", "corridor_function", "temporal_regime", "active_months",
                "design_method")),
    ("Measured", ("area_ha", "length_m", "min_width_m", "connected_core_ids", "centreline_width_m", "end_style",
                  "centreline_wkt")),
)
_TAB_TITLES = {"Corridor": tr("Corridor"), "Governance": tr("Governance"), "Monitoring": tr("Monitoring"),
               "Design": tr("Design"), "Measured": tr("Measured")}


def _form_tabs(layer: QgsVectorLayer, form: QgsEditFormConfig) -> None:
    form.clearTabs()
    root = form.invisibleRootContainer()
    fields = layer.fields()
    for key, names in FORM_TABS:
        tab = QgsAttributeEditorContainer(_TAB_TITLES.get(key, key), root)
        tab.setIsGroupBox(False)
        tab.setColumnCount(1)
        for name in names:
            idx = fields.indexOf(name)
            if idx >= 0:
                tab.addChildElement(QgsAttributeEditorField(name, idx, tab))
        form.addTab(tab)
    form.setLayout(QgsEditFormConfig.TabLayout)


def configure_layer(layer: QgsVectorLayer) -> None:
    """Aliases, editor widgets, constraints and read-only computed fields, so the standard form and table work."""
    form = layer.editFormConfig()
    fields = layer.fields()
    for spec in schema.FIELDS:
        idx = fields.indexOf(spec.name)
        if idx < 0:
            continue
        layer.setFieldAlias(idx, tr_data(spec.label))
        if spec.allowed and not spec.multi:
            setup = QgsEditorWidgetSetup("ValueMap", _value_map(spec))
        elif spec.type == schema.DATE:
            setup = QgsEditorWidgetSetup("DateTime", {"field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd",
                                                      "calendar_popup": True, "allow_null": True})
        elif spec.type == schema.BOOL:
            setup = QgsEditorWidgetSetup("CheckBox", {})
        elif spec.name == "status_year":
            setup = QgsEditorWidgetSetup("Range", {"Min": 1800, "Max": 2100, "Step": 1, "Style": "SpinBox",
                                                   "AllowNull": True})
        elif spec.name in ("objective_connectivity", "notes", "monitoring_plan", "centreline_wkt"):
            setup = QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False})
        else:
            setup = QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False, "UseHtml": False})
        layer.setEditorWidgetSetup(idx, setup)
        read_only = spec.computed or spec.level == schema.AUTO
        form.setReadOnly(idx, read_only)
        if spec.required:
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrengthSoft)
    constraints = {
        "gov_subtype": (_subtype_expression(), tr("The subtype must belong to the governance type (A-D).")),
        "commitment_duration": ("\"commitment_duration\" IS NULL OR \"commitment_duration\" = 'permanent' OR "
                                "regexp_match(\"commitment_duration\", '^[0-9]+$')",
                                tr("Use 'permanent' or a whole number of years.")),
    }
    for name, (expression, description) in constraints.items():
        idx = fields.indexOf(name)
        if idx >= 0:
            layer.setConstraintExpression(idx, expression, description)
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrengthSoft)
    _form_tabs(layer, form)
    layer.setEditFormConfig(form)


def apply_default_style(layer: QgsVectorLayer) -> None:
    """Renderer by status (resources/styles/candidate_corridors.qml) + widgets, saved as the GeoPackage's default
    style so the form also works when the file is opened without the plugin."""
    from ccsg_plugin.gis import output

    output.apply_style(layer, STYLE_NAME)
    configure_layer(layer)  # after the style: the .qml carries only symbology
    layer.saveStyleToDatabase(STYLE_NAME, tr("CCSG candidate corridors"), True, "")


# ---- geometry checks -------------------------------------------------------------------------------------------

def polygon_problem(geometry: QgsGeometry) -> str | None:
    """None when geometry is a usable corridor polygon, else a message saying what is wrong and what to do."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return tr("The corridor has no shape. Click at least three points, then right-click to finish.")
    if QgsWkbTypes.geometryType(geometry.wkbType()) != QgsWkbTypes.PolygonGeometry:
        return tr("The corridor must be a polygon.")
    if geometry.convexHull().area() <= 0 or (geometry.isGeosValid() and geometry.area() <= 0):
        return tr("The corridor polygon has zero area (its points lie on one line). Draw it again with at least "
                  "three points that enclose an area.")
    if not geometry.isGeosValid():
        return tr("The corridor polygon crosses itself. Draw it again so that its outline does not cross, or "
                  "split it into two corridors.")
    return None


def buffer_centreline(line: QgsGeometry, width: float, end_style: str = "flat") -> QgsGeometry:
    """The corridor polygon of a centre line: a buffer of width/2 with flat or round ends (map units = metres)."""
    cap = QgsGeometry.CapRound if end_style == "round" else QgsGeometry.CapFlat
    return line.buffer(width / 2.0, 16, cap, QgsGeometry.JoinStyleRound, 2.0)


def centreline_problem(points: list, width: float) -> str | None:
    distinct = []
    for p in points:
        if not distinct or QgsPointXY(p) != distinct[-1]:
            distinct.append(QgsPointXY(p))
    if len(distinct) < 2:
        return tr("The centre line needs at least two different points. Click the start, the bends and the end, "
                  "then right-click to finish.")
    if width is None or width <= 0:
        return tr("The corridor width is {0} m; it must be greater than 0. Type a width in metres in the "
                  "Corridor designer panel.", width)
    return None


def _to_shapely(geometry: QgsGeometry):
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    return shapely_wkb.loads(bytes(geometry.asWkb()))


# ---- the store -------------------------------------------------------------------------------------------------

_HOOKED: dict[str, CorridorStore] = {}  # layer id -> the store object whose save hook is connected


class CorridorStore:
    """A corridor layer plus the cores layer used to compute connected cores and widths."""

    def __init__(self, layer: QgsVectorLayer, cores_layer: QgsVectorLayer | None = None,
                 core_id_field: str | None = None, snap: float = cg.DEFAULT_SNAP) -> None:
        self.layer = layer
        self.cores_layer = cores_layer
        self.core_id_field = core_id_field
        self.snap = snap
        self._attached = False
        self._cache: dict = {}
        self._key = layer.id()
        self.path = Path(layer.source().split("|")[0])

    # -- hooks
    def attach(self) -> None:
        """Fill computed fields on every save of this layer. One store object hooks a layer at a time (the
        project watcher's or the dock's, whichever attached last), so fields are computed once per save."""
        if self._attached:
            return
        other = _HOOKED.get(self._key)
        if other is not None and other is not self:
            other.detach()
        self.layer.beforeCommitChanges.connect(self._before_commit)
        self._attached = True
        _HOOKED[self._key] = self

    def detach(self) -> None:
        if self._attached:
            if not sip.isdeleted(self.layer):
                with contextlib.suppress(TypeError, RuntimeError):
                    self.layer.beforeCommitChanges.disconnect(self._before_commit)
            self._attached = False
            if _HOOKED.get(self._key) is self:
                del _HOOKED[self._key]

    def set_cores(self, cores_layer: QgsVectorLayer | None, core_id_field: str | None) -> None:
        self.cores_layer = cores_layer
        self.core_id_field = core_id_field
        self._cache.clear()

    # -- computing
    def _cores_near(self, geometry: QgsGeometry) -> list:
        """(id, shapely geometry in the store CRS) of the cores within snap of geometry's bounding box."""
        cores = self.cores_layer
        if cores is None or not cores.isValid() or not self.core_id_field:
            return []
        if cores.fields().indexOf(self.core_id_field) < 0:
            return []
        to_store = QgsCoordinateTransform(cores.crs(), self.layer.crs(), QgsProject.instance())
        box = QgsRectangle(geometry.boundingBox())
        box.grow(self.snap * 2)
        try:
            box_in_cores = to_store.transformBoundingBox(box, QgsCoordinateTransform.ReverseTransform)
        except Exception:  # transform failure: fall back to all features
            box_in_cores = None
        request = QgsFeatureRequest()
        if box_in_cores is not None:
            request.setFilterRect(box_in_cores)
        out = []
        for feature in cores.getFeatures(request):
            geom = QgsGeometry(feature.geometry())
            if geom.isNull():
                continue
            if cores.crs() != self.layer.crs():
                geom.transform(to_store)
            value = _null_to_none(feature[self.core_id_field])
            if value is None:
                continue
            out.append((_id_text(value), _to_shapely(geom)))
        return out

    def computed_values(self, geometry: QgsGeometry, centreline_wkt=None, previous_ids=None) -> dict:
        """area_ha, length_m, min_width_m, connected_core_ids for one corridor geometry (store CRS).

        The linked pair (the first two ids of connected_core_ids) keeps the pair already recorded (for example by a
        least-cost run) when the corridor still touches both; otherwise linked_core_pair chooses it. Without a
        cores layer, the recorded ids are kept and min_width_m stays empty.
        """
        # Values computed when a corridor is added are reused when the same shape is saved (no second bisection).
        key = (bytes(geometry.asWkb()) if geometry is not None else b"", str(centreline_wkt or ""),
               tuple(schema.split_list(previous_ids)[:2]))
        cached = self._cache.get(key)
        if cached is None:
            cached = self._cache[key] = self._compute(geometry, centreline_wkt, previous_ids)
        return dict(cached)

    def _compute(self, geometry: QgsGeometry, centreline_wkt, previous_ids) -> dict:
        shape = _to_shapely(geometry)
        centreline = None
        if centreline_wkt:
            line = QgsGeometry.fromWkt(str(centreline_wkt))
            centreline = _to_shapely(line) if not line.isNull() else None
        values = {"area_ha": round(cg.area_ha(shape), 4) if shape is not None else None,
                  "length_m": round(cg.centreline_length(shape, centreline), 2) if shape is not None else None,
                  "min_width_m": None, "connected_core_ids": previous_ids or None}
        cores = self._cores_near(geometry)
        if shape is None or not cores:
            return values
        touched = cg.connected_core_ids(shape, cores, self.snap)
        by_id = dict(cores)
        pair_ids = None
        recorded = schema.split_list(previous_ids)[:2]
        if len(recorded) == 2 and all(r in touched for r in recorded):
            pair_ids = recorded
        elif len(touched) >= 2:
            pair = cg.linked_core_pair(shape, [(c, by_id[c]) for c in touched], self.snap)
            pair_ids = [pair[0][0], pair[1][0]] if pair else None
        ordered = (pair_ids or []) + [t for t in touched if t not in (pair_ids or [])]
        values["connected_core_ids"] = schema.join_list(ordered) if ordered else None
        if pair_ids:
            values["min_width_m"] = round(cg.min_width(shape, by_id[pair_ids[0]], by_id[pair_ids[1]],
                                                       snap=self.snap), 1)
        else:
            values["min_width_m"] = 0.0
        return values

    def _before_commit(self, *args) -> None:
        """Fill the computed fields of added and re-shaped features inside the edit buffer being committed."""
        buffer = self.layer.editBuffer()
        if buffer is None:
            return
        todo: dict[int, QgsGeometry] = {}
        for fid, feature in buffer.addedFeatures().items():
            todo[fid] = feature.geometry()
        for fid, geometry in buffer.changedGeometries().items():
            todo[fid] = geometry
        try:
            self.fill_computed(todo)
        finally:
            self._cache.clear()  # the cores layer may change before the next save

    def fill_computed(self, geometries: dict) -> None:
        fields = self.layer.fields()
        index = {name: fields.indexOf(name) for name in schema.COMPUTED_FIELDS}
        for fid, geometry in geometries.items():
            feature = self.layer.getFeature(fid)
            values = self.computed_values(geometry, feature["centreline_wkt"], _null_to_none(
                feature["connected_core_ids"]))
            for name, value in values.items():
                if index[name] >= 0 and _null_to_none(feature[name]) != value:
                    self.layer.changeAttributeValue(fid, index[name], value)

    def recompute_all(self) -> bool:
        """Recompute every corridor (after choosing another cores layer) and save."""
        started = False
        if not self.layer.isEditable():
            started = self.layer.startEditing()
        self.fill_computed({f.id(): f.geometry() for f in self.layer.getFeatures()})
        return self.commit() if started else True

    # -- adding and saving
    def new_feature(self, geometry: QgsGeometry, attributes: dict | None = None) -> QgsFeature:
        """A feature with the layer's defaults, the given attributes and computed fields (not yet added)."""
        geometry = QgsGeometry(geometry)
        if QgsWkbTypes.isMultiType(self.layer.wkbType()):
            geometry.convertToMultiType()
        attrs = dict(attributes or {})
        attrs.update({k: v for k, v in self.computed_values(geometry, attrs.get("centreline_wkt"),
                                                            attrs.get("connected_core_ids")).items()
                      if v is not None})
        fields = self.layer.fields()
        index_map = {fields.indexOf(k): v for k, v in attrs.items() if fields.indexOf(k) >= 0}
        return QgsVectorLayerUtils.createFeature(self.layer, geometry, index_map)

    def add_feature(self, feature: QgsFeature, text: str | None = None) -> bool:
        """Add to the edit buffer as one undoable step (editing is started when needed)."""
        if not self.layer.isEditable() and not self.layer.startEditing():
            raise CcsgError(tr("The corridor store {0} cannot be edited (read-only file?). Copy it to a folder you "
                               "can write to and open the copy.", str(self.path)))
        self.layer.beginEditCommand(text or tr("Add corridor"))
        ok = self.layer.addFeature(feature)
        if ok:
            self.layer.endEditCommand()
        else:
            self.layer.destroyEditCommand()
        return ok

    def commit(self) -> bool:
        """Save the edit buffer to the GeoPackage; raise CcsgError (edit buffer kept) when the file refuses it."""
        if not self.layer.isEditable():
            return True
        problem = write_lock_problem(self.path)
        if problem is None and self.layer.commitChanges(False):  # keep editing on: the user goes on drawing
            return True
        errors = problem or "; ".join(self.layer.commitErrors())
        raise CcsgError(tr("The corridors could not be saved to {0}: {1}. Your edits are kept in the layer's edit "
                           "buffer; make the file writable or close the program that locks it, then save again.",
                           str(self.path), errors))

    def corridors(self) -> list[tuple[int, str, str]]:
        """(feature id, name, status) of every corridor, in feature id order (edit buffer included)."""
        out = []
        for feature in self.layer.getFeatures():
            name = _null_to_none(feature["name"]) or _null_to_none(feature["corridor_id"]) or tr("(unnamed)")
            out.append((feature.id(), str(name), str(_null_to_none(feature["status"]) or tr("(no status)"))))
        return sorted(out)


def add_candidates_from_layer(store: CorridorStore, source_layer: QgsVectorLayer, feature_ids,
                              design_method: str = "least_cost", commit: bool = True) -> list[int]:
    """Copy polygons of source_layer (e.g. ccsg:leastcostcorridors OUTPUT_POLYGONS: core_a, core_b, area_ha) into
    the store as candidates: design_method set, connected core ids from core_a/core_b (re-checked against the cores
    layer when one is set), computed fields filled. Saved at once when commit is true (CcsgError when the file
    refuses it; the copies stay in the edit buffer). Returns the new feature ids: the saved ids when committed,
    else the edit buffer's (negative) ids."""
    if source_layer is None or not source_layer.isValid():
        raise CcsgError(tr("Pick a polygon layer to copy the corridors from."))
    if QgsWkbTypes.geometryType(source_layer.wkbType()) != QgsWkbTypes.PolygonGeometry:
        raise CcsgError(tr("The layer '{0}' has no polygons; pick the least-cost corridor polygons output.",
                           source_layer.name()))
    ids = list(feature_ids)
    if not ids:
        raise CcsgError(tr("No corridor is selected in '{0}'. Select the corridors to copy on the map or in the "
                           "attribute table.", source_layer.name()))
    transform = QgsCoordinateTransform(source_layer.crs(), store.layer.crs(), QgsProject.instance())
    names = source_layer.fields().names()
    features = []
    skipped = []
    for feature in source_layer.getFeatures(QgsFeatureRequest().setFilterFids(ids)):
        geometry = QgsGeometry(feature.geometry())
        if source_layer.crs() != store.layer.crs():
            geometry.transform(transform)
        if polygon_problem(geometry) is not None:
            geometry = geometry.makeValid()
            if polygon_problem(geometry) is not None:
                skipped.append(feature.id())
                continue
        attrs = {"design_method": design_method, "status": "Proposed"}
        pair = [_id_text(feature[n]) for n in ("core_a", "core_b") if n in names and feature[n] is not None
                and _null_to_none(feature[n]) is not None]
        if pair:
            attrs["connected_core_ids"] = schema.join_list(pair)
            attrs["name"] = tr("Least-cost corridor {0}", " - ".join(pair))
            attrs["corridor_id"] = "lcc_" + "_".join(pair)
        features.append(store.new_feature(geometry, attrs))
    if not features:
        raise CcsgError(tr("None of the selected features of '{0}' is a valid polygon.", source_layer.name()))
    if not store.layer.isEditable() and not store.layer.startEditing():
        raise CcsgError(tr("The corridor store {0} cannot be edited (read-only file?).", str(store.path)))
    before = set(store.layer.editBuffer().addedFeatures())
    store.layer.beginEditCommand(tr("Add least-cost corridors"))
    ok = store.layer.addFeatures(features)
    store.layer.endEditCommand()
    if not ok:
        raise CcsgError(tr("The corridors could not be added to {0}.", str(store.path)))
    added = sorted(set(store.layer.editBuffer().addedFeatures()) - before)
    if not commit:
        return added
    saved: list[int] = []

    def collect(_layer_id, features) -> None:
        saved.extend(f.id() for f in features)

    store.layer.committedFeaturesAdded.connect(collect)
    try:
        store.commit()
    finally:
        store.layer.committedFeaturesAdded.disconnect(collect)
    return sorted(saved)


# ---- project persistence ---------------------------------------------------------------------------------------

def remember(project: QgsProject, store: CorridorStore) -> None:
    """Record the store (relative path when the project saves relative paths) and the cores choice in the project."""
    project.writeEntry(PROJECT_SCOPE, KEY_STORE_PATH, project.writePath(str(store.path)))
    project.writeEntry(PROJECT_SCOPE, KEY_CORES_LAYER, store.cores_layer.id() if store.cores_layer else "")
    project.writeEntry(PROJECT_SCOPE, KEY_CORE_ID_FIELD, store.core_id_field or "")


def remembered_path(project: QgsProject) -> Path | None:
    text, ok = project.readEntry(PROJECT_SCOPE, KEY_STORE_PATH, "")
    if not ok or not text:
        return None
    return Path(project.readPath(text))


def find_store_layer(project: QgsProject, path: Path) -> QgsVectorLayer | None:
    """The project's layer showing the store's corridor table, if it is loaded."""
    target = Path(path).resolve()
    for layer in project.mapLayers().values():
        if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
            continue
        source = layer.source()
        parts = source.split("|")
        if Path(parts[0]).resolve() == target and f"layername={schema.LAYER_NAME}" in source:
            return layer
    return None


def reopen(project: QgsProject, add_missing: bool = True) -> CorridorStore | None:
    """The store remembered in the project: its layer (added to the project if it is not there, unless
    add_missing is false), and cores."""
    path = remembered_path(project)
    if path is None or not path.exists():
        return None
    layer = find_store_layer(project, path)
    if layer is None and not add_missing:
        return None
    if layer is None:
        from ccsg_plugin.gis import output

        layer = open_store_layer(path)
        output.add_to_group(project, layer, position=0)
    else:
        configure_layer(layer)
    cores_id, _ = project.readEntry(PROJECT_SCOPE, KEY_CORES_LAYER, "")
    field, _ = project.readEntry(PROJECT_SCOPE, KEY_CORE_ID_FIELD, "")
    cores = project.mapLayer(cores_id) if cores_id else None
    return CorridorStore(layer, cores if isinstance(cores, QgsVectorLayer) else None, field or None)


class ProjectWatcher:
    """Keeps the computed fields of the project's corridor store filled on every save from the moment a project
    opens, whether or not the Corridor designer panel has been opened (the plugin owns one; unload() at unload)."""

    def __init__(self, project: QgsProject | None = None) -> None:
        self.project = project or QgsProject.instance()
        self.store: CorridorStore | None = None
        self.project.readProject.connect(self.refresh)
        self.project.cleared.connect(self.clear)
        self.refresh()

    def refresh(self, *args) -> None:
        self.clear()
        try:
            store = reopen(self.project, add_missing=False)
        except CcsgError:
            store = None  # the dock reports an unusable store when the user opens it
        if store is not None:
            store.attach()
            self.store = store

    def clear(self) -> None:
        if self.store is not None:
            self.store.detach()
            self.store = None

    def unload(self) -> None:
        for signal, slot in ((self.project.readProject, self.refresh), (self.project.cleared, self.clear)):
            with contextlib.suppress(TypeError, RuntimeError):
                signal.disconnect(slot)
        self.clear()


# ---- helpers ---------------------------------------------------------------------------------------------------

def _null_to_none(value):
    if value is None:
        return None
    if isinstance(value, QVariant) and value.isNull():
        return None
    if hasattr(value, "isNull") and not isinstance(value, (str, QDate)) and value.isNull():
        return None
    return value


def _id_text(value) -> str:
    """Core ids as text: 2.0 -> '2' (shapefile integers often come back as floats)."""
    value = _null_to_none(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
