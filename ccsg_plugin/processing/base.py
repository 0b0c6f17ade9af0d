"""Shared base for the ccsg algorithms: translation, instance creation, groups, help, output metadata."""

from qgis.core import QgsProcessingAlgorithm
from qgis.PyQt.QtGui import QIcon

from ccsg_plugin import paths
from ccsg_plugin.help_pages import help_url
from ccsg_plugin.i18n import tr_data


class CcsgAlgorithm(QgsProcessingAlgorithm):
    """Subclasses set ``ALG_ID``, ``DISPLAY_NAME``, ``GROUP_ID``, ``GROUP_NAME`` and ``HELP``.

    Write DISPLAY_NAME, GROUP_NAME and HELP as plain string literals in the class body: `make translations` collects
    them into i18n_catalog.py (pylupdate5 cannot see them), and tr_data() shows them translated.
    """

    ALG_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = "connectivity"
    GROUP_NAME = "Least-cost connectivity"
    HELP = ""

    def name(self) -> str:
        return self.ALG_ID

    def displayName(self) -> str:  # noqa: N802
        return tr_data(self.DISPLAY_NAME)

    def group(self) -> str:
        return tr_data(self.GROUP_NAME)

    def groupId(self) -> str:  # noqa: N802
        return self.GROUP_ID

    def shortHelpString(self) -> str:  # noqa: N802
        return tr_data(self.HELP)

    def helpUrl(self) -> str:  # noqa: N802
        """The algorithm's section of the offline guide (a local file, in QGIS's language): never a web page."""
        return help_url("processing", anchor=self.ALG_ID).toString()

    def icon(self) -> QIcon:
        return QIcon(str(paths.icon()))

    def createInstance(self):  # noqa: N802
        return type(self)()

    def finish_later(self, path, kind, styler, title, abstract, parameters) -> None:
        """Queue common.finish (style, metadata, load-time post-processor) for postProcessAlgorithm.

        processAlgorithm may run in a worker thread; opening the written layer and loading its style belong on the
        main thread, where QGIS runs postProcessAlgorithm.
        """
        self.__dict__.setdefault("_finishing", []).append((path, kind, styler, title, abstract, parameters))

    def postProcessAlgorithm(self, context, feedback):  # noqa: N802
        from ccsg_plugin.processing import common

        for args in self.__dict__.pop("_finishing", []):
            common.finish(*args, context, feedback)
        return {}
