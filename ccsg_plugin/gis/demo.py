"""The demo project: the Linkage Mapper demo landscape (GPL-3), styled, in a "CCSG demo" group."""

from __future__ import annotations

import shutil
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsProject,
    QgsRasterLayer,
    QgsReferencedRectangle,
    QgsVectorLayer,
)

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


DEMO_CRS_NAME = "NAD83 Albers (Linkage Mapper demo)"


def named_crs(crs: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    """The demo's Albers projection has no EPSG code, so QGIS's status bar said "Unknown CRS": the same definition
    as a named user CRS (registered once per QGIS profile)."""
    if crs.authid():
        return crs
    registry = QgsApplication.coordinateReferenceSystemRegistry()
    proj = crs.toProj()
    for details in registry.userCrsList():
        if details.crs.toProj() == proj:
            return QgsCoordinateReferenceSystem(f"USER:{details.id}")
    crs_id = registry.addUserCrs(crs, DEMO_CRS_NAME)
    return QgsCoordinateReferenceSystem(f"USER:{crs_id}") if crs_id >= 0 else crs


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
    crs = named_crs(resistance.crs())
    for layer in (cores, resistance):
        layer.setCrs(crs)  # the same definition, now with a name: no reprojection
    project.setCrs(crs)
    group = output.layer_group(project, DEMO_GROUP)
    output.insert_layer(project, group, cores)
    output.insert_layer(project, group, resistance)
    extent = resistance.extent()
    extent.scale(1.02)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(extent, resistance.crs()))
    return cores, resistance
