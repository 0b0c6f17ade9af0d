"""Layout helpers shared by the docks, so every panel fits a 1366x768 laptop screen with QGIS maximised."""

from __future__ import annotations

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QDockWidget, QFrame, QScrollArea


def scroll_contents(dock: QDockWidget) -> QScrollArea:
    """Put the dock's contents in a vertical scroll area: its minimum height becomes small, the contents keep
    their own layout and scroll when the screen is short (labels wrap instead of scrolling sideways)."""
    contents = dock.widget()
    scroll = QScrollArea(dock)
    scroll.setObjectName(f"{dock.objectName() or 'dock'}Scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    scroll.setWidget(contents)
    dock.setWidget(scroll)
    # Honest width: no horizontal scroll bar, so the panel may not get narrower than its contents (or they clip).
    bar = scroll.verticalScrollBar().sizeHint().width()
    scroll.setMinimumWidth(contents.minimumSizeHint().width() + bar + 2 * scroll.frameWidth())
    return scroll
