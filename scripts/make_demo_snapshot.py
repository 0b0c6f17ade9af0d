"""Write the demo's SYNTHETIC second snapshot (run once; the files are committed):

- resources/demo/lm_resistances_2030.tif: lm_resistances.tif "a few years later", with a clearing in the
  "Southern bottleneck" (resistance raised to CLEARED where the band around the corridor's centre line runs between
  25 % and 45 % of its length) and a new road across it at 70 % of its length (resistance raised by ROAD_ADD on the
  cells the line crosses, 10 km long, perpendicular to the corridor);
- resources/demo/demo_roads_2030.gpkg: layer `roads`, the three synthetic roads of demo_roads.gpkg plus that new road.

Usage: /usr/bin/python3 scripts/make_demo_snapshot.py   (refuses to overwrite the files; deterministic)

The corridor's centre line is computed as the demo step does (ccsg_plugin/demo/candidates.py): the straight line
between the nearest points of cores 5 and 6. None of this exists; it is made for trying ccsg:corridorchange.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from osgeo import gdal, ogr, osr
from shapely import wkb
from shapely.geometry import LineString, Point
from shapely.ops import nearest_points, substring

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "resources" / "demo"
BEFORE, AFTER = DEMO / "lm_resistances.tif", DEMO / "lm_resistances_2030.tif"
ROADS_BEFORE, ROADS_AFTER = DEMO / "demo_roads.gpkg", DEMO / "demo_roads_2030.gpkg"
NECK_PAIR = ("5", "6")
BAND_WIDTH = 2000.0  # as the demo's corridor band
CLEARED = 300.0  # resistance of cleared land (the demo's farmland is about 25..50, its towns several hundred)
ROAD_ADD = 500.0
ROAD_LENGTH = 10_000.0
NEW_ROAD = "Valley bypass (synthetic, 2030)"


def neck_line() -> LineString:
    cores = {}
    source = ogr.Open(str(DEMO / "lm_cores.shp"))
    for feature in source.GetLayer(0):
        cores[str(int(feature.GetField("core_id")))] = wkb.loads(bytes(feature.GetGeometryRef().ExportToWkb()))
    pa, pb = nearest_points(cores[NECK_PAIR[0]], cores[NECK_PAIR[1]])
    return LineString([(pa.x, pa.y), (pb.x, pb.y)])


def road(line: LineString) -> LineString:
    centre = line.interpolate(0.7, normalized=True)
    (x0, y0), (x1, y1) = line.coords[0], line.coords[-1]
    ux, uy = (x1 - x0) / line.length, (y1 - y0) / line.length  # along the corridor
    half = ROAD_LENGTH / 2
    return LineString([(centre.x - uy * half, centre.y + ux * half), (centre.x + uy * half, centre.y - ux * half)])


def burn(values: np.ndarray, nodata: np.ndarray, gt: tuple, line: LineString, clearing) -> np.ndarray:
    rows, cols = values.shape
    out = values.copy()
    minx, miny, maxx, maxy = clearing.union(line.buffer(1)).bounds
    c0, c1 = max(0, int((minx - gt[0]) / gt[1]) - 1), min(cols, int((maxx - gt[0]) / gt[1]) + 2)
    r0, r1 = max(0, int((maxy - gt[3]) / gt[5]) - 1), min(rows, int((miny - gt[3]) / gt[5]) + 2)
    for r in range(r0, r1):
        for c in range(c0, c1):
            if nodata[r, c]:
                continue
            x0, y0 = gt[0] + c * gt[1], gt[3] + r * gt[5]
            cell = Point(x0 + gt[1] / 2, y0 + gt[5] / 2)
            if clearing.contains(cell):
                out[r, c] = max(out[r, c], CLEARED)
            square = LineString([(x0, y0), (x0 + gt[1], y0), (x0 + gt[1], y0 + gt[5]), (x0, y0 + gt[5]), (x0, y0)])
            if line.intersects(square.convex_hull):
                out[r, c] = out[r, c] + ROAD_ADD
    return out


def main() -> int:
    gdal.UseExceptions()
    for target in (AFTER, ROADS_AFTER):
        if target.exists():
            print(f"{target} exists; delete it first to write it again")
            return 1
    ds = gdal.Open(str(BEFORE))
    band = ds.GetRasterBand(1)
    raw = band.ReadAsArray()
    nd = band.GetNoDataValue()
    nodata = raw == np.float32(nd)
    gt = ds.GetGeoTransform()
    line = neck_line()
    clearing = substring(line, 0.25 * line.length, 0.45 * line.length).buffer(BAND_WIDTH / 2, cap_style=2)
    new_road = road(line)
    after = burn(raw.astype(np.float64), nodata, gt, new_road, clearing).astype(np.float32)
    after[nodata] = np.float32(nd)
    out = gdal.GetDriverByName("GTiff").Create(str(AFTER), ds.RasterXSize, ds.RasterYSize, 1, gdal.GDT_Float32,
                                               ["COMPRESS=DEFLATE", "PREDICTOR=3", "TILED=YES"])
    out.SetGeoTransform(gt)
    out.SetProjection(ds.GetProjection())
    out.GetRasterBand(1).SetNoDataValue(nd)
    out.GetRasterBand(1).WriteArray(after)
    out = None
    source = ogr.Open(str(ROADS_BEFORE))
    roads_in = source.GetLayerByName("roads")
    target = ogr.GetDriverByName("GPKG").CreateDataSource(str(ROADS_AFTER))
    roads = target.CreateLayer("roads", osr.SpatialReference(wkt=ds.GetProjection()), ogr.wkbLineString)
    for name in ("name", "kind", "resistance_add"):
        roads.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    rows = [(f.GetField("name"), f.GetField("kind"), f.GetField("resistance_add"),
             wkb.loads(bytes(f.GetGeometryRef().ExportToWkb()))) for f in roads_in]
    rows.append((NEW_ROAD, "secondary road", str(int(ROAD_ADD)), new_road))
    for name, kind, add, geom in rows:
        feature = ogr.Feature(roads.GetLayerDefn())
        feature.SetField("name", name)
        feature.SetField("kind", kind)
        feature.SetField("resistance_add", add)
        feature.SetGeometry(ogr.CreateGeometryFromWkb(geom.wkb))
        roads.CreateFeature(feature)
    target = None
    changed = int(np.sum(after != raw))
    print(f"wrote {AFTER.name} ({changed} cells changed) and {ROADS_AFTER.name} ({len(rows)} roads)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
