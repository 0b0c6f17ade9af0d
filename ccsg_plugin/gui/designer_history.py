"""The Corridor designer's history box: the selected corridor's rows of the store's monitoring record
(gis/corridor_store/monitoring_record.py) as a small chart of the indicators over time and a table. Read-only: the
record is written by ccsg:corridorchange only."""

from __future__ import annotations

import math
from typing import Optional

from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPen
from qgis.PyQt.QtWidgets import QGroupBox, QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ccsg_plugin.core.monitoring.trend import label
from ccsg_plugin.gis.corridor_store import monitoring_record
from ccsg_plugin.i18n import tr, tr_data

TREND_COLOURS = {"improved": "#1a9641", "stable": "#4c78a8", "degraded": "#f29e2e", "severed": "#d7191c"}
SERIES = (("habitat_after_ha", "#2e7d4f"), ("lcd_after", "#7b3294"))  # drawn each on its own scale


class HistoryChart(QWidget):
    """Habitat area (green) and least-cost distance (purple) at each recorded date, each scaled to its own range;
    the dots take the trend's colour."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("historyChart")
        self.rows: list = []
        self.setMinimumHeight(110)

    def set_rows(self, rows: list) -> None:
        self.rows = rows
        self.update()

    def points(self, key: str, rect: QRectF) -> list:
        """(x, y) in the widget of each row with a finite value of `key` (oldest left)."""
        values = [(i, r.get(key)) for i, r in enumerate(self.rows)
                  if isinstance(r.get(key), (int, float)) and math.isfinite(r.get(key))]
        if not values:
            return []
        low, high = min(v for _i, v in values), max(v for _i, v in values)
        span = (high - low) or 1.0
        n = max(len(self.rows) - 1, 1)
        return [(rect.left() + rect.width() * i / n, rect.bottom() - rect.height() * (v - low) / span)
                for i, v in values]

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing, True)
        rect = QRectF(self.rect()).adjusted(8, 8, -8, -16)
        painter.setPen(QPen(QColor("#999"), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if not self.rows:
            painter.drawText(self.rect(), Qt.AlignCenter, tr("No monitoring record yet"))
            painter.end()
            return
        for key, colour in SERIES:
            pts = self.points(key, rect)
            painter.setPen(QPen(QColor(colour), 2))
            for a, b in zip(pts, pts[1:]):
                painter.drawLine(QPointF(*a), QPointF(*b))
        for (x, y), row in zip(self.points("habitat_after_ha", rect), self.rows):
            painter.setBrush(QColor(TREND_COLOURS.get(row.get("trend") or "", "#9e9e9e")))
            painter.setPen(Qt.NoPen)
            painter.drawEllipse(QPointF(x, y), 4, 4)
        painter.end()


class HistoryBox(QGroupBox):
    def __init__(self, parent=None) -> None:
        super().__init__(tr("Monitoring history"), parent)
        self.setObjectName("historyGroup")
        layout = QVBoxLayout(self)
        self.legend = QLabel(tr("Green: habitat area; purple: least-cost distance; dots: trend"), self)
        self.legend.setWordWrap(True)
        self.chart = HistoryChart(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("historyTable")
        self.table.setHorizontalHeaderLabels([tr("Dates"), tr("Habitat (ha)"), tr("Least-cost distance"),
                                              tr("Trend")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.NoEditTriggers)
        self.table.setMinimumHeight(60)
        for widget in (self.legend, self.chart, self.table):
            layout.addWidget(widget)

    def show_corridor(self, store_path, fid: Optional[int]) -> list:
        """Show the corridor's record (nothing without a store or a selection); the rows shown."""
        rows = monitoring_record.history(store_path, fid) if store_path is not None and fid is not None else []
        self.chart.set_rows(rows)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            cells = [f"{row.get('date_before')} → {row.get('date_after')}", _number(row.get("habitat_after_ha"), 2),
                     _number(row.get("lcd_after"), 0), tr_data(label(row.get("trend") or ""))]
            for j, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if j == 3 and row.get("trend_reasons"):
                    item.setToolTip(str(row["trend_reasons"]))
                self.table.setItem(i, j, item)
        return rows


def _number(value, digits: int) -> str:
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        return "–"
    return format(value, f",.{digits}f")
