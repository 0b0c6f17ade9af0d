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
    with pytest.raises(CcsgError, match=r"Line 3 of my.csv \(class 2\): the resistance .high. is not a number"):
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


# --- one table for the algorithm and the panel (was core/reclass.py) -------------------------------------------------

import numpy as np  # noqa: E402


def test_reclassify_table_default_and_impassable():
    classes = np.array([[1, 2, 3], [np.nan, 5, 1]])
    table = ct.to_table(ct.parse_matrix([1, 1.5, 2, "10", 3, "nodata"]))
    out, unlisted = ct.reclassify(classes, table, default=None)
    np.testing.assert_array_equal(out, np.array([[1.5, 10, np.nan], [np.nan, np.nan, 1.5]]))
    assert unlisted == [5.0]
    out, _ = ct.reclassify(classes, table, default=8.0)
    assert out[1, 1] == 8.0 and np.isnan(out[0, 2]) and np.isnan(out[1, 0])


def test_empty_resistance_is_unlisted_and_takes_the_default():
    """The one meaning of an empty resistance: unlisted (the default, or NoData without one); 'nodata' = impassable."""
    rows = ct.parse_csv("class;resistance\n1;2,5\n2;\n3;nodata\n")
    assert [(r.value, r.resistance, r.impassable) for r in rows] == [(1, 2.5, False), (2, None, False), (3, None, True)]
    table = ct.to_table(rows)
    assert table == {1.0: 2.5, 3.0: None}
    out, unlisted = ct.reclassify(np.array([[1.0, 2.0, 3.0]]), table, default=7.0)
    np.testing.assert_array_equal(out, [[2.5, 7.0, np.nan]])
    assert unlisted == [2.0]
    assert ct.parse_csv(ct.to_csv(rows))[2].impassable  # written back as 'nodata'


@pytest.mark.parametrize("rows, message", [
    ([[1, 0]], "must be positive"),
    ([[1, -3]], "must be positive"),
    ([[1, "inf"]], "must be positive and finite"),
    ([[1, 2], [1, 3]], "listed twice"),
    ([[1, "abc"]], "is not a number"),
])
def test_bad_tables(rows, message):
    with pytest.raises(CcsgError, match=message):
        ct.parse_rows(rows)


def test_a_table_that_sets_nothing_is_refused():
    with pytest.raises(CcsgError, match="gives no class a resistance"):
        ct.to_table(ct.parse_csv("class,resistance\n1,\n2,\n"))


def test_bad_default():
    with pytest.raises(CcsgError, match="default resistance must be positive"):
        ct.reclassify(np.array([[1.0]]), {1.0: 1.0}, default=0.0)


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8-sig", "utf-16"])
def test_csv_files_in_windows_and_latin_encodings_are_read(tmp_path, encoding):
    label = "Forêt dense – ça" if encoding != "latin-1" else "Forêt dense ça"
    path = tmp_path / "classes.csv"
    path.write_bytes(f"class;resistance;label\n1;2,5;{label}\n2;nodata;Río\n".encode(encoding))
    rows = ct.read_csv_file(path)
    assert [(r.value, r.resistance, r.label, r.impassable) for r in rows] == [
        (1, 2.5, label, False), (2, None, "Río", True)]


def test_latin1_only_bytes_fall_back_to_latin1(tmp_path):
    path = tmp_path / "classes.csv"
    data = "1,3,Fl\u0081che\n".encode("latin-1")  # 0x81 is undefined in Windows-1252
    path.write_bytes(data)
    assert ct.read_csv_file(path)[0].label == data.decode("latin-1").split(",")[2].strip()


def test_binary_file_is_refused_naming_it(tmp_path):
    path = tmp_path / "landcover.tif"
    path.write_bytes(b"II*\x00" + bytes(range(256)) * 8)
    with pytest.raises(CcsgError, match=r"The file 'landcover.tif' is not a text CSV table \(it holds binary data\)"):
        ct.read_csv_file(path)


def test_binary_without_nul_bytes_is_refused(tmp_path):
    path = tmp_path / "image.csv"
    path.write_bytes(bytes(range(1, 256)) * 4)  # no NUL, so only the control characters give it away
    with pytest.raises(CcsgError, match="not a text CSV table"):
        ct.read_csv_file(path)


def test_control_character_threshold_is_one_in_a_hundred():
    """A stray control character or two (a form feed, an escape) is tolerated up to 1 % of the text."""
    base = "1,2,a\n" * 100  # 600 characters: up to 6 control characters are allowed
    at_limit = "\x1b" * 6 + base
    assert len(at_limit) // 100 == 6
    assert ct.decode(at_limit.encode(), "t.csv") == at_limit
    over = "\x1b" * 7 + base  # 607 characters, 7 control characters
    with pytest.raises(CcsgError, match="binary"):
        ct.decode(over.encode(), "t.csv")
