"""Rasters as numpy arrays with a GDAL geotransform, and zonal statistics by cell centre (pure numpy + shapely).

A cell belongs to a polygon when its centre lies inside it (ARCHITECTURE.md); a polygon that holds no cell centre
takes the cell under its representative point. The scanline fill below is the even-odd rule row by row, so holes
and multi-part polygons need no special case.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional

import numpy as np
from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

from ccsg_plugin.core.text import tr


def cell_size_of(transform: tuple) -> tuple[float, float]:
    """(dx, dy) of a GDAL geotransform, both positive."""
    return abs(float(transform[1])), abs(float(transform[5]))


def cell_area_of(transform: tuple) -> float:
    dx, dy = cell_size_of(transform)
    return dx * dy


@dataclass
class RasterArray:
    data: np.ndarray
    transform: tuple  # GDAL: (x0, dx, 0, y0, 0, dy); dy is negative for north-up rasters
    nodata_mask: Optional[np.ndarray] = None  # True where NoData
    name: str = "raster"  # layer name for messages

    def __post_init__(self) -> None:
        if self.nodata_mask is None:
            if np.issubdtype(self.data.dtype, np.floating):
                self.nodata_mask = ~np.isfinite(self.data)
            else:
                self.nodata_mask = np.zeros(self.data.shape, dtype=bool)

    @property
    def nodata(self) -> np.ndarray:
        """The NoData mask (__post_init__ always sets it)."""
        assert self.nodata_mask is not None
        return self.nodata_mask

    @property
    def cell_size(self) -> tuple[float, float]:
        return cell_size_of(self.transform)

    @property
    def cell_area(self) -> float:
        return cell_area_of(self.transform)

    def extent(self) -> BaseGeometry:
        x0, dx, _, y0, _, dy = self.transform
        rows, cols = self.data.shape
        xs, ys = (x0, x0 + cols * dx), (y0, y0 + rows * dy)
        return box(min(xs), min(ys), max(xs), max(ys))


@dataclass
class Window:
    """A rectangular block of a raster: rows r0:r1, cols c0:c1, and the cells inside the polygon (mask)."""

    r0: int
    r1: int
    c0: int
    c1: int
    mask: np.ndarray  # bool (r1-r0, c1-c0): cell centre inside the polygon

    def take(self, array: np.ndarray) -> np.ndarray:
        return array[self.r0:self.r1, self.c0:self.c1]

    def values(self, array: np.ndarray) -> np.ndarray:
        return self.take(array)[self.mask]


def _rings(geom: BaseGeometry) -> list[np.ndarray]:
    out = []
    for part in getattr(geom, "geoms", [geom]):
        if part.geom_type == "Polygon":
            out.append(np.asarray(part.exterior.coords)[:, :2])
            out.extend(np.asarray(r.coords)[:, :2] for r in part.interiors)
        elif hasattr(part, "geoms"):
            for g in _rings(part):
                out.append(g)
    return out


def _edges(geom: BaseGeometry) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    xs0, ys0, xs1, ys1 = [], [], [], []
    for ring in _rings(geom):
        xs0.append(ring[:-1, 0])
        ys0.append(ring[:-1, 1])
        xs1.append(ring[1:, 0])
        ys1.append(ring[1:, 1])
    if not xs0:
        empty = np.zeros(0)
        return empty, empty, empty, empty
    return np.concatenate(xs0), np.concatenate(ys0), np.concatenate(xs1), np.concatenate(ys1)


def window_of(raster: RasterArray, bounds: tuple[float, float, float, float]) -> Optional[tuple[int, int, int, int]]:
    """Rows and columns (r0, r1, c0, c1) of the cells whose extent meets `bounds`, clipped to the raster."""
    x0, dx, _, y0, _, dy = raster.transform
    rows, cols = raster.data.shape
    minx, miny, maxx, maxy = bounds
    ca, cb = sorted(((minx - x0) / dx, (maxx - x0) / dx))
    ra, rb = sorted(((miny - y0) / dy, (maxy - y0) / dy))
    c0, c1 = max(0, int(math.floor(ca))), min(cols, int(math.floor(cb)) + 1)
    r0, r1 = max(0, int(math.floor(ra))), min(rows, int(math.floor(rb)) + 1)
    if c0 >= c1 or r0 >= r1:
        return None
    return r0, r1, c0, c1


def cell_centre_mask(raster: RasterArray, geom: BaseGeometry, rc: tuple[int, int, int, int]) -> np.ndarray:
    """Bool mask over the window rc: True where the cell centre is inside geom (even-odd scanline fill).

    Each ring edge that crosses a row of cell centres toggles the parity of every cell centre at or right of the
    crossing; a cumulative sum of the toggles along the row gives inside/outside for the whole window at once."""
    r0, r1, c0, c1 = rc
    x0, dx, _, y0, _, dy = raster.transform
    ncols = c1 - c0
    mask = np.zeros((r1 - r0, ncols), dtype=bool)
    ex0, ey0, ex1, ey1 = _edges(geom)
    if ex0.size == 0:
        return mask
    yc = y0 + (np.arange(r0, r1) + 0.5) * dy
    keep = np.maximum(ey0, ey1) >= yc.min()
    keep &= np.minimum(ey0, ey1) <= yc.max()
    ex0, ey0, ex1, ey1 = ex0[keep], ey0[keep], ex1[keep], ey1[keep]
    step = max(1, 2_000_000 // max(ex0.size, 1))  # rows per block: keeps (rows x edges) temporaries small
    for b0 in range(0, len(yc), step):
        y = yc[b0:b0 + step, None]
        crossing = (ey0 <= y) != (ey1 <= y)  # half-open rule: each vertex counted once
        rows, edges = np.nonzero(crossing)
        if rows.size == 0:
            continue
        yy = y[rows, 0]
        xcross = ex0[edges] + (yy - ey0[edges]) * (ex1[edges] - ex0[edges]) / (ey1[edges] - ey0[edges])
        # first column whose centre lies at or right of the crossing
        first = np.ceil((xcross - x0) / dx - c0 - 0.5) if dx > 0 else np.floor((xcross - x0) / dx - c0 - 0.5) + 1
        first = np.clip(first, 0, ncols).astype(np.int64)
        toggles = np.zeros((len(y), ncols + 1), dtype=np.int32)
        np.add.at(toggles, (rows, first), 1)
        if dx > 0:
            mask[b0:b0 + len(y)] = (np.cumsum(toggles[:, :ncols], axis=1) % 2) == 1
        else:  # columns run west-ward: parity counted from the right
            mask[b0:b0 + len(y)] = (np.cumsum(toggles[:, ::-1], axis=1)[:, ::-1][:, 1:] % 2) == 1
    return mask


def rasterise(raster: RasterArray, geom: BaseGeometry, margin: float = 0.0) -> Optional[Window]:
    """The window of the raster around geom (plus margin) with the cells whose centre is inside geom.
    A polygon too small to hold a cell centre takes the cell under its representative point. None when the
    geometry lies outside the raster."""
    if geom is None or geom.is_empty:
        return None
    minx, miny, maxx, maxy = geom.bounds
    rc = window_of(raster, (minx - margin, miny - margin, maxx + margin, maxy + margin))
    if rc is None:
        return None
    mask = cell_centre_mask(raster, geom, rc)
    if not mask.any():
        p = geom.representative_point()
        x0, dx, _, y0, _, dy = raster.transform
        c, r = int(math.floor((p.x - x0) / dx)), int(math.floor((p.y - y0) / dy))
        if rc[0] <= r < rc[1] and rc[2] <= c < rc[3]:
            mask[r - rc[0], c - rc[2]] = True
    return Window(rc[0], rc[1], rc[2], rc[3], mask)


def coverage_problem(raster: RasterArray, geom: BaseGeometry, window: Optional[Window],
                     max_outside_share: float = 0.01, max_nodata_share: float = 0.5) -> Optional[str]:
    """A reason why the raster cannot be used for this geometry, or None when it covers it."""
    if window is None or not window.mask.any():
        return tr("raster '{0}' does not cover the corridor", raster.name)
    area = geom.area
    if area > 0:
        outside = geom.difference(raster.extent()).area / area
        if outside > max_outside_share:
            return tr("raster '{0}' covers only {1} % of the corridor", raster.name, f'{100.0 * (1.0 - outside):.0f}')
    nodata = window.values(raster.nodata)
    share = float(nodata.mean()) if nodata.size else 1.0
    if share > max_nodata_share:
        return tr("raster '{0}' is NoData on {1} % of the corridor", raster.name, f'{100.0 * share:.0f}')
    return None


def cell_boxes_union(raster: RasterArray, window: Window, cells: np.ndarray) -> BaseGeometry:
    """Union of the cell squares where `cells` (a bool array over the window) is True, built from row runs."""
    from shapely.ops import unary_union

    x0, dx, _, y0, _, dy = raster.transform
    boxes = []
    for i in range(cells.shape[0]):
        row = cells[i]
        if not row.any():
            continue
        padded = np.concatenate(([False], row, [False]))
        diff = np.diff(padded.astype(np.int8))
        starts, ends = np.flatnonzero(diff == 1), np.flatnonzero(diff == -1)
        r = window.r0 + i
        ya, yb = y0 + r * dy, y0 + (r + 1) * dy
        for s, e in zip(starts, ends):
            xa, xb = x0 + (window.c0 + s) * dx, x0 + (window.c0 + e) * dx
            boxes.append(box(min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb)))
    return unary_union(boxes) if boxes else box(0, 0, 0, 0).buffer(0)
