"""Raster zonal checks: climate / elevation gradient, built-up footprint, artificial light (CRITERIA.md 2b, 2c)."""

from __future__ import annotations

import math

import numpy as np

from ccsg_plugin.core.criteria.inputs import Job, Outcome
from ccsg_plugin.core.criteria.profiles import CriterionSpec
from ccsg_plugin.core.criteria.raster import RasterArray
from ccsg_plugin.core.text import tr


def _values(job: Job, raster: RasterArray, geom=None, tag: str = "corridor"):
    window, problem = job.window(raster, geom, tag)
    if problem:
        return None, problem
    vals = window.values(raster.data)[~window.values(raster.nodata_mask)]
    return vals.astype(np.float64), None


def climate_gradient(job: Job, spec: CriterionSpec) -> Outcome:
    dem = job.context.dem
    if dem is None:
        return Outcome.missing(tr("no elevation (DEM) raster"))
    vals, problem = _values(job, dem)
    if problem:
        return Outcome.missing(problem)
    lo, hi = float(vals.min()), float(vals.max())
    need = float(spec.thresholds["min_core_elevation_diff_m"])
    pair = job.pair() if job.context.cores is not None else None
    if pair is None:
        if need > 0:
            return Outcome.missing(tr("the elevation difference between the cores needs two linked cores"))
        return Outcome("pass", float(hi - lo), None,
                       tr("Elevation {0}-{1} m inside the corridor (range {2} m); reported only",
                          format(lo, ".0f"), f'{hi:.0f}', f'{hi - lo:.0f}'))
    means = []
    for (cid, core), tag in zip(pair, ("core_a", "core_b")):
        covered = core.intersection(dem.extent())  # large cores: the part the DEM covers
        window, _ = job.window(dem, covered, f"{tag}:{cid}")
        cv = window.values(dem.data)[~window.values(dem.nodata_mask)] if window is not None else None
        if cv is None or cv.size == 0:
            return Outcome.missing(tr("raster '{0}' has no elevation for core {1}", dem.name, cid))
        means.append(float(cv.astype(np.float64).mean()))
    diff = abs(means[0] - means[1])
    text = tr("Elevation {0}-{1} m inside; mean core elevations {2} m and {3} m (difference {4} m)",
              format(lo, ".0f"), f"{hi:.0f}", f"{means[0]:.0f}", f"{means[1]:.0f}", f"{diff:.0f}")
    if need <= 0:
        return Outcome("pass", float(diff), None, tr("{0}; reported only", text))
    return Outcome("pass" if diff >= need else "fail", float(diff), need, text)


def human_footprint(job: Job, spec: CriterionSpec) -> Outcome:
    lc = job.context.landcover
    if lc is None:
        return Outcome.missing(tr("no land-cover raster"))
    classes = [c for c in job.profile.builtup_classes if not isinstance(c, str)]
    if not classes:
        return Outcome.missing(tr("the profile lists no builtup_classes"))
    limit = float(spec.thresholds["max_builtup_share"])
    ring_m = float(spec.thresholds["ring_m"])
    inside, problem = _values(job, lc)
    if problem:
        return Outcome.missing(problem)
    share_in = float(np.isin(inside, classes).mean()) if inside.size else 0.0
    ring = job.geom.buffer(ring_m).difference(job.geom)
    covered = ring.intersection(lc.extent())  # the ring may run off the raster: measure the part it covers
    window, _ = job.window(lc, covered, "ring") if not covered.is_empty else (None, None)
    ring_vals = window.values(lc.data)[~window.values(lc.nodata_mask)] if window is not None else np.zeros(0)
    share_ring = float(np.isin(ring_vals, classes).mean()) if ring_vals.size else math.nan
    worst = max(share_in, 0.0 if math.isnan(share_ring) else share_ring)
    part = covered.area / ring.area if ring.area > 0 else 0.0
    if math.isnan(share_ring):
        ring_text = tr("the {0} m ring is not covered by the raster", format(ring_m, ".0f"))
    else:
        covered_text = tr(" ({0} % of the ring covered)", format(100 * part, ".0f")) if part < 0.99 else ""
        ring_text = tr("{0} % in the {1} m ring{2}", format(100 * share_ring, ".1f"), f"{ring_m:.0f}", covered_text)
    status = "pass" if worst <= limit else "fail"
    return Outcome(status, float(worst), limit, tr("Built-up {0} % inside, {1}"
                                                   , format(100 * share_in, ".1f"), ring_text))


def artificial_light(job: Job, spec: CriterionSpec) -> Outcome:
    lights = job.context.night_lights
    if lights is None:
        return Outcome.missing(tr("no night-lights raster"))
    vals, problem = _values(job, lights)
    if problem:
        return Outcome.missing(problem)
    mean, peak = float(vals.mean()), float(vals.max())
    return Outcome("pass", float(mean), None, tr("Mean night-light {0}, maximum {1}; reported only",
                                                 format(mean, ".3g"), f'{peak:.3g}'))
