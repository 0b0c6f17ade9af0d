"""Small generated layers for the guideline-check tests: two square cores 4 km apart joined by a rectangle."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from osgeo import gdal, osr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsField,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QVariant

CRS = "EPSG:32633"  # UTM 33N, metres
X0, Y0 = 500000.0, 5000000.0
GAP = 4000.0  # distance between the two cores (edge to edge), = corridor length outside the cores
CORE = 2000.0  # core side
FULL_ATTRIBUTES = {
    "corridor_id": "C1",
    "objective_connectivity": "Maintain movement of large mammals between the two cores",
    "target_species_processes": "Ursus arctos",
    "realm": "terrestrial",
    "governance_type": "A",
    "gov_subtype": "Sub-national ministry or agency",
    "governance_authority": "Regional parks agency",
    "management_authority": "Regional parks agency",
    "management_plan": "https://example.org/plan.pdf",
    "legal_mechanism": "statute",
    "status": "Designated",
    "status_year": 2020,
    "commitment_duration": "permanent",
    "monitoring_plan": "Camera traps every spring",
    "indicators": "crossings per year;occupancy",
    "last_assessment": "2025-05-01",
}


def core_polygons() -> list[QgsGeometry]:
    """West core [X0-CORE, X0] and east core [X0+GAP, X0+GAP+CORE], both 2 km tall centred on Y0."""
    half = CORE / 2
    west = QgsGeometry.fromWkt(
        f"POLYGON(({X0 - CORE} {Y0 - half},{X0} {Y0 - half},{X0} {Y0 + half},{X0 - CORE} {Y0 + half},"
        f"{X0 - CORE} {Y0 - half}))"
    )
    east = QgsGeometry.fromWkt(
        f"POLYGON(({X0 + GAP} {Y0 - half},{X0 + GAP + CORE} {Y0 - half},{X0 + GAP + CORE} {Y0 + half},"
        f"{X0 + GAP} {Y0 + half},{X0 + GAP} {Y0 - half}))"
    )
    return [west, east]


def rectangle(width: float, overlap: float = 50.0) -> QgsGeometry:
    """A corridor `width` m wide from the west core to the east core (overlapping each by `overlap` m)."""
    h = width / 2
    x1, x2 = X0 - overlap, X0 + GAP + overlap
    return QgsGeometry.fromWkt(f"POLYGON(({x1} {Y0 - h},{x2} {Y0 - h},{x2} {Y0 + h},{x1} {Y0 + h},{x1} {Y0 - h}))")


def _layer(kind: str, crs: str, name: str, fields: list[tuple[str, QVariant.Type]]) -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{kind}?crs={crs}", name, "memory")
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    layer.updateFields()
    return layer


def _reproject(geometry: QgsGeometry, crs: str) -> QgsGeometry:
    geometry = QgsGeometry(geometry)
    if crs != CRS:
        geometry.transform(QgsCoordinateTransform(QgsCoordinateReferenceSystem(CRS), QgsCoordinateReferenceSystem(crs),
                                                  QgsProject.instance()))
    return geometry


def corridors_layer(items: list[tuple[str, QgsGeometry, dict]], crs: str = CRS, name: str = "corridors"):
    """A memory polygon layer; items are (name, geometry in CRS, extra attributes)."""
    fields = [("name", QVariant.String)] + [
        (k, QVariant.Int if isinstance(v, int) else QVariant.String) for k, v in FULL_ATTRIBUTES.items()
    ]
    layer = _layer("Polygon", crs, name, fields)
    features = []
    for label, geometry, attributes in items:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(_reproject(geometry, crs))
        feature["name"] = label
        for key, value in attributes.items():
            feature[key] = value
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def cores_layer(crs: str = CRS) -> QgsVectorLayer:
    layer = _layer("Polygon", crs, "cores", [("core_id", QVariant.Int)])
    features = []
    for i, geometry in enumerate(core_polygons(), start=1):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(_reproject(geometry, crs))
        feature["core_id"] = i
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def roads_layer(lines_wkt: list[str], crs: str = CRS) -> QgsVectorLayer:
    layer = _layer("LineString", crs, "roads", [("class", QVariant.String)])
    features = []
    for wkt in lines_wkt:
        feature = QgsFeature(layer.fields())
        feature.setGeometry(_reproject(QgsGeometry.fromWkt(wkt), crs))
        feature["class"] = "primary"
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def resistance_tif(path: Path, epsg: int = 32633, cell: float = 100.0, value: float = 1.0) -> Path:
    """A uniform resistance GeoTIFF covering cores and corridors with a 2 km margin."""
    x_min, y_max = X0 - CORE - 2000.0, Y0 + 3000.0
    cols = int((GAP + 2 * CORE + 4000.0) / cell)
    rows = int(6000.0 / cell)
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(path), cols, rows, 1, gdal.GDT_Float32)
    dataset.SetGeoTransform((x_min, cell, 0.0, y_max, 0.0, -cell))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(epsg)
    dataset.SetProjection(srs.ExportToWkt())
    band = dataset.GetRasterBand(1)
    band.SetNoDataValue(-9999.0)
    band.WriteArray(np.full((rows, cols), value, dtype=np.float32))
    dataset.FlushCache()
    dataset = None
    return Path(path)


def geometry_layer(kind: str, wkts: list[str], crs: str = CRS, name: str = "layer") -> QgsVectorLayer:
    """A memory layer of `kind` (Point, LineString, Polygon) from WKT given in CRS, stored in `crs`."""
    layer = _layer(kind, crs, name, [("id", QVariant.Int)])
    features = []
    for i, wkt in enumerate(wkts, start=1):
        feature = QgsFeature(layer.fields())
        feature.setGeometry(_reproject(QgsGeometry.fromWkt(wkt), crs))
        feature["id"] = i
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer
