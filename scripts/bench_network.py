"""Core-network benchmark: PC/dPC/dIIC/dPC_link and current-flow centrality on random networks of n cores.

Cores are discs of 500 m diameter scattered over 100 km x 100 km (edge-to-edge distance = centre distance - 500 m),
dispersal distance 5 km at p = 0.5, links up to 8 km. Run alone (`python scripts/bench_network.py 100 200 300`) or
from scripts/bench.py.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from ccsg_plugin.core.network import centrality, indices, paths


def network_time(n: int, seed: int = 1) -> tuple[float, float, float, int, float]:
    """(wall and CPU seconds for the indices, seconds for the centrality, number of links, CPU seconds of p* alone)
    for one random network.

    CPU time is reported too: on a shared machine the wall time mostly measures the other processes."""
    rng = np.random.default_rng(seed)
    xy = rng.uniform(0, 100000, (n, 2))
    d = np.maximum(np.sqrt(((xy[:, None] - xy[None]) ** 2).sum(-1)) - 500.0, 0.0)
    a = rng.uniform(10, 1000, n)
    links = [(i, j) for i in range(n) for j in range(i + 1, n) if d[i, j] <= 8000.0]
    t, c = time.perf_counter(), time.process_time()
    indices.network_indices(a, d, links, 5000.0, 0.5, 8000.0)
    t_indices, c_indices = time.perf_counter() - t, time.process_time() - c
    t = time.perf_counter()
    centrality.current_flow(n, links, [d[i, j] for i, j in links])
    t_cf = time.perf_counter() - t
    c = time.process_time()
    paths.max_product(indices.link_probability(d, 5000.0, 0.5))  # p*: n vectorised Floyd-Warshall steps
    return t_indices, c_indices, t_cf, len(links), time.process_time() - c


def report(sizes) -> None:
    print("\ncore network (PC, dPC with fractions, dIIC, dPC_link; current-flow centrality)")
    print("| cores | links | indices s (wall) | indices s (CPU) | of which p* s (CPU) | centrality s |")
    print("|---|---|---|---|---|---|")
    for n in sizes:
        t_idx, c_idx, t_cf, m, c_pstar = network_time(n)
        print(f"| {n} | {m} | {t_idx:.2f} | {c_idx:.2f} | {c_pstar:.3f} | {t_cf:.3f} |", flush=True)


if __name__ == "__main__":
    report([int(v) for v in sys.argv[1:]] or [100, 200, 300])
