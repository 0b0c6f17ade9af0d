"""Circuit section of `make bench`: our BoxMG-preconditioned CG against pyamg smoothed aggregation + CG.

One pair per landscape (source at the middle of the west edge, sink at the middle of the east edge), 8 neighbours,
average resistance. Ours: rtol 1e-8 (the plugin's setting); pyamg: rtol 1e-6 (Circuitscape's), run in a separate
plain venv (bench_output/refvenv) because pyamg needs numpy 2. Times: ours = graph + hierarchy + CG (one
solve_pair call without current maps; components are not needed on a connected landscape); pyamg = its setup + solve
(the sparse graph build is shown apart). Peak memory: tracemalloc peak of one solve_pair call, bytes per cell.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
import time
import tracemalloc
from pathlib import Path

import numpy as np

from ccsg_plugin.core.engine.circuit_graph import cell_conductance
from ccsg_plugin.core.engine.circuit_solver import solve_pair

ROOT = Path(__file__).resolve().parent.parent
REFVENV = ROOT / "bench_output" / "refvenv" / "bin" / "python"


def _ends(n):
    src = np.zeros((n, n), bool)
    snk = np.zeros((n, n), bool)
    src[n // 2, 0] = True
    snk[n // 2, n - 1] = True
    return src, snk


def ours(r, memory: bool):
    src, snk = _ends(r.shape[0])
    c = cell_conductance(r)
    t = time.perf_counter()
    sol = solve_pair(c, src, snk, 8, False, maps=False, one_component=True)
    seconds = time.perf_counter() - t
    peak = None
    if memory:
        tracemalloc.start()
        try:
            solve_pair(c, src, snk, 8, False, maps=False, one_component=True)
            peak = tracemalloc.get_traced_memory()[1] / r.size
        finally:
            tracemalloc.stop()
    return seconds, sol.iterations, sol.resistance, peak


def pyamg_ref(r):
    if not REFVENV.exists():
        return None
    n = r.shape[0]
    with tempfile.TemporaryDirectory(prefix="ccsg_circuit_") as tmp:
        path = Path(tmp) / "r.npy"
        np.save(path, r)
        out = subprocess.run([str(REFVENV), str(ROOT / "scripts" / "bench_pyamg_ref.py"), str(path),
                              str(n // 2), "0", str(n // 2), str(n - 1)], capture_output=True, text=True)
    if out.returncode != 0:
        print("  pyamg reference failed:", out.stderr.strip().splitlines()[-1:])
        return None
    return json.loads(out.stdout.strip().splitlines()[-1])


def run(sizes, kinds, landscape, noise_landscape, memory=True, reference=True):
    rows = []
    for kind in kinds:
        for n in sizes:
            r = landscape(n) if kind == "smooth" else noise_landscape(n)
            print(f"\ncircuit, {kind} {n} x {n}", flush=True)
            t, it, res, peak = ours(r, memory)
            print(f"  ours: {t:.2f} s, {it} iterations, R = {res:.6g}", flush=True)
            ref = pyamg_ref(r) if reference else None
            if ref:
                print(f"  pyamg SA: setup {ref['setup']:.2f} s + solve {ref['solve']:.2f} s, {ref['iterations']} "
                      f"iterations, R = {ref['resistance']:.6g} (graph build {ref['build']:.2f} s)", flush=True)
            rows.append((f"{n}x{n} {kind}", t, it, peak, ref, res))
            del r
    if not rows:
        return
    print("\n| landscape | ours s (rtol 1e-8) | iters | pyamg SA s (setup+solve, rtol 1e-6) | iters | ours/pyamg "
          "| peak B/cell | R rel. diff |")
    print("|---|---|---|---|---|---|---|---|")
    for label, t, it, peak, ref, res in rows:
        tp = ref["setup"] + ref["solve"] if ref else None
        diff = abs(res - ref["resistance"]) / ref["resistance"] if ref else None
        print(f"| {label} | {t:.2f} | {it} | {'-' if tp is None else f'{tp:.2f}'} | "
              f"{'-' if not ref else ref['iterations']} | {'-' if tp is None else f'{t / tp:.2f}'} | "
              f"{'-' if peak is None else f'{peak:.0f}'} | "
              f"{'-' if diff is None else f'{diff:.1e}'} |")
