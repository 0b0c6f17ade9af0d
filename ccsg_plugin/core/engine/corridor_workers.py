"""Run one task per core on a few threads, with one truthful progress and one cancel.

numpy releases the GIL inside its loops, but a cost-distance run is a long chain of row-sized numpy calls and the
GIL changes hands at each: two threads measured 0.78-0.91x on an idle 2-core machine (2000 x 2000 cells), so the
algorithm runs one unless a caller allows more (core/doctor/run_estimate.py MAX_WORKERS). Threads, not processes:
they share the resistance grid instead of copying it.

Progress: each task's share of the whole is its weight (the cells of its first window: the work grows with it),
so ten small cores do not move the bar as far as one core that spans the grid. The total never goes back.
Cancel: a failing or cancelled task stops the others at their next check; the first real error is raised.
"""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor, wait
from typing import Callable, Optional, Sequence

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.errors import Cancelled

POLL_SECONDS = 0.2  # progress reported at least this often while pool threads run


class SharedProgress:
    """Weighted sum of per-task fractions, reported monotone to one callable, from the thread that made it only:
    a Qt feedback's signal emitted from a pool thread is queued to the main thread, which is waiting here and
    would deliver nothing until the end (qgis_process would sit still). Pool threads only store their fraction;
    the owner reports it as it comes (one thread) or when it polls (flush)."""

    def __init__(self, progress, weights: Sequence[float]):
        self.progress = progress
        total = float(sum(weights)) or 1.0
        self.shares = [w / total for w in weights]
        self.done = [0.0] * len(weights)
        self.lock = threading.Lock()
        self.last = 0.0
        self.owner = threading.get_ident()

    def for_task(self, i: int):
        if self.progress is None:
            return None

        def report(fraction: float) -> None:
            with self.lock:
                self.done[i] = max(self.done[i], min(1.0, max(0.0, fraction)))
            if threading.get_ident() == self.owner:
                self.flush()

        return report

    def flush(self) -> None:
        with self.lock:
            value = sum(s * d for s, d in zip(self.shares, self.done))
            if value <= self.last:
                return
            self.last = value
        prog.report(self.progress, value)


def run_tasks(tasks: Sequence[Callable], weights: Sequence[float], workers: int, progress=None,
              is_cancelled=None) -> list:
    """Results of task(progress, is_cancelled) for each task, in order, on `workers` threads (1: this thread)."""
    shared = SharedProgress(progress, weights)
    stop = threading.Event()

    def cancelled() -> bool:
        return stop.is_set() or bool(is_cancelled is not None and is_cancelled())

    def run(i: int):
        if cancelled():
            raise Cancelled()
        try:
            out = tasks[i](shared.for_task(i), cancelled)
        except BaseException:
            stop.set()
            raise
        prog.report(shared.for_task(i), 1.0)
        return out

    if workers <= 1 or len(tasks) <= 1:
        return [run(i) for i in range(len(tasks))]
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ccsg-core") as pool:
        futures = [pool.submit(run, i) for i in range(len(tasks))]
        pending = set(futures)
        while pending:  # this thread reports the progress the pool threads store (see SharedProgress)
            _done, pending = wait(pending, timeout=POLL_SECONDS)
            shared.flush()
        results: list = []
        first_error: Optional[BaseException] = None
        for f in futures:
            try:
                results.append(f.result())
            except Cancelled as exc:  # a task stopped because another failed: report the other's error
                first_error = first_error or exc
            except BaseException as exc:
                if first_error is None or isinstance(first_error, Cancelled):
                    first_error = exc
    if first_error is not None:
        prog.check_cancelled(is_cancelled)  # the user's cancel wins over a follow-on error
        raise first_error
    return results
