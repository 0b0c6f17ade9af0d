"""Current-flow centrality against a direct solve of the full network Laplacian, pair by pair (least squares, no
grounding), with node current counted as Circuitscape does: the current flowing into the node, the 1 A injected
at a source included."""

from __future__ import annotations

import numpy as np
import pytest

from ccsg_plugin.core.network import centrality


def reference(n, links, resistances):
    lap = np.zeros((n, n))
    for (i, j), r in zip(links, resistances):
        g = 1.0 / r
        lap[i, i] += g
        lap[j, j] += g
        lap[i, j] -= g
        lap[j, i] -= g
    # which nodes can reach which: a pair carries current only inside its component
    reach = np.eye(n, dtype=bool)
    for i, j in links:
        reach[i, j] = reach[j, i] = True
    for k in range(n):
        reach |= reach[:, k, None] & reach[None, k, :]
    node = np.zeros(n)
    link = np.zeros(len(links))
    for s in range(n):
        for t in range(s + 1, n):
            if not reach[s, t]:
                continue
            b = np.zeros(n)
            b[s], b[t] = 1.0, -1.0
            v = np.linalg.lstsq(lap, b, rcond=None)[0]
            inflow = np.zeros(n)
            inflow[s] += 1.0  # the injected current enters the source
            for e, ((i, j), r) in enumerate(zip(links, resistances)):
                current = (v[i] - v[j]) / r
                link[e] += abs(current)
                if current > 0:
                    inflow[j] += current
                else:
                    inflow[i] -= current
            node += inflow
    return node, link


@pytest.mark.parametrize("seed", range(6))
def test_random_graphs_match_direct_solves(seed):
    rng = np.random.default_rng(seed)
    n = 8
    links = [(i, j) for i in range(n) for j in range(i + 1, n) if rng.random() < 0.35]
    resistances = rng.uniform(100, 5000, len(links))
    node, link = centrality.current_flow(n, links, resistances)
    want_node, want_link = reference(n, links, resistances)
    np.testing.assert_allclose(link, want_link, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(node, want_node, rtol=1e-9, atol=1e-12)


def test_series_pair_and_isolated_core():
    """0 - 1 - 2 in series, 3 alone: every pair's 1 A crosses the links on its way; core 1 carries 1 A for pair
    (0, 2) and ends pairs (0, 1) and (1, 2); core 3 carries nothing."""
    node, link = centrality.current_flow(4, [(0, 1), (1, 2)], [10.0, 30.0])
    assert list(link) == pytest.approx([2.0, 2.0])  # pairs (0,1) and (0,2) cross 0-1; (1,2) and (0,2) cross 1-2
    assert list(node) == pytest.approx([2.0, 3.0, 2.0, 0.0])


def test_parallel_paths_split_by_conductance():
    """Two routes 0-1-3 (R 1 + 1) and 0-2-3 (R 3 + 3): pair (0, 3) sends 3/4 A along the first route."""
    links = [(0, 1), (1, 3), (0, 2), (2, 3)]
    node, link = centrality.current_flow(4, links, [1.0, 1.0, 3.0, 3.0])
    _, want = reference(4, links, [1.0, 1.0, 3.0, 3.0])
    np.testing.assert_allclose(link, want, rtol=1e-12)
    assert link[0] > link[2]


def test_touching_cores_conduct_almost_freely():
    node, link = centrality.current_flow(3, [(0, 1), (1, 2)], [0.0, 100.0])
    _, want = reference(3, [(0, 1), (1, 2)], [1e-4, 100.0])
    np.testing.assert_allclose(link, want, rtol=1e-6)
