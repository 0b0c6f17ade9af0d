"""Retake the help's screenshots of the panels that show the demo project's layers as they open
(resources/help/img/<panel>_<lang>.png): the Least-cost analysis panel with its optional steps (collapsed, as a first
run shows them), the Corridor monitoring panel and, when the plugin has it, the Rivers panel.

    make demo
    xvfb-run -a -s "-screen 0 1600x1200x24" /usr/bin/python3 scripts/help_panel_screenshots.py es [PROJECT.qgz]

One language per run (the translator is installed once per process). Needs lrelease (qttools5-dev-tools).
The Guideline check panel has its own script (help_screenshots.py: it runs a check first). Images are saved with an
8-bit palette: they ship in the plugin.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
# panel -> (module, dock class, width, height): the height shows the whole panel without its scroll bar
PANELS = {
    "analysis": ("ccsg_plugin.gui.analysis_dock", "AnalysisDock", 420, 1180),
    "monitoring": ("ccsg_plugin.gui.monitoring_dock", "MonitoringDock", 420, 980),
    "rivers": ("ccsg_plugin.gui.rivers_dock", "RiversDock", 420, 760),
}


class _Iface:
    """The little of QgisInterface the panels use while they only show their inputs."""

    def __init__(self, canvas, bar) -> None:
        self._canvas, self._bar = canvas, bar

    def mapCanvas(self):  # noqa: N802
        return self._canvas

    def messageBar(self):  # noqa: N802
        return self._bar

    def mainWindow(self):  # noqa: N802
        return None


def main(lang: str, project_file: Path) -> list[Path]:
    from qgis.core import QgsApplication, QgsProject
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
    if not project_file.is_file():
        raise SystemExit(f"{project_file} not found: run `make demo` first")
    assert QgsProject.instance().read(str(project_file))
    iface = _Iface(QgsMapCanvas(), QgsMessageBar())
    saved = []
    for panel, (module_name, class_name, width, height) in PANELS.items():
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue  # a panel this version of the plugin does not have
        dock = getattr(module, class_name)(iface)
        dock.resize(width, height)
        dock.show()
        for size in ((width - 1, height), (width, height)):  # a second layout pass settles the wrapped labels
            for _ in range(15):
                QCoreApplication.processEvents()
            dock.resize(*size)
        for _ in range(15):
            QCoreApplication.processEvents()
        target = ROOT / "resources" / "help" / "img" / f"{panel}_{lang}.png"
        image = dock.grab().toImage().convertToFormat(QImage.Format_Indexed8, Qt.ThresholdDither | Qt.AvoidDither)
        assert image.save(str(target), "PNG")
        saved.append(target)
        dock.close()
    return saved


if __name__ == "__main__":
    default = ROOT / "demo_output" / "ccsg_demo.qgz"
    for path in main(sys.argv[1] if len(sys.argv) > 1 else "en", Path(sys.argv[2]) if len(sys.argv) > 2 else default):
        print(path, flush=True)
    os._exit(0)  # QGIS's teardown of a script-made application may crash; the files are written
