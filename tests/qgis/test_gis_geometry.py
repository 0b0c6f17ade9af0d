"""gis.geometry.to_shapely, the one QgsGeometry -> shapely converter: curves segmentized, Z/M dropped, null and empty
-> None, multi-part kept, invalid kept; checked against shapely objects and analytic shapes built here. Then its
callers: the rasterizer, the corridor store, the check's reader and the doctor treat a Z / curved / empty geometry
alike, and no module converts on its own."""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np
import pytest
from osgeo import gdal, ogr, osr
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry
from shapely.geometry import LineString, MultiPolygon, Point, Polygon

from ccsg_plugin.gis.geometry import to_shapely
from tests.qgis.lcp_helpers import memory_layer

PACKAGE = Path(__file__).resolve().parents[2] / "ccsg_plugin"


def test_null_missing_and_empty_give_none():
    assert to_shapely(None) is None
    assert to_shapely(QgsGeometry()) is None
    for wkt in ("POLYGON EMPTY", "MULTIPOLYGON EMPTY", "LINESTRING EMPTY", "POINT EMPTY"):
        geom = QgsGeometry.fromWkt(wkt)
        assert not geom.isNull(), wkt  # a real, empty geometry, not a null one
        assert to_shapely(geom) is None, wkt


def test_plain_geometries_equal_the_shapely_ones():
    assert to_shapely(QgsGeometry.fromWkt("POINT(3 4)")).equals(Point(3, 4))
    assert to_shapely(QgsGeometry.fromWkt("LINESTRING(0 0, 5 0, 5 7)")).equals(LineString([(0, 0), (5, 0), (5, 7)]))
    square = to_shapely(QgsGeometry.fromWkt("POLYGON((0 0, 4 0, 4 4, 0 4, 0 0), (1 1, 2 1, 2 2, 1 2, 1 1))"))
    assert square.equals(Polygon([(0, 0), (4, 0), (4, 4), (0, 4)], [[(1, 1), (2, 1), (2, 2), (1, 2)]]))
    assert square.area == 15


def test_z_and_m_are_dropped():
    poly = to_shapely(QgsGeometry.fromWkt("POLYGON Z((0 0 5, 10 0 5, 10 10 7, 0 0 5))"))
    assert not poly.has_z and poly.equals(Polygon([(0, 0), (10, 0), (10, 10)]))
    assert list(poly.exterior.coords) == [(0, 0), (10, 0), (10, 10), (0, 0)]
    line = to_shapely(QgsGeometry.fromWkt("LINESTRING M(0 0 1, 3 4 2)"))
    assert not line.has_z and line.equals(LineString([(0, 0), (3, 4)])) and line.length == 5
    point = to_shapely(QgsGeometry.fromWkt("POINT ZM(1 2 3 4)"))
    assert not point.has_z and (point.x, point.y) == (1, 2)


def test_the_callers_geometry_keeps_its_z_and_curves():
    geom = QgsGeometry.fromWkt("CURVEPOLYGON Z(CIRCULARSTRING Z(-1 0 3, 1 0 3, -1 0 3))")
    to_shapely(geom)
    assert geom.constGet().is3D() and "Curve" in geom.constGet().geometryType()


def test_curves_are_segmentized_onto_the_arc():
    # A half circle through (0 0), (1 1), (2 0): centre (1, 0), radius 1.
    line = to_shapely(QgsGeometry.fromWkt("CIRCULARSTRING(0 0, 1 1, 2 0)"))
    assert line.geom_type == "LineString" and len(line.coords) > 10
    assert line.coords[0] == (0, 0) and line.coords[-1] == (2, 0)
    for x, y in line.coords:
        assert math.hypot(x - 1, y) == pytest.approx(1, abs=1e-9)
    assert line.length == pytest.approx(math.pi, rel=1e-3)
    # A full circle of radius 1 around the origin as a curve polygon, with Z on top.
    disc = to_shapely(QgsGeometry.fromWkt("CURVEPOLYGON Z(CIRCULARSTRING Z(-1 0 3, 1 0 3, -1 0 3))"))
    assert disc.geom_type == "Polygon" and not disc.has_z and disc.is_valid
    assert disc.area == pytest.approx(math.pi, rel=1e-3)
    compound = to_shapely(QgsGeometry.fromWkt("COMPOUNDCURVE((5 0, 2 0), CIRCULARSTRING(2 0, 1 1, 0 0))"))
    assert compound.coords[0] == (5, 0) and compound.coords[-1] == (0, 0)
    assert compound.length == pytest.approx(3 + math.pi, rel=1e-3)


def test_multipart_stays_multipart():
    one = to_shapely(QgsGeometry.fromWkt("MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)))"))
    assert one.geom_type == "MultiPolygon" and len(one.geoms) == 1
    two = to_shapely(QgsGeometry.fromWkt("MULTIPOLYGON(((0 0, 1 0, 1 1, 0 0)), ((5 5, 7 5, 7 7, 5 7, 5 5)))"))
    assert two.equals(MultiPolygon([Polygon([(0, 0), (1, 0), (1, 1)]), Polygon([(5, 5), (7, 5), (7, 7), (5, 7)])]))
    assert two.area == pytest.approx(0.5 + 4)
    surface = to_shapely(QgsGeometry.fromWkt("MULTISURFACE(CURVEPOLYGON(CIRCULARSTRING(-1 0, 1 0, -1 0)), "
                                             "((5 5, 7 5, 7 7, 5 7, 5 5)))"))
    assert surface.geom_type == "MultiPolygon" and len(surface.geoms) == 2
    assert surface.area == pytest.approx(math.pi + 4, rel=1e-3)


def test_invalid_stays_invalid():
    bowtie = to_shapely(QgsGeometry.fromWkt("POLYGON((0 0, 2 2, 2 0, 0 2, 0 0))"))
    assert not bowtie.is_valid
    assert bowtie.equals_exact(Polygon([(0, 0), (2, 2), (2, 0), (0, 2)]), 0)


# ----- the callers --------------------------------------------------------------------------------------------------
def test_rasterizer_cells_of_a_z_curve_core_equal_those_of_its_flat_segmentized_twin():
    from ccsg_plugin.gis.raster_io import Grid
    from ccsg_plugin.gis.rasterize import core_cells

    crs = QgsCoordinateReferenceSystem("EPSG:32633")
    grid = Grid((0.0, 1.0, 0.0, 20.0, 0.0, -1.0), (20, 20), crs)
    curved = memory_layer("CurvePolygonZ", "EPSG:32633",
                          [("CURVEPOLYGON Z(CIRCULARSTRING Z(4 10 9, 16 10 9, 4 10 9))", [1])])
    masks, geoms = core_cells(curved, "core_id", grid)
    disc = geoms[1]
    assert not disc.has_z and disc.area == pytest.approx(math.pi * 36, rel=1e-3)
    # Reference: GDAL burns the plain 2D polygon of the same vertices (cell centres inside).
    ds = gdal.GetDriverByName("MEM").Create("", 20, 20, 1, gdal.GDT_Byte)
    ds.SetGeoTransform(grid.geotransform)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    source = ogr.GetDriverByName("Memory").CreateDataSource("ref")
    layer = source.CreateLayer("r", srs)
    feature = ogr.Feature(layer.GetLayerDefn())
    feature.SetGeometry(ogr.CreateGeometryFromWkt(disc.wkt))
    layer.CreateFeature(feature)
    gdal.RasterizeLayer(ds, [1], layer, burn_values=[1])
    expected = ds.GetRasterBand(1).ReadAsArray().astype(bool)
    # and brute force: cell centres within 6 m of (10, 10), away from the chord error at the rim
    rows, cols = np.mgrid[0:20, 0:20]
    r = np.hypot(cols + 0.5 - 10, 20 - (rows + 0.5) - 10)
    assert (masks[1] == expected).all()
    assert masks[1][r < 5.9].all() and not masks[1][r > 6.1].any()


def test_corridor_store_measures_a_curved_z_corridor_in_2d(tmp_path):
    from ccsg_plugin.gis import corridor_store

    layer = corridor_store.create_or_open(tmp_path / "c.gpkg", QgsCoordinateReferenceSystem("EPSG:32633"))
    store = corridor_store.CorridorStore(layer)
    values = store.computed_values(QgsGeometry.fromWkt("CURVEPOLYGON Z(CIRCULARSTRING Z(-100 0 5, 100 0 5, "
                                                       "-100 0 5))"))
    assert values["area_ha"] == pytest.approx(math.pi * 100 ** 2 / 10_000, rel=1e-3)
    assert store.computed_values(QgsGeometry())["area_ha"] is None


def test_check_reader_and_doctor_drop_z_and_skip_empty_geometries():
    from ccsg_plugin.core.doctor import run as doc
    from ccsg_plugin.gis import check_inputs, doctor_inputs

    rows = [("POLYGON Z((0 0 1, 400 0 1, 400 300 2, 0 300 1, 0 0 1))", [1]), ("POLYGON EMPTY", [2])]
    cores = memory_layer("PolygonZ", "EPSG:32633", rows)
    read = check_inputs.read_cores(cores, cores.crs())
    assert [(cid, g.has_z, g.area) for cid, g in read] == [(1, False, 120_000.0)]
    req = doctor_inputs.prepare(None, cores, "core_id", doc.Options())
    facts = doctor_inputs.read_cores(req)
    assert [(f.core_id, f.geometry is None) for f in facts] == [(1, False), (2, True)]
    assert not facts[0].geometry.has_z and facts[0].geometry.area == 120_000.0


def test_no_module_converts_qgis_geometries_on_its_own():
    """Only gis/geometry.py turns QGIS WKB into shapely (a second converter would bring back the differences)."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name == "geometry.py" and path.parent.name == "gis":
            continue
        text = path.read_text(encoding="utf-8")
        if re.search(r"asWkb\(\)", text) and re.search(r"shapely", text) and re.search(r"wkb\.loads|loads\(", text):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []
