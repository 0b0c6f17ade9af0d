"""Values a Float32 GeoTIFF cannot hold: costs above float32's largest value would be written as +inf, which QGIS
shows and statistics use as a number. They become NoData (NaN) instead, and the caller says how many."""

from __future__ import annotations

import numpy as np

FLOAT32_MAX = float(np.finfo(np.float32).max)


def within_float32(values: np.ndarray) -> tuple[np.ndarray, int]:
    """(values with |value| > float32 max set to NaN, how many were); the input array is not changed."""
    # In strips of rows: a 100 M-cell mosaic is checked without whole-grid temporaries, and copied only when needed.
    count, out = 0, values
    step = max(1, 4_000_000 // max(1, values.shape[-1] if values.ndim else 1))
    rows = values if values.ndim > 1 else values.reshape(1, -1)
    for r0 in range(0, rows.shape[0], step):
        with np.errstate(invalid="ignore"):
            over = np.isfinite(rows[r0:r0 + step]) & (np.abs(rows[r0:r0 + step]) > FLOAT32_MAX)
        n = int(over.sum())
        if n:
            if out is values:
                out = np.array(values, dtype=np.float64, copy=True)
            (out if out.ndim > 1 else out.reshape(1, -1))[r0:r0 + step][over] = np.nan
            count += n
    return out, count
