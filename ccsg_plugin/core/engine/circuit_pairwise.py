"""Circuitscape's raster pairwise mode: effective resistance and cumulative current between every pair of focal nodes.

Focal nodes and short-circuit regions are merged nodes (all their cells are one node, in every solve); a short-circuit
region that overlaps a focal node joins it. Each pair is solved on its own connected component only, inside the
component's bounding window: nodes elsewhere carry no current for that pair. Pairs in different components have no
effective resistance (None).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Callable, Hashable, Optional

import numpy as np

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.engine import circuit_graph as cg
from ccsg_plugin.core.engine.circuit_solver import RTOL, PairSolution, solve_pair
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr


@dataclass
class PairwiseResult:
    ids: list
    resistances: dict = field(default_factory=dict)  # (id_a, id_b) -> effective resistance, or None
    current: Optional[np.ndarray] = None  # cumulative node current; NaN where no node
    iterations: dict = field(default_factory=dict)


def merge_regions(focal: np.ndarray, short: Optional[np.ndarray]):
    """(node_region labels, group of each focal label): a short-circuit region overlapping a focal node joins it
    (and joins every focal node it overlaps into one)."""
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(k):
        while parent.setdefault(k, k) != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    labels = [int(k) for k in np.unique(focal) if k > 0]
    for k in labels:
        find(("f", k))
    if short is not None:
        for s in (int(v) for v in np.unique(short) if v > 0):
            find(("s", s))
            for k in np.unique(focal[(short == s) & (focal > 0)]):
                a, b = find(("s", s)), find(("f", int(k)))
                if a != b:
                    parent[a] = b
    roots: dict[tuple[str, int], int] = {}
    for key in list(parent):
        roots.setdefault(find(key), len(roots) + 1)
    region = np.zeros(focal.shape, dtype=np.int64)
    if short is not None:
        for s in (int(v) for v in np.unique(short) if v > 0):
            region[short == s] = roots[find(("s", s))]
    for k in labels:
        region[focal == k] = roots[find(("f", k))]
    return region, {k: roots[find(("f", k))] for k in labels}


def pairwise(values: np.ndarray, focal: np.ndarray, focal_ids: dict, is_conductance: bool = False,
             neighbours: int = 8, average_conductance: bool = False, short: Optional[np.ndarray] = None,
             layer: str = "resistance", rtol: float = RTOL, progress=None, is_cancelled=None,
             on_pair: Optional[Callable[[Hashable, Hashable, tuple, PairSolution], None]] = None) -> PairwiseResult:
    """`focal`: int labels (0 = none) of the focal nodes' cells; `focal_ids`: label -> the user's id."""
    c = cg.cell_conductance(values, is_conductance, layer)
    node = c > 0
    focal = np.asarray(focal)
    labels = [k for k in sorted(focal_ids) if (focal == k).any()]
    missing = [focal_ids[k] for k in sorted(focal_ids) if not ((focal == k) & node).any()]
    if missing:
        raise CcsgError(tr("Focal node(s) {0} lie only on NoData cells of {1} (no valid cell); move them onto the "
                           "raster's valid cells or remove them.", ", ".join(str(m) for m in missing), layer))
    if len(labels) < 2:
        raise CcsgError(tr("Current flow needs at least two focal nodes (distinct ids); {0} found.", len(labels)))
    region, group = merge_regions(focal, short)
    region = np.where(node, region, 0)
    comp = cg.components(node, neighbours, region)
    comp_of = {k: int(comp[(region == group[k]) & node][0]) for k in labels}
    windows = {}
    current = np.where(node, 0.0, np.nan)
    result = PairwiseResult([focal_ids[k] for k in labels], current=current)
    pairs = list(itertools.combinations(labels, 2))
    for n, (a, b) in enumerate(pairs):
        prog.check_cancelled(is_cancelled)
        key = (focal_ids[a], focal_ids[b])
        if group[a] == group[b]:
            result.resistances[key] = 0.0
            continue
        if comp_of[a] != comp_of[b]:
            result.resistances[key] = None
            continue
        cid = comp_of[a]
        if cid not in windows:
            windows[cid] = cg.bounding_window(comp == cid)
        r0, r1, c0, c1 = win = windows[cid]
        inside = comp[r0:r1, c0:c1] == cid
        cw = np.where(inside, c[r0:r1, c0:c1], 0.0)
        rw = region[r0:r1, c0:c1]
        src, snk = rw == group[a], rw == group[b]
        others = np.where(src | snk, 0, rw)
        sol = solve_pair(cw, src, snk, neighbours, average_conductance, others, rtol,
                         prog.scaled(progress, n / len(pairs), (n + 1) / len(pairs)), is_cancelled,
                         one_component=True)
        result.resistances[key] = sol.resistance
        result.iterations[key] = sol.iterations
        if sol.current is not None:
            block = current[r0:r1, c0:c1]
            block[inside] += sol.current[inside]
        if on_pair is not None:
            on_pair(key[0], key[1], win, sol)
    prog.report(progress, 1.0)
    return result
