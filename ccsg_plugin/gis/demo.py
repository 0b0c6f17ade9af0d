"""The demo project: the Linkage Mapper demo landscape (GPL-3), styled, in a "CCSG demo" group."""

from __future__ import annotations

import shutil
from pathlib import Path

from qgis.core import QgsProject, QgsRasterLayer, QgsReferencedRectangle, QgsVectorLayer

from ccsg_plugin import paths
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import layer_roles, output
from ccsg_plugin.i18n import tr

DEMO_GROUP = "CCSG demo"
CORES_FILE = "lm_cores.shp"
RESISTANCE_FILE = "lm_resistances.tif"
CORE_ID_FIELD = "core_id"


def copy_demo_data(destination: Path) -> Path:
    """Copy the bundled demo files into a writable folder (the plugin folder may be read-only)."""
    destination = Path(destination)
    destination.mkdir(parents=True, exist_ok=True)
    for source in paths.demo_data().iterdir():
        target = destination / source.name
        if not target.exists():
            shutil.copyfile(source, target)
    return destination


def load_demo_layers(project: QgsProject, data_dir: Path) -> tuple[QgsVectorLayer, QgsRasterLayer]:
    """Add the styled cores and resistance layers to the project in the "CCSG demo" group."""
    data_dir = Path(data_dir)
    cores = QgsVectorLayer(str(data_dir / CORES_FILE), tr("Core areas"), "ogr")
    resistance = QgsRasterLayer(str(data_dir / RESISTANCE_FILE), tr("Resistance"))
    for layer, name in ((cores, CORES_FILE), (resistance, RESISTANCE_FILE)):
        if not layer.isValid():
            raise CcsgError(tr("The demo file {0} could not be opened in {1}.", name, str(data_dir)))
    output.apply_style(cores, "demo_cores")
    output.apply_style(resistance, "resistance")
    layer_roles.mark(cores, layer_roles.CORES)  # the panels find them by role, whatever the language of the name
    layer_roles.mark(resistance, layer_roles.RESISTANCE)
    project.setCrs(resistance.crs())
    group = output.layer_group(project, DEMO_GROUP)
    output.insert_layer(project, group, cores)
    output.insert_layer(project, group, resistance)
    extent = resistance.extent()
    extent.scale(1.02)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, resistance.crs()))
    return cores, resistance
