"""The worst infrastructure crossing of a corridor, from a ccsg:crossings result (issue 14).

ccsg:crossings writes one point per stretch where roads, railways or fences cross a pair's corridor, with the pair,
severance_cost (how much the infrastructure raises the pair's least-cost distance), keep_open_gain (how much of it a
crossing structure at that stretch wins back) and rank (1 = build first; stretches that alone reconnect a severed
pair rank first). barrier_severance adds the corridor's worst crossing, the lowest rank among the points inside it,
to its result: where to act first and what it gains.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Optional

from shapely.geometry import Point

from ccsg_plugin.core.criteria.inputs import Job, Outcome
from ccsg_plugin.core.text import tr


@dataclass(frozen=True)
class CrossingPriority:
    x: float
    y: float
    pair: str
    rank: Optional[int] = None
    severance_cost: Optional[float] = None  # None when the infrastructure cuts the pair off (severed)
    keep_open_gain: Optional[float] = None
    severed: bool = False
    cores: tuple = ()  # the pair's two core ids as text (core_a, core_b fields); empty: read from `pair`


def _number(value: Any) -> Optional[float]:
    if value is None:
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        return None
    return v if math.isfinite(v) else None


def _pair_ids(crossing: CrossingPriority) -> set:
    """The crossing's two core ids: its core_a and core_b when the layer has them, else the `pair` text "a-b"
    (ambiguous when ids hold a '-': the core fields are preferred for that reason)."""
    if crossing.cores:
        return {str(c) for c in crossing.cores}
    return {part.strip() for part in str(crossing.pair or "").split("-") if part.strip()}


def worst_crossing(job: Job) -> Optional[CrossingPriority]:
    """The corridor's crossing to build first: among the points inside the corridor (within the connects_cores snap),
    those of the corridor's own pair when it has one and any point names it, the lowest rank (then the largest
    keep_open_gain)."""
    points = job.context.crossing_priorities or []
    if not points:
        return None
    zone = job.geom.buffer(job.snap())
    inside = [c for c in points if zone.intersects(Point(c.x, c.y))]
    pair = job.pair() if job.context.cores is not None else None
    if pair is not None:
        ids = {str(pair[0][0]), str(pair[1][0])}
        own = [c for c in inside if _pair_ids(c) == ids]
        inside = own or inside
    if not inside:
        return None

    def order(c: CrossingPriority):
        gain = _number(c.keep_open_gain)
        return (c.rank if c.rank is not None else math.inf, -(gain if gain is not None else -math.inf))
    return min(inside, key=order)


def with_worst_crossing(job: Job, outcome: Outcome) -> Outcome:
    """The outcome with the worst crossing's place (location), keep_open_gain and severance_cost added; unchanged
    without a crossings result or without a crossing inside the corridor."""
    if job.context.crossing_priorities is None or job.geometry_error:
        return outcome
    worst = worst_crossing(job)
    if worst is None:
        note = tr("no crossing of the crossings result lies in this corridor")
        outcome.explanation = tr("{0}; {1}", outcome.explanation, note)
        return outcome
    gain, cost = _number(worst.keep_open_gain), _number(worst.severance_cost)
    if worst.severed or cost is None:
        text = tr("worst crossing (rank {0}, pair {1}) at {2}, {3}: the infrastructure cuts the pair off there",
                  worst.rank if worst.rank is not None else "-", worst.pair, f"{worst.x:.0f}", f"{worst.y:.0f}")
    else:
        text = tr("worst crossing (rank {0}, pair {1}) at {2}, {3}: a crossing structure there wins back {4} of the "
                  "{5} cost units the infrastructure adds", worst.rank if worst.rank is not None else "-",
                  worst.pair, f"{worst.x:.0f}", f"{worst.y:.0f}", "-" if gain is None else f"{gain:,.6g}",
                  f"{cost:,.6g}")
    outcome.explanation = tr("{0}; {1}", outcome.explanation, text)
    outcome.location = Point(worst.x, worst.y)
    outcome.extra["worst_crossing"] = {"x": worst.x, "y": worst.y, "pair": worst.pair, "rank": worst.rank,
                                       "keep_open_gain": gain, "severance_cost": cost, "severed": worst.severed}
    return outcome
