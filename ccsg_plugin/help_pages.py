"""Where the offline user guide is (resources/help/<lang>/<page>.html) and which language to show.

No widgets here, so Processing algorithms (helpUrl) and docks (help buttons, via gui/help.py) share it.
Everything is local: pages are files inside the plugin, opened with file:// URLs; English is the fallback.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QLocale, QUrl

from ccsg_plugin import paths

LANGUAGES = ("en", "es", "fr", "pt")
FALLBACK = "en"
# page id -> file name; one page per panel plus the glossary and the workshop exercise
PAGES = {
    "index": "index.html",
    "designer": "designer.html",
    "check": "check.html",
    "analysis": "analysis.html",
    "processing": "processing.html",
    "glossary": "glossary.html",
    "exercise": "exercise.html",
    "rivers": "rivers.html",
    "monitoring": "monitoring.html",
}


def ui_language() -> str:
    """The two-letter language of QGIS's interface (locale/userLocale when overridden, else the system's)."""
    settings = QgsSettings()
    value = settings.value("locale/userLocale", "") or ""
    if not value or not settings.value("locale/overrideFlag", False, type=bool):
        value = value or QLocale.system().name()
    return str(value)[:2].lower()


def help_path(page: str = "index", locale: str | None = None) -> Path:
    """The page's file for the language of ``locale`` (e.g. "pt_BR"; default: QGIS's), else the English page."""
    name = PAGES.get(page, PAGES["index"])
    lang = (locale or ui_language())[:2].lower()
    candidate = paths.help_dir() / lang / name
    return candidate if candidate.exists() else paths.help_dir() / FALLBACK / name


def help_url(page: str = "index", locale: str | None = None, anchor: str = "") -> QUrl:
    url = QUrl.fromLocalFile(str(help_path(page, locale)))
    if anchor:
        url.setFragment(anchor)
    return url
