"""The one land-cover class -> resistance table: its CSV dialect, its file reader and the reclassification (pure).

Used by ccsg:resistancefromlandcover (CSV file or matrix parameter) and by the analysis panel's table, so both read
a table the same way:

- CSV ``class,resistance[,label]``; ``;`` or tab may separate columns (then ``2,5`` is 2.5); a header line is
  skipped; ``#`` starts a comment line.
- A resistance is a positive finite number; ``nodata`` (or ``impassable``, ``barrier``, ``null``, ``none``,
  ``nan``, ``no data``) makes the class impassable (NoData).
- An EMPTY resistance means "not set": the class is treated as unlisted, so it takes the default resistance, or is
  impassable (NoData) when there is no default. This is what the help documents for the panel's red rows and the
  "Unlisted classes" default, and what a table saved from the panel with blank rows means when read back.
- An optional fourth column ``habitat`` (yes/no, 1/0, true/false) says which classes are habitat (read by
  ccsg:corridorchange); the other readers ignore it.
- Files in UTF-8 (with or without BOM), UTF-16 with BOM, Windows-1252 or Latin-1 are read; binary files are
  refused.
"""

from __future__ import annotations

import csv
import io
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr

IMPASSABLE = "nodata"  # how an impassable class is written
IMPASSABLE_WORDS = {"nodata", "no data", "null", "none", "impassable", "barrier", "nan"}
MAX_FILE_BYTES = 10_000_000  # a class table is a few KB; a bigger file is not one


@dataclass
class ClassRow:
    value: float
    resistance: Optional[float] = None  # None: not set (unlisted), unless impassable
    label: str = ""
    impassable: bool = False
    habitat: Optional[bool] = None  # the optional 4th column; None when not given


HABITAT_YES = {"1", "yes", "y", "true", "habitat", "x"}
HABITAT_NO = {"0", "no", "n", "false", "-"}


# --- cells ---------------------------------------------------------------------------------------------------------

def _number(text: str) -> float:
    """'2.5', '2,5' (a decimal comma) -> float; ValueError otherwise."""
    text = text.strip()
    if text.count(",") == 1 and "." not in text:
        text = text.replace(",", ".")
    return float(text)


def parse_resistance(text, where: str = "") -> tuple[Optional[float], bool]:
    """(resistance, impassable) of one cell: (None, False) when empty; CcsgError when not a positive number."""
    if text is None:
        return None, False
    if not isinstance(text, str):
        text = str(text)
    text = text.strip()
    if not text:
        return None, False
    if text.lower() in IMPASSABLE_WORDS:
        return None, True
    try:
        value = _number(text)
    except ValueError:
        raise CcsgError(tr("{0}the resistance '{1}' is not a number. Write a positive number, 'nodata' for an "
                           "impassable class, or leave it empty for an unlisted class.", where, text)) from None
    if not math.isfinite(value) or value <= 0:
        raise CcsgError(tr("{0}the resistance {1} is not allowed: resistances must be positive and finite. Write "
                           "'nodata' to make the class impassable.", where, text))
    return value, False


def _where(line: int, source: str) -> str:
    return tr("Line {0} of {1}: ", line, source)


# --- CSV text ------------------------------------------------------------------------------------------------------

def _delimiter(text: str) -> str:
    sample = text[:4096]
    if sample.count(";") > sample.count(","):
        return ";"
    return "\t" if "\t" in sample else ","


def parse_rows(rows, source: str = "the table") -> list[ClassRow]:
    """ClassRows from rows of cells (CSV lines or matrix rows); a non-numeric first row is a header."""
    out: list[ClassRow] = []
    seen: set = set()
    first = True
    for n, row in enumerate(rows, start=1):
        cells = ["" if c is None else str(c).strip() for c in row]
        if not cells or not any(cells) or cells[0].startswith("#"):
            continue
        where = _where(n, source)
        try:
            value = _number(cells[0])
        except ValueError:
            if first:
                first = False
                continue  # a header line
            raise CcsgError(tr("{0}the class '{1}' is not a number. Each line must be class,resistance[,label] "
                               "with a number for the class.", where, cells[0])) from None
        first = False
        if not math.isfinite(value):
            raise CcsgError(tr("{0}the class '{1}' is not a finite number.", where, cells[0]))
        if value in seen:
            raise CcsgError(tr("Class {0} is listed twice in {1} (line {2}); keep one line per class.",
                               fmt(value), source, n))
        seen.add(value)
        resistance, impassable = parse_resistance(cells[1] if len(cells) > 1 else "",
                                                  tr("Line {0} of {1} (class {2}): ", n, source, fmt(value)))
        out.append(ClassRow(value, resistance, cells[2] if len(cells) > 2 else "", impassable,
                            _habitat_flag(cells[3] if len(cells) > 3 else "", where)))
    return out


def _habitat_flag(text: str, where: str) -> Optional[bool]:
    word = text.strip().lower()
    if not word:
        return None
    if word in HABITAT_YES:
        return True
    if word in HABITAT_NO:
        return False
    raise CcsgError(tr("{0}the habitat column says '{1}'; write yes or no (1 or 0).", where, text))


def parse_csv(text: str, source: str = "the table") -> list[ClassRow]:
    return parse_rows(csv.reader(io.StringIO(text), delimiter=_delimiter(text)), source)


def parse_matrix(values: list, columns: int = 2, source: str = "the table") -> list[ClassRow]:
    """Processing's matrix parameter gives a flat list, row after row."""
    values = list(values or [])
    if len(values) % columns:
        raise CcsgError(tr("The table must have a resistance column for every class ({0} columns).", columns))
    return parse_rows([values[i:i + columns] for i in range(0, len(values), columns)], source)


# --- files ---------------------------------------------------------------------------------------------------------

def decode(data: bytes, source: str) -> str:
    """Text of a CSV file: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252, else Latin-1.

    Binary data (NUL bytes outside UTF-16, or many control characters) is refused: Latin-1 would "decode" anything.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data:
        for encoding in ("utf-8-sig", "cp1252", "latin-1"):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            control = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\r\n\f")
            if control <= max(2, len(text) // 100):
                return text
            break
    raise CcsgError(tr("The file '{0}' is not a text CSV table (it holds binary data). Choose the CSV file with "
                       "one line per class: class,resistance[,label].", source))


def read_csv_file(path) -> list[ClassRow]:
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise CcsgError(tr("The file '{0}' is {1:.0f} MB, too big for a class table; choose the CSV file with "
                               "one line per class.", path.name, size / 1e6))
        data = path.read_bytes()
    except OSError as exc:
        raise CcsgError(tr("The class table '{0}' cannot be read ({1}).", str(path), exc.strerror or exc)) from exc
    return parse_csv(decode(data, path.name), path.name)


# --- writing and use -----------------------------------------------------------------------------------------------

def fmt(value: Optional[float]) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def resistance_text(row: ClassRow) -> str:
    return IMPASSABLE if row.impassable else fmt(row.resistance)


def to_csv(rows: list[ClassRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["class", "resistance", "label"])
    for row in rows:
        writer.writerow([fmt(row.value), resistance_text(row), row.label])
    return out.getvalue()


def as_table(rows: list[ClassRow]) -> dict:
    """class -> resistance, or None for impassable classes; rows with an empty resistance are left out (unlisted)."""
    return {row.value: (None if row.impassable else row.resistance)
            for row in rows if row.impassable or row.resistance is not None}


def to_table(rows: list[ClassRow], source: str = "the table") -> dict:
    """as_table, refusing a table that sets no class (the algorithm would make everything the default or NoData)."""
    table = as_table(rows)
    if not table:
        raise CcsgError(tr("The class -> resistance table {0} gives no class a resistance; give one line per "
                           "land-cover class: class,resistance.", source))
    return table


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
        if float(value) in table:
            res = table[float(value)]
        else:
            unlisted.append(float(value))
            res = default
        if res is not None:
            lookup[i] = res
    out = np.full(classes.shape, np.nan)
    out[valid] = lookup[inverse]
    return out, unlisted
