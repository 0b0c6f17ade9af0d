"""Input doctor: pre-flight checks of a least-cost analysis, each with a plain-language fix.

Pure (numpy + shapely). The GIS layer gathers plain facts from QGIS layers (gis/doctor_inputs.py): CRS facts as
plain values, raster grids, a (possibly decimated) sample of the resistance values, core geometries already in the
resistance raster's CRS, the options and the machine's free memory. ``diagnose`` turns them into findings.
Errors are what the algorithms would refuse (so Run is disabled); warnings and infos never block.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Optional, Sequence

import numpy as np

ERROR, WARNING, INFO = "error", "warning", "info"
_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}

# Cost model of the engine (ENGINE.md targets): one cost-distance holds about 80 bytes per cell at its peak, and the
# corridor mosaic keeps two cost-distance grids and the mosaic (float64) beside it.
BYTES_PER_CELL_COSTDISTANCE = 80
BYTES_PER_CELL_MOSAIC = 3 * 8
# Seconds per cell of one core's cost-distance run and of one pair's corridor (sum, path, polygon, writing),
# calibrated on the demo (6 cores, 15 pairs, 0.59 M cells: 3.6 to 6 s end to end on a shared 2-core machine).
SECONDS_PER_CELL_COSTDISTANCE = 8e-7
SECONDS_PER_CELL_PAIR = 1e-7
SIXTEEN_NEIGHBOUR_FACTOR = 1.9  # knight's moves: measured 9.5 s against 5.1 s for 8 neighbours at 16 M cells
MANY_PAIRS = 200
LONG_RUN_SECONDS = 30 * 60
NODATA_SHARE_WARNING = 0.5
# Alignment tolerance, as a share of a cell.
_ALIGN_TOL = 1e-6


@dataclass(frozen=True)
class Finding:
    severity: str  # ERROR, WARNING or INFO
    code: str  # stable id, e.g. "geographic_crs" (tests and help refer to it)
    message: str  # what is wrong, naming the layer or value
    fix: str  # what to do about it, in plain words

    @property
    def blocks_run(self) -> bool:
        return self.severity == ERROR


@dataclass(frozen=True)
class CrsFacts:
    layer_name: str
    description: str  # e.g. "EPSG:5070 - NAD83 / Conus Albers"
    is_geographic: bool
    valid: bool = True
    same_as_resistance: bool = True


@dataclass(frozen=True)
class GridFacts:
    """A north-up raster grid: top-left corner, cell size (positive), size in cells."""

    layer_name: str
    x_min: float
    y_max: float
    cell_x: float
    cell_y: float
    width: int
    height: int

    @property
    def cells(self) -> int:
        return int(self.width) * int(self.height)

    @property
    def x_max(self) -> float:
        return self.x_min + self.width * self.cell_x

    @property
    def y_min(self) -> float:
        return self.y_max - self.height * self.cell_y

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        return (self.x_min, self.y_min, self.x_max, self.y_max)


@dataclass(eq=False)
class ValueSample:
    """Resistance values (float, NaN = NoData) on ``grid``; ``grid`` may be coarser than the raster when the raster
    was too big to read whole (then every sample cell stands for ``cells_per_sample`` raster cells)."""

    values: np.ndarray
    grid: GridFacts
    cells_per_sample: float = 1.0

    @property
    def exact(self) -> bool:
        return self.cells_per_sample <= 1.0


@dataclass(eq=False)  # compared by identity: geometries make equality slow and meaningless here
class CoreFacts:
    feature_id: int
    core_id: Any  # None or "" when empty
    geometry: Any  # shapely polygon/multipolygon in the resistance raster's CRS, or None


@dataclass
class Options:
    neighbours: int = 8
    max_distance: float = 0.0  # 0 = all pairs
    width_cutoff: float = 0.0
    width_cutoff_percent: bool = False


@dataclass
class DoctorInputs:
    resistance_crs: Optional[CrsFacts] = None
    other_crs: list[CrsFacts] = field(default_factory=list)  # cores, land cover ...
    resistance_grid: Optional[GridFacts] = None
    other_grids: list[GridFacts] = field(default_factory=list)  # rasters that should share the resistance grid
    resistance_values: Optional[ValueSample] = None
    resistance_name: str = ""
    # Land cover mode: classes present in the land cover raster, the class -> resistance table, the default
    landcover_name: str = ""
    landcover_classes: Optional[Sequence[float]] = None
    table: Optional[dict] = None
    default_resistance: Optional[float] = None  # None = unlisted classes are NoData (impassable)
    cores_name: str = ""
    id_field: str = ""
    cores: Optional[list[CoreFacts]] = None
    options: Options = field(default_factory=Options)
    free_memory_bytes: Optional[int] = None
    unreadable: list[str] = field(default_factory=list)  # layers whose values could not be read


# ----------------------------------------------------------------------------------------------- helpers
def _fmt_int(n: float) -> str:
    return f"{int(round(n)):,}".replace(",", " ")


def _fmt_xy(x: float, y: float) -> str:
    return f"x={x:.0f}, y={y:.0f}"


def format_bytes(n: float) -> str:
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if abs(n) < 1024 or unit == "TB":
            return f"{n:.0f} {unit}" if unit in ("B", "KB") else f"{n:.1f} {unit}"
        n /= 1024.0
    return f"{n:.1f} TB"


def format_seconds(s: float) -> str:
    if s < 60:
        return f"{max(1, round(s))} s"
    if s < 3600:
        return f"{s / 60:.0f} min"
    return f"{s / 3600:.1f} h"


def resistance_from_classes(classes: np.ndarray, table: dict, default: Optional[float]) -> np.ndarray:
    """Resistance values from land-cover classes (NaN = NoData class); unlisted classes take ``default`` or NaN."""
    classes = np.asarray(classes, dtype=np.float64)
    out = np.full(classes.shape, np.nan if default is None else float(default), dtype=np.float64)
    out[np.isnan(classes)] = np.nan
    for key, value in table.items():
        out[classes == float(key)] = np.nan if value is None else float(value)
    return out


def linked_pairs(geoms: Sequence, max_distance: float) -> list[tuple[int, int]]:
    """Index pairs (i < j) of geometries at most max_distance apart edge to edge. Bounding boxes are compared first
    (vectorised), so thousands of cores stay quick: exact distances only for pairs whose boxes are close enough."""
    n = len(geoms)
    if n < 2:
        return []
    b = np.array([g.bounds for g in geoms], dtype=np.float64)
    out = []
    for i in range(n - 1):
        rest = b[i + 1 :]
        gap_x = np.maximum(0.0, np.maximum(rest[:, 0] - b[i, 2], b[i, 0] - rest[:, 2]))
        gap_y = np.maximum(0.0, np.maximum(rest[:, 1] - b[i, 3], b[i, 1] - rest[:, 3]))
        for k in np.flatnonzero(np.hypot(gap_x, gap_y) <= max_distance):
            j = i + 1 + int(k)
            if geoms[i].distance(geoms[j]) <= max_distance:
                out.append((i, j))
    return out


def pairs_within(cores: Sequence[CoreFacts], max_distance: float) -> int:
    """Number of core pairs analysed: all pairs, or pairs at most max_distance apart edge to edge."""
    geoms = [c.geometry for c in cores if c.geometry is not None and not c.geometry.is_empty]
    n = len(geoms)
    if not max_distance or max_distance <= 0:
        return n * (n - 1) // 2
    return len(linked_pairs(geoms, max_distance))


def _cells_inside(geometry, grid: GridFacts) -> tuple[np.ndarray, np.ndarray]:
    """Row and column indices of the cells of ``grid`` that belong to a polygon (ARCHITECTURE.md rule: centre
    inside; a polygon holding no centre takes every cell it touches). Empty arrays when outside the grid."""
    x0, y0, x1, y1 = geometry.bounds
    c0 = max(0, int(math.floor((x0 - grid.x_min) / grid.cell_x)))
    c1 = min(grid.width - 1, int(math.floor((x1 - grid.x_min) / grid.cell_x)))
    r0 = max(0, int(math.floor((grid.y_max - y1) / grid.cell_y)))
    r1 = min(grid.height - 1, int(math.floor((grid.y_max - y0) / grid.cell_y)))
    if c1 < c0 or r1 < r0:
        return np.empty(0, dtype=int), np.empty(0, dtype=int)
    cols = np.arange(c0, c1 + 1)
    rows = np.arange(r0, r1 + 1)
    cc, rr = np.meshgrid(cols, rows)
    xs = grid.x_min + (cc + 0.5) * grid.cell_x
    ys = grid.y_max - (rr + 0.5) * grid.cell_y
    inside = _contains_xy(geometry, xs.ravel(), ys.ravel()).reshape(cc.shape)
    if inside.any():
        return rr[inside], cc[inside]
    # No centre inside: every cell whose square touches the polygon.
    from shapely.geometry import box

    touched = [
        (r, c)
        for r, c in zip(rr.ravel(), cc.ravel())
        if geometry.intersects(
            box(
                grid.x_min + c * grid.cell_x,
                grid.y_max - (r + 1) * grid.cell_y,
                grid.x_min + (c + 1) * grid.cell_x,
                grid.y_max - r * grid.cell_y,
            )
        )
    ]
    if not touched:
        return np.empty(0, dtype=int), np.empty(0, dtype=int)
    rows_t, cols_t = zip(*touched)
    return np.asarray(rows_t), np.asarray(cols_t)


def _contains_xy(geometry, xs: np.ndarray, ys: np.ndarray) -> np.ndarray:
    try:  # shapely 2.x
        import shapely

        return np.asarray(shapely.contains_xy(geometry, xs, ys), dtype=bool)
    except AttributeError:  # shapely 1.8
        from shapely import vectorized

        return np.asarray(vectorized.contains(geometry, xs, ys), dtype=bool)


# ----------------------------------------------------------------------------------------------- checks
def _check_crs(inp: DoctorInputs) -> list[Finding]:
    out: list[Finding] = []
    facts = ([inp.resistance_crs] if inp.resistance_crs else []) + list(inp.other_crs)
    for crs in facts:
        if not crs.valid:
            out.append(
                Finding(
                    ERROR,
                    "missing_crs",
                    f"Layer '{crs.layer_name}' has no valid coordinate reference system.",
                    "Set its CRS in Layer Properties > Source (the projected CRS the data was made in).",
                )
            )
        elif crs.is_geographic:
            out.append(
                Finding(
                    ERROR,
                    "geographic_crs",
                    f"Layer '{crs.layer_name}' is in a geographic CRS ({crs.description}): distances in degrees "
                    "make cost distances meaningless.",
                    "Reproject it to a projected CRS in metres (Raster/Vector > Projections > Reproject, e.g. the "
                    "national grid or UTM zone of the study area) and pick the reprojected layer here.",
                )
            )
    if inp.resistance_crs and inp.resistance_crs.valid:
        for crs in inp.other_crs:
            if crs.valid and not crs.same_as_resistance and not crs.is_geographic:
                out.append(
                    Finding(
                        WARNING,
                        "different_crs",
                        f"Layer '{crs.layer_name}' ({crs.description}) is not in the resistance raster's CRS "
                        f"({inp.resistance_crs.description}); it will be reprojected to the raster's CRS for the "
                        "analysis.",
                        "Nothing to do if that is intended; to avoid resampling surprises, reproject it yourself "
                        "to the raster's CRS.",
                    )
                )
    return out


def _check_grids(inp: DoctorInputs) -> list[Finding]:
    out: list[Finding] = []
    ref = inp.resistance_grid
    if ref is None:
        return out
    for grid in inp.other_grids:
        if not (
            math.isclose(grid.cell_x, ref.cell_x, rel_tol=1e-6) and math.isclose(grid.cell_y, ref.cell_y, rel_tol=1e-6)
        ):
            out.append(
                Finding(
                    WARNING,
                    "cell_size_differs",
                    f"Raster '{grid.layer_name}' has {grid.cell_x:g} x {grid.cell_y:g} cells but "
                    f"'{ref.layer_name}' has {ref.cell_x:g} x {ref.cell_y:g}: values will be resampled.",
                    f"Resample '{grid.layer_name}' to the same cell size and grid (Raster > Projections > Warp, "
                    f"with '{ref.layer_name}' as the target extent and resolution).",
                )
            )
            continue
        dx = (grid.x_min - ref.x_min) / ref.cell_x
        dy = (grid.y_max - ref.y_max) / ref.cell_y
        if abs(dx - round(dx)) > _ALIGN_TOL * 1e3 or abs(dy - round(dy)) > _ALIGN_TOL * 1e3:
            out.append(
                Finding(
                    WARNING,
                    "grid_misaligned",
                    f"Raster '{grid.layer_name}' is shifted by {abs(dx - round(dx)):.2f} x "
                    f"{abs(dy - round(dy)):.2f} cells against '{ref.layer_name}': cells do not line up.",
                    f"Warp '{grid.layer_name}' onto the grid of '{ref.layer_name}' (Raster > Projections > Warp, "
                    "same extent and resolution) so both rasters share cell edges.",
                )
            )
    return out


def _where(mask: np.ndarray, grid: GridFacts) -> str:
    rows, cols = np.nonzero(mask)
    x0 = grid.x_min + cols.min() * grid.cell_x
    x1 = grid.x_min + (cols.max() + 1) * grid.cell_x
    y1 = grid.y_max - rows.min() * grid.cell_y
    y0 = grid.y_max - (rows.max() + 1) * grid.cell_y
    r, c = rows[0], cols[0]
    sx, sy = grid.x_min + (c + 0.5) * grid.cell_x, grid.y_max - (r + 0.5) * grid.cell_y
    return f"within x {x0:.0f} to {x1:.0f}, y {y0:.0f} to {y1:.0f} (for example at {_fmt_xy(sx, sy)})"


def _check_values(inp: DoctorInputs) -> list[Finding]:
    out: list[Finding] = []
    sample = inp.resistance_values
    if sample is None:
        return out
    name = inp.resistance_name or (inp.resistance_grid.layer_name if inp.resistance_grid else "resistance")
    built = bool(inp.landcover_name)
    if built:
        name = f"resistance built from '{inp.landcover_name}'"
    else:
        name = f"resistance raster '{name}'"
    v = np.asarray(sample.values, dtype=np.float64)
    total = v.size
    if total == 0:
        return out
    scale = sample.cells_per_sample
    about = "" if sample.exact else "about "
    nodata = ~np.isfinite(v)
    with np.errstate(invalid="ignore"):
        zero = np.isfinite(v) & (v == 0)
        negative = np.isfinite(v) & (v < 0)
    if nodata.all():
        out.append(
            Finding(
                ERROR,
                "all_nodata",
                f"The {name} holds only NoData: no cell can be crossed.",
                "Check the raster's NoData value in Layer Properties > Transparency/Source, or pick the right "
                "raster; when building from land cover, give the classes a resistance in the table.",
            )
        )
        return out
    if nodata.any():
        n = nodata.sum()
        share = n / total
        out.append(
            Finding(
                WARNING if share >= NODATA_SHARE_WARNING else INFO,
                "nodata_cells",
                f"The {name} has {about}{_fmt_int(n * scale)} NoData cells ({share:.1%}), "
                f"{_where(nodata, sample.grid)}. They are impassable.",
                "Nothing to do if those cells are outside the study area or truly impassable; otherwise fill them "
                "(Raster > Analysis > Fill NoData) or give their class a resistance.",
            )
        )
    if zero.any():
        out.append(
            Finding(
                ERROR,
                "zero_resistance",
                f"The {name} has {about}{_fmt_int(zero.sum() * scale)} cells with resistance 0, "
                f"{_where(zero, sample.grid)}. Resistance 0 would make moving free, so these cells cannot be used.",
                "Give them a small positive resistance (for example 1, the cost of the easiest land), with the "
                "Raster Calculator or in the class table; or set them to NoData if they are impassable.",
            )
        )
    if negative.any():
        out.append(
            Finding(
                ERROR,
                "negative_resistance",
                f"The {name} has {about}{_fmt_int(negative.sum() * scale)} cells with negative resistance "
                f"(lowest {np.nanmin(v[negative]):g}), {_where(negative, sample.grid)}.",
                "Resistance must be positive: check the NoData value (a NoData of -9999 not declared as NoData "
                "looks like this) or rescale the values so the lowest is 1.",
            )
        )
    return out


def _check_landcover(inp: DoctorInputs) -> list[Finding]:
    out: list[Finding] = []
    if not inp.landcover_name:
        return out
    table = inp.table or {}
    if not table:
        out.append(
            Finding(
                ERROR,
                "empty_table",
                f"The class -> resistance table for '{inp.landcover_name}' is empty.",
                "Load a preset or a CSV file, or add one row per land-cover class with its resistance.",
            )
        )
    bad = [k for k, v in table.items() if v is not None and (not math.isfinite(float(v)) or float(v) <= 0)]
    if bad:
        out.append(
            Finding(
                ERROR,
                "table_nonpositive",
                "Classes " + ", ".join(f"{_class_str(k)} ({float(table[k]):g})" for k in bad)
                + " have a resistance that is zero, negative or not a number.",
                "Give every class a positive resistance (1 = easiest to cross); leave the cell empty to make a "
                "class impassable.",
            )
        )
    if inp.landcover_classes is not None:
        missing = [c for c in inp.landcover_classes if float(c) not in {float(k) for k in table}]
        if missing:
            default = inp.default_resistance
            effect = (
                f"they get the default resistance {default:g}"
                if default is not None
                else "they will be NoData (impassable)"
            )
            out.append(
                Finding(
                    WARNING,
                    "classes_not_in_table",
                    f"Land-cover classes {', '.join(_class_str(c) for c in missing[:20])}"
                    f"{' ...' if len(missing) > 20 else ''} of '{inp.landcover_name}' are not in the table: "
                    f"{effect}.",
                    "Add a row for each class shown in red in the table, or set the default resistance on purpose.",
                )
            )
    if inp.default_resistance is not None and (
        not math.isfinite(inp.default_resistance) or inp.default_resistance <= 0
    ):
        out.append(
            Finding(
                ERROR,
                "default_nonpositive",
                f"The default resistance {inp.default_resistance:g} is not positive.",
                "Set a positive default resistance, or choose 'impassable' for unlisted classes.",
            )
        )
    return out


def _class_str(value) -> str:
    f = float(value)
    return str(int(f)) if f.is_integer() else f"{f:g}"


def _check_cores(inp: DoctorInputs) -> list[Finding]:
    out: list[Finding] = []
    if inp.cores is None:
        return out
    layer = f"'{inp.cores_name}'"
    if not inp.cores:
        return [
            Finding(
                ERROR,
                "no_cores",
                f"The cores layer {layer} has no features.",
                "Pick the polygon layer of core areas (habitat patches, protected areas), or check its filter.",
            )
        ]
    # ids
    empty = [c for c in inp.cores if c.core_id is None or (isinstance(c.core_id, str) and not c.core_id.strip())]
    if empty:
        out.append(
            Finding(
                ERROR,
                "empty_core_id",
                f"{len(empty)} core(s) in {layer} have no value in the id field '{inp.id_field}' "
                f"(feature ids {', '.join(str(c.feature_id) for c in empty[:10])}).",
                f"Fill '{inp.id_field}' for every core (Open Attribute Table), or pick another id field.",
            )
        )
    empty_ids = {id(c) for c in empty}
    seen: dict = {}
    for c in inp.cores:
        if id(c) in empty_ids:
            continue
        key = str(c.core_id).strip() if isinstance(c.core_id, str) else c.core_id
        seen.setdefault(key, []).append(c)
    dups = {k: v for k, v in seen.items() if len(v) > 1}
    if dups:
        out.append(
            Finding(
                ERROR,
                "duplicate_core_id",
                f"Core ids repeat in field '{inp.id_field}' of {layer}: "
                + ", ".join(f"{k} ({len(v)} times)" for k, v in list(dups.items())[:10])
                + ".",
                "Give every core its own id (one id per core area; merge parts of one core with "
                "Vector > Geoprocessing > Dissolve on the id field).",
            )
        )
    geoms = [c for c in inp.cores if c.geometry is not None and not c.geometry.is_empty]
    geom_ids = {id(c) for c in geoms}
    no_geom = [c for c in inp.cores if id(c) not in geom_ids]
    if no_geom:
        out.append(
            Finding(
                ERROR,
                "empty_core_geometry",
                f"{len(no_geom)} core(s) in {layer} have no geometry (ids "
                f"{', '.join(str(c.core_id) for c in no_geom[:10])}).",
                "Delete those features or draw their outline.",
            )
        )
    grid = inp.resistance_grid
    if grid is None:
        return out
    from shapely.geometry import box

    extent = box(*grid.bounds)
    cell_area = grid.cell_x * grid.cell_y
    outside, partly, small = [], [], []
    for c in geoms:
        g = c.geometry
        if not g.intersects(extent):
            outside.append(c)
            continue
        if not g.within(extent):
            partly.append(c)
        if g.area < cell_area:
            small.append(c)
    if outside:
        out.append(
            Finding(
                ERROR,
                "core_outside_raster",
                f"Core(s) {_ids(outside)} of {layer} lie outside the resistance raster "
                f"(x {grid.x_min:.0f} to {grid.x_max:.0f}, y {grid.y_min:.0f} to {grid.y_max:.0f}).",
                "Check that the cores and the raster cover the same area and that both CRSs are set right; "
                "remove cores outside the study area or extend the raster.",
            )
        )
    if partly:
        out.append(
            Finding(
                WARNING,
                "core_partly_outside",
                f"Core(s) {_ids(partly)} of {layer} reach beyond the resistance raster; only their part on the "
                "raster is used.",
                "Extend the raster to cover the whole cores, or clip the cores to the study area.",
            )
        )
    if small:
        out.append(
            Finding(
                WARNING,
                "core_smaller_than_cell",
                f"Core(s) {_ids(small)} of {layer} are smaller than one raster cell "
                f"({grid.cell_x:g} x {grid.cell_y:g}): each is represented by the cells it touches.",
                "Use a finer resistance raster, or merge tiny cores into larger core areas.",
            )
        )
    sample = inp.resistance_values
    if sample is not None:
        on_nodata = []
        outside_ids = {id(c) for c in outside}
        for c in geoms:
            if id(c) in outside_ids:
                continue
            rows, cols = _cells_inside(c.geometry, sample.grid)
            if rows.size == 0:
                continue
            vals = sample.values[rows, cols]
            with np.errstate(invalid="ignore"):
                passable = np.isfinite(vals) & (vals > 0)
            if not passable.any():
                on_nodata.append(c)
        if on_nodata:
            out.append(
                Finding(
                    ERROR,
                    "core_on_nodata",
                    f"Core(s) {_ids(on_nodata)} of {layer} lie entirely on NoData (or non-positive) resistance "
                    "cells: no path can start there.",
                    "Give the cells under these cores a resistance (fill NoData, or add their land-cover class to "
                    "the table), or remove the cores.",
                )
            )
    return out


def _ids(cores: Sequence[CoreFacts]) -> str:
    text = ", ".join(str(c.core_id) for c in cores[:10])
    return text + (f" and {len(cores) - 10} more" if len(cores) > 10 else "")


def estimate(inp: DoctorInputs) -> tuple[int, float, int]:
    """(estimated peak bytes, estimated seconds, number of pairs) of a full run."""
    grid = inp.resistance_grid
    cells = grid.cells if grid else 0
    cores = [c for c in (inp.cores or []) if c.geometry is not None and not c.geometry.is_empty]
    pairs = pairs_within(cores, inp.options.max_distance)
    factor = SIXTEEN_NEIGHBOUR_FACTOR if inp.options.neighbours == 16 else 1.0
    peak = cells * (BYTES_PER_CELL_COSTDISTANCE + BYTES_PER_CELL_MOSAIC + (8 if inp.landcover_name else 0))
    linked = set(range(len(cores))) if not inp.options.max_distance else _linked(cores, inp.options)
    seconds = (len(linked) * cells * SECONDS_PER_CELL_COSTDISTANCE * factor) + pairs * cells * SECONDS_PER_CELL_PAIR
    return int(peak), float(seconds), pairs


def _linked(cores: Sequence[CoreFacts], options: Options) -> set:
    linked: set = set()
    for i, j in linked_pairs([c.geometry for c in cores], options.max_distance):
        linked.update((i, j))
    return linked


def _check_size(inp: DoctorInputs) -> list[Finding]:
    out: list[Finding] = []
    if inp.resistance_grid is None or not inp.cores:
        return out
    cores = [c for c in inp.cores if c.geometry is not None and not c.geometry.is_empty]
    if len(cores) < 2:
        out.append(
            Finding(
                ERROR,
                "too_few_cores",
                f"The cores layer '{inp.cores_name}' has {len(cores)} core with a geometry; corridors need at "
                "least two.",
                "Pick a layer with two or more core areas.",
            )
        )
        return out
    peak, seconds, pairs = estimate(inp)
    opts = inp.options
    if pairs == 0:
        out.append(
            Finding(
                ERROR,
                "no_pairs",
                f"No two cores are within the maximum distance of {opts.max_distance:g} map units, so no corridor "
                "would be computed.",
                "Raise the maximum distance between cores, or choose 'all pairs'.",
            )
        )
    elif pairs > MANY_PAIRS or seconds > LONG_RUN_SECONDS:
        how = "all pairs" if not opts.max_distance else f"pairs within {opts.max_distance:g} map units"
        out.append(
            Finding(
                WARNING,
                "many_pairs",
                f"{_fmt_int(pairs)} core pairs will be analysed ({how} of {len(cores)} cores); this takes about "
                f"{format_seconds(seconds)}.",
                "Set a maximum distance between cores so only neighbouring cores are linked (Linkage Mapper "
                "links only nearby cores too), or use a coarser resistance raster.",
            )
        )
    free = inp.free_memory_bytes
    budget = f"about {format_bytes(peak)} of memory and {format_seconds(seconds)}"
    if free is not None and peak > free:
        out.append(
            Finding(
                ERROR,
                "memory_exceeds_free",
                f"The analysis needs {budget} ({_fmt_int(inp.resistance_grid.cells)} cells), more than the "
                f"{format_bytes(free)} of memory free on this computer.",
                "Close other programs, clip the rasters to the study area, or use a coarser cell size "
                "(Raster > Projections > Warp with a larger resolution).",
            )
        )
    elif free is not None and peak > 0.5 * free:
        out.append(
            Finding(
                WARNING,
                "memory_tight",
                f"The analysis needs {budget}: more than half of the {format_bytes(free)} free.",
                "Close other programs before running, or clip the rasters to the study area.",
            )
        )
    else:
        free_text = f" ({format_bytes(free)} free)" if free is not None else ""
        out.append(
            Finding(
                INFO,
                "estimate",
                f"{_fmt_int(pairs)} core pairs, {_fmt_int(inp.resistance_grid.cells)} cells: about "
                f"{format_bytes(peak)} of memory{free_text} and {format_seconds(seconds)}.",
                "Nothing to do.",
            )
        )
    return out


def _check_unreadable(inp: DoctorInputs) -> list[Finding]:
    return [
        Finding(
            INFO,
            "values_not_checked",
            f"The values of '{name}' could not be read, so NoData and zero/negative resistance were not checked.",
            "Use a raster file (GeoTIFF) to get these checks.",
        )
        for name in inp.unreadable
    ]


def diagnose(inp: DoctorInputs) -> list[Finding]:
    """All findings, errors first."""
    findings: list[Finding] = []
    for check in (_check_crs, _check_grids, _check_landcover, _check_values, _check_cores, _check_size):
        findings.extend(check(inp))
    findings.extend(_check_unreadable(inp))
    return sorted(findings, key=lambda f: _ORDER.get(f.severity, 3))


def has_errors(findings: Sequence[Finding]) -> bool:
    return any(f.blocks_run for f in findings)
