"""Does the corridor span a climate gradient, and by how much (CRITERIA.md 4, climate_adaptation modifier)?

Read on a climate raster (e.g. mean annual temperature) given to the check. Each linked core's climate is the
mean - 2 SD of the raster over its cells (population SD), the statistic Climate Linkage Mapper uses to select pairs
(Linkage Mapper's cc_main.py, limit_cores: MEAN - STD - STD of the zonal statistics) and the one
ccsg:leastcostcorridors writes as climate_a / climate_b: a corridor from a climate run passes here with the run's
own threshold exactly when the run linked it. The value is the absolute difference between the two cores; the
explanation adds the climate range inside the corridor (lowest to highest cell), which says whether the route itself
crosses the gradient.
"""

from __future__ import annotations

import numpy as np

from ccsg_plugin.core.criteria.inputs import Job, Outcome
from ccsg_plugin.core.criteria.profiles import CriterionSpec
from ccsg_plugin.core.criteria.raster import RasterArray
from ccsg_plugin.core.text import tr


def core_climate(values: np.ndarray) -> float:
    """mean - 2 SD (population SD) of a core's climate values."""
    return float(values.mean() - 2.0 * values.std())


def _cells(job: Job, raster: RasterArray, geom, tag: str) -> np.ndarray:
    """Finite climate values of the cells whose centre lies in geom (the part the raster covers)."""
    covered = geom.intersection(raster.extent())
    if covered.is_empty:
        return np.zeros(0)
    window, _ = job.window(raster, covered, tag)
    if window is None:
        return np.zeros(0)
    values = window.values(raster.data)[~window.values(raster.nodata)].astype(np.float64)
    return values[np.isfinite(values)]


def _with_note(job: Job, text):
    note = job.context.climate_note
    return tr("{0} ({1})", text, note) if note else text


def climate_span(job: Job, spec: CriterionSpec) -> Outcome:
    climate = job.context.climate
    if climate is None:
        return Outcome.missing(tr("no climate raster"))
    inside = _cells(job, climate, job.geom, "climate:corridor")
    if inside.size == 0:
        return Outcome.missing(tr("raster '{0}' has no climate value inside the corridor", climate.name))
    lo, hi = float(inside.min()), float(inside.max())
    need = float(spec.thresholds["min_core_climate_diff"])
    along = tr("climate {0} to {1} inside the corridor (range {2})", format(lo, ".4g"), format(hi, ".4g"),
               format(hi - lo, ".4g"))
    extra = {"corridor_min": lo, "corridor_max": hi, "corridor_range": hi - lo}
    pair = job.pair() if job.context.cores is not None else None
    if pair is None:
        if need > 0:
            return Outcome.missing(tr("the climate difference between the cores needs two linked cores"))
        return Outcome("pass", None, None, _with_note(job, tr("{0}; reported only", along)), extra=extra)
    stats = []
    for cid, core in pair:
        values = _cells(job, climate, core, f"climate:core:{cid}")
        if values.size == 0:
            return Outcome.missing(tr("raster '{0}' has no climate value for core {1}", climate.name, cid))
        stats.append(core_climate(values))
    diff = abs(stats[0] - stats[1])
    extra.update({"core_a": pair[0][0], "core_b": pair[1][0], "climate_a": stats[0], "climate_b": stats[1]})
    text = tr("Cores {0} and {1}: climate (mean - 2 SD) {2} and {3}, difference {4}; {5}", pair[0][0], pair[1][0],
              format(stats[0], ".4g"), format(stats[1], ".4g"), format(diff, ".4g"), along)
    if need <= 0:
        return Outcome("pass", diff, None, _with_note(job, tr("{0}; reported only", text)), extra=extra)
    status = "pass" if diff >= need else "fail"
    return Outcome(status, diff, need, _with_note(job, text), extra=extra)
