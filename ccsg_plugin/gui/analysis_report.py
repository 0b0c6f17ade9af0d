"""The analysis dock's "Open report" button: the last run's report.html (written by the plan's last step,
ccsg:runreport) opened in the system's web browser."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QPushButton

from ccsg_plugin.gui.analysis_plan import REPORT_FILE
from ccsg_plugin.i18n import tr
from ccsg_plugin.messages import notify


class ReportMixin:
    """Part of AnalysisDock (which provides resultsGroup, resultsLayout, linkTable and iface)."""

    report_path: Optional[Path] = None

    def _setup_report_button(self) -> None:
        self.openReportButton = QPushButton(tr("Open report"), self.resultsGroup)
        self.openReportButton.setObjectName("openReportButton")
        self.openReportButton.setToolTip(tr("Open the last run's report (report.html in its run folder) in the web "
                                            "browser: maps and tables of every result, ready to print"))
        self.openReportButton.setEnabled(False)
        # a row of its own under the result buttons: beside them, long translations would widen the panel
        self.resultsLayout.insertWidget(self.resultsLayout.indexOf(self.linkTable), self.openReportButton)

    def _show_report(self, run_dir) -> None:
        """After a run: the button opens its report when the report was written."""
        path = Path(run_dir) / REPORT_FILE if run_dir else None
        self.report_path = path if path is not None and path.is_file() else None
        self.openReportButton.setEnabled(self.report_path is not None)

    def open_report(self) -> None:
        path = self.report_path
        if path is None or not path.is_file():
            notify(self.iface, tr("Least-cost analysis"),
                   tr("The report {0} is gone (moved or deleted). Run the analysis again to write it.", str(path)),
                   Qgis.Warning, 8)
            self.openReportButton.setEnabled(False)
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            notify(self.iface, tr("Least-cost analysis"),
                   tr("No web browser could open {0}. Open the file from your file manager.", str(path)),
                   Qgis.Warning, 8)
