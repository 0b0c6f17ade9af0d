"""Shared fixtures. QGIS tests use pytest-qgis 2.1 (QGIS 3.22); its stub iface lacks a few methods that the
plugin calls, so they are filled in here with real Qt behaviour (docks really go into the main window)."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

DEMO_DIR = ROOT / "resources" / "demo"


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    return DEMO_DIR


def process_deferred_deletes() -> None:
    """Run pending deleteLater() calls, as QGIS's event loop would after a plugin unloads."""
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    QCoreApplication.sendPostedEvents(None, QEvent.DeferredDelete)


@contextlib.contextmanager
def registered_provider():
    """The ccsg Processing provider in the registry while the block runs (added only if the plugin did not)."""
    from qgis.core import QgsApplication

    from ccsg_plugin.processing.provider import CcsgProvider

    registry = QgsApplication.processingRegistry()
    added = None
    if registry.providerById("ccsg") is None:
        added = CcsgProvider()
        registry.addProvider(added)
    try:
        yield registry.providerById("ccsg")
    finally:
        if added is not None:
            registry.removeProvider(added)


@pytest.fixture
def provider(qgis_processing):
    with registered_provider() as registered:
        yield registered


@pytest.fixture
def ui_locale():
    """A setter for QGIS's user locale (override on); the previous setting comes back after the test."""
    from qgis.core import QgsSettings

    settings = QgsSettings()
    saved = {key: settings.value(key) for key in ("locale/userLocale", "locale/overrideFlag")}

    def set_locale(code: str) -> None:
        settings.setValue("locale/userLocale", code)
        settings.setValue("locale/overrideFlag", True)

    yield set_locale
    for key, value in saved.items():
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def _complete_stub_iface(iface) -> None:
    from qgis.PyQt.QtWidgets import QMenu

    window = iface.mainWindow()
    if not getattr(iface, "_ccsg_completed", False):
        iface.addDockWidget = lambda area, dock: window.addDockWidget(area, dock)
        iface.removeDockWidget = lambda dock: window.removeDockWidget(dock)
        help_menu = QMenu("Help", window)
        help_menu.setObjectName("mHelpMenu")
        iface.pluginHelpMenu = lambda: help_menu
        stub_new_project = iface.newProject

        def new_project(prompt_to_save: bool = False) -> bool:
            stub_new_project()
            return True

        iface.newProject = new_project
        iface._ccsg_completed = True


@pytest.fixture
def iface(qgis_iface):
    _complete_stub_iface(qgis_iface)
    return qgis_iface


@pytest.fixture
def plugin(iface, qgis_processing, qgis_new_project, tmp_path, monkeypatch):
    """The plugin loaded as QGIS loads it (classFactory + initGui), unloaded after the test."""
    from qgis.core import QgsSettings

    QgsSettings().setValue("ccsg/demo_folder", str(tmp_path / "ccsg_demo"))
    import ccsg_plugin

    instance = ccsg_plugin.classFactory(iface)
    instance.initGui()
    yield instance
    instance.unload()
    process_deferred_deletes()
    QgsSettings().remove("ccsg/demo_folder")


@pytest.fixture(autouse=True, scope="module")
def _collect_garbage_on_the_main_thread():
    """Reference cycles a test module left (docks built without a parent, layers kept in tracebacks) are freed
    here, on the main thread, not by a later Processing worker's collection (see ccsg_plugin/gis/worker_gc.py)."""
    yield
    import gc

    gc.collect()


@pytest.fixture(autouse=True, scope="session")
def _release_qgis_objects_before_exit(qgis_app):
    """Free Python wrappers of QGIS objects (tasks, contexts, layers) while QGIS still runs.

    pytest-qgis calls exitQgis() when the session ends; anything collected after that crashes the interpreter.
    """
    yield
    import gc

    from qgis.core import QgsApplication, QgsProject

    QgsApplication.taskManager().cancelAll()
    QgsProject.instance().clear()
    process_deferred_deletes()
    gc.collect()
    process_deferred_deletes()


def pytest_sessionfinish(session, exitstatus):
    session.config._ccsg_exitstatus = int(exitstatus)


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config):
    """Leave the test process without Python's own teardown, keeping pytest's exit status.

    By now pytest-qgis has called exitQgis() and pytest has printed its summary. Python's teardown would then free
    whatever QGIS wrappers are still referenced (module globals, caches, kept tracebacks) against a QGIS that no
    longer runs, which now and then ended a green run with a segmentation fault (exit 139) and failed CI.
    """
    status = getattr(config, "_ccsg_exitstatus", None)
    if status is None:
        return
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(status)
