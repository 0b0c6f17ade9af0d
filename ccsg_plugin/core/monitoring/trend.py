"""The trend of a corridor between two dates: improved, stable, degraded or severed, against thresholds that the
criteria profile holds (section "monitoring", with their source); a profile without that section takes the defaults
below, which are design defaults of this plugin [I].

Rules, in this order (a value exactly at a threshold counts as reaching it):
- severed: the cores were joined through the corridor at the first date and are not at the second (the least-cost
  distance through the corridor became infinite);
- degraded: habitat_change_pct <= -habitat_loss_pct, or lcd_change_pct >= lcd_rise_pct, or a new line severs the
  corridor, or the largest habitat gap grew past the profile's gap_max_m, or the habitat stopped running from core
  to core (narrowest habitat passage 0 m after, more than 0 m before);
- improved: none of the above and habitat_change_pct >= habitat_gain_pct or lcd_change_pct <= -lcd_drop_pct;
- stable otherwise.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, Optional

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr

IMPROVED, STABLE, DEGRADED, SEVERED = "improved", "stable", "degraded", "severed"
TRENDS = (IMPROVED, STABLE, DEGRADED, SEVERED)

DEFAULT_THRESHOLDS = {
    "habitat_loss_pct": 5.0,
    "habitat_gain_pct": 5.0,
    "lcd_rise_pct": 10.0,
    "lcd_drop_pct": 10.0,
}
DEFAULT_SOURCE = ("[I] design defaults of this plugin: a change of 5 % of the habitat area or 10 % of the least-cost "
                  "distance between two dates; Keeley et al. preprint on monitoring corridors [R] asks for indicators "
                  "tracked over time, not for these numbers")


def label(trend: str) -> str:
    """The trend as a word for people (a Msg, translated at display)."""
    words = {IMPROVED: tr("improved"), STABLE: tr("stable"), DEGRADED: tr("degraded"), SEVERED: tr("severed"),
             "not_evaluated": tr("not evaluated")}
    return words.get(trend, trend)


@dataclass(frozen=True)
class TrendRules:
    thresholds: dict
    source: str


def rules_of(profile) -> TrendRules:
    """The profile's monitoring thresholds and source (defaults for missing keys); CcsgError naming a wrong field."""
    raw = getattr(profile, "monitoring", None) or {}
    unknown = [k for k in raw if k not in ("thresholds", "source")]
    if unknown:
        raise CcsgError(tr("monitoring.{0} is not a known field of the profile; known: thresholds, source", unknown[0]))
    given = raw.get("thresholds", {})
    if not isinstance(given, dict):
        raise CcsgError(tr("monitoring.thresholds must be an object, got {0}", str(given)))
    thresholds = dict(DEFAULT_THRESHOLDS)
    for key, value in given.items():
        if key not in DEFAULT_THRESHOLDS:
            raise CcsgError(tr("monitoring.thresholds.{0} is not a monitoring threshold; known: {1}", key,
                               ", ".join(DEFAULT_THRESHOLDS)))
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) or value < 0:
            raise CcsgError(tr("monitoring.thresholds.{0} must be a percentage of 0 or more, got {1}", key, str(value)))
        thresholds[key] = float(value)
    source = raw.get("source", DEFAULT_SOURCE if not given else "")
    if not isinstance(source, str) or not source.strip():
        raise CcsgError(tr("monitoring.source must say where the monitoring thresholds come from"))
    return TrendRules(thresholds, source)


def change_pct(before: Optional[float], after: Optional[float]) -> Optional[float]:
    """100 (after - before) / before; None when either is unknown or before is 0 or infinite; inf when a finite
    value becomes infinite."""
    if before is None or after is None or math.isnan(before) or math.isnan(after):
        return None
    if math.isinf(before):
        return None
    if math.isinf(after):
        return math.inf
    if before == 0:
        return 0.0 if after == 0 else None
    return 100.0 * (after - before) / before


def _finite(value: Optional[float]) -> bool:
    return value is not None and math.isfinite(value)


def classify(values: dict, rules: TrendRules, gap_max_m: float) -> tuple[str, list]:
    """(trend, reasons): reasons are Msg texts naming each rule that applied."""
    t = rules.thresholds
    reasons: list[Any] = []
    lcd_b, lcd_a = values.get("lcd_before"), values.get("lcd_after")
    if _finite(lcd_b) and lcd_a is not None and math.isinf(lcd_a):
        reasons.append(tr("the cores are no longer joined through the corridor"))
    if reasons:
        return SEVERED, reasons
    habitat = values.get("habitat_change_pct")
    lcd = values.get("lcd_change_pct")
    if habitat is not None and habitat <= -t["habitat_loss_pct"]:
        reasons.append(tr("habitat area fell by {0} % (threshold {1} %)", format(-habitat, ".1f"),
                          format(t['habitat_loss_pct'], "g")))
    if lcd is not None and lcd >= t["lcd_rise_pct"]:
        reasons.append(tr("the least-cost distance between the cores rose by {0} % (threshold {1} %)",
                          format(lcd, ".1f"), format(t['lcd_rise_pct'], "g")))
    lines = values.get("new_severing_lines") or 0
    if lines > 0:
        reasons.append(tr("{0} new line(s) sever the corridor", None, lines, lines))
    gap_b, gap_a = values.get("largest_gap_before_m"), values.get("largest_gap_after_m")
    if gap_a is not None and gap_a > gap_max_m and (gap_b is None or gap_b <= gap_max_m):
        reasons.append(tr("the largest habitat gap grew to {0} m, more than the {1} m the species crosses",
                          format(gap_a, ".0f"), format(gap_max_m, ".0f")))
    w_b, w_a = values.get("min_habitat_width_before_m"), values.get("min_habitat_width_after_m")
    if w_b is not None and w_a is not None and w_b > 0 and w_a == 0:
        reasons.append(tr("the habitat no longer runs unbroken from core to core"))
    if reasons:
        return DEGRADED, reasons
    if habitat is not None and habitat >= t["habitat_gain_pct"]:
        reasons.append(tr("habitat area grew by {0} % (threshold {1} %)", format(habitat, ".1f"),
                          format(t['habitat_gain_pct'], "g")))
    if lcd is not None and lcd <= -t["lcd_drop_pct"]:
        reasons.append(tr("the least-cost distance between the cores fell by {0} % (threshold {1} %)",
                          format(-lcd, ".1f"), format(t['lcd_drop_pct'], "g")))
    return (IMPROVED, reasons) if reasons else (STABLE, reasons)
