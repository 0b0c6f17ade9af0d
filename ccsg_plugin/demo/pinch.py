"""Demo step: pinch points (circuit theory).

1. ccsg:pinchpoints on the cost distances the corridor step kept: Linkage Mapper's Pinchpoint Mapper for every
   linked pair of demo cores.
2. Current inside each candidate corridor of the store (ccsg:currentflow, 1 A between the corridor's two cores on the
   resistance clipped to the corridor polygon): where current funnels inside a drawn corridor. The "Southern
   bottleneck" is pinched to 300 m, narrower than one 400 m cell, so its neck is a single-cell passage that carries
   the whole 1 A; the summary compares it with the corridor's median current. The guideline check step then reads
   this raster (its PINCHPOINTS parameter).
"""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from qgis.core import QgsGeometry, QgsProject, QgsRasterLayer, QgsVectorLayer

from ccsg_plugin.demo import candidates
from ccsg_plugin.demo.check import CANDIDATE_CURRENT, find_store_layer
from ccsg_plugin.demo.corridors import CWD_FOLDER, GROUP
from ccsg_plugin.gis import circuit_outputs, demo, output, raster_io, rasterize, writers
from ccsg_plugin.i18n import tr

PINCH_CUTOFF = 10000.0  # Pinchpoint Mapper's default corridor cutoff (cost units)
# Core pairs of the demo's candidate corridors (candidates.py draws them between these cores).
CANDIDATE_PAIRS = {candidates.GOOD["corridor_id"]: candidates.GOOD_PAIR,
                   candidates.NECK["corridor_id"]: candidates.NECK_PAIR}


def neck_window(cores: QgsVectorLayer):
    """The neck of "Southern bottleneck" (in the cores' CRS): the 600 m stretch around the middle of its centre line,
    as wide as the neck."""
    neck_line = candidates.corridor_shapes(cores)[3]
    half = neck_line.length / 2
    from shapely.ops import substring

    return substring(neck_line, half - 300, half + 300).buffer(candidates.NECK_WIDTH / 2, cap_style=2)


def _run_pinchpoints(project, out_dir, feedback) -> list[str]:
    from qgis import processing

    folder = Path(out_dir) / "corridors"
    start = time.perf_counter()
    result = processing.run("ccsg:pinchpoints", {
        "RUN_FOLDER": str(folder / CWD_FOLDER),
        "CUTOFF": PINCH_CUTOFF,
        "SQUARE_RESISTANCE": False,
        "OUTPUT_PINCHPOINTS": str(output.unique_path(folder / "lm_pinch_points.tif")),
        "OUTPUT_LINKS": str(output.unique_path(folder / "lm_pinch_point_links.gpkg")),
    }, feedback=feedback)
    elapsed = time.perf_counter() - start
    layer = QgsRasterLayer(result["OUTPUT_PINCHPOINTS"], tr("Pinch points (current)"))
    if not layer.isValid():
        raise RuntimeError(f"The pinch-point output {layer.source()} could not be opened")
    group = output.layer_group(project, GROUP, 0)
    output.insert_layer(project, group, layer, 0)  # above the corridors: the pinch points stay legible
    links = QgsVectorLayer(result["OUTPUT_LINKS"], "links", "ogr")
    effs = sorted((f["core_a"], f["core_b"], f["eff_resistance"]) for f in links.getFeatures())
    return [f"Pinch points (Pinchpoint Mapper, cutoff {PINCH_CUTOFF:,.0f}): {len(effs)} pairs, {elapsed:.1f} s",
            "Effective resistances: " + ", ".join(f"{a}-{b} {e:,.0f}" for a, b, e in effs if e is not None)]


def _corridor_current(cores_path: Path, resistance, geom: QgsGeometry, pair, work: Path, feedback) -> np.ndarray:
    """1 A between the pair's cores on the resistance inside the corridor polygon (plus the two cores)."""
    from qgis import processing

    grid = resistance.grid
    focal = QgsVectorLayer(str(cores_path), "focal", "ogr")
    focal.setSubsetString(f'"{demo.CORE_ID_FIELD}" IN ({int(pair[0])}, {int(pair[1])})')
    masks, _geoms = rasterize.core_cells(focal, demo.CORE_ID_FIELD, grid)
    inside = rasterize.geometry_mask(geom, grid)
    for mask in masks.values():
        inside |= mask
    clipped = work / f"resistance_{pair[0]}_{pair[1]}.tif"
    writers.write_geotiff(clipped, np.where(inside, resistance.array, np.nan), grid.geotransform, grid.crs)
    result = processing.run("ccsg:currentflow", {
        "RESISTANCE": str(clipped), "FOCAL": focal, "FOCAL_ID_FIELD": demo.CORE_ID_FIELD, "NEIGHBOURS": 8,
        "OUTPUT_CURRENT": str(work / f"current_{pair[0]}_{pair[1]}.tif"),
        "OUTPUT_RESISTANCES": str(work / f"resistance_{pair[0]}_{pair[1]}.gpkg"),
    }, feedback=feedback)
    current = QgsRasterLayer(result["OUTPUT_CURRENT"], "current")
    values = raster_io.read_band(current).array.astype(float)
    for mask in masks.values():
        values[mask] = np.nan  # current inside the cores is not the corridor's (as Pinchpoint Mapper shows it)
    return values


def run_candidates(project, data_dir, out_dir, feedback) -> list[str]:
    store = find_store_layer(project)
    if store is None or store.featureCount() == 0:
        return ["Pinch points in candidate corridors: skipped (no candidate corridors)"]
    cores_path = Path(data_dir) / demo.CORES_FILE
    resistance = raster_io.read_band(QgsRasterLayer(str(Path(data_dir) / demo.RESISTANCE_FILE), "resistance"))
    grid = resistance.grid
    work = Path(out_dir) / "candidate_current"
    work.mkdir(parents=True, exist_ok=True)
    combined = np.full(grid.shape, np.nan)
    per_corridor = {}
    for feature in store.getFeatures():
        pair = CANDIDATE_PAIRS.get(feature["corridor_id"])
        if pair is None:
            continue
        current = _corridor_current(cores_path, resistance, feature.geometry(), pair, work, feedback)
        per_corridor[feature["name"]] = current
        combined = np.fmax(combined, current)
    path = writers.write_geotiff(output.unique_path(Path(out_dir) / CANDIDATE_CURRENT), combined,
                                 grid.geotransform, grid.crs)
    layer = QgsRasterLayer(str(path), tr("Current in candidate corridors"))
    circuit_outputs.style_current(layer, circuit_outputs.current_breaks(combined))
    layer.saveDefaultStyle()
    output.set_run_metadata(layer, layer.name(), tr("1 A between the two cores of each candidate corridor, inside "
                            "the corridor (circuit theory)."), {"corridors": store.source()})
    output.add_to_group(project, layer, output.DEFAULT_GROUP, position=0)
    lines = []
    neck_name = candidates.NECK["name"]
    if neck_name in per_corridor:
        cores = QgsVectorLayer(str(cores_path), "cores", "ogr")
        neck = rasterize.geometry_mask(QgsGeometry.fromWkt(neck_window(cores).wkt), grid)
        values = per_corridor[neck_name]
        at_neck = float(np.nanmax(np.where(neck, values, np.nan)))
        corridor = values[np.isfinite(values)]
        median = float(np.median(corridor))
        share = float((corridor < at_neck).mean())
        lines.append(f"Pinch points in '{neck_name}': {at_neck:.2f} A at the 300 m neck vs a corridor median of "
                     f"{median:.2f} A ({at_neck / median:.1f}x; higher than {share:.0%} of the corridor's cells)")
    lines.append(f"Current in candidate corridors: {path}")
    return lines


def step_pinch_points(project: QgsProject, data_dir, out_dir, feedback) -> list[str]:
    return _run_pinchpoints(project, out_dir, feedback) + run_candidates(project, data_dir, out_dir, feedback)
