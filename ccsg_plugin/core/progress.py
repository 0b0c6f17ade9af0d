"""Plain-callable progress and cancel helpers, so core code never sees QGIS feedback objects."""

from __future__ import annotations

from typing import Callable, Optional

from ccsg_plugin.core.errors import Cancelled

ProgressFn = Optional[Callable[[float], None]]
CancelFn = Optional[Callable[[], bool]]


def check_cancelled(is_cancelled: CancelFn) -> None:
    if is_cancelled is not None and is_cancelled():
        raise Cancelled()


def report(progress: ProgressFn, fraction: float) -> None:
    """Report progress as a fraction in [0, 1]."""
    if progress is not None:
        progress(min(1.0, max(0.0, fraction)))


def scaled(progress: ProgressFn, start: float, end: float) -> ProgressFn:
    """A progress callable for a sub-step that covers [start, end] of the whole."""
    if progress is None:
        return None
    return lambda f: report(progress, start + (end - start) * min(1.0, max(0.0, f)))
