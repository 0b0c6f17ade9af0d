"""Open the offline user guide: ``open_help("designer")`` from a dock's help button, ``open_help()`` for the index.

Pages are local files (see ccsg_plugin/help_pages.py), shown in the system browser through a file:// URL.
"""

from __future__ import annotations

from qgis.PyQt.QtGui import QDesktopServices

from ccsg_plugin.help_pages import PAGES, help_path, help_url, ui_language

__all__ = ["PAGES", "help_path", "help_url", "open_help", "ui_language"]


def open_help(page: str = "index", locale: str | None = None, anchor: str = "") -> bool:
    """Open a help page in the system browser; False when no browser could be started."""
    return QDesktopServices.openUrl(help_url(page, locale, anchor))


# dock object name -> help page
DOCK_PAGES = {"CcsgDesignerDock": "designer", "CcsgCheckDock": "check", "CcsgAnalysisDock": "analysis",
              "CcsgMonitoringDock": "monitoring", "CcsgRiversDock": "rivers"}


def add_help_button(dock, page: str):
    """Put a "?" button in the dock's bottom-right corner that opens the dock's page of the guide."""
    from qgis.core import QgsApplication
    from qgis.PyQt.QtWidgets import QBoxLayout, QHBoxLayout, QScrollArea, QToolButton

    from ccsg_plugin.i18n import tr

    button = QToolButton(dock)
    button.setObjectName("CcsgHelpButton")
    button.setIcon(QgsApplication.getThemeIcon("/mActionHelpContents.svg"))
    button.setText("?")
    button.setToolTip(tr("Open the help page of this panel"))
    button.setAutoRaise(True)
    button.clicked.connect(lambda _checked=False, p=page: open_help(p))  # dies with the button
    contents = dock.widget()
    if isinstance(contents, QScrollArea) and contents.widget() is not None:
        contents = contents.widget()  # a panel put in a scroll area (gui/layout.py): the button goes at its end
    layout = contents.layout() if contents is not None else None
    if isinstance(layout, QBoxLayout):
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(button)
        layout.addLayout(row)
    return button
