"""The corridor store: a corridor layer plus the cores layer, filling the computed fields (area, length, minimum
width, connected cores) inside every save, and adding corridors drawn or copied from a least-cost run.

Design (data safety): the store is an ordinary editable OGR layer. Edits go to the layer's edit buffer (undo/redo
as in any QGIS layer); on every save, `beforeCommitChanges` fills the computed fields of the added and re-shaped
features inside the same commit, so one commit writes one consistent state to disk (GeoPackage = SQLite: a
committed transaction survives a crash). When the commit fails (read-only file, database locked by another
program) QGIS keeps the edit buffer: nothing is lost, the user can save again later.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerUtils,
    QgsWkbTypes,
)
from qgis.PyQt import sip

from ccsg_plugin.core.corridor import geometry as cg
from ccsg_plugin.core.corridor import schema
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis.corridor_store.files import write_lock_problem
from ccsg_plugin.gis.corridor_store.values import id_text, null_to_none
from ccsg_plugin.gis.geometry import to_shapely
from ccsg_plugin.i18n import tr

# Saving runs on the GUI thread: wait this long for another program's write lock, not the probe's default 1 s (the
# GUI thread's budget is 0.2 s); a lock held longer is reported and the edits stay in the buffer.
GUI_LOCK_WAIT = 0.15


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
            value = null_to_none(feature[self.core_id_field])
            if value is None:
                continue
            out.append((id_text(value), to_shapely(geom)))
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
        shape = to_shapely(geometry)
        centreline = None
        if centreline_wkt:
            line = QgsGeometry.fromWkt(str(centreline_wkt))
            centreline = to_shapely(line)
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
            values = self.computed_values(geometry, feature["centreline_wkt"], null_to_none(
                feature["connected_core_ids"]))
            for name, value in values.items():
                if index[name] >= 0 and null_to_none(feature[name]) != value:
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
        problem = write_lock_problem(self.path, timeout=GUI_LOCK_WAIT)
        if problem is None:
            if self.layer.commitChanges(False):  # keep editing on: the user goes on drawing
                return True
            # Another program took the write lock after the check above (GDAL gave up after its retries, ~25 s).
            # The failed commit may leave GDAL's connection inside SQLite's transaction, so every later save would
            # fail too: reopen the connection (the edit buffer lives in the layer and is kept), so saving again works.
            errors = self.layer.commitErrors()
            self.layer.dataProvider().reloadData()
            problem = write_lock_problem(self.path, timeout=GUI_LOCK_WAIT) or _commit_problem(errors)
        if _is_lock(problem):
            problem = _locked_text()
        raise CcsgError(tr("The corridors could not be saved to {0}: {1}. Your {2} unsaved change(s) are kept in the "
                           "layer's edit buffer. Close the program that writes to or locks this file (or wait for it "
                           "to finish), or make the file writable, then save again.",
                           str(self.path), problem, self.pending_changes()))

    def pending_changes(self) -> int:
        """Added, deleted and changed features waiting in the edit buffer (what a failed save keeps)."""
        buffer = self.layer.editBuffer()
        if buffer is None:
            return 0
        changed = set(buffer.changedAttributeValues()) | set(buffer.changedGeometries())
        added = buffer.addedFeatures()
        return len(added) + len(buffer.deletedFeatureIds()) + len(changed - set(added))

    def corridors(self) -> list[tuple[int, str, str]]:
        """(feature id, name, status) of every corridor, in feature id order (edit buffer included)."""
        out = []
        for feature in self.layer.getFeatures():
            name = null_to_none(feature["name"]) or null_to_none(feature["corridor_id"]) or tr("(unnamed)")
            out.append((feature.id(), str(name), str(null_to_none(feature["status"]) or tr("(no status)"))))
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
        pair = [id_text(feature[n]) for n in ("core_a", "core_b") if n in names and feature[n] is not None
                and null_to_none(feature[n]) is not None]
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


def _is_lock(text: str) -> bool:
    return "database is locked" in text or "database is busy" in text


def _locked_text() -> str:
    return tr("another program was writing to the file (database is locked)")


def _commit_problem(errors: list) -> str:
    """QGIS's commit errors without the per-feature repetition ("OGR error creating feature -2: ... database is
    locked" once per corridor): a locked file in one sentence, else each distinct reason once."""
    if _is_lock(" ".join(errors)):
        return _locked_text()
    reasons: list[str] = []
    for line in errors:
        line = line.strip()
        if ":" in line and line.lower().startswith("ogr error"):
            line = line.split(":", 1)[1].strip()
        if line and line not in reasons and not line.lower().startswith(("provider errors", "success")):
            reasons.append(line)
    return "; ".join(reasons[:3])
