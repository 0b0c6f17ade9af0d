"""Write resources/demo/demo_rivers.gpkg, the SYNTHETIC river network of the demo (run once; the file is committed).

Usage: /usr/bin/python3 scripts/make_demo_rivers.py   (refuses to overwrite the file)

These rivers and barriers do not exist. A main river from the northern highlands to the south edge and five
tributaries, each drawn from hand-picked points (source, confluence or waypoints) along the least-cost route over
the demo resistance raster: rivers keep to the low-resistance land between the towns and farmland, as valley
floors and their riparian strips do. Tributaries join where their route first meets the network drawn before them.
Lines are digitised downstream and split at the confluences (shared end points), so the one end with no line
leaving it is the outlet. Six barriers (dams, weirs, culverts) with a passability from 0 (closed) to 1 (open) sit on
the lines (on the drawn line nearest a chosen fraction of their river's cells). Deterministic: running it again
gives the same file.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr
from shapely.geometry import LineString, Point

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from ccsg_plugin.core.engine.costdistance import cost_distance  # noqa: E402
from ccsg_plugin.core.engine.lcpath import trace_path  # noqa: E402

DEMO = ROOT / "resources" / "demo"
SIMPLIFY_M = 150.0  # keeps the drawn lines light; end points (confluences) are kept exactly
# (name, points from the source downstream); the main river first, then tributaries joining what is drawn before
MAIN = ("Main river", [(733000, 905000), (741000, 840000), (745000, 795000), (737000, 745000), (728000, 690000)])
TRIBUTARIES = [
    ("North-west creek", (688000, 872000)),
    ("Ridge brook", (705000, 900000)),
    ("East fork", (805000, 862000)),
    ("West creek", (668000, 782000)),
    ("South-east creek", (812000, 752000)),
]
# (kind, passability, river name, fraction of that river's drawn reach from its source)
BARRIERS = [
    ("dam", 0.1, "Main river", 0.82),
    ("weir", 0.5, "Main river", 0.45),
    ("culvert", 0.0, "North-west creek", 0.5),
    ("dam with fish pass", 0.6, "East fork", 0.6),
    ("culvert", 0.3, "West creek", 0.35),
    ("weir", 0.8, "South-east creek", 0.7),
]


def cell_of(gt, x, y):
    return int((gt[3] - y) / -gt[5]), int((x - gt[0]) / gt[1])


def centre(gt, cell):
    r, c = cell
    return gt[0] + (c + 0.5) * gt[1], gt[3] + (r + 0.5) * gt[5]


def route(resistance, cell_size, start, targets):
    """Cells of the least-cost route from start to the nearest target cell, start first."""
    cwd = cost_distance(resistance, targets, cell_size)
    return trace_path(cwd, resistance, start, cell_size)


def main() -> int:
    gdal.UseExceptions()
    target = DEMO / "demo_rivers.gpkg"
    if target.exists():
        print(f"{target} exists; delete it first to write it again")
        return 1
    src = gdal.Open(str(DEMO / "lm_resistances.tif"))
    band = src.GetRasterBand(1)
    resistance = band.ReadAsArray().astype(np.float64)
    resistance[resistance == np.float32(band.GetNoDataValue())] = np.nan
    gt = src.GetGeoTransform()
    cell_size = (gt[1], -gt[5])
    network = np.zeros(resistance.shape, bool)
    paths = {}  # river name -> cells, source first
    name, points = MAIN
    cells = [cell_of(gt, *points[0])]
    for p in points[1:]:
        goal = np.zeros_like(network)
        goal[cell_of(gt, *p)] = True
        cells += route(resistance, cell_size, cells[-1], goal)[1:]
    paths[name] = cells
    network[tuple(np.array(cells).T)] = True
    for name, source in TRIBUTARIES:
        cells = route(resistance, cell_size, cell_of(gt, *source), network)
        paths[name] = cells
        network[tuple(np.array(cells).T)] = True
    # split every river at the cells where another one ends on it (its confluences)
    ends = {cells[-1] for name, cells in paths.items() if name != MAIN[0]}
    srs = osr.SpatialReference(wkt=src.GetProjection())
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(target))
    rivers = out.CreateLayer("rivers", srs, ogr.wkbLineString)
    for field, kind in (("name", ogr.OFTString), ("reach", ogr.OFTInteger)):
        rivers.CreateField(ogr.FieldDefn(field, kind))
    drawn = {}  # river name -> its simplified lines, for putting the barriers exactly on them
    for name, cells in paths.items():
        pieces, piece = [], [cells[0]]
        for cell in cells[1:]:
            piece.append(cell)
            if cell in ends and cell != cells[-1]:
                pieces.append(piece)
                piece = [cell]
        pieces.append(piece)
        for k, piece in enumerate(pieces, 1):
            line = LineString([centre(gt, c) for c in piece]).simplify(SIMPLIFY_M)
            drawn.setdefault(name, []).append(line)
            feature = ogr.Feature(rivers.GetLayerDefn())
            feature.SetField("name", f"{name} (synthetic)")
            feature.SetField("reach", k)
            feature.SetGeometry(ogr.CreateGeometryFromWkt(line.wkt))
            rivers.CreateFeature(feature)
    barriers = out.CreateLayer("barriers", srs, ogr.wkbPoint)
    for field, kind in (("name", ogr.OFTString), ("kind", ogr.OFTString), ("passability", ogr.OFTReal)):
        barriers.CreateField(ogr.FieldDefn(field, kind))
    for k, (kind, passability, river, fraction) in enumerate(BARRIERS, 1):
        cells = paths[river]
        near = Point(centre(gt, cells[int(fraction * (len(cells) - 1))]))
        line = min(drawn[river], key=near.distance)
        on_line = line.interpolate(line.project(near))
        x, y = on_line.x, on_line.y
        feature = ogr.Feature(barriers.GetLayerDefn())
        feature.SetField("name", f"Barrier {k} (synthetic)")
        feature.SetField("kind", kind)
        feature.SetField("passability", passability)
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, y)
        feature.SetGeometry(point)
        barriers.CreateFeature(feature)
    out = None
    print("wrote", target, {name: len(cells) for name, cells in paths.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
