"""Map images of the run report, drawn in the Processing worker from memory layers and the run's own rasters
(opened from their files with the style saved beside them): no project layer is touched.

Graduated drawings (cores sized by dPC, links coloured by dPC_link, river sections by c_outlet) are made as a few
memory layers, one per class, so nothing depends on expressions being evaluated in a worker thread.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

from qgis.core import QgsFillSymbol, QgsLineSymbol, QgsMarkerSymbol, QgsRasterLayer, QgsRectangle

from ccsg_plugin.gis.report_map import render_png, vector_layer

MAP_SIZE = (760, 520)
SMALL_MAP_SIZE = (320, 240)
# yellow -> dark red, for "more is more important" classes
RAMP = ("255,237,160", "254,178,76", "253,141,60", "240,59,32", "189,0,38")
PATH_SYMBOL = {"color": "90,40,10", "width": "0.6"}


def raster(path: Optional[Path], opacity: float = 1.0) -> Optional[QgsRasterLayer]:
    """The run's raster with the style its algorithm saved beside it (loaded by QGIS as the default style)."""
    if path is None:
        return None
    layer = QgsRasterLayer(str(path), Path(path).stem)
    if not layer.isValid():
        return None
    layer.setOpacity(opacity)
    return layer


def extent_around(geoms: Sequence, margin_share: float = 0.08, minimum: float = 100.0,
                  fallback: Optional[QgsRectangle] = None) -> Optional[QgsRectangle]:
    """The geometries' bounds plus a margin; `fallback` (a raster's extent) when there are none."""
    bounds = [g.bounds for g in geoms if g is not None and not g.is_empty]
    if not bounds:
        return fallback
    minx, miny = min(b[0] for b in bounds), min(b[1] for b in bounds)
    maxx, maxy = max(b[2] for b in bounds), max(b[3] for b in bounds)
    margin = max(maxx - minx, maxy - miny, minimum) * margin_share
    return QgsRectangle(minx - margin, miny - margin, maxx + margin, maxy + margin)


def square_around(point, half: float) -> QgsRectangle:
    return QgsRectangle(point.x - half, point.y - half, point.x + half, point.y + half)


def class_of(value: Optional[float], top: float, n: int = len(RAMP)) -> int:
    """Equal-interval class 0..n-1 of a value between 0 and `top` (None and negatives in class 0)."""
    if value is None or top <= 0 or value <= 0:
        return 0
    return min(n - 1, int(n * value / top))


def _lines(crs, geoms, color: str, width: float, name: str):
    return vector_layer("LineString", crs, geoms, QgsLineSymbol.createSimple({"color": color, "width": str(width)}),
                        name)


def _points(crs, geoms, color: str, size: float, name: str, shape: str = "circle"):
    return vector_layer("Point", crs, geoms, QgsMarkerSymbol.createSimple(
        {"name": shape, "color": color, "size": str(size), "outline_color": "40,40,40", "outline_width": "0.3"}), name)


def _polygons(crs, geoms, name: str, color: str = "46,139,87,110", outline: str = "27,94,32"):
    return vector_layer("Polygon", crs, geoms, QgsFillSymbol.createSimple(
        {"color": color, "outline_color": outline, "outline_width": "0.4"}), name)


def _render(layers: list, crs, extent, size, numbered=()) -> Optional[bytes]:
    layers = [layer for layer in layers if layer is not None]
    if extent is None or not layers:
        return None
    return render_png(layers, crs, extent, size, numbered)


def overview_map(crs, corridors: Optional[Path], paths: Sequence, cores: Sequence) -> Optional[bytes]:
    """The corridors raster with the least-cost paths and the core areas."""
    background = raster(corridors)
    # the paths and cores, not the raster's grid: a corridors raster is mostly NoData around the corridors
    extent = extent_around(list(paths) + list(cores), 0.12,
                           fallback=background.extent() if background is not None else None)
    return _render([_lines(crs, paths, PATH_SYMBOL["color"], 0.6, "paths"), _polygons(crs, cores, "cores"),
                    background], crs, extent, MAP_SIZE)


def raster_map(crs, path: Optional[Path], paths: Sequence, cores: Sequence) -> Optional[bytes]:
    """One of the run's rasters (pinch points, ...) over its whole extent, with the paths and cores."""
    background = raster(path)
    if background is None:
        return None
    extent = extent_around(list(paths) + list(cores), 0.12, fallback=background.extent())
    return _render([_lines(crs, paths, "40,40,40", 0.4, "paths"), _polygons(crs, cores, "cores"), background],
                   crs, extent, MAP_SIZE)


def site_map(crs, point, half: float, area: Optional[Path], corridors: Optional[Path], paths: Sequence,
             marker_color: str = "215,25,28") -> Optional[bytes]:
    """A small map around one site or crossing: the point (numbered 1), the paths, a raster over the corridors."""
    if point is None or point.is_empty:
        return None
    extent = square_around(point, half)
    return _render([_points(crs, [point], marker_color, 3.0, "site"), _lines(crs, paths, PATH_SYMBOL["color"], 0.5,
                                                                               "paths"),
                    raster(area, 0.7), raster(corridors, 0.6)], crs, extent, SMALL_MAP_SIZE)


def network_map(crs, cores: Sequence, core_values: Sequence, links: Sequence, link_values: Sequence,
                corridors: Optional[Path]) -> Optional[bytes]:
    """Cores (polygons, with a circle at each sized by dPC) and links coloured by dPC_link (classes of RAMP)."""
    core_top = max([v for v in core_values if v is not None] or [0.0])
    link_top = max([v for v in link_values if v is not None] or [0.0])
    layers = []
    for k in reversed(range(len(RAMP))):  # the most important on top
        members = [g for g, v in zip(links, link_values) if class_of(v, link_top) == k]
        if members:
            layers.append(_lines(crs, members, RAMP[k], 0.5 + 0.5 * k, f"links {k}"))
    circles = []
    for k in reversed(range(len(RAMP))):
        members = [g.representative_point() for g, v in zip(cores, core_values)
                   if g is not None and not g.is_empty and class_of(v, core_top) == k]
        if members:
            circles.append(_points(crs, members, "46,125,79,200", 2.0 + 2.0 * k, f"cores {k}"))
    layers = circles + layers + [_polygons(crs, cores, "cores"), raster(corridors, 0.35)]
    return _render(layers, crs, extent_around(list(cores) + list(links)), MAP_SIZE)


def river_map(crs, sections: Sequence, c_outlet: Sequence, barriers: Sequence, numbered: Sequence) -> Optional[bytes]:
    """Sections coloured by c_outlet (grey = cut off from the outlet, dark blue = open to it), the barriers, and
    the top barriers numbered as in the table."""
    blues = ("170,170,170", "158,202,225", "107,174,214", "49,130,189", "8,81,156")
    layers = [_points(crs, barriers, "20,20,20", 2.2, "barriers", "triangle")]
    for k in reversed(range(len(blues))):
        members = [g for g, v in zip(sections, c_outlet) if class_of(v, 1.0 + 1e-9, len(blues)) == k]
        if members:
            layers.append(_lines(crs, members, blues[k], 1.2, f"sections {k}"))
    return _render(layers, crs, extent_around(list(sections) + list(barriers)), MAP_SIZE, numbered)
