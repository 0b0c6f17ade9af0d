"""`make bench` sections for corridors at scale (scripts/bench.py calls them).

- processes_speedup(n): least_cost_corridors on an n x n smooth and white-noise landscape with 8 cores, one
  cost-distance at a time then two in forked processes, interleaved `repeat` times; best wall time of each, the
  ratio, and the load average around each run (the machine is shared: the ratio is only as clean as the load lets
  it be). Same results checked (mosaic, LCDs and paths equal).
- scale_run(n): scripts/scale_corridors.py in a subprocess (ccsg:leastcostcorridors through Processing, 30 cores,
  a width cutoff); its pair windows, progress times, wall time, peak resident memory (VmHWM of the subprocess,
  and the summed Pss of it and its cost-distance processes, and the CPU of all from wait4), the load average.
"""

from __future__ import annotations

import math
import os
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _cores(n: int, k: int = 8):
    from shapely.geometry import box

    rng = np.random.default_rng(11)
    cores, geoms = {}, {}
    side = max(2, n // 100)
    for cid in range(1, k + 1):
        r0, c0 = int(rng.integers(0, n - side)), int(rng.integers(0, n - side))
        m = np.zeros((n, n), bool)
        m[r0:r0 + side, c0:c0 + side] = True
        cores[cid] = m
        geoms[cid] = box(c0 * 30.0, -(r0 + side) * 30.0, (c0 + side) * 30.0, -r0 * 30.0)
    return cores, geoms


def processes_speedup(n: int, landscapes: dict, repeat: int = 2) -> None:
    """least_cost_corridors with 1 worker, then 2 forked processes (the default on Linux), on each landscape."""
    from ccsg_plugin.core.engine import corridors

    cores, geoms = _cores(n)
    for name, make in landscapes.items():
        res = make(n)
        best = {1: math.inf, 2: math.inf}
        loads: dict = {1: [], 2: []}
        results = {}
        for _ in range(repeat):
            for workers in (1, 2):
                load = os.getloadavg()[0]
                t = time.perf_counter()
                results[workers] = corridors.least_cost_corridors(res, cores, geoms, (30.0, 30.0), 8,
                                                                  width_cutoff_percent=10.0, workers=workers)
                best[workers] = min(best[workers], time.perf_counter() - t)
                loads[workers].append((load + os.getloadavg()[0]) / 2)
        a, b = results[1], results[2]
        same = np.array_equal(a.mosaic, b.mosaic, equal_nan=True) and \
            [(lk.lcd, lk.path) for lk in a.links] == [(lk.lcd, lk.path) for lk in b.links]
        print(f"corridors in 2 processes, {name} {n} x {n}, 8 cores, {len(a.links)} pairs: one at a time "
              f"{best[1]:.1f} s, two processes {best[2]:.1f} s, speed-up {best[1] / best[2]:.2f}x (best of {repeat}, "
              f"interleaved; load average {np.mean(loads[1]):.1f} / {np.mean(loads[2]):.1f} on {os.cpu_count()} "
              f"cores); same results: {same}", flush=True)


def scale_run(n: int, workdir: Path, extra=()) -> None:
    cmd = ["/usr/bin/python3", str(ROOT / "scripts" / "scale_corridors.py"), str(n), str(workdir), *extra]
    env = {k: v for k, v in os.environ.items() if k != "VIRTUAL_ENV"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    workdir.mkdir(parents=True, exist_ok=True)
    log = workdir / "scale.log"
    load = os.getloadavg()[0]
    with open(log, "w") as handle:
        proc = subprocess.Popen(cmd, stdout=handle, stderr=subprocess.STDOUT, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
    text = log.read_text(errors="replace")
    line = next((ln for ln in text.splitlines() if ln.startswith("SCALE ")), None)
    if os.waitstatus_to_exitcode(status) != 0 or line is None:
        print(f"corridors scale run {n} x {n} failed:\n" + text[-3000:])
        return
    _, cells, cores, pairs, seconds, hwm, tree = line.split()
    for ln in text.splitlines():
        if ln.startswith(("INFO", "PROGRESS", "WARNING")):
            print("  " + ln)
    print(f"ccsg:leastcostcorridors at scale: {n} x {n} ({int(cells) / 1e6:.0f} M cells), {cores} cores, {pairs} "
          f"pairs, width cutoff: {float(seconds):.0f} s wall, peak memory {float(tree) / 1024:.2f} GB with its "
          f"cost-distance processes (summed Pss, sampled each second), of which the QGIS process alone "
          f"{float(hwm) / 1024:.2f} GB (VmHWM), CPU of all "
          f"{usage.ru_utime + usage.ru_stime:.0f} s, load average {load:.1f} -> {os.getloadavg()[0]:.1f}", flush=True)
