"""Resistance from land-cover classes (pure)."""

import numpy as np
import pytest

from ccsg_plugin.core import reclass
from ccsg_plugin.core.errors import CcsgError


def test_table_default_and_impassable():
    classes = np.array([[1, 2, 3], [np.nan, 5, 1]])
    table = reclass.parse_matrix([1, 1.5, 2, "10", 3, "nodata"])
    out, unlisted = reclass.reclassify(classes, table, default=None)
    expected = np.array([[1.5, 10, np.nan], [np.nan, np.nan, 1.5]])
    np.testing.assert_array_equal(out, expected)
    assert unlisted == [5.0]
    out, _ = reclass.reclassify(classes, table, default=8.0)
    assert out[1, 1] == 8.0 and np.isnan(out[0, 2]) and np.isnan(out[1, 0])


def test_csv_with_header_and_semicolons():
    table = reclass.parse_csv_text("code;resistance\n1;2,5\n2;\n")
    assert table == {1.0: 2.5, 2.0: None}


@pytest.mark.parametrize("rows, message", [
    ([[1, 0]], "resistances must be positive"),
    ([[1, -3]], "resistances must be positive"),
    ([[1, 2], [1, 3]], "listed twice"),
    ([[1, "abc"]], "is not a number"),
    ([], "table is empty"),
])
def test_bad_tables(rows, message):
    with pytest.raises(CcsgError, match=message):
        reclass.parse_rows(rows)


def test_bad_default():
    with pytest.raises(CcsgError, match="default resistance must be positive"):
        reclass.reclassify(np.array([[1.0]]), {1.0: 1.0}, default=0.0)
