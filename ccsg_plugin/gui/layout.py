"""Layout helpers shared by the docks, so every panel fits a 1366x768 laptop screen with QGIS maximised."""

from __future__ import annotations

from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QFrame, QScrollArea, QWidget


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



def bring_into_view(scroll: QScrollArea, widget: QWidget) -> None:
    """Scroll so `widget` (just shown or just filled) is in the visible part of `scroll`, its top first when it is
    taller than the view. Done once the event loop has laid the contents out: a widget shown a moment ago has no
    geometry yet."""
    QTimer.singleShot(0, lambda: _scroll_to(scroll, widget))


def _scroll_to(scroll: QScrollArea, widget: QWidget) -> None:
    if sip.isdeleted(scroll) or sip.isdeleted(widget):
        return
    contents = scroll.widget()
    if contents is None or not widget.isVisibleTo(contents):
        return
    top = widget.mapTo(contents, widget.rect().topLeft()).y()
    bar = scroll.verticalScrollBar()
    view = scroll.viewport().height()
    if top < bar.value():
        bar.setValue(top)
    elif top + widget.height() > bar.value() + view:
        bar.setValue(min(top, top + widget.height() - view))
