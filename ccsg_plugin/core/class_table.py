"""Land-cover class -> resistance tables as CSV text (``class,resistance,label``), pure Python.

An empty resistance means "not set": the class takes the default resistance, or is impassable when there is none.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from typing import Optional

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr


@dataclass
class ClassRow:
    value: float
    resistance: Optional[float] = None
    label: str = ""


def _number(text: str, what: str, line: int, source: str) -> Optional[float]:
    text = (text or "").strip()
    if not text:
        return None
    try:
        return float(text.replace(",", ".")) if text.count(",") == 1 and "." not in text else float(text)
    except ValueError:
        raise CcsgError(
            tr("Line {0} of {1}: the {2} '{3}' is not a number. Each line must be class,resistance[,label] with "
               "numbers for class and resistance.", line, source, what, text)
        ) from None


def parse_csv(text: str, source: str = "the table") -> list[ClassRow]:
    """Rows of a class table. A header line is skipped; ';' or tab also separate columns."""
    sample = text[:2048]
    delimiter = ";" if sample.count(";") > sample.count(",") else ("\t" if "\t" in sample else ",")
    rows: list[ClassRow] = []
    seen: set = set()
    for n, cells in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        if not cells or not any(c.strip() for c in cells) or cells[0].strip().startswith("#"):
            continue
        first = cells[0].strip()
        if n == 1 and not _looks_numeric(first):
            continue  # header
        value = _number(first, "class", n, source)
        if value is None:
            raise CcsgError(tr("Line {0} of {1} has no class value.", n, source))
        if value in seen:
            raise CcsgError(tr("Class {0} is listed twice in {1} (line {2}); keep one line per class.",
                               _fmt(value), source, n))
        seen.add(value)
        resistance = _number(cells[1], "resistance", n, source) if len(cells) > 1 else None
        label = cells[2].strip() if len(cells) > 2 else ""
        rows.append(ClassRow(value, resistance, label))
    return rows


def _looks_numeric(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _fmt(value: Optional[float]) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def to_csv(rows: list[ClassRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["class", "resistance", "label"])
    for row in rows:
        writer.writerow([_fmt(row.value), _fmt(row.resistance), row.label])
    return out.getvalue()


def as_table(rows: list[ClassRow]) -> dict:
    """class -> resistance for the rows that have a resistance."""
    return {row.value: row.resistance for row in rows if row.resistance is not None}
