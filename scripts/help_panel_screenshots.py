"""Retake the help's screenshots of the panels as the real QGIS desktop draws them, with the demo project's layers
(resources/help/img/<panel>_<lang>.png): the Corridor designer with the demo's store, the Least-cost analysis panel
with its optional steps (collapsed, as a first run shows them), the Corridor monitoring panel and the Rivers panel.

    make demo && scripts/help_panel_screenshots.sh es

The shell script installs the packaged plugin in a throwaway profile in that language and starts QGIS under Xvfb
with this file as `--code`. The Guideline check panel has its own script (help_screenshots.py: it runs a check
first). Images are saved with an 8-bit palette: they ship in the plugin.
"""

import os
from pathlib import Path

from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtGui import QImage
from qgis.PyQt.QtWidgets import QApplication
from qgis.utils import plugins

OUT = Path(os.environ["CCSG_SHOTS_OUT"])
LANG = os.environ["CCSG_SHOTS_LANG"]
# panel -> (dock object name, width, height): the panel as a laptop's dock column shows it, whole
PANELS = {
    "designer": ("CcsgDesignerDock", 360, 1000),
    "analysis": ("CcsgAnalysisDock", 360, 1130),
    "monitoring": ("CcsgMonitoringDock", 360, 1000),
    "rivers": ("CcsgRiversDock", 360, 760),
}


def _settle(rounds=20):
    for _ in range(rounds):
        QApplication.processEvents()


def _river_inputs(dock):
    """The demo project keeps the river analysis' results, not its inputs: the panel is shown with the demo's river
    lines and barriers (data/demo_rivers.gpkg beside the project), as the help's example uses them."""
    from qgis.core import QgsProject, QgsVectorLayer

    project = QgsProject.instance()
    source = Path(project.homePath()) / "data" / "demo_rivers.gpkg"
    rivers = QgsVectorLayer(f"{source}|layername=rivers", "rivers", "ogr")
    barriers = QgsVectorLayer(f"{source}|layername=barriers", "barriers", "ogr")
    if not (rivers.isValid() and barriers.isValid()):
        return
    project.addMapLayers([rivers, barriers], False)  # not in the layer tree: nothing else changes
    dock.riversCombo.setLayer(rivers)
    dock.barriersCombo.setLayer(barriers)
    dock.passabilityFieldCombo.setField("passability")
    _settle()


def shoot():
    plugin = plugins["ccsg_plugin"]
    done = []
    try:
        for panel, (name, width, height) in PANELS.items():
            action = next((a for a in plugin.actions if a.objectName() == f"{name}Action"), None)
            if action is None:
                continue  # a panel this version of the plugin does not have
            action.setChecked(True)
            _settle()
            dock = plugin.docks[name]
            if panel == "rivers":
                _river_inputs(dock)
            tree = getattr(dock, "corridorList", None)
            if tree is not None and tree.topLevelItemCount():  # the designer: a corridor picked, its history shown
                tree.setCurrentItem(tree.topLevelItem(0))
            dock.setFloating(True)
            dock.resize(width, height)
            _settle()
            dock.resize(width, height)
            _settle()
            image = dock.grab().toImage().convertToFormat(QImage.Format_Indexed8, Qt.ThresholdDither | Qt.AvoidDither)
            target = OUT / f"{panel}_{LANG}.png"
            if image.save(str(target), "PNG"):
                done.append(target.name)
            dock.setFloating(False)
            action.setChecked(False)
    finally:
        (OUT / f".shots_{LANG}.txt").write_text("\n".join(done))
        QApplication.instance().quit()


QTimer.singleShot(int(os.environ.get("CCSG_SHOTS_DELAY_MS", "8000")), shoot)
