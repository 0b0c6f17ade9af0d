"""The results of the Guideline check dock, read back from a result layer of ccsg:checkcorridors (its
check_details field): the corridor list (one row per corridor with its overall status) and, for the selected
corridor, one row per criterion, failed and warned first, so what a participant needs is readable in a narrow dock
without scrolling sideways. A click on a criterion zooms to its problem location and marks it on the map until the
next click."""

from __future__ import annotations

import contextlib
import json
from typing import Any, Optional

from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsProject, QgsRectangle, QgsVectorLayer, QgsWkbTypes
from qgis.gui import QgsRubberBand
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QBrush, QColor, QDesktopServices
from qgis.PyQt.QtWidgets import QHeaderView, QTableWidgetItem

from ccsg_plugin.gis.check_results import DETAILS, ERROR_KEY, OVERALL_STATUS, criteria_of, status_field
from ccsg_plugin.i18n import tr, tr_data

FAILED = ("fail", "warn")
STATUS_ORDER = {"fail": 0, "warn": 1, "not_evaluated": 2, "pass": 3}  # what needs attention first
ROLE_KEY = Qt.UserRole
ROLE_CELL = Qt.UserRole + 1
MARKER_COLOUR = "#d7191c"


def _status_label(status: str) -> str:
    from ccsg_plugin.gis.report import status_label

    return status_label(status)


def _format(value: Any, unit: str = "") -> str:
    from ccsg_plugin.gis.report import format_value

    return format_value(value, unit)


def _status_item(text: str, status: str) -> QTableWidgetItem:
    from ccsg_plugin.gis.report import STATUS_BACKGROUNDS, STATUS_COLOURS

    item = QTableWidgetItem(text)
    item.setBackground(QBrush(QColor(STATUS_BACKGROUNDS.get(status, "#ffffff"))))
    item.setForeground(QBrush(QColor(STATUS_COLOURS.get(status, "#222222")).darker(150)))
    return item


class ResultsTableMixin:
    """Results methods of CheckDock (needs resultsTable, criteriaTable, reportButton, iface, result_layer,
    report_path)."""

    def _setup_results_tables(self) -> None:
        for table in (self.resultsTable, self.criteriaTable):
            table.setEditTriggers(table.NoEditTriggers)
            table.setSelectionBehavior(table.SelectRows)
            table.setSelectionMode(table.SingleSelection)
            table.verticalHeader().setVisible(False)
            table.horizontalHeader().setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
            table.setWordWrap(True)
        self.resultsTable.setColumnCount(2)
        self.resultsTable.setHorizontalHeaderLabels([tr("Corridor"), tr("Overall")])
        self.criteriaTable.setColumnCount(3)
        self.criteriaTable.setHorizontalHeaderLabels([tr("Criterion"), tr("Status"), tr("Value")])
        for table, stretch in ((self.resultsTable, 0), (self.criteriaTable, 0)):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeToContents)
            header.setSectionResizeMode(stretch, QHeaderView.Stretch)  # names take what is left, never wider
        # A criterion's name wraps when the dock is narrow: its row follows the column width whenever the dock is
        # resized (rows fitted once at filling time were cut to one line, "Minimum / width" half hidden).
        self.criteriaTable.verticalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self._marker: Optional[QgsRubberBand] = None

    # ----- the corridor list --------------------------------------------------------------------------------------
    def show_results(self, layer: QgsVectorLayer) -> None:
        """Fill the corridor list from a result layer of ccsg:checkcorridors and show the first corridor's criteria
        (the worst corridors first: failed, then warned, then passed)."""
        self.result_layer = layer
        self._criteria = criteria_of(layer.fields().names())
        features = sorted(layer.getFeatures(),
                          key=lambda f: (STATUS_ORDER.get(f[OVERALL_STATUS], 2), _corridor_name(f).lower()))
        self._details = [json.loads(f[DETAILS] or "{}") for f in features]
        table = self.resultsTable
        table.blockSignals(True)
        table.setRowCount(len(features))
        for row, feature in enumerate(features):
            overall = feature[OVERALL_STATUS]
            name = QTableWidgetItem(_corridor_name(feature))
            status = _status_item(_status_label(overall), overall)
            for item in (name, status):
                item.setData(ROLE_CELL, (feature.id(), None, overall))
            if self._details[row].get(ERROR_KEY):
                status.setToolTip(self._details[row][ERROR_KEY])
            table.setItem(row, 0, name)
            table.setItem(row, 1, status)
        table.blockSignals(False)
        self._features = features
        if features:
            table.selectRow(0)
            self.show_corridor(0)
        else:
            self.criteriaTable.setRowCount(0)

    def clear_results(self) -> None:
        self.result_layer = None
        self._details, self._features = [], []
        self.resultsTable.setRowCount(0)
        self.criteriaTable.setRowCount(0)
        self.clear_marker()

    def row_of(self, name: str) -> int:
        """The corridor list row of the corridor called name (-1 if none)."""
        table = self.resultsTable
        return next((r for r in range(table.rowCount()) if table.item(r, 0).text() == name), -1)

    def overall_status(self, row: int) -> Optional[str]:
        item = self.resultsTable.item(row, 1)
        return item.data(ROLE_CELL)[2] if item is not None else None

    # ----- one corridor's criteria ------------------------------------------------------------------------------
    def show_corridor(self, row: int) -> None:
        """One row per criterion of the corridor in the list's row: failed and warned first."""
        if not 0 <= row < len(self._features):
            return
        feature, details = self._features[row], self._details[row]
        self._shown_row = row
        rows = []
        for cid in self._criteria:
            d = details.get(cid) or {"status": feature[status_field(cid)]}
            status = d.get("status") or "not_evaluated"
            rows.append((STATUS_ORDER.get(status, 2), cid, d, status))
        rows.sort(key=lambda r: r[0])  # stable: catalogue order within a status
        table = self.criteriaTable
        table.setRowCount(len(rows))
        for r, (_order, cid, d, status) in enumerate(rows):
            name = QTableWidgetItem(tr_data(d.get("name", cid)))
            cells = (name, _status_item(_status_label(status), status), QTableWidgetItem(_value_text(d)))
            for c, item in enumerate(cells):
                item.setData(ROLE_CELL, (feature.id(), cid, status))
                item.setToolTip(_tooltip(d, status) + f"\n({cid})")
                table.setItem(r, c, item)
        table.resizeRowsToContents()
        table.scrollToTop()

    def criterion_row(self, criterion_id: str) -> int:
        """The criteria table row of a criterion (-1 if none)."""
        table = self.criteriaTable
        return next((r for r in range(table.rowCount()) if table.item(r, 0).data(ROLE_CELL)[1] == criterion_id), -1)

    def criterion_status(self, criterion_id: str) -> Optional[str]:
        row = self.criterion_row(criterion_id)
        return self.criteriaTable.item(row, 1).data(ROLE_CELL)[2] if row >= 0 else None

    def _on_corridor_clicked(self, row: int, _col: int = 0) -> None:
        """A corridor in the list: show its criteria and zoom to it."""
        self.show_corridor(row)
        item = self.resultsTable.item(row, 0)
        if item is not None and self.result_layer is not None:
            corridor = QgsGeometry(self.result_layer.getFeature(item.data(ROLE_CELL)[0]).geometry())
            self.zoom_to(corridor, corridor)

    def on_criterion_clicked(self, row: int, _col: int = 0) -> None:
        """Zoom to the problem location of a failed/warned criterion (or to the corridor) and mark it."""
        item = self.criteriaTable.item(row, 0)
        if item is None or self.result_layer is None:
            return
        fid, cid, status = item.data(ROLE_CELL)
        geometry = None
        if status in FAILED:
            wkt = (self._details[self._shown_row].get(cid) or {}).get("location")
            if wkt:
                geometry = QgsGeometry.fromWkt(wkt)
        corridor = QgsGeometry(self.result_layer.getFeature(fid).geometry())
        self.zoom_to(corridor if geometry is None or geometry.isNull() else geometry, corridor)

    # ----- the map ------------------------------------------------------------------------------------------------
    def zoom_to(self, geometry: QgsGeometry, context: Optional[QgsGeometry] = None) -> None:
        """Centre the canvas on geometry with room around it (a third of the corridor, so a pinch point is seen
        in its corridor), and mark it until the next click (a flash is gone before a participant finds it)."""
        canvas = self.iface.mapCanvas()
        source_crs = self.result_layer.crs()
        target_crs = canvas.mapSettings().destinationCrs()
        shown = QgsGeometry(geometry)
        around = QgsGeometry(context) if context is not None and not context.isNull() else QgsGeometry(geometry)
        if target_crs.isValid() and source_crs != target_crs:
            transform = QgsCoordinateTransform(source_crs, target_crs, QgsProject.instance())
            shown.transform(transform)
            around.transform(transform)
        else:
            target_crs = source_crs
        box = QgsRectangle(shown.boundingBox())
        context_box = around.boundingBox()
        pad = max(box.width(), box.height()) * 0.6, max(context_box.width(), context_box.height()) / 3.0
        minimum = 0.005 if target_crs.isGeographic() else 500.0
        box.grow(max(*pad, minimum))
        canvas.setExtent(box)
        canvas.refresh()
        self._mark(shown)

    def _mark(self, geometry: QgsGeometry) -> None:
        """Replace the marker by geometry (in canvas CRS): a red outline, thicker for points and lines."""
        self.clear_marker()
        canvas = self.iface.mapCanvas()
        marker = QgsRubberBand(canvas, geometry.type())
        colour = QColor(MARKER_COLOUR)
        marker.setStrokeColor(colour)
        fill = QColor(colour)
        fill.setAlpha(40 if geometry.type() == QgsWkbTypes.PolygonGeometry else 0)
        marker.setFillColor(fill)
        marker.setWidth(3)
        marker.setIconSize(14)
        marker.setIcon(QgsRubberBand.ICON_CIRCLE)
        marker.setToGeometry(geometry, None)
        self._marker = marker

    def marker_geometry(self) -> Optional[QgsGeometry]:
        """The geometry marked on the map (canvas CRS), or None."""
        marker = getattr(self, "_marker", None)
        if marker is None or sip.isdeleted(marker):
            return None
        return marker.asGeometry()

    def clear_marker(self) -> None:
        marker = getattr(self, "_marker", None)
        self._marker = None
        if marker is not None and not sip.isdeleted(marker):
            with contextlib.suppress(RuntimeError):  # the canvas went first
                marker.reset()
                self.iface.mapCanvas().scene().removeItem(marker)

    # ----- the report ---------------------------------------------------------------------------------------------
    def report_url(self) -> Optional[QUrl]:
        """A file:// URL of the last report, or None when there is none on disk."""
        if self.report_path is None or not self.report_path.exists():
            return None
        return QUrl.fromLocalFile(str(self.report_path))

    def open_report(self) -> None:
        url = self.report_url()
        if url is not None:
            QDesktopServices.openUrl(url)


def _corridor_name(feature) -> str:
    for field in ("name", "corridor_id"):
        index = feature.fields().indexOf(field)
        if index >= 0 and feature[field] not in (None, "") and str(feature[field]) != "NULL":
            return str(feature[field])
    return tr("Corridor {0}", feature.id())


def _value_text(d: dict) -> str:
    """The measured value with its unit; empty when there is no value or no unit to give it meaning."""
    value, unit = d.get("value"), d.get("unit", "")
    if value is None or (not unit and not isinstance(value, str)) or isinstance(value, (dict, list)):
        return ""
    text = _format(value, unit)
    return text if len(text) <= 40 else text[:39] + "…"


def _tooltip(d: dict, status: str) -> str:
    lines = [f"{tr_data(d.get('name', ''))}: {_status_label(status)}"]
    if d.get("value") is not None:
        lines.append(tr("Value: {0}", _format(d.get("value"), d.get("unit", ""))))
    if d.get("threshold") is not None:
        lines.append(tr("Threshold: {0}", _format(d.get("threshold"), d.get("unit", ""))))
    if d.get("explanation"):
        lines.append(d["explanation"])
    if d.get("source"):
        lines.append(tr("Source: {0}", tr_data(d["source"])))
    return "\n".join(lines)
