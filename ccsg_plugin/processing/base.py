"""Shared base for the ccsg algorithms: translation, instance creation, groups, help, output metadata."""

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from ccsg_plugin import paths
from ccsg_plugin.i18n import tr


class CcsgAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ALG_ID``, ``DISPLAY_NAME``, ``GROUP_ID``, ``GROUP_NAME`` and ``HELP``."""

    ALG_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = "connectivity"
    GROUP_NAME = "Least-cost connectivity"
    HELP = ""

    def name(self) -> str:
        return self.ALG_ID

    def displayName(self) -> str:  # noqa: N802
        return tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return tr(self.GROUP_NAME)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802
        return tr(self.HELP)

    def icon(self) -> QIcon:
        return QIcon(str(paths.icon()))

    def createInstance(self):  # noqa: N802
        return type(self)()
