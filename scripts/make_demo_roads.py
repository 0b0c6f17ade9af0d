"""Write resources/demo/demo_roads.gpkg, the SYNTHETIC road layer of the demo (run once; the file is committed).

Usage: python3 scripts/make_demo_roads.py   (refuses to overwrite the file)

Three lines drawn across the Linkage Mapper demo landscape between its cores (a highway adding 1000 to the
resistance, a secondary road adding 200, an impassable railway) and one underpass on the highway. They do not exist.
"""

from __future__ import annotations

import sys
from pathlib import Path

from osgeo import gdal, ogr, osr

DEMO = Path(__file__).resolve().parent.parent / "resources" / "demo"
LINES = [
    ("Highway 1 (synthetic)", "highway", "1000",
     [(712000, 880000), (714000, 845000), (711000, 815000), (716000, 785000), (713000, 745000)]),
    ("Route 7 (synthetic)", "secondary road", "200",
     [(680000, 812000), (705000, 810000), (730000, 823000), (760000, 820000), (800000, 815000)]),
    ("Railway (synthetic)", "railway", "impassable",
     [(745000, 760000), (755000, 790000), (762000, 815000), (770000, 850000)]),
]
UNDERPASSES = [("Underpass 1 (synthetic)", (711150, 818000))]


def main() -> int:
    gdal.UseExceptions()
    target = DEMO / "demo_roads.gpkg"
    if target.exists():
        print(f"{target} exists; delete it first to write it again")
        return 1
    srs = osr.SpatialReference(wkt=gdal.Open(str(DEMO / "lm_resistances.tif")).GetProjection())
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(target))
    roads = out.CreateLayer("roads", srs, ogr.wkbLineString)
    for name in ("name", "kind", "resistance_add"):
        roads.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    for name, kind, add, points in LINES:
        feature = ogr.Feature(roads.GetLayerDefn())
        feature.SetField("name", name)
        feature.SetField("kind", kind)
        feature.SetField("resistance_add", add)
        line = ogr.Geometry(ogr.wkbLineString)
        for x, y in points:
            line.AddPoint_2D(x, y)
        feature.SetGeometry(line)
        roads.CreateFeature(feature)
    crossings = out.CreateLayer("crossings", srs, ogr.wkbPoint)
    crossings.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for name, (x, y) in UNDERPASSES:
        feature = ogr.Feature(crossings.GetLayerDefn())
        feature.SetField("name", name)
        point = ogr.Geometry(ogr.wkbPoint)
        point.AddPoint_2D(x, y)
        feature.SetGeometry(point)
        crossings.CreateFeature(feature)
    out = None
    print("wrote", target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
