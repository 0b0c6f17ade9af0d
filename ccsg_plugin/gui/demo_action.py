"""The "Load demo project" action: a new project from the bundled Linkage Mapper demo landscape."""

from __future__ import annotations

from qgis.core import Qgis, QgsProject

from ccsg_plugin import settings
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import demo, output
from ccsg_plugin.i18n import tr, tr_data
from ccsg_plugin.messages import notify


def load_demo_project(iface) -> bool:
    """Replace the current project with the demo (QGIS asks to save unsaved changes first)."""
    new_project = getattr(iface, "newProject", None)
    if new_project is not None and new_project(True) is False:
        return False  # the user cancelled the "save changes?" question: keep their project
    project = QgsProject.instance()
    project.clear()
    folder = settings.demo_folder()
    try:
        data_dir = demo.copy_demo_data(folder / "data")
        cores, resistance = demo.load_demo_layers(project, data_dir)
    except (OSError, CcsgError) as exc:
        notify(iface, tr("Demo project"), tr_data(exc), Qgis.Critical, 10)
        return False
    canvas = iface.mapCanvas()
    if canvas is not None:
        canvas.setDestinationCrs(project.crs())
        canvas.setExtent(project.viewSettings().defaultViewExtent())
        canvas.refresh()
    # Save next to the data so later results (corridor store, analysis runs) land beside the project; an earlier
    # demo project is never overwritten. Saved last, so the project is not marked modified, as the help says.
    project.setFileName(str(output.unique_path(folder / "ccsg_demo.qgz")))
    project.write()
    notify(iface, tr("Demo project"), tr("Demo project loaded and saved as {0}", project.fileName()), Qgis.Success)
    return True
