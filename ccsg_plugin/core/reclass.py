"""Resistance from land-cover classes: a class -> resistance table (pure numpy)."""

from __future__ import annotations

import csv
import io
import math

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.errors import CcsgError

IMPASSABLE_WORDS = {"", "nodata", "no data", "null", "none", "impassable", "barrier", "nan"}


def _number(text, what: str) -> float:
    try:
        return float(str(text).strip().replace(",", ".") if isinstance(text, str) else text)
    except (TypeError, ValueError) as exc:
        raise CcsgError(f"{what} '{text}' is not a number.") from exc


def parse_rows(rows) -> dict:
    """{class: resistance or None (impassable)} from (class, resistance) rows; header rows are skipped."""
    table: dict = {}
    for i, row in enumerate(rows):
        cells = [str(c).strip() for c in row]
        if not cells or all(c == "" for c in cells):
            continue
        if len(cells) < 2:
            raise CcsgError(f"Row {i + 1} of the table has no resistance column: {row}.")
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
                f"Class {key} has the resistance {value}; resistances must be positive. Leave it empty or write "
                "'nodata' to make the class impassable."
            )
        if cls in table:
            raise CcsgError(f"Class {key} is listed twice in the table; keep one line per class.")
        table[cls] = res
    if not table:
        raise CcsgError("The class -> resistance table is empty; give one line per land-cover class.")
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
        raise CcsgError("The table must have a resistance for every class (two columns).")
    return parse_rows([values[i:i + columns] for i in range(0, len(values), columns)])


def reclassify(classes: np.ndarray, table: dict, default=None, is_cancelled=None) -> tuple[np.ndarray, list]:
    """(resistance, unlisted classes): NaN for NoData, impassable classes and (default None) unlisted classes."""
    classes = np.asarray(classes, dtype=np.float64)
    if default is not None and (not math.isfinite(default) or default <= 0):
        raise CcsgError(f"The default resistance must be positive, not {default}; leave it empty for NoData.")
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
