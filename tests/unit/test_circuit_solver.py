"""The circuit solver against analytic circuits and a direct sparse solve written in the test (circuit_reference)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ccsg_plugin.core.engine import circuit_graph as cg
from ccsg_plugin.core.engine import circuit_multigrid as mg
from ccsg_plugin.core.engine.circuit_solver import solve_pair
from ccsg_plugin.core.errors import Cancelled, CcsgError
from tests.unit import circuit_reference as ref


def cells(shape, *where):
    m = np.zeros(shape, bool)
    for w in where:
        m[w] = True
    return m


def run(values, src, snk, neighbours=8, avg=False, is_conductance=False, groups=None):
    c = cg.cell_conductance(values, is_conductance)
    regions = None
    if groups:
        regions = np.zeros(values.shape, np.int64)
        for k, g in enumerate(groups, start=1):
            regions[g] = k
    lab = cg.components(c > 0, neighbours, None if regions is None else regions + src * 1000 + snk * 2000)
    own = lab[src & (c > 0)][0]
    c = np.where(lab == own, c, 0.0)
    return solve_pair(c, src, snk, neighbours, avg, regions)


def test_uniform_strip_of_n_cells_is_n_resistors_in_series():
    # Cells are nodes; between two neighbours lies the resistance (R1 + R2) / 2, so a strip of n cells of
    # resistance r between its first and last cell holds n - 1 such resistors in series: (n - 1) r. With the
    # focal cells outside the strip (resistance r too) the strip's n cells are n resistors: (n + 1) r in all.
    n, r = 40, 7.0
    strip = np.full((1, n + 2), r)
    sol = run(strip, cells(strip.shape, (0, 0)), cells(strip.shape, (0, n + 1)), neighbours=4)
    assert sol.resistance == pytest.approx((n + 1) * r, rel=1e-9)
    # Uniform current 1 A through every cell of a series circuit.
    assert np.allclose(sol.current, 1.0, rtol=1e-7)


def test_series_strip_of_different_resistances():
    r = np.array([[2.0, 5.0, 1.0, 9.0, 3.0, 4.0]])
    sol = run(r, cells(r.shape, (0, 0)), cells(r.shape, (0, 5)), neighbours=4)
    expect = sum((r[0, k] + r[0, k + 1]) / 2 for k in range(5))
    assert sol.resistance == pytest.approx(expect, rel=1e-9)
    # voltage drops linearly with the accumulated resistance from the sink
    volts = [sum((r[0, k] + r[0, k + 1]) / 2 for k in range(j, 5)) for j in range(6)]
    assert np.allclose(sol.voltage[0], volts, rtol=1e-7)


def test_parallel_strips_between_two_focal_regions():
    # Two strips (rows 0 and 2, NoData between) joined at both ends by a focal region (a column short-circuited
    # into one node): R = R1 R2 / (R1 + R2).
    h, w = 3, 12
    values = np.full((h, w), np.nan)
    values[0, :] = 2.0
    values[2, :] = 6.0
    values[:, 0] = values[:, -1] = 1.0
    src, snk = cells((h, w), (slice(None), 0)), cells((h, w), (slice(None), w - 1))
    r1 = 1.0 / 2 + 2.0 * (w - 3) + 2.0 + 1.0 / 2  # (1+2)/2 + (w-3) x 2 + (2+1)/2
    r2 = 1.0 / 2 + 6.0 * (w - 3) + 6.0 + 1.0 / 2
    sol = run(values, src, snk, neighbours=4)
    assert sol.resistance == pytest.approx(r1 * r2 / (r1 + r2), rel=1e-9)
    # the current splits inversely to the strips' resistances
    assert sol.current[0, 5] == pytest.approx(r2 / (r1 + r2), rel=1e-7)
    assert sol.current[2, 5] == pytest.approx(r1 / (r1 + r2), rel=1e-7)


@pytest.mark.parametrize("neighbours", [4, 8])
@pytest.mark.parametrize("avg", [False, True])
def test_random_grid_matches_direct_solve(neighbours, avg):
    rng = np.random.default_rng(neighbours + 10 * avg)
    values = rng.uniform(1.0, 100.0, (23, 31))
    values[rng.random(values.shape) < 0.12] = np.nan
    src = cells(values.shape, (slice(2, 5), slice(2, 5)))
    snk = cells(values.shape, (slice(18, 21), slice(25, 29)))
    values[src | snk] = 1.0
    R, V, C = ref.solve(values, src, snk, neighbours, avg)
    sol = run(values, src, snk, neighbours, avg)
    assert sol.resistance == pytest.approx(R, rel=1e-7)
    both = np.isfinite(V)
    assert np.array_equal(both, np.isfinite(sol.voltage))
    assert np.allclose(sol.voltage[both], V[both], rtol=0, atol=1e-6 * R)
    assert np.allclose(sol.current[both], C[both], rtol=0, atol=1e-6)


def test_average_resistance_and_conductance_differ_as_their_formulas_say():
    # Two cells, 1 and 3: 2 / (1 + 3) = 0.5 vs (1 + 1/3) / 2 = 2/3.
    values = np.array([[1.0, 3.0]])
    src, snk = cells(values.shape, (0, 0)), cells(values.shape, (0, 1))
    assert run(values, src, snk, 4, False).resistance == pytest.approx(2.0)
    assert run(values, src, snk, 4, True).resistance == pytest.approx(1.5)


def test_diagonal_edge_is_divided_by_sqrt2_and_cell_size_never_enters():
    values = np.array([[2.0, np.nan], [np.nan, 2.0]])
    sol = run(values, cells(values.shape, (0, 0)), cells(values.shape, (1, 1)), neighbours=8)
    assert sol.resistance == pytest.approx(2.0 * math.sqrt(2.0))


def test_conductance_input_equals_resistance_input_and_reference():
    rng = np.random.default_rng(5)
    values = rng.uniform(0.5, 20.0, (15, 17))
    src, snk = cells(values.shape, (0, slice(None))), cells(values.shape, (14, slice(None)))
    a = run(values, src, snk, 8)
    b = run(1.0 / values, src, snk, 8, is_conductance=True)
    R, _V, _C = ref.solve(1.0 / values, src, snk, 8, is_conductance=True)
    assert b.resistance == pytest.approx(R, rel=1e-7)
    assert a.resistance == pytest.approx(b.resistance, rel=1e-9)


def test_floating_short_circuit_region_matches_merged_reference():
    rng = np.random.default_rng(3)
    values = rng.uniform(1.0, 50.0, (20, 26))
    src, snk = cells(values.shape, (10, 0)), cells(values.shape, (10, 25))
    short = cells(values.shape, (slice(4, 16), slice(9, 14)))
    other = cells(values.shape, (2, 3), (17, 20))  # one region of two separate cells
    R, V, C = ref.solve(values, src, snk, 8, False, groups=[short, other])
    sol = run(values, src, snk, 8, False, groups=[short, other])
    assert sol.resistance == pytest.approx(R, rel=1e-7)
    assert np.allclose(sol.voltage, V, atol=1e-6 * R)
    assert np.allclose(sol.current, C, atol=1e-6)
    # the region is one node: one voltage over all its cells
    assert np.ptp(sol.voltage[short]) == 0.0
    # ...and shorter than without it
    assert sol.resistance < run(values, src, snk, 8).resistance


def test_one_ampere_crosses_every_cut():
    rng = np.random.default_rng(11)
    values = rng.uniform(1.0, 30.0, (18, 24))
    values[rng.random(values.shape) < 0.1] = np.nan
    src, snk = cells(values.shape, (slice(None), 0)), cells(values.shape, (slice(None), 23))
    values[src | snk] = 1.0
    sol = run(values, src, snk, 8)
    g = 1.0 / values
    V = sol.voltage
    for col in range(0, 23):  # every vertical cut between column col and col + 1
        flow = 0.0
        for i in range(18):
            for di, length in ((0, 1.0), (-1, math.sqrt(2)), (1, math.sqrt(2))):
                k = i + di
                if 0 <= k < 18 and np.isfinite(V[i, col]) and np.isfinite(V[k, col + 1]):
                    ge = 2.0 / (1.0 / g[i, col] + 1.0 / g[k, col + 1]) / length
                    flow += ge * (V[i, col] - V[k, col + 1])
        assert flow == pytest.approx(1.0, rel=1e-6)


def test_not_connected_pair_has_infinite_resistance_in_the_solver():
    values = np.ones((5, 5))
    values[:, 2] = np.nan
    c = cg.cell_conductance(values)
    sol = solve_pair(c, cells(values.shape, (2, 0)), cells(values.shape, (2, 4)), 8)
    assert sol.resistance == math.inf


@pytest.mark.parametrize("value", [0.0, -3.0])
def test_zero_or_negative_resistance_is_refused_with_count(value):
    values = np.ones((4, 4))
    values[1, 1] = values[2, 2] = value
    with pytest.raises(CcsgError, match=r"land.tif has 2 cells with zero or negative"):
        cg.cell_conductance(values, False, "land.tif")


def test_zero_conductance_is_a_barrier_and_negative_refused():
    values = np.array([[1.0, 0.0, 1.0]])
    assert list(cg.cell_conductance(values, True)[0]) == [1.0, 0.0, 1.0]
    with pytest.raises(CcsgError, match="1 cells with a negative value"):
        cg.cell_conductance(np.array([[1.0, -1.0]]), True)


def test_cancel_mid_solve():
    values = np.random.default_rng(1).uniform(1, 100, (60, 60))
    calls = []

    def cancel():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        solve_pair(1.0 / values, cells(values.shape, (0, 0)), cells(values.shape, (59, 59)), 8,
                   is_cancelled=cancel)


@pytest.mark.parametrize("shape", [(2, 300), (300, 3), (64, 64), (65, 66), (130, 97)])
@pytest.mark.parametrize("contrast", [1.0, 1e6])
def test_multigrid_solution_on_awkward_shapes_and_contrast(shape, contrast):
    rng = np.random.default_rng(shape[0] * shape[1])
    values = np.exp(rng.uniform(0, math.log(contrast), shape)) if contrast > 1 else np.ones(shape)
    src, snk = cells(shape, (0, 0)), cells(shape, (shape[0] - 1, shape[1] - 1))
    R, _V, _C = ref.solve(values, src, snk, 8)
    sol = run(values, src, snk, 8)
    assert sol.resistance == pytest.approx(R, rel=1e-6)
    assert sol.iterations < 200


def test_vcycle_is_symmetric():
    # CG needs a symmetric preconditioner: <M a, b> == <a, M b>.
    rng = np.random.default_rng(2)
    c = 1.0 / rng.uniform(1, 100, (41, 37))
    gE, gS, gSE, gSW = cg.edge_conductances(c, 8)
    D = np.zeros(c.shape)
    for g, (a, b) in zip((gE, gS, gSE, gSW), cg._pairs(41, 37, 8)):
        D[a] += g[a]
        D[b] += g[a]
    D[0, 0] += 1.0
    H = mg.Hierarchy(mg.make_level(D, gE, gS, gSE, gSW))
    lv = H.fine
    a, b = mg.padded(lv.h, lv.w), mg.padded(lv.h, lv.w)
    mg.interior(a, lv.h, lv.w)[:] = rng.random((lv.h, lv.w))
    mg.interior(b, lv.h, lv.w)[:] = rng.random((lv.h, lv.w))
    ma, mb = mg.padded(lv.h, lv.w), mg.padded(lv.h, lv.w)
    H.vcycle(a, ma)
    H.vcycle(b, mb)
    assert float((ma * b).sum()) == pytest.approx(float((a * mb).sum()), rel=1e-10)


def test_peak_memory_of_a_solve_is_under_200_bytes_per_cell():
    # Issue 13's memory target. tracemalloc sees every numpy buffer. The coarsest level's dense inverse
    # (at most DENSE_MAX^2 doubles) is a fixed cost that does not grow with the grid, so it is allowed on top.
    import tracemalloc

    n = 600
    rng = np.random.default_rng(3)
    c = cg.cell_conductance(np.exp(rng.normal(0, 1.5, (n, n))))
    src, snk = cells((n, n), (n // 2, 0)), cells((n, n), (n // 2, n - 1))
    tracemalloc.start()
    try:
        sol = solve_pair(c, src, snk, 8, False, maps=True, one_component=True)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert math.isfinite(sol.resistance)
    assert peak <= 200 * n * n + 8 * mg.DENSE_MAX ** 2, peak / (n * n)
