"""The class -> resistance table of the least-cost analysis dock (land-cover mode): rows read from and written to
the table widget, presets and CSV files, and the red rows of land-cover classes that have no resistance."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import Qgis
from qgis.PyQt.QtGui import QBrush, QColor
from qgis.PyQt.QtWidgets import QFileDialog, QTableWidgetItem

from ccsg_plugin import paths
from ccsg_plugin.core import class_table
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.i18n import tr, tr_data
from ccsg_plugin.messages import notify

MISSING_COLOUR = QColor("#c0392b")


class ClassTableMixin:
    """Part of AnalysisDock (which provides class_table, preset_combo, landcover_classes, iface and
    _on_input_changed)."""

    @staticmethod
    def presets_folder() -> Path:
        return paths.resources() / "presets"

    def table_rows(self) -> list[class_table.ClassRow]:
        rows = []
        for r in range(self.classTable.rowCount()):
            value = self._cell_number(r, 0)
            if value is None:
                continue
            label_item = self.classTable.item(r, 2)
            resistance, impassable = self._cell_resistance(r)
            rows.append(class_table.ClassRow(value, resistance, label_item.text() if label_item else "", impassable))
        return rows

    def _cell_resistance(self, row: int) -> tuple[Optional[float], bool]:
        """(resistance, impassable) as the CSV reader reads the cell. A number it refuses (0, negative) is kept so the
        input check names it and blocks Run; other text counts as empty (a red row)."""
        item = self.classTable.item(row, 1)
        try:
            return class_table.parse_resistance(item.text() if item is not None else "")
        except CcsgError:
            return self._cell_number(row, 1), False

    def table(self) -> dict:
        return class_table.as_table(self.table_rows())

    def _cell_number(self, row: int, col: int) -> Optional[float]:
        item = self.classTable.item(row, col)
        text = item.text().strip() if item is not None else ""
        try:
            return float(text) if text else None
        except ValueError:
            return None

    def set_table_rows(self, rows: list[class_table.ClassRow]) -> None:
        self.classTable.blockSignals(True)
        try:
            self.classTable.setRowCount(0)
            for row in rows:
                self._append_row(row)
        finally:
            self.classTable.blockSignals(False)
        self._mark_missing()
        self._on_input_changed()

    def _append_row(self, row: class_table.ClassRow) -> None:
        r = self.classTable.rowCount()
        self.classTable.insertRow(r)
        for col, text in enumerate((class_table.fmt(row.value), class_table.resistance_text(row), row.label)):
            self.classTable.setItem(r, col, QTableWidgetItem(text))

    def missing_classes(self) -> list[float]:
        """Classes of the land-cover raster that have no resistance in the table (shown in red)."""
        table = self.table()
        return [c for c in self.landcover_classes if c not in table]

    def _mark_missing(self) -> None:
        """Add the raster's classes that the table lacks, and paint rows without a resistance red."""
        self.classTable.blockSignals(True)
        try:
            listed = {row.value for row in self.table_rows()}
            for value in self.landcover_classes:
                if value not in listed:
                    self._append_row(class_table.ClassRow(value, None, ""))
            present = set(self.landcover_classes)
            for r in range(self.classTable.rowCount()):
                missing = self._cell_resistance(r) == (None, False) and self._cell_number(r, 0) is not None
                for col in range(3):
                    item = self.classTable.item(r, col)
                    if item is None:
                        item = QTableWidgetItem("")
                        self.classTable.setItem(r, col, item)
                    item.setForeground(QBrush(MISSING_COLOUR) if missing else QBrush())
                    tip = ""
                    if missing:
                        tip = tr("No resistance: this class takes the default, or is impassable without one.")
                        if self._cell_number(r, 0) in present:
                            tip = tr("Found in the land-cover raster but not in the table. ") + tip
                    item.setToolTip(tip)
        finally:
            self.classTable.blockSignals(False)

    def is_row_red(self, row: int) -> bool:
        item = self.classTable.item(row, 0)
        return item is not None and item.foreground().color() == MISSING_COLOUR

    def _on_table_item_changed(self, item) -> None:
        self._mark_missing()

    def _on_preset(self, index: int) -> None:
        path = self.presetCombo.itemData(index)
        if path:
            self.load_table_csv(Path(path))
        self.presetCombo.setCurrentIndex(0)

    def load_table_csv(self, path: Path) -> bool:
        try:
            rows = class_table.read_csv_file(path)
        except (OSError, CcsgError) as exc:
            notify(self.iface, tr("Least-cost analysis"), tr_data(exc), Qgis.Warning)
            return False
        self.set_table_rows(rows)
        return True

    def save_table_csv(self, path: Path) -> None:
        Path(path).write_text(class_table.to_csv(self.table_rows()), encoding="utf-8")

    def _on_load_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Load class table"), "", tr("CSV files (*.csv *.txt)"))
        if path:
            self.load_table_csv(Path(path))

    def _on_save_csv(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Save class table"), "", tr("CSV files (*.csv)"))
        if path:
            self.save_table_csv(Path(path if path.lower().endswith(".csv") else path + ".csv"))

    def _on_add_row(self) -> None:
        self.classTable.blockSignals(True)
        self._append_row(class_table.ClassRow(0.0, None, ""))
        self.classTable.item(self.classTable.rowCount() - 1, 0).setText("")
        self.classTable.blockSignals(False)
        self.classTable.editItem(self.classTable.item(self.classTable.rowCount() - 1, 0))

    def _on_remove_rows(self) -> None:
        rows = sorted({i.row() for i in self.classTable.selectedIndexes()}, reverse=True)
        for r in rows:
            self.classTable.removeRow(r)
        self._mark_missing()
        self._on_input_changed()
