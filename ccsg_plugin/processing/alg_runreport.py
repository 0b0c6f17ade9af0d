"""ccsg:runreport: one self-contained, printable HTML report of an analysis run, from the outputs in its folder."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ccsg_plugin.i18n import tr
from ccsg_plugin.processing import base
from ccsg_plugin.processing.base import CcsgAlgorithm


class RunReportAlgorithm(CcsgAlgorithm):
    ALG_ID = "runreport"
    DISPLAY_NAME = "Report of an analysis run (HTML)"
    GROUP_ID = "reports"
    GROUP_NAME = "Reports"
    HELP = (
        "Writes one offline report of an analysis run: a single HTML file with its maps inside, which opens in any "
        "browser without a network and prints cleanly.\n"
        "Run folder: the folder of a run of the Least-cost analysis panel. The report reads the outputs it finds "
        "there by their file names and shows a section for each kind found: Overview (the run's inputs and "
        "parameters from the outputs' metadata, the linked pairs of least_cost_paths.gpkg and a map of the "
        "corridors and paths); Pinch points (pinch_point_links.gpkg, pinch_points.tif); Restoration priorities "
        "(restoration_sites.gpkg with a small map around each top site, over restoration_area.tif); Infrastructure "
        "crossings (crossings.gpkg); Network (network_cores.gpkg, network_links.gpkg, network_summary.gpkg: PC, EC, "
        "IIC, ProtConn explained in words, cores and links ranked by dPC); Rivers (river_sections.gpkg, "
        "river_barriers.gpkg, river_summary.gpkg: DCI_p, DCI_d, barriers ranked by dDCI_p).\n"
        "Top: how many sites, crossings, cores, links and barriers the tables and small maps list.\n"
        "Report: the HTML file to write; empty = report.html in the run folder. An existing file is never replaced."
    )

    RUN_FOLDER = "RUN_FOLDER"
    TITLE = "TITLE"
    TOP = "TOP"
    OUTPUT_HTML = "OUTPUT_HTML"
    SECTIONS = "SECTIONS"

    def initAlgorithm(self, config=None) -> None:  # noqa: N802
        from ccsg_plugin.gis.run_report import DEFAULT_TOP

        self.addParameter(base.folder_input(self.RUN_FOLDER, tr("Run folder (of the Least-cost analysis panel)")))
        self.addParameter(QgsProcessingParameterString(self.TITLE, tr("Title (empty = the run folder's name)"),
                                                       "", False, True))
        top = QgsProcessingParameterNumber(self.TOP, tr("Top sites, crossings, cores, links and barriers listed"),
                                           QgsProcessingParameterNumber.Integer, DEFAULT_TOP, False, 1, 1000)
        top.setFlags(top.flags() | QgsProcessingParameterDefinition.FlagAdvanced)
        self.addParameter(top)
        self.addParameter(base.html_output(self.OUTPUT_HTML,
                                           tr("Report (HTML; empty = report.html in the run folder)")))
        self.addOutput(QgsProcessingOutputString(self.SECTIONS, tr("Sections of the report")))

    def processAlgorithm(self, parameters, context, feedback):  # noqa: N802
        from ccsg_plugin.gis import run_report
        from ccsg_plugin.gis import run_report_files as rf
        from ccsg_plugin.processing import common

        progress, is_cancelled = common.callables(feedback)
        with common.OutputGuard() as guard:
            run = rf.open_run_folder(self.parameterAsString(parameters, self.RUN_FOLDER, context))
            target = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context) \
                if parameters.get(self.OUTPUT_HTML) else ""
            path = Path(target) if target else run.folder / run_report.REPORT_NAME
            self.check_outputs(parameters, context, {self.OUTPUT_HTML: (str(path), "text")})
            title = (self.parameterAsString(parameters, self.TITLE, context) or "").strip() or None
            top = self.parameterAsInt(parameters, self.TOP, context) if parameters.get(self.TOP) is not None \
                else run_report.DEFAULT_TOP
            html_text, sections = run_report.build_run_report(run, title, top, progress, is_cancelled)
            guard.add(run_report.write_run_report(path, html_text))
        feedback.pushInfo(tr("Run report written: {0} (sections: {1}).", str(path), ", ".join(sections)))
        return {self.OUTPUT_HTML: str(path), self.SECTIONS: ",".join(sections)}
