"""The offline report of an analysis run: ONE self-contained, printable HTML file per run folder, made from the
outputs found there (gis/run_report_files.py). A section appears only when its files exist, so the same report
grows as later analysis steps (restoration, crossings, network, rivers) add their outputs to the folder.

Sections: overview and pinch points (run_report_corridors), restoration and crossings (run_report_priorities),
network and rivers (run_report_network). Maps are drawn here, in the Processing worker (gis/report_map.py).
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path
from typing import Callable, Optional

from ccsg_plugin.core.errors import Cancelled
from ccsg_plugin.gis import run_report_corridors as corridors_part
from ccsg_plugin.gis import run_report_files as rf
from ccsg_plugin.gis import run_report_html as h
from ccsg_plugin.gis import run_report_network as network_part
from ccsg_plugin.gis import run_report_priorities as priorities_part
from ccsg_plugin.gis.report import page_head
from ccsg_plugin.i18n import tr

DEFAULT_TOP = 10
REPORT_NAME = "report.html"


def _cell_size(run: rf.RunFolder) -> float:
    from qgis.core import QgsRasterLayer

    for kind in ("corridors", "pinch", "restoration_area", "restoration_score"):
        path = run.path(kind)
        if path is not None:
            layer = QgsRasterLayer(str(path), path.stem)
            if layer.isValid():
                return abs(layer.rasterUnitsPerPixelX())
    return 0.0


def _crs(run: rf.RunFolder, tables: list):
    for table in tables:
        if table is not None and table.crs.isValid():
            return table.crs
    for kind in ("corridors", "pinch", "resistance"):
        if run.has(kind):
            crs = rf.raster_crs(run.path(kind))
            if crs is not None:
                return crs
    from qgis.core import QgsCoordinateReferenceSystem

    return QgsCoordinateReferenceSystem()


def build_run_report(run: rf.RunFolder, title: Optional[str] = None, top_n: int = DEFAULT_TOP,
                     progress: Optional[Callable[[float], None]] = None,
                     is_cancelled: Optional[Callable[[], bool]] = None) -> tuple[str, list]:
    """(the report's HTML, the ids of its sections in order)."""
    def step(fraction: float) -> None:
        if is_cancelled is not None and is_cancelled():
            raise Cancelled()
        if progress is not None:
            progress(fraction)

    record = rf.recorded(run)
    title = title or tr("Connectivity analysis run: {0}", run.folder.name)
    now = _dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    paths = rf.read_table(run.path("paths")) if run.has("paths") else None
    path_geoms = [r["_geom"] for r in paths.rows] if paths is not None else []
    crs = _crs(run, [paths])
    cores = corridors_part.cores_geometries(record, run)
    cell = _cell_size(run)
    step(0.05)
    sections = [corridors_part.overview(run, record, paths, cores, crs)]
    ids = ["overview"]
    planned = [
        ("pinch-points", run.has("pinch") or run.has("pinch_links"),
         lambda: corridors_part.pinch_points(run, path_geoms, cores, crs)),
        ("restoration", run.has("sites"),
         lambda: priorities_part.restoration(run, path_geoms, cell, top_n, is_cancelled)),
        ("crossings", run.has("crossings"),
         lambda: priorities_part.crossings(run, path_geoms, cell, top_n, is_cancelled)),
        ("network", any(run.has(k) for k in ("network_cores", "network_links", "network_summary")),
         lambda: network_part.network(run, record, top_n)),
        ("rivers", any(run.has(k) for k in ("river_sections", "river_barriers", "river_summary")),
         lambda: network_part.rivers(run, top_n)),
    ]
    todo = [(section_id, make) for section_id, present, make in planned if present]
    for k, (section_id, make) in enumerate(todo, start=1):
        sections.append(make())
        ids.append(section_id)
        step(0.05 + 0.9 * k / len(todo))
    names = {"overview": tr("Overview"), "pinch-points": tr("Pinch points"),
             "restoration": tr("Restoration priorities"), "crossings": tr("Infrastructure crossings"),
             "network": tr("Network"), "rivers": tr("Rivers")}
    contents = "<ol class='contents'>" + "".join(
        f"<li><a href='#{i}'>{h.esc(names[i])}</a></li>" for i in ids) + "</ol>"
    sections[0] = sections[0].replace("<section class='run'", "<section class='run first'", 1)
    out = [page_head(title, h.EXTRA_CSS), f"<h1>{h.esc(title)}</h1>",
           h.paragraph(tr("Made with the CCSG Corridor Toolkit on {0} from the run folder {1}.", now,
                          str(run.folder)), "muted"),
           contents, *sections, "</body></html>"]
    step(1.0)
    return "\n".join(out), ids


def write_run_report(path: Path, html_text: str) -> Path:
    """Through the writers: a temporary name, checked, renamed into place; never over an existing file."""
    from ccsg_plugin.gis import writers

    return writers.write_text(Path(path), html_text)
