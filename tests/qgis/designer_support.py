"""Shared set-up for the Corridor designer tests: a projected landscape of two square cores 3 km apart, a canvas
whose pixels are exactly 10 m, simulated clicks, and reading the GeoPackage the way another program would."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPoint, QSize, Qt

CRS = QgsCoordinateReferenceSystem("EPSG:32633")  # UTM 33N, metres
# Core 1: x 0..1000, core 2: x 4000..5000, both y 0..1000. The 3 km gap between them is the corridor's span.
CORE_SQUARES = {1: (0, 0, 1000, 1000), 2: (4000, 0, 5000, 1000)}
CANVAS_EXTENT = QgsRectangle(-500, -2500, 5500, 3500)  # 6000 m on a 600 px canvas: 10 m per pixel


def make_cores(name: str = "cores") -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:32633&field=core_id:integer&field=label:string", name, "memory")
    features = []
    for core_id, (x0, y0, x1, y1) in CORE_SQUARES.items():
        feature = QgsFeature(layer.fields())
        feature["core_id"] = core_id
        feature["label"] = f"Core {core_id}"
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(x0, y0, x1, y1)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def set_up_canvas(canvas, layers) -> None:
    if canvas.mapSettings().outputSize() != QSize(600, 600):
        # the stub's canvas sits in a hidden window: show it (offscreen platform) so resizes reach the map settings
        canvas.window().show()
        frame = canvas.size() - canvas.viewport().size()
        canvas.resize(600 + frame.width(), 600 + frame.height())
        QCoreApplication.processEvents()
    QgsProject.instance().setCrs(CRS)
    canvas.setDestinationCrs(CRS)
    canvas.setLayers(layers)
    canvas.setExtent(CANVAS_EXTENT)
    canvas.refresh()
    assert abs(canvas.mapUnitsPerPixel() - 10.0) < 1e-9, canvas.mapUnitsPerPixel()


def pixel(canvas, x: float, y: float, dx: int = 0, dy: int = 0) -> QPoint:
    """The canvas pixel of map point (x, y), optionally shifted by (dx, dy) pixels."""
    device = canvas.getCoordinateTransform().transform(QgsPointXY(x, y))
    return QPoint(round(device.x()) + dx, round(device.y()) + dy)


def click(tool, canvas, x: float, y: float, button=Qt.LeftButton, dx: int = 0, dy: int = 0) -> None:
    """Press and release a mouse button at map point (x, y), as the canvas delivers it to the map tool."""
    pos = pixel(canvas, x, y, dx, dy)
    press = QgsMapMouseEvent(canvas, QEvent.MouseButtonPress, pos, button, button, Qt.NoModifier)
    tool.canvasPressEvent(press)
    release = QgsMapMouseEvent(canvas, QEvent.MouseButtonRelease, pos, button, Qt.NoButton, Qt.NoModifier)
    tool.canvasReleaseEvent(release)


def move(tool, canvas, x: float, y: float) -> None:
    pos = pixel(canvas, x, y)
    tool.canvasMoveEvent(QgsMapMouseEvent(canvas, QEvent.MouseMove, pos, Qt.NoButton, Qt.NoButton, Qt.NoModifier))


def finish(tool, canvas, x: float = 2500, y: float = -2000) -> None:
    click(tool, canvas, x, y, Qt.RightButton)


def read_gpkg_in_other_process(path: Path) -> list[dict]:
    """Rows of the corridor table read by a separate Python process with sqlite3 (no QGIS), as another program
    (or QGIS after a crash and restart) would see the file."""
    script = textwrap.dedent(
        """
        import json, sqlite3, sys
        con = sqlite3.connect(sys.argv[1])
        con.row_factory = sqlite3.Row
        rows = [dict(r) for r in con.execute(
            "SELECT fid, name, status, design_method, area_ha, length_m, min_width_m, connected_core_ids, "
            "centreline_width_m, length(geom) AS geom_bytes FROM candidate_corridors ORDER BY fid")]
        check = con.execute("PRAGMA integrity_check").fetchone()[0]
        print(json.dumps({"rows": rows, "integrity": check}))
        """
    )
    done = subprocess.run([sys.executable, "-c", script, str(path)], capture_output=True, text=True, timeout=60,
                          check=True)
    result = json.loads(done.stdout)
    assert result["integrity"] == "ok"
    return result["rows"]


def messages(iface, level) -> list[str]:
    return list(iface.messageBar().get_messages(level))


def clear_messages(iface) -> None:
    for value in iface.messageBar().messages.values():
        value.clear()


def make_cores_file(path: Path) -> QgsVectorLayer:
    """The two square cores saved to a GeoPackage (memory layers lose their features when a project is re-read)."""
    from qgis.core import QgsVectorFileWriter

    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(make_cores(), str(path), QgsProject.instance()
                                                      .transformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    return QgsVectorLayer(str(path), "cores", "ogr")
