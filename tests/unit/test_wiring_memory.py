"""The input doctor's memory estimate against the peak measured (tracemalloc) on small real corridor runs."""

from __future__ import annotations

import tracemalloc

import numpy as np
import pytest
from shapely.geometry import box

from ccsg_plugin.core.doctor import run as doc
from ccsg_plugin.core.doctor.run import CoreFacts, CrsFacts, DoctorInputs, GridFacts, Options
from ccsg_plugin.core.engine import corridors

H, W, CELL = 200, 300, 10.0


def _cores(n):
    masks, geoms = {}, {}
    for i in range(n):
        r, c = (i % 3) * 70 + 10, (i // 3) * 140 + 10
        m = np.zeros((H, W), bool)
        m[r:r + 20, c:c + 20] = True
        masks[i + 1] = m
        geoms[i + 1] = box(c * CELL, (H - r - 20) * CELL, (c + 20) * CELL, (H - r) * CELL)
    return masks, geoms


@pytest.mark.parametrize("n_cores, neighbours, cutoff", [(2, 8, 0.0), (6, 8, 0.0), (6, 16, 5000.0)])
def test_memory_estimate_covers_the_measured_peak(n_cores, neighbours, cutoff, tmp_path):
    res = np.random.default_rng(1).uniform(1, 10, (H, W))
    masks, geoms = _cores(n_cores)
    tracemalloc.start()
    try:
        base = tracemalloc.get_traced_memory()[0]
        result = corridors.least_cost_corridors(res, masks, geoms, (CELL, CELL), neighbours=neighbours,
                                                width_cutoff=cutoff, clip=False,  # clip=False: the kept-run mode
                                                spill_folder=str(tmp_path))  # as the algorithm runs it
        measured = tracemalloc.get_traced_memory()[1] - base
    finally:
        tracemalloc.stop()
    assert len(result.links) == n_cores * (n_cores - 1) // 2
    inp = DoctorInputs(
        resistance_crs=CrsFacts("res", "EPSG:3310", False), resistance_grid=GridFacts("res", 0.0, H * CELL, CELL,
                                                                                      CELL, W, H),
        resistance_values=None, resistance_name="res", cores_name="cores", id_field="core_id",
        cores=[CoreFacts(i, cid, geoms[cid]) for i, cid in enumerate(geoms)], free_memory_bytes=8 * 1024**3,
        options=Options(neighbours=neighbours, width_cutoff=cutoff),
    )
    estimated, _seconds, pairs = doc.estimate(inp)
    assert pairs == len(result.links)
    assert estimated >= measured, (estimated / (H * W), measured / (H * W))
