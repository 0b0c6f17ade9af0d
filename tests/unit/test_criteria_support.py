"""Helpers shared by the test_criteria_* modules (no tests here)."""

from __future__ import annotations

import copy
import datetime as dt

import numpy as np
from shapely.geometry import box

from ccsg_plugin import paths
from ccsg_plugin.core.criteria.catalogue import CATALOGUE
from ccsg_plugin.core.criteria.evaluate import CorridorInput, EvaluationContext, RasterArray, evaluate_corridors
from ccsg_plugin.core.criteria.profiles import CriterionSpec, load_profile

PROFILES = paths.profiles()  # the bundled profiles folder, passed in as the plugin's callers do

# The standard scene: a 3000 x 500 m corridor between two square cores at its short ends.
CORE_A = box(-1000, -500, 0, 1000)
CORE_B = box(3000, -500, 4000, 1000)
RECT = box(0, 0, 3000, 500)
CORES = [("A", CORE_A), ("B", CORE_B)]
TODAY = dt.date(2026, 6, 1)

FULL_ATTRS = {
    "objective_connectivity": "Restore movement of forest mammals between A and B",
    "governance_type": "B",
    "gov_subtype": "Collaborative governance",
    "governance_authority": "Joint board",
    "management_authority": "Park agency",
    "management_plan": "https://example.org/plan.pdf",
    "legal_mechanism": "conservation easement/covenant",
    "commitment_duration": "permanent",
    "monitoring_plan": "Camera traps every year",
    "indicators": ["crossings per year"],
    "last_assessment": "2025-03-01",
    "corridor_form": "continuous",
    "realm": "terrestrial",
}


def grid(values: np.ndarray, x0: float = -1000.0, y0: float = 1500.0, cell: float = 10.0, name: str = "grid",
         nodata=None) -> RasterArray:
    """A north-up raster whose top-left corner is (x0, y0)."""
    return RasterArray(values, (x0, cell, 0.0, y0, 0.0, -cell), nodata, name)


def scene_grid(fill, dtype=float, name: str = "grid") -> RasterArray:
    """A 10 m raster over x -1000..4000, y -500..1500 filled with `fill`; column j covers x -1000 + 10 j."""
    return grid(np.full((200, 500), fill, dtype=dtype), name=name)


def check(cid, geom=RECT, ctx=None, attrs=None, profile=None, thresholds=None, species=None, centreline=None,
          level=None):
    """Evaluate one criterion on one corridor; the other criteria of the profile are switched off."""
    p = copy.deepcopy(profile or load_profile(bundled_dir=PROFILES))
    for spec in p.criteria.values():
        spec.enabled = False
    d = CATALOGUE[cid]
    spec = p.criteria.setdefault(cid, CriterionSpec(level=d.level, thresholds=copy.deepcopy(d.thresholds),
                                                    unit=d.unit, source=d.source))
    spec.enabled = True
    spec.thresholds.update(thresholds or {})
    if level:
        spec.level = level
    for key, value in (species or {}).items():
        setattr(p, key, value)
    if ctx is None:
        ctx = EvaluationContext(cores=CORES, reference_date=TODAY)
    corridor = CorridorInput("k", "corridor", geom, dict(FULL_ATTRS if attrs is None else attrs), centreline)
    (evaluation,) = evaluate_corridors([corridor], ctx, p, width_profiles=False)
    return evaluation.result(cid)
