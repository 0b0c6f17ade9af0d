"""Resistance from land-cover classes: a class -> resistance table (pure numpy)."""

from __future__ import annotations

import csv
import io
import math

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr

IMPASSABLE_WORDS = {"", "nodata", "no data", "null", "none", "impassable", "barrier", "nan"}


def _number(text, what: str) -> float:
    try:
        return float(str(text).strip().replace(",", ".") if isinstance(text, str) else text)
    except (TypeError, ValueError) as exc:
        raise CcsgError(tr("{0} '{1}' is not a number.", what, text)) from exc


def parse_rows(rows) -> dict:
    """{class: resistance or None (impassable)} from (class, resistance) rows; header rows are skipped."""
    table: dict = {}
    for i, row in enumerate(rows):
        cells = [str(c).strip() for c in row]
        if not cells or all(c == "" for c in cells):
            continue
        if len(cells) < 2:
            raise CcsgError(tr("Row {0} of the table has no resistance column: {1}.", i + 1, row))
        key, value = cells[0], cells[1]
        if i == 0:
            try:
                float(key.replace(",", "."))
            except ValueError:
                continue  # a header line
        cls = _number(key, "The class")
        if value.lower() in IMPASSABLE_WORDS:
            table[cls] = None
            continue
        res = _number(value, f"The resistance of class {key}")
        if not math.isfinite(res) or res <= 0:
            raise CcsgError(
                tr("Class {0} has the resistance {1}; resistances must be positive. Leave it empty or write 'nodata' "
                   "to make the class impassable.", key, value)
            )
        if cls in table:
            raise CcsgError(tr("Class {0} is listed twice in the table; keep one line per class.", key))
        table[cls] = res
    if not table:
        raise CcsgError(tr("The class -> resistance table is empty; give one line per land-cover class."))
    return table


def parse_csv_text(text: str) -> dict:
    sample = text[:2048]
    try:
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    return parse_rows(csv.reader(io.StringIO(text), dialect))


def parse_matrix(values: list, columns: int = 2) -> dict:
    """Processing's matrix parameter gives a flat list, row after row."""
    values = list(values or [])
    if len(values) % columns:
        raise CcsgError(tr("The table must have a resistance for every class (two columns)."))
    return parse_rows([values[i:i + columns] for i in range(0, len(values), columns)])


def reclassify(classes: np.ndarray, table: dict, default=None, is_cancelled=None) -> tuple[np.ndarray, list]:
    """(resistance, unlisted classes): NaN for NoData, impassable classes and (default None) unlisted classes."""
    classes = np.asarray(classes, dtype=np.float64)
    if default is not None and (not math.isfinite(default) or default <= 0):
        raise CcsgError(tr("The default resistance must be positive, not {0}; leave it empty for NoData.", default))
    valid = np.isfinite(classes)
    present, inverse = np.unique(classes[valid], return_inverse=True)
    lookup = np.full(len(present), np.nan)
    unlisted = []
    for i, value in enumerate(present):
        if i % 4096 == 0:
            prog.check_cancelled(is_cancelled)
        res = table.get(float(value), "missing")
        if res == "missing":
            unlisted.append(float(value))
            res = default
        if res is not None:
            lookup[i] = res
    out = np.full(classes.shape, np.nan)
    out[valid] = lookup[inverse]
    return out, unlisted
