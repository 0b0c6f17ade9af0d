"""The panels fit a 1366x768 laptop screen with QGIS maximised, in every interface language (issue: with the
Corridor designer open QGIS's minimum window height was 886 px and the status bar went off screen)."""

from __future__ import annotations

import pytest
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication

from tests.conftest import process_deferred_deletes
from tests.qgis.test_i18n import compiled_qm  # noqa: F401 - the fixture: the committed translations, compiled

# What QGIS 3.22 takes around the dock area on a maximised 1366x768 screen, measured in the desktop under Xvfb:
# window title 30, menu bar 25, three toolbar rows 3 x 37, dock title 24, dock tab bar 30, status bar 32,
# desktop panel 16: 768 - 268 = 500 px left for a dock. Across, the Layers panel (300 px) and a map of at least
# 500 px stay beside the dock column.
DOCK_HEIGHT = 768 - (30 + 25 + 3 * 37 + 24 + 30 + 32 + 16)
DOCK_WIDTH = 1366 - 300 - 500
DOCKS = ("CcsgDesignerDock", "CcsgCheckDock", "CcsgAnalysisDock", "CcsgMonitoringDock", "CcsgRiversDock")


@pytest.mark.parametrize("code", ["en_US", "es", "fr_FR", "pt_PT"])
def test_every_panel_fits_the_dock_area_of_a_1366x768_window(code, iface, qgis_processing, qgis_new_project,
                                                               compiled_qm, ui_locale, tmp_path):  # noqa: F811
    import ccsg_plugin

    ui_locale(code)
    plugin = ccsg_plugin.classFactory(iface)
    plugin.initGui()
    window = iface.mainWindow()
    try:
        for name in DOCKS:
            next(a for a in plugin.actions if a.objectName() == f"{name}Action").setChecked(True)
        docks = [plugin.docks[name] for name in DOCKS]
        if code != "en_US":  # the translated panels are measured, not the English ones
            assert plugin.translator is not None
        for dock in docks[1:]:
            window.tabifyDockWidget(docks[0], dock)
        window.resize(1366, 768)
        window.show()
        QApplication.processEvents()
        too_big = []
        for dock in docks:
            hint = dock.minimumSizeHint()
            if hint.height() > DOCK_HEIGHT or hint.width() > DOCK_WIDTH:
                too_big.append(f"{dock.objectName()}: {hint.width()} x {hint.height()}")
        assert not too_big, f"{code}: panels larger than {DOCK_WIDTH} x {DOCK_HEIGHT}: {too_big}"
        # Tabified in one dock column, every panel can be shown at the height that column gets.
        for dock in docks:
            dock.raise_()
            QApplication.processEvents()
            assert dock.widget().minimumSizeHint().height() <= DOCK_HEIGHT
        assert window.dockWidgetArea(docks[0]) in (Qt.RightDockWidgetArea, Qt.LeftDockWidgetArea)
    finally:
        window.hide()
        plugin.unload()
        process_deferred_deletes()
