"""Demo step: the offline report of the demo run (ccsg:runreport on the corridors folder the steps above filled)."""

from __future__ import annotations

import time
from pathlib import Path

from ccsg_plugin.demo.corridors import GROUP

REPORT_NAME = "report.html"


def step_run_report(project, data_dir, out_dir, feedback) -> list[str]:
    from qgis import processing

    folder = Path(out_dir) / "corridors"
    start = time.perf_counter()
    result = processing.run("ccsg:runreport", {
        "RUN_FOLDER": str(folder), "TITLE": f"CCSG Corridor Toolkit - {GROUP}",
        "OUTPUT_HTML": str(folder / REPORT_NAME)}, feedback=feedback)
    elapsed = time.perf_counter() - start
    return [f"Run report ({result['SECTIONS'].replace(',', ', ')}; {elapsed:.1f} s): {result['OUTPUT_HTML']}"]
