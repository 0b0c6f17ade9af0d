"""A real run folder for the run report tests (the analysis panel's file names, made by the plugin's own algorithms
on a small synthetic landscape), an independent reading of its layers, and a parser for the report's HTML."""

from __future__ import annotations

import base64
import math
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
from qgis import processing
from qgis.core import QgsVectorLayer

from tests.qgis.analysis_helpers import write_polygons
from tests.qgis.lcp_helpers import cell_rect_wkt, memory_layer, write_tif
from tests.qgis.restoration_helpers import CELL, ORIGIN, THREE_CORES, wall_resistance, x_of, y_of
from tests.unit.test_rivers_dci import BARRIERS, STEM

CRS = "EPSG:32633"
ROWS, COLS = wall_resistance().shape


def roads_layer():
    """Two vertical roads (resistance 200 added) across the landscape, west and east of the wall."""
    rows = [(f"LINESTRING({x_of(c + 0.5)} {y_of(-2)}, {x_of(c + 0.5)} {y_of(ROWS + 2)})", ["200"]) for c in (10, 30)]
    return memory_layer("LineString", CRS, rows, fields="add:string", name="roads")


def rivers_layers():
    def at(x, y):
        return f"{ORIGIN[0] + x} {ORIGIN[1] - 300 + y}"

    lines = memory_layer("LineString", CRS, [(f"LINESTRING({', '.join(at(*p) for p in c)})", [1.0]) for c in STEM],
                         "weight:double", "rivers")
    points = [*BARRIERS, (150, 60)]  # the last one lies 60 m off the river: listed as not used
    barriers = memory_layer("Point", CRS, [(f"POINT({at(*p)})", [v]) for p, v in zip(points, (0.5, 0.0, 0.3))],
                            "pass:double", "barriers")
    return lines, barriers


def build_run_folder(tmp: Path) -> Path:
    """least_cost_paths, corridors, pinch points, restoration, crossings, network and rivers in one folder."""
    folder = tmp / "run"
    folder.mkdir(parents=True)
    res = write_tif(tmp / "resistance_in.tif", wall_resistance(), ORIGIN, (CELL, CELL))
    cores = write_polygons(tmp / "cores.gpkg", [cell_rect_wkt(*b, origin=ORIGIN, cell=(CELL, CELL))
                                                for b in THREE_CORES.values()], list(THREE_CORES), epsg=32633)
    cores_layer = QgsVectorLayer(str(cores), "cores", "ogr")
    cwd = folder / "cost_distance"
    processing.run("ccsg:leastcostcorridors", {
        "CORES": cores_layer, "CORE_ID_FIELD": "core_id", "RESISTANCE": res, "WIDTH_CUTOFF": 300.0,
        "DROP_VIA_CORE": False, "OUTPUT_CWD_FOLDER": str(cwd), "OUTPUT_CORRIDORS": str(folder / "corridors.tif"),
        "OUTPUT_PATHS": str(folder / "least_cost_paths.gpkg"),
        "OUTPUT_POLYGONS": str(folder / "corridor_polygons.gpkg")})
    processing.run("ccsg:pinchpoints", {
        "RUN_FOLDER": str(cwd), "CUTOFF": 0.0, "OUTPUT_PINCHPOINTS": str(folder / "pinch_points.tif"),
        "OUTPUT_LINKS": str(folder / "pinch_point_links.gpkg")})
    processing.run("ccsg:barriers", {
        "RUN_FOLDER": str(cwd), "RADIUS_MIN": 10.0, "RADIUS_MAX": 30.0, "RADIUS_STEP": 10.0, "SITES": 20,
        "OUTPUT_CENTRES": str(folder / "restoration_score.tif"), "OUTPUT_CIRCLES": str(folder / "restoration_area.tif"),
        "OUTPUT_RADIUS": str(folder / "restoration_radius.tif"),
        "OUTPUT_SITES": str(folder / "restoration_sites.gpkg")})
    processing.run("ccsg:crossings", {
        "INFRASTRUCTURE": roads_layer(), "RESISTANCE_FIELD": "add", "RUN_FOLDER": str(cwd),
        "CURRENT": str(folder / "pinch_points.tif"), "OUTPUT": str(folder / "crossings.gpkg")})
    lcds = [f["lcd"] for f in QgsVectorLayer(str(folder / "least_cost_paths.gpkg"), "p", "ogr").getFeatures()]
    processing.run("ccsg:networkmetrics", {
        "CORES": cores_layer, "CORE_ID_FIELD": "core_id", "DISTANCE": 1,
        "PATHS": QgsVectorLayer(str(folder / "least_cost_paths.gpkg"), "paths", "ogr"),
        "DISPERSAL_DISTANCE": float(np.median(lcds)), "PROBABILITY": 0.5, "THRESHOLD": float(max(lcds)) + 1.0,
        "OUTPUT_CORES": str(folder / "network_cores.gpkg"), "OUTPUT_LINKS": str(folder / "network_links.gpkg"),
        "OUTPUT_SUMMARY": str(folder / "network_summary.gpkg")})
    rivers, barriers = rivers_layers()
    processing.run("ccsg:riverconnectivity", {
        "RIVERS": rivers, "SNAP_TOLERANCE": 1.0, "BARRIERS": barriers, "PASSABILITY_FIELD": "pass",
        "OUTPUT_SECTIONS": str(folder / "river_sections.gpkg"), "OUTPUT_BARRIERS": str(folder / "river_barriers.gpkg"),
        "OUTPUT_SUMMARY": str(folder / "river_summary.gpkg")})
    return folder


def rows_of(path) -> list[dict]:
    """Every feature's attributes (NULL -> None), read with QGIS directly."""
    layer = QgsVectorLayer(str(path), "t", "ogr")
    assert layer.isValid(), path
    out = []
    for f in layer.getFeatures():
        row = {}
        for name, value in zip(layer.fields().names(), f.attributes()):
            row[name] = None if value is None or (hasattr(value, "isNull") and value.isNull()) else value
        out.append(row)
    return out


def ref_format(value) -> str:
    """The report's number rule, written out: none -> dash; integers as is; |x| >= 100 no decimals with thousands
    commas; 1 <= |x| < 100 two decimals without trailing zeros; below 1 three significant digits."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if abs(value) >= 100:
            return f"{value:,.0f}"
        if abs(value) >= 1:
            return f"{value:,.2f}".rstrip("0").rstrip(".")
        return f"{value:.3g}"
    return str(value)


class Report(HTMLParser):
    """The parts of a run report the tests read: title, h1, sections (in order), tables by class within their
    section, images with their section, and the text of each section."""

    def __init__(self, text: str):
        super().__init__()
        self.title = self.h1 = ""
        self.sections: list[str] = []
        self.tables: dict = {}  # (section, class) -> {"headers": [...], "rows": [[...], ...]}
        self.images: list[dict] = []
        self.text: dict = {}
        self.links: list[str] = []
        self._stack: list[str] = []
        self._section = None
        self._table = None
        self._row = None
        self._cell = None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self._stack.append(tag)
        if tag == "section":
            self._section = a.get("id")
            self.sections.append(self._section)
            self.text[self._section] = ""
        elif tag == "table":
            self._table = self.tables.setdefault((self._section, a.get("class")), {"headers": [], "rows": []})
        elif tag == "tr" and self._table is not None:
            self._row = []
        elif tag in ("td", "th"):
            self._cell = ""
        elif tag == "img":
            self.images.append({"section": self._section, "class": a.get("class"), "alt": a.get("alt"),
                                "src": a.get("src", "")})
        if "href" in a:
            self.links.append(a["href"])
        if "src" in a:
            self.links.append(a["src"])

    def handle_endtag(self, tag):
        if self._stack:
            self._stack.pop()
        if tag in ("td", "th") and self._cell is not None and self._row is not None:
            self._row.append((tag, self._cell))
            self._cell = None
        elif tag == "tr" and self._row is not None and self._table is not None:
            if self._row and all(kind == "th" for kind, _ in self._row) and not self._table["rows"] \
                    and not self._table["headers"] and len(self._row) > 1:
                self._table["headers"] = [t for _, t in self._row]
            else:
                self._table["rows"].append([t for _, t in self._row])
            self._row = None
        elif tag == "table":
            self._table = None
        elif tag == "section":
            self._section = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data
        if self._stack and self._stack[-1] == "title":
            self.title += data
        if self._stack and self._stack[-1] == "h1":
            self.h1 += data
        if self._section is not None:
            self.text[self._section] += data

    def table(self, section: str, css_class: str) -> dict:
        return self.tables[(section, css_class)]


def png_of(src: str) -> bytes:
    assert src.startswith("data:image/png;base64,"), src[:40]
    return base64.b64decode(src.split(",", 1)[1])


def drawn_share(png: bytes) -> float:
    """Share of pixels that are not white: an image with a map on it, not an empty frame."""
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage.fromData(png, "PNG")
    assert not image.isNull()
    w, h = image.width(), image.height()
    step = 4
    drawn = total = 0
    for y in range(2, h - 2, step):
        for x in range(2, w - 2, step):
            total += 1
            if QColor(image.pixel(x, y)).lightness() < 245:
                drawn += 1
    return drawn / total
