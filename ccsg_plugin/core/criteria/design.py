"""Design-quality checks on the corridor's shape (CRITERIA.md 2b): width, pinch points, length, edges, riparian."""

from __future__ import annotations

from typing import Optional

from shapely.ops import unary_union

from ccsg_plugin.core.criteria.catalogue import CATALOGUE
from ccsg_plugin.core.criteria.inputs import Job, Outcome, near
from ccsg_plugin.core.criteria.profiles import CriterionSpec
from ccsg_plugin.core.text import tr


def needs_pair(job: Job) -> Optional[Outcome]:
    """The not-evaluated outcome when the two linked cores are unknown, else None."""
    if job.context.cores is None:
        return Outcome.missing(tr("no core areas layer: width is measured between the two linked cores"))
    if job.pair() is None:
        return Outcome.missing(tr("the corridor does not touch two cores (see connects_cores)"))
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
        return Outcome.missing(tr("does not apply to a stepping-stone corridor (see stepping_stone_spacing)"),
                               applies=False)
    problem = needs_pair(job)
    if problem:
        return problem
    need = float(spec.thresholds["min_m"])
    width = job.width()
    where = job.narrowest()
    if width >= need - width_slack(need):
        return Outcome("pass", float(width), need, tr("Minimum width {0} m ≥ {1} m",
                                                      format(width, ".0f"), f'{need:.0f}'), where)
    if width <= 0:
        return Outcome("fail", 0.0, need, tr("No continuous strip links the two cores (width 0 m)"), where)
    return Outcome("fail", float(width), need, tr("Minimum width {0} m < {1} m at the marked narrowest section",
                                                  format(width, ".0f"), f'{need:.0f}'), where)


def pinch_points(job: Job, spec: CriterionSpec) -> Outcome:
    if job.is_stepping_stone:
        return Outcome.missing(tr("does not apply to a stepping-stone corridor"), applies=False)
    problem = needs_pair(job)
    if problem:
        return problem
    need = min_width_threshold(job)
    max_count = int(spec.thresholds["max_count"])
    tolerated = float(spec.thresholds["tolerated_length_m"])
    spacing = float(spec.thresholds["transect_spacing_m"]) or 100.0
    narrow_below = need - width_slack(need)
    if job.width() >= narrow_below:  # the negative-buffer test is exact: nothing along the linkage is narrower
        return Outcome("pass", 0, max_count, tr("No section narrower than {0} m", format(need, ".0f")))
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
    tolerated_text = (tr("; {0} shorter than {1} m tolerated",
                         len(runs) - count, f'{tolerated:.0f}') if len(runs) > count else '')
    location = job.narrowest()
    if location is None and bottlenecks:
        location = min((t for r in bottlenecks for t in r), key=lambda t: t[1])[2]
    status = "pass" if count <= max_count else "fail"
    return Outcome(status, count, max_count,
                   tr("{0} bottleneck(s) narrower than {1} m, about {2} m in total; narrowest {3} m{4}",
                      None, count, count, f'{need:.0f}', f'{length:.0f}', f'{job.width():.0f}', tolerated_text),
                      location)


def length_vs_dispersal(job: Job, spec: CriterionSpec) -> Outcome:
    length, how = job.length()
    dispersal = job.profile.max_dispersal_m
    if length <= dispersal:
        return Outcome("pass", float(length), dispersal,
                       tr("Length {0} m ({1}) ≤ dispersal {2} m: passage in one dispersal event",
                          format(length, ".0f"), how, f'{dispersal:.0f}'))
    home = job.profile.home_range_width_m
    if job.context.cores is None or job.pair() is None:
        return Outcome("warn", float(length), dispersal,
                       tr("Length {0} m > dispersal {1} m: corridor dwellers need width ≥ {2} m, not checked (no two "
                          "linked cores)", format(length, ".0f"), f'{dispersal:.0f}', f'{home:.0f}'))
    width = job.width()
    if width >= home:
        return Outcome("pass", float(length), dispersal,
                       tr("Length {0} m > dispersal {1} m, and width {2} m ≥ home-range width {3} m (corridor dwellers)"
                          ,
                          format(length, ".0f"), f'{dispersal:.0f}', f'{width:.0f}', f'{home:.0f}'))
    return Outcome("fail", float(length), dispersal,
                   tr("Length {0} m > dispersal {1} m but width {2} m < home-range width {3} m",
                      format(length, ".0f"), f'{dispersal:.0f}', f'{width:.0f}', f'{home:.0f}'), job.narrowest())


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
                       tr("Long corridor ({0} km) at about the minimum width ({1} m < {2} × {3} m): longer corridors "
                          "should be wider",
                          format(length / 1000, ".1f"), f'{width:.0f}', f'{margin:g}', f'{need:.0f}'), job.narrowest())
    return Outcome("pass", float(length), long_m, tr("Length {0} km, width {1} m",
                                                     format(length / 1000, ".1f"), f'{width:.0f}'))


def edge_interior(job: Job, spec: CriterionSpec) -> Outcome:
    depth = float(spec.thresholds["edge_depth_m"])
    need = float(spec.thresholds["min_interior_share"])
    interior = job.geom.buffer(-depth)
    share = interior.area / job.geom.area
    status = "pass" if share >= need else "fail"
    return Outcome(status, float(share), need,
                   tr("{0} % of the corridor lies more than {1} m from its edge"
                      , format(100 * share, ".0f"), f'{depth:.0f}'))


def riparian_included(job: Job, spec: CriterionSpec) -> Outcome:
    if job.context.streams is None:
        return Outcome.missing(tr("no streams layer"))
    buffer_m = float(spec.thresholds["riparian_buffer_m"])
    need = float(spec.thresholds["min_share"])
    streams = job.context.streams
    inside = [streams[i].intersection(job.geom) for i in near(job, "streams", streams)
              if streams[i] is not None and streams[i].intersects(job.geom)]
    inside = [g for g in inside if g.length > 0]
    if not inside:
        return Outcome("pass", 0.0, need, tr("No stream runs inside the corridor"))
    stream_lines = unary_union(inside)
    riparian = stream_lines.buffer(buffer_m)
    share = riparian.intersection(job.geom).area / riparian.area
    outside = riparian.difference(job.geom)
    status = "pass" if share >= need - 1e-6 else "fail"
    return Outcome(status, float(share), need,
                   tr("{0} m of stream inside; {1} % of its {2} m riparian buffer is inside the corridor",
                      format(stream_lines.length, ".0f"), f'{100 * share:.0f}', f'{buffer_m:.0f}'),
                      None if outside.is_empty else outside)
