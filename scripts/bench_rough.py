"""`make bench`, rough landscapes: our engine against GRASS r.cost and scikit-image MCP_Geometric, interleaved.

Landscapes (8 neighbours, float64, 30 m cells, one source cell: the first passable cell of the middle row from the
west edge):
- noise: white noise, resistance uniform 1..105, every cell independent;
- voronoi: a classified land-cover-like raster: Voronoi cells of randomly jittered seeds (one per 12 x 12 block,
  ~144 cells a patch), each patch a random class of ten, mapped to resistances 1, 2, 4, 8, 15, 30, 60, 120,
  400, 1000;
- demo: the bundled Linkage Mapper demo resistance raster (808 x 730) resampled by nearest neighbour to n x n
  cells' worth (same aspect), and `demo4x`: resampled to 4x its cells (2x per axis, 1616 x 1460).

Each method runs `repeat` times, the three interleaved, and its best time is kept; the ratios are of those best
times, with the 1-minute load average (the machine is shared) printed beside each landscape. GRASS's time is the
r.cost call inside its session only (see bench.py); its results x the cell size are compared with ours.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

import numpy as np

TARGET_GRASS, TARGET_SKIMAGE = 1.2, 1.5


def voronoi_landscape(n: int, seed: int = 11, patch: int = 12) -> np.ndarray:
    rng = np.random.default_rng(seed)
    nb = n // patch + 1
    py = (np.arange(nb)[:, None] + rng.random((nb, nb))) * patch
    px = (np.arange(nb)[None, :] + rng.random((nb, nb))) * patch
    cls = rng.integers(0, 10, (nb, nb))
    y = np.arange(n)[:, None] + 0.5
    x = np.arange(n)[None, :] + 0.5
    block = np.arange(n) // patch
    best = np.full((n, n), np.inf)
    label = np.zeros((n, n), dtype=np.int64)
    for di in (-1, 0, 1):  # the nearest seed is in the cell's block or one of the eight around it
        bi = np.clip(block[:, None] + di, 0, nb - 1)
        for dj in (-1, 0, 1):
            bj = np.clip(block[None, :] + dj, 0, nb - 1)
            dist = (py[bi, bj] - y) ** 2 + (px[bi, bj] - x) ** 2
            closer = dist < best
            best[closer] = dist[closer]
            label[closer] = cls[bi, bj][closer]
    return np.array([1.0, 2.0, 4.0, 8.0, 15.0, 30.0, 60.0, 120.0, 400.0, 1000.0])[label]


def demo_landscape(root: Path, cells: float) -> np.ndarray:
    from osgeo import gdal

    ds = gdal.Open(str(root / "resources" / "demo" / "lm_resistances.tif"))
    band = ds.GetRasterBand(1)
    a = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        a[a == nodata] = np.nan
    h, w = a.shape
    s = (cells / a.size) ** 0.5
    hh, ww = int(round(h * s)), int(round(w * s))
    return a[(np.arange(hh) * h // hh)[:, None], (np.arange(ww) * w // ww)[None, :]]


def _source(r: np.ndarray) -> tuple[int, int]:
    row = r.shape[0] // 2
    ok = np.isfinite(r[row]) & (r[row] > 0)
    return row, int(np.flatnonzero(ok)[0])


def run(cases, root: Path, noise_landscape, cost_distance, time_skimage, run_grass, max_rel, cell: float,
        repeat: int = 3, grass: bool = True, skimage: bool = True) -> None:
    """cases: [(kind, n)] with kind noise | voronoi | demo | demo4x (n ignored for demo4x)."""
    rows = []
    for kind, n in cases:
        if kind == "noise":
            r = noise_landscape(n)
        elif kind == "voronoi":
            r = voronoi_landscape(n)
        elif kind == "demo":
            r = demo_landscape(root, n * n)
        else:
            r = demo_landscape(root, 4 * 808 * 730)
        start = _source(r)
        src = np.zeros(r.shape, bool)
        src[start] = True
        sk_in = np.where(np.isfinite(r), r, np.inf)
        best = {"ours": None, "grass": None, "skimage": None}
        times = {"ours": [], "grass": [], "skimage": []}
        results = {}
        loads = []
        for _ in range(max(1, repeat)):
            loads.append(os.getloadavg()[0])
            t = time.perf_counter()
            results["ours"] = cost_distance(r, src, (cell, cell), 8)
            times["ours"].append(time.perf_counter() - t)
            if skimage:
                got = time_skimage(sk_in, start)
                if got is not None:
                    times["skimage"].append(got[0])
                    results["skimage"] = got[1]
            if grass:
                with tempfile.TemporaryDirectory(prefix="ccsg_bench_rough_") as tmp:
                    g = run_grass(np.where(np.isfinite(r), r, np.nan), start, Path(tmp))
                if g is not None:
                    times["grass"].append(g["rcost8"][0])
                    results["grass"] = g["rcost8"][1]
        for k, v in times.items():
            best[k] = min(v) if v else None
        label = f"{kind} {r.shape[1]}x{r.shape[0]} ({r.size / 1e6:.2f} M)"
        o, g, s = best["ours"], best["grass"], best["skimage"]
        line = (f"  rough {label}: ours {o:.3f} s, GRASS r.cost {g if g is None else round(g, 3)} s, skimage "
                f"{s if s is None else round(s, 3)} s (best of {repeat}, load {min(loads):.1f}-{max(loads):.1f})")
        print(line, flush=True)
        rows.append((label, o, g, s, results, loads))
        del r, src, sk_in
    print()
    print("| rough landscape | ours s | GRASS r.cost s | skimage s | ours/GRASS (<= 1.2) | ours/skimage (<= 1.5) "
          "| rel diff GRASS | rel diff skimage | load (1 min) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for label, o, g, s, res, loads in rows:
        rg = f"{o / g:.2f}" if g else "-"
        rs = f"{o / s:.2f}" if s else "-"
        dg = f"{max_rel(res['ours'], res['grass']):.1e}" if "grass" in res else "-"
        ds = f"{max_rel(res['ours'], res['skimage']):.1e}" if "skimage" in res else "-"
        print(f"| {label} | {o:.3f} | {g if g is None else f'{g:.3f}'} | {s if s is None else f'{s:.3f}'} | {rg} "
              f"| {rs} | {dg} | {ds} | {min(loads):.1f}-{max(loads):.1f} |")
