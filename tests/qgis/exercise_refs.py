"""Independent references for the workshop exercise's analysis steps on the demo landscape (tests only: GDAL, numpy,
scipy; no plugin code): the grid and core cells, cost distances by scipy's Dijkstra, Barrier Mapper's ring minimum by
brute force, core climates, and the connectivity indices by enumerating every path between the cores."""

from __future__ import annotations

import math
from itertools import permutations
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr

# 8 neighbours: (row step, column step)
STEPS = [(0, 1), (1, 0), (1, 1), (1, -1)]


class Grid:
    def __init__(self, raster: Path):
        ds = gdal.Open(str(raster))
        band = ds.GetRasterBand(1)
        values = band.ReadAsArray().astype(float)
        nodata = band.GetNoDataValue()
        if nodata is not None:
            values[values == nodata] = np.nan
        self.values = values
        self.transform = ds.GetGeoTransform()
        self.projection = ds.GetProjection()
        self.dx, self.dy = self.transform[1], -self.transform[5]

    @property
    def shape(self):
        return self.values.shape

    def cell_of(self, x: float, y: float) -> tuple[int, int]:
        return int((self.transform[3] - y) // self.dy), int((x - self.transform[0]) // self.dx)

    def centre(self, row: int, col: int) -> tuple[float, float]:
        return self.transform[0] + (col + 0.5) * self.dx, self.transform[3] - (row + 0.5) * self.dy


def core_masks(grid: Grid, cores_shp: Path, id_field: str = "core_id") -> dict:
    """Cells whose centre lies in each core (GDAL's default rasterisation rule)."""
    rows, cols = grid.shape
    mem = gdal.GetDriverByName("MEM").Create("", cols, rows, 1, gdal.GDT_Int32)
    mem.SetGeoTransform(grid.transform)
    mem.SetProjection(grid.projection)
    source = ogr.Open(str(cores_shp))
    gdal.RasterizeLayer(mem, [1], source.GetLayer(0), options=[f"ATTRIBUTE={id_field}"])
    ids = mem.GetRasterBand(1).ReadAsArray()
    return {int(k): ids == k for k in np.unique(ids) if k != 0}


def cost_distance(resistance: np.ndarray, sources: np.ndarray, dx: float, dy: float) -> np.ndarray:
    """Accumulated cost from the source cells: a step costs the mean resistance of its two cells times its length;
    NaN or infinite resistance cannot be entered. scipy's Dijkstra on the explicit graph."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import dijkstra

    rows, cols = resistance.shape
    valid = np.isfinite(resistance)
    index = np.arange(rows * cols).reshape(rows, cols)
    heads, tails, weights = [], [], []
    for di, dj in STEPS:
        r0, r1 = max(0, -di), rows - max(0, di)
        c0, c1 = max(0, -dj), cols - max(0, dj)
        a = (slice(r0, r1), slice(c0, c1))
        b = (slice(r0 + di, r1 + di), slice(c0 + dj, c1 + dj))
        ok = valid[a] & valid[b]
        w = (resistance[a] + resistance[b]) / 2 * math.hypot(di * dy, dj * dx)
        heads.append(index[a][ok])
        tails.append(index[b][ok])
        weights.append(w[ok])
    h, t, w = (np.concatenate(x) for x in (heads, tails, weights))
    graph = coo_matrix((np.concatenate([w, w]), (np.concatenate([h, t]), np.concatenate([t, h]))),
                       shape=(rows * cols,) * 2).tocsr()
    start = index[sources & valid]
    distances = dijkstra(graph, directed=True, indices=start, min_only=True)
    return distances.reshape(rows, cols)


def lcd(cost_a: np.ndarray, mask_b: np.ndarray) -> float:
    return float(np.min(cost_a[mask_b]))


def ring_offsets(radius: float, dx: float, dy: float) -> list:
    """Cells whose centre lies at a distance d with radius - cell size < d <= radius (Barrier Mapper's ring)."""
    cell = max(dx, dy)
    reach = int(radius // min(dx, dy)) + 1
    return [(i, j) for i in range(-reach, reach + 1) for j in range(-reach, reach + 1)
            if radius - cell < math.hypot(i * dy, j * dx) <= radius]


def ring_min(values: np.ndarray, offsets: list) -> np.ndarray:
    """For every cell, the minimum of ``values`` over the ring (cells outside the grid are left out)."""
    rows, cols = values.shape
    out = np.full(values.shape, np.inf)
    for i, j in offsets:
        src = values[max(0, i):rows + min(0, i), max(0, j):cols + min(0, j)]
        dst = out[max(0, -i):rows + min(0, -i), max(0, -j):cols + min(0, -j)]
        np.minimum(dst, src, out=dst)
    return out


def core_climate(climate: np.ndarray, mask: np.ndarray) -> float:
    """Climate Linkage Mapper's core climate: mean - 2 SD of the climate over the core's cells."""
    values = climate[mask & np.isfinite(climate)]
    return float(values.mean() - 2 * values.std())


def best_products(n: int, probability: dict) -> np.ndarray:
    """p*: the best product of link probabilities over every simple path between two cores (enumerated)."""
    best = np.eye(n)
    for s in range(n):
        for t in range(n):
            if s == t:
                continue
            others = [k for k in range(n) if k not in (s, t)]
            for length in range(len(others) + 1):
                for middle in permutations(others, length):
                    path = (s, *middle, t)
                    p = 1.0
                    for u, v in zip(path, path[1:]):
                        p *= probability.get(frozenset((u, v)), 0.0)
                    best[s, t] = max(best[s, t], p)
    return best


def pc_numerator(areas: np.ndarray, probability: dict, removed: int | None = None) -> float:
    """sum_i sum_j a_i a_j p*_ij, without core ``removed`` (node and links) when given."""
    keep = [k for k in range(len(areas)) if k != removed]
    index = {old: new for new, old in enumerate(keep)}
    links = {frozenset(index[k] for k in pair): p for pair, p in probability.items() if removed not in pair}
    best = best_products(len(keep), links)
    a = areas[keep]
    return float(a @ best @ a)
