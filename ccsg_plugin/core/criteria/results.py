"""Result records of a corridor check."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Optional

STATUSES = ("pass", "warn", "fail", "not_evaluated")
LEVELS = ("required", "advisory", "info")


@dataclass
class CriterionResult:
    criterion_id: str
    name: str
    level: str  # required / advisory / info
    status: str  # pass / warn / fail / not_evaluated
    value: Any  # the measured value (number, count or text), None when not evaluated
    threshold: Any  # the threshold it was compared with, None for report-only criteria
    unit: str
    explanation: str  # one line; for not_evaluated it names the missing layer or attribute
    source: str  # where the threshold comes from, with its provenance tag
    location: Any = None  # shapely geometry (narrowest section, widest gap, severing road) or None
    guideline_check: bool = False  # True only for the definitional checks presented as IUCN guideline checks
    applies: bool = True  # False: not evaluated because it does not apply to this corridor (realm, corridor form)
    extra: dict = field(default_factory=dict)  # further measures by name (worst crossing, distance used...)


@dataclass
class CorridorEvaluation:
    key: Any
    name: str
    results: list[CriterionResult] = field(default_factory=list)
    width_profile: list = field(default_factory=list)  # (distance along axis m, width m, shapely Point)
    error: Optional[str] = None  # e.g. the geometry is invalid; the corridor then fails

    def result(self, criterion_id: str) -> Optional[CriterionResult]:
        return next((r for r in self.results if r.criterion_id == criterion_id), None)

    @property
    def failed_required(self) -> bool:
        return self.error is not None or any(r.level == "required" and r.status == "fail" for r in self.results)

    @property
    def unevaluated_required(self) -> list[CriterionResult]:
        """Required criteria that apply to the corridor but could not be evaluated (a layer or attribute is
        missing): the corridor cannot pass on checks that were not made."""
        return [r for r in self.results if r.level == "required" and r.status == "not_evaluated" and r.applies]

    @property
    def overall_status(self) -> str:
        """fail if a required criterion fails or the geometry is invalid; warn if a required criterion could not be
        evaluated, an advisory criterion fails or any criterion warns; else pass. Info criteria, not-evaluated
        advisory criteria and criteria that do not apply to the corridor never change the status."""
        if self.failed_required:
            return "fail"
        if self.unevaluated_required:
            return "warn"
        for r in self.results:
            if r.level == "info":
                continue
            if r.status == "warn" or (r.level == "advisory" and r.status == "fail"):
                return "warn"
        return "pass"

    @property
    def overall_reasons(self) -> list[str]:
        """Why the overall status is not pass, one line per cause (empty when it passes)."""
        reasons = [f"The corridor geometry is not usable: {self.error}"] if self.error else []
        for r in self.results:
            if r.level == "info":
                continue
            if r.level == "required" and r.status == "fail":
                reasons.append(f"Required criterion fails: {r.name}")
            elif r.level == "required" and r.status == "not_evaluated" and r.applies:
                reasons.append(f"Required criterion not evaluated: {r.name} ({r.explanation})")
            elif r.status == "warn" or (r.level == "advisory" and r.status == "fail"):
                reasons.append(f"{r.name}: {r.status}")
        return reasons
