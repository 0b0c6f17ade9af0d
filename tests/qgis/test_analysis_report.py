"""The analysis panel's run report, driven through its buttons on generated data: every run (full and width re-cut)
ends with ccsg:runreport writing report.html into its run folder, its pairs table equals the run's least-cost paths
read here with QGIS, and "Open report" hands that file to the system browser (caught with a URL handler)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from qgis.core import QgsProject, QgsRasterLayer, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import QObject, Qt, QUrl, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtTest import QTest

from ccsg_plugin.gui.analysis_dock import SETTINGS_FOLDER
from tests.qgis.analysis_helpers import box_wkt, open_dock, spin, wait_run, write_polygons, write_raster
from tests.qgis.run_report_helpers import Report, ref_format, rows_of

ROWS, COLS = 30, 50
RESISTANCE = 1.0 + 0.5 * (np.arange(ROWS)[:, None] % 3) + np.zeros((ROWS, COLS))
RESISTANCE[5:, 25] = 40.0  # a costly wall with a cheap gap at the top: the corridors bend


class _UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @pyqtSlot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


@pytest.fixture
def opened_urls():
    catcher = _UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    yield catcher.urls
    QDesktopServices.unsetUrlHandler("file")


@pytest.fixture
def report_dock(plugin, qgis_processing, tmp_path):
    QgsProject.instance().setFileName("")
    res = write_raster(tmp_path / "resistance.tif", RESISTANCE)
    cores = write_polygons(tmp_path / "cores.gpkg", [box_wkt(20, 100, 60, 200), box_wkt(440, 100, 480, 200),
                                                     box_wkt(220, 20, 260, 60)], [1, 2, 3])
    resistance = QgsRasterLayer(str(res), "Resistance")
    cores_layer = QgsVectorLayer(str(cores), "Cores", "ogr")
    QgsProject.instance().addMapLayers([resistance, cores_layer])
    dock = open_dock(plugin)
    dock.useResistanceRadio.setChecked(True)
    dock.resistanceCombo.setLayer(resistance)
    dock.coresCombo.setLayer(cores_layer)
    dock.idFieldCombo.setField("core_id")
    dock.outputFolderWidget.setFilePath(str(tmp_path / "runs"))
    dock.widthSpin.setValue(300)
    dock.pinchGroup.setChecked(True)
    yield dock
    if dock.runner is not None:
        dock.cancel_run()
        wait_run(dock)
    QgsSettings().remove(SETTINGS_FOLDER)


def _click_run(dock) -> Path:
    QTest.mouseClick(dock.runButton, Qt.LeftButton)
    wait_run(dock)
    assert dock.last_run is not None and dock.run_history[-1]["ok"], dock.stepLabel.text()
    return Path(dock.resultLabel.text().rsplit("Files: ", 1)[1])


def _pairs(paths_file: Path) -> list:
    rows = sorted(rows_of(paths_file), key=lambda r: (r["core_a"], r["core_b"]))
    return [[ref_format(r[k]) for k in ("core_a", "core_b", "lcd", "path_length_m", "lcd_per_path")] for r in rows]


def test_every_run_writes_its_report_and_the_button_opens_it(report_dock, opened_urls):
    dock = report_dock
    assert not dock.openReportButton.isEnabled()  # no run yet
    run_dir = _click_run(dock)
    report = run_dir / "report.html"
    assert report.is_file()
    parsed = Report(report.read_text(encoding="utf-8"))
    assert parsed.sections == ["overview", "pinch-points"]
    assert parsed.h1 == QgsProject.instance().layerTreeRoot().children()[0].name()  # titled like the run's group
    assert parsed.table("overview", "pairs")["rows"] == _pairs(run_dir / "least_cost_paths.gpkg")
    inputs = dict(row for row in parsed.table("overview", "inputs")["rows"])
    assert inputs["run_kind"] == "full" and inputs["cores_name"] == "Cores"
    assert dock.openReportButton.isEnabled()
    QTest.mouseClick(dock.openReportButton, Qt.LeftButton)
    assert [Path(u.toLocalFile()) for u in opened_urls] == [report]

    # a width re-cut: a new run folder, its own report, the paths of the full run it re-cut
    dock.widthSpin.setValue(150)
    assert spin(lambda: dock.runButton.text() == "Re-cut corridors", 5)
    recut_dir = _click_run(dock)
    assert dock.run_history[-1]["kind"] == "recut" and recut_dir != run_dir
    recut = Report((recut_dir / "report.html").read_text(encoding="utf-8"))
    assert recut.sections == ["overview", "pinch-points"]
    assert recut.table("overview", "pairs")["rows"] == _pairs(run_dir / "least_cost_paths.gpkg")
    assert f"This run re-cut the corridors of the run in {run_dir}" in recut.text["overview"]
    assert dict(row for row in recut.table("overview", "inputs")["rows"])["run_kind"] == "recut"
    QTest.mouseClick(dock.openReportButton, Qt.LeftButton)
    assert Path(opened_urls[-1].toLocalFile()) == recut_dir / "report.html"


def test_a_deleted_report_says_so_instead_of_opening(report_dock, opened_urls):
    dock = report_dock
    run_dir = _click_run(dock)
    (run_dir / "report.html").unlink()
    QTest.mouseClick(dock.openReportButton, Qt.LeftButton)
    assert opened_urls == [] and not dock.openReportButton.isEnabled()
