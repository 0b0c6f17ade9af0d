"""Small HTML pieces of the run report: escaped text, number formatting, tables, embedded map images, sections.

Numbers follow the check report (gis/report.py format_number): no decimals from 100 up, at most two from 1 to 100,
three significant digits below 1; integers as written; a missing value is a dash.
"""

from __future__ import annotations

import base64
import html
from typing import Any, Iterable, Optional, Sequence

from ccsg_plugin.gis.report import format_number
from ccsg_plugin.i18n import tr

DASH = "–"
EXTRA_CSS = """
section.run { margin-top: 8px; }
.sitegrid { display: flex; flex-wrap: wrap; gap: 12px; }
.site { border: 1px solid #ccc; padding: 6px; width: 330px; }
.site img { border: 1px solid #999; width: 320px; height: auto; }
.site p { margin: 4px 0; font-size: 12px; }
.figures td.num { font-weight: bold; }
@media print {
  section.run { page-break-before: always; break-before: page; }
  section.run.first { page-break-before: auto; break-before: auto; }
  .site { page-break-inside: avoid; break-inside: avoid; }
}
"""


def esc(text: Any) -> str:
    return html.escape("" if text is None else str(text))


def fmt(value: Any) -> str:
    """A table value as text: numbers formatted, text as is, None as a dash."""
    if value is None:
        return DASH
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return format_number(value)
    return str(value)


def sort_key(value: Any) -> tuple:
    """Sorts ids that may be numbers or text (numbers first), None last."""
    if value is None:
        return (2, "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return (0, float(value))
    return (1, str(value))


def pair_of(row: dict) -> str:
    if row.get("pair"):
        return str(row["pair"])
    return f"{fmt(row.get('core_a'))}–{fmt(row.get('core_b'))}"


def table(headers: Sequence[str], rows: Iterable[Sequence[Any]], css_class: str) -> str:
    """A table of formatted values: numbers right-aligned. `css_class` names it for readers and tests."""
    out = [f"<table class='{esc(css_class)}'><thead><tr>"
           + "".join(f"<th>{esc(h)}</th>" for h in headers) + "</tr></thead><tbody>"]
    for row in rows:
        cells = []
        for value in row:
            numeric = isinstance(value, (int, float)) and not isinstance(value, bool)
            cells.append(f"<td class='{'num' if numeric else 'text'}'>{esc(fmt(value))}</td>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table>")
    return "".join(out)


def key_values(items: Iterable[tuple[str, Any]], css_class: str) -> str:
    rows = [f"<tr><th>{esc(k)}</th><td>{esc(fmt(v))}</td></tr>" for k, v in items]
    return f"<table class='{esc(css_class)}'>" + "".join(rows) + "</table>" if rows else ""


def image(png: Optional[bytes], alt: str, css_class: str = "map") -> str:
    if not png:
        return f"<p class='muted'>{esc(tr('No map image (nothing to draw).'))}</p>"
    data = base64.b64encode(png).decode("ascii")
    return f"<img class='{esc(css_class)}' alt='{esc(alt)}' src='data:image/png;base64,{data}'>"


def paragraph(text: str, css_class: str = "") -> str:
    return f"<p class='{esc(css_class)}'>{esc(text)}</p>" if css_class else f"<p>{esc(text)}</p>"


def source_note(*names: str) -> str:
    return paragraph(tr("From: {0}", ", ".join(n for n in names if n)), "source")


def section(section_id: str, title: str, parts: Sequence[str]) -> str:
    return (f"<section class='run' id='{esc(section_id)}'><h2>{esc(title)}</h2>" + "".join(parts) + "</section>")


def legend(items: Sequence[tuple[str, str]]) -> str:
    """(css colour, text) swatches under a map."""
    return "<div class='legend'>" + "".join(
        f"<div><span class='sw' style='background:{esc(colour)}'></span>{esc(text)}</div>" for colour, text in items
    ) + "</div>"
