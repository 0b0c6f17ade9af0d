"""Linkage priority against a step-by-step reference of Linkage Mapper's formulas, written with plain loops."""

from __future__ import annotations

import numpy as np
import pytest

from ccsg_plugin.core.network import priority as lp


def ref_score_range(values, invert=False):
    lo, hi = min(values), max(values)
    out = []
    for x in values:
        if hi <= 0:
            out.append(0.0)
        elif hi == lo:
            out.append(1.0)
        else:
            out.append((hi - x) / (hi - lo) if invert else (x - lo) / (hi - lo))
    return out


def ref_max(values, invert=False):
    lo, hi = min(values), max(values)
    if hi <= 0:
        return [0.0] * len(values)
    return [(hi + lo - x) / hi if invert else x / hi for x in values]


def test_normalisations():
    assert list(lp.score_range([2.0, 4.0, 6.0])) == pytest.approx([0, 0.5, 1])
    assert list(lp.score_range([2.0, 4.0, 6.0], invert=True)) == pytest.approx([1, 0.5, 0])
    assert list(lp.max_value([2.0, 4.0, 8.0])) == pytest.approx([0.25, 0.5, 1])
    assert list(lp.max_value([2.0, 4.0, 8.0], invert=True)) == pytest.approx([1, 0.75, 0.25])
    assert list(lp.score_range([3.0, 3.0])) == [1.0, 1.0]
    assert list(lp.max_value([0.0, 0.0])) == [0.0, 0.0]


def test_core_and_link_values_follow_the_formulas():
    rng = np.random.default_rng(3)
    w = lp.Weights(resistance=0.2, size=0.3, area_perimeter=0.1, core_expert=0.25, centrality=0.15, closeness=0.3,
                   permeability=0.2, core_value=0.4, link_expert=0.1)
    mean_res = list(rng.uniform(1, 50, 5))
    area = list(rng.uniform(1e4, 1e6, 5))
    perim = list(rng.uniform(500, 5000, 5))
    expert = list(rng.uniform(0, 10, 5))
    cfc = list(rng.uniform(0, 30, 5))
    got = lp.core_values(mean_res, area, perim, w, expert=expert, centrality=cfc)
    nres, nsize = ref_max(mean_res, True), ref_max(area)
    nap, nexp, ncfc = ref_max([a / p for a, p in zip(area, perim)]), ref_max(expert), ref_max(cfc)
    cav = [0.2 * nres[i] + 0.3 * nsize[i] + 0.1 * nap[i] + 0.25 * nexp[i] + 0.15 * ncfc[i] for i in range(5)]
    assert list(got.cav) == pytest.approx(cav)
    assert list(got.norm_cav) == pytest.approx(ref_score_range(cav))

    pairs = [(0, 1), (1, 2), (2, 4), (0, 3)]
    length = [1200.0, 800.0, 2500.0, 900.0]
    lcd_per_path = [12.0, 30.0, 8.0, 20.0]
    link_expert = [1.0, 0.0, 3.0, 2.0]
    links = lp.link_values(length, lcd_per_path, [got.norm_cav[a] for a, _ in pairs],
                           [got.norm_cav[b] for _, b in pairs], w, expert=link_expert)
    close, perm, nexp_l = ref_score_range(length, True), ref_score_range(lcd_per_path, True), \
        ref_score_range(link_expert)
    ncav = ref_score_range(cav)
    csp = [0.3 * close[e] + 0.2 * perm[e] + 0.4 * (ncav[a] + ncav[b]) / 2 + 0.1 * nexp_l[e]
           for e, (a, b) in enumerate(pairs)]
    assert list(links.rel_close) == pytest.approx(close)
    assert list(links.rel_perm) == pytest.approx(perm)
    assert list(links.csp) == pytest.approx(csp)
    assert list(links.csp_norm) == pytest.approx([c / max(csp) for c in csp])


def test_blended_priority_is_the_cellwise_maximum():
    w = lp.Weights(truncated=0.6, csp=0.4)
    v1 = np.array([[0.0, 50.0, 120.0], [20.0, 100.0, np.inf]])
    v2 = np.array([[80.0, 10.0], [0.0, 60.0]])
    corridors = [((0, 2, 0, 3), v1, 100.0), ((0, 2, 1, 3), v2, np.inf)]
    got = lp.blended_priority((3, 3), corridors, [1.0, 0.5], w)
    want = np.full((3, 3), np.nan)
    for (r0, r1, c0, c1), values, cutoff in corridors:
        csp = 1.0 if cutoff == 100.0 else 0.5
        top = cutoff if np.isfinite(cutoff) else 80.0  # the second corridor has no cutoff: its largest value
        for r in range(r1 - r0):
            for c in range(c1 - c0):
                x = values[r, c]
                if np.isfinite(x) and x <= top:
                    value = 0.6 * (1 - x / top) + 0.4 * csp
                    cell = want[r0 + r, c0 + c]
                    want[r0 + r, c0 + c] = value if np.isnan(cell) else max(cell, value)
    np.testing.assert_allclose(got, want, equal_nan=True)
    # 120 is beyond corridor 1's cutoff: the cell takes corridor 2's value alone
    assert got[0, 2] == pytest.approx(0.6 * (1 - 10 / 80) + 0.4 * 0.5)
    assert np.isnan(got[2]).all()
