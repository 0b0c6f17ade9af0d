"""CCSG Corridor Toolkit: QGIS entry point (classFactory only; the plugin class is imported lazily)."""


def classFactory(iface):  # noqa: N802 - QGIS plugin API name
    from ccsg_plugin.plugin import CcsgPlugin

    return CcsgPlugin(iface)
