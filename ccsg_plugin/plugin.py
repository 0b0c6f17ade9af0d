"""The plugin object: menu, toolbar, docks, Processing provider, translator; and a clean unload."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from ccsg_plugin import paths
from ccsg_plugin.i18n import tr

MENU_OBJECT_NAME = "CcsgMenu"
TOOLBAR_OBJECT_NAME = "CcsgToolbar"


def _locale() -> str:
    value = QgsSettings().value("locale/userLocale", "") or ""
    if not value or QgsSettings().value("locale/overrideFlag", False, type=bool) is False:
        # QGIS follows the system locale unless the user overrides it.
        from qgis.PyQt.QtCore import QLocale

        value = value or QLocale.system().name()
    return str(value)[:2]


def _designer_dock(iface):
    from ccsg_plugin.gui.designer_dock import DesignerDock

    return DesignerDock(iface)


def _check_dock(iface):
    from ccsg_plugin.gui.check_dock import CheckDock

    return CheckDock(iface)


def _analysis_dock(iface):
    from ccsg_plugin.gui.analysis_dock import AnalysisDock

    return AnalysisDock(iface)


def _rivers_dock(iface):
    from ccsg_plugin.gui.rivers_dock import RiversDock

    return RiversDock(iface)


def _monitoring_dock(iface):
    from ccsg_plugin.gui.monitoring_dock import MonitoringDock

    return MonitoringDock(iface)


class CcsgPlugin:
    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider = None
        self.menu: QMenu | None = None
        self.toolbar = None
        self.actions: list[QAction] = []
        self.docks: dict = {}  # object name -> dock widget, created on first use
        self.translator: QTranslator | None = None
        self.help_action: QAction | None = None
        self._install_translator()

    # ----- set-up -----------------------------------------------------------------
    def _install_translator(self) -> None:
        qm = paths.i18n() / f"ccsg_{_locale()}.qm"
        if qm.exists():
            translator = QTranslator()
            if translator.load(str(qm)):
                QCoreApplication.installTranslator(translator)
                self.translator = translator

    def initProcessing(self) -> None:  # noqa: N802
        from ccsg_plugin.processing.provider import CcsgProvider

        self.provider = CcsgProvider()
        QgsApplication.processingRegistry().addProvider(self.provider)

    def initGui(self) -> None:  # noqa: N802
        self.initProcessing()
        main_window = self.iface.mainWindow()
        self.menu = QMenu(tr("CCSG Corridors"), main_window)
        self.menu.setObjectName(MENU_OBJECT_NAME)
        self.toolbar = self.iface.addToolBar(tr("CCSG Corridors"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)

        for spec in self._dock_specs():
            self._add_dock_action(*spec)
        self.menu.addSeparator()
        self._add_action(
            "CcsgLoadDemoAction", tr("Load demo project"), self.load_demo_project, "demo.svg", toolbar=True
        )
        self._add_help_action()
        self._watch_corridor_store()
        menu_bar = main_window.menuBar()
        if menu_bar is not None:
            menu_bar.insertMenu(self._help_menu_action(menu_bar), self.menu)

    def _watch_corridor_store(self) -> None:
        """Computed corridor fields are filled on every save of the project's store, even before the designer opens."""
        from ccsg_plugin.gis.corridor_store import ProjectWatcher

        self.corridor_watcher = ProjectWatcher()

    def _dock_specs(self) -> list[tuple]:
        """(object name, label, icon file, factory) for each dock, in toolbar order.

        Factories import their module lazily, so QGIS starts fast and a dock costs nothing until it is opened.
        One line per dock, e.g. ("CcsgDesignerDock", tr("Corridor designer"), "designer.svg", _designer_dock).
        """
        specs: list[tuple] = [
            ("CcsgDesignerDock", tr("Corridor designer"), "designer.svg", _designer_dock),
            ("CcsgCheckDock", tr("Guideline check"), "check.svg", _check_dock),
            ("CcsgAnalysisDock", tr("Least-cost analysis"), "analysis.svg", _analysis_dock),
            ("CcsgMonitoringDock", tr("Corridor monitoring"), "monitoring.svg", _monitoring_dock),
            ("CcsgRiversDock", tr("Rivers"), "rivers.svg", _rivers_dock),
        ]
        return specs

    @staticmethod
    def _help_menu_action(menu_bar):
        for action in menu_bar.actions():
            if action.menu() is not None and action.menu().objectName() == "mHelpMenu":
                return action
        return None

    def _add_action(self, object_name, text, callback, icon_name="ccsg.svg", toolbar=True, checkable=False):
        icon_path = paths.icon(icon_name)
        icon = QIcon(str(icon_path if icon_path.exists() else paths.icon()))
        action = QAction(icon, text, self.iface.mainWindow())
        action.setObjectName(object_name)
        action.setCheckable(checkable)
        action.triggered.connect(callback)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _add_dock_action(self, object_name, text, icon_name, factory) -> None:
        action = self._add_action(object_name + "Action", text, lambda checked=False: None, icon_name)
        action.setCheckable(True)
        action.triggered.disconnect()
        action.toggled.connect(lambda visible, n=object_name, f=factory, a=action: self._toggle_dock(n, f, a, visible))

    def _toggle_dock(self, object_name, factory, action, visible) -> None:
        """Create the dock the first time its action is ticked; from then on QgsDockWidget keeps the action and the
        dock in step (a panel sent behind another tab stays open, its action stays ticked)."""
        if object_name in self.docks or not visible:
            return
        dock = factory(self.iface)
        dock.setObjectName(object_name)
        self._add_help_button(object_name, dock)
        others = [d for d in self.docks.values() if not sip.isdeleted(d) and not d.isFloating()]
        self.docks[object_name] = dock
        self.iface.addDockWidget(Qt.RightDockWidgetArea, dock)
        if others:
            # One tab per panel rather than three docks squeezed above each other.
            self.iface.mainWindow().tabifyDockWidget(others[-1], dock)
        dock.setToggleVisibilityAction(action)
        dock.setUserVisible(True)

    @staticmethod
    def _add_help_button(object_name, dock) -> None:
        from ccsg_plugin.gui.help import DOCK_PAGES, add_help_button

        if object_name in DOCK_PAGES:
            add_help_button(dock, DOCK_PAGES[object_name])

    def _add_help_action(self) -> None:
        """Help: the offline user guide in the UI language, from our menu and from Plugins > Help (QGIS Help menu)."""
        self.help_action = self._add_action("CcsgHelpAction", tr("Help"), self.open_help, "help.svg", toolbar=False)
        self.help_action.setIcon(QgsApplication.getThemeIcon("/mActionHelpContents.svg"))
        self._add_action("CcsgExerciseAction", tr("Workshop exercise"), self.open_exercise, "help.svg", toolbar=False)
        help_menu = self.iface.pluginHelpMenu() if hasattr(self.iface, "pluginHelpMenu") else None
        if isinstance(help_menu, QMenu):
            help_menu.addAction(self.help_action)

    # ----- actions ----------------------------------------------------------------
    def open_help(self) -> None:
        from ccsg_plugin.gui.help import open_help

        open_help("index")

    def open_exercise(self) -> None:
        """The guided 45-minute workshop exercise on the demo project (a help page)."""
        from ccsg_plugin.gui.help import open_help

        open_help("exercise")

    def load_demo_project(self) -> None:
        from ccsg_plugin.gui.demo_action import load_demo_project

        load_demo_project(self.iface)

    # ----- tear-down --------------------------------------------------------------
    def unload(self) -> None:
        watcher = getattr(self, "corridor_watcher", None)
        if watcher is not None:
            watcher.unload()
            self.corridor_watcher = None
        for dock in self.docks.values():
            if sip.isdeleted(dock):
                continue
            closer = getattr(dock, "shutdown", None)
            if closer is not None:
                closer()  # docks disconnect their project/layer signals here
            if hasattr(self.iface, "removeDockWidget"):
                self.iface.removeDockWidget(dock)
            dock.deleteLater()
        self.docks.clear()
        help_menu = self.iface.pluginHelpMenu() if hasattr(self.iface, "pluginHelpMenu") else None
        if self.help_action is not None and isinstance(help_menu, QMenu) and not sip.isdeleted(help_menu):
            help_menu.removeAction(self.help_action)
        self.help_action = None
        for action in self.actions:
            if not sip.isdeleted(action):
                action.deleteLater()
        self.actions.clear()
        if self.menu is not None and not sip.isdeleted(self.menu):
            self.menu.menuAction().setVisible(False)
            self.menu.deleteLater()
        self.menu = None
        if self.toolbar is not None and not sip.isdeleted(self.toolbar):
            self.toolbar.deleteLater()
        self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        if self.translator is not None:
            QCoreApplication.removeTranslator(self.translator)
            self.translator = None

