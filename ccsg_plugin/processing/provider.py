"""The ``ccsg`` Processing provider. Algorithm classes are listed in ``algorithms.py``."""

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ccsg_plugin import paths
from ccsg_plugin.i18n import tr


class CcsgProvider(QgsProcessingProvider):
    def id(self) -> str:  # stable id used in "ccsg:<algorithm>"; never translated
        return "ccsg"

    def name(self) -> str:
        return tr("CCSG corridors")

    def longName(self) -> str:  # noqa: N802
        return tr("CCSG Corridor Toolkit")

    def icon(self) -> QIcon:
        return QIcon(str(paths.icon()))

    def loadAlgorithms(self) -> None:  # noqa: N802
        from ccsg_plugin.processing.algorithms import algorithm_classes

        for cls in algorithm_classes():
            self.addAlgorithm(cls())
