"""The one translation helper. pylupdate5 records bare ``tr("...")`` calls under the ``@default`` context."""

from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str, *args: object) -> str:
    translated = QCoreApplication.translate("@default", text)
    return translated.format(*args) if args else translated
