"""The panels fit a 1366x768 laptop screen with QGIS maximised, in every interface language (issue: with the
Corridor designer open QGIS's minimum window height was 886 px and the status bar went off screen)."""

from __future__ import annotations

import pytest
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QApplication, QWidget

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


LAPTOP_DOCK = 360  # the dock column QGIS keeps beside the map and the Layers panel on a 1366x768 laptop (issue 12)


@pytest.mark.parametrize("code", ["en_US", "es", "fr_FR", "pt_PT"])
def test_every_shown_panel_fits_a_laptop_dock_column(code, iface, qgis_processing, qgis_new_project,
                                                      compiled_qm, ui_locale):  # noqa: F811
    """Measured with the dock shown, raised and its optional groups open (the analysis panel's contents asked for
    427 px in French once shown, with its results buttons side by side, and scrolled sideways): every panel's
    minimum width is at most the laptop's dock column, and at that width nothing needs sideways scrolling."""
    from qgis.gui import QgsCollapsibleGroupBoxBasic
    from qgis.PyQt.QtWidgets import QScrollArea

    import ccsg_plugin

    ui_locale(code)
    plugin = ccsg_plugin.classFactory(iface)
    plugin.initGui()
    window = iface.mainWindow()
    try:
        for name in DOCKS:
            next(a for a in plugin.actions if a.objectName() == f"{name}Action").setChecked(True)
        docks = [plugin.docks[name] for name in DOCKS]
        for dock in docks[1:]:
            window.tabifyDockWidget(docks[0], dock)
        window.resize(1366, 768)
        window.show()
        too_wide = []
        for dock in docks:
            dock.raise_()
            for group in dock.findChildren(QgsCollapsibleGroupBoxBasic):  # the optional steps, opened
                group.setCollapsed(False)
            QApplication.processEvents()
            assert dock.isVisible()
            if dock.minimumSizeHint().width() > LAPTOP_DOCK:
                widest = max((w for w in dock.findChildren(QWidget) if w.isVisibleTo(dock) and w.parent() is not dock),
                             key=lambda w: (w.minimumSizeHint().width(), -len(w.findChildren(QWidget))))
                too_wide.append(f"{dock.objectName()} needs {dock.minimumSizeHint().width()} px "
                                f"({type(widest).__name__} {widest.objectName()}: {widest.minimumSizeHint().width()})")
                continue
            # at the column's width (floated: the test window has no map to keep the docks narrow)
            dock.setFloating(True)
            dock.resize(LAPTOP_DOCK, DOCK_HEIGHT)
            QApplication.processEvents()
            assert dock.width() == LAPTOP_DOCK
            for scroll in dock.findChildren(QScrollArea):
                contents = scroll.widget()
                if contents is None or not scroll.isVisible():
                    continue
                # nothing cut at the right: no sideways scroll bar, and the contents got at least their minimum
                if scroll.horizontalScrollBar().isVisible() or contents.width() < contents.minimumSizeHint().width():
                    too_wide.append(f"{dock.objectName()}/{scroll.objectName()}: contents {contents.width()} px "
                                    f"of {contents.minimumSizeHint().width()} needed")
            dock.setFloating(False)
        assert not too_wide, f"{code}: {too_wide}"
    finally:
        window.hide()
        plugin.unload()
        process_deferred_deletes()


@pytest.mark.parametrize("code", ["en_US", "pt_PT"])
def test_form_labels_are_whole_and_fields_usable_in_a_laptop_dock(code, iface, qgis_processing, qgis_new_project,
                                                                   compiled_qm, ui_locale):  # noqa: F811
    """The Corridor monitoring panel in Portuguese: its word-wrapped labels beside the fields were cut at the bottom
    ("Corredores (o repositório de") and the layer combos squeezed to three letters. Shown at the laptop's dock
    width, every label of the monitoring and check panels' forms shows all its lines, and every field is still in
    its form (none dropped when the rows are restacked) and gets most of the panel's width."""
    from qgis.gui import QgsCollapsibleGroupBoxBasic
    from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QLabel

    import ccsg_plugin

    ui_locale(code)
    plugin = ccsg_plugin.classFactory(iface)
    plugin.initGui()
    try:
        for name, forms in (("CcsgMonitoringDock", ("inputsLayout",)),
                            ("CcsgCheckDock", ("layersLayout", "realmLayout")),
                            ("CcsgRiversDock", (None,))):
            next(a for a in plugin.actions if a.objectName() == f"{name}Action").setChecked(True)
            dock = plugin.docks[name]
            dock.setFloating(True)
            dock.resize(LAPTOP_DOCK, 900)
            dock.show()
            for group in dock.findChildren(QgsCollapsibleGroupBoxBasic):  # the check's realm layers, opened
                group.setCollapsed(False)
            QApplication.processEvents()
            for form_name in forms:
                form = getattr(dock, form_name) if form_name else dock.findChild(QFormLayout)
                widgets = [form.itemAt(i).widget() for i in range(form.count())
                           if form.itemAt(i).widget() is not None]  # not truthiness: an empty combo is falsy
                labels = [w for w in widgets if isinstance(w, QLabel)]
                combos = [w for w in widgets if isinstance(w, QComboBox)]
                assert labels and combos and len(widgets) >= 2 * len(labels)  # every label kept its field
                for label in labels:
                    assert label.height() >= label.heightForWidth(label.width()), (code, label.text())
                    assert form.getWidgetPosition(label)[1] == QFormLayout.SpanningRole
                group_width = form.parentWidget().width()
                for combo in combos:
                    assert combo.isVisibleTo(dock) and combo.width() >= group_width // 2, (code, combo.objectName())
            dock.hide()
    finally:
        plugin.unload()
        process_deferred_deletes()
