"""The climate-gradient term of the step costs (Climate Linkage Mapper): CLIMATE_COST x |climate difference|.

A step between two neighbouring cells costs the usual mean resistance x step length plus climate_cost x the
absolute difference of the climate values of its two end cells (symmetric, the same uphill and downhill: the
setting Linkage Mapper passes to GRASS r.walk). A knight's move adds the term for its two end cells only.

The engine adds the term once per edge when it builds its edge-cost arrays (horizontal prefix sums, vertical and
diagonal costs), and per row for knight's moves, so it costs a few vector operations per row and nothing per sweep.
"""

from __future__ import annotations

import math

import numpy as np

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr


class ClimateTerm:
    """The climate grid times the climate cost (finite everywhere; 0 on cells the engine treats as impassable):
    scaled once, so each edge's term is one subtraction and one absolute value."""

    def __init__(self, scaled: np.ndarray, cost: float):
        self.c = scaled  # climate x cost
        self.k = float(cost)

    @classmethod
    def build(cls, climate: np.ndarray, blocked: np.ndarray, cost: float) -> ClimateTerm:
        scaled = np.multiply(climate, float(cost))
        scaled[blocked] = 0.0
        return cls(scaled, cost)

    def add(self, out: np.ndarray, a: np.ndarray, b: np.ndarray, tmp: np.ndarray | None = None) -> np.ndarray:
        """out += |a - b| (a, b: slices of the scaled climate of the same shape as out)."""
        t = np.subtract(a, b, out=tmp)
        np.abs(t, out=t)
        out += t
        return out

    def transposed(self, transpose) -> ClimateTerm:
        return ClimateTerm(transpose(self.c), self.k)

    def span(self, passable: np.ndarray) -> float:
        """Largest scaled climate difference between two passable cells (a bound on any edge's climate term)."""
        if not passable.any():
            return 0.0
        hi = np.max(self.c, where=passable, initial=-np.inf)
        return float(hi - np.min(self.c, where=passable, initial=np.inf))


def check_climate(climate, climate_cost, shape) -> tuple[np.ndarray | None, float]:
    """(climate as float64 or None, cost). No climate, or a zero cost, leaves the plain engine untouched except
    that cells without a climate value are impassable whenever a climate grid is given."""
    cost = float(climate_cost or 0.0)
    if not math.isfinite(cost) or cost < 0:
        raise CcsgError(tr("The climate cost must be 0 or positive (cost units per climate unit), not {0}.",
                           climate_cost))
    if climate is None:
        if cost > 0:
            raise CcsgError(tr("A climate cost needs a climate grid."))
        return None, 0.0
    c = np.asarray(climate, dtype=np.float64)
    if c.shape != tuple(shape):
        raise CcsgError(tr("The climate grid has shape {0} but the resistance grid has shape {1}.", c.shape,
                           tuple(shape)))
    return c, cost


def climate_step(climate: np.ndarray, a: tuple[int, int], b: tuple[int, int], cost: float) -> float:
    """The climate term of one step from cell a to cell b."""
    return float(cost) * abs(float(climate[a]) - float(climate[b]))
