"""Least-cost corridors with each core and each pair as a task on a local Dask cluster (the design note in
ccsg_plugin/ARCHITECTURE.md, "Beyond one machine"). An example, not part of the plugin: the plugin never imports Dask.

Usage: /usr/bin/python3 scripts/dask_pairs.py OUT_DIR [--n 1200] [--workers 2]
Needs python3-dask and python3-distributed (Debian packages; they use QGIS's numpy, nothing pip-installed).

1. The resistance is a tiled GeoTIFF (a COG on object storage works the same: open "/vsicurl/https://..." or
   "/vsis3/bucket/key.tif"); every task opens it itself and reads only its window. Nothing big goes through the
   scheduler: tasks exchange file names, windows and numbers.
2. One task per core: its cost-distance on a window grown until the ring check proves it exact up to the cap
   (core/engine/corridor_windows.py), written as its own .npy; returns (window, file).
3. One task per pair: reads both cores' files, LCD, path, the pair's corridor (CWD_a + CWD_b - LCD up to the
   cutoff) written as its own float32 GeoTIFF window; returns (window, file, LCD).
4. The mosaic is reduced by minimum, strip by strip: for each strip of rows only the pair files that overlap it are
   read. The result is compared with least_cost_corridors run in one process on the same grid.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

CELL = 30.0


def read_window(path: str, window) -> np.ndarray:
    """The resistance over rows r0:r1, columns c0:c1, float64 with NaN for NoData (a GDAL window read)."""
    from osgeo import gdal

    r0, r1, c0, c1 = window
    ds = gdal.Open(path)
    band = ds.GetRasterBand(1)
    raw = band.ReadAsArray(c0, r0, c1 - c0, r1 - r0).astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        raw[raw == nodata] = np.nan
    return raw


def core_task(path: str, shape, cid, bbox, cap: float, rmin: float, rtyp: float, out_dir: str):
    """A core's cost-distance, exact up to cap, on the smallest doubling window that passes the ring check."""
    from ccsg_plugin.core.engine import corridor_windows as cw
    from ccsg_plugin.core.engine.costdistance import cost_distance

    k_max = int(math.floor(cap / (rmin * CELL))) + 1
    k = min(k_max, max(16, int(math.ceil(cap / (rtyp * CELL)))))
    while True:
        window = cw.grown(bbox, k, shape)
        r0, r1, c0, c1 = window
        res = read_window(path, window)
        src = np.zeros(res.shape, bool)
        src[bbox[0] - r0:bbox[1] - r0, bbox[2] - c0:bbox[3] - c0] = True
        cost_dist = cost_distance(res, src, (CELL, CELL), 8, max_cost=cap)
        if k >= k_max or not cw.ring_reached(cost_dist, window, shape, 1):
            break
        k = min(k_max, 2 * k)
    file = str(Path(out_dir) / f"core_{cid}.npy")
    np.save(file, cost_dist)
    return window, file


def pair_task(a, b, core_a, core_b, bbox_b, cutoff: float, out_dir: str):
    """The pair's corridor over the overlap of both windows, written as its own file; (window, file, lcd)."""
    (wa, fa), (wb, fb) = core_a, core_b
    cost_dist_a, cost_dist_b = np.load(fa, mmap_mode="r"), np.load(fb, mmap_mode="r")
    r0, c0 = bbox_b[0] - wa[0], bbox_b[2] - wa[2]
    lcd = float(np.min(cost_dist_a[r0:r0 + bbox_b[1] - bbox_b[0], c0:c0 + bbox_b[3] - bbox_b[2]]))
    win = (max(wa[0], wb[0]), min(wa[1], wb[1]), max(wa[2], wb[2]), min(wa[3], wb[3]))
    if not math.isfinite(lcd) or win[0] >= win[1] or win[2] >= win[3]:
        return None, None, lcd
    sa = cost_dist_a[win[0] - wa[0]:win[1] - wa[0], win[2] - wa[2]:win[3] - wa[2]]
    sb = cost_dist_b[win[0] - wb[0]:win[1] - wb[0], win[2] - wb[2]:win[3] - wb[2]]
    with np.errstate(invalid="ignore"):
        values = np.maximum(sa + sb - lcd, 0.0)
    values[values <= 1e-9 * max(lcd, 1.0)] = 0.0
    values[~(values <= cutoff)] = np.inf
    file = str(Path(out_dir) / f"pair_{a}_{b}.npy")
    np.save(file, values)
    return win, file, lcd


def reduce_mosaic(shape, pieces, rows: int = 256) -> np.ndarray:
    """Minimum over the pairs' corridors, strip by strip (each strip reads only the pair files that meet it)."""
    out = np.full(shape, np.nan)
    for s0 in range(0, shape[0], rows):
        s1 = min(shape[0], s0 + rows)
        strip = np.full((s1 - s0, shape[1]), np.inf)
        for win, file in pieces:
            r0, r1, c0, c1 = win
            lo, hi = max(s0, r0), min(s1, r1)
            if lo >= hi:
                continue
            part = np.load(file, mmap_mode="r")[lo - r0:hi - r0]
            view = strip[lo - s0:hi - s0, c0:c1]
            np.minimum(view, part, out=view)
        strip[~np.isfinite(strip)] = np.nan
        out[s0:s1] = strip  # a real run writes this strip into the output GeoTIFF instead
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path)
    ap.add_argument("--n", type=int, default=1200)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args()
    from bench import landscape
    from dask.distributed import Client, LocalCluster
    from osgeo import gdal, osr
    from shapely.geometry import box

    from ccsg_plugin.core.engine import corridor_windows as cw
    from ccsg_plugin.core.engine import corridors
    from ccsg_plugin.core.engine.pairs import select_pairs

    out = args.out
    out.mkdir(parents=True, exist_ok=True)
    n = args.n
    res = landscape(n)
    path = str(out / "resistance.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, n, n, 1, gdal.GDT_Float64, ["TILED=YES"])
    ds.SetGeoTransform((0.0, CELL, 0.0, 0.0, 0.0, -CELL))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(32633)
    ds.SetProjection(srs.ExportToWkt())
    ds.GetRasterBand(1).WriteArray(res)
    ds = None
    rng = np.random.default_rng(2)
    cores, geoms, bboxes = {}, {}, {}
    for cid in range(1, 9):
        r0, c0 = int(rng.integers(0, n - 10)), int(rng.integers(0, n - 10))
        m = np.zeros((n, n), bool)
        m[r0:r0 + 8, c0:c0 + 8] = True
        cores[cid], bboxes[cid] = m, (r0, r0 + 8, c0, c0 + 8)
        geoms[cid] = box(c0 * CELL, -(r0 + 8) * CELL, (c0 + 8) * CELL, -r0 * CELL)
    max_d, cutoff = n * CELL * 0.5, 20000.0
    pairs = select_pairs(geoms, max_d, 0.0)
    # The caps (each core's reach) from the straight-line bounds, as least_cost_corridors computes them; on a real
    # grid this is one more cheap task per pair (it reads only the cells along the line).
    passable = np.isfinite(res) & (res > 0)
    rmin, rtyp = float(res[passable].min()), cw.typical_resistance(res)
    caps: dict = {}
    for a, b, _d in pairs:
        ub = corridors.straight_line_cost(res, cores[a], cores[b], (CELL, CELL), passable)
        for cid in (a, b):
            caps[cid] = max(caps.get(cid, 0.0), ub + cutoff)

    started = time.perf_counter()
    with LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True, dashboard_address=None) as cl, \
            Client(cl) as client:
        core_futures = {cid: client.submit(core_task, path, (n, n), cid, bboxes[cid], caps[cid], rmin, rtyp,
                                           str(out), pure=False) for cid in caps}
        pair_futures = [client.submit(pair_task, a, b, core_futures[a], core_futures[b], bboxes[b], cutoff, str(out),
                                      pure=False) for a, b, _d in pairs]
        done = client.gather(pair_futures)
    pieces = [(win, file) for win, file, _lcd in done if file is not None]
    mosaic = reduce_mosaic((n, n), pieces)
    took = time.perf_counter() - started

    one = corridors.least_cost_corridors(res, cores, geoms, (CELL, CELL), 8, max_d, cutoff, drop_via_core=False)
    same_cells = np.array_equal(np.isnan(mosaic), np.isnan(one.mosaic))
    ok = ~np.isnan(one.mosaic)
    diff = float(np.max(np.abs(mosaic[ok] - one.mosaic[ok]))) if ok.any() else 0.0
    lcd_diff = max(abs(lcd - lk.lcd) / lk.lcd for (_w, _f, lcd), lk in zip(done, one.links) if lk.lcd > 0)
    print(f"Dask: {len(caps)} core tasks, {len(pairs)} pair tasks on {args.workers} local workers, {n} x {n} cells: "
          f"{took:.1f} s; against one process: same cells {same_cells}, max corridor difference {diff:.3g}, "
          f"max relative LCD difference {lcd_diff:.3g}")
    return 0 if same_cells and diff <= 1e-9 * max(lk.lcd for lk in one.links) else 1


if __name__ == "__main__":
    sys.exit(main())
