"""Garbage collection stays off the Processing worker (gis/worker_gc.py): a Qt object that the main thread left
in a reference cycle is freed on the main thread, even when the worker is the one allocating (without the pause,
all of them were freed by the worker)."""

from __future__ import annotations

import gc
import threading
import time

from qgis.PyQt.QtCore import QCoreApplication, QObject

from ccsg_plugin.gis import worker_gc
from tests.qgis.test_analysis_report import opened_urls  # noqa: F401 - fixture of the rivers dock module
from tests.qgis.test_rivers_dock import _wait, dock  # noqa: F401 - fixture


class Garbage:
    """A reference cycle holding a Python-owned QObject; records on which thread it was freed."""

    def __init__(self, freed: list) -> None:
        self.freed = freed
        self.me = self
        self.qobject = QObject()

    def __del__(self) -> None:
        self.freed.append(threading.current_thread() is threading.main_thread())


def test_cycles_left_by_the_main_thread_during_a_run_are_freed_on_the_main_thread(dock):  # noqa: F811
    freed: list = []
    gc.collect()
    dock.runButton.click()
    assert dock.is_running()
    for _ in range(50):
        Garbage(freed)
    time.sleep(1.0)  # the main thread idles (no Python); the worker allocates, past gen-0's threshold of 700
    _wait(dock)
    assert dock.last_run is not None, dock.statusLabel.text()
    gc.collect()
    assert len(freed) == 50 and all(freed), f"{freed.count(False)} of 50 were freed by the worker thread"


def test_the_pause_is_shared_by_concurrent_workers_and_restores_the_setting():
    seen = {}
    inside = threading.Barrier(2)

    def worker(name):
        with worker_gc.paused_off_main_thread():
            inside.wait()
            seen[name] = gc.isenabled()
            inside.wait()  # both still inside: the first one out must not turn collection back on
            if name == "b":
                time.sleep(0.05)
        if name == "a":
            seen["after a"] = gc.isenabled()

    QCoreApplication.processEvents()  # a resume still queued from an earlier run
    assert gc.isenabled()
    threads = [threading.Thread(target=worker, args=(n,)) for n in "ab"]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert seen["a"] is False and seen["b"] is False
    assert seen["after a"] is False  # the first one out left it off: b was still running
    assert not gc.isenabled()  # the last one out asked the main thread, which has not run its events yet
    QCoreApplication.processEvents()
    assert gc.isenabled()
    with worker_gc.paused_off_main_thread():  # the main thread is never paused
        assert gc.isenabled()
    gc.disable()
    try:
        t = threading.Thread(target=lambda: worker_gc.paused(lambda: None)())
        t.start()
        t.join()
        QCoreApplication.processEvents()
        assert not gc.isenabled()  # it was off before: left off
    finally:
        gc.enable()
