"""Input doctor checks of what the core areas are: polygons (not points or lines), at least two of them, and
none overlapping or touching another (such a pair is linked at zero cost, with a path of no length)."""

from __future__ import annotations

import numpy as np

from ccsg_plugin.core.doctor.findings import ERROR, WARNING, DoctorInputs, Finding
from ccsg_plugin.core.text import join, tr

POLYGONAL = ("Polygon", "MultiPolygon")
MAX_LISTED = 10


def _listed(items: list) -> str:
    text = join("; ", items[:MAX_LISTED])  # keeps each item's template ("{0} and {1}") for the display
    return join("", [text, tr(" and {0} more", len(items) - MAX_LISTED)]) if len(items) > MAX_LISTED else text


def check_core_shapes(inp: DoctorInputs) -> list[Finding]:
    cores = [c for c in (inp.cores or []) if c.geometry is not None and not c.geometry.is_empty]
    if not cores:
        return []
    layer = inp.cores_name
    not_polygons = [c for c in cores if c.geometry.geom_type not in POLYGONAL]
    if not_polygons:
        kinds = sorted({c.geometry.geom_type for c in not_polygons})
        return [Finding(
            ERROR, "cores_not_polygons",
            tr("The cores layer '{0}' holds {1} geometries; core areas must be polygons.", layer, ", ".join(kinds)),
            tr("Buffer the points or lines into polygons (Vector > Geoprocessing Tools > Buffer), or pick the "
               "polygon layer of core areas."),
        )]
    out: list[Finding] = []
    ids = {c.core_id for c in cores if c.core_id is not None}
    if len(ids) < 2:
        out.append(Finding(
            ERROR, "single_core",
            tr("The cores layer '{0}' holds {1} core; corridors link pairs of cores, so at least two are needed.",
               layer, len(ids)),
            tr("Add core areas, or pick the layer (or remove the filter) that holds all of them."),
        ))
        return out
    pairs = overlapping_pairs(cores)
    if pairs:
        out.append(Finding(
            WARNING, "cores_overlap",
            tr("Cores of '{0}' overlap or touch: {1}. Each such pair is linked at zero cost, with a path of no "
               "length.", layer, _listed([tr("{0} and {1}", a, b) for a, b in pairs])),
            tr("Merge cores that are one habitat (Vector > Geoprocessing Tools > Dissolve on the id field), or "
               "separate them."),
        ))
    return out


def overlapping_pairs(cores: list) -> list[tuple]:
    """(id a, id b) of the cores whose geometries intersect; ``cores`` are (id, shapely geometry) pairs or
    CoreFacts. A sweep over the bounding boxes sorted by x keeps it near-linear for scattered cores."""
    items = [(c.core_id, c.geometry) if hasattr(c, "geometry") else tuple(c) for c in cores]
    if len(items) < 2:
        return []
    bounds = np.array([g.bounds for _i, g in items], dtype=float)
    order = np.argsort(bounds[:, 0], kind="stable")
    found = set()
    for k, i in enumerate(order):
        for j in order[k + 1:]:
            if bounds[j, 0] > bounds[i, 2]:
                break
            if bounds[j, 1] > bounds[i, 3] or bounds[j, 3] < bounds[i, 1] or items[i][0] == items[j][0]:
                continue
            if items[i][1].intersects(items[j][1]):
                found.add((min(i, j), max(i, j)))
    return [(items[i][0], items[j][0]) for i, j in sorted(found)]
