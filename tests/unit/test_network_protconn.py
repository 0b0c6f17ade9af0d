"""ProtConn (Saura et al. 2017) on synthetic regions with values worked out by hand."""

from __future__ import annotations

import math

import numpy as np
import pytest

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.network import protconn as pcn


def run(region, core_area, unit, unit_area, prob, outside):
    return pcn.protconn(region, np.array(core_area, float), np.array(unit), np.array(unit_area, float),
                        np.array(prob, float), np.array(outside, bool))


def test_one_protected_area_is_fully_connected():
    got = run(1000.0, [120.0], [0], [120.0], [[1.0]], [False])
    assert got.prot == pytest.approx(12.0)
    assert got.protconn == pytest.approx(got.prot)
    assert got.prot_unconn == pytest.approx(0.0)
    assert (got.within, got.contig, got.unprot, got.trans) == pytest.approx((100.0, 0.0, 0.0, 0.0))


def test_two_unconnected_areas_count_alone():
    got = run(1000.0, [30.0, 40.0], [0, 1], [30.0, 40.0], [[1, 0], [0, 1]], [False, False])
    assert got.protconn == pytest.approx(100 * math.sqrt(30 ** 2 + 40 ** 2) / 1000)  # 5 %
    assert got.prot == pytest.approx(7.0)
    assert got.prot_unconn == pytest.approx(2.0)
    assert got.within == pytest.approx(100.0)
    assert got.unprot == pytest.approx(0.0, abs=1e-12)


def test_link_through_unprotected_land():
    p = 0.3
    got = run(500.0, [30.0, 40.0], [0, 1], [30.0, 40.0], [[1, p], [p, 1]], [False, False])
    ec = math.sqrt(30 ** 2 + 40 ** 2 + 2 * 30 * 40 * p)
    assert got.protconn == pytest.approx(100 * ec / 500)
    assert got.within == pytest.approx(100 * 50 / ec)
    assert got.contig == pytest.approx(0.0, abs=1e-12)
    assert got.unprot == pytest.approx(100 - 100 * 50 / ec)
    assert got.within + got.contig + got.unprot + got.trans == pytest.approx(100.0)


def test_touching_cores_are_one_unit():
    """Cores 0 and 1 touch (one unit of 70), core 2 is apart (p = 0.2 from the unit)."""
    unit = pcn.units_of(np.array([[0, 1, 0], [1, 0, 0], [0, 0, 0]], bool))
    assert list(unit) == [0, 0, 1]
    got = run(1000.0, [30.0, 40.0, 10.0], unit, [70.0, 10.0], [[1, 0.2], [0.2, 1]], [False, False])
    ec = math.sqrt(70 ** 2 + 10 ** 2 + 2 * 70 * 10 * 0.2)
    within = 100 * math.sqrt(30 ** 2 + 40 ** 2 + 10 ** 2) / ec
    prot_frac = 100 * math.sqrt(70 ** 2 + 10 ** 2) / ec
    assert got.within == pytest.approx(within)
    assert got.contig == pytest.approx(prot_frac - within)
    assert got.unprot == pytest.approx(100 - prot_frac)


def test_stepping_stone_outside_the_region_is_transboundary():
    """Units 0, 1 inside (a = 50 each, no direct link), unit 2 outside (a = 0) links both with p = 0.5."""
    prob = [[1, 0, 0.5], [0, 1, 0.5], [0.5, 0.5, 1]]
    got = run(1000.0, [50.0, 50.0, 0.0], [0, 1, 2], [50.0, 50.0, 0.0], prob, [False, False, True])
    ec = math.sqrt(2 * 50 ** 2 + 2 * 50 * 50 * 0.25)
    ec_inside = math.sqrt(2 * 50 ** 2)
    assert got.protconn == pytest.approx(100 * ec / 1000)
    assert got.trans == pytest.approx(100 * (ec - ec_inside) / ec)
    assert got.within + got.contig + got.unprot + got.trans == pytest.approx(100.0)


def test_no_area_inside_the_region():
    with pytest.raises(CcsgError, match="inside the region"):
        run(1000.0, [0.0, 0.0], [0, 1], [0.0, 0.0], [[1, 0], [0, 1]], [True, True])
