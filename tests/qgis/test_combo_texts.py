"""Combos with fixed items show their items whole in a laptop-sized dock, in every language (issue 12: the width
unit read "unidades de co…" in Spanish)."""

from __future__ import annotations

import pytest
from qgis.PyQt.QtWidgets import QApplication, QStyle, QStyleOptionComboBox

from tests.conftest import process_deferred_deletes
from tests.qgis.test_i18n import compiled_qm  # noqa: F401 - the fixture: the committed translations, compiled
from tests.qgis.test_panel_layout import DOCK_HEIGHT, DOCK_WIDTH


def _clipped_items(combo) -> list[str]:
    """Items whose text is wider than the combo's text field (QStyle's own edit-field rectangle)."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.CC_ComboBox, option, QStyle.SC_ComboBoxEditField, combo)
    metrics = combo.fontMetrics()
    texts = [combo.itemText(i) for i in range(combo.count())]
    return [text for text in texts if metrics.horizontalAdvance(text) > field.width()]


@pytest.mark.parametrize("code", ["en_US", "es", "fr_FR", "pt_PT"])
def test_width_unit_and_neighbours_items_are_not_cut(code, iface, qgis_processing, qgis_new_project,
                                                      compiled_qm, ui_locale):  # noqa: F811
    import ccsg_plugin

    ui_locale(code)
    plugin = ccsg_plugin.classFactory(iface)
    plugin.initGui()
    try:
        next(a for a in plugin.actions if a.objectName() == "CcsgAnalysisDockAction").setChecked(True)
        dock = plugin.docks["CcsgAnalysisDock"]
        if code != "en_US":
            assert dock.widthUnitCombo.itemText(0) != "cost units"  # the translation is what is measured
        dock.setFloating(True)
        dock.resize(DOCK_WIDTH, DOCK_HEIGHT)
        dock.show()
        QApplication.processEvents()
        for combo in (dock.widthUnitCombo, dock.neighboursCombo):
            assert combo.isVisible()
            assert not _clipped_items(combo), f"{code}: {combo.objectName()} cuts {_clipped_items(combo)}"
        # The option rows still fit the dock: no row wider than the scroll area's view.
        assert dock.widthSpin.geometry().right() < dock.widthUnitCombo.geometry().left()
        assert dock.widthUnitCombo.mapTo(dock.scrollArea.viewport(), dock.widthUnitCombo.rect().topRight()).x() \
            <= dock.scrollArea.viewport().width()
        dock.setFloating(False)
    finally:
        plugin.unload()
        process_deferred_deletes()
