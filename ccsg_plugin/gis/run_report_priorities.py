"""Run report sections of the priorities: restoration sites (ccsg:barriers) and infrastructure crossings
(ccsg:crossings). Each lists the top sites by rank, then a small map around each."""

from __future__ import annotations

from typing import Callable, Optional

from ccsg_plugin.gis import run_report_files as rf
from ccsg_plugin.gis import run_report_html as h
from ccsg_plugin.gis import run_report_maps as maps
from ccsg_plugin.i18n import tr

SMALL_MAP_MIN_HALF = 50.0  # m: a small map shows at least 100 m around its site


def top_by_rank(table: rf.Table, top_n: int) -> list:
    """The rows with the lowest rank (1 first), at most top_n; rows without a rank last."""
    rows = sorted(table.rows, key=lambda r: (r.get("rank") is None, r.get("rank") or 0))
    return rows[:max(0, top_n)]


def _half_width(rows: list, radius_of: Callable[[dict], Optional[float]], cell: float) -> float:
    """Half the side of the small maps: three radii (or 15 cells) around the site, at least SMALL_MAP_MIN_HALF."""
    radii = [radius_of(r) for r in rows]
    largest = max([r for r in radii if r] or [0.0])
    return max(3.0 * largest, 15.0 * cell, SMALL_MAP_MIN_HALF)


def _cards(rows: list, half: float, crs, area, corridors, paths: list, caption: Callable[[dict], str],
           alt: str, marker: str, is_cancelled=None) -> str:
    cards = []
    for row in rows:
        if is_cancelled is not None and is_cancelled():
            break
        png = maps.site_map(crs, row["_geom"], half, area, corridors, paths, marker)
        cards.append(f"<div class='site' id='{h.esc(alt)}-{h.esc(row.get('rank'))}'>"
                     f"{h.image(png, tr('{0} {1}', alt, h.fmt(row.get('rank'))), 'small-map')}"
                     f"{h.paragraph(caption(row))}</div>")
    return "<div class='sitegrid'>" + "".join(cards) + "</div>"


def restoration(run: rf.RunFolder, paths: list, cell: float, top_n: int, is_cancelled=None) -> str:
    sites = rf.read_table(run.path("sites"))
    rows = top_by_rank(sites, top_n)
    parts = [h.paragraph(tr(
        "Barrier analysis (Barrier Mapper): restoring a disc of habitat of the given radius at each site would "
        "shorten the least-cost distance of the named pair by lcd_gain cost units; the score is that gain per "
        "metre of the disc's diameter. Sites are ranked by score."))]
    parts.append(h.paragraph(tr("The top {0} of {1} sites.", len(rows), len(sites.rows)), "muted"))
    parts.append(h.table(
        [tr("Rank"), tr("Pair"), tr("Score (cost units per metre restored)"), tr("Radius (m)"),
         tr("Gain in least-cost distance (lcd_gain)")],
        [[r.get("rank"), h.pair_of(r), r.get("score"), r.get("radius_m"), r.get("lcd_gain")] for r in rows],
        "sites"))
    parts.append(h.source_note(sites.path.name))
    area = run.path("restoration_area") or run.path("restoration_score")
    half = _half_width(rows, lambda r: r.get("radius_m"), cell)
    parts.append(_cards(rows, half, sites.crs, area, run.path("corridors"), paths,
                        lambda r: tr("Site {0}: pair {1}, radius {2} m, gain {3}.", h.fmt(r.get("rank")),
                                     h.pair_of(r), h.fmt(r.get("radius_m")), h.fmt(r.get("lcd_gain"))),
                        tr("Site"), "215,25,28", is_cancelled))
    return h.section("restoration", tr("Restoration priorities"), parts)


def _severance(row: dict):
    if row.get("severance_cost") is None and row.get("severed"):
        return tr("cut off")
    return row.get("severance_cost")


def _gain(row: dict):
    if row.get("keep_open_gain") is None and row.get("reconnects"):
        return tr("reconnects")
    return row.get("keep_open_gain")


def crossings(run: rf.RunFolder, paths: list, cell: float, top_n: int, is_cancelled=None) -> str:
    table = rf.read_table(run.path("crossings"))
    rows = top_by_rank(table, top_n)
    parts = [h.paragraph(tr(
        "Infrastructure crossings: severance_cost is how much the road or railway raises the pair's least-cost "
        "distance where it crosses the corridor; keep_open_gain is how much of that a crossing structure "
        "(underpass, overpass) at this stretch would win back. Crossings are ranked by keep_open_gain, after the "
        "stretches whose crossing alone would reconnect a pair the infrastructure cuts off."))]
    parts.append(h.paragraph(tr("The top {0} of {1} crossings.", len(rows), len(table.rows)), "muted"))
    parts.append(h.table(
        [tr("Rank"), tr("Pair"), tr("Severance cost (cost units)"), tr("Gain of a crossing here (keep_open_gain)"),
         tr("Current"), tr("Corridor value")],
        [[r.get("rank"), h.pair_of(r), _severance(r), _gain(r), r.get("current"), r.get("corridor_value")]
         for r in rows], "crossings"))
    parts.append(h.source_note(table.path.name))
    half = _half_width(rows, lambda r: None, cell)
    parts.append(_cards(rows, half, table.crs, run.path("pinch"), run.path("corridors"), paths,
                        lambda r: tr("Crossing {0}: pair {1}, gain {2}.", h.fmt(r.get("rank")), h.pair_of(r),
                                     h.fmt(_gain(r))),
                        tr("Crossing"), "30,100,220", is_cancelled))
    return h.section("crossings", tr("Infrastructure crossings"), parts)
