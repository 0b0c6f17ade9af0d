"""Inputs of a corridor check and the per-corridor job that caches shared measurements between criteria."""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass, field
from typing import Any, Hashable, Optional

import numpy as np
from shapely.geometry.base import BaseGeometry
from shapely.validation import explain_validity

from ccsg_plugin.core.corridor import geometry as cg
from ccsg_plugin.core.criteria.profiles import CriterionSpec, Profile
from ccsg_plugin.core.criteria.raster import RasterArray, Window, coverage_problem, rasterise
from ccsg_plugin.core.text import tr

MISSING_TEXTS = {"", "not reported", "null", "none", "n/a", "na"}


@dataclass
class CorridorInput:
    key: Any
    name: str
    geometry: BaseGeometry  # shapely, projected CRS in metres
    attributes: dict = field(default_factory=dict)
    centreline: Optional[BaseGeometry] = None


@dataclass
class EvaluationContext:
    """Everything is optional; a criterion that needs a missing item is not evaluated and names it."""

    cores: Optional[list[tuple[Hashable, BaseGeometry]]] = None
    habitat: Optional[RasterArray] = None  # bool array, or classes mapped by the profile's habitat_classes
    landcover: Optional[RasterArray] = None  # class codes (habitat_classes, builtup_classes)
    resistance: Optional[RasterArray] = None
    dem: Optional[RasterArray] = None
    barriers: Optional[list[tuple[Hashable, BaseGeometry, str]]] = None  # roads/rail/fences with a class string
    crossings: Optional[list[BaseGeometry]] = None  # crossing structure points
    least_cost_paths: Optional[list[tuple[Hashable, Hashable, BaseGeometry]]] = None
    streams: Optional[list[BaseGeometry]] = None  # stream lines (riparian_included)
    floodplain: Optional[list[BaseGeometry]] = None  # floodplain / riparian polygons (fw_lateral)
    river_barriers: Optional[list[BaseGeometry]] = None  # dams, weirs, culverts as points (fw_longitudinal)
    coastline: Optional[list[BaseGeometry]] = None  # coastline lines (mar_size)
    night_lights: Optional[RasterArray] = None  # artificial_light
    pinch_points: Optional[RasterArray] = None  # current_pinch: current per 1 A between a corridor's cores
    climate: Optional[RasterArray] = None  # climate_span: e.g. mean annual temperature
    climate_note: Any = None  # Msg or text: how the climate raster was brought to the corridors' CRS, if it was
    crossing_priorities: Optional[list] = None  # barrier_severance: CrossingPriority points from ccsg:crossings
    sea_paths: Optional[list[tuple[Hashable, Hashable, float]]] = None  # mar_spacing: (core_a, core_b, length m)
    crs_ok: Optional[bool] = None  # False when the corridor layer has no (projected) CRS; None = not checked
    reference_date: Optional[_dt.date] = None  # "today" for assessment ages; date.today() when None
    neighbours: int = 8  # cost-distance neighbourhood for cost_efficiency


@dataclass
class Outcome:
    status: str
    value: Any = None
    threshold: Any = None
    explanation: str = ""
    location: Any = None
    unit: str = ""  # the value's unit when it differs from the criterion's (e.g. a reported substitute measure)
    applies: bool = True  # False: not evaluated because the criterion does not apply to this corridor
    extra: dict = field(default_factory=dict)  # further measures by name, kept in the result's details

    @classmethod
    def missing(cls, reason: str, value: Any = None, applies: bool = True) -> Outcome:
        """Not evaluated, with the reason: a missing layer or attribute, or (applies=False) a criterion that does
        not apply to this corridor, which then does not hold back its overall status."""
        return cls("not_evaluated", value, None, tr("Not evaluated: {0}", reason), applies=applies)


def is_missing(value: Any) -> bool:
    """None, NaN, empty or whitespace text, 'Not Reported' and empty lists count as missing."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str):
        return value.strip().lower() in MISSING_TEXTS
    if isinstance(value, (list, tuple, set, dict)):
        return len(value) == 0 or all(is_missing(v) for v in value)
    return False


class Job:
    """One corridor under evaluation: its valid geometry and measurements shared by several criteria."""

    def __init__(self, corridor: CorridorInput, context: EvaluationContext, profile: Profile,
                 shared: Optional[dict] = None) -> None:
        self.corridor = corridor
        self.shared = shared if shared is not None else {}  # per-run data shared by all corridors (indexes)
        self.context = context
        self.profile = profile
        self.attributes = corridor.attributes or {}
        self.geometry_error: Optional[str] = None
        self._geom: Optional[BaseGeometry]
        geom = corridor.geometry
        if geom is None or geom.is_empty:
            self.geometry_error = "the corridor has no geometry"
            self._geom = None
        elif geom.geom_type not in ("Polygon", "MultiPolygon"):
            self.geometry_error = f"the corridor is a {geom.geom_type}, not a polygon"
            self._geom = None
        elif not geom.is_valid:
            self.geometry_error = f"invalid geometry: {explain_validity(geom)}"
            self._geom = None
        elif geom.area <= 0:
            self.geometry_error = "the corridor has zero area"
            self._geom = None
        else:
            self._geom = geom
        self._cache: dict[str, Any] = {}

    @property
    def geom(self) -> BaseGeometry:
        """The corridor's valid polygon. Geometry criteria run only when there is one (evaluate checks
        geometry_error first), so reaching here without one is a bug, not bad input."""
        if self._geom is None:
            raise ValueError(f"corridor {self.corridor.key!r} has no usable geometry: {self.geometry_error}")
        return self._geom

    # --- attributes ---
    def attr(self, name: str) -> Any:
        return self.attributes.get(name)

    @property
    def form(self) -> str:
        v = self.attr("corridor_form")
        return "" if is_missing(v) else str(v).strip().lower()

    @property
    def is_stepping_stone(self) -> bool:
        return self.form == "stepping_stone"

    @property
    def today(self) -> _dt.date:
        return self.context.reference_date or _dt.date.today()

    def spec_of(self, criterion_id: str) -> Optional[CriterionSpec]:
        return self.profile.criteria.get(criterion_id)

    def cached(self, key: str, compute):
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    # --- cores ---
    def snap(self) -> float:
        spec = self.spec_of("connects_cores")
        return float(spec.thresholds.get("snap_m", cg.DEFAULT_SNAP)) if spec else cg.DEFAULT_SNAP

    def touched_cores(self) -> list:
        cores = self.context.cores or []
        if "bounds:cores" not in self.shared:
            self.shared["bounds:cores"] = np.array(
                [g.bounds if g is not None and not g.is_empty else (np.inf,) * 4 for _, g in cores],
                dtype=float).reshape(-1, 4)
        return self.cached("touched", lambda: cg.connected_core_ids(self.geom, cores, self.snap(),
                                                                    self.shared["bounds:cores"]))

    def pair(self):
        """((id_a, core_a), (id_b, core_b)) the corridor links, or None. The attribute connected_core_ids, when it
        names two cores the corridor touches, chooses the pair; else the two farthest-apart contacts."""
        def compute():
            cores = self.context.cores or []
            touched = self.touched_cores()
            wanted = _id_list(self.attr("connected_core_ids"))
            if len(wanted) >= 2:
                by_id = {str(cid): (cid, g) for cid, g in cores if cid in touched}
                chosen = [by_id[w] for w in wanted if w in by_id]
                if len(chosen) >= 2:
                    return chosen[0], chosen[1]
            return cg.linked_core_pair(self.geom, [(c, g) for c, g in cores if c in touched], self.snap())
        return self.cached("pair", compute)

    def width(self) -> float:
        pair = self.pair()
        return self.cached("width", lambda: cg.min_width(self.geom, pair[0][1], pair[1][1], tolerance=0.5,
                                                            snap=self.snap()))

    def narrowest(self):
        pair = self.pair()
        return self.cached("narrowest", lambda: cg.narrowest_location(self.geom, pair[0][1], pair[1][1],
                                                                      self.width(), snap=self.snap()))

    def linked_lcp(self) -> Optional[BaseGeometry]:
        pair = self.pair()
        if pair is None or not self.context.least_cost_paths:
            return None
        ids = {str(pair[0][0]), str(pair[1][0])}
        for a, b, line in self.context.least_cost_paths:
            if {str(a), str(b)} == ids and line is not None and not line.is_empty:
                return line
        return None

    def axis(self):
        def compute():
            if self.corridor.centreline is not None and not self.corridor.centreline.is_empty:
                return self.corridor.centreline
            pair = self.pair()
            if pair is None:
                return None
            return cg.corridor_axis(self.geom, pair[0][1], pair[1][1], self.snap(), width_hint=self.width())
        return self.cached("axis", compute)

    def length(self) -> tuple[float, str]:
        """Corridor length and how it was measured: centreline, least-cost path, skeleton axis or longest span."""
        def compute():
            if self.corridor.centreline is not None and not self.corridor.centreline.is_empty:
                return float(self.corridor.centreline.length), "centreline"
            lcp = self.linked_lcp()
            if lcp is not None:
                return float(lcp.length), tr("least-cost path")
            if self.pair() is not None:
                ax = self.axis()
                if ax is not None:
                    return float(ax.length), tr("corridor axis")
            return cg.centreline_length(self.geom), tr("longest span")
        return self.cached("length", compute)

    def width_profile(self, spacing: float) -> list:
        pair = self.pair()
        if pair is None:
            return []
        return self.cached(f"profile{spacing}", lambda: cg.width_profile(self.geom, pair[0][1], pair[1][1], spacing,
                                                                          axis=self.axis(), snap=self.snap()))

    # --- rasters ---
    def window(self, raster: RasterArray, geom: Optional[BaseGeometry] = None, tag: str = "corridor"):
        """(Window, problem): the corridor (or geom) rasterised on this raster's grid, or a reason it cannot be."""
        key = f"win:{id(raster)}:{tag}"

        def compute():
            g = self.geom if geom is None else geom
            win: Optional[Window] = rasterise(raster, g)
            return win, coverage_problem(raster, g, win)
        return self.cached(key, compute)


def _bounds(job: Job, name: str, geoms: list) -> np.ndarray:
    """Bounding boxes of a context layer, computed once per run and shared by all corridors."""
    key = f"bounds:{name}"
    if key not in job.shared:
        job.shared[key] = np.array([g.bounds if g is not None and not g.is_empty else (np.inf,) * 4
                                    for g in geoms], dtype=float).reshape(-1, 4)
    return job.shared[key]


def near(job: Job, name: str, geoms: list, pad: float = 0.0) -> np.ndarray:
    """Indexes of the geometries whose bounding box meets the corridor's (plus pad). Criteria test only these:
    testing every core or road against every corridor made a check of 2000 corridors quadratic."""
    if not geoms:
        return np.zeros(0, dtype=int)
    b = _bounds(job, name, geoms)
    minx, miny, maxx, maxy = job.geom.bounds
    hit = (b[:, 0] <= maxx + pad) & (b[:, 2] >= minx - pad) & (b[:, 1] <= maxy + pad) & (b[:, 3] >= miny - pad)
    return np.flatnonzero(hit)


def _id_list(value: Any) -> list[str]:
    if is_missing(value):
        return []
    if isinstance(value, (list, tuple)):
        return [str(v).strip() for v in value if not is_missing(v)]
    return [v.strip() for v in str(value).replace(";", ",").split(",") if v.strip()]
