"""Compare two dates of a landscape inside each corridor: indicators before and after, new severing lines, the
guideline check's overall status at each date, the trend (trend.py) and the lost / gained habitat cells.

Both snapshots are on one grid. A corridor the rasters do not cover (or with an unusable geometry) is listed as not
evaluated with the reason, and the others go on. New severing lines: the lines of the second date that sever the
corridor (the check's barrier_severance test, criteria/barriers.py) and match no severing line of the first date
(Hausdorff distance within one cell); without a barriers layer for the first date, it had none.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Optional

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.criteria.barriers import severing
from ccsg_plugin.core.criteria.evaluate import evaluate_corridor
from ccsg_plugin.core.criteria.inputs import CorridorInput, EvaluationContext, Job
from ccsg_plugin.core.criteria.profiles import Profile
from ccsg_plugin.core.criteria.raster import coverage_problem, rasterise
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.monitoring import trend as trend_rules
from ccsg_plugin.core.monitoring.indicators import Measures, measure
from ccsg_plugin.core.monitoring.snapshot import Snapshot, same_grid
from ccsg_plugin.core.text import join, tr

# Values of the change raster (0 = outside the corridors or NoData at either date).
LOST, GAINED, KEPT, NEVER = 1, 2, 3, 4
NOT_EVALUATED = "not_evaluated"

# The per-corridor indicators, in output order: (field, kind).
FIELDS = (
    ("habitat_before_ha", "double"), ("habitat_after_ha", "double"), ("habitat_change_pct", "double"),
    ("natural_share_before", "double"), ("natural_share_after", "double"),
    ("largest_gap_before_m", "double"), ("largest_gap_after_m", "double"),
    ("min_habitat_width_before_m", "double"), ("min_habitat_width_after_m", "double"),
    ("lcd_before", "double"), ("lcd_after", "double"), ("lcd_change_pct", "double"),
    ("new_severing_lines", "int"), ("status_before", "string"), ("status_after", "string"),
    ("status_change", "string"), ("trend", "string"), ("trend_reasons", "string"),
)


@dataclass
class CorridorChange:
    key: Any
    name: str
    values: dict = field(default_factory=dict)  # FIELDS -> value (inf kept; the writers store it as NULL)
    trend: str = NOT_EVALUATED
    reasons: list = field(default_factory=list)
    problem: Optional[str] = None  # why the corridor was not evaluated
    before: Optional[Measures] = None
    after: Optional[Measures] = None
    lost_ha: float = 0.0
    gained_ha: float = 0.0

    def sentence(self, date_before, date_after) -> str:
        """One sentence a manager can paste into a report (English Msg; translated at display)."""
        if self.problem:
            return tr("Between {0} and {1}, corridor '{2}' could not be assessed: {3}.", str(date_before),
                      str(date_after), self.name, self.problem)
        v = self.values
        habitat = v.get("habitat_change_pct")
        lcd = v.get("lcd_change_pct")
        change = format(habitat, "+.1f") if habitat is not None and math.isfinite(habitat) else "?"
        lcd_text = (tr("the least-cost distance between its cores changed by {0} %", format(lcd, "+.1f"))
                    if lcd is not None and math.isfinite(lcd) else tr("the cores are not joined through it"))
        why = join("; ", self.reasons) if self.reasons else tr("no indicator crossed its threshold")
        return tr("Between {0} and {1}, corridor '{2}' lost {3} ha and gained {4} ha of habitat ({5} % net); {6}; "
                  "its trend is {7} ({8}).", str(date_before), str(date_after), self.name,
                  format(self.lost_ha, ".2f"), format(self.gained_ha, ".2f"), change, lcd_text,
                  trend_rules.label(self.trend), why)


@dataclass
class ChangeRun:
    changes: list
    change: Optional[np.ndarray]  # uint8 LOST/GAINED/KEPT/NEVER, 0 elsewhere, over the corridors' cells
    change_transform: Optional[tuple]
    rules: trend_rules.TrendRules
    date_before: Any
    date_after: Any


def _context(snapshot: Snapshot, cores, neighbours: int) -> EvaluationContext:
    nodata = ~snapshot.valid
    return EvaluationContext(
        cores=cores,
        habitat=snapshot.raster(snapshot.habitat, nodata),
        landcover=snapshot.raster(snapshot.classes, nodata) if snapshot.classes is not None else None,
        resistance=snapshot.raster(snapshot.resistance, nodata),
        barriers=snapshot.barriers,
        crs_ok=True,
        reference_date=snapshot.date,
        neighbours=neighbours,
    )


def _severing_lines(job: Job) -> list:
    if job.context.barriers is None or job.pair() is None:
        return []
    idx, _jointly = severing(job)
    return [job.context.barriers[i][1] for i in idx]


def new_severing_lines(job_before: Job, job_after: Job, tolerance: float) -> Optional[int]:
    """Severing lines of the second date that match none of the first; None without a barriers layer after."""
    if job_after.context.barriers is None:
        return None
    old = _severing_lines(job_before)
    return sum(1 for line in _severing_lines(job_after)
               if not any(line.hausdorff_distance(o) <= tolerance for o in old))


def _values(before: Measures, after: Measures) -> dict:
    pct = trend_rules.change_pct
    return {
        "habitat_before_ha": before.habitat_ha, "habitat_after_ha": after.habitat_ha,
        "habitat_change_pct": pct(before.habitat_ha, after.habitat_ha),
        "natural_share_before": before.natural_share, "natural_share_after": after.natural_share,
        "largest_gap_before_m": before.largest_gap_m, "largest_gap_after_m": after.largest_gap_m,
        "min_habitat_width_before_m": before.min_habitat_width_m,
        "min_habitat_width_after_m": after.min_habitat_width_m,
        "lcd_before": before.lcd, "lcd_after": after.lcd, "lcd_change_pct": pct(before.lcd, after.lcd),
    }


def compare_corridors(corridors: list[CorridorInput], cores, before: Snapshot, after: Snapshot, profile: Profile,
                      neighbours: int = 8, progress=None, is_cancelled=None) -> ChangeRun:
    """Compare every corridor (see the module text). CcsgError when the snapshots are not on one grid or the
    profile's monitoring thresholds are wrong; Cancelled when is_cancelled() turns true."""
    if not same_grid(before, after):
        raise CcsgError(tr("The rasters '{0}' and '{1}' are not on one grid; resample the second onto the first's "
                           "grid.", before.name, after.name))
    rules = trend_rules.rules_of(profile)
    ctx_before, ctx_after = _context(before, cores, neighbours), _context(after, cores, neighbours)
    shared_b: dict = {}
    shared_a: dict = {}
    changes, windows = [], []
    tolerance = max(before.cell_size)
    n = max(1, len(corridors))
    for i, corridor in enumerate(corridors):
        prog.check_cancelled(is_cancelled)
        change = CorridorChange(corridor.key, corridor.name)
        changes.append(change)
        job_b = Job(corridor, ctx_before, profile, shared_b)
        job_a = Job(corridor, ctx_after, profile, shared_a)
        if job_b.geometry_error:
            change.problem = tr("the corridor geometry is not usable ({0})", job_b.geometry_error)
            continue
        raster = before.raster(before.habitat)
        window = rasterise(raster, job_b.geom)
        problem = coverage_problem(raster, job_b.geom, window)
        if problem is None and window is not None:
            problem = coverage_problem(after.raster(after.habitat), job_b.geom, window)
        if problem or window is None:
            change.problem = problem or tr("the rasters do not cover the corridor")
            continue
        pair = job_b.pair() if cores else None
        snap = job_b.snap()
        change.before = measure(before, window, job_b.geom, pair, snap, neighbours, is_cancelled)
        change.after = measure(after, window, job_b.geom, pair, snap, neighbours, is_cancelled)
        change.values = _values(change.before, change.after)
        inside = window.mask & window.take(before.valid) & window.take(after.valid)
        had, has = window.take(before.habitat), window.take(after.habitat)
        change.lost_ha = float((inside & had & ~has).sum()) * before.cell_area / 10_000.0
        change.gained_ha = float((inside & ~had & has).sum()) * before.cell_area / 10_000.0
        change.values["new_severing_lines"] = new_severing_lines(job_b, job_a, tolerance)
        status_b = evaluate_corridor(corridor, ctx_before, profile, shared_b, width_profile=False).overall_status
        status_a = evaluate_corridor(corridor, ctx_after, profile, shared_a, width_profile=False).overall_status
        change.values.update(status_before=status_b, status_after=status_a, status_change=f"{status_b} → {status_a}")
        change.trend, change.reasons = trend_rules.classify(change.values, rules, profile.gap_max_m)
        change.values["trend"] = change.trend
        change.values["trend_reasons"] = join("; ", change.reasons)
        windows.append((window, inside, had, has))
        prog.report(progress, (i + 1) / n)
    for change in changes:
        if change.problem:
            change.values = {"trend": NOT_EVALUATED, "trend_reasons": change.problem}
    grid, transform = change_raster(before, windows)
    return ChangeRun(changes, grid, transform, rules, before.date, after.date)


def change_raster(snapshot: Snapshot, windows: list) -> tuple[Optional[np.ndarray], Optional[tuple]]:
    """The lost / gained / kept / never-habitat cells of every evaluated corridor, over the box of their windows."""
    if not windows:
        return None, None
    r0 = min(w.r0 for w, *_ in windows)
    r1 = max(w.r1 for w, *_ in windows)
    c0 = min(w.c0 for w, *_ in windows)
    c1 = max(w.c1 for w, *_ in windows)
    out = np.zeros((r1 - r0, c1 - c0), dtype=np.uint8)
    for window, inside, had, has in windows:
        block = out[window.r0 - r0:window.r1 - r0, window.c0 - c0:window.c1 - c0]
        for value, cells in ((LOST, had & ~has), (GAINED, ~had & has), (KEPT, had & has), (NEVER, ~had & ~has)):
            block[inside & cells] = value
    x0, dx, _, y0, _, dy = snapshot.transform
    return out, (x0 + c0 * dx, dx, 0.0, y0 + r0 * dy, 0.0, dy)
