"""Class -> resistance CSV tables: parsing, writing, and the errors users meet."""

from __future__ import annotations

import pytest

from ccsg_plugin.core import class_table as ct
from ccsg_plugin.core.errors import CcsgError


def test_header_labels_empty_resistance_and_round_trip():
    rows = ct.parse_csv("class,resistance,label\n1,1,Forest\n2,,Field\n3,12.5,\"Town, dense\"\n")
    assert [(r.value, r.resistance, r.label) for r in rows] == [(1, 1, "Forest"), (2, None, "Field"),
                                                              (3, 12.5, "Town, dense")]
    assert ct.as_table(rows) == {1.0: 1.0, 3.0: 12.5}
    again = ct.parse_csv(ct.to_csv(rows))
    assert [(r.value, r.resistance, r.label) for r in again] == [(r.value, r.resistance, r.label) for r in rows]


def test_semicolon_files_with_decimal_commas():
    rows = ct.parse_csv("10;2,5\n20;7\n")
    assert [(r.value, r.resistance) for r in rows] == [(10, 2.5), (20, 7)]


def test_bad_lines_name_the_line_and_the_file():
    with pytest.raises(CcsgError, match="Line 3 of my.csv: the resistance 'high'"):
        ct.parse_csv("class,resistance\n1,1\n2,high\n", "my.csv")
    with pytest.raises(CcsgError, match="Class 1 is listed twice in t.csv"):
        ct.parse_csv("1,1\n1,2\n", "t.csv")


def test_bundled_presets_parse():
    from pathlib import Path

    folder = Path(__file__).resolve().parents[2] / "resources" / "presets"
    files = sorted(folder.glob("*.csv"))
    assert len(files) >= 3
    for f in files:
        rows = ct.parse_csv(f.read_text(encoding="utf-8"), f.name)
        assert rows and all(r.resistance is not None and r.resistance > 0 and r.label for r in rows)
