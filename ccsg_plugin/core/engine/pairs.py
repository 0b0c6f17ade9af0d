"""Which pairs of core areas to link: all pairs, or those within a minimum and maximum edge-to-edge Euclidean
distance (both inclusive)."""

from __future__ import annotations

import math

from ccsg_plugin.core.errors import CcsgError


def _sort_key(value):
    return (0, value, "") if isinstance(value, (int, float)) else (1, 0, str(value))


def select_pairs(geoms: dict, max_distance: float = 0.0, min_distance: float = 0.0) -> list:
    """[(id_a, id_b, distance)] with id_a before id_b and min_distance <= distance <= max_distance (max_distance 0:
    no maximum). Distances are edge to edge."""
    if max_distance is None or math.isnan(float(max_distance)) or float(max_distance) < 0:
        raise CcsgError(f"The maximum Euclidean distance must be 0 (all pairs) or positive, not {max_distance}.")
    if min_distance is None or not math.isfinite(float(min_distance)) or float(min_distance) < 0:
        raise CcsgError(f"The minimum Euclidean distance must be 0 (none) or positive, not {min_distance}.")
    if max_distance > 0 and min_distance > max_distance:
        raise CcsgError(f"The minimum Euclidean distance ({min_distance:g}) is larger than the maximum "
                        f"({max_distance:g}); no pair can be linked.")
    ids = sorted(geoms, key=_sort_key)
    out = []
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            d = float(geoms[a].distance(geoms[b]))
            if (max_distance <= 0 or d <= max_distance) and d >= min_distance:
                out.append((a, b, d))
    return out
