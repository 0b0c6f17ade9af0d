"""User messages (message bar) and the plugin's log tab ("CCSG")."""

from qgis.core import Qgis, QgsMessageLog

from ccsg_plugin.i18n import tr_data

LOG_TAG = "CCSG"


def log(text: str, level=Qgis.Info) -> None:
    QgsMessageLog.logMessage(text, LOG_TAG, level)


def notify(iface, title: str, text: str, level=Qgis.Info, duration: int = 5) -> None:
    """Push a message bar message; the four-argument form works with QGIS and the pytest-qgis stub.

    ``text`` may be an error raised in core (English, no Qt there): tr_data shows it in the user's language."""
    text = tr_data(text)
    iface.messageBar().pushMessage(title, text, level, duration)
    log(f"{title}: {text}", level)
