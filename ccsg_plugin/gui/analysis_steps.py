"""The optional steps of the "Least-cost analysis" dock after the corridors: "Restoration priorities",
"Infrastructure crossings", "Network" and the "Climate gradient" inputs of the corridors step. Their widgets live in
analysis_dock.ui; this mixin sets them up, turns them into the run spec's keys (refusing bad input with a message
that names the layer or value, before anything runs) and shows the network summary after a run. The steps
themselves are planned in analysis_steps_plan.py.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsMapLayerProxyModel,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtWidgets import QComboBox

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import crs as gis_crs
from ccsg_plugin.gui import analysis_plan
from ccsg_plugin.gui.analysis_steps_plan import LEAST_COST, STEP_FILES
from ccsg_plugin.i18n import tr

# What the panel shows of network_summary.gpkg, in this order (ProtConn only with a region)
SUMMARY_ROWS = ("PC", "EC", "IIC", "components", "ProtConn", "Prot")


class StepsMixin:
    """Part of AnalysisDock (which provides the widgets, _connect, _on_input_changed, landcover_mode and the combos
    of the corridors' inputs)."""

    network_summary: dict = {}

    def _setup_steps(self) -> None:
        for combo, kind in ((self.crossingsLayerCombo, QgsMapLayerProxyModel.LineLayer),
                            (self.crossingsPointsCombo, QgsMapLayerProxyModel.PointLayer),
                            (self.networkRegionCombo, QgsMapLayerProxyModel.PolygonLayer),
                            (self.climateCombo, QgsMapLayerProxyModel.RasterLayer)):
            combo.setFilters(kind)
            combo.setAllowEmptyLayer(True)
            combo.setLayer(None)  # optional inputs: nothing is guessed
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        self.crossingsFieldCombo.setAllowEmptyFieldName(True)
        self.crossingsFieldCombo.setLayer(None)
        self.crossingsFieldCombo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.crossingsFieldCombo.setMinimumContentsLength(6)
        for text, value in ((tr("Maximum"), 0), (tr("Sum"), 1), (tr("Both"), 2)):
            self.restorationCombineCombo.addItem(text, value)
        self.networkKindCombo.addItem(tr("Euclidean"), "euclidean")
        self.networkKindCombo.addItem(tr("Least-cost (this run's paths)"), LEAST_COST)
        for combo in (self.restorationCombineCombo, self.networkKindCombo):
            combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(6)
        for spin in (self.restorationRadiusMinSpin, self.restorationRadiusMaxSpin, self.restorationRadiusStepSpin,
                     self.networkDispersalSpin, self.networkProbabilitySpin, self.climateThresholdSpin,
                     self.climateCostSpin, self.minDistanceSpin):
            spin.setMinimumWidth(70)
        self.networkDispersalSpin.setSuffix(" m")
        self.networkSummaryLabel.setVisible(False)

    def _connect_steps(self) -> None:
        c = self._connect
        c(self.crossingsLayerCombo.layerChanged, self.crossingsFieldCombo.setLayer)
        c(self.networkKindCombo.currentIndexChanged, self._on_network_kind_changed)
        for signal in (
            self.restorationGroup.toggled, self.restorationRadiusMinSpin.valueChanged,
            self.restorationRadiusMaxSpin.valueChanged, self.restorationRadiusStepSpin.valueChanged,
            self.restorationCombineCombo.currentIndexChanged,
            self.crossingsGroup.toggled, self.crossingsLayerCombo.layerChanged, self.crossingsFieldCombo.fieldChanged,
            self.crossingsPointsCombo.layerChanged,
            self.networkGroup.toggled, self.networkKindCombo.currentIndexChanged,
            self.networkDispersalSpin.valueChanged, self.networkProbabilitySpin.valueChanged,
            self.networkRegionCombo.layerChanged,
            self.climateGroup.toggled, self.climateCombo.layerChanged, self.climateThresholdSpin.valueChanged,
            self.climateCostSpin.valueChanged, self.minDistanceSpin.valueChanged,
        ):
            c(signal, self._on_input_changed)

    def _on_network_kind_changed(self, *args) -> None:
        """Least-cost distances are in cost units, Euclidean ones in metres."""
        least_cost = self.networkKindCombo.currentData() == LEAST_COST
        self.networkDispersalSpin.setSuffix("" if least_cost else " m")

    # ------------------------------------------------------------------ spec
    def step_spec(self) -> dict:
        """The optional steps' part of the run spec; CcsgError (shown, nothing runs) for bad input."""
        spec = {"restoration": self.restorationGroup.isChecked(), "crossings": self.crossingsGroup.isChecked(),
                "network": self.networkGroup.isChecked(), "climate": self.climateGroup.isChecked()}
        if spec["restoration"]:
            spec.update(self._restoration_spec())
        if spec["crossings"]:
            spec.update(self._crossings_spec())
        if spec["network"]:
            spec.update(self._network_spec())
        if spec["climate"]:
            climate = self.climateCombo.currentLayer()
            if climate is None:
                raise CcsgError(tr("Climate gradient: pick the climate raster, or untick the group."))
            spec.update(climate_raster=analysis_plan.layer_ref(climate), climate_name=climate.name(),
                        climate_threshold=float(self.climateThresholdSpin.value()),
                        climate_cost=float(self.climateCostSpin.value()),
                        min_euclidean_distance=float(self.minDistanceSpin.value()))
        return spec

    def _restoration_spec(self) -> dict:
        rmin, rmax = float(self.restorationRadiusMinSpin.value()), float(self.restorationRadiusMaxSpin.value())
        step = float(self.restorationRadiusStepSpin.value())
        if step > 0 and rmin > rmax:
            raise CcsgError(tr("Restoration priorities: the minimum radius ({0:g} m) is larger than the maximum "
                               "({1:g} m); lower the minimum or raise the maximum.", rmin, rmax))
        raster = self.landcoverCombo.currentLayer() if self.landcover_mode() else self.resistanceCombo.currentLayer()
        if raster is not None:
            cell = max(raster.rasterUnitsPerPixelX(), raster.rasterUnitsPerPixelY())
            if rmin < cell:
                raise CcsgError(tr("Restoration priorities: the minimum radius ({0:g} m) is smaller than the cell "
                                   "size of '{1}' ({2:g} m); use at least one cell.", rmin, raster.name(), cell))
        return {"restoration_radius_min": rmin, "restoration_radius_max": rmax, "restoration_radius_step": step,
                "restoration_combine": int(self.restorationCombineCombo.currentData())}

    def _crossings_spec(self) -> dict:
        lines = self.crossingsLayerCombo.currentLayer()
        if lines is None:
            raise CcsgError(tr("Infrastructure crossings: pick the layer of roads, railways or fences (lines), or "
                               "untick the step."))
        if not isinstance(lines, QgsVectorLayer) or lines.geometryType() != QgsWkbTypes.LineGeometry:
            raise CcsgError(tr("Infrastructure crossings: the layer '{0}' does not hold lines; pick roads, railways "
                               "or fences drawn as lines.", lines.name()))
        if lines.featureCount() == 0:
            raise CcsgError(tr("Infrastructure crossings: the layer '{0}' has no lines; pick a layer with roads, "
                               "railways or fences.", lines.name()))
        points = self.crossingsPointsCombo.currentLayer()
        if points is not None and (not isinstance(points, QgsVectorLayer)
                                   or points.geometryType() != QgsWkbTypes.PointGeometry):
            raise CcsgError(tr("Infrastructure crossings: the existing crossings '{0}' must be points (underpasses, "
                               "overpasses).", points.name()))
        return {"crossings_layer": analysis_plan.layer_ref(lines), "crossings_layer_name": lines.name(),
                "crossings_field": self.crossingsFieldCombo.currentField(),
                "crossings_points": analysis_plan.layer_ref(points) if points is not None else ""}

    def _network_spec(self) -> dict:
        region = self.networkRegionCombo.currentLayer()
        if region is not None:
            gis_crs.require_projected(region)  # ProtConn measures areas: not in degrees
            cores = self.coresCombo.currentLayer()
            if cores is not None and not self._overlaps(region, cores):
                raise CcsgError(tr("Network: the region '{0}' does not overlap the core areas '{1}'; pick the "
                                   "polygon of the country or landscape that holds them.", region.name(),
                                   cores.name()))
        return {"network_distance": self.networkKindCombo.currentData(),
                "network_dispersal": float(self.networkDispersalSpin.value()),
                "network_probability": float(self.networkProbabilitySpin.value()),
                "network_region": analysis_plan.layer_ref(region) if region is not None else ""}

    @staticmethod
    def _overlaps(region, cores) -> bool:
        """The region's extent, in the cores' CRS, meets the cores' extent (a cheap test of a wrong CRS or layer)."""
        extent = region.extent()
        if region.crs() != cores.crs():
            transform = QgsCoordinateTransform(region.crs(), cores.crs(), QgsProject.instance())
            try:
                extent = transform.transformBoundingBox(extent)
            except QgsCsException:  # a region far outside the cores' CRS: no overlap worth speaking of
                return False
        return extent.intersects(cores.extent())

    # ------------------------------------------------------------------ results
    def show_network_summary(self, run_dir: Optional[Path]) -> None:
        """The run's network summary (one row of network_summary.gpkg) as a small table under the results."""
        self.network_summary = {}
        path = Path(run_dir) / STEP_FILES["network_summary"][0] if run_dir is not None else None
        if path is not None and path.exists():
            layer = QgsVectorLayer(str(path), "summary", "ogr")
            feature = next(layer.getFeatures(), None) if layer.isValid() else None
            if feature is not None:
                names = feature.fields().names()
                self.network_summary = {n: feature[n] for n in SUMMARY_ROWS if n in names
                                        and feature[n] is not None and not _is_null(feature[n])}
        rows = []
        units = {"EC": " ha", "ProtConn": " %", "Prot": " %"}
        for name in SUMMARY_ROWS:
            if name in self.network_summary:
                value = self.network_summary[name]
                text = str(int(value)) if name == "components" else f"{float(value):.6g}"
                rows.append(f"<tr><td>{name}</td><td align='right'>{text}{units.get(name, '')}</td></tr>")
        self.networkSummaryLabel.setVisible(bool(rows))
        self.networkSummaryLabel.setText(
            f"<b>{tr('Network')}</b><table cellspacing='0' cellpadding='2'>{''.join(rows)}</table>" if rows else "")


def _is_null(value) -> bool:
    return hasattr(value, "isNull") and value.isNull()
