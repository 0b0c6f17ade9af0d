"""Input doctor checks of the core areas: no features, empty or repeated ids, missing geometry, cores outside,
partly outside or smaller than a cell of the resistance raster, and cores lying entirely on impassable cells."""

from __future__ import annotations

import math
from typing import Sequence

import numpy as np

from ccsg_plugin.core.doctor.findings import ERROR, WARNING, CoreFacts, DoctorInputs, Finding, GridFacts
from ccsg_plugin.core.text import join, tr


def check_cores(inp: DoctorInputs) -> list[Finding]:
    out: list[Finding] = []
    if inp.cores is None:
        return out
    layer = f"'{inp.cores_name}'"
    if not inp.cores:
        return [
            Finding(
                ERROR,
                "no_cores",
                tr("The cores layer {0} has no features.", layer),
                tr("Pick the polygon layer of core areas (habitat patches, protected areas), or check its filter."),
            )
        ]
    # ids
    empty = [c for c in inp.cores if c.core_id is None or (isinstance(c.core_id, str) and not c.core_id.strip())]
    if empty:
        out.append(
            Finding(
                ERROR,
                "empty_core_id",
                tr("{0} core(s) in {1} have no value in the id field '{2}' (feature ids {3}).",
                   None, len(empty), len(empty), layer, inp.id_field, ', '.join(str(c.feature_id) for c in empty[:10])),
                tr("Fill '{0}' for every core (Open Attribute Table), or pick another id field.", inp.id_field),
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
                tr("Core ids repeat in field '{0}' of {1}: {2}.", inp.id_field, layer,
                   join(", ", (tr("{0} ({1} times)", k, len(v)) for k, v in list(dups.items())[:10]))),
                tr("Give every core its own id (one id per core area; merge parts of one core with Vector > "
                   "Geoprocessing > Dissolve on the id field)."),
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
                tr("{0} core(s) in {1} have no geometry (ids {2}).",
                   None, len(no_geom), len(no_geom), layer, ', '.join(str(c.core_id) for c in no_geom[:10])),
                tr("Delete those features or draw their outline."),
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
                tr("Core(s) {0} of {1} lie outside the resistance raster (x {2} to {3}, y {4} to {5}).",
                   None, len(outside), _ids(outside), layer, f'{grid.x_min:.0f}', f'{grid.x_max:.0f}',
                   f'{grid.y_min:.0f}', f'{grid.y_max:.0f}'),
                tr("Check that the cores and the raster cover the same area and that both CRSs are set right; remove "
                   "cores outside the study area or extend the raster."),
            )
        )
    if partly:
        out.append(
            Finding(
                WARNING,
                "core_partly_outside",
                tr("Core(s) {0} of {1} reach beyond the resistance raster; only their part on the raster is used.",
                   None, len(partly), _ids(partly), layer),
                tr("Extend the raster to cover the whole cores, or clip the cores to the study area."),
            )
        )
    if small:
        out.append(
            Finding(
                WARNING,
                "core_smaller_than_cell",
                tr("Core(s) {0} of {1} are smaller than one raster cell ({2} x {3}): each is represented by the cells "
                   "it touches.", None, len(small), _ids(small), layer, f'{grid.cell_x:g}', f'{grid.cell_y:g}'),
                tr("Use a finer resistance raster, or merge tiny cores into larger core areas."),
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
                    tr("Core(s) {0} of {1} lie entirely on NoData (or non-positive) resistance cells: no path can "
                       "start there.", None, len(on_nodata), _ids(on_nodata), layer),
                    tr("Give the cells under these cores a resistance (fill NoData, or add their land-cover class to "
                       "the table), or remove the cores."),
                )
            )
    return out


def _ids(cores: Sequence[CoreFacts]) -> str:
    text = ", ".join(str(c.core_id) for c in cores[:10])
    return tr("{0} and {1} more", text, len(cores) - 10) if len(cores) > 10 else text


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
