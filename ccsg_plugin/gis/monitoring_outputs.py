"""Outputs of ccsg:corridorchange: the corridor layer's fields, the change raster and its style, and the HTML report
(one section per corridor: before and after maps, the indicator table, a sentence for a manager, the history kept
in the store's monitoring record). Maps are rendered from files and memory layers (gis/report_map.py), so the report
is built safely in the worker thread."""

from __future__ import annotations

import datetime as _dt
import math
from typing import Any, Optional

from qgis.core import QgsField, QgsFields, QgsPalettedRasterRenderer, QgsRasterLayer
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtGui import QColor

from ccsg_plugin.core.monitoring import trend as trend_rules
from ccsg_plugin.core.monitoring.compare import FIELDS, GAINED, KEPT, LOST, NEVER
from ccsg_plugin.gis import report as html_report
from ccsg_plugin.gis import report_map
from ccsg_plugin.i18n import tr, tr_data

_QTYPES = {"double": QVariant.Double, "int": QVariant.Int, "string": QVariant.String}
TREND_COLOURS = {"improved": "#1a9641", "stable": "#4c78a8", "degraded": "#f29e2e", "severed": "#d7191c",
                 "not_evaluated": "#9e9e9e"}


def output_fields(input_fields: QgsFields) -> QgsFields:
    """The corridor layer's own fields (minus names written here) + the indicators."""
    ours = {name for name, _kind in FIELDS}
    fields = QgsFields()
    for f in input_fields:
        if f.name() not in ours:
            fields.append(f)
    for name, kind in FIELDS:
        fields.append(QgsField(name, _QTYPES[kind]))
    return fields


def field_value(value: Any) -> Any:
    """Infinite or NaN numbers are stored as NULL (an infinite LCD: the trend says severed)."""
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, str):  # a core Msg: shown translated, stored as plain text
        return str(tr_data(value))
    return value


def change_labels() -> list[tuple[int, str, str]]:
    return [(LOST, tr("Habitat lost"), "#d7191c"), (GAINED, tr("Habitat gained"), "#1a9641"),
            (KEPT, tr("Habitat unchanged"), "#b8e0a8"), (NEVER, tr("Unchanged, not habitat"), "#d9d9d9")]


def style_change(layer: QgsRasterLayer) -> None:
    """Paletted: lost red, gained green, unchanged habitat pale green, unchanged non-habitat grey; 0 transparent."""
    classes = [QgsPalettedRasterRenderer.Class(value, QColor(colour), label)
               for value, label, colour in change_labels()]
    renderer = QgsPalettedRasterRenderer(layer.dataProvider(), 1, classes)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


# ----- report ---------------------------------------------------------------------------------------------------
def _number(value: Any, digits: int = 1) -> str:
    if value is None:
        return "–"
    if isinstance(value, float):
        if math.isinf(value):
            return tr("no route")
        return f"{value:,.{digits}f}"
    return str(value)


ROWS = (  # label, before field, after field, change field, digits
    ("Habitat area (ha)", "habitat_before_ha", "habitat_after_ha", "habitat_change_pct", 2),
    ("Natural habitat share", "natural_share_before", "natural_share_after", None, 3),
    ("Largest habitat gap (m)", "largest_gap_before_m", "largest_gap_after_m", None, 0),
    ("Narrowest habitat passage (m)", "min_habitat_width_before_m", "min_habitat_width_after_m", None, 0),
    ("Least-cost distance between the cores", "lcd_before", "lcd_after", "lcd_change_pct", 0),
    ("Guideline check, overall status", "status_before", "status_after", None, 0),
)


def _indicator_table(values: dict) -> str:
    esc = html_report._esc
    out = ["<table><thead><tr>", f"<th>{esc(tr('Indicator'))}</th><th>{esc(tr('Before'))}</th>",
           f"<th>{esc(tr('After'))}</th><th>{esc(tr('Change (%)'))}</th></tr></thead><tbody>"]
    for label, before, after, change, digits in ROWS:
        b, a = values.get(before), values.get(after)
        if before.startswith("status"):
            b, a = html_report.status_label(b) if b else "–", html_report.status_label(a) if a else "–"
        c = _number(values.get(change), 1) if change else "–"
        out.append(f"<tr><td>{esc(tr_data(label))}</td><td class='num'>{esc(_number(b, digits))}</td>"
                   f"<td class='num'>{esc(_number(a, digits))}</td><td class='num'>{esc(c)}</td></tr>")
    lines = values.get("new_severing_lines")
    out.append(f"<tr><td>{esc(tr('New severing lines'))}</td><td></td><td class='num'>"
               f"{esc('–' if lines is None else str(lines))}</td><td></td></tr>")
    out.append("</tbody></table>")
    return "".join(out)


def _history_table(rows: list) -> str:
    esc = html_report._esc
    if not rows:
        return f"<p class='muted'>{esc(tr('No earlier record of this corridor.'))}</p>"
    head = (tr("Dates"), tr("Habitat (ha)"), tr("Change (%)"), tr("Least-cost distance"), tr("Trend"),
            tr("Recorded"))
    out = ["<table><thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr></thead><tbody>"]
    for r in rows:
        out.append(f"<tr><td>{esc(r.get('date_before'))} → {esc(r.get('date_after'))}</td>"
                   f"<td class='num'>{esc(_number(r.get('habitat_after_ha'), 2))}</td>"
                   f"<td class='num'>{esc(_number(r.get('habitat_change_pct'), 1))}</td>"
                   f"<td class='num'>{esc(_number(r.get('lcd_after'), 0))}</td>"
                   f"<td>{esc(trend_label(r.get('trend') or ''))}</td><td>{esc(r.get('recorded_at'))}</td></tr>")
    out.append("</tbody></table>")
    return "".join(out)


def trend_label(trend: str) -> str:
    return tr_data(trend_rules.label(trend))


def _maps(change, geometry, crs, before_ctx, after_ctx) -> str:
    esc = html_report._esc
    if geometry is None:
        return ""
    marks_b = [m for m in (change.before.gap_at, change.before.narrowest_at) if m is not None] if change.before else []
    marks_a = [m for m in (change.after.gap_at, change.after.narrowest_at) if m is not None] if change.after else []
    out = ["<div class='mapbox'>"]
    for title, context, marks in ((tr("Before"), before_ctx, marks_b), (tr("After"), after_ctx, marks_a)):
        png = report_map.render_corridor_map(geometry, crs, problem_locations=marks, context=context, size=(520, 390))
        if png:
            import base64

            out.append(f"<figure><figcaption><b>{esc(title)}</b></figcaption><img alt='{esc(title)}' "
                       f"src='data:image/png;base64,{base64.b64encode(png).decode('ascii')}'></figure>")
    out.append("</div><p class='legend muted'>"
               + esc(tr("Numbered red marks: 1 the largest habitat gap, 2 the narrowest habitat passage.")) + "</p>")
    return "".join(out)


def build_report(run, geometries: dict, crs, before_raster: Optional[str], after_raster: Optional[str],
                 raster_style: Optional[str], cores: list, barriers_before: list, barriers_after: list,
                 histories: dict, info: list, notes: list, is_cancelled=None) -> str:
    """The change report as one HTML string. geometries: corridor key -> shapely polygon; histories: key -> rows
    of the monitoring record (oldest first)."""
    esc = html_report._esc
    title = tr("Corridor monitoring: {0} to {1}", str(run.date_before), str(run.date_after))
    now = _dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    out = ["<!DOCTYPE html><html><head><meta charset='utf-8'>", f"<title>{esc(title)}</title>",
           f"<style>{html_report._CSS}</style></head><body>", f"<h1>{esc(title)}</h1>",
           f"<p class='muted'>{esc(tr('Made with the CCSG Corridor Toolkit on {0}', now))}</p>"]
    for note in notes:
        out.append(f"<div class='note'>{esc(tr_data(note))}</div>")
    out.append(f"<h2>{esc(tr('Summary'))}</h2><table><thead><tr><th>#</th><th>{esc(tr('Corridor'))}</th>"
               f"<th>{esc(tr('Trend'))}</th><th>{esc(tr('Habitat change (%)'))}</th>"
               f"<th>{esc(tr('Least-cost distance change (%)'))}</th></tr></thead><tbody>")
    for i, change in enumerate(run.changes, start=1):
        colour = TREND_COLOURS.get(change.trend, "#9e9e9e")
        out.append(f"<tr><td>{i}</td><td><a href='#corridor-{i}'>{esc(change.name)}</a></td>"
                   f"<td><span class='badge' style='background:{colour}'>{esc(trend_label(change.trend))}</span></td>"
                   f"<td class='num'>{esc(_number(change.values.get('habitat_change_pct')))}</td>"
                   f"<td class='num'>{esc(_number(change.values.get('lcd_change_pct')))}</td></tr>")
    out.append("</tbody></table>")
    out.append(f"<h3>{esc(tr('Trend thresholds'))}</h3>")
    rules = [(k, f"{v:g} %") for k, v in run.rules.thresholds.items()] + [(tr("Source"), tr_data(run.rules.source))]
    out.append(html_report._key_value_table(rules, ""))
    out.append(f"<h3>{esc(tr('Data used'))}</h3>" + html_report._key_value_table(info, tr("No data layers.")))
    under_b = report_map.context_layers(crs, [g for _c, g in cores], [g for _i, g, _c in barriers_before or []],
                                        (), before_raster, raster_style)
    under_a = report_map.context_layers(crs, [g for _c, g in cores], [g for _i, g, _c in barriers_after or []],
                                        (), after_raster, raster_style)
    for i, change in enumerate(run.changes, start=1):
        if is_cancelled is not None and is_cancelled():
            from ccsg_plugin.core.errors import Cancelled

            raise Cancelled()
        colour = TREND_COLOURS.get(change.trend, "#9e9e9e")
        out.append(f"<section class='corridor' id='corridor-{i}'><h2>{i}. {esc(change.name)} "
                   f"<span class='badge' style='background:{colour}'>{esc(trend_label(change.trend))}</span></h2>")
        out.append(f"<div class='note'>{esc(tr_data(change.sentence(run.date_before, run.date_after)))}</div>")
        if not change.problem:
            out.append(_maps(change, geometries.get(change.key), crs, under_b, under_a))
            out.append(_indicator_table(change.values))
        out.append(f"<h3>{esc(tr('History (monitoring record)'))}</h3>"
                   + _history_table(histories.get(change.key, [])))
        out.append("</section>")
    out.append("</body></html>")
    return "\n".join(out)
