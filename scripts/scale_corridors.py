"""Scale run of ccsg:leastcostcorridors for `make bench --scale N`: an N x N landscape, 30 cores, a width cutoff.

Usage: /usr/bin/python3 scripts/scale_corridors.py N OUT_DIR [--cores 30] [--cutoff 100000] [--max-distance M]
Writes the scene into OUT_DIR in strips (never the whole grid in this process), runs the algorithm through
Processing in this process and prints the log's per-pair window lines, the progress at each 10 % with its elapsed
time, and one line "SCALE <cells> <cores> <pairs> <seconds> <peak RSS MB> <peak tree PSS MB>" (peak RSS: VmHWM of this
process, QGIS start-up included; tree: this process and its cost-distance processes together, see TreeMemory).

Landscape: 30 m cells, resistance 1..10 from a few smooth sinusoids plus +40 on the ~15 % of cells where another
smooth field is high (costly ridges), float32. Cores: squares of 1.2 km on a jittered 6 x 5 grid.
"""

from __future__ import annotations

import argparse
import contextlib
import math
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CELL = 30.0
X0, Y0 = 300000.0, 1200000.0  # UTM 17N (EPSG:32617)


def _field(rows, cols, waves):
    import numpy as np

    out = np.zeros((len(rows), len(cols)))
    for fy, fx, ph in waves:
        out += np.sin(fy * rows[:, None] + ph) * np.cos(fx * cols[None, :] - ph)
    return out / len(waves)


def write_scene(n: int, out: Path, n_cores: int) -> dict:
    import numpy as np
    from osgeo import gdal, ogr, osr

    out.mkdir(parents=True, exist_ok=True)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32617)
    rng = np.random.default_rng(3)
    scale = 2 * math.pi / n
    base = [(rng.uniform(2, 12) * scale, rng.uniform(2, 12) * scale, rng.uniform(0, 6.3)) for _ in range(5)]
    ridge = [(rng.uniform(8, 30) * scale, rng.uniform(8, 30) * scale, rng.uniform(0, 6.3)) for _ in range(5)]
    path = out / "resistance.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(path), n, n, 1, gdal.GDT_Float32,
                                              ["TILED=YES", "COMPRESS=DEFLATE", "BIGTIFF=YES"])
    ds.SetGeoTransform((X0, CELL, 0.0, Y0 + n * CELL, 0.0, -CELL))
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    cols = np.arange(n, dtype=np.float64)
    for r0 in range(0, n, 512):
        rows = np.arange(r0, min(n, r0 + 512), dtype=np.float64)
        b = _field(rows, cols, base)
        h = _field(rows, cols, ridge)
        values = 1.0 + 4.5 * (b + 1.0) + 40.0 * (h > 0.35)
        band.WriteArray(values.astype(np.float32), 0, r0)
    ds = None
    gpkg = out / "cores.gpkg"
    if gpkg.exists():
        gpkg.unlink()
    vds = ogr.GetDriverByName("GPKG").CreateDataSource(str(gpkg))
    layer = vds.CreateLayer("cores", srs, ogr.wkbPolygon)
    layer.CreateField(ogr.FieldDefn("core_id", ogr.OFTInteger))
    nx = int(math.ceil(math.sqrt(n_cores * 1.2)))
    ny = int(math.ceil(n_cores / nx))
    side = 1200.0
    layer.StartTransaction()
    k = 0
    for j in range(ny):
        for i in range(nx):
            if k >= n_cores:
                break
            cx = X0 + (i + 0.5 + rng.uniform(-0.2, 0.2)) * n * CELL / nx
            cy = Y0 + (j + 0.5 + rng.uniform(-0.2, 0.2)) * n * CELL / ny
            ring = ogr.Geometry(ogr.wkbLinearRing)
            for x, y in ((cx - side / 2, cy - side / 2), (cx + side / 2, cy - side / 2),
                         (cx + side / 2, cy + side / 2), (cx - side / 2, cy + side / 2),
                         (cx - side / 2, cy - side / 2)):
                ring.AddPoint_2D(x, y)
            poly = ogr.Geometry(ogr.wkbPolygon)
            poly.AddGeometry(ring)
            f = ogr.Feature(layer.GetLayerDefn())
            f.SetField("core_id", k + 1)
            f.SetGeometry(poly)
            layer.CreateFeature(f)
            k += 1
    layer.CommitTransaction()
    vds = None
    return {"resistance": str(path), "cores": f"{gpkg}|layername=cores", "spacing_m": n * CELL / nx}


def vm_hwm_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024.0
    return float("nan")


def _children(pid: int) -> list[int]:
    out = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError):  # a thread that ended meanwhile
            out += [int(c) for c in (task / "children").read_text().split()]
    return out


def _pss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return 0.0


class TreeMemory:
    """Peak of the summed proportional set size (Pss) of this process and its children, sampled each second: the
    cost-distance processes share the parent's grids copy-on-write, so their resident sizes would count the shared
    pages twice, while Pss splits each shared page between its users. A sample may miss a short peak."""

    def __init__(self):
        import threading

        self.peak = 0.0
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.sample, daemon=True)
        self.thread.start()

    def sample(self) -> None:
        me = os.getpid()
        while not self.stop.wait(1.0):
            total = _pss_mb(me) + sum(_pss_mb(c) for c in _children(me))
            self.peak = max(self.peak, total)

    def finish(self) -> float:
        self.stop.set()
        self.thread.join()
        return self.peak


def run(n: int, out: Path, n_cores: int, cutoff: float, max_distance: float | None) -> None:
    from qgis.core import QgsApplication, QgsProcessingFeedback

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append(os.path.join(QgsApplication.pkgDataPath(), "python", "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    import processing

    from ccsg_plugin.processing.provider import CcsgProvider

    provider = CcsgProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    scene = write_scene(n, out, n_cores)
    if max_distance is None:  # neighbours only: a little more than the spacing of the core grid
        max_distance = 1.3 * scene["spacing_m"]
    started = time.perf_counter()
    marks = []
    tree = TreeMemory()

    class Feedback(QgsProcessingFeedback):
        def __init__(self):
            super().__init__()
            self.next = 10
            self.progressChanged.connect(self.mark)

        def mark(self, p):
            if p >= self.next:
                marks.append((p, time.perf_counter() - started))
                print(f"PROGRESS {p:5.1f} % at {time.perf_counter() - started:7.1f} s", flush=True)
                while self.next <= p:
                    self.next += 10

        def pushInfo(self, text):  # noqa: N802
            if "window of" in text or "process(es)" in text or text.startswith("Done"):
                print("INFO", text, flush=True)
            super().pushInfo(text)

        def pushWarning(self, text):  # noqa: N802
            print("WARNING", text, flush=True)
            super().pushWarning(text)

    for name in ("corridors.tif", "paths.gpkg", "polygons.gpkg"):
        if (out / name).exists():
            (out / name).unlink()
    params = {"CORES": scene["cores"], "CORE_ID_FIELD": "core_id", "RESISTANCE": scene["resistance"],
              "MAX_EUCLIDEAN_DISTANCE": max_distance, "WIDTH_CUTOFF": cutoff,
              "OUTPUT_CORRIDORS": str(out / "corridors.tif"), "OUTPUT_PATHS": str(out / "paths.gpkg"),
              "OUTPUT_POLYGONS": str(out / "polygons.gpkg")}
    result = processing.run("ccsg:leastcostcorridors", params, feedback=Feedback())
    seconds = time.perf_counter() - started
    pairs = int(result["PAIRS_LINKED"] + result["PAIRS_DROPPED"])
    print(f"SCALE {n * n} {n_cores} {pairs} {seconds:.1f} {vm_hwm_mb():.0f} {tree.finish():.0f}", flush=True)
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int)
    ap.add_argument("out", type=Path)
    ap.add_argument("--cores", type=int, default=30)
    ap.add_argument("--cutoff", type=float, default=100000.0)
    ap.add_argument("--max-distance", type=float, default=None)
    args = ap.parse_args()
    run(args.n, args.out, args.cores, args.cutoff, args.max_distance)
    return 0


if __name__ == "__main__":
    sys.exit(main())
