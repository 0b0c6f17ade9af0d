"""River connectivity (DCI, Cote et al. 2009): hand-computed networks, property tests, and brute-force references
(every simple path enumerated) for the maximum-product connectivities and the barrier-removal gains."""

from __future__ import annotations

import math
import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.rivers import dci
from ccsg_plugin.core.rivers.analysis import river_connectivity


def brute_c(n, edges):
    """c_ij: the best product over every simple path (depth-first enumeration), c_ii = 1."""
    adj = {i: [] for i in range(n)}
    for a, b, p in edges:
        adj[a].append((b, p))
        adj[b].append((a, p))
    c = np.zeros((n, n))
    for s in range(n):
        stack = [(s, 1.0, {s})]
        while stack:
            x, prod, seen = stack.pop()
            c[s, x] = max(c[s, x], prod)
            for y, p in adj[x]:
                if y not in seen:
                    stack.append((y, prod * p, seen | {y}))
    return c


def brute_dci(w, edges, outlet):
    w = np.asarray(w, float) / np.sum(w)
    c = brute_c(len(w), edges)
    return 100 * sum(c[i, j] * w[i] * w[j] for i in range(len(w)) for j in range(len(w))), \
        100 * sum(c[i, outlet] * w[i] for i in range(len(w)))


def brute_gains(w, edges, outlet):
    base_p, base_d = brute_dci(w, edges, outlet)
    out = []
    for k in range(len(edges)):
        opened = [(a, b, 1.0 if i == k else p) for i, (a, b, p) in enumerate(edges)]
        gp, gd = brute_dci(w, opened, outlet)
        out.append((gp - base_p, gd - base_d))
    return out


# The network, digitised downstream towards the outlet at (0, 0): lower main stem (100,0)->(0,0) with
# barrier X at (50,0); upper main stem (200,0)->(100,0); tributary (100,100)->(100,0) with barrier Y at (100,50).
# Sections: S1 = lower half of the lower stem (50, holds the outlet), S2 = the rest of the stems and the lower half of
# the tributary (50 + 100 + 50 = 200), S3 = upper half of the tributary (50). X joins S1-S2, Y joins S2-S3.
STEM = [[(100, 0), (0, 0)], [(200, 0), (100, 0)], [(100, 100), (100, 0)]]
BARRIERS = [(50, 0), (100, 50)]


def hand(px, py):
    w1, w2, w3 = 50 / 300, 200 / 300, 50 / 300
    dci_p = 100 * (w1 ** 2 + w2 ** 2 + w3 ** 2 + 2 * (w1 * w2 * px + w2 * w3 * py + w1 * w3 * px * py))
    dci_d = 100 * (w1 + w2 * px + w3 * px * py)
    gain_p = (100 * 2 * (1 - px) * (w1 * w2 + w1 * w3 * py), 100 * 2 * (1 - py) * (w2 * w3 + w1 * w3 * px))
    gain_d = (100 * (1 - px) * (w2 + w3 * py), 100 * w3 * px * (1 - py))
    return dci_p, dci_d, gain_p, gain_d


@pytest.mark.parametrize("px, py", [(0.5, 0.0), (0.0, 0.5), (0.2, 0.7), (1.0, 0.3)])
def test_three_sections_by_hand(px, py):
    r = river_connectivity(STEM, 1.0, BARRIERS, [px, py])
    dci_p, dci_d, gain_p, gain_d = hand(px, py)
    assert r.part_dci_p[0] == pytest.approx(dci_p)
    assert r.part_dci_d[0] == pytest.approx(dci_d)
    assert r.gain_p == pytest.approx(gain_p)
    assert r.gain_d == pytest.approx(gain_d)
    assert sorted(r.net.section_length) == pytest.approx([50, 50, 200])
    assert r.part_sections[0] == 3 and r.part_length[0] == pytest.approx(300)


def test_rankings_differ():
    # px = 0.5, py = 0: opening the closed tributary barrier Y gains most for DCI_p (25 vs 11.1 points), opening
    # the main-stem barrier X most for DCI_d (33.3 vs 8.3): the potamodromous and diadromous priorities differ.
    r = river_connectivity(STEM, 1.0, BARRIERS, [0.5, 0.0])
    _, _, gain_p, gain_d = hand(0.5, 0.0)
    assert gain_p[1] > gain_p[0] and gain_d[0] > gain_d[1]
    assert list(r.rank_p) == [2, 1]
    assert list(r.rank_d) == [1, 2]
    # c_outlet per section: S1 = 1, S2 = 0.5, S3 = 0
    assert sorted(r.c_outlet) == pytest.approx([0.0, 0.5, 1.0])
    assert r.c_outlet[np.argmax(r.net.section_length)] == pytest.approx(0.5)


def test_no_barriers_is_100():
    r = river_connectivity(STEM, 1.0, np.zeros((0, 2)), [])
    assert r.part_dci_p[0] == 100 and r.part_dci_d[0] == 100


@settings(max_examples=40, deadline=None)
@given(st.floats(1, 1000), st.floats(1, 1000))
def test_one_closed_barrier_splits_a_and_b(a, b):
    r = river_connectivity([[(a + b, 0.0), (0.0, 0.0)]], 0.0, [(a, 0.0)], [0.0])
    assert r.part_dci_p[0] == pytest.approx(100 * (a * a + b * b) / (a + b) ** 2)
    assert r.part_dci_d[0] == pytest.approx(100 * a / (a + b))  # the outlet section is the one of length a


@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.floats(1, 199), st.floats(-1, 1)), min_size=1, max_size=8))
def test_passability_one_everywhere_is_100(places):
    pts = [(x, 0.0) if y >= 0 else (100.0, min(99.0, abs(y) * 100 + 1)) for x, y in places]
    r = river_connectivity(STEM, 0.5, pts, [1.0] * len(pts))
    assert r.part_dci_p[0] == pytest.approx(100) and r.part_dci_d[0] == pytest.approx(100)
    assert np.allclose(r.gain_p, 0) and np.allclose(r.gain_d, 0)


def test_braided_reach_takes_the_best_channel():
    # Outlet line (100,0)->(0,0) with a barrier (0.5) at (50,0); two channels from (200,0) to (100,0) over
    # (150,50) and (150,-50) with barriers 0.3 and 0.6 at those vertices; an upstream line (300,0)->(200,0).
    h = math.hypot(50, 50)
    lines = [[(100, 0), (0, 0)], [(200, 0), (150, 50), (100, 0)], [(200, 0), (150, -50), (100, 0)],
             [(300, 0), (200, 0)]]
    r = river_connectivity(lines, 0.0, [(50, 0), (150, 50), (150, -50)], [0.5, 0.3, 0.6])
    l_out, l_mid, l_up = 50, 50 + 2 * h, 2 * h + 100
    assert sorted(r.net.section_length) == pytest.approx(sorted([l_out, l_mid, l_up]))
    edges = [(0, 1, 0.5), (1, 2, 0.3), (1, 2, 0.6)]
    exp_p, exp_d = brute_dci([l_out, l_mid, l_up], edges, 0)
    w = np.array([l_out, l_mid, l_up]) / (l_out + l_mid + l_up)
    c = np.array([[1, 0.5, 0.3], [0.5, 1, 0.6], [0.3, 0.6, 1]])  # by hand: the 0.6 channel is the better path
    assert exp_p == pytest.approx(100 * w @ c @ w)
    assert r.part_dci_p[0] == pytest.approx(exp_p)
    assert r.part_dci_d[0] == pytest.approx(exp_d)
    gains = brute_gains([l_out, l_mid, l_up], edges, 0)
    assert r.gain_p == pytest.approx([g[0] for g in gains])
    assert r.gain_d == pytest.approx([g[1] for g in gains])
    # opening either channel fully makes the braid fully passable: the same gain from either barrier
    assert r.gain_p[1] == pytest.approx(r.gain_p[2]) and r.gain_p[1] > 0


@settings(max_examples=int(os.environ.get("RIVER_EXAMPLES", "100")), deadline=None)
@given(st.data())
def test_tree_and_general_solvers_match_brute_force(data):
    n = data.draw(st.integers(2, 9))
    edges = [(i, data.draw(st.integers(0, i - 1)), data.draw(st.sampled_from([0.0, 0.25, 0.5, 0.9, 1.0])))
             for i in range(1, n)]
    if data.draw(st.booleans()):  # add loops (braids) and a self-loop
        for _ in range(data.draw(st.integers(1, 3))):
            edges.append((data.draw(st.integers(0, n - 1)), data.draw(st.integers(0, n - 1)),
                          data.draw(st.floats(0, 1))))
    w = [data.draw(st.floats(0.5, 10)) for _ in range(n)]
    outlet = data.draw(st.integers(0, n - 1))
    u, v, p = (np.array(x) for x in zip(*edges))
    res = dci.part_dci(w, u, v, p, outlet)
    exp_p, exp_d = brute_dci(w, edges, outlet)
    assert res.dci_p == pytest.approx(exp_p) and res.dci_d == pytest.approx(exp_d)
    gains = brute_gains(w, edges, outlet)
    assert res.gain_p == pytest.approx([g[0] for g in gains], abs=1e-9)
    assert res.gain_d == pytest.approx([g[1] for g in gains], abs=1e-9)
    c = dci._outlet_products(n, u[u != v], v[u != v], p[u != v], outlet)  # Dijkstra on products
    assert c == pytest.approx(brute_c(n, edges)[:, outlet])


def test_mixed_directions_need_the_outlet():
    flipped = [STEM[0], STEM[1][::-1], STEM[2]]  # the upper stem points upstream: two ends without outflow
    with pytest.raises(CcsgError, match="No outlet found"):
        river_connectivity(flipped, 1.0, BARRIERS, [0.5, 0.0])
    flipped = [STEM[0][::-1], STEM[1], STEM[2][::-1]]  # now the tributary's head looks like the only outlet
    wrong = river_connectivity(flipped, 1.0, BARRIERS, [0.5, 0.0])
    assert wrong.part_dci_d[0] == pytest.approx(100 * (50 / 300))
    r = river_connectivity(flipped, 1.0, BARRIERS, [0.5, 0.0], outlet_xy=[(0.3, 0.2)])
    dci_p, dci_d, gain_p, gain_d = hand(0.5, 0.0)
    assert r.part_dci_d[0] == pytest.approx(dci_d) and r.gain_d == pytest.approx(gain_d)
    # The outlet point chooses the outlet section: at the tributary's head DCI_d is counted from there.
    r2 = river_connectivity(flipped, 1.0, BARRIERS, [0.5, 0.0], outlet_xy=[(100, 100)])
    assert r2.part_dci_d[0] == pytest.approx(100 * (50 / 300))  # Y is closed: only S3 reaches it
    with pytest.raises(CcsgError, match="more than the snap"):
        river_connectivity(flipped, 1.0, BARRIERS, [0.5, 0.0], outlet_xy=[(0, 5)])


def test_snapping_exactly_at_the_tolerance():
    tol = 0.5
    gap = [[(100, 0), (0, 0)], [(200, 0), (100.5, 0)]]  # end points exactly 0.5 apart
    joined = river_connectivity(gap, tol, [(150, 0.5)], [0.0])  # barrier exactly 0.5 off the line: used
    assert joined.net.n_parts == 1 and joined.used[0]
    assert joined.part_dci_p[0] == pytest.approx(100 * (149.5 ** 2 + 50 ** 2) / 199.5 ** 2)  # 100 + 49.5 | 50
    apart = river_connectivity(gap, np.nextafter(tol, 0), [(150, 0.5)], [0.0])
    assert apart.net.n_parts == 2
    off = river_connectivity(gap, tol - 1e-6, [(150, 0.5)], [0.0])
    assert not off.used[0]
    assert any("not used" in m for m in off.messages)
    assert np.isnan(off.gain_p[0]) and off.rank_p[0] == 0 and off.distance[0] == pytest.approx(0.5)


def test_disconnected_network_is_reported_per_part():
    far = [[(1100, 0), (1000, 0)]]  # a second river, 900 units away, with its own barrier
    r = river_connectivity(STEM + far, 1.0, [*BARRIERS, (1030, 0)], [0.5, 0.0, 0.0])
    assert r.net.n_parts == 2
    assert any("2 separate networks" in m for m in r.messages)
    one = int(r.barrier_part[0])
    dci_p, dci_d, _, _ = hand(0.5, 0.0)
    assert r.part_dci_p[one] == pytest.approx(dci_p) and r.part_dci_d[one] == pytest.approx(dci_d)
    assert r.part_dci_p[1 - one] == pytest.approx(100 * (30 ** 2 + 70 ** 2) / 100 ** 2)
    assert r.part_dci_d[1 - one] == pytest.approx(30)


def test_passability_outside_range_names_the_feature():
    with pytest.raises(CcsgError, match="barriers 17 have a passability outside"):
        river_connectivity(STEM, 1.0, BARRIERS, [0.5, 1.2], barrier_ids=[3, 17])
    missing = river_connectivity(STEM, 1.0, BARRIERS, [0.5, None])
    closed = river_connectivity(STEM, 1.0, BARRIERS, [0.5, 0.0])
    assert missing.part_dci_p[0] == closed.part_dci_p[0] and missing.passability[1] == 0


def test_weights_multiply_lengths():
    r = river_connectivity(STEM, 1.0, BARRIERS, [0.5, 0.0], weights=[1.0, 2.0, 0.5])
    # S1 = 50*1, S2 = 50*1 + 100*2 + 50*0.5, S3 = 50*0.5
    exp_p, exp_d = brute_dci([50, 275, 25], [(0, 1, 0.5), (1, 2, 0.0)], 0)
    assert r.part_dci_p[0] == pytest.approx(exp_p) and r.part_dci_d[0] == pytest.approx(exp_d)
    with pytest.raises(CcsgError, match="lines 1 have no habitat weight"):
        river_connectivity(STEM, 1.0, BARRIERS, [0.5, 0.0], weights=[1.0, None, 0.5])
