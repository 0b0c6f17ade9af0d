"""Circuit-theory pinch points inside a corridor (CRITERIA.md 2b): read a current raster made by ccsg:pinchpoints or
ccsg:currentflow, where 1 A flows between the two cores of each pair. A cell's current is then the share of the
link's movement that passes through it: near 1 means (almost) every route funnels through that one cell.

Its id is ``current_pinch``, not ``pinch_points``: that id already names the geometric bottleneck test (transects
narrower than min_width), which profiles and saved reports rely on, and the two measure different things (a wide
corridor can still funnel its current through one patch of low resistance).
"""

from __future__ import annotations

import numpy as np
from shapely.geometry import Point

from ccsg_plugin.core.criteria.inputs import Job, Outcome
from ccsg_plugin.core.criteria.profiles import CriterionSpec
from ccsg_plugin.core.criteria.raster import coverage_problem, rasterise
from ccsg_plugin.core.text import tr


def current_pinch(job: Job, spec: CriterionSpec) -> Outcome:
    current = job.context.pinch_points
    if current is None:
        return Outcome.missing(tr("no pinch-point (current) raster"))
    # NoData is normal here (the cores, cells beyond the pinch-point cutoff): only the raster's extent must cover
    # the corridor, and some current must be inside it.
    window = rasterise(current, job.geom)
    problem = coverage_problem(current, job.geom, window, max_nodata_share=1.0)
    if problem:
        return Outcome.missing(problem)
    assert window is not None and current.nodata_mask is not None  # coverage_problem reports a missing window
    block = window.take(current.data).astype(np.float64)
    usable = window.mask & ~window.take(current.nodata_mask) & np.isfinite(block)
    if not usable.any():
        return Outcome.missing(tr("raster '{0}' has no current inside the corridor", current.name))
    values = np.where(usable, block, -np.inf)
    r, c = np.unravel_index(int(np.argmax(values)), values.shape)
    peak = float(block[r, c])
    median = float(np.median(block[usable]))
    x0, dx, _, y0, _, dy = current.transform
    where = Point(x0 + (window.c0 + c + 0.5) * dx, y0 + (window.r0 + r + 0.5) * dy)
    limit = float(spec.thresholds["max_share"])
    text = tr("Highest current {0} A ({1} % of the 1 A between the cores) at {2:.0f}, {3:.0f}; corridor median {4} A",
              format(peak, ".3g"), f"{100 * peak:.0f}", where.x, where.y, f"{median:.3g}")
    return Outcome("pass" if peak <= limit else "fail", peak, limit, text, where)
