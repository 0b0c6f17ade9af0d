"""Map images for the report: one corridor over its context layers, problem locations numbered in red.

Everything drawn comes from memory layers built here from shapely geometries (plus, optionally, a raster opened
from its file), so rendering is safe in a Processing worker thread: no project layer is touched.
"""

from __future__ import annotations

import math
from typing import Optional, Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsFillSymbol,
    QgsGeometry,
    QgsLineSymbol,
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsMarkerSymbol,
    QgsRasterLayer,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

from ccsg_plugin import paths


def _memory_layer(kind: str, crs: QgsCoordinateReferenceSystem, geometries: Sequence, name: str):
    """A memory layer of the multi-part type of `kind` holding the geometries, filled through its edit buffer.

    Why not dataProvider().addFeatures: on a Processing worker the provider's Python wrapper was now and then
    reported deleted between the two calls (a check report failed with "wrapped C/C++ object of type
    QgsVectorDataProvider has been deleted"); the edit buffer never hands Python the provider. The multi-part
    type takes single and multi-part geometries alike (a single-type layer's buffer refuses multi-part ones)."""
    layer = QgsVectorLayer(f"Multi{kind}?crs={crs.authid() or 'wkt:' + crs.toWkt()}", name, "memory")
    if not layer.crs().isValid():
        layer.setCrs(crs)
    features = []
    for geom in geometries:
        if geom is None or geom.is_empty:
            continue
        feature = QgsFeature()
        qgeom = QgsGeometry()
        qgeom.fromWkb(geom.wkb)
        qgeom.convertToMultiType()
        feature.setGeometry(qgeom)
        features.append(feature)
    layer.startEditing()
    added = layer.addFeatures(features)
    if not (added and layer.commitChanges()):
        raise RuntimeError(f"the report map's {name} layer could not be filled: {layer.commitErrors()}")
    layer.updateExtents()
    return layer


def _style(layer: QgsVectorLayer, symbol) -> QgsVectorLayer:
    layer.setRenderer(QgsSingleSymbolRenderer(symbol))
    return layer


def _split_by_type(geometries: Sequence) -> dict:
    out: dict = {"Point": [], "LineString": [], "Polygon": []}
    for geom in geometries:
        if geom is None or geom.is_empty:
            continue
        kind = geom.geom_type.replace("Multi", "")
        if kind == "GeometryCollection":
            for part in getattr(geom, "geoms", []):
                out.setdefault(part.geom_type.replace("Multi", ""), []).append(part)
        else:
            out.setdefault(kind, []).append(geom)
    return out


def _nice_length(target: float) -> float:
    power = 10 ** math.floor(math.log10(target)) if target > 0 else 1
    for factor in (1, 2, 5, 10):
        if target <= factor * power:
            return factor * power
    return 10 * power


def _draw_scale_bar(painter: QPainter, settings: QgsMapSettings, size: QSize) -> None:
    units_per_pixel = settings.mapUnitsPerPixel()
    if units_per_pixel <= 0:
        return
    length = _nice_length(size.width() * 0.2 * units_per_pixel)
    pixels = length / units_per_pixel
    x0, y0 = 12.0, size.height() - 14.0
    painter.setPen(QPen(QColor("white"), 5))
    painter.drawLine(QPointF(x0, y0), QPointF(x0 + pixels, y0))
    painter.setPen(QPen(QColor("black"), 2))
    painter.drawLine(QPointF(x0, y0), QPointF(x0 + pixels, y0))
    painter.drawLine(QPointF(x0, y0 - 5), QPointF(x0, y0 + 3))
    painter.drawLine(QPointF(x0 + pixels, y0 - 5), QPointF(x0 + pixels, y0 + 3))
    label = f"{length / 1000:g} km" if length >= 1000 else f"{length:g} m"
    painter.setFont(QFont("Sans", 9))
    rect = QRectF(x0, y0 - 20, max(pixels, 60), 14)
    painter.setPen(QPen(QColor("white"), 3))
    painter.drawText(rect.translated(1, 1), Qt.AlignLeft, label)
    painter.setPen(QPen(QColor("black"), 1))
    painter.drawText(rect, Qt.AlignLeft, label)


def _draw_numbers(painter: QPainter, settings: QgsMapSettings, locations: Sequence) -> None:
    transform = settings.mapToPixel()
    painter.setFont(QFont("Sans", 9, QFont.Bold))
    placed: list[QPointF] = []
    for number, geom in enumerate(locations, start=1):
        if geom is None or geom.is_empty:
            continue
        point = geom.representative_point() if geom.geom_type != "Point" else geom
        pixel = transform.transform(point.x, point.y)
        centre = QPointF(pixel.x() + 11, pixel.y() - 11)
        while any(abs(centre.x() - p.x()) < 19 and abs(centre.y() - p.y()) < 19 for p in placed):
            centre = QPointF(centre.x() + 20, centre.y())  # same place as an earlier problem: put it beside
        placed.append(centre)
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.setBrush(QColor("#d7191c"))
        painter.drawEllipse(centre, 9, 9)
        painter.drawText(QRectF(centre.x() - 9, centre.y() - 9, 18, 18), Qt.AlignCenter, str(number))


def context_layers(crs: QgsCoordinateReferenceSystem, cores: Sequence = (), barriers: Sequence = (),
                   crossings: Sequence = (), raster_path: Optional[str] = None,
                   raster_style: Optional[str] = None) -> list:
    """The layers drawn under every corridor of a report (crossings, barriers, cores, raster), top first.
    Built once per report and reused for every map: rebuilding thousands of road features and reopening the
    raster for each of 2000 corridors took most of the report's time."""
    layers = [
        _style(
            _memory_layer("Point", crs, crossings, "crossings"),
            QgsMarkerSymbol.createSimple({"name": "triangle", "color": "30,100,220", "size": "3.2"}),
        ),
        _style(
            _memory_layer("LineString", crs, barriers, "barriers"),
            QgsLineSymbol.createSimple({"color": "20,20,20", "width": "0.6"}),
        ),
        "corridor",  # the corridor's own layer goes here, between the barriers and the cores
        _style(
            _memory_layer("Polygon", crs, cores, "cores"),
            QgsFillSymbol.createSimple({"color": "46,139,87,150", "outline_color": "27,94,32", "outline_width": "0.4"}),
        ),
    ]
    if raster_path:
        raster = QgsRasterLayer(raster_path, "background")
        if raster.isValid():
            if raster_style:
                raster.loadNamedStyle(str(paths.style(raster_style)))
            raster.setOpacity(0.55)
            layers.append(raster)
    return layers


def render_corridor_map(
    corridor,
    crs: QgsCoordinateReferenceSystem,
    cores: Sequence = (),
    barriers: Sequence = (),
    crossings: Sequence = (),
    problem_locations: Sequence = (),
    raster_path: Optional[str] = None,
    raster_style: Optional[str] = None,
    size: tuple[int, int] = (640, 480),
    context: Optional[list] = None,
) -> Optional[bytes]:
    """PNG bytes of a map centred on `corridor` (shapely), or None when the corridor has no usable geometry.
    `context` (from context_layers) replaces cores, barriers, crossings and the raster when given."""
    if corridor is None or corridor.is_empty:
        return None
    minx, miny, maxx, maxy = corridor.bounds
    for geom in problem_locations:
        if geom is not None and not geom.is_empty:
            bx = geom.bounds
            minx, miny, maxx, maxy = min(minx, bx[0]), min(miny, bx[1]), max(maxx, bx[2]), max(maxy, bx[3])
    margin = max(maxx - minx, maxy - miny, 100.0) * 0.12
    extent = QgsRectangle(minx - margin, miny - margin, maxx + margin, maxy + margin)

    if context is None:
        context = context_layers(crs, cores, barriers, crossings, raster_path, raster_style)
    layers = []  # top first
    problems = _split_by_type(problem_locations)
    layers.append(
        _style(
            _memory_layer("Point", crs, problems.get("Point", []), "problem points"),
            QgsMarkerSymbol.createSimple(
                {"name": "circle", "color": "215,25,28,90", "outline_color": "215,25,28", "size": "4.5",
                 "outline_width": "0.6"}
            ),
        )
    )
    layers.append(
        _style(
            _memory_layer("LineString", crs, problems.get("LineString", []), "problem lines"),
            QgsLineSymbol.createSimple({"color": "215,25,28", "width": "1.4"}),
        )
    )
    layers.append(
        _style(
            _memory_layer("Polygon", crs, problems.get("Polygon", []), "problem areas"),
            QgsFillSymbol.createSimple(
                {"color": "215,25,28,70", "outline_color": "215,25,28", "outline_width": "0.8"}
            ),
        )
    )
    corridor_layer = _style(
        _memory_layer("Polygon", crs, [corridor], "corridor"),
        QgsFillSymbol.createSimple({"color": "255,213,79,150", "outline_color": "184,134,11", "outline_width": "0.7"}),
    )
    layers += [corridor_layer if layer == "corridor" else layer for layer in context]

    return render_png(layers, crs, extent, size, problem_locations)


def vector_layer(kind: str, crs: QgsCoordinateReferenceSystem, geometries: Sequence, symbol, name: str = ""):
    """A memory layer of shapely geometries drawn with one symbol (for report maps made in a worker thread)."""
    return _style(_memory_layer(kind, crs, geometries, name or kind), symbol)


def render_png(layers: list, crs: QgsCoordinateReferenceSystem, extent: QgsRectangle,
               size: tuple[int, int] = (640, 480), numbered: Sequence = ()) -> bytes:
    """PNG bytes of `layers` (top first) over `extent`, with red numbers at `numbered` (shapely) and a scale bar."""
    settings = QgsMapSettings()
    settings.setDestinationCrs(crs)
    settings.setLayers(layers)
    settings.setOutputSize(QSize(*size))
    settings.setOutputDpi(96)
    settings.setBackgroundColor(QColor("white"))
    settings.setExtent(extent)
    settings.setFlag(QgsMapSettings.Antialiasing, True)

    image = QImage(QSize(*size), QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        job = QgsMapRendererCustomPainterJob(settings, painter)
        job.renderSynchronously()
        painter.setRenderHint(QPainter.Antialiasing, True)
        _draw_numbers(painter, settings, list(numbered))
        _draw_scale_bar(painter, settings, QSize(*size))
        painter.setPen(QPen(QColor("#666"), 1))
        painter.setBrush(Qt.NoBrush)
        painter.drawRect(0, 0, size[0] - 1, size[1] - 1)
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)
