"""Check boxes and radio buttons whose text wraps.

Qt's QCheckBox and QRadioButton draw their text on one line, so a long translation ("Construirlo a partir de la
cobertura del suelo") makes the whole panel as wide as that line and the dock clips it. ``wrap_button_texts`` moves
each button's text into a word-wrapping label beside the box; clicking the label clicks the button, the label
follows the button's enabled state and tooltip, and the button keeps its text as accessible name.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QEvent, QObject, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)


class ButtonLabel(QLabel):
    """The wrapped text of a check box or radio button: clicking it clicks the button."""

    def __init__(self, button: QAbstractButton, parent: QWidget | None = None) -> None:
        super().__init__(button.text(), parent)
        self.button = button
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignLeft | Qt.AlignTop)  # beside the box even when the row is given spare height
        self.setToolTip(button.toolTip())
        self.setEnabled(button.isEnabled())
        self.setTextInteractionFlags(Qt.NoTextInteraction)
        self.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)  # never widens the panel: it wraps instead
        self.setMinimumWidth(60)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if event.button() == Qt.LeftButton and self.button.isEnabled():
            self.button.click()
        event.accept()


class _Follow(QObject):
    """Keeps the label's enabled state and tooltip in step with its button."""

    def __init__(self, label: ButtonLabel) -> None:
        super().__init__(label)
        self.label = label

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.EnabledChange:
            self.label.setEnabled(watched.isEnabled())
        elif event.type() == QEvent.ToolTipChange:
            self.label.setToolTip(watched.toolTip())
        return False


def _find(layout, widget):
    """(layout, index) of the layout item holding ``widget``, searching nested layouts."""
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is widget:
            return layout, i
        if item.layout() is not None:
            found = _find(item.layout(), widget)
            if found:
                return found
    return None


def wrap_button_texts(root: QWidget, buttons) -> list[ButtonLabel]:
    """Give each button (inside ``root``'s layouts) a word-wrapping text label; returns the labels."""
    labels = []
    for button in buttons:
        parent = button.parentWidget()
        found = _find(parent.layout(), button) if parent is not None and parent.layout() is not None else None
        if found is None or not button.text():
            continue
        layout, index = found
        container = QWidget(parent)
        container.setSizePolicy(QSizePolicy.Preferred, QSizePolicy.Maximum)  # spare height goes to the fields
        row = QHBoxLayout(container)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        label = ButtonLabel(button, container)
        button.setAccessibleName(button.text())
        if isinstance(layout, QGridLayout):
            r, c, rs, cs = layout.getItemPosition(index)
            layout.removeWidget(button)
            layout.addWidget(container, r, c, rs, cs)
        elif isinstance(layout, QFormLayout):
            form_row, role = layout.getItemPosition(index)
            layout.removeWidget(button)
            layout.setWidget(form_row, role, container)
        elif isinstance(layout, QBoxLayout):
            layout.removeWidget(button)
            layout.insertWidget(index, container)
        else:
            continue
        button.setParent(container)
        button.setText("")
        button.setSizePolicy(QSizePolicy.Fixed, QSizePolicy.Fixed)
        row.addWidget(button, 0, Qt.AlignTop)
        row.addWidget(label, 1)
        button.installEventFilter(_Follow(label))
        button.show()
        labels.append(label)
    return labels
