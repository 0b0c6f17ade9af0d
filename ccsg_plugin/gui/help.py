"""Open the offline user guide: ``open_help("designer")`` from a dock's help button, ``open_help()`` for the index.

Pages are local files (see ccsg_plugin/help_pages.py), shown in the system browser through a file:// URL.
"""

from __future__ import annotations

from qgis.PyQt.QtGui import QDesktopServices

from ccsg_plugin.help_pages import PAGES, help_path, help_url, ui_language

__all__ = ["PAGES", "help_path", "help_url", "open_help", "ui_language"]


def open_help(page: str = "index", locale: str | None = None, anchor: str = "") -> bool:
    """Open a help page in the system browser; False when no browser could be started."""
    return QDesktopServices.openUrl(help_url(page, locale, anchor))
