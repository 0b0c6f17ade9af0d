"""Values a Float32 GeoTIFF cannot hold: costs above float32's largest value would be written as +inf, which QGIS
shows and statistics use as a number. They become NoData (NaN) instead, and the caller says how many."""

from __future__ import annotations

import numpy as np

FLOAT32_MAX = float(np.finfo(np.float32).max)


def within_float32(values: np.ndarray) -> tuple[np.ndarray, int]:
    """(values with |value| > float32 max set to NaN, how many were); the input array is not changed."""
    with np.errstate(invalid="ignore"):
        over = np.isfinite(values) & (np.abs(values) > FLOAT32_MAX)
    count = int(over.sum())
    if not count:
        return values, 0
    out = np.array(values, dtype=np.float64, copy=True)
    out[over] = np.nan
    return out, count
