"""Typed access to the plugin's QgsSettings keys (all under ccsg/), with the defaults in one place."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsSettings

PREFIX = "ccsg/"


def _value(key: str, default, type_=str):
    return QgsSettings().value(PREFIX + key, default, type=type_)


def _set(key: str, value) -> None:
    QgsSettings().setValue(PREFIX + key, value)


def demo_folder() -> Path:
    """Where "Load demo project" copies the demo data and saves the demo project."""
    default = str(Path(QgsApplication.qgisSettingsDirPath()) / "ccsg_demo")
    return Path(_value("demo_folder", default))


def set_demo_folder(folder: Path) -> None:
    _set("demo_folder", str(folder))


def user_profiles_folder() -> Path:
    """Where users' own criteria profiles are saved (inside the QGIS profile folder)."""
    default = str(Path(QgsApplication.qgisSettingsDirPath()) / "ccsg" / "profiles")
    return Path(_value("user_profiles_folder", default))
