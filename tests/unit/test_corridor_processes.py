"""Cost-distance runs in forked processes (core/engine/corridor_workers.py): the same results as one after the
other, errors and cancel that stop every child, progress from the calling thread, nothing left on disk."""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from pathlib import Path

import numpy as np
import pytest

from ccsg_plugin.core.engine import corridor_workers, corridors
from ccsg_plugin.core.engine.corridor_workers import run_tasks
from ccsg_plugin.core.errors import Cancelled, CcsgError
from tests.unit.test_corridor_scale import DX, DY, MAX_D, scene

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forked workers run on Linux only")


def _gone(pid: int) -> bool:
    """True when pid is neither running nor a zombie left unreaped."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


def _wait_for(path: Path, seconds: float = 20.0) -> None:
    end = time.monotonic() + seconds
    while not path.exists():
        assert time.monotonic() < end, f"{path} never appeared"
        time.sleep(0.01)


def test_tasks_run_in_other_processes_and_come_back_in_order():
    def task(progress, cancelled, k=0):
        return k * k, os.getpid()

    tasks = [lambda p, c, k=k: task(p, c, k) for k in range(5)]
    forked = run_tasks(tasks, [1, 5, 2, 4, 3], 2)
    one = run_tasks(tasks, [1] * 5, 1)
    assert [v for v, _ in forked] == [v for v, _ in one] == [0, 1, 4, 9, 16]
    assert {pid for _, pid in one} == {os.getpid()}
    assert os.getpid() not in {pid for _, pid in forked} and len({pid for _, pid in forked}) == 5
    assert all(_gone(pid) for _, pid in forked)  # every child reaped


def test_without_fork_the_tasks_run_here_one_after_the_other(monkeypatch):
    monkeypatch.setattr(corridor_workers, "FORK_AVAILABLE", False)
    assert run_tasks([lambda p, c: os.getpid()] * 3, [1, 1, 1], 2) == [os.getpid()] * 3


def test_a_failing_task_kills_the_others_and_its_error_is_raised(tmp_path):
    started = tmp_path / "slow.pid"

    def slow(progress, cancelled):
        started.write_text(str(os.getpid()))
        time.sleep(60)
        return "finished"

    def failing(progress, cancelled):
        _wait_for(started)
        raise CcsgError("core 7 covers no cell")

    t = time.monotonic()
    with pytest.raises(CcsgError, match="core 7"):
        run_tasks([slow, failing], [2, 1], workers=2)
    assert time.monotonic() - t < 30  # not after the slow task's minute
    assert _gone(int(started.read_text()))


def test_user_cancel_kills_the_running_children(tmp_path):
    pids = tmp_path / "pids"
    pids.mkdir()

    def task(progress, cancelled):
        (pids / str(os.getpid())).touch()
        time.sleep(60)

    def user_cancelled():
        return len(list(pids.iterdir())) >= 2

    t = time.monotonic()
    with pytest.raises(Cancelled):
        run_tasks([task, task, task], [1, 1, 1], 2, is_cancelled=user_cancelled)
    assert time.monotonic() - t < 30
    started = [int(p.name) for p in pids.iterdir()]
    assert len(started) == 2  # the third never started
    assert all(_gone(pid) for pid in started)


def test_a_child_killed_from_outside_is_a_clear_error():
    """The kernel's out-of-memory killer ends a child without a word: the run fails and says what to try."""

    def killed(progress, cancelled):
        os.kill(os.getpid(), 9)

    with pytest.raises(CcsgError, match=r"stopped without a result \(exit status -9\).*coarser cell"):
        run_tasks([killed, lambda p, c: 1], [1, 1], 2)


def test_an_exception_that_does_not_pickle_comes_back_as_its_text():
    class Local(Exception):  # a class defined in a function cannot be pickled
        pass

    def task(progress, cancelled):
        raise Local("window of core 3 too big")

    with pytest.raises(CcsgError, match="window of core 3 too big"):
        run_tasks([task, lambda p, c: 1], [1, 1], 2)


def test_progress_is_reported_from_the_calling_thread_rising_to_one():
    caller = threading.get_ident()
    reports = []

    def task(progress, cancelled):
        for k in range(1, 6):
            progress(k / 5)
            time.sleep(0.25)
        return os.getpid()

    run_tasks([task, task, task], [1, 1, 2], 2, progress=lambda f: reports.append((threading.get_ident(), f)))
    assert reports and {t for t, _ in reports} == {caller}
    values = [f for _, f in reports]
    assert values == sorted(values) and values[-1] == pytest.approx(1.0)
    # while the children ran, not only as each finished: the first two report before either is done (0.5 of 4)
    assert len(values) >= 5 and 0 < values[0] < 0.5


@pytest.mark.parametrize("neighbours", [8, 16])
def test_two_processes_without_a_spill_folder_equal_one_and_leave_no_files(neighbours, tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    res, cores, geoms = scene(2)
    one = corridors.least_cost_corridors(res, cores, geoms, (DX, DY), neighbours, MAX_D, width_cutoff=900.0,
                                         workers=1)
    two = corridors.least_cost_corridors(res, cores, geoms, (DX, DY), neighbours, MAX_D, width_cutoff=900.0,
                                         workers=2)
    assert [(lk.core_a, lk.core_b, lk.lcd, lk.path) for lk in two.links] == \
        [(lk.core_a, lk.core_b, lk.lcd, lk.path) for lk in one.links]
    np.testing.assert_array_equal(two.mosaic, one.mosaic)
    for cid, cc in two.cost_distances.items():  # the arrays came back into memory, bit for bit
        assert cc.spill is None and cc.window == one.cost_distances[cid].window
        np.testing.assert_array_equal(cc.data, one.cost_distances[cid].data)
    assert list(tmp_path.iterdir()) == []  # the processes' own folder is gone


def test_a_cancelled_two_process_run_leaves_no_files(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    res, cores, geoms = scene(3)

    def cancel_once_running():  # once a child has written its cost-distance into the run's own folder
        return any(tmp_path.glob("*/cost_distance_*.npy"))

    with pytest.raises(Cancelled):
        corridors.least_cost_corridors(res, cores, geoms, (DX, DY), 8, MAX_D, width_cutoff=900.0, workers=2,
                                       is_cancelled=cancel_once_running)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("spilled", [False, True])
def test_pairs_on_two_threads_give_the_same_mosaic_polygon_cells_and_counts(spilled, tmp_path):
    res, cores, geoms = scene(1)
    run = corridors.least_cost_corridors(res, cores, geoms, (DX, DY), 8, MAX_D, width_cutoff=900.0, workers=1,
                                         spill_folder=str(tmp_path) if spilled else None)
    seen: dict = {1: [], 2: []}
    mosaics, counts = {}, {}
    for workers in (1, 2):
        def record(link, window, keep, workers=workers):
            seen[workers].append(((link.core_a, link.core_b), window, keep.copy()))

        mosaics[workers] = corridors.truncate(run.cost_distances, run.links, res.shape, width_cutoff=500.0,
                                              on_corridor=record, workers=workers)
        counts[workers] = [(lk.cutoff, lk.corridor_cells, lk.window_cells) for lk in run.links if lk.linked]
    np.testing.assert_array_equal(mosaics[2], mosaics[1])
    assert counts[2] == counts[1]
    assert [(pair, window) for pair, window, _k in seen[2]] == [(pair, window) for pair, window, _k in seen[1]]
    for (_p, _w, k2), (_p1, _w1, k1) in zip(seen[2], seen[1]):
        np.testing.assert_array_equal(k2, k1)
    # and against the definition: a cell is kept for a pair when CWD_a + CWD_b - LCD <= the cutoff
    for (a, b), (r0, r1, c0, c1), keep in seen[2]:
        link = next(lk for lk in run.links if (lk.core_a, lk.core_b) == (a, b))
        full_a = run.cost_distances[a].full(res.shape)
        full_b = run.cost_distances[b].full(res.shape)
        with np.errstate(invalid="ignore"):
            want = (full_a + full_b - link.lcd)[r0:r1, c0:c1] <= 500.0
        assert int((keep != want).sum()) <= int((np.abs((full_a + full_b - link.lcd)[r0:r1, c0:c1] - 500.0)
                                                 <= 1e-9 * link.lcd).sum())


def test_pairs_on_two_threads_stop_at_a_cancel():
    res, cores, geoms = scene(2)
    run = corridors.least_cost_corridors(res, cores, geoms, (DX, DY), 8, MAX_D, width_cutoff=900.0, workers=1)
    calls = []

    def cancel_after_first_pair(link, window, keep):
        calls.append(link)

    with pytest.raises(Cancelled):
        corridors.truncate(run.cost_distances, run.links, res.shape, width_cutoff=500.0,
                           on_corridor=cancel_after_first_pair, workers=2, is_cancelled=lambda: len(calls) >= 1)
    assert len(calls) == 1
