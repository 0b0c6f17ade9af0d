"""Plugin load / unload / reload in real QGIS: provider, menu, toolbar, docks and connections are all cleaned up."""

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QDockWidget, QMenu, QToolBar

import ccsg_plugin
from ccsg_plugin.plugin import MENU_OBJECT_NAME, TOOLBAR_OBJECT_NAME
from tests.conftest import process_deferred_deletes


def _ccsg_children(window, cls):
    return [w for w in window.findChildren(cls) if "ccsg" in w.objectName().lower()]


def test_provider_registered_and_removed(iface, qgis_processing):
    plugin = ccsg_plugin.classFactory(iface)
    plugin.initGui()
    provider = QgsApplication.processingRegistry().providerById("ccsg")
    assert provider is not None
    assert provider.name()
    plugin.unload()
    process_deferred_deletes()
    assert QgsApplication.processingRegistry().providerById("ccsg") is None


def test_menu_toolbar_and_actions_named_ccsg(plugin, iface):
    window = iface.mainWindow()
    menus = [m for m in window.findChildren(QMenu) if m.objectName() == MENU_OBJECT_NAME]
    toolbars = [t for t in window.findChildren(QToolBar) if t.objectName() == TOOLBAR_OBJECT_NAME]
    assert len(menus) == 1 and len(toolbars) == 1
    names = [a.objectName() for a in menus[0].actions() if not a.isSeparator()]
    assert "CcsgLoadDemoAction" in names
    assert all(name.startswith("Ccsg") for name in names)
    assert menus[0].menuAction() in window.menuBar().actions()


def test_load_unload_cycles_leave_nothing_behind(iface, qgis_processing, qgis_new_project):
    window = iface.mainWindow()
    for _ in range(3):
        plugin = ccsg_plugin.classFactory(iface)
        plugin.initGui()
        for action in plugin.actions:  # open every dock once so that unload has something to clean
            if action.isCheckable():
                action.setChecked(True)
        plugin.unload()
        process_deferred_deletes()
    assert QgsApplication.processingRegistry().providerById("ccsg") is None
    assert _ccsg_children(window, QMenu) == []
    assert _ccsg_children(window, QToolBar) == []
    assert _ccsg_children(window, QDockWidget) == []
    assert [a for a in window.menuBar().actions() if a.text() == "CCSG Corridors" and a.isVisible()] == []


def test_panels_open_as_tabs_of_one_dock_area(plugin, iface):
    from qgis.PyQt.QtCore import QCoreApplication

    window = iface.mainWindow()
    window.show()  # as in QGIS: tab switching only means something in a shown window
    for action in plugin.actions:
        if action.isCheckable():
            action.setChecked(True)
    QCoreApplication.processEvents()
    docks = list(plugin.docks.values())
    assert len(docks) == len(plugin._dock_specs()) == 5  # designer, check, analysis, monitoring, rivers
    # (Asked of the first dock: Qt answers for the others only after a layout pass.)
    assert set(window.tabifiedDockWidgets(docks[0])) == set(docks[1:])
    actions = {a.objectName(): a for a in plugin.actions}
    check, designer = plugin.docks["CcsgCheckDock"], plugin.docks["CcsgDesignerDock"]
    # Bringing another panel's tab to the front leaves the first one open as a tab (as QGIS's own panels, its
    # action then shows it is not in front; ticking it brings it back to the front).
    designer.raise_()
    QCoreApplication.processEvents()
    assert not check.isHidden() and check in window.tabifiedDockWidgets(designer)
    actions["CcsgCheckDockAction"].setChecked(True)
    QCoreApplication.processEvents()
    assert check.isUserVisible() and actions["CcsgCheckDockAction"].isChecked()
    # Unticking closes the panel; ticking again shows the same dock.
    actions["CcsgCheckDockAction"].setChecked(False)
    QCoreApplication.processEvents()
    assert check.isHidden()
    actions["CcsgCheckDockAction"].setChecked(True)
    QCoreApplication.processEvents()
    assert plugin.docks["CcsgCheckDock"] is check and check.isUserVisible()
    window.hide()
