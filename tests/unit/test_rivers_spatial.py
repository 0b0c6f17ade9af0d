"""Snapping on a hashed grid against brute force over every pair: end-point clusters and nearest segments."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from ccsg_plugin.core.rivers.spatial import components, nearest_segments, point_segment_distance, snap_clusters


def brute_clusters(points, tol):
    n = len(points)
    label = list(range(n))

    def find(i):
        while label[i] != i:
            i = label[i]
        return i
    for i in range(n):
        for j in range(i + 1, n):
            if np.hypot(*(points[i] - points[j])) <= tol:
                label[find(j)] = find(i)
    return [find(i) for i in range(n)]


def same_partition(a, b):
    a, b = list(a), list(b)
    return all((a[i] == a[j]) == (b[i] == b[j]) for i in range(len(a)) for j in range(len(a)))


@settings(max_examples=80, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 60), st.sampled_from([0.0, 0.3, 1.0, 2.5]))
def test_snap_clusters_match_brute_force(seed, n, tol):
    rng = np.random.default_rng(seed)
    pts = np.round(rng.uniform(0, 10, (n, 2)), 1)  # rounded: many pairs exactly at the tolerance
    assert same_partition(snap_clusters(pts, tol), brute_clusters(pts, tol))


def test_components_of_a_long_chain():
    n = 5000
    labels = components(n, np.arange(n - 1)[::-1], np.arange(1, n)[::-1])
    assert (labels == 0).all()
    labels = components(6, np.array([0, 4]), np.array([2, 5]))
    assert same_partition(labels, [0, 1, 0, 3, 4, 4])


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10_000), st.integers(1, 40), st.integers(1, 30), st.floats(0.1, 3))
def test_nearest_segments_match_brute_force(seed, n_seg, n_pts, tol):
    rng = np.random.default_rng(seed)
    a = rng.uniform(0, 20, (n_seg, 2))
    b = a + rng.normal(0, 3, (n_seg, 2))
    pts = rng.uniform(0, 20, (n_pts, 2))
    seg, dist, _ = nearest_segments(pts, a, b, tol)
    d_all, _ = point_segment_distance(pts[:, None, :], a[None], b[None])
    best = d_all.min(axis=1)
    assert np.allclose(dist, best)
    within = best <= tol
    assert ((seg >= 0) == within).all()
    assert np.allclose(d_all[np.flatnonzero(within), seg[within]], best[within])
