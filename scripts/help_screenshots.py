"""Retake the Guideline check panel's help screenshots (resources/help/img/check_<lang>.png) as the workshop shows
it: the demo project in that language, the exercise's corridor with its narrow neck, checked.

    xvfb-run -a -s "-screen 0 1600x1000x24" /usr/bin/python3 scripts/help_screenshots.py es

One language per run (the translator is installed once per process). Needs lrelease (qttools5-dev-tools).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZE = (560, 820)
ATTRIBUTES = {  # the exercise's step 4
    "name": "Corridor 5-6", "objective_connectivity": "Keep deer moving between cores 5 and 6",
    "governance_type": "B", "governance_authority": "Workshop partnership", "management_plan": "Workshop plan 2026",
    "legal_mechanism": "conservation easement/covenant", "commitment_duration": "permanent",
    "monitoring_plan": "Camera traps", "indicators": "detections per 100 trap-nights", "realm": "terrestrial",
}


def _corridor(cores: dict, wide: float = 3000.0, neck: float = 1000.0):
    """The exercise's corridor: 3 km wide from inside core 5 to inside core 6, pinched to 1 km halfway."""
    from shapely.geometry import LineString
    from shapely.ops import nearest_points, substring

    a, b = nearest_points(cores["5"], cores["6"])
    ux, uy = (b.x - a.x) / a.distance(b), (b.y - a.y) / a.distance(b)
    line = LineString([(a.x - 1000 * ux, a.y - 1000 * uy), (b.x + 1000 * ux, b.y + 1000 * uy)])
    middle = substring(line, line.length / 2 - 500, line.length / 2 + 500).buffer(wide, cap_style=2)
    band = line.buffer(wide / 2, cap_style=2)
    return band.difference(middle.difference(line.buffer(neck / 2, cap_style=2)))


class _Iface:
    """The little of QgisInterface the check dock uses when it only shows results."""

    def __init__(self, canvas, bar) -> None:
        self._canvas, self._bar = canvas, bar

    def mapCanvas(self):  # noqa: N802
        return self._canvas

    def messageBar(self):  # noqa: N802
        return self._bar


def main(lang: str) -> Path:
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
    from qgis.gui import QgsMapCanvas, QgsMessageBar
    from qgis.PyQt.QtCore import QCoreApplication, Qt, QTranslator
    from qgis.PyQt.QtGui import QImage

    app = QgsApplication([], True)
    app.initQgis()
    work = Path(tempfile.mkdtemp(prefix="ccsg_shots_"))
    translator = QTranslator()
    if lang != "en":
        qm = work / f"ccsg_{lang}.qm"
        subprocess.run(["lrelease", "-silent", str(ROOT / "i18n" / f"ccsg_{lang}.ts"), "-qm", str(qm)], check=True)
        assert translator.load(str(qm))
        QCoreApplication.installTranslator(translator)

    from qgis import processing

    from ccsg_plugin.gis import corridor_store, demo
    from ccsg_plugin.gis.geometry import to_shapely
    from ccsg_plugin.gui.check_dock import CheckDock
    from ccsg_plugin.processing.provider import CcsgProvider

    sys.path.insert(0, "/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    providers = [CcsgProvider()]  # kept: the registry does not own Python providers
    for provider in providers:
        QgsApplication.processingRegistry().addProvider(provider)
    project = QgsProject.instance()
    cores_layer, _resistance = demo.load_demo_layers(project, demo.copy_demo_data(work / "data"))
    project.setFileName(str(work / "ccsg_demo.qgz"))
    cores = {str(f["core_id"]): to_shapely(f.geometry()) for f in cores_layer.getFeatures()}
    layer = corridor_store.create_or_open(work / "candidate_corridors.gpkg", project.crs())
    project.addMapLayer(layer)
    store = corridor_store.CorridorStore(layer, cores_layer, "core_id")
    store.attach()
    layer.startEditing()
    from qgis.core import QgsGeometry

    store.add_feature(store.new_feature(QgsGeometry.fromWkt(_corridor(cores).wkt), dict(ATTRIBUTES)))
    store.commit()
    corridor_store.remember(project, store)

    canvas = QgsMapCanvas()
    dock = CheckDock(_Iface(canvas, QgsMessageBar()))
    params = dock.parameters()
    result = processing.run("ccsg:checkcorridors", params)
    checked = QgsVectorLayer(result["OUTPUT"], "check", "ogr")
    dock.show_results(checked)
    dock.progressBar.setValue(100)
    dock.resize(*SIZE)
    dock.show()
    for _ in range(20):
        QCoreApplication.processEvents()
    target = ROOT / "resources" / "help" / "img" / f"check_{lang}.png"
    image = dock.grab().toImage().convertToFormat(QImage.Format_Indexed8, Qt.ThresholdDither | Qt.AvoidDither)
    assert image.save(str(target), "PNG")
    return target


if __name__ == "__main__":
    print(main(sys.argv[1] if len(sys.argv) > 1 else "en"), flush=True)
    os._exit(0)  # QGIS's teardown of a script-made application may crash; the file is written
