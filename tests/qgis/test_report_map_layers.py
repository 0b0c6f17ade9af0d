"""The report maps' context layers (gis/report_map.py) hold exactly the geometries given, single and multi-part
alike, whether built on the main thread or on a worker thread as a Processing algorithm builds them."""

from __future__ import annotations

import threading

from qgis.core import QgsCoordinateReferenceSystem
from qgis.PyQt.QtGui import QImage
from shapely import wkb as shapely_wkb
from shapely.geometry import LineString, MultiLineString, MultiPoint, MultiPolygon, Point, Polygon, box

from ccsg_plugin.gis import report_map

CORES = [box(0, 0, 100, 100), MultiPolygon([box(300, 0, 350, 50), box(400, 0, 450, 80)])]
BARRIERS = [LineString([(0, 200), (500, 200)]), MultiLineString([[(0, 300), (50, 350)], [(60, 360), (90, 400)]])]
CROSSINGS = [Point(10, 200), MultiPoint([(20, 200), (30, 200)])]


def _geometries(layer) -> list:
    return [shapely_wkb.loads(bytes(f.geometry().asWkb())) for f in layer.getFeatures()]


def _check(layers) -> None:
    crossings, barriers, cores = (layer for layer in layers if layer != "corridor")  # the corridor slot
    for layer, given in ((crossings, CROSSINGS), (barriers, BARRIERS), (cores, CORES)):
        got = _geometries(layer)
        assert len(got) == len(given), layer.name()
        for g, want in zip(got, given):  # the same shape, single or multi-part
            assert g.equals(want), (layer.name(), g.wkt, want.wkt)
    assert cores.extent().xMaximum() == 450 and cores.extent().yMaximum() == 100


def test_context_layers_hold_single_and_multi_part_geometries():
    _check(report_map.context_layers(QgsCoordinateReferenceSystem("EPSG:32617"), CORES, BARRIERS, CROSSINGS))


def test_context_layers_built_on_worker_threads_hold_the_same():
    crs = QgsCoordinateReferenceSystem("EPSG:32617")
    errors: list = []

    def build():
        try:
            for _ in range(25):
                _check(report_map.context_layers(crs, CORES, BARRIERS, CROSSINGS))
        except Exception as exc:  # reported to the test's thread below
            errors.append(exc)

    threads = [threading.Thread(target=build) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert errors == []


def _red_pixels(png: bytes) -> int:
    image = QImage.fromData(png, "PNG")
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            count += c.red() > 180 and c.green() < 90 and c.blue() < 90
    return count


def test_a_problem_map_draws_multi_part_problems_in_red():
    crs = QgsCoordinateReferenceSystem("EPSG:32617")
    corridor = Polygon([(0, 0), (500, 0), (500, 400), (0, 400)])
    context = report_map.context_layers(crs, CORES, BARRIERS, CROSSINGS)
    plain = report_map.render_corridor_map(corridor, crs, context=context)
    marked = report_map.render_corridor_map(corridor, crs, problem_locations=[CORES[1], BARRIERS[1]], context=context)
    assert plain is not None and marked is not None
    assert _red_pixels(marked) > _red_pixels(plain) + 100  # the two-part area and two-part line are drawn
