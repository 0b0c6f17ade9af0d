"""Run report sections of the network (ccsg:networkmetrics: PC, EC, IIC, ProtConn, dPC) and of the rivers
(ccsg:riverconnectivity: DCI_p, DCI_d, barriers ranked by dDCI)."""

from __future__ import annotations

from typing import Optional

from ccsg_plugin.gis import run_report_files as rf
from ccsg_plugin.gis import run_report_html as h
from ccsg_plugin.gis import run_report_maps as maps
from ccsg_plugin.i18n import tr


def _by_value_desc(rows: list, field: str) -> list:
    """Highest first; rows without a value last, ties in file order."""
    return sorted(rows, key=lambda r: (r.get(field) is None, -(r.get(field) or 0.0)))


def _core_id(table: rf.Table, run_record: dict) -> Optional[str]:
    """The cores' id field: the one recorded for the run, else the first field that is not a computed one."""
    from ccsg_plugin.gis.network_layers import CORE_FIELDS

    for key in ("CORE_ID_FIELD", "core_id_field"):
        name = run_record.get(key)
        if name in table.fields:
            return name
    others = [f for f in table.fields if f not in CORE_FIELDS and f.lower() != "fid"]
    return others[0] if others else None


def summary_sentences(values: dict) -> list[str]:
    """The network figures in words, for a report."""
    out = []
    if values.get("PC") is not None:
        out.append(tr(
            "The probability of connectivity (PC) is {0}: the chance that two animals placed at random in the "
            "landscape's habitat can reach each other through the network (1 would be a single, fully connected "
            "habitat).", h.fmt(values["PC"])))
    if values.get("EC") is not None:
        out.append(tr(
            "The equivalent connected area (EC) is {0} (in the unit of the attribute, hectares by default): the "
            "network is worth as much as one single core area of that size.", h.fmt(values["EC"])))
    if values.get("IIC") is not None:
        components = int(values.get("components") or 0)
        out.append(tr("The integral index of connectivity (IIC), which counts only links within the distance "
                      "threshold, is {0}; the cores form {1} separate group(s) (components).", None, components,
                      h.fmt(values["IIC"]), components))
    if values.get("ProtConn") is not None:
        out.append(tr(
            "ProtConn is {0} %: that share of the region is protected and connected (Saura et al. 2017, the "
            "indicator of Target 3 of the Kunming-Montreal Global Biodiversity Framework). {1} % of the region is "
            "protected (Prot), so {2} percentage points of it are protected but not connected (ProtUnconn).",
            h.fmt(values["ProtConn"]), h.fmt(values.get("Prot")), h.fmt(values.get("ProtUnconn"))))
    return out


def network(run: rf.RunFolder, record: dict, top_n: int) -> str:
    parts = []
    values = {}
    if run.has("network_summary"):
        summary = rf.read_table(run.path("network_summary"))
        values = summary.rows[0] if summary.rows else {}
        names = ("PC", "EC", "IIC", "components", "ProtConn", "Prot", "ProtUnconn", "ProtConn_Within",
                 "ProtConn_Contig", "ProtConn_Unprot", "ProtConn_Trans")
        parts.append(h.key_values([(n, values.get(n)) for n in names if values.get(n) is not None], "figures"))
        parts += [h.paragraph(text, "note") for text in summary_sentences(values)]
        parts.append(h.source_note(summary.path.name))
    cores = rf.read_table(run.path("network_cores")) if run.has("network_cores") else None
    links = rf.read_table(run.path("network_links")) if run.has("network_links") else None
    if cores is not None or links is not None:
        crs = (cores or links).crs
        png = maps.network_map(crs, [r["_geom"] for r in cores.rows] if cores else [],
                               [r.get("dPC") for r in cores.rows] if cores else [],
                               [r["_geom"] for r in links.rows] if links else [],
                               [r.get("dPC_link") for r in links.rows] if links else [], run.path("corridors"))
        parts.append(f"<div class='mapbox'>{h.image(png, tr('Map of the core network'))}"
                     + h.legend([("rgb(46,125,79)", tr("cores: the larger the circle, the higher dPC")),
                                 ("rgb(189,0,38)", tr("links: the darker and wider, the higher dPC_link"))])
                     + "</div>")
    if cores is not None:
        id_field = _core_id(cores, record)
        rows = _by_value_desc(cores.rows, "dPC")[:top_n]
        parts.append(f"<h3>{h.esc(tr('Core areas ranked by dPC'))}</h3>")
        parts.append(h.paragraph(tr("dPC: the percentage of PC lost without the core; intra (its own area), flux "
                                    "(dispersal from and to it) and connector (a stepping stone for others)."),
                                 "muted"))
        parts.append(h.table(
            [tr("Rank"), tr("Core"), "dPC", "dPC_intra", "dPC_flux", "dPC_connector", tr("Component"),
             tr("Current-flow centrality")],
            [[k, r.get(id_field) if id_field else None, r.get("dPC"), r.get("dPC_intra"), r.get("dPC_flux"),
              r.get("dPC_connector"), r.get("component"), r.get("cf_centrality")]
             for k, r in enumerate(rows, start=1)], "network-cores"))
        parts.append(h.source_note(cores.path.name))
    if links is not None:
        rows = _by_value_desc(links.rows, "dPC_link")[:top_n]
        parts.append(f"<h3>{h.esc(tr('Links ranked by dPC_link'))}</h3>")
        parts.append(h.table(
            [tr("Rank"), tr("Core A"), tr("Core B"), tr("Distance"), "p", "dPC_link", tr("Current-flow centrality")],
            [[k, r.get("core_a"), r.get("core_b"), r.get("distance"), r.get("p"), r.get("dPC_link"),
              r.get("cf_centrality")] for k, r in enumerate(rows, start=1)], "network-links"))
        parts.append(h.source_note(links.path.name))
    return h.section("network", tr("Network"), parts)


def rivers(run: rf.RunFolder, top_n: int) -> str:
    parts = [h.paragraph(tr(
        "Dendritic connectivity index (Cote et al. 2009): DCI_p is the chance, in percent, that a fish can move "
        "between two random points of the river network; DCI_d that it can move between a random point and the "
        "outlet. dDCI_p and dDCI_d are the points each index would gain if that barrier alone were made fully "
        "passable."))]
    if run.has("river_summary"):
        summary = rf.read_table(run.path("river_summary"))
        rows = sorted(summary.rows, key=lambda r: h.sort_key(r.get("part")))
        parts.append(h.table(
            [tr("Network part"), "DCI_p", "DCI_d", tr("Length (m)"), tr("Sections"), tr("Barriers")],
            [[r.get("part"), r.get("DCI_p"), r.get("DCI_d"), r.get("total_length_m"), r.get("sections"),
              r.get("barriers")] for r in rows], "river-summary"))
        parts.append(h.source_note(summary.path.name))
    barriers = rf.read_table(run.path("river_barriers")) if run.has("river_barriers") else None
    top = []
    if barriers is not None:
        used = [r for r in barriers.rows if r.get("used")]
        top = sorted(used, key=lambda r: (r.get("rank_p") is None, r.get("rank_p") or 0))[:top_n]
        parts.append(f"<h3>{h.esc(tr('Barriers ranked by dDCI_p'))}</h3>")
        parts.append(h.table(
            [tr("Rank (DCI_p)"), tr("Barrier (feature id)"), tr("Passability"), "dDCI_p", "dDCI_d",
             tr("Rank (DCI_d)")],
            [[r.get("rank_p"), r.get("source_fid"), r.get("passability"), r.get("dDCI_p"), r.get("dDCI_d"),
              r.get("rank_d")] for r in top], "river-barriers"))
        unused = len(barriers.rows) - len(used)
        if unused:
            parts.append(h.paragraph(tr("{0} barrier(s) lie off the river network (beyond the snap tolerance) and "
                                        "were not used.", None, unused, unused), "note"))
        parts.append(h.source_note(barriers.path.name))
    sections = rf.read_table(run.path("river_sections")) if run.has("river_sections") else None
    if sections is not None or barriers is not None:
        crs = (sections or barriers).crs
        png = maps.river_map(crs, [r["_geom"] for r in sections.rows] if sections else [],
                             [r.get("c_outlet") for r in sections.rows] if sections else [],
                             [r["_geom"] for r in barriers.rows] if barriers else [], [r["_geom"] for r in top])
        parts.append(f"<div class='mapbox'>{h.image(png, tr('Map of the river network'))}"
                     + h.legend([("rgb(8,81,156)", tr("sections open to the outlet (c_outlet near 1)")),
                                 ("rgb(170,170,170)", tr("sections cut off from the outlet (c_outlet near 0)")),
                                 ("#d7191c", tr("barriers, numbered as in the table"))]) + "</div>")
    return h.section("rivers", tr("Rivers"), parts)
