"""The check panel at the size it gets on a 1366x768 laptop: the inputs keep a usable share of the height (issue 12:
they were left about 150 px), and a split the user drags is kept."""

from __future__ import annotations

from qgis.PyQt.QtCore import QEvent, QPoint, QPointF, Qt
from qgis.PyQt.QtGui import QMouseEvent
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from ccsg_plugin.gui.check_dock import INPUTS_SHARE
from tests.qgis.analysis_helpers import spin
from tests.qgis.test_check_dock import _wait, dock  # noqa: F401 - the fixture
from tests.qgis.test_panel_layout import DOCK_HEIGHT, DOCK_WIDTH


def _open(plugin):
    next(a for a in plugin.actions if a.objectName() == "CcsgCheckDockAction").trigger()
    return plugin.docks["CcsgCheckDock"]


def _shares(panel):
    inputs, results = panel.splitter.sizes()
    return inputs, results, inputs + results


def test_inputs_get_their_share_of_a_laptop_panel_until_the_user_drags_the_splitter(plugin):
    panel = _open(plugin)
    panel.setFloating(True)
    try:
        for height in (DOCK_HEIGHT, 700, DOCK_HEIGHT):  # first shown at one height, then the window changes
            panel.resize(DOCK_WIDTH, height)
            panel.show()
            QApplication.processEvents()

            def split_ok():
                inputs, results, total = _shares(panel)
                need = panel.resultsContents.minimumSizeHint().height()
                expected_results = max(need, total - int(total * INPUTS_SHARE))
                return total > 0 and abs(results - expected_results) <= 1 and inputs + results == total

            assert spin(split_ok, 5), (height, _shares(panel), panel.resultsContents.minimumSizeHint().height())
            inputs, results, total = _shares(panel)
            assert inputs >= 0.5 * total and inputs > 200  # the layers and the profile, not a 150 px strip
            assert results >= panel.resultsContents.minimumSizeHint().height()  # buttons, progress, both tables
        # The user drags the handle up 80 px: that split stays when the panel is resized again.
        handle = panel.splitter.handle(1)
        centre = QPoint(handle.width() // 2, handle.height() // 2)
        QTest.mousePress(handle, Qt.LeftButton, Qt.NoModifier, centre)
        # QTest.mouseMove carries no pressed button in Qt 5: the drag is sent as the window system would.
        QApplication.sendEvent(handle, QMouseEvent(QEvent.MouseMove, QPointF(centre - QPoint(0, 80)), Qt.NoButton,
                                                   Qt.LeftButton, Qt.NoModifier))
        QTest.mouseRelease(handle, Qt.LeftButton, Qt.NoModifier, centre - QPoint(0, 80))
        dragged = _shares(panel)[0]
        assert dragged < inputs - 40
        panel.resize(DOCK_WIDTH, DOCK_HEIGHT + 1)
        QApplication.processEvents()
        spin(lambda: False, 0.2)
        assert abs(_shares(panel)[0] - dragged) <= 2
    finally:
        panel.setFloating(False)


def test_criteria_rows_follow_the_dock_width(dock):  # noqa: F811 - the check dock fixture of test_check_dock
    """A criterion name that wraps in a narrow dock gets the height of its wrapped lines, at any dock width."""
    assert dock.run_check()
    _wait(dock)
    table = dock.criteriaTable
    assert table.rowCount() > 0
    dock.setFloating(True)
    try:
        for width in (DOCK_WIDTH, 300, DOCK_WIDTH):
            dock.resize(width, DOCK_HEIGHT)
            dock.show()
            QApplication.processEvents()
            metrics = table.fontMetrics()
            for r in range(table.rowCount()):
                item = table.item(r, 0)
                column = table.columnWidth(0) - 8  # the cell's text margins
                lines = metrics.boundingRect(0, 0, column, 10000, Qt.TextWordWrap, item.text()).height()
                assert table.rowHeight(r) >= lines, (width, item.text(), table.rowHeight(r), lines)
    finally:
        dock.setFloating(False)
