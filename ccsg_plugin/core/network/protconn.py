"""ProtConn, the protected connected land indicator (Saura et al. 2017, Ecological Indicators 76: 144-158).

Nodes are protected units: cores that touch or overlap (distance 0) are one unit, as Saura et al. dissolve them.
A unit's area a is its area inside the region; a unit wholly outside the region has a = 0 and only serves as a
stepping stone (the transboundary part). With A_L the region's area:
    EC = sqrt(sum_ij a_i a_j p*_ij)     ProtConn = 100 EC / A_L     Prot = 100 sum a_i / A_L
    ProtUnconn = Prot - ProtConn
and the parts of ProtConn, in percent of ProtConn (they add up to 100):
    Prot_frac  = 100 sqrt(sum a_unit^2) / EC                  (movement within protected units)
    Within     = 100 sqrt(sum a_core^2) sqrt(sum a_unit / sum a_core) / EC   (within single cores)
    Contig     = Prot_frac - Within                             (across touching cores)
    Trans      = 100 (EC - EC without the units outside the region) / EC
    Unprot     = 100 - Prot_frac - Trans                        (through unprotected land)
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.network import paths
from ccsg_plugin.core.text import tr


@dataclass
class ProtConnResult:
    protconn: float
    prot: float
    prot_unconn: float
    ec: float
    within: float
    contig: float
    unprot: float
    trans: float


def units_of(touching: np.ndarray) -> np.ndarray:
    """Unit label (0-based) of each core: cores joined by touching (distance 0) links are one unit."""
    return paths.components(np.asarray(touching, dtype=bool)) - 1


def protconn(region_area: float, core_area_in: np.ndarray, unit: np.ndarray, unit_area_in: np.ndarray,
             unit_probability: np.ndarray, outside: np.ndarray) -> ProtConnResult:
    """ProtConn and its parts.

    region_area: A_L; core_area_in: each core's area inside the region; unit: each core's unit (0..u-1);
    unit_area_in: each unit's area inside the region (its dissolved area, overlaps counted once);
    unit_probability: u x u direct dispersal probability between units; outside: units wholly outside the region."""
    if not (math.isfinite(region_area) and region_area > 0):
        raise CcsgError(tr("The region has no area; choose a polygon layer that covers the study region."))
    g = np.asarray(unit_area_in, dtype=float)
    a = np.asarray(core_area_in, dtype=float)
    if g.sum() <= 0:
        raise CcsgError(tr("No core area lies inside the region, so ProtConn is 0 and its parts are undefined; "
                           "check that the region and the cores overlap."))
    p = np.array(unit_probability, dtype=float)
    np.fill_diagonal(p, 1.0)
    pstar = paths.max_product(p)
    ec = math.sqrt(float(g.dot(pstar.dot(g))))
    inside = ~np.asarray(outside, dtype=bool)
    sub = p[np.ix_(inside, inside)]
    ec_inside = math.sqrt(float(g[inside].dot(paths.max_product(sub).dot(g[inside]))))
    prot_frac = 100.0 * math.sqrt(float((g * g).sum())) / ec
    within = 100.0 * math.sqrt(float((a * a).sum())) * math.sqrt(g.sum() / a.sum()) / ec
    trans = 100.0 * (ec - ec_inside) / ec
    protconn_value = 100.0 * ec / region_area
    prot = 100.0 * g.sum() / region_area
    return ProtConnResult(
        protconn=protconn_value, prot=prot, prot_unconn=prot - protconn_value, ec=ec, within=min(within, 100.0),
        contig=max(prot_frac - within, 0.0), unprot=max(100.0 - prot_frac - trans, 0.0), trans=trans)
