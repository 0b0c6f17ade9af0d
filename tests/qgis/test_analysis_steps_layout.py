"""The analysis panel's optional steps (restoration, crossings, network, climate) start collapsed and unticked, and
opened in Spanish, French or Portuguese they still fit the narrow dock a 1366x768 screen leaves (issue 12)."""

from __future__ import annotations

import pytest

from tests.qgis.test_i18n_layouts import DOCK_WIDTH
from tests.qgis.test_i18n_messages import translated  # noqa: F401 (fixture)

GROUPS = {"restorationGroup": "Restoration priorities", "crossingsGroup": "Infrastructure crossings",
          "networkGroup": "Network", "climateGroup": "Climate gradient"}
MARGINS = 20  # the scroll area's and the dock's margins around a group


@pytest.mark.parametrize("lang", ["en", "es", "fr", "pt"])
def test_opened_steps_fit_a_narrow_dock(lang, translated, iface, qgis_new_project):  # noqa: F811
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    from ccsg_plugin.gui.analysis_dock import AnalysisDock
    from tests.conftest import process_deferred_deletes

    table = translated(lang) if lang != "en" else {}
    dock = AnalysisDock(iface)
    try:
        dock.resize(DOCK_WIDTH, 900)
        dock.show()
        for name, english in GROUPS.items():
            group = getattr(dock, name)
            assert group.isCollapsed() and not group.isChecked()
            assert group.title() == table.get(english, english) and (lang == "en" or group.title() != english)
            # a user ticks the step: the group opens
            group.setCollapsed(True)
            QTest.mouseClick(group, Qt.LeftButton, pos=group.rect().topLeft() + _check_box_offset(group))
            assert group.isChecked() and not group.isCollapsed()
        QTest.qWait(20)
        for name in GROUPS:  # each opened group fits (its labels wrap above their fields when needed)
            hint = getattr(dock, name).minimumSizeHint()
            assert hint.width() <= DOCK_WIDTH - MARGINS, (name, hint)
    finally:
        dock.close()
        dock.deleteLater()
        process_deferred_deletes()


def _check_box_offset(group):
    """Where the group's title check box is (Qt's style places it in the title's top-left corner)."""
    from qgis.PyQt.QtCore import QPoint
    from qgis.PyQt.QtWidgets import QStyle, QStyleOptionGroupBox

    option = QStyleOptionGroupBox()
    group.initStyleOption(option)
    rect = group.style().subControlRect(QStyle.CC_GroupBox, option, QStyle.SC_GroupBoxCheckBox, group)
    return QPoint(rect.center().x(), rect.center().y())
