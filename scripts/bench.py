"""`make bench`: time the least-cost engine against GRASS r.cost and scikit-image MCP_Geometric, side by side.

Usage: .venv/bin/python scripts/bench.py [--sizes 1000 4000] [--no-grass] [--no-skimage] [--no-demo]
       [--check-corridors 200 2000] [--no-climate] [--repeat 2]
       [--circuit-sizes 1000 4000] [--only-circuit]   (circuit section: see scripts/bench_circuit.py)
       [--rough noise:1000 voronoi:2000 demo:1000 demo4x:0 ...] [--rough-repeat 3]   (scripts/bench_rough.py)
       [--processes-size 2000] [--scale 10000] [--only-scale]   (corridors in 2 processes and at scale: bench_scale.py)

Landscape: smooth random resistance 1..105 (blurred noise; ~40 % of the cells in high-cost blobs), float64,
one source cell at the middle of the west edge, square 30 m cells. Times are wall-clock seconds of the computation
only: for GRASS the r.cost call inside the GRASS session (not the start-up, import or export), for scikit-image
MCP_Geometric construction plus find_costs. GRASS measures cost in units of the east-west cell size, so its
result is multiplied by the cell size before comparing. Peak memory of our engine is the tracemalloc peak of the
allocations made during one cost_distance call (numpy reports its buffers to tracemalloc), in bytes per cell.

Climate term (Climate Linkage Mapper): the same landscapes with a climate grid (a 0..30 north-south gradient plus
smooth +-3 noise) and a climate cost of 20 cost units per climate unit; its time is compared with the plain engine's
(best of --repeat runs each, interleaved). The ratio is taken on the process's CPU time (the engine is single-threaded),
which a machine shared with other jobs disturbs far less than wall time; wall times are printed too.

The guideline-check scale run (scripts/check_scale.py) is timed inside its QGIS subprocess; its peak memory is that
subprocess's peak resident set (wait4 rusage), so QGIS start-up is included in the memory but not in the time.
"""

from __future__ import annotations

import argparse
import math
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ccsg_plugin.core.engine.costdistance import cost_distance  # noqa: E402

CELL = 30.0  # map units per cell (both directions)


def _box(a: np.ndarray, k: int) -> np.ndarray:
    """Mean over a (2k+1)-cell window along both axes (edges repeated), by cumulative sums."""
    for axis in (0, 1):
        pad = [(0, 0), (0, 0)]
        pad[axis] = (k + 1, k)
        c = np.cumsum(np.pad(a, pad, mode="edge"), axis=axis)
        n = a.shape[axis]
        a = (np.take(c, np.arange(2 * k + 1, n + 2 * k + 1), axis=axis) - np.take(c, np.arange(n), axis=axis))
        a /= 2 * k + 1
    return a


def landscape(n: int, seed: int = 42) -> np.ndarray:
    """Deterministic smooth resistance 1..105: a 1..5 background plus +100 blobs on 40 % of the cells."""
    rng = np.random.default_rng(seed)
    k = max(2, n // 150)

    def smooth() -> np.ndarray:
        a = rng.random((n, n))
        for _ in range(3):
            a = _box(a, k)
        a -= a.min()
        return a / a.max()

    base = smooth()
    blobs = smooth()
    high = blobs > np.quantile(blobs, 0.6)
    return 1.0 + 4.0 * base + 100.0 * high


def noise_landscape(n: int, seed: int = 7) -> np.ndarray:
    """White-noise resistance 1..105: every cell independent. Not a target landscape, but the row-sweep engine's
    hard case (least-cost paths wiggle from row to row, so many sweeps are needed); shown for honesty."""
    return np.random.default_rng(seed).uniform(1.0, 105.0, (n, n))


def max_rel(a: np.ndarray, b: np.ndarray) -> float:
    fa, fb = np.isfinite(a), np.isfinite(b)
    if (fa != fb).any():
        return math.inf
    if not fa.any():
        return 0.0
    return float((np.abs(a[fa] - b[fa]) / np.maximum(np.abs(b[fa]), 1e-300)).max())


def time_ours(r, src, neighbours):
    t = time.perf_counter()
    d = cost_distance(r, src, (CELL, CELL), neighbours)
    return time.perf_counter() - t, d


def climate_grid(n: int, seed: int = 5) -> np.ndarray:
    """A smooth synthetic climate: 30 (north) to 0 (south) plus smooth noise of +-3."""
    rng = np.random.default_rng(seed)
    a = rng.random((n, n))
    for _ in range(3):
        a = _box(a, max(2, n // 100))
    a = (a - a.min()) / max(a.max() - a.min(), 1e-12)
    return np.linspace(30.0, 0.0, n)[:, None] + 6.0 * (a - 0.5)


def time_climate(r, src, neighbours, clim, repeat):
    """{"plain": (cpu, wall), "climate": (cpu, wall)}: best of `repeat` interleaved runs of cost_distance."""
    best = {"plain": (math.inf, math.inf), "climate": (math.inf, math.inf)}
    for _ in range(repeat):
        for name, kwargs in (("plain", {}), ("climate", {"climate": clim, "climate_cost": 20.0})):
            c, t = time.process_time(), time.perf_counter()
            cost_distance(r, src, (CELL, CELL), neighbours, **kwargs)
            c, t = time.process_time() - c, time.perf_counter() - t
            best[name] = (min(best[name][0], c), min(best[name][1], t))
    return best


def peak_bytes_per_cell(r, src, neighbours) -> float:
    tracemalloc.start()
    try:
        d = cost_distance(r, src, (CELL, CELL), neighbours)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    del d
    return peak / r.size


def time_skimage(r, start):
    try:
        from skimage.graph import MCP_Geometric
    except ImportError:
        return None
    t = time.perf_counter()
    mcp = MCP_Geometric(r, sampling=(CELL, CELL))
    costs, _ = mcp.find_costs([start])
    return time.perf_counter() - t, costs


GRASS_JOB = r"""#!/bin/bash
# Runs inside a throw-away GRASS XY location; prints "BENCH <name> <start> <end>" around each r.cost call.
set -e
r.in.gdal -o --quiet input="$1" output=res
g.region raster=res
now() { date +%s.%N; }
t0=$(now); r.cost --quiet --overwrite input=res output=c8 start_coordinates="$3,$4" memory="$5"; t1=$(now)
echo "BENCH rcost8 $t0 $t1"
t0=$(now); r.cost -k --quiet --overwrite input=res output=c16 start_coordinates="$3,$4" memory="$5"; t1=$(now)
echo "BENCH rcost16 $t0 $t1"
r.out.gdal --quiet -c -f input=c8 output="$2/c8.tif" type=Float64 createopt="COMPRESS=NONE"
r.out.gdal --quiet -c -f input=c16 output="$2/c16.tif" type=Float64 createopt="COMPRESS=NONE"
"""


def grass_available() -> bool:
    return shutil.which("grass") is not None


def run_grass(r, start, workdir: Path):
    """Times r.cost and r.cost -k on r; returns {name: (seconds, result x cell size)} or None without GRASS."""
    from osgeo import gdal

    n_rows, n_cols = r.shape
    tif = workdir / "res.tif"
    ds = gdal.GetDriverByName("GTiff").Create(str(tif), n_cols, n_rows, 1, gdal.GDT_Float64)
    ds.SetGeoTransform((0.0, CELL, 0.0, n_rows * CELL, 0.0, -CELL))
    ds.GetRasterBand(1).WriteArray(r)
    ds = None
    job = workdir / "job.sh"
    job.write_text(GRASS_JOB)
    job.chmod(0o755)
    x = (start[1] + 0.5) * CELL
    y = n_rows * CELL - (start[0] + 0.5) * CELL
    memory = str(max(300, int(r.size * 80 / 1e6)))  # enough for GRASS to keep the whole grid in memory
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    proc = subprocess.run(
        ["grass", "--tmp-location", "XY", "--exec", str(job), str(tif), str(workdir), repr(x), repr(y), memory],
        capture_output=True, text=True, env=env, check=False,
    )
    times = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[0] == "BENCH":
            times[parts[1]] = float(parts[3]) - float(parts[2])
    if proc.returncode != 0 or len(times) != 2:
        print("GRASS run failed:\n" + proc.stdout[-2000:] + proc.stderr[-2000:])
        return None
    out = {}
    for name, tif_name in (("rcost8", "c8.tif"), ("rcost16", "c16.tif")):
        ds = gdal.Open(str(workdir / tif_name))
        band = ds.GetRasterBand(1)
        a = band.ReadAsArray().astype(np.float64)
        nodata = band.GetNoDataValue()
        if nodata is not None:
            a[a == nodata] = np.inf
        out[name] = (times[name], a * CELL)  # GRASS costs are per east-west cell size
    return out


def demo_corridor_time():
    """Run time of least-cost corridors on the bundled demo (6 cores, 808 x 730 cells), or a reason it is skipped."""
    try:
        from ccsg_plugin.core.engine import corridors
    except ImportError as exc:
        return None, f"skipped: ccsg_plugin.core.engine.corridors is not available ({exc})"
    try:
        from osgeo import gdal, ogr
        from shapely import wkb
    except ImportError as exc:
        return None, f"skipped: GDAL/OGR or shapely missing ({exc})"
    demo = ROOT / "resources" / "demo"
    started = time.perf_counter()
    ds = gdal.Open(str(demo / "lm_resistances.tif"))
    band = ds.GetRasterBand(1)
    res = band.ReadAsArray().astype(np.float64)
    nodata = band.GetNoDataValue()
    if nodata is not None:
        res[res == nodata] = np.nan
    gt = ds.GetGeoTransform()
    vec = ogr.Open(str(demo / "lm_cores.shp"))
    layer = vec.GetLayer()
    cores, geoms = {}, {}
    mem = gdal.GetDriverByName("MEM")
    for feat in layer:
        geoms[feat.GetField("core_id")] = wkb.loads(bytes(feat.GetGeometryRef().ExportToWkb()))
    layer.ResetReading()
    for cid in geoms:  # rasterise after the read loop: RasterizeLayer re-reads the layer
        target = mem.Create("", ds.RasterXSize, ds.RasterYSize, 1, gdal.GDT_Byte)
        target.SetGeoTransform(gt)
        layer.SetAttributeFilter(f"core_id = {cid}")
        gdal.RasterizeLayer(target, [1], layer, burn_values=[1])  # cells whose centre is inside the core
        layer.SetAttributeFilter(None)
        cores[cid] = target.GetRasterBand(1).ReadAsArray().astype(bool)
    read = time.perf_counter() - started
    t = time.perf_counter()
    result = corridors.least_cost_corridors(res, cores, geoms, (gt[1], -gt[5]), neighbours=8,
                                            width_cutoff_percent=10.0)
    run = time.perf_counter() - t
    linked = len(result.linked) if hasattr(result, "linked") else "?"
    return run, f"{len(cores)} cores, {linked} linked pairs, {res.size / 1e6:.2f} M cells (reading: {read:.2f} s)"


def check_scale(n: int, workdir: Path, report_max: int | None = None):
    """check_scale_run plus the subprocess's peak RSS (MB): os.wait4 on a forked child gives its own rusage."""
    cmd = ["/usr/bin/python3", str(ROOT / "scripts" / "check_scale.py"), str(n), str(workdir)]
    if report_max is not None:
        cmd += ["--report-max", str(report_max)]
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    log = workdir / "check_scale.log"
    workdir.mkdir(parents=True, exist_ok=True)
    with open(log, "w") as handle:
        proc = subprocess.Popen(cmd, stdout=handle, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    text = log.read_text(errors="replace")
    line = next((ln for ln in text.splitlines() if ln.startswith("CHECK_SCALE")), None)
    if proc.returncode != 0 or line is None:
        print("check scale run failed:\n" + text[-3000:])
        return None
    _, _count, seconds, size = line.split()
    cpu = usage.ru_utime + usage.ru_stime  # of the whole subprocess (QGIS start-up and scene too): load-proof
    return float(seconds), usage.ru_maxrss / 1024.0, float(size) / 1e6, cpu  # ru_maxrss is in KiB on Linux


def fmt(v, spec):
    return "-" if v is None else format(v, spec)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="*", default=[1000, 4000])
    ap.add_argument("--noise-sizes", type=int, nargs="*", default=[1000],
                    help="white-noise landscapes (the engine's hard case), reported separately")
    ap.add_argument("--rough", nargs="*", default=["noise:1000", "noise:2000", "voronoi:1000", "voronoi:2000",
                                                   "demo:1000", "demo:2000", "demo4x:0"],
                    help="rough landscapes kind:n (noise, voronoi, demo, demo4x), interleaved with GRASS and "
                         "scikit-image (scripts/bench_rough.py); none to skip")
    ap.add_argument("--rough-repeat", type=int, default=3, help="runs of each method per rough landscape (best kept)")
    ap.add_argument("--no-grass", action="store_true")
    ap.add_argument("--no-skimage", action="store_true")
    ap.add_argument("--no-demo", action="store_true")
    ap.add_argument("--no-check", action="store_true", help="skip the guideline-check evaluation benchmark")
    ap.add_argument("--check-corridors", type=int, nargs="*", default=[200, 2000],
                    help="corridor counts of the ccsg:checkcorridors scale run (600 x 1000 rasters); none to skip")
    ap.add_argument("--river-lines", type=int, nargs="*", default=[50_000],
                    help="ccsg:riverconnectivity core on synthetic networks of this many lines (0 to skip)")
    ap.add_argument("--no-memory", action="store_true", help="skip the (slower) tracemalloc peak-memory runs")
    ap.add_argument("--no-climate", action="store_true", help="skip the climate-term runs")
    ap.add_argument("--repeat", type=int, default=2, help="runs of each climate-term timing (best is kept)")
    ap.add_argument("--no-barriers", action="store_true", help="skip the restoration-priority (barriers) timings")
    ap.add_argument("--network-sizes", type=int, nargs="*", default=[100, 200, 300],
                    help="core counts for the core-network benchmark (none = skip it)")
    ap.add_argument("--circuit-sizes", type=int, nargs="*", default=[1000, 4000],
                    help="circuit solver landscapes (smooth and rough each); none to skip")
    ap.add_argument("--only-circuit", action="store_true", help="run the circuit section only")
    ap.add_argument("--processes-size", "--threads-size", type=int, default=2000,
                    help="corridors one at a time and in 2 processes on this N x N landscape (0 to skip)")
    ap.add_argument("--scale", type=int, default=0,
                    help="also run ccsg:leastcostcorridors on an N x N landscape with 30 cores (e.g. 10000: tens of "
                         "minutes and ~10 GB; off by default)")
    ap.add_argument("--only-scale", action="store_true", help="run the 2-process and --scale sections only")
    ap.add_argument("--no-monitoring", action="store_true", help="skip the corridor-change (monitoring) timing")
    args = ap.parse_args()
    if args.only_scale:
        args.sizes, args.noise_sizes, args.no_demo, args.no_check, args.check_corridors = [], [], True, True, []
        args.no_barriers, args.network_sizes, args.circuit_sizes, args.river_lines = True, [], [], []
        args.no_climate = True
        args.rough = []
    if args.only_circuit:
        args.rough = []
        args.processes_size = 0
        args.sizes, args.noise_sizes, args.no_demo, args.no_check, args.check_corridors = [], [], True, True, []
        args.no_barriers = True
        args.network_sizes = []
        args.no_monitoring = True
    if not args.no_grass and not grass_available():
        print("GRASS not found (install grass-core); GRASS rows skipped.")
        args.no_grass = True
    rows = []
    climate_rows = []
    cases = [("smooth", n) for n in args.sizes] + [("noise", n) for n in args.noise_sizes]
    for kind, n in cases:
        t = time.perf_counter()
        r = landscape(n) if kind == "smooth" else noise_landscape(n)
        start = (n // 2, 0)
        src = np.zeros(r.shape, bool)
        src[start] = True
        built = time.perf_counter() - t
        print(f"\n{kind} {n} x {n} = {n * n / 1e6:.0f} M cells (landscape built in {built:.1f} s)", flush=True)
        ours = {nb: time_ours(r, src, nb) for nb in (8, 16)}
        print(f"  ours: 8 nbr {ours[8][0]:.3f} s, 16 nbr {ours[16][0]:.3f} s", flush=True)
        mem = {nb: None for nb in (8, 16)}
        if not args.no_memory:
            mem = {nb: peak_bytes_per_cell(r, src, nb) for nb in (8, 16)}
        sk = None if args.no_skimage else time_skimage(r, start)
        if sk is not None:
            print(f"  skimage MCP_Geometric: {sk[0]:.3f} s", flush=True)
        gr = None
        if not args.no_grass:
            with tempfile.TemporaryDirectory(prefix="ccsg_bench_") as tmp:
                gr = run_grass(r, start, Path(tmp))
            if gr is not None:
                print(f"  GRASS r.cost: {gr['rcost8'][0]:.3f} s, r.cost -k: {gr['rcost16'][0]:.3f} s", flush=True)
        label = f"{n}x{n}" + ("" if kind == "smooth" else " noise")
        g8 = gr["rcost8"] if gr else None
        g16 = gr["rcost16"] if gr else None
        for nb, g in ((8, g8), (16, g16)):
            t_ours, d = ours[nb]
            rows.append((label, f"ours ({nb} nbr)", t_ours,
                         t_ours / g[0] if g else None,
                         t_ours / sk[0] if sk and nb == 8 else None,
                         mem[nb],
                         max_rel(d, g[1]) if g else None,
                         max_rel(d, sk[1]) if sk and nb == 8 else None))
        if g8:
            rows.append((label, "GRASS r.cost (8)", g8[0], None, None, None, None,
                         max_rel(g8[1], sk[1]) if sk else None))
        if g16:
            rows.append((label, "GRASS r.cost -k (16)", g16[0], None, None, None, None, None))
        if sk:
            rows.append((label, "skimage MCP_Geometric (8)", sk[0], None, None, None, None, None))
        if kind == "smooth" and not args.no_climate:
            clim = climate_grid(n)
            for nb in (8, 16):
                best = time_climate(r, src, nb, clim, max(1, args.repeat))
                climate_rows.append((label, nb, best["plain"], best["climate"]))
                print(f"  climate term ({nb} nbr): CPU {best['climate'][0]:.3f} s vs plain {best['plain'][0]:.3f} s "
                      f"= {best['climate'][0] / best['plain'][0]:.2f}x", flush=True)
            del clim
        del r, src, ours, sk, gr
    if args.rough:
        from bench_rough import run as run_rough

        print("\nrough landscapes (8 neighbours; ratios of best-of-N times, methods interleaved)", flush=True)
        run_rough([(k, int(v)) for k, v in (c.split(":") for c in args.rough)], ROOT, noise_landscape, cost_distance,
                  None if args.no_skimage else time_skimage, None if args.no_grass else run_grass, max_rel, CELL,
                  args.rough_repeat, grass=not args.no_grass, skimage=not args.no_skimage)
    print()
    head = ("landscape", "method", "time s", "ours/GRASS", "ours/skimage", "peak B/cell", "rel diff GRASS",
            "rel diff skimage")
    if rows:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
    for label, name, t, rg, rs, m, dg, ds in rows:
        print(f"| {label} | {name} | {t:.3f} | {fmt(rg, '.2f')} | {fmt(rs, '.2f')} | {fmt(m, '.1f')} "
              f"| {fmt(dg, '.1e')} | {fmt(ds, '.1e')} |")
    if climate_rows:
        print()
        print("| landscape | neighbours | plain CPU s (wall) | with climate term CPU s (wall) "
              "| climate / plain, CPU (target <= 1.30) |")
        print("|---|---|---|---|---|")
        for label, nb, plain, with_climate in climate_rows:
            print(f"| {label} | {nb} | {plain[0]:.3f} ({plain[1]:.3f}) | {with_climate[0]:.3f} ({with_climate[1]:.3f}) "
                  f"| {with_climate[0] / plain[0]:.2f} |")
    if not args.no_demo:
        run, note = demo_corridor_time()
        print()
        print(f"demo corridor run time: {fmt(run, '.2f')} s ({note})" if run is not None
              else f"demo corridor run time: {note}")
    if not args.no_barriers:
        from scripts.bench_restoration import print_barriers

        print_barriers(landscape(1000), CELL)
    if not args.no_check:
        from ccsg_plugin import paths
        from ccsg_plugin.core.criteria.bench import benchmark_evaluation

        seconds = benchmark_evaluation(paths.profiles(), n_corridors=100, raster_cells=1_000_000, n_roads=1000)
        print(f"guideline check: 100 corridors, 1 M-cell raster, 1000 road segments, default profile: "
              f"{seconds:.2f} s (target < 10 s)")
    if not args.no_monitoring:
        from ccsg_plugin import paths
        from ccsg_plugin.core.monitoring.bench import benchmark_compare

        seconds, cells = benchmark_compare(paths.profiles(), n_corridors=20)
        print(f"corridor change (monitoring): 20 corridors of 60 x 400 cells, {cells / 1e6:.1f} M-cell grid, both "
              f"dates, default profile: {seconds:.2f} s (load {os.getloadavg()[0]:.1f})", flush=True)
    for n in args.river_lines:
        if n > 0:
            from ccsg_plugin.core.rivers.bench import benchmark as river_benchmark

            barriers = min(2_000, n // 10)
            for braided in (False, True):
                seconds, res = river_benchmark(n, barriers, braided)
                loops = len(res.net.edge_u) - res.net.n_sections + res.net.n_parts
                print(f"river connectivity (DCI), {'braided' if braided else 'dendritic'}: {n} lines, {barriers} "
                      f"barriers, {res.net.n_sections} sections, {loops} loops: {seconds:.2f} s for topology, "
                      f"DCI_p, DCI_d and every barrier's dDCI (load {os.getloadavg()[0]:.1f})", flush=True)
    if args.network_sizes:
        from bench_network import report as network_report

        network_report(args.network_sizes)
    for n in args.check_corridors:
        with tempfile.TemporaryDirectory(prefix="ccsg_check_scale_") as tmp:
            got = check_scale(n, Path(tmp))
        if got is not None:
            seconds, peak_mb, report_mb, cpu = got
            print(f"ccsg:checkcorridors, {n} corridors, 600 x 1000 land cover + resistance, report of the first "
                  f"100: {seconds:.1f} s wall (target < 120 s for 2000; subprocess CPU {cpu:.1f} s), peak RSS "
                  f"{peak_mb:.0f} MB, report {report_mb:.1f} MB", flush=True)
    if args.processes_size:
        from bench_scale import processes_speedup

        processes_speedup(args.processes_size, {"smooth": landscape, "white noise": noise_landscape}, args.repeat)
    if args.scale:
        from bench_scale import scale_run

        with tempfile.TemporaryDirectory(prefix="ccsg_scale_") as tmp:
            scale_run(args.scale, Path(tmp))
    if args.circuit_sizes:
        from bench_circuit import run as run_circuit

        run_circuit(args.circuit_sizes, ("smooth", "rough"), landscape, noise_landscape, memory=not args.no_memory)
    return 0


if __name__ == "__main__":
    sys.exit(main())
