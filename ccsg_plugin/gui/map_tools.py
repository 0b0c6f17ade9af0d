"""Map tools of the Corridor designer: draw a corridor polygon, or a centre line buffered to a width.

Left click adds a vertex (snapped to the cores layer chosen in the panel), right click finishes, Backspace removes
the last vertex, Esc cancels. The finished corridor is checked (refused with a message bar message, nothing
written), then added through QGIS's own "add feature" form (vectorLayerTools().addFeature) so the user fills in
the attributes; without that form (tests, headless) it is added with defaults. Either way it lands in the layer's
edit buffer as one undoable step.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsGeometry, QgsPointXY, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsRubberBand, QgsSnapIndicator
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import corridor_store
from ccsg_plugin.gui import drawing_checks
from ccsg_plugin.i18n import tr, tr_data
from ccsg_plugin.messages import notify

TITLE = "Corridor designer"


class _CorridorTool(QgsMapTool):
    """Shared clicking, snapping, rubber bands and adding; subclasses build the corridor geometry."""

    corridorAdded = pyqtSignal("qint64")  # noqa: N815 - Qt signal naming

    def __init__(self, canvas, iface, store=None) -> None:
        super().__init__(canvas)
        self.iface = iface
        self.store: corridor_store.CorridorStore | None = store
        self.use_form = True  # open QGIS's attribute form when the application provides it
        self.points: list[QgsPointXY] = []  # map CRS
        self._cursor: QgsPointXY | None = None
        self._snap = QgsSnapIndicator(canvas)
        self.outline = QgsRubberBand(canvas, QgsWkbTypes.LineGeometry)
        self.outline.setColor(QColor(200, 40, 40, 220))
        self.outline.setWidth(2)
        self.preview = QgsRubberBand(canvas, QgsWkbTypes.PolygonGeometry)
        self.preview.setFillColor(QColor(240, 120, 40, 80))
        self.preview.setStrokeColor(QColor(200, 40, 40, 200))
        self.preview.setWidth(1)
        self.setCursor(Qt.CrossCursor)

    # -- Qt / QGIS events
    def _snapped(self, event) -> QgsPointXY:
        """The event's map point snapped with the canvas's snapping settings (the cores layer, set by the dock)."""
        match = self.canvas().snappingUtils().snapToMap(event.mapPoint())
        self._snap.setMatch(match)
        return QgsPointXY(match.point()) if match.isValid() else QgsPointXY(event.mapPoint())

    def canvasMoveEvent(self, event) -> None:  # noqa: N802
        self._cursor = self._snapped(event)
        self._update_bands()

    def canvasReleaseEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.RightButton:
            self._cursor = None
            if self.points:  # a right click before any vertex is not an attempt to draw
                self.finish()
        elif event.button() == Qt.LeftButton:
            self.points.append(self._snapped(event))
            self._cursor = None
            self._update_bands()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key_Escape:
            self.reset()
            event.accept()
        elif event.key() in (Qt.Key_Backspace, Qt.Key_Delete) and self.points:
            self.points.pop()
            self._update_bands()
            event.accept()
        else:
            event.ignore()

    def deactivate(self) -> None:
        self.reset()
        self._snap.setVisible(False)
        super().deactivate()

    # -- drawing state
    def reset(self) -> None:
        self.points = []
        self._cursor = None
        self.outline.reset(QgsWkbTypes.LineGeometry)
        self.preview.reset(QgsWkbTypes.PolygonGeometry)

    def current_points(self) -> list[QgsPointXY]:
        return self.points + ([self._cursor] if self._cursor is not None else [])

    def _update_bands(self) -> None:
        pts = self.current_points()
        self.outline.reset(QgsWkbTypes.LineGeometry)
        for p in pts:
            self.outline.addPoint(p, False)
        self.outline.show()
        self._update_preview(pts)

    def _update_preview(self, pts) -> None:
        raise NotImplementedError

    def _to_layer(self, points: list[QgsPointXY]) -> list[QgsPointXY]:
        layer = self.store.layer
        return [QgsPointXY(self.toLayerCoordinates(layer, p)) for p in points]

    # -- finishing
    def finish(self) -> bool:
        """Build, check and add the corridor; True when a feature was added to the edit buffer."""
        if self.store is None or self.store.layer is None:
            notify(self.iface, tr("Corridor designer"), tr("Create or open a corridor store in the Corridor designer "
                                                           "panel first."), Qgis.Warning)
            self.reset()
            return False
        try:
            geometry, attributes = self.build()
            problem = corridor_store.polygon_problem(geometry)
            if problem:
                raise CcsgError(problem)
            fid = self._add(geometry, attributes)
        except CcsgError as exc:
            notify(self.iface, tr("Corridor designer"), tr_data(exc), Qgis.Warning, 8)
            self.reset()
            return False
        self.reset()
        if fid is None:
            return False
        self.corridorAdded.emit(fid)
        return True

    def build(self) -> tuple[QgsGeometry, dict]:
        raise NotImplementedError

    def _add(self, geometry: QgsGeometry, attributes: dict):
        store = self.store
        layer = store.layer
        if not layer.isEditable() and not layer.startEditing():
            raise CcsgError(tr("The corridor store {0} cannot be edited (read-only file?). Copy it to a folder you "
                               "can write to and open the copy.", str(store.path)))
        feature = store.new_feature(geometry, attributes)
        before = set(layer.editBuffer().addedFeatures())
        tools = getattr(self.iface, "vectorLayerTools", None)
        if self.use_form and tools is not None:
            defaults = {i: feature.attribute(i) for i in range(len(feature.attributes()))
                        if layer.fields().at(i).name() != "fid" and feature.attribute(i) is not None}
            result = tools().addFeature(layer, defaults, feature.geometry())
            ok = result[0] if isinstance(result, tuple) else bool(result)
        else:
            ok = store.add_feature(feature, tr("Add corridor"))
        if not ok:
            return None  # the user cancelled the form
        added = set(layer.editBuffer().addedFeatures()) - before
        return max(added, key=abs) if added else None


class PolygonTool(_CorridorTool):
    """Click the corridor outline; right click closes it."""

    def __init__(self, canvas, iface, store=None) -> None:
        super().__init__(canvas, iface, store)
        self.setObjectName("CcsgDrawPolygonTool")

    def _update_preview(self, pts) -> None:
        self.preview.reset(QgsWkbTypes.PolygonGeometry)
        if len(pts) >= 3:
            self.preview.setToGeometry(QgsGeometry.fromPolygonXY([pts]), None)

    def build(self) -> tuple[QgsGeometry, dict]:
        if len(self.points) < 3:
            raise CcsgError(tr("A corridor polygon needs at least three points; {0} were clicked. Click the outline, "
                               "then right-click to finish.", len(self.points)))
        return QgsGeometry.fromPolygonXY([self._to_layer(self.points)]), {"centreline_wkt": None}


class CentrelineTool(_CorridorTool):
    """Click a centre line; the corridor is its buffer of `width` metres (flat or round ends), previewed live."""

    def __init__(self, canvas, iface, store=None, width: float = 2000.0, end_style: str = "flat") -> None:
        super().__init__(canvas, iface, store)
        self.setObjectName("CcsgDrawCentrelineTool")
        self.width = width
        self.end_style = end_style

    def set_width(self, width: float) -> None:
        self.width = float(width)
        self._update_bands()

    def set_end_style(self, end_style: str) -> None:
        self.end_style = end_style
        self._update_bands()

    def _update_preview(self, pts) -> None:
        self.preview.reset(QgsWkbTypes.PolygonGeometry)
        if self.store is None or len(pts) < 2 or self.width <= 0:
            return
        line = QgsGeometry.fromPolylineXY(self._to_layer(pts))
        self.preview.setToGeometry(drawing_checks.buffer_centreline(line, self.width, self.end_style),
                                   self.store.layer)

    def build(self) -> tuple[QgsGeometry, dict]:
        problem = drawing_checks.centreline_problem(self.points, self.width)
        if problem:
            raise CcsgError(problem)
        line = QgsGeometry.fromPolylineXY(self._to_layer(self.points))
        polygon = drawing_checks.buffer_centreline(line, self.width, self.end_style)
        return polygon, {"centreline_wkt": line.asWkt(2), "centreline_width_m": float(self.width),
                         "end_style": self.end_style}
