"""Which pairs of core areas to link: all pairs, or those within a minimum and maximum edge-to-edge Euclidean
distance (both inclusive)."""

from __future__ import annotations

import math

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr


def _sort_key(value):
    return (0, value, "") if isinstance(value, (int, float)) else (1, 0, str(value))


def select_pairs(geoms: dict, max_distance: float = 0.0, min_distance: float = 0.0) -> list:
    """[(id_a, id_b, distance)] with id_a before id_b and min_distance <= distance <= max_distance (max_distance 0:
    no maximum). Distances are edge to edge."""
    if max_distance is None or math.isnan(float(max_distance)) or float(max_distance) < 0:
        raise CcsgError(tr("The maximum Euclidean distance must be 0 (all pairs) or positive, not {0}.", max_distance))
    if min_distance is None or not math.isfinite(float(min_distance)) or float(min_distance) < 0:
        raise CcsgError(tr("The minimum Euclidean distance must be 0 (none) or positive, not {0}.", min_distance))
    if max_distance > 0 and min_distance > max_distance:
        raise CcsgError(tr("The minimum Euclidean distance ({0:g}) is larger than the maximum ({1:g}); no pair can "
                           "be linked.", min_distance, max_distance))
    ids = sorted(geoms, key=_sort_key)
    out = []
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            d = float(geoms[a].distance(geoms[b]))
            if (max_distance <= 0 or d <= max_distance) and d >= min_distance:
                out.append((a, b, d))
    return out
