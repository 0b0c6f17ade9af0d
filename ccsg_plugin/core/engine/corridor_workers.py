"""Run one task per core in a few forked processes, with one truthful progress and one cancel.

Why processes: a cost-distance run is a long chain of row-sized numpy calls and the GIL changes hands at each, so
two threads measured 0.78-0.91x the speed of one (2000 x 2000 cells, idle 2-core machine). Forked children share
the parent's grids copy-on-write (nothing is copied or pickled on the way in) and each has its own GIL. Fork only
on Linux: Windows has none, and macOS system frameworks are not fork-safe; there the tasks run one after the
other in the calling thread (same results). A child only runs numpy code on inherited arrays: no Qt, GDAL or
import, its garbage collector off (it must not run the destructors of objects it shares with the parent), and it
leaves through os._exit, never through the parent's exit handlers.

A task's result comes back pickled through a pipe, so it must be small: the cost-distance task writes its array to
a .npy file and returns the path (corridors.core_cost_distances).

Progress: each task's share of the whole is its weight (the cells of its first window: the work grows with it),
so ten small cores do not move the bar as far as one core that spans the grid. Children send their fraction a few
times a second; the calling thread reports the weighted sum, which never goes back.
Cancel: the caller's cancel, or a failing task, kills the running children; the first real error is raised.
"""

from __future__ import annotations

import contextlib
import gc
import os
import signal
import sys
import time
from multiprocessing.connection import Connection, wait
from typing import Callable, Optional, Sequence

from ccsg_plugin.core import progress as prog
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr

POLL_SECONDS = 0.2  # the caller checks cancel and reports progress at least this often
CHILD_REPORT_SECONDS = 0.1  # a child sends its progress at most this often
FORK_AVAILABLE = sys.platform.startswith("linux") and hasattr(os, "fork")


def parallel_available() -> bool:
    """Whether run_tasks can run tasks at the same time here (forked processes, Linux only)."""
    return FORK_AVAILABLE


class SharedProgress:
    """Weighted sum of per-task fractions, reported monotone to one callable from the calling thread only (a Qt
    feedback's signal is meant to come from the algorithm's thread; children only send their fraction)."""

    def __init__(self, progress, weights: Sequence[float]):
        self.progress = progress
        total = float(sum(weights)) or 1.0
        self.shares = [w / total for w in weights]
        self.done = [0.0] * len(weights)
        self.last = 0.0

    def store(self, i: int, fraction: float) -> None:
        self.done[i] = max(self.done[i], min(1.0, max(0.0, float(fraction))))

    def for_task(self, i: int):
        if self.progress is None:
            return None

        def report(fraction: float) -> None:
            self.store(i, fraction)
            self.flush()

        return report

    def flush(self) -> None:
        if self.progress is None:
            return
        value = sum(s * d for s, d in zip(self.shares, self.done))
        if value <= self.last:
            return
        self.last = value
        prog.report(self.progress, value)


def run_tasks(tasks: Sequence[Callable], weights: Sequence[float], workers: int, progress=None,
              is_cancelled=None) -> list:
    """Results of task(progress, is_cancelled) for each task, in order: in up to `workers` forked processes at a
    time where fork is available and there is more than one task, else one after the other in this thread."""
    shared = SharedProgress(progress, weights)
    if workers <= 1 or len(tasks) <= 1 or not FORK_AVAILABLE:
        out = []
        for i, task in enumerate(tasks):
            prog.check_cancelled(is_cancelled)
            out.append(task(shared.for_task(i), is_cancelled))
            prog.report(shared.for_task(i), 1.0)
        return out
    # Longest first, so the last task to run is a short one and no process sits idle long at the end.
    order = sorted(range(len(tasks)), key=lambda i: -float(weights[i]))
    return _run_forked(tasks, order, shared, workers, is_cancelled)


def _run_forked(tasks, order: list, shared: SharedProgress, workers: int, is_cancelled) -> list:
    results: list = [None] * len(tasks)
    queue = list(order)
    running: dict = {}  # connection -> (task index, pid)
    error: Optional[BaseException] = None
    try:
        while queue or running:
            prog.check_cancelled(is_cancelled)
            while queue and error is None and len(running) < workers:
                i = queue.pop(0)
                pid, conn = _fork(tasks[i])
                running[conn] = (i, pid)
            if error is not None:
                break
            for conn in wait(list(running), timeout=POLL_SECONDS):
                i, pid = running[conn]
                try:
                    kind, value = conn.recv()
                except (EOFError, OSError):  # ended without a word: killed (out of memory?) or crashed
                    kind, value = "lost", None
                if kind == "progress":
                    shared.store(i, value)
                    continue
                del running[conn]
                conn.close()
                status = _reap(pid)
                if kind == "done":
                    results[i] = value
                    shared.store(i, 1.0)
                elif kind == "error":
                    error = error or value
                else:
                    error = error or CcsgError(tr(
                        "A cost-distance process stopped without a result (exit status {0}); the machine may "
                        "have run out of memory. Try a coarser cell, a width cutoff or fewer pairs.", status))
            shared.flush()
    finally:
        for conn, (_i, pid) in running.items():  # cancelled or failed: stop the others now
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            _reap(pid)
            conn.close()
    if error is not None:
        prog.check_cancelled(is_cancelled)  # the user's cancel wins over a follow-on error
        raise error
    return results


def _reap(pid: int) -> int:
    try:
        _pid, status = os.waitpid(pid, 0)
    except ChildProcessError:
        return -1
    return os.waitstatus_to_exitcode(status)


def _fork(task: Callable):
    read_fd, write_fd = os.pipe()
    parent = os.getpid()
    pid = os.fork()
    if pid == 0:  # the child: run the task, send its result, leave without running anything of the parent's
        code = 1
        try:
            gc.disable()
            os.close(read_fd)
            conn = Connection(write_fd, readable=False)
            last = [0.0]

            def report(fraction: float) -> None:
                now = time.monotonic()
                if now - last[0] >= CHILD_REPORT_SECONDS:
                    last[0] = now
                    conn.send(("progress", float(fraction)))

            def orphaned() -> bool:  # the parent is gone (QGIS closed or crashed): stop
                return os.getppid() != parent

            try:
                conn.send(("done", task(report, orphaned)))
                code = 0
            except BaseException as exc:  # everything, Cancelled included, goes back to the parent
                try:
                    conn.send(("error", exc))
                except Exception:  # an exception that does not pickle: its text
                    conn.send(("error", CcsgError(str(exc))))
        finally:
            os._exit(code)
    os.close(write_fd)
    return pid, Connection(read_fd, writable=False)
