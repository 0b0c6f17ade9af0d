"""Run report sections of the corridors run itself: the overview (inputs, linked pairs, map) and the pinch points."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import run_report_files as rf
from ccsg_plugin.gis import run_report_html as h
from ccsg_plugin.gis import run_report_maps as maps
from ccsg_plugin.i18n import tr

# Recorded parameters shown first, in this order, when present (the panel's spec, then the algorithm's names).
_FIRST = ("run_kind", "started", "cores_name", "core_id_field", "mode", "resistance", "landcover", "CORES",
          "CORE_ID_FIELD", "RESISTANCE", "NEIGHBOURS", "MAX_EUCLIDEAN_DISTANCE", "WIDTH_CUTOFF",
          "WIDTH_CUTOFF_PERCENT", "DROP_VIA_CORE", "cost_distances_from")


def _scalars(record: dict) -> list[tuple[str, object]]:
    """The record's plain values (lists, tables and nested records left out), the usual inputs first."""
    items = [(k, v) for k, v in record.items() if isinstance(v, (str, int, float, bool)) and v != ""]
    return sorted(items, key=lambda kv: (_FIRST.index(kv[0]) if kv[0] in _FIRST else len(_FIRST), kv[0]))


def inputs_table(record: dict) -> str:
    """The run's inputs and parameters: the panel's settings, then each algorithm's parameters (toolbox runs
    record the parameters alone)."""
    parts = []
    own = _scalars({k: v for k, v in record.items() if k != "processing"})
    if own:
        parts.append(h.key_values(own, "inputs"))
    for algorithm, parameters in (record.get("processing") or {}).items():
        if isinstance(parameters, dict):
            parts.append(f"<h3>{h.esc(algorithm)}</h3>" + h.key_values(_scalars(parameters), "inputs"))
    return "".join(parts) or h.paragraph(tr("No run parameters are recorded in the outputs' metadata."), "muted")


def cores_geometries(record: dict, run: rf.RunFolder) -> list:
    """The core areas to draw: the network output's cores, else the recorded CORES file when it still exists."""
    if run.has("network_cores"):
        return [row["_geom"] for row in rf.read_table(run.path("network_cores")).rows]
    parameters = dict(record)
    for nested in (record.get("processing") or {}).values():
        if isinstance(nested, dict):
            parameters.update(nested)
    source = str(parameters.get("CORES") or "").split("|")[0]
    if source and Path(source).is_file():
        try:
            return [row["_geom"] for row in rf.read_table(Path(source)).rows]
        except CcsgError:  # a core layer we cannot read costs the map its cores, not the report
            return []
    return []


def overview(run: rf.RunFolder, record: dict, paths: Optional[rf.Table], cores: list, crs) -> str:
    parts = [f"<h3>{h.esc(tr('Inputs and parameters'))}</h3>", inputs_table(record)]
    found = ", ".join(sorted(p.name for p in run.files.values()))
    parts.append(h.paragraph(tr("Outputs found in the run folder: {0}.", found), "muted"))
    if paths is not None:
        if run.paths_from is not None:
            parts.append(h.paragraph(tr("This run re-cut the corridors of the run in {0}; the least-cost paths are "
                                        "that run's.", str(run.paths_from)), "note"))
        rows = sorted(paths.rows, key=lambda r: (h.sort_key(r.get("core_a")), h.sort_key(r.get("core_b"))))
        parts.append(f"<h3>{h.esc(tr('Linked pairs'))}</h3>")
        parts.append(h.table(
            [tr("Core A"), tr("Core B"), tr("Least-cost distance (cost units)"), tr("Path length (m)"),
             tr("Cost per metre of path (lcd_per_path)")],
            [[r.get("core_a"), r.get("core_b"), r.get("lcd"), r.get("path_length_m"), r.get("lcd_per_path")]
             for r in rows], "pairs"))
        parts.append(h.source_note(paths.path.name))
    path_geoms = [r["_geom"] for r in paths.rows] if paths is not None else []
    if run.has("corridors") or path_geoms:
        png = maps.overview_map(crs, run.path("corridors"), path_geoms, cores)
        parts.append(f"<div class='mapbox'>{h.image(png, tr('Map of the corridors and least-cost paths'))}"
                     + h.legend([("#253494",
                                  tr("corridors (normalised cost: darker is closer to the least-cost path)")),
                                 ("rgb(90,40,10)", tr("least-cost paths")), ("#2e8b57", tr("core areas"))])
                     + "</div>")
    return h.section("overview", tr("Overview"), parts)


def pinch_points(run: rf.RunFolder, paths_geoms: list, cores: list, crs) -> str:
    parts = [h.paragraph(tr(
        "Circuit theory (Pinchpoint Mapper): current flows between the two cores of each pair through its corridor. "
        "Where current concentrates, the corridor has no alternative route: these pinch points are where a loss "
        "of habitat would cut the link first. The effective resistance sums the whole corridor; lower means "
        "better connected, including through several parallel routes."))]
    if run.has("pinch_links"):
        links = rf.read_table(run.path("pinch_links"))
        rows = sorted(links.rows, key=lambda r: (-(r.get("eff_resistance") if r.get("eff_resistance") is not None
                                                   else float("-inf")),
                                                 h.sort_key(r.get("core_a")), h.sort_key(r.get("core_b"))))
        parts.append(h.paragraph(tr("Links from the highest effective resistance (the weakest connection) down."),
                                 "muted"))
        parts.append(h.table(
            [tr("Core A"), tr("Core B"), tr("Effective resistance"),
             tr("Least-cost distance per effective resistance")],
            [[r.get("core_a"), r.get("core_b"), r.get("eff_resistance"), r.get("lcd_per_eff_resistance")]
             for r in rows], "pinch-links"))
        parts.append(h.source_note(links.path.name))
    if run.has("pinch"):
        png = maps.raster_map(crs, run.path("pinch"), paths_geoms, cores)
        parts.append(f"<div class='mapbox'>{h.image(png, tr('Map of the pinch points'))}"
                     + h.legend([("#4f127b", tr("current: darker is more current (pinch points)")),
                                 ("rgb(40,40,40)", tr("least-cost paths"))]) + "</div>")
        parts.append(h.source_note(run.path("pinch").name))
    return h.section("pinch-points", tr("Pinch points"), parts)
