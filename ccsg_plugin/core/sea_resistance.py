"""The "sea only" resistance: the sea costs 1 per metre, land is impassable (NaN = NoData), and an optional depth
term makes deep water dearer: resistance = 1 + depth_weight x |depth| (depth in the depth raster's units, taken as
an absolute value so that both "depth positive down" and "elevation negative below sea level" rasters work). Sea
cells with no depth value keep 1. Least-cost distances on it run through the sea around the land."""

from __future__ import annotations

from typing import Optional

import numpy as np

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr


def sea_resistance(land: np.ndarray, depth: Optional[np.ndarray] = None, depth_weight: float = 0.0) -> np.ndarray:
    """float32 grid: NaN on land (True in ``land``), 1 + depth_weight |depth| at sea."""
    if depth_weight < 0:
        raise CcsgError(tr("The depth weight must be 0 or more; {0} was given.", depth_weight))
    out = np.ones(land.shape, np.float32)
    if depth is not None and depth_weight > 0:
        term = np.abs(np.asarray(depth, np.float64)) * depth_weight
        out = np.where(np.isfinite(term), 1.0 + term, 1.0).astype(np.float32)
    out[land] = np.nan
    if not np.isfinite(out).any():
        raise CcsgError(tr("The land polygons cover every cell: there is no sea to cross. Check the extent."))
    return out
