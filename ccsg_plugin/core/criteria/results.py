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
    def overall_status(self) -> str:
        """fail if a required criterion fails or the geometry is invalid; warn if an advisory criterion fails or
        any criterion warns; else pass. Info criteria and not-evaluated criteria never change the status."""
        if self.failed_required:
            return "fail"
        for r in self.results:
            if r.level == "info":
                continue
            if r.status == "warn" or (r.level == "advisory" and r.status == "fail"):
                return "warn"
        return "pass"
