"""Checks and shapes of the corridor drawing tools (gui/map_tools.py): the corridor polygon of a centre line and
what is wrong with the clicked points. The polygon check shared with the store is gis/corridor_store's
polygon_problem."""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsPointXY

from ccsg_plugin.i18n import tr


def buffer_centreline(line: QgsGeometry, width: float, end_style: str = "flat") -> QgsGeometry:
    """The corridor polygon of a centre line: a buffer of width/2 with flat or round ends (map units = metres)."""
    cap = QgsGeometry.CapRound if end_style == "round" else QgsGeometry.CapFlat
    return line.buffer(width / 2.0, 16, cap, QgsGeometry.JoinStyleRound, 2.0)


def centreline_problem(points: list, width: float) -> str | None:
    distinct = []
    for p in points:
        if not distinct or QgsPointXY(p) != distinct[-1]:
            distinct.append(QgsPointXY(p))
    if len(distinct) < 2:
        return tr("The centre line needs at least two different points. Click the start, the bends and the end, "
                  "then right-click to finish.")
    if width is None or width <= 0:
        return tr("The corridor width is {0} m; it must be greater than 0. Type a width in metres in the "
                  "Corridor designer panel.", width)
    return None

