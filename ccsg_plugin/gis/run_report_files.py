"""What the run report reads from a run folder: which outputs exist (found by their file names), their rows and the
run's parameters recorded in their metadata. Read-only: nothing here writes or keeps a file open.

A run folder is the folder the Least-cost analysis panel makes for a run (least_cost_paths.gpkg, corridors.tif,
pinch_points.tif, ...); the demo names the same outputs with an "lm_" prefix, so that prefix is accepted too.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from qgis.core import QgsCoordinateReferenceSystem, QgsRasterLayer, QgsVectorLayer

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis.geometry import to_shapely
from ccsg_plugin.i18n import tr

# Output kind -> file name inside a run folder (the analysis panel's names; gui/analysis_plan.py FILES).
FILES = {
    "resistance": "resistance.tif",
    "corridors": "corridors.tif",
    "paths": "least_cost_paths.gpkg",
    "polygons": "corridor_polygons.gpkg",
    "pinch": "pinch_points.tif",
    "pinch_links": "pinch_point_links.gpkg",
    "pinch_all": "current_all_pairs.tif",
    "sites": "restoration_sites.gpkg",
    "restoration_area": "restoration_area.tif",
    "restoration_score": "restoration_score.tif",
    "crossings": "crossings.gpkg",
    "network_cores": "network_cores.gpkg",
    "network_links": "network_links.gpkg",
    "network_summary": "network_summary.gpkg",
    "river_sections": "river_sections.gpkg",
    "river_barriers": "river_barriers.gpkg",
    "river_summary": "river_summary.gpkg",
}
PREFIXES = ("", "lm_")  # the panel's names, then the demo's (demo/corridors.py)
COST_DISTANCE_FOLDER = "cost_distance"  # kept by a full run (links.json inside)
_PARAMETERS_MARK = "\n\nParameters:\n"  # gis/output.py set_run_metadata: abstract, this mark, the JSON record


@dataclass
class Table:
    """A vector output: its rows as {field: value} (NULL -> None) with the shapely geometry under "_geom"."""

    path: Path
    crs: QgsCoordinateReferenceSystem
    fields: list
    rows: list = field(default_factory=list)


@dataclass
class RunFolder:
    folder: Path
    files: dict  # kind -> Path of the outputs that exist
    # where the least-cost paths come from when a re-cut run (no paths of its own) names its full run's folder
    paths_from: Optional[Path] = None
    record: dict = field(default_factory=dict)  # the run's record, from its own outputs' metadata

    def has(self, *kinds: str) -> bool:
        return all(kind in self.files for kind in kinds)

    def path(self, kind: str) -> Optional[Path]:
        return self.files.get(kind)


def _find(folder: Path, name: str) -> Optional[Path]:
    for prefix in PREFIXES:
        candidate = folder / f"{prefix}{name}"
        if candidate.is_file():
            return candidate
    return None


def open_run_folder(folder) -> RunFolder:
    """The outputs found in `folder`; CcsgError naming the folder when it is missing or holds no run output."""
    text = str(folder or "").strip()
    if not text:
        raise CcsgError(tr("Choose the folder of a run (RUN_FOLDER): the folder of a run of the Least-cost "
                           "analysis panel."))
    folder = Path(text)
    if not folder.exists():
        raise CcsgError(tr("The run folder {0} does not exist. Choose the folder of a run of the Least-cost "
                           "analysis panel (it holds least_cost_paths.gpkg, corridors.tif ...).", str(folder)))
    if not folder.is_dir():
        raise CcsgError(tr("RUN_FOLDER is a file, {0}. Choose the folder of a run of the Least-cost analysis "
                           "panel.", str(folder)))
    files = {kind: found for kind, name in FILES.items() if (found := _find(folder, name)) is not None}
    if not files:
        raise CcsgError(tr("The folder {0} holds none of the outputs of a run ({1}). Choose the folder of a run of "
                           "the Least-cost analysis panel.", str(folder), ", ".join(sorted(FILES.values()))))
    run = RunFolder(folder, files)
    run.record = _record_of(run)  # before borrowing a full run's paths: a re-cut run records its own settings
    if "paths" not in files:
        # a re-cut run keeps no paths of its own: its metadata names the full run whose paths it shows
        source = run.record.get("cost_distances_from")
        if source and (found := _find(Path(str(source)), FILES["paths"])) is not None:
            run.files["paths"], run.paths_from = found, Path(str(source))
    return run


def _plain(value):
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, float) and not math.isfinite(value):
        return None
    return value


def read_table(path: Path) -> Table:
    """Every row of a vector output (small outputs: one row per pair, site, crossing, core or link)."""
    layer = QgsVectorLayer(f"{path}|layername={Path(path).stem}", Path(path).stem, "ogr")
    if not layer.isValid():
        layer = QgsVectorLayer(str(path), Path(path).stem, "ogr")
    if not layer.isValid():
        raise CcsgError(tr("The run output {0} cannot be opened. Run the analysis again, or remove the file.",
                           str(path)))
    names = layer.fields().names()
    rows = []
    for feature in layer.getFeatures():
        row = {name: _plain(value) for name, value in zip(names, feature.attributes())}
        row["_geom"] = to_shapely(feature.geometry()) if feature.hasGeometry() else None
        rows.append(row)
    return Table(Path(path), layer.crs(), names, rows)


def raster_crs(path: Path) -> Optional[QgsCoordinateReferenceSystem]:
    layer = QgsRasterLayer(str(path), Path(path).stem)
    return layer.crs() if layer.isValid() else None


def metadata_of(path: Path) -> tuple[str, dict]:
    """(abstract, recorded parameters) from an output's metadata (GeoPackage: its metadata table; GeoTIFF: the
    .qmd beside it), as gis/output.py wrote them; ("", {}) when there is none."""
    if path.suffix.lower() == ".gpkg":
        layer = QgsVectorLayer(str(path), path.stem, "ogr")
        text = layer.metadata().abstract() if layer.isValid() else ""
    else:
        layer = QgsRasterLayer(str(path), path.stem)
        text = ""
        if layer.isValid():
            for sidecar in (path.with_suffix(".qmd"), Path(f"{path}.qmd")):
                if sidecar.is_file():
                    layer.loadNamedMetadata(str(sidecar))
                    text = layer.metadata().abstract()
                    break
    if _PARAMETERS_MARK not in text:
        return text.strip(), {}
    abstract, _mark, record = text.partition(_PARAMETERS_MARK)
    try:
        parameters = json.loads(record)
    except ValueError:
        parameters = {}
    return abstract.strip(), parameters if isinstance(parameters, dict) else {}


def recorded(run: RunFolder) -> dict:
    """The run's record (the panel's spec and run kind, or the parameters of a toolbox run)."""
    return run.record


def _record_of(run: RunFolder) -> dict:
    """The record of the first of the run's outputs that has one."""
    for kind in ("paths", "polygons", "pinch_links", "sites", "crossings", "network_cores", "river_sections",
                 "corridors", "pinch"):
        path = run.files.get(kind)
        if path is not None and os.path.exists(path):
            _abstract, parameters = metadata_of(path)
            if parameters:
                return parameters
    return {}
