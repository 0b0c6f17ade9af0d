"""PC, EC, IIC, dPC (and its intra / flux / connector fractions), dIIC, dPC_link and components against brute force:
every simple path enumerated for p* and for the topological distance, each node and link removed and recomputed."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.network import indices, paths
from tests.unit import network_refs as ref


def random_network(seed, n=6, density=0.6):
    rng = np.random.default_rng(seed)
    a = rng.uniform(1, 50, n)
    d = np.full((n, n), np.inf)
    links = []
    for i in range(n):
        for j in range(i + 1, n):
            if rng.random() < density:
                d[i, j] = d[j, i] = rng.uniform(0, 3000)
                links.append((i, j))
    return a, d, links


def brute(a, d, links, dispersal, prob, threshold, area_l):
    n = len(a)
    k = -math.log(prob) / dispersal
    probs = {(i, j): math.exp(-k * d[i, j]) for i, j in links}
    ps = ref.pstar(n, probs)
    num = ref.numerator(a, ps)
    out = {"pc": num / area_l ** 2, "ec": math.sqrt(num), "dpc": [], "intra": [], "flux": [], "connector": []}
    for kk in range(n):
        ps_k = ref.pstar(n, probs, removed_node=kk)
        out["dpc"].append(100 * (num - ref.numerator(a, ps_k, skip=kk)) / num)
        out["intra"].append(100 * a[kk] ** 2 / num)
        out["flux"].append(100 * sum(a[kk] * a[j] * ps[kk][j] + a[j] * a[kk] * ps[j][kk]
                                     for j in range(n) if j != kk) / num)
        # connector straight from its definition: what the other pairs lose without k
        out["connector"].append(100 * sum(a[i] * a[j] * (ps[i][j] - ps_k[i][j]) for i in range(n) for j in range(n)
                                          if kk not in (i, j)) / num)
    out["link_dpc"] = [100 * (num - ref.numerator(a, ref.pstar(n, probs, removed_edge=e))) / num for e in links]
    binary = {e for e in links if d[e] <= threshold}
    h = ref.hops(n, binary)
    inum = ref.iic_numerator(a, h)
    out["iic"] = inum / area_l ** 2
    out["diic"] = [100 * (inum - ref.iic_numerator(a, ref.hops(n, binary, removed_node=kk), skip=kk)) / inum
                   for kk in range(n)]
    return out


@pytest.mark.parametrize("seed", range(8))
def test_indices_match_brute_force(seed):
    a, d, links = random_network(seed)
    threshold = 1500.0
    got = indices.network_indices(a, d, links, 1000.0, 0.5, threshold, landscape_area=400.0)
    want = brute(a, d, links, 1000.0, 0.5, threshold, 400.0)
    assert got.pc == pytest.approx(want["pc"], rel=1e-10)
    assert got.ec == pytest.approx(want["ec"], rel=1e-10)
    assert got.iic == pytest.approx(want["iic"], rel=1e-10)
    for name, field in (("dpc", "dpc"), ("intra", "dpc_intra"), ("flux", "dpc_flux"), ("connector", "dpc_connector"),
                        ("diic", "diic")):
        np.testing.assert_allclose(getattr(got, field), want[name], rtol=1e-8, atol=1e-9, err_msg=name)
    np.testing.assert_allclose(got.link_dpc, want["link_dpc"], rtol=1e-8, atol=1e-9)
    np.testing.assert_allclose(got.dpc_intra + got.dpc_flux + got.dpc_connector, got.dpc, rtol=1e-10)


def test_line_of_three_by_hand():
    """a = 1, 1, 1; p(0,1) = p(1,2) = 0.5, p(0,2) = 0.1 (distance such that it is): p*(0,2) = 0.25 through core 1.

    num = 3 + 2 (0.5 + 0.5 + 0.25) = 5.5; without core 1: 2 + 2 * 0.1 = 2.2 -> dPC = 60 %, intra 1/5.5, flux
    2 (0.5 + 0.5) / 5.5, connector 2 (0.25 - 0.1) / 5.5; removing link 0-1: p*(0,2) = 0.1 -> num 3 + 2 (0.5 + 0.1 +
    0.5 * 0.1) = 4.3 (0-1 now goes through 2: 0.1 * 0.5)."""
    k = math.log(2) / 100.0
    d01 = 100.0
    d02 = -math.log(0.1) / k
    d = np.full((3, 3), np.inf)
    d[0, 1] = d[1, 0] = d[1, 2] = d[2, 1] = d01
    d[0, 2] = d[2, 0] = d02
    links = [(0, 1), (1, 2), (0, 2)]
    got = indices.network_indices([1, 1, 1], d, links, 100.0, 0.5, 150.0)
    assert got.pc == pytest.approx(5.5 / 9)
    assert got.ec == pytest.approx(math.sqrt(5.5))
    assert got.dpc[1] == pytest.approx(100 * (5.5 - 2.2) / 5.5)
    assert got.dpc_intra[1] == pytest.approx(100 / 5.5)
    assert got.dpc_flux[1] == pytest.approx(100 * 2 / 5.5)
    assert got.dpc_connector[1] == pytest.approx(100 * 0.3 / 5.5)
    assert got.dpc_connector[0] == 0.0
    num_without_01 = 3 + 2 * (0.05 + 0.1 + 0.5)
    assert got.link_dpc[0] == pytest.approx(100 * (5.5 - num_without_01) / 5.5)
    assert got.link_dpc[2] == 0.0  # beaten by the chain through core 1
    # binary graph at 150: links 0-1 and 1-2 only (0-2 is longer) -> nl(0,2) = 2
    assert got.iic == pytest.approx((3 + 2 * (0.5 + 0.5 + 1 / 3)) / 9)
    assert list(got.component) == [1, 1, 1]


def test_threshold_exactly_at_a_link_keeps_it():
    d = np.array([[0, 500.0, np.inf], [500.0, 0, 800.0], [np.inf, 800.0, 0]])
    links = [(0, 1), (1, 2)]
    at = indices.network_indices([1, 2, 3], d, links, 1000.0, 0.5, 800.0)
    below = indices.network_indices([1, 2, 3], d, links, 1000.0, 0.5, 799.999)
    assert list(at.component) == [1, 1, 1] and at.components == 1
    assert list(below.component) == [1, 1, 2] and below.components == 2
    assert at.iic > below.iic


def test_components_of_a_split_network():
    d = np.full((5, 5), np.inf)
    for i, j in ((0, 1), (2, 3)):
        d[i, j] = d[j, i] = 10.0
    got = indices.network_indices([1, 1, 1, 1, 1], d, [(0, 1), (2, 3)], 100.0, 0.5, 100.0)
    assert list(got.component) == [1, 1, 2, 2, 3]
    assert got.components == 3
    # PC is the sum over the separate pieces
    p = 0.5 ** 0.1
    assert got.pc * 25 == pytest.approx(5 + 4 * p)


def test_probability_and_dispersal_distance_set_k():
    assert indices.link_probability(np.array([0.0, 200.0, 400.0, np.inf]), 200.0, 0.5) == pytest.approx(
        [1.0, 0.5, 0.25, 0.0])
    assert indices.link_probability(np.array([300.0]), 300.0, 0.2)[0] == pytest.approx(0.2)


@pytest.mark.parametrize("dispersal, prob", [(0.0, 0.5), (-1.0, 0.5), (100.0, 0.0), (100.0, 1.0), (100.0, 1.5)])
def test_bad_dispersal_parameters(dispersal, prob):
    with pytest.raises(CcsgError, match="dispersal distance|probability"):
        indices.network_indices([1, 1], np.array([[0, 1.0], [1.0, 0]]), [(0, 1)], dispersal, prob, 1.0)


def test_one_core_is_refused():
    with pytest.raises(CcsgError, match="at least two core areas"):
        indices.network_indices([1.0], np.zeros((1, 1)), [], 100.0, 0.5, 1.0)


def test_max_product_is_best_over_paths_on_a_larger_graph():
    rng = np.random.default_rng(5)
    n = 7
    probs = {}
    p = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            if rng.random() < 0.5:
                probs[(i, j)] = p[i, j] = p[j, i] = rng.uniform(0.05, 0.95)
    np.testing.assert_allclose(paths.max_product(p), ref.pstar(n, probs), rtol=1e-12)


@pytest.mark.parametrize("seed", range(4))
def test_hop_counts_without_each_link_match_brute_force(seed):
    """paths.without_each_edge in the topological (fewest links) semiring: the insertion of each link back into the
    closed matrix, and the undo of those insertions, against simple paths enumerated without that link."""
    _a, d, links = random_network(seed, n=7, density=0.5)
    n = 7
    direct = np.full((n, n), np.inf)
    for i, j in links:
        direct[i, j] = direct[j, i] = 1.0
    np.fill_diagonal(direct, 0.0)
    seen = []
    paths.without_each_edge(direct, paths.HOPS, links, lambda m: seen.append(m.copy()) or 0.0)
    assert len(seen) == len(links)
    for e, got in zip(links, seen):
        want = np.array(ref.hops(n, set(links) - {e}), dtype=float)
        np.testing.assert_array_equal(got, want, err_msg=str(e))


def test_max_product_without_each_link_on_a_dense_network_matches_brute_force():
    """Every pair linked (as with edge-to-edge distances): the links reinserted half by half and undone must give, for
    each link left out, the best products of the graph without it."""
    rng = np.random.default_rng(11)
    n = 6
    probs, p = {}, np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            probs[(i, j)] = p[i, j] = p[j, i] = rng.uniform(0.05, 0.95)
    np.fill_diagonal(p, 1.0)
    links = list(probs)
    seen = []
    paths.without_each_edge(p, paths.PRODUCT, links, lambda m: seen.append(m.copy()) or 0.0)
    for e, got in zip(links, seen):
        np.testing.assert_allclose(got, ref.pstar(n, probs, removed_edge=e), rtol=1e-12, err_msg=str(e))
