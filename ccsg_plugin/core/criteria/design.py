"""Design-quality checks on the corridor's shape (CRITERIA.md 2b): width, pinch points, length, edges, riparian."""

from __future__ import annotations

from typing import Optional

from shapely.ops import unary_union

from ccsg_plugin.core.criteria.catalogue import CATALOGUE
from ccsg_plugin.core.criteria.inputs import Job, Outcome, near
from ccsg_plugin.core.criteria.profiles import CriterionSpec


def needs_pair(job: Job) -> Optional[Outcome]:
    """The not-evaluated outcome when the two linked cores are unknown, else None."""
    if job.context.cores is None:
        return Outcome.missing("no core areas layer: width is measured between the two linked cores")
    if job.pair() is None:
        return Outcome.missing("the corridor does not touch two cores (see connects_cores)")
    return None


# A width within this much of the threshold meets it: min_width is measured to 0.5 m or ~0.1 % (buffer discs), and
# a band drawn exactly 2000 m wide reads 1999.99... m along slanted transects.
WIDTH_SLACK_M = 0.5
WIDTH_SLACK_SHARE = 0.001


def width_slack(need: float) -> float:
    """How far below the threshold `need` a measured width may be and still meet it."""
    return max(WIDTH_SLACK_M, WIDTH_SLACK_SHARE * need)


def min_width_threshold(job: Job) -> float:
    spec = job.spec_of("min_width")
    return float((spec.thresholds if spec else CATALOGUE["min_width"].thresholds)["min_m"])


def min_width(job: Job, spec: CriterionSpec) -> Outcome:
    if job.is_stepping_stone:
        return Outcome.missing("does not apply to a stepping-stone corridor (see stepping_stone_spacing)",
                               applies=False)
    problem = needs_pair(job)
    if problem:
        return problem
    need = float(spec.thresholds["min_m"])
    width = job.width()
    where = job.narrowest()
    if width >= need - width_slack(need):
        return Outcome("pass", float(width), need, f"Minimum width {width:.0f} m ≥ {need:.0f} m", where)
    if width <= 0:
        return Outcome("fail", 0.0, need, "No continuous strip links the two cores (width 0 m)", where)
    return Outcome("fail", float(width), need, f"Minimum width {width:.0f} m < {need:.0f} m at the marked "
                                                  "narrowest section", where)


def pinch_points(job: Job, spec: CriterionSpec) -> Outcome:
    if job.is_stepping_stone:
        return Outcome.missing("does not apply to a stepping-stone corridor", applies=False)
    problem = needs_pair(job)
    if problem:
        return problem
    need = min_width_threshold(job)
    max_count = int(spec.thresholds["max_count"])
    tolerated = float(spec.thresholds["tolerated_length_m"])
    spacing = float(spec.thresholds["transect_spacing_m"]) or 100.0
    narrow_below = need - width_slack(need)
    if job.width() >= narrow_below:  # the negative-buffer test is exact: nothing along the linkage is narrower
        return Outcome("pass", 0, max_count, f"No section narrower than {need:.0f} m")
    profile = job.width_profile(spacing)
    # One bottleneck per run of consecutive narrow transects (a transect that missed the corridor breaks no run).
    runs: list[list[tuple[float, float, object]]] = []
    last_index = -2
    for i, (d, w, p) in enumerate(profile):
        if w < narrow_below:
            if i == last_index + 1 and runs:
                runs[-1].append((d, w, p))
            else:
                runs.append([(d, w, p)])
            last_index = i
    if not runs:  # the transects missed the neck (e.g. at a bend): the negative-buffer neck is one
        runs = [[(0.0, job.width(), job.narrowest())]]
    bottlenecks = [r for r in runs if len(r) * spacing > tolerated]
    count = len(bottlenecks)
    length = sum(len(r) * spacing for r in bottlenecks)
    tolerated_text = f"; {len(runs) - count} shorter than {tolerated:.0f} m tolerated" if len(runs) > count else ""
    location = job.narrowest()
    if location is None and bottlenecks:
        location = min((t for r in bottlenecks for t in r), key=lambda t: t[1])[2]
    status = "pass" if count <= max_count else "fail"
    return Outcome(status, count, max_count,
                   f"{count} bottleneck(s) narrower than {need:.0f} m, about {length:.0f} m in total; narrowest "
                   f"{job.width():.0f} m{tolerated_text}", location)


def length_vs_dispersal(job: Job, spec: CriterionSpec) -> Outcome:
    length, how = job.length()
    dispersal = job.profile.max_dispersal_m
    if length <= dispersal:
        return Outcome("pass", float(length), dispersal,
                       f"Length {length:.0f} m ({how}) ≤ dispersal {dispersal:.0f} m: passage in one dispersal event")
    home = job.profile.home_range_width_m
    if job.context.cores is None or job.pair() is None:
        return Outcome("warn", float(length), dispersal,
                       f"Length {length:.0f} m > dispersal {dispersal:.0f} m: corridor dwellers need width ≥ "
                       f"{home:.0f} m, not checked (no two linked cores)")
    width = job.width()
    if width >= home:
        return Outcome("pass", float(length), dispersal,
                       f"Length {length:.0f} m > dispersal {dispersal:.0f} m, and width {width:.0f} m ≥ home-range "
                       f"width {home:.0f} m (corridor dwellers)")
    return Outcome("fail", float(length), dispersal,
                   f"Length {length:.0f} m > dispersal {dispersal:.0f} m but width {width:.0f} m < home-range width "
                   f"{home:.0f} m", job.narrowest())


def width_grows_with_length(job: Job, spec: CriterionSpec) -> Outcome:
    problem = needs_pair(job)
    if problem:
        return problem
    length, how = job.length()
    long_m = float(spec.thresholds["long_m"])
    margin = float(spec.thresholds["margin"])
    width, need = job.width(), min_width_threshold(job)
    if length > long_m and width < need * margin:
        return Outcome("warn", float(length), long_m,
                       f"Long corridor ({length / 1000:.1f} km) at about the minimum width ({width:.0f} m < "
                       f"{margin:g} × {need:.0f} m): longer corridors should be wider", job.narrowest())
    return Outcome("pass", float(length), long_m, f"Length {length / 1000:.1f} km, width {width:.0f} m")


def edge_interior(job: Job, spec: CriterionSpec) -> Outcome:
    depth = float(spec.thresholds["edge_depth_m"])
    need = float(spec.thresholds["min_interior_share"])
    interior = job.geom.buffer(-depth)
    share = interior.area / job.geom.area
    status = "pass" if share >= need else "fail"
    return Outcome(status, float(share), need,
                   f"{100 * share:.0f} % of the corridor lies more than {depth:.0f} m from its edge")


def riparian_included(job: Job, spec: CriterionSpec) -> Outcome:
    if job.context.streams is None:
        return Outcome.missing("no streams layer")
    buffer_m = float(spec.thresholds["riparian_buffer_m"])
    need = float(spec.thresholds["min_share"])
    streams = job.context.streams
    inside = [streams[i].intersection(job.geom) for i in near(job, "streams", streams)
              if streams[i] is not None and streams[i].intersects(job.geom)]
    inside = [g for g in inside if g.length > 0]
    if not inside:
        return Outcome("pass", 0.0, need, "No stream runs inside the corridor")
    streams = unary_union(inside)
    riparian = streams.buffer(buffer_m)
    share = riparian.intersection(job.geom).area / riparian.area
    outside = riparian.difference(job.geom)
    status = "pass" if share >= need - 1e-6 else "fail"
    return Outcome(status, float(share), need,
                   f"{streams.length:.0f} m of stream inside; {100 * share:.0f} % of its {buffer_m:.0f} m riparian "
                   "buffer is inside the corridor", None if outside.is_empty else outside)
