"""Scale run of ccsg:checkcorridors for `make bench`: N corridors over a 600 x 1000 land-cover and resistance raster.

Usage: /usr/bin/python3 scripts/check_scale.py N OUT_DIR [--profile FILE.prof] [--report-max K]
Builds the scene (files in OUT_DIR), runs the algorithm in this process and prints one line
"CHECK_SCALE <corridors> <seconds> <report bytes>". scripts/bench.py runs it in a subprocess and adds the peak
resident memory of that subprocess (getrusage of the children).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROWS, COLS, CELL = 600, 1000, 100.0
X0, Y0 = 500000.0, 5000000.0  # UTM 33N


def write_scene(n: int, out: Path) -> dict:
    """Cores on a grid, a corridor between horizontal neighbours (the core bench generator's shapes), rasters."""
    import numpy as np
    from osgeo import gdal, ogr, osr

    from ccsg_plugin.core.criteria.bench import ATTRS

    out.mkdir(parents=True, exist_ok=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    rng = np.random.default_rng(1)
    yy, xx = np.mgrid[0:ROWS, 0:COLS].astype(np.float64)
    field = np.zeros((ROWS, COLS))
    for _ in range(6):
        fx, fy, ph = rng.uniform(0.005, 0.03), rng.uniform(0.005, 0.03), rng.uniform(0, 2 * math.pi)
        field += np.sin(fx * xx + ph) * np.cos(fy * yy - ph)
    landcover = np.full((ROWS, COLS), 10, dtype=np.int32)
    landcover[field > 1.2] = 40
    landcover[field > 2.0] = 50
    resistance = np.where(landcover == 10, 1.0, np.where(landcover == 40, 20.0, 100.0)).astype(np.float32)
    paths = {}
    for name, array, kind in (("landcover", landcover, gdal.GDT_Int32), ("resistance", resistance, gdal.GDT_Float32)):
        path = out / f"{name}.tif"
        ds = gdal.GetDriverByName("GTiff").Create(str(path), COLS, ROWS, 1, kind)
        ds.SetGeoTransform((X0, CELL, 0.0, Y0 + ROWS * CELL, 0.0, -CELL))
        ds.SetProjection(srs.ExportToWkt())
        ds.GetRasterBand(1).WriteArray(array)
        ds = None
        paths[name] = str(path)
    width_m, height_m = COLS * CELL, ROWS * CELL
    cols = max(2, int(math.ceil(math.sqrt(n * width_m / height_m))) + 1)
    rows = max(1, int(math.ceil(n / (cols - 1))))
    step_x, step_y = width_m / (cols + 1), height_m / (rows + 1)
    core = min(step_x, step_y) * 0.35
    gpkg = out / "scene.gpkg"
    if gpkg.exists():
        gpkg.unlink()
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    cores = ds.CreateLayer("cores", srs, ogr.wkbPolygon)
    cores.CreateField(ogr.FieldDefn("core_id", ogr.OFTInteger))
    corridors = ds.CreateLayer("corridors", srs, ogr.wkbPolygon)
    corridors.CreateField(ogr.FieldDefn("name", ogr.OFTString))
    for key in ATTRS:
        corridors.CreateField(ogr.FieldDefn(key, ogr.OFTString))
    from shapely.geometry import LineString, box

    cores.StartTransaction()
    for r in range(rows):
        for c in range(cols):
            cx, cy = X0 + (c + 1) * step_x, Y0 + (r + 1) * step_y
            f = ogr.Feature(cores.GetLayerDefn())
            f.SetField("core_id", r * cols + c)
            f.SetGeometry(ogr.CreateGeometryFromWkb(box(cx - core / 2, cy - core / 2, cx + core / 2,
                                                        cy + core / 2).wkb))
            cores.CreateFeature(f)
    cores.CommitTransaction()
    corridors.StartTransaction()
    made = 0
    for r in range(rows):
        for c in range(cols - 1):
            if made >= n:
                break
            x0, x1 = X0 + (c + 1) * step_x + core / 2, X0 + (c + 2) * step_x - core / 2
            cy = Y0 + (r + 1) * step_y
            xs = np.linspace(x0 - 50, x1 + 50, 6)
            ys = cy + rng.uniform(-0.15, 0.15, 6) * core
            ys[0] = ys[-1] = cy
            geom = LineString(np.column_stack([xs, ys])).buffer(rng.uniform(0.3, 0.6) * core / 2, cap_style=2)
            f = ogr.Feature(corridors.GetLayerDefn())
            f.SetField("name", f"corridor {made}")
            for key, value in ATTRS.items():
                f.SetField(key, value if isinstance(value, str) else ";".join(value))
            f.SetGeometry(ogr.CreateGeometryFromWkb(geom.wkb))
            corridors.CreateFeature(f)
            made += 1
    corridors.CommitTransaction()
    ds = None
    paths["corridors"] = f"{gpkg}|layername=corridors"
    paths["cores"] = f"{gpkg}|layername=cores"
    return paths


def run(n: int, out: Path, profile_to: str | None, report_max: int | None) -> None:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from ccsg_plugin.processing.provider import CcsgProvider

    provider = CcsgProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    paths = write_scene(n, out)
    params = {"CORRIDORS": paths["corridors"], "CORES": paths["cores"], "LANDCOVER": paths["landcover"],
              "RESISTANCE": paths["resistance"], "OUTPUT": str(out / "checked.gpkg"),
              "REPORT": str(out / "report.html")}
    if report_max is not None:
        params["REPORT_MAX_CORRIDORS"] = report_max
    for name in ("checked.gpkg", "report.html"):
        if (out / name).exists():
            (out / name).unlink()
    started = time.perf_counter()
    if profile_to:
        import cProfile

        cProfile.runctx("processing.run('ccsg:checkcorridors', params)", globals(), locals(), profile_to)
    else:
        processing.run("ccsg:checkcorridors", params)
    seconds = time.perf_counter() - started
    size = sum(p.stat().st_size for p in out.iterdir() if p.name.startswith("report"))
    size += sum(p.stat().st_size for d in out.iterdir() if d.is_dir() for p in d.rglob("*"))
    print(f"CHECK_SCALE {n} {seconds:.2f} {size}", flush=True)
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--profile")
    ap.add_argument("--report-max", type=int)
    args = ap.parse_args()
    run(args.n, args.out, args.profile, args.report_max)
    return 0


if __name__ == "__main__":
    sys.exit(main())
