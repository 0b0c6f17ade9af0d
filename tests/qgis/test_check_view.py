"""The check panel at the size it gets on a 1366x768 laptop: the inputs keep a usable share of the height (issue 12:
they were left about 150 px), and a split the user drags is kept."""

from __future__ import annotations

from qgis.PyQt.QtCore import QEvent, QPoint, QPointF, Qt
from qgis.PyQt.QtGui import QMouseEvent
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QApplication

from ccsg_plugin.gui.check_dock import INPUTS_SHARE
from tests.qgis.analysis_helpers import spin
from tests.qgis.test_panel_layout import DOCK_HEIGHT, DOCK_WIDTH


def _open(plugin):
    next(a for a in plugin.actions if a.objectName() == "CcsgCheckDockAction").trigger()
    return plugin.docks["CcsgCheckDock"]


def _shares(dock):
    inputs, results = dock.splitter.sizes()
    return inputs, results, inputs + results


def test_inputs_get_their_share_of_a_laptop_dock_until_the_user_drags_the_splitter(plugin):
    dock = _open(plugin)
    dock.setFloating(True)
    try:
        for height in (DOCK_HEIGHT, 700, DOCK_HEIGHT):  # first shown at one height, then the window changes
            dock.resize(DOCK_WIDTH, height)
            dock.show()
            QApplication.processEvents()

            def split_ok():
                inputs, results, total = _shares(dock)
                need = dock.resultsContents.minimumSizeHint().height()
                expected_results = max(need, total - int(total * INPUTS_SHARE))
                return total > 0 and abs(results - expected_results) <= 1 and inputs + results == total

            assert spin(split_ok, 5), (height, _shares(dock), dock.resultsContents.minimumSizeHint().height())
            inputs, results, total = _shares(dock)
            assert inputs >= 0.5 * total and inputs > 200  # the layers and the profile, not a 150 px strip
            assert results >= dock.resultsContents.minimumSizeHint().height()  # buttons, progress, both tables
        # The user drags the handle up 80 px: that split stays when the dock is resized again.
        handle = dock.splitter.handle(1)
        centre = QPoint(handle.width() // 2, handle.height() // 2)
        QTest.mousePress(handle, Qt.LeftButton, Qt.NoModifier, centre)
        # QTest.mouseMove carries no pressed button in Qt 5: the drag is sent as the window system would.
        QApplication.sendEvent(handle, QMouseEvent(QEvent.MouseMove, QPointF(centre - QPoint(0, 80)), Qt.NoButton,
                                                   Qt.LeftButton, Qt.NoModifier))
        QTest.mouseRelease(handle, Qt.LeftButton, Qt.NoModifier, centre - QPoint(0, 80))
        dragged = _shares(dock)[0]
        assert dragged < inputs - 40
        dock.resize(DOCK_WIDTH, DOCK_HEIGHT + 1)
        QApplication.processEvents()
        spin(lambda: False, 0.2)
        assert abs(_shares(dock)[0] - dragged) <= 2
    finally:
        dock.setFloating(False)
