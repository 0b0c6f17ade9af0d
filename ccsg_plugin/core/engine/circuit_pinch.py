"""Linkage Mapper's Pinchpoint Mapper on a kept corridor run: current through each pair's corridor.

For each linked pair (a, b): the resistance inside the pair's corridor (CWD_a + CWD_b - LCD <= cutoff, plus the two
cores), each core short-circuited into one node, 1 A from a to b, 8 neighbours, average resistance (Circuitscape's
settings in Linkage Mapper). Only the bounding window of the corridor and its cores plus a one-cell margin is solved.
Current is NoData inside every core. The pinch-point raster is the cell-wise maximum over the pairs; the effective
resistance is reported times the cell size, as Linkage Mapper does, so it compares with the least-cost distance.
All-pairs mode (Linkage Mapper's raster centrality): every pair of the linked cores at once on the union of the
corridors, cumulative current.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Optional

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.engine import circuit_graph as cg
from ccsg_plugin.core.engine.circuit_pairwise import pairwise
from ccsg_plugin.core.engine.circuit_solver import solve_pair
from ccsg_plugin.core.engine.corridors import CoreCostDistance, pair_corridor

MARGIN = 1


@dataclass
class PinchResult:
    pinch: np.ndarray  # max current over pairs; NaN where no pair's corridor reaches, and in cores
    eff_resistance: dict = field(default_factory=dict)  # (core_a, core_b) -> R x cell size, or None
    all_pairs: Optional[np.ndarray] = None


def core_mask(cc: CoreCostDistance, shape) -> np.ndarray:
    """A core's own cells: cost distance 0 from it."""
    out = np.zeros(shape, bool)
    r0, r1, c0, c1 = cc.window
    out[r0:r1, c0:c1] = cc.cost_distance == 0
    return out


def corridor_mask(cost_distance_a: CoreCostDistance, cost_distance_b: CoreCostDistance, lcd: float, cutoff: float,
                  shape) -> np.ndarray:
    """Cells with CWD_a + CWD_b - LCD <= cutoff (0 = no cutoff) where both cost distances are known."""
    out = np.zeros(shape, bool)
    got = pair_corridor(cost_distance_a, cost_distance_b, lcd)
    if got is None:
        return out
    (r0, r1, c0, c1), values = got
    limit = cutoff if cutoff > 0 else math.inf
    out[r0:r1, c0:c1] = np.isfinite(values) & (values <= limit)
    return out


def _conductance(resistance: np.ndarray, domain: np.ndarray, square: bool) -> np.ndarray:
    r = np.where(domain, resistance, np.nan)
    if square:
        r = r * r
    return cg.cell_conductance(r)


def pinch_points(resistance: np.ndarray, cost_distances: dict, links: list, cutoff: float, square: bool = False,
                 cell_size: float = 1.0, all_pairs: bool = False, progress=None, is_cancelled=None) -> PinchResult:
    shape = resistance.shape
    cores = {cid: core_mask(cc, shape) for cid, cc in cost_distances.items()}
    any_core = np.zeros(shape, bool)
    for m in cores.values():
        any_core |= m
    pinch = np.full(shape, np.nan)
    result = PinchResult(pinch)
    linked = [link for link in links if link.linked]
    union = np.zeros(shape, bool)
    span = 0.7 if all_pairs else 1.0
    for n, link in enumerate(linked):
        prog.check_cancelled(is_cancelled)
        a, b = link.core_a, link.core_b
        corridor = corridor_mask(cost_distances[a], cost_distances[b], link.lcd, cutoff, shape)
        domain = corridor | cores[a] | cores[b]
        union |= domain
        win = cg.bounding_window(domain, MARGIN)
        r0, r1, c0, c1 = win
        cw = _conductance(resistance[r0:r1, c0:c1], domain[r0:r1, c0:c1], square)
        src, snk = cores[a][r0:r1, c0:c1], cores[b][r0:r1, c0:c1]
        merged = src.astype(np.int64) + 2 * snk
        comp = cg.components(cw > 0, 8, merged)
        own = comp[src & (cw > 0)]
        if own.size == 0 or not np.isin(comp[snk & (cw > 0)], own[:1]).any():
            result.eff_resistance[(a, b)] = None
            continue
        cw[comp != own[0]] = 0.0
        sol = solve_pair(cw, src, snk, 8, False, None,
                         progress=prog.scaled(progress, span * n / len(linked), span * (n + 1) / len(linked)),
                         is_cancelled=is_cancelled, one_component=True)
        result.eff_resistance[(a, b)] = sol.resistance * cell_size
        cur = sol.current
        assert cur is not None  # solve_pair always computes the node current
        block = pinch[r0:r1, c0:c1]
        ok = np.isfinite(cur)
        block[ok] = np.fmax(block[ok], cur[ok])
    pinch[any_core] = np.nan
    if all_pairs and linked:
        ids = sorted({link.core_a for link in linked} | {link.core_b for link in linked}, key=str)
        focal = np.zeros(shape, np.int64)
        for k, cid in enumerate(ids, start=1):
            focal[cores[cid]] = k
        win = cg.bounding_window(union, MARGIN)
        r0, r1, c0, c1 = win
        values = np.where(union[r0:r1, c0:c1], resistance[r0:r1, c0:c1], np.nan)
        if square:
            values = values * values
        res = pairwise(values, focal[r0:r1, c0:c1], dict(enumerate(ids, start=1)),
                       progress=prog.scaled(progress, span, 1.0), is_cancelled=is_cancelled)
        full = np.full(shape, np.nan)
        full[r0:r1, c0:c1] = res.current
        full[any_core] = np.nan
        result.all_pairs = full
    prog.report(progress, 1.0)
    return result
