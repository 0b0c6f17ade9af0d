"""`make demo`: run the plugin's main job headless on the bundled demo data and say where the results are.

Usage: /usr/bin/python3 scripts/run_demo.py BUILD_DIR OUT_DIR  (BUILD_DIR holds the packaged ccsg_plugin folder)
"""

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    build_dir, out_dir = Path(sys.argv[1]).resolve(), Path(sys.argv[2]).resolve()
    sys.path.insert(0, str(build_dir))  # run the packaged plugin, exactly what users install
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))  # QGIS's Processing plugin
    from processing.core.Processing import Processing

    Processing.initialize()
    from ccsg_plugin.demo.job import run_demo
    from ccsg_plugin.processing.provider import CcsgProvider

    provider = CcsgProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    started = time.perf_counter()
    result = run_demo(out_dir)
    elapsed = time.perf_counter() - started
    print()
    print(f"CCSG Corridor Toolkit demo finished in {elapsed:.1f} s.")
    for line in result["lines"]:
        print("  - " + line)
    print()
    print("Results are in: {}".format(result["out_dir"]))
    print("  QGIS project : {}".format(result["project"]))
    print("  Map image    : {}".format(result["map"]))
    print("Open the project in QGIS (Project > Open) or run `make run` to start QGIS with it and the plugin.")
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
