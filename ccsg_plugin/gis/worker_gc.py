"""Python's cyclic garbage collector kept off worker threads while our code runs there.

The collector runs in whichever thread happens to allocate when a threshold is crossed. If that is a Processing
worker, it frees garbage the main thread made: widgets, layers or feedback objects left in reference cycles by any
plugin or dialog (the tests left a whole analysis dock in such a cycle). A Qt object destroyed off its own thread
while the main thread's event loop still serves it can crash QGIS. So while
one of our workers runs Python, automatic collection is paused. The last worker out does not turn it back on
itself (its next allocation would collect right there, on the worker): it asks the main thread to, through a
queued signal, and the next automatic collection then happens on the main thread. No explicit full collection is
made: with a long-running QGIS session one takes 0.15 s, most of the GUI thread's 0.2 s budget.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import threading

from qgis.PyQt.QtCore import QCoreApplication, QObject, pyqtSignal, pyqtSlot

_lock = threading.Lock()
_paused = 0  # workers now running with collection paused
_off_by_us = False  # collection is off because of a pause (running, or waiting for the main thread to resume)
_was_enabled = True  # the setting before that pause


def on_main_thread() -> bool:
    return threading.current_thread() is threading.main_thread()


@contextlib.contextmanager
def paused_off_main_thread():
    """Inside the block, automatic collection is off if this is a worker thread (nothing changes on the main
    thread). Nested and concurrent workers share one pause: the first one in saves the setting, the main thread
    restores it once the last one is out."""
    global _paused, _was_enabled, _off_by_us
    if on_main_thread():
        yield
        return
    with _lock:
        if not _off_by_us:
            _was_enabled = gc.isenabled()
            _off_by_us = True
            gc.disable()
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            _paused -= 1
            last = _paused == 0
        if last:
            _resumer.ask()


def paused(function):
    """``function`` run under paused_off_main_thread (for processAlgorithm and QgsTask.run)."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        with paused_off_main_thread():
            return function(*args, **kwargs)

    return wrapper


def _resume() -> None:
    """Main thread: put the setting back (the next allocation here collects what piled up during the pause)."""
    global _off_by_us
    with _lock:
        if _paused or not _off_by_us:
            return  # a worker has paused again (it will ask again), or this was done already
        _off_by_us = False
        if _was_enabled:
            gc.enable()


class _Resumer(QObject):
    """Lives on the main thread; a worker's ask() reaches _resume there (a queued call)."""

    asked = pyqtSignal()

    def __init__(self) -> None:
        super().__init__()
        self.ready = False
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())  # in case this module was first imported in a worker
            self.ready = True
        self.asked.connect(self._on_asked)  # a real slot: queued to this object's (the main) thread

    def ask(self) -> None:
        if self.ready:
            self.asked.emit()
        else:  # no Qt application (a plain script): there is no event loop to wait for
            _resume()

    @pyqtSlot()
    def _on_asked(self) -> None:
        _resume()


_resumer = _Resumer()
