"""Focal minimum / maximum over a ring or a disc of cells, exact in map units, in pure numpy.

A kernel is a boolean grid of cell offsets. Each kernel row is a few horizontal runs of offsets (a disc row is one
run, a ring row one or two), so a focal filter over the kernel is the minimum, over the runs, of the array's running
minimum of the run's length, shifted by the run's offset. Running minima of any length L come from a sparse table
along the rows (minima over 1, 2, 4, ... columns; a length-L minimum is that of two overlapping power-of-two
blocks), so the whole filter costs a few vector operations per kernel row: O(cells x kernel height), never a loop
over cells. Cells outside the array and NoData (NaN) take no part.
"""

from __future__ import annotations

import math

import numpy as np

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr

# Offsets whose squared distance is within this relative tolerance of a bound count as on it: a ring of 0.3 m
# on 0.1 m cells must hold the cell 3 x 0.1 m away although 3 * 0.1 > 0.3 in floating point.
_TOL = 1e-9


def _offsets(radius: float, cell_size) -> tuple[np.ndarray, float]:
    """Squared map distances of the offsets of the box that holds the disc of `radius`, and the tolerance."""
    dx, dy = float(cell_size[0]), float(cell_size[1])
    if not (dx > 0 and dy > 0 and math.isfinite(dx) and math.isfinite(dy)):
        raise CcsgError(tr("The cell size must be positive, not {0}.", cell_size))
    rows = int(math.floor(radius / dy * (1 + _TOL)))
    cols = int(math.floor(radius / dx * (1 + _TOL)))
    di = np.arange(-rows, rows + 1, dtype=np.float64)[:, None] * dy
    dj = np.arange(-cols, cols + 1, dtype=np.float64)[None, :] * dx
    return di * di + dj * dj, _TOL * radius * radius


def ring_width(cell_size) -> float:
    """The ring's width in map units: one cell (the larger side on non-square cells, so the ring stays closed)."""
    return max(float(cell_size[0]), float(cell_size[1]))


def ring_kernel(radius: float, cell_size) -> np.ndarray:
    """Offsets of the cells whose centre lies at a distance d with radius - cell size < d <= radius."""
    width = ring_width(cell_size)
    if not radius >= width * (1 - _TOL):
        raise CcsgError(tr("The radius {0:g} is below the cell size {1:g}; use a radius of at least one cell.",
                           radius, width))
    d2, tol = _offsets(radius, cell_size)
    inner = max(radius - width, 0.0)
    return (d2 <= radius * radius + tol) & (d2 > inner * inner + tol)


def disc_kernel(radius: float, cell_size) -> np.ndarray:
    """Offsets of the cells whose centre lies at a distance d <= radius (the area a disc of that radius restores)."""
    d2, tol = _offsets(radius, cell_size)
    return d2 <= radius * radius + tol


def kernel_runs(kernel: np.ndarray) -> list[tuple[int, int, int]]:
    """(row offset, first column offset, length) of each horizontal run of True cells in the kernel."""
    kh, kw = kernel.shape
    half_r, half_c = kh // 2, kw // 2
    runs = []
    for i in range(kh):
        edges = np.flatnonzero(np.diff(np.concatenate(([False], kernel[i], [False])).astype(np.int8)))
        for s, e in zip(edges[::2], edges[1::2]):
            runs.append((i - half_r, int(s) - half_c, int(e - s)))
    return runs


def kernel_offsets(kernel: np.ndarray) -> np.ndarray:
    """(n, 2) array of the (row, column) offsets the kernel holds."""
    kh, kw = kernel.shape
    return np.argwhere(kernel) - np.array([kh // 2, kw // 2])


def _focal(array: np.ndarray, kernel: np.ndarray, op, fill: float) -> np.ndarray:
    a = np.asarray(array, dtype=np.float64)
    h, w = a.shape
    kh, kw = kernel.shape
    half_r, half_c = kh // 2, kw // 2
    runs = kernel_runs(kernel)
    out = np.full((h, w), fill)
    if not runs:
        return out
    padded = np.full((h + 2 * half_r, w + 2 * half_c), fill)
    inner = padded[half_r:half_r + h, half_c:half_c + w]
    inner[...] = a
    inner[np.isnan(inner)] = fill  # NoData takes no part (NaN would win every comparison)
    by_length: dict = {}
    for di, dj, length in runs:
        by_length.setdefault(length, []).append((di, dj))
    # Sparse table along the rows: level[:, x] = op over padded[:, x:x + p]; lengths are visited in increasing
    # order so only the current power of two (and the one it is built from) is held.
    p, level = 1, padded
    for length in sorted(by_length):
        while 2 * p <= length:
            level = op(level[:, :-p], level[:, p:])
            p *= 2
        # Minimum over `length` columns starting at x: two overlapping blocks of p columns.
        span = level if length == p else op(level[:, :level.shape[1] - (length - p)], level[:, length - p:])
        for di, dj in by_length[length]:
            r0, c0 = half_r + di, half_c + dj
            op(out, span[r0:r0 + h, c0:c0 + w], out=out)
    return out


def focal_min(array: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """Minimum over the kernel's cells around each cell; inf where none of them holds a value."""
    return _focal(array, kernel, np.minimum, math.inf)


def focal_max(array: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    """Maximum over the kernel's cells around each cell; NaN where none of them holds a value."""
    out = _focal(array, kernel, np.maximum, -math.inf)
    out[out == -math.inf] = np.nan
    return out
