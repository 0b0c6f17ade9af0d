"""Linkage priority (Linkage Mapper's Linkage Priority tool, Gallo & Greene): which corridors matter most.

Normalisations are Linkage Mapper's (lp_main.normalize_field), with a max of 0 giving 0:
    score range: (x - min) / (max - min), inverted (max - x) / (max - min)
    max value:   x / max,                 inverted (max + min - x) / max
When every value is the same, the score range gives 1 (each is both the best and the worst).

Per core: cav = w_res inv_max(mean resistance) + w_size max(area) + w_ap max(area / perimeter) + w_ecav max(expert)
    + w_cfc max(current-flow centrality); norm_cav = score_range(cav).
Per link: rel_close = inv_score_range(path length); rel_perm = inv_score_range(lcd_per_path, the mean resistance
    along the path); csp = w_close rel_close + w_perm rel_perm + w_cav (norm_cav_a + norm_cav_b) / 2
    + w_eciv score_range(expert); csp_norm = csp / max(csp).
Blended priority: for each corridor, w_trunc (1 - v / cutoff) + w_csp csp_norm on its cells (v = the normalised
    corridor value: 0 on the least-cost path, the cutoff at the corridor's edge), the cell-wise maximum over corridors.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr


@dataclass
class Weights:
    resistance: float = 0.33
    size: float = 0.33
    area_perimeter: float = 0.34
    core_expert: float = 0.0
    centrality: float = 0.0
    closeness: float = 0.33
    permeability: float = 0.33
    core_value: float = 0.34
    link_expert: float = 0.0
    truncated: float = 0.5
    csp: float = 0.5

    def check(self) -> None:
        for name, value in vars(self).items():
            if not (np.isfinite(value) and value >= 0):
                raise CcsgError(tr("The weight {0} must be 0 or more (it is {1}).", name, value))


def score_range(x, invert: bool = False) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        return x
    lo, hi = float(np.min(x)), float(np.max(x))
    if hi <= 0:
        return np.zeros_like(x)
    if hi == lo:
        return np.ones_like(x)
    return (hi - x) / (hi - lo) if invert else (x - lo) / (hi - lo)


def max_value(x, invert: bool = False) -> np.ndarray:
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        return x
    lo, hi = float(np.min(x)), float(np.max(x))
    if hi <= 0:
        return np.zeros_like(x)
    return (hi + lo - x) / hi if invert else x / hi


@dataclass
class CoreValues:
    cav: np.ndarray
    norm_cav: np.ndarray


def core_values(mean_resistance, area, perimeter, weights: Weights, expert=None, centrality=None) -> CoreValues:
    area = np.asarray(area, dtype=float)
    perimeter = np.asarray(perimeter, dtype=float)
    if np.any(perimeter <= 0):
        raise CcsgError(tr("A core has no perimeter; every core must be a polygon with an area."))
    zeros = np.zeros_like(area)
    cav = (weights.resistance * max_value(mean_resistance, invert=True)
           + weights.size * max_value(area)
           + weights.area_perimeter * max_value(area / perimeter)
           + weights.core_expert * max_value(zeros if expert is None else expert)
           + weights.centrality * max_value(zeros if centrality is None else centrality))
    return CoreValues(cav=cav, norm_cav=score_range(cav))


@dataclass
class LinkValues:
    rel_close: np.ndarray
    rel_perm: np.ndarray
    mean_cav: np.ndarray
    csp: np.ndarray
    csp_norm: np.ndarray


def link_values(path_length, lcd_per_path, cav_a, cav_b, weights: Weights, expert=None) -> LinkValues:
    """cav_a, cav_b: the normalised core area value of each link's two cores."""
    rel_close = score_range(path_length, invert=True)
    rel_perm = score_range(lcd_per_path, invert=True)
    mean_cav = (np.asarray(cav_a, dtype=float) + np.asarray(cav_b, dtype=float)) / 2.0
    csp = weights.closeness * rel_close + weights.permeability * rel_perm + weights.core_value * mean_cav
    if expert is not None:
        csp = csp + weights.link_expert * score_range(expert)
    top = float(np.max(csp)) if csp.size else 0.0
    csp_norm = csp / top if top > 0 else np.zeros_like(csp)
    return LinkValues(rel_close, rel_perm, mean_cav, csp, csp_norm)


def blended_priority(shape, corridors: list, csp_norm, weights: Weights, is_cancelled=None) -> np.ndarray:
    """The blended priority raster (NaN outside every corridor).

    corridors: one (window (r0, r1, c0, c1), values, cutoff) per link, in the order of csp_norm; values are the
    normalised corridor (0 on the path); cells above the cutoff are not in the corridor. An infinite cutoff uses the
    corridor's largest finite value."""
    out = np.full(shape, -np.inf)
    for (window, values, cutoff), csp in zip(corridors, csp_norm):
        prog.check_cancelled(is_cancelled)
        r0, r1, c0, c1 = window
        finite = np.isfinite(values)
        top = cutoff if np.isfinite(cutoff) else (float(values[finite].max()) if finite.any() else 0.0)
        keep = finite & (values <= top)
        if not keep.any():
            continue
        inverted = np.ones_like(values) if top <= 0 else 1.0 - values / top
        value = np.where(keep, weights.truncated * inverted + weights.csp * csp, -np.inf)
        view = out[r0:r1, c0:c1]
        np.maximum(view, value, out=view)
    out[~np.isfinite(out)] = np.nan
    return out
