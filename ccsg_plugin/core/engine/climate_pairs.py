"""Climate Linkage Mapper's pair rule: link two cores only when their climates differ by more than a threshold.

Each core's climate is the mean - 2 SD of the climate grid over its cells (population SD, over the cells that have a
climate value), as Climate Linkage Mapper uses: a low tail of the core's climate. A pair is linked only when the
absolute difference of the two values is larger than the threshold (0 = no climate rule).
"""

from __future__ import annotations

import math

import numpy as np

from ccsg_plugin.core.engine.edge_costs import climate_step
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr


def core_climate(climate: np.ndarray, masks: dict) -> dict:
    """id -> mean - 2 SD of the climate over the core's cells. A core without any climate value is an error."""
    out = {}
    for cid, mask in masks.items():
        values = climate[mask]
        values = values[np.isfinite(values)]
        if values.size == 0:
            raise CcsgError(tr("Core {0} has no cell with a climate value; check that the climate raster covers "
                               "it.", cid))
        out[cid] = float(values.mean() - 2.0 * values.std())
    return out


def check_threshold(threshold) -> float:
    t = float(threshold or 0.0)
    if not math.isfinite(t) or t < 0:
        raise CcsgError(tr("The climate threshold must be 0 (no climate rule) or positive, not {0}.", threshold))
    return t


def climate_pairs(pairs: list, stats: dict, threshold: float) -> list:
    """The pairs whose climates differ by more than `threshold` (all pairs when it is 0); an error names the largest
    difference when a threshold leaves no pair."""
    threshold = check_threshold(threshold)
    if threshold <= 0 or not pairs:
        return list(pairs)
    kept = [p for p in pairs if abs(stats[p[0]] - stats[p[1]]) > threshold]
    if not kept:
        largest = max(abs(stats[a] - stats[b]) for a, b, _ in pairs)
        raise CcsgError(tr("No pair of cores differs in climate (mean - 2 SD) by more than {0:g}; the largest "
                           "difference is {1:g}. Lower the climate threshold.", threshold, largest))
    return kept


def path_climate_cost(path: list, climate: np.ndarray, climate_cost: float) -> float:
    """The climate term's part of a path's cost: sum of climate_cost x |climate difference| over its steps."""
    return float(sum(climate_step(climate, a, b, climate_cost) for a, b in zip(path, path[1:])))
