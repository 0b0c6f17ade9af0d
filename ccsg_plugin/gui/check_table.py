"""The results table of the Guideline check dock, read back from a result layer of ccsg:checkcorridors (its
check_details field), and the zoom to a corridor or to a criterion's problem location."""

from __future__ import annotations

import json
from typing import Any, Optional

from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsProject, QgsRectangle, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QBrush, QColor, QDesktopServices
from qgis.PyQt.QtWidgets import QTableWidgetItem

from ccsg_plugin.gis.check_results import DETAILS, ERROR_KEY, OVERALL_STATUS, criteria_of, status_field
from ccsg_plugin.i18n import tr, tr_data

FAILED = ("fail", "warn")
ROLE_KEY = Qt.UserRole
ROLE_CELL = Qt.UserRole + 1
MAX_COLUMN_WIDTH = 130


def _status_label(status: str) -> str:
    from ccsg_plugin.gis.report import status_label

    return status_label(status)


def _format(value: Any, unit: str = "") -> str:
    from ccsg_plugin.gis.report import format_value

    return format_value(value, unit)


class ResultsTableMixin:
    """Results methods of CheckDock (needs resultsTable, reportButton, iface, result_layer, report_path)."""

    # ----- results table ----------------------------------------------------------------------------------------
    def show_results(self, layer: QgsVectorLayer) -> None:
        """Fill the corridors x criteria table from a result layer of ccsg:checkcorridors.

        Corridor names are the row headers (they stay in view when scrolling across criteria); column 0 is the
        overall status, then one column per criterion.
        """
        from ccsg_plugin.gis.report import STATUS_BACKGROUNDS, STATUS_COLOURS

        self.result_layer = layer
        names = layer.fields().names()
        criteria = criteria_of(names)
        table = self.resultsTable
        table.clear()
        table.setColumnCount(1 + len(criteria))
        features = list(layer.getFeatures())
        table.setRowCount(len(features))
        first = json.loads(features[0][DETAILS] or "{}") if features else {}
        headers = [tr("Overall")] + [tr_data(first.get(cid, {}).get("name", cid)) for cid in criteria]
        table.setHorizontalHeaderLabels(headers)
        for col, cid in enumerate(criteria, start=1):
            header = table.horizontalHeaderItem(col)
            header.setData(ROLE_KEY, cid)
            header.setToolTip(headers[col] + " (" + cid + ")")  # name and id, nothing to translate
        table.setVerticalHeaderLabels([_corridor_name(f) for f in features])
        details_by_row = []
        for row, feature in enumerate(features):
            details = json.loads(feature[DETAILS] or "{}")
            details_by_row.append(details)
            overall = feature[OVERALL_STATUS]
            cells = [(_status_label(overall), overall, None)]
            for cid in criteria:
                d = details.get(cid) or {"status": feature[status_field(cid)]}
                status = d.get("status") or "not_evaluated"
                cells.append((_cell_text(d, status), status, cid))
            for col, (text, status, cid) in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROLE_CELL, (feature.id(), cid, status))
                item.setBackground(QBrush(QColor(STATUS_BACKGROUNDS.get(status, "#ffffff"))))
                item.setForeground(QBrush(QColor(STATUS_COLOURS.get(status, "#222222")).darker(150)))
                if cid:
                    item.setToolTip(_tooltip(details.get(cid) or {}, status))
                elif details.get(ERROR_KEY):
                    item.setToolTip(details[ERROR_KEY])
                table.setItem(row, col, item)
        self._details = details_by_row
        table.resizeColumnsToContents()
        for col in range(table.columnCount()):
            table.setColumnWidth(col, min(table.columnWidth(col), MAX_COLUMN_WIDTH))

    def row_of(self, name: str) -> int:
        """The table row of the corridor called name (-1 if none)."""
        table = self.resultsTable
        return next((r for r in range(table.rowCount()) if table.verticalHeaderItem(r).text() == name), -1)

    def cell_status(self, row: int, col: int) -> Optional[str]:
        item = self.resultsTable.item(row, col)
        return item.data(ROLE_CELL)[2] if item is not None else None

    def on_cell_clicked(self, row: int, col: int) -> None:
        """Zoom to the problem location of a failed/warned cell (or to the corridor) and flash it."""
        item = self.resultsTable.item(row, col)
        if item is None or self.result_layer is None:
            return
        fid, cid, status = item.data(ROLE_CELL)
        geometry = None
        if cid and status in FAILED:
            wkt = (self._details[row].get(cid) or {}).get("location")
            if wkt:
                geometry = QgsGeometry.fromWkt(wkt)
        corridor = QgsGeometry(self.result_layer.getFeature(fid).geometry())
        self.zoom_to(corridor if geometry is None or geometry.isNull() else geometry, corridor)

    def _on_row_header_clicked(self, row: int) -> None:
        item = self.resultsTable.item(row, 0)
        if item is not None and self.result_layer is not None:
            corridor = QgsGeometry(self.result_layer.getFeature(item.data(ROLE_CELL)[0]).geometry())
            self.zoom_to(corridor, corridor)

    def zoom_to(self, geometry: QgsGeometry, context: Optional[QgsGeometry] = None) -> None:
        """Centre the canvas on geometry with room around it (a third of the corridor, so a pinch point is seen
        in its corridor), and flash it."""
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
        canvas.flashGeometries([shown], target_crs)

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


def _cell_text(d: dict, status: str) -> str:
    """The measured value with its unit; the status word when there is no value or no unit to give it meaning."""
    value, unit = d.get("value"), d.get("unit", "")
    if value is None or (not unit and not isinstance(value, str)) or isinstance(value, (dict, list)):
        return _status_label(status)
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
        lines.append(tr("Source: {0}", d["source"]))
    return "\n".join(lines)
