"""The "Sea only" option of the Least-cost analysis dock (marine protected areas): instead of a resistance raster
or land cover, land polygons and a cell size; the run's first step is ccsg:resistancefromlandcover's sea-only
preset (sea 1, land impassable) over the land and the cores with a margin, so least-cost distances run through the
sea. A mixin of AnalysisDock; its widgets are made here (not in the shared .ui) and put below the resistance box."""

from __future__ import annotations

from qgis.core import QgsCoordinateTransform, QgsMapLayerProxyModel, QgsProject, QgsRectangle
from qgis.gui import QgsDoubleSpinBox, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QComboBox, QFormLayout, QGroupBox

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gui.run_plan import Step
from ccsg_plugin.i18n import tr

ALG_RESISTANCE = "ccsg:resistancefromlandcover"
MARGIN_CELLS = 10  # sea added around the land and the cores, so paths can round a headland at the edge
DEFAULT_CELL = 100.0


class SeaOnlyMixin:
    """Needs the dock's mainLayout, resistanceGroup, coresCombo and _on_input_changed."""

    def _setup_sea_only(self) -> None:
        # a short title: a checkable group box cannot wrap it, and the panel must fit 360 px in every language
        self.seaGroup = QGroupBox(tr("Sea only"), self)
        self.seaGroup.setObjectName("seaGroup")
        self.seaGroup.setCheckable(True)
        self.seaGroup.setChecked(False)
        self.seaGroup.setToolTip(tr("Distances through the sea: the sea costs 1 per metre and land cannot be "
                                    "crossed. Replaces the resistance above."))
        form = QFormLayout(self.seaGroup)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.landCombo = QgsMapLayerComboBox(self.seaGroup)
        self.landCombo.setObjectName("landCombo")
        self.landCombo.setFilters(QgsMapLayerProxyModel.PolygonLayer)
        self.landCombo.setAllowEmptyLayer(True)
        self.landCombo.setLayer(None)
        self.landCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.landCombo.setMinimumContentsLength(6)
        self.seaCellSpin = QgsDoubleSpinBox(self.seaGroup)
        self.seaCellSpin.setObjectName("seaCellSpin")
        self.seaCellSpin.setRange(0.01, 1e6)
        self.seaCellSpin.setValue(DEFAULT_CELL)
        self.seaCellSpin.setMinimumWidth(70)
        form.addRow(tr("Land polygons"), self.landCombo)
        form.addRow(tr("Cell size (m)"), self.seaCellSpin)
        self.mainLayout.insertWidget(self.mainLayout.indexOf(self.resistanceGroup) + 1, self.seaGroup)
        for signal in (self.seaGroup.toggled, self.landCombo.layerChanged, self.seaCellSpin.valueChanged):
            self._connect(signal, self._on_sea_changed)

    def _on_sea_changed(self, *args) -> None:
        self.resistanceGroup.setEnabled(not self.sea_only())
        self._on_input_changed()

    def sea_only(self) -> bool:
        return self.seaGroup.isChecked()

    def sea_ready(self) -> bool:
        return self.sea_only() and self.landCombo.currentLayer() is not None

    def sea_spec(self) -> dict:
        """The sea-only part of the run spec: the land layer, the cell size and the extent (land and cores, plus a
        margin of MARGIN_CELLS cells), in the land layer's CRS."""
        land = self.landCombo.currentLayer()
        if land is None:
            raise CcsgError(tr("Pick the land polygons for the sea-only option."))
        extent = QgsRectangle(land.extent())
        cores = self.coresCombo.currentLayer()
        if cores is not None:
            transform = QgsCoordinateTransform(cores.crs(), land.crs(), QgsProject.instance().transformContext())
            extent.combineExtentWith(transform.transformBoundingBox(cores.extent()))
        cell = float(self.seaCellSpin.value())
        extent.grow(MARGIN_CELLS * cell)
        crs = f" [{land.crs().authid()}]" if land.crs().authid() else ""
        # the file for Processing to open in its worker, or the id of a memory layer (as analysis_plan.layer_ref)
        ref = land.source() if land.providerType() in ("gdal", "ogr") else land.id()
        return {"mode": "sea", "land": ref, "land_name": land.name(), "sea_cell_size": cell,
                "sea_extent": f"{extent.xMinimum()},{extent.xMaximum()},{extent.yMinimum()},{extent.yMaximum()}{crs}"}


def sea_step(spec: dict, output: str, notes: dict) -> Step:
    """The plan's first step in sea-only mode (analysis_plan.full_plan)."""
    return Step(ALG_RESISTANCE, {"LAND": spec["land"], "CELL_SIZE": spec["sea_cell_size"],
                                 "EXTENT": spec["sea_extent"], "OUTPUT": output},
                tr("Building the sea-only resistance from the land polygons"),
                load=[("OUTPUT", tr("Resistance (sea only)"))], notes=notes)
