"""A folder that keeps a corridor run's per-core cost-distance rasters and link table, for quick re-cutting.

Layout: links.json (grid, CRS, parameters, cores with their raster file, window, type and cap, links), cwd_<id>.tif
(the core's window only; float32 when every cost fits one, else float64; NoData where the cost was not computed)
and core_cells.tif (1 = a core cell).
"""

from __future__ import annotations

import json
import math
import os
import re
import shutil
import uuid
from pathlib import Path

import numpy as np
from osgeo import gdal
from qgis.core import QgsCoordinateReferenceSystem

from ccsg_plugin.core.engine.corridors import CoreCostDistance, Link
from ccsg_plugin.core.engine.float32_range import FLOAT32_MAX
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import writers
from ccsg_plugin.gis.raster_io import Grid
from ccsg_plugin.i18n import tr

gdal.UseExceptions()

LINKS_FILE = "links.json"
CORE_CELLS_FILE = "core_cells.tif"
FORMAT_VERSION = 1


def _safe(cid) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]", "_", str(cid))


def planned_files(folder, ids) -> dict:
    """label -> (path, kind) of every file a run with these core ids writes into `folder`, for the output check
    before computing. Ids that become the same file name (`a b` and `a_b`; `A` and `a` on a case-blind disk) are
    refused: one core's raster would replace the other's."""
    folder = Path(folder)
    seen: dict = {}
    planned = {LINKS_FILE: (str(folder / LINKS_FILE), "text"),
               CORE_CELLS_FILE: (str(folder / CORE_CELLS_FILE), "raster")}
    for cid in ids:
        name = f"cwd_{_safe(cid)}.tif"
        other = seen.get(name.casefold())
        if other is not None and other != cid:
            raise CcsgError(tr("The core ids {0} and {1} both become the file name {2} in the cost-distance folder. "
                               "Give the cores ids that differ in letters or digits, not only in spaces, signs or "
                               "case.", repr(str(other)), repr(str(cid)), name))
        seen[name.casefold()] = cid
        planned[name] = (str(folder / name), "raster")
    return planned


def check_folder(folder) -> None:
    """Refuse a folder that holds a run, or the cost-distance rasters of a run that did not finish (no links.json):
    found before computing, not when the first raster would be written."""
    folder = Path(folder)
    if not folder.is_dir():
        return
    writers.clean_stale_partials(folder)  # the staging folder of a killed run
    if (folder / LINKS_FILE).exists():
        raise CcsgError(
            tr("The folder {0} already holds a corridor run ({1}); choose an empty folder.", str(folder), LINKS_FILE)
        )
    leftovers = sorted(p.name for p in folder.iterdir() if p.name == CORE_CELLS_FILE
                       or (p.name.startswith("cwd_") and p.suffix == ".tif"))
    if leftovers:
        shown = ", ".join(leftovers[:5]) + (" ..." if len(leftovers) > 5 else "")
        raise CcsgError(
            tr("The folder {0} holds cost-distance rasters of a run that did not finish ({1}; no {2}). Delete them "
               "or choose an empty folder.", str(folder), shown, LINKS_FILE)
        )


def files_for(folder, cost_distances: dict) -> list:
    folder = Path(folder)
    return [folder / LINKS_FILE, folder / CORE_CELLS_FILE] + [folder / f"cwd_{_safe(c)}.tif" for c in cost_distances]


def storage_type(cwd: np.ndarray) -> str:
    """'float32' when every finite cost fits a 32-bit float (half the disk; about 7 significant digits, so a
    re-cut corridor value is off by at most ~1e-7 of the pair's LCD), else 'float64'. Checked in strips."""
    step = max(1, 4_000_000 // max(1, cwd.shape[1]))
    for r0 in range(0, cwd.shape[0], step):
        block = np.asarray(cwd[r0:r0 + step])
        finite = block[np.isfinite(block)]
        if finite.size and float(np.abs(finite).max()) > FLOAT32_MAX:
            return "float64"
    return "float32"


def save(folder, cost_distances: dict, links: list, grid: Grid, core_cells: np.ndarray, info: dict, guard=None,
         notice=None) -> Path:
    """Write the run into `folder` (created if needed); refuses a folder that already holds a run.

    The rasters are written into a hidden staging folder inside `folder` and moved out once all are written, with
    links.json last: a run killed midway leaves only the staging folder, which the next run removes (its process is
    gone), so it never blocks a rerun into the same folder."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise writers.write_error(folder / LINKS_FILE, exc) from exc
    check_folder(folder)
    staging = folder / f"{writers.PARTIAL_PREFIX}{os.getpid()}_{uuid.uuid4().hex[:8]}_run"
    try:
        staging.mkdir()
        cores = []
        for cid, cc in cost_distances.items():
            name = f"cwd_{_safe(cid)}.tif"
            r0, _r1, c0, _c1 = cc.window
            dtype = storage_type(cc.cwd)
            if dtype == "float64" and notice is not None:
                notice(tr("The cost-distances of core {0} exceed what a 32-bit float holds ({1:.3g}); they are kept "
                          "as 64-bit floats (twice the disk space).", cid, FLOAT32_MAX))
            writers.write_geotiff(staging / name, cc.cwd, grid.window_geotransform(r0, c0), grid.crs,
                                  dtype=dtype, nodata=-1.0)
            cores.append({"id": cid, "file": name, "window": list(cc.window), "dtype": dtype,
                          "cap": cc.cap if math.isfinite(cc.cap) else None})
        writers.write_geotiff(staging / CORE_CELLS_FILE, core_cells.astype(np.uint8), grid.geotransform, grid.crs,
                              dtype="uint8", nodata=None)
        doc = {
            "format": "ccsg-corridor-run", "version": FORMAT_VERSION, "geotransform": list(grid.geotransform),
            "shape": list(grid.shape), "crs_wkt": grid.crs.toWkt(QgsCoordinateReferenceSystem.WKT_PREFERRED),
            "cores": cores, "links": [link.to_dict() for link in links], **info,
        }
        writers.write_text(staging / LINKS_FILE, json.dumps(doc, indent=1, default=str))
        names = [*sorted(p.name for p in staging.iterdir() if p.name != LINKS_FILE), LINKS_FILE]
        for name in names:
            if os.path.lexists(folder / name):
                raise writers.existing_error(folder / name)
        for name in names:
            os.replace(staging / name, folder / name)
            if guard is not None:
                guard.add(folder / name)
    except OSError as exc:
        raise writers.write_error(folder / LINKS_FILE, exc) from exc
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    return folder / LINKS_FILE


def load(folder):
    """(cost_distances, links, grid, core_cells, doc) of a kept run; CcsgError naming the folder when it is not one."""
    folder = Path(folder)
    path = folder / LINKS_FILE
    if not path.exists():
        raise CcsgError(
            tr("The folder {0} holds no {1}; choose the cost-distance folder written by Least-cost corridors.",
               str(folder), LINKS_FILE)
        )
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, RecursionError) as exc:  # not JSON, not UTF-8, or nested beyond Python's limit
        raise _damaged(path, exc) from exc
    if not isinstance(doc, dict) or doc.get("format") != "ccsg-corridor-run":
        raise _damaged(path, tr("not a corridor run"))
    if not isinstance(doc.get("version"), int) or doc["version"] > FORMAT_VERSION:
        raise CcsgError(tr("The file {0} is not a corridor run this version can read.", str(path)))
    # A key missing or of the wrong shape (hand-edited, truncated, another tool's file) is reported as damage
    # naming the file, not as a KeyError/TypeError traceback half-way through re-cutting.
    try:
        crs = QgsCoordinateReferenceSystem.fromWkt(_typed(doc, "crs_wkt", str))
        geotransform = tuple(float(v) for v in _typed(doc, "geotransform", list))
        shape = tuple(int(v) for v in _typed(doc, "shape", list))
        if len(geotransform) != 6 or len(shape) != 2 or min(shape) < 1:
            raise ValueError(tr("'geotransform' needs 6 numbers and 'shape' 2 positive whole numbers"))
        grid = Grid(geotransform, shape, crs)
        cores = [_core_entry(core, shape) for core in _typed(doc, "cores", list)]
        links = [Link.from_dict(_typed({"link": d}, "link", dict)) for d in _typed(doc, "links", list)]
        ids = {core["id"] for core in cores}
        for link in links:
            if link.core_a not in ids or link.core_b not in ids:
                raise ValueError(tr("a link joins core {0} and core {1}, which are not both in 'cores'",
                                    link.core_a, link.core_b))
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise _damaged(path, tr("missing key {0}", exc) if isinstance(exc, KeyError) else exc) from exc
    cost_distances = {}
    for core in cores:
        file = folder / core["file"]
        if not file.exists():
            raise CcsgError(tr("The cost-distance raster {0} is missing; run the corridors again.", str(file)))
        ds = gdal.Open(str(file))
        band = ds.GetRasterBand(1)
        raw = band.ReadAsArray()
        rounding = float(np.finfo(raw.dtype).eps) / 2 if raw.dtype.kind == "f" else 0.0
        array = raw.astype(np.float64)
        del raw
        array[array == band.GetNoDataValue()] = np.inf
        ds = None
        r0, r1, c0, c1 = core["window"]
        if array.shape != (r1 - r0, c1 - c0):
            raise _damaged(path, tr("the window of core {0} does not match {1}", core["id"], core["file"]))
        cap = core["cap"]
        cost_distances[core["id"]] = CoreCostDistance(core["id"], tuple(core["window"]), array,
                                                      math.inf if cap is None else cap,
                                                      rounding=0.0 if rounding <= 2.0 ** -53 else rounding)
    ds = gdal.Open(str(folder / CORE_CELLS_FILE))
    core_cells = ds.GetRasterBand(1).ReadAsArray().astype(bool)
    ds = None
    return cost_distances, links, grid, core_cells, doc


def _damaged(path: Path, detail) -> CcsgError:
    return CcsgError(tr("The file {0} is damaged ({1}). Run Least-cost corridors (ccsg:leastcostcorridors) again, "
                        "keeping the cost-distance rasters in a new folder, and use that folder.", str(path), detail))


def _typed(doc: dict, key: str, kind: type):
    value = doc[key]
    if not isinstance(value, kind):
        if kind is list:
            raise TypeError(tr("'{0}' is not a list", key))
        if kind is dict:
            raise TypeError(tr("'{0}' is not a JSON object", key))
        raise TypeError(tr("'{0}' is not text", key))
    return value


def _core_entry(core, shape: tuple) -> dict:
    """One entry of 'cores', checked: id, a plain file name in the folder, a window inside the grid, a cap."""
    core = _typed({"cores": core}, "cores", dict)
    file = _typed(core, "file", str)
    if Path(file).name != file or not file:
        raise ValueError(tr("'file' {0} is not a file name in the folder", file))
    window = [int(v) for v in _typed(core, "window", list)]
    if len(window) != 4 or not (0 <= window[0] < window[1] <= shape[0] and 0 <= window[2] < window[3] <= shape[1]):
        raise ValueError(tr("the window {0} of core {1} is not inside the grid", window, core["id"]))
    cap = core.get("cap")
    if cap is not None and not isinstance(cap, (int, float)):
        raise TypeError(tr("the cap of core {0} is not a number", core["id"]))
    return {"id": core["id"], "file": file, "window": tuple(window), "cap": cap}
