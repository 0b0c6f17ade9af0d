"""A small corridor run kept in a folder, for the restoration and crossing algorithm tests."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from qgis import processing

from tests.qgis.lcp_helpers import cell_rect_wkt, memory_layer, write_tif

ORIGIN = (500000.0, 4000000.0)
CELL = 10.0


def x_of(col: float) -> float:
    return ORIGIN[0] + col * CELL


def y_of(row: float) -> float:
    return ORIGIN[1] - row * CELL


def wall_resistance() -> np.ndarray:
    """Resistance 1 with a wall of 1000 (columns 19-21) open only in rows 0-2: the least-cost link detours."""
    res = np.ones((31, 41))
    res[3:, 19:22] = 1000.0
    return res


def core_masks(shape, blocks) -> dict:
    masks = {}
    for cid, (r0, r1, c0, c1) in blocks.items():
        m = np.zeros(shape, bool)
        m[r0:r1, c0:c1] = True
        masks[cid] = m
    return masks


TWO_CORES = {1: (24, 29, 2, 5), 2: (24, 29, 36, 39)}
THREE_CORES = {1: (24, 29, 2, 5), 2: (24, 29, 36, 39), 3: (2, 6, 30, 34)}


def corridor_run(tmp: Path, res: np.ndarray, blocks=None, cutoff: float = 300.0, name: str = "run") -> dict:
    """Write the resistance, run ccsg:leastcostcorridors keeping its folder; returns paths and masks."""
    blocks = blocks or TWO_CORES
    tmp.mkdir(parents=True, exist_ok=True)
    res_path = write_tif(tmp / f"{name}_res.tif", res, ORIGIN, (CELL, CELL))
    cores = memory_layer("Polygon", "EPSG:32633", [(cell_rect_wkt(*b, origin=ORIGIN, cell=(CELL, CELL)), [cid])
                                                   for cid, b in blocks.items()])
    folder = tmp / name
    processing.run("ccsg:leastcostcorridors", {
        "CORES": cores, "CORE_ID_FIELD": "core_id", "RESISTANCE": res_path, "WIDTH_CUTOFF": cutoff,
        "OUTPUT_CORRIDORS": str(tmp / f"{name}_corridors.tif"), "OUTPUT_PATHS": str(tmp / f"{name}_paths.gpkg"),
        "OUTPUT_POLYGONS": str(tmp / f"{name}_polygons.gpkg"), "OUTPUT_CWD_FOLDER": str(folder)})
    return {"folder": str(folder), "resistance": res_path, "masks": core_masks(res.shape, blocks),
            "corridors": str(tmp / f"{name}_corridors.tif")}
