"""Reference circuit solve for `make bench`, run in a separate plain venv (pyamg needs numpy 2): Circuitscape's own
solver, pyamg smoothed aggregation + CG at rtol 1e-6, on the same graph rules (8 neighbours, average resistance).

Usage: refvenv/bin/python bench_pyamg_ref.py landscape.npy src_row src_col sink_row sink_col
Prints one JSON line: setup and solve seconds, iterations, effective resistance.
"""

import json
import math
import sys
import time

import numpy as np
import pyamg
import scipy.sparse as sp


def laplacian(r):
    h, w = r.shape
    idx = np.arange(h * w).reshape(h, w)
    rows, cols, vals = [], [], []
    for (a, b), length in (((np.s_[:, :-1], np.s_[:, 1:]), 1.0), ((np.s_[:-1, :], np.s_[1:, :]), 1.0),
                           ((np.s_[:-1, :-1], np.s_[1:, 1:]), math.sqrt(2)),
                           ((np.s_[:-1, 1:], np.s_[1:, :-1]), math.sqrt(2))):
        rows.append(idx[a].ravel())
        cols.append(idx[b].ravel())
        vals.append((2.0 / (r[a] + r[b]) / length).ravel())
    rows, cols, vals = np.concatenate(rows), np.concatenate(cols), np.concatenate(vals)
    g = sp.coo_matrix((vals, (rows, cols)), shape=(h * w, h * w)).tocsr()
    g = g + g.T
    return (sp.diags(np.asarray(g.sum(axis=1)).ravel()) - g).tocsr()


def main():
    r = np.load(sys.argv[1])
    sr, sc, tr_, tc = (int(v) for v in sys.argv[2:6])
    w = r.shape[1]
    t0 = time.perf_counter()
    lap = laplacian(r)
    src, snk = sr * w + sc, tr_ * w + tc
    keep = np.ones(lap.shape[0], bool)
    keep[snk] = False  # ground the sink by removing its row and column
    a = lap[keep][:, keep].tocsr()
    b = np.zeros(a.shape[0])
    b[src - (1 if src > snk else 0)] = 1.0
    built = time.perf_counter() - t0
    t1 = time.perf_counter()
    ml = pyamg.smoothed_aggregation_solver(a)
    setup = time.perf_counter() - t1
    residuals = []
    t2 = time.perf_counter()
    x = ml.solve(b, tol=1e-6, accel="cg", residuals=residuals)
    solve = time.perf_counter() - t2
    print(json.dumps({"build": built, "setup": setup, "solve": solve, "iterations": len(residuals) - 1,
                      "resistance": float(x[src - (1 if src > snk else 0)])}))


if __name__ == "__main__":
    main()
