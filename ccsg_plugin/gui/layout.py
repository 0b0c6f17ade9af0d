"""Layout helpers shared by the docks, so every panel fits a 1366x768 laptop screen with QGIS maximised."""

from __future__ import annotations

from qgis.PyQt import sip
from qgis.PyQt.QtCore import QEvent, QObject, Qt, QTimer
from qgis.PyQt.QtWidgets import (
    QBoxLayout,
    QDockWidget,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)


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
    honest_width(scroll)
    return scroll


class _HonestWidth(QObject):
    """Re-measures the contents whenever their layout changes (a group opened, a translation loaded)."""

    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.LayoutRequest:
            _fit_width(self.scroll)
        return False


def honest_width(scroll: QScrollArea) -> None:
    """No horizontal scroll bar, and the panel may not get narrower than its contents (or they clip): QGIS gave the
    Least-cost analysis panel 290 px in French while its contents needed 324, and the spin boxes were cut behind a
    horizontal scroll bar. Kept up to date as the contents change."""
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
    _fit_width(scroll)
    scroll.widget().installEventFilter(_HonestWidth(scroll))


def _fit_width(scroll: QScrollArea) -> None:
    contents = scroll.widget()
    if contents is None or sip.isdeleted(contents):
        return
    bar = scroll.verticalScrollBar().sizeHint().width()
    width = contents.minimumSizeHint().width() + bar + 2 * scroll.frameWidth()
    if scroll.minimumWidth() != width:
        scroll.setMinimumWidth(width)



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


def stack_form_rows(*forms: QFormLayout) -> None:
    """Each label above its field, word-wrapped. Beside its field a long translated label either widened the panel
    past a laptop's dock column (clipped, no horizontal scroll bar) or, word-wrapped, squeezed the combos to three
    letters and was cut at the bottom (the Corridor monitoring panel in Portuguese)."""
    for form in forms:
        form.setRowWrapPolicy(QFormLayout.WrapAllRows)
        rows = []
        while form.rowCount():
            taken = form.takeRow(0)  # label and field rows span the width: a wrapped label uses all of it
            rows.append([_widget_or_layout(item) for item in (taken.labelItem, taken.fieldItem)])
        for label, field in rows:
            if isinstance(label, QLabel):
                label.setWordWrap(True)
            for part in (label, field):
                if part is not None:
                    form.addRow(part)


def _widget_or_layout(item):
    """The widget or layout a layout item holds (not `widget() or layout()`: an empty combo box is falsy)."""
    if item is None:
        return None
    return item.widget() if item.widget() is not None else item.layout()


def wrap_push_button_text(button: QPushButton) -> QLabel:
    """A push button whose text wraps onto more lines instead of widening the panel ("Copier les polygones
    sélectionnés dans la base"): the text moves into a word-wrapping label laid out inside the button, so the
    button's height follows the label's height for the width it gets. The button keeps the text as accessible
    name and tooltip fallback."""
    label = QLabel(button.text(), button)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignCenter)
    label.setAttribute(Qt.WA_TransparentForMouseEvents)  # clicks reach the button
    button.setAccessibleName(button.text())
    button.setText("")
    inner = QHBoxLayout(button)
    inner.setContentsMargins(6, 4, 6, 4)
    inner.addWidget(label)
    button.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
    button.setMinimumWidth(80)
    return label


def wrap_group_title(group: QGroupBox) -> QLabel:
    """A group box title that wraps: Qt draws the title on one line and makes the group at least that wide
    ("Adicionar a partir dos corredores de menor custo"), so the title moves into a bold word-wrapping label at the
    top of the group. The group keeps the text as accessible name."""
    label = QLabel(group.title(), group)
    label.setObjectName(f"{group.objectName()}TitleLabel")
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    group.setAccessibleName(group.title())
    group.setTitle("")
    layout = group.layout()
    if isinstance(layout, QGridLayout):
        items = []
        while layout.count():
            position = layout.getItemPosition(0)
            items.append((layout.takeAt(0), position))
        for item, (row, column, rows, columns) in items:
            layout.addItem(item, row + 1, column, rows, columns)
        layout.addWidget(label, 0, 0, 1, max(1, layout.columnCount()))
    elif isinstance(layout, QFormLayout):
        layout.insertRow(0, label)
    elif isinstance(layout, QBoxLayout):
        layout.insertWidget(0, label)
    return label
