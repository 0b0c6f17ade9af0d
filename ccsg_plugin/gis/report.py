"""The guideline-check report: one self-contained HTML file per run.

Everything is inline (CSS, base64 PNG map images, SVG width charts), so the file opens offline in any browser and
prints cleanly. IUCN definitional checks are shown apart from literature / design thresholds (CRITERIA.md honesty
rule), and every threshold is shown with its source.
"""

from __future__ import annotations

import base64
import datetime as _dt
import html
import math
from pathlib import Path
from typing import Any, Iterable, Optional

from ccsg_plugin.core.criteria.results import CorridorEvaluation, CriterionResult
from ccsg_plugin.i18n import tr, tr_data

WIDTH_RESOLUTION_M = 1.0  # transect widths are measured to about this; closer to the threshold is not "narrower"
STATUS_COLOURS = {"pass": "#1a9641", "warn": "#f29e2e", "fail": "#d7191c", "not_evaluated": "#9e9e9e"}
STATUS_BACKGROUNDS = {"pass": "#e3f4e1", "warn": "#fdf0dc", "fail": "#fadcdc", "not_evaluated": "#efefef"}

_CSS = """
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #222; margin: 24px auto; max-width: 1100px;
       line-height: 1.4; font-size: 14px; }
h1 { font-size: 24px; margin-bottom: 4px; }
h2 { font-size: 20px; border-bottom: 2px solid #2e7d4f; padding-bottom: 4px; margin-top: 36px; }
h3 { font-size: 16px; margin: 18px 0 6px 0; }
.muted { color: #666; }
.note { background: #f4f7f4; border-left: 4px solid #2e7d4f; padding: 8px 12px; margin: 12px 0; }
table { border-collapse: collapse; width: 100%; margin: 6px 0 12px 0; }
th, td { border: 1px solid #ccc; padding: 4px 6px; vertical-align: top; text-align: left; }
th { background: #eef2ee; }
td.num { text-align: right; }
table.criteria th:nth-child(6) { width: 30%; } table.criteria th:nth-child(7) { width: 22%; }
/* Columns size to their words (automatic table layout): a word is never split ("adverten/cia"), no hyphenation.
   Only a token longer than its whole line (a path, an URL) breaks, and it does not shrink its column. */
th, td { overflow-wrap: break-word; word-break: normal; hyphens: manual; }
.status { font-weight: bold; }
.badge { display: inline-block; padding: 2px 10px; border-radius: 10px; color: #fff; font-weight: bold; }
.pass { background: #e3f4e1; } .warn { background: #fdf0dc; } .fail { background: #fadcdc; }
.not_evaluated { background: #efefef; color: #555; }
.mapbox { display: flex; gap: 16px; align-items: flex-start; flex-wrap: wrap; }
.mapbox img { border: 1px solid #999; max-width: 640px; width: 100%; height: auto; }
.legend { font-size: 12px; }
.legend span.sw { display: inline-block; width: 14px; height: 10px; margin-right: 6px; border: 1px solid #555; }
.source { font-size: 12px; color: #444; }
svg text { font-family: "DejaVu Sans", Arial, sans-serif; }
@media print {
  body { margin: 0; max-width: none; font-size: 10pt; }
  section.corridor { page-break-before: always; break-before: page; }
  h2 { margin-top: 0; }
  table, .mapbox, svg { page-break-inside: avoid; break-inside: avoid; }
  tr { page-break-inside: avoid; break-inside: avoid; }
  .pass, .warn, .fail, .not_evaluated, .badge, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
"""


def page_head(title: str, extra_css: str = "") -> str:
    """The opening of a self-contained report page (the run report shares the check report's look and print rules)."""
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'>"
            "<meta name='viewport' content='width=device-width, initial-scale=1'>"
            f"<title>{_esc(title)}</title><style>{_CSS}{extra_css}</style></head><body>")


def status_label(status: str) -> str:
    return {
        "pass": tr("pass"),
        "warn": tr("warning"),
        "fail": tr("fail"),
        "not_evaluated": tr("not evaluated"),
    }.get(status, status)


def level_label(level: str) -> str:
    return {"required": tr("required"), "advisory": tr("advisory"), "info": tr("info")}.get(level, level)


def format_number(value: float) -> str:
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, int):
        return f"{value:,}"
    if not math.isfinite(value):
        return str(value)
    magnitude = abs(value)
    if magnitude >= 100:
        return f"{value:,.0f}"
    if magnitude >= 1:
        return f"{value:,.2f}".rstrip("0").rstrip(".")
    return f"{value:.3g}"


def format_value(value: Any, unit: str = "") -> str:
    """A measured value or threshold as short text (numbers with their unit, lists and dicts flattened)."""
    if value is None:
        return "–"
    if unit == "share" and isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1:
        return f"{format_number(100.0 * value)} %"
    if unit == "ratio" and isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{value:.2f}"
    if isinstance(value, (bool, int, float)):
        text = format_number(value)
        return f"{text} {tr_data(unit)}".strip() if unit and not isinstance(value, bool) else text
    if isinstance(value, dict):
        return ", ".join(f"{k}: {format_value(v, unit)}" for k, v in value.items())
    if isinstance(value, (list, tuple, set)):
        return ", ".join(format_value(v) for v in value) or "–"
    return str(value)


def _esc(text: Any) -> str:
    return html.escape("" if text is None else str(text))


def _tag(tag: str, text: str) -> str:
    """<tag>escaped text</tag>; tag may carry attributes ("p class='muted'")."""
    return f"<{tag}>{_esc(text)}</{tag.split(' ')[0]}>"


# ----- width profile chart (inline SVG) ----------------------------------------------------------------------------
def _nice_step(span: float, target: int = 5) -> float:
    if span <= 0:
        return 1.0
    raw = span / target
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if raw <= factor * power:
            return factor * power
    return 10 * power


def width_profile_svg(profile: list, threshold: Optional[float] = None, width: int = 640, height: int = 220) -> str:
    """An SVG line chart of corridor width (m) against distance along the axis (km); a dashed line at threshold.

    profile: (distance m, width m, ...) tuples as in CorridorEvaluation.width_profile.
    """
    points = [(float(p[0]), float(p[1])) for p in profile if p is not None and p[1] is not None]
    if len(points) < 2:
        return '<p class="muted">{}</p>'.format(_esc(tr("No width profile (the corridor axis could not be traced).")))
    left, right, top, bottom = 64, 16, 14, 40
    plot_w, plot_h = width - left - right, height - top - bottom
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x_min, x_max = min(xs), max(xs)
    y_max = max(ys + ([threshold] if threshold else []))
    y_max = y_max * 1.1 if y_max > 0 else 1.0
    x_span = (x_max - x_min) or 1.0

    def sx(x: float) -> float:
        return left + (x - x_min) / x_span * plot_w

    def sy(y: float) -> float:
        return top + plot_h - y / y_max * plot_h

    label = tr("Width profile")
    x_label = tr("distance along the corridor (km)")
    y_label = tr("width (m)")
    parts = [
        f'<svg class="width-profile" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{_esc(label)}">',
        f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="#fafafa" stroke="#999"/>',
    ]
    y_step = _nice_step(y_max)
    tick = 0.0
    while tick <= y_max + 1e-9:
        y = sy(tick)
        parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#e0e0e0"/>')
        parts.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" font-size="11" text-anchor="end">{format_number(tick)}</text>'
        )
        tick += y_step
    x_step = _nice_step(x_span / 1000.0) * 1000.0
    tick = math.ceil(x_min / x_step) * x_step
    while tick <= x_max + 1e-9:
        x = sx(tick)
        parts.append(f'<line x1="{x:.1f}" y1="{top + plot_h}" x2="{x:.1f}" y2="{top + plot_h + 4}" stroke="#555"/>')
        parts.append(
            f'<text x="{x:.1f}" y="{top + plot_h + 16}" font-size="11" text-anchor="middle">'
            f"{format_number(tick / 1000.0)}</text>"
        )
        tick += x_step
    parts.append(
        f'<text x="{left + plot_w / 2:.1f}" y="{height - 4}" font-size="12" text-anchor="middle">'
        f"{_esc(x_label)}</text>"
    )
    parts.append(
        f'<text x="14" y="{top + plot_h / 2:.1f}" font-size="12" text-anchor="middle" '
        f'transform="rotate(-90 14 {top + plot_h / 2:.1f})">{_esc(y_label)}</text>'
    )
    if threshold:
        y = sy(threshold)
        threshold_label = tr("minimum width {0} m", format_number(threshold))
        parts.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#d7191c" '
            f'stroke-dasharray="6,4" stroke-width="1.5"/>'
        )
        parts.append(
            f'<text x="{left + plot_w - 4}" y="{y - 4:.1f}" font-size="11" fill="#d7191c" text-anchor="end">'
            f"{_esc(threshold_label)}</text>"
        )
    path = " ".join(f"{sx(x):.1f},{sy(y):.1f}" for x, y in points)
    parts.append(f'<polyline points="{path}" fill="none" stroke="#2e7d4f" stroke-width="2"/>')
    for x, y in points:
        if threshold and y < threshold - WIDTH_RESOLUTION_M:
            parts.append(f'<circle cx="{sx(x):.1f}" cy="{sy(y):.1f}" r="3" fill="#d7191c"/>')
    parts.append("</svg>")
    return "".join(parts)


# ----- tables ------------------------------------------------------------------------------------------------------
def _results_table(results: Iterable[CriterionResult]) -> str:
    rows = [
        "<table class='criteria'><thead><tr>"
        + "".join(
            f"<th>{_esc(h)}</th>"
            for h in (
                tr("Criterion"),
                tr("Level"),
                tr("Status"),
                tr("Value"),
                tr("Threshold"),
                tr("Why"),
                tr("Source of the threshold"),
            )
        )
        + "</tr></thead><tbody>"
    ]
    for r in results:
        rows.append(
            f"<tr class='{_esc(r.status)}' id='{_esc(r.criterion_id)}'>"
            f"<td><b>{_esc(tr_data(r.name))}</b><br><span class='muted'>{_esc(r.criterion_id)}</span></td>"
            f"<td>{_esc(level_label(r.level))}</td>"
            f"<td class='status' style='color:{STATUS_COLOURS.get(r.status, '#222')}'>"
            f"{_esc(status_label(r.status))}</td>"
            f"<td class='{_align(r.value)}'>{_esc(_short(format_value(r.value, r.unit)))}</td>"
            f"<td class='{_align(r.threshold)}'>{_esc(format_value(r.threshold, r.unit))}</td>"
            f"<td>{_esc(tr_data(r.explanation))}</td>"
            f"<td class='source'>{_esc(tr_data(r.source))}</td></tr>"
        )
    rows.append("</tbody></table>")
    return "".join(rows)


def _plain_value(value: Any) -> str:
    """Attribute values as typed (a year stays 2020, not 2,020)."""
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    return format_value(value)


def _align(value: Any) -> str:
    """Numbers right-aligned, text left-aligned."""
    return "num" if isinstance(value, (int, float)) and not isinstance(value, bool) else "text"


def _short(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _key_value_table(items: Iterable[tuple[str, Any]], empty: str) -> str:
    rows = [f"<tr><th>{_esc(k)}</th><td>{_esc(_plain_value(v))}</td></tr>" for k, v in items]
    if not rows:
        return f"<p class='muted'>{_esc(empty)}</p>"
    return "<table class='attributes'>" + "".join(rows) + "</table>"


def _badge(status: str) -> str:
    return (
        f"<span class='badge' style='background:{STATUS_COLOURS.get(status, '#555')}'>"
        f"{_esc(status_label(status))}</span>"
    )


def _map_legend() -> str:
    items = [
        ("#ffd54f", "#b8860b", tr("corridor")),
        ("#2e8b57", "#1b5e20", tr("core areas")),
        ("#ffffff", "#000000", tr("roads and barriers (black lines), crossings (blue)")),
        ("#d7191c", "#d7191c", tr("problem locations (numbered as in the table)")),
    ]
    return (
        "<div class='legend'>"
        + "".join(
            f"<div><span class='sw' style='background:{fill};border-color:{line}'></span>{_esc(text)}</div>"
            for fill, line, text in items
        )
        + "</div>"
    )


def problem_results(evaluation: CorridorEvaluation) -> list[CriterionResult]:
    """The results that are marked on the map: failed or warned criteria that have a location, in table order."""
    return [r for r in evaluation.results if r.status in ("fail", "warn") and r.location is not None]


def _corridor_section(index: int, evaluation: CorridorEvaluation, attributes: list, map_png: Optional[bytes]) -> str:
    status = evaluation.overall_status
    out = [
        f"<section class='corridor' id='corridor-{index}'>",
        f"<h2>{index}. {_esc(evaluation.name)} {_badge(status)}</h2>",
    ]
    if evaluation.failed_required:
        out.append("<p><b>" + _esc(tr("At least one required (IUCN definitional) criterion fails.")) + "</b></p>")
    if evaluation.error:
        out.append("<p class='note'><b>" + _esc(tr("Problem:")) + "</b> " + _esc(evaluation.error) + "</p>")
    if evaluation.unevaluated_required:
        # A corridor cannot pass on checks that were not made: say which, and why, before the tables.
        items = "".join(f"<li>{_esc(tr_data(r.name))}: {_esc(tr_data(r.explanation))}</li>"
                        for r in evaluation.unevaluated_required)
        out.append("<p class='note'><b>" + _esc(tr("Required criteria not evaluated:")) + f"</b></p><ul>{items}</ul>")
    problems = problem_results(evaluation)
    out.append("<div class='mapbox'>")
    if map_png:
        data = base64.b64encode(map_png).decode("ascii")
        alt = _esc(tr("Map of {0}", evaluation.name))
        out.append(f"<img alt='{alt}' src='data:image/png;base64,{data}'>")
    else:
        out.append(_tag("p class='muted'", tr("No map image (the corridor has no usable geometry).")))
    side = [_map_legend()]
    if problems:
        side.append(_tag("h3", tr("Marked on the map")) + "<ol>")
        side += [f"<li>{_esc(tr_data(r.name))}: {_esc(tr_data(r.explanation))}</li>" for r in problems]
        side.append("</ol>")
    out.append("<div>" + "".join(side) + "</div></div>")

    guideline = [r for r in evaluation.results if r.guideline_check]
    design = [r for r in evaluation.results if not r.guideline_check]
    out.append(_tag("h3", tr("IUCN guideline checks (from the definition of an ecological corridor)")))
    out.append(
        "<p class='muted'>"
        + _esc(
            tr(
                "These follow from the definition in Hilty et al. (2020), IUCN Best Practice Protected Area "
                "Guidelines Series No. 30: a clearly defined space, governed and managed over the long term, "
                "to maintain or restore effective connectivity."
            )
        )
        + "</p>"
    )
    out.append(_results_table(guideline) if guideline else _tag("p class='muted'", tr("None in this profile.")))
    out.append(_tag("h3", tr("Design criteria (thresholds from the literature or design defaults)")))
    out.append(
        "<p class='muted'>"
        + _esc(
            tr(
                "The IUCN guidelines give no universal numbers for width, length or gaps. Each threshold below "
                "comes from the source named beside it and can be changed in the profile."
            )
        )
        + "</p>"
    )
    out.append(_results_table(design) if design else _tag("p class='muted'", tr("None in this profile.")))

    out.append(_tag("h3", tr("Width along the corridor")))
    min_width = evaluation.result("min_width")
    threshold = min_width.threshold if min_width is not None and isinstance(min_width.threshold, (int, float)) else None
    out.append(width_profile_svg(evaluation.width_profile, threshold))

    out.append(_tag("h3", tr("Documented attributes")))
    out.append(_key_value_table(attributes, tr("No attributes are filled in for this corridor.")))
    out.append("</section>")
    return "".join(out)


def build_report_html(
    evaluations: list[CorridorEvaluation],
    attributes: Optional[list[list]] = None,
    map_images: Optional[list[Optional[bytes]]] = None,
    profile_info: Optional[list[tuple[str, Any]]] = None,
    data_info: Optional[list[tuple[str, Any]]] = None,
    title: Optional[str] = None,
    details_limit: Optional[int] = None,
) -> str:
    """The whole report as one HTML string: the summary of every corridor, then a section (map, tables, chart)
    for each of the first `details_limit` corridors (all when None). A report of thousands of sections no browser
    opens; the output layer's check_details field holds every corridor's details.

    attributes: per detailed corridor, (label, value) pairs of its documented attributes; map_images: per detailed
    corridor PNG bytes or None; profile_info / data_info: (label, value) pairs describing the profile and the input
    layers.
    """
    n = len(evaluations)
    detailed = n if details_limit is None else max(0, min(n, int(details_limit)))
    attributes = attributes or [[] for _ in range(detailed)]
    map_images = map_images or [None] * detailed
    title = title or tr("Corridor guideline check")
    now = _dt.datetime.now().strftime("%Y-%m-%d %H:%M")
    head = page_head(title)
    out = [head, _tag("h1", title), _tag("p class='muted'", tr("Made with the CCSG Corridor Toolkit on {0}", now))]
    out.append(
        "<div class='note'>"
        + _esc(
            tr(
                "Only the checks listed under 'IUCN guideline checks' follow from the IUCN definition of an "
                "ecological corridor. All numeric thresholds come from the named literature or are design "
                "defaults of this toolkit; they are not IUCN rules."
            )
        )
        + "</div>"
    )
    counts = {s: sum(1 for e in evaluations if e.overall_status == s) for s in ("pass", "warn", "fail")}
    out.append(
        _tag("h2", tr("Summary")) + "<p>"
        + _esc(tr("{0} corridor(s): {1} pass, {2} with warnings, {3} fail.", None, n, n, counts["pass"],
                  counts["warn"], counts["fail"]))
        + "</p>"
    )
    out.append(
        "<table class='summary'><thead><tr>"
        + "<th>#</th>"
        + _tag("th", tr("Corridor"))
        + _tag("th", tr("Overall"))
        + _tag("th", tr("Required criteria failed"))
        + _tag("th", tr("Criteria failed or warned"))
        + "</tr></thead><tbody>"
    )
    if detailed < n:
        out.append(
            "<p class='note'>"
            + _esc(tr("Details (map, tables and width chart) are shown for the first {0} of the {1} corridors, the "
                      "limit set by the parameter REPORT_MAX_CORRIDORS. Every corridor's results are in the output "
                      "layer (fields *_status, *_value and check_details).", detailed, n))
            + "</p>"
        )
    yes, no = tr("yes"), tr("no")
    for i, evaluation in enumerate(evaluations, start=1):
        bad = [tr_data(r.name) for r in evaluation.results if r.status in ("fail", "warn")]
        bad += [tr("{0} (not evaluated)", tr_data(r.name)) for r in evaluation.unevaluated_required]
        name = (f"<a href='#corridor-{i}'>{_esc(evaluation.name)}</a>" if i <= detailed
                else _esc(evaluation.name))
        out.append(
            f"<tr class='{_esc(evaluation.overall_status)}'><td>{i}</td>"
            f"<td>{name}</td>"
            f"<td class='status'>{_esc(status_label(evaluation.overall_status))}</td>"
            f"<td>{_esc(yes if evaluation.failed_required else no)}</td>"
            f"<td>{_esc(', '.join(bad) or '–')}</td></tr>"
        )
    out.append("</tbody></table>")
    out.append(_tag("h3", tr("Criteria profile")))
    out.append(_key_value_table(profile_info or [], tr("No profile information.")))
    out.append(_tag("h3", tr("Data used")))
    out.append(_key_value_table(data_info or [], tr("No data layers.")))
    for i, evaluation in enumerate(evaluations[:detailed], start=1):
        out.append(_corridor_section(i, evaluation, attributes[i - 1], map_images[i - 1]))
    out.append("</body></html>")
    return "\n".join(out)


def write_report(path: Path, html_text: str) -> Path:
    """Write the report through the writers (temporary name, checked, renamed into place; never over a file)."""
    from ccsg_plugin.gis import writers

    return writers.write_text(Path(path), html_text)
