"""Demo step: river connectivity (DCI, Cote et al. 2009) of the synthetic demo river network (demo_rivers.gpkg,
scripts/make_demo_rivers.py) with its six barriers: ccsg:riverconnectivity, the styled sections and barrier
priorities in their own group, and DCI_p / DCI_d and the barrier to open first in the summary."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from ccsg_plugin.gis import output
from ccsg_plugin.i18n import tr

GROUP = "CCSG river connectivity"
RIVERS_FILE = "demo_rivers.gpkg"
SNAP_TOLERANCE = 1.0  # metres: the demo's lines share their end points exactly


def demo_parameters(data_dir: Path, out_dir: Path) -> dict:
    # the demo's run folder (demo/corridors.py): the run report's rivers section reads these file names there
    folder = Path(out_dir) / "corridors"
    folder.mkdir(parents=True, exist_ok=True)
    source = Path(data_dir) / RIVERS_FILE
    return {
        "RIVERS": f"{source}|layername=rivers",
        "SNAP_TOLERANCE": SNAP_TOLERANCE,
        "BARRIERS": f"{source}|layername=barriers",
        "PASSABILITY_FIELD": "passability",
        "OUTPUT_SECTIONS": str(output.unique_path(folder / "river_sections.gpkg")),
        "OUTPUT_BARRIERS": str(output.unique_path(folder / "river_barriers.gpkg")),
        "OUTPUT_SUMMARY": str(output.unique_path(folder / "river_summary.gpkg")),
    }


def step_river_connectivity(project: QgsProject, data_dir, out_dir, feedback) -> list[str]:
    from qgis import processing

    params = demo_parameters(data_dir, out_dir)
    result = processing.run("ccsg:riverconnectivity", params, feedback=feedback)
    # below the corridor groups: the demo map's legend lists the corridor results first
    group = output.layer_group(project, GROUP, len(project.layerTreeRoot().children()))
    layers = {}
    for key, name in (("OUTPUT_BARRIERS", tr("Barrier priorities")), ("OUTPUT_SECTIONS", tr("River sections")),
                      ("OUTPUT_SUMMARY", tr("DCI summary"))):
        layer = QgsVectorLayer(result[key], name, "ogr")
        if not layer.isValid():
            raise RuntimeError(f"The river output {layer.source()} could not be opened")
        layer.loadDefaultStyle()  # the algorithm saved the style and metadata in the file
        # switched off in the demo map: with the corridor results on, its legend would run off the page
        output.insert_layer(project, group, layer).setItemVisibilityChecked(False)
        layers[key] = layer
    summary = [(f["part"], f["DCI_p"], f["DCI_d"], f["total_length_m"], f["sections"])
               for f in layers["OUTPUT_SUMMARY"].getFeatures()]
    names = {f.id(): f["name"] for f in QgsVectorLayer(params["BARRIERS"], "b", "ogr").getFeatures()}
    top = next((f for f in layers["OUTPUT_BARRIERS"].getFeatures() if f["rank_p"] == 1), None)
    lines = [f"River connectivity: DCI_p {p:.2f}, DCI_d {d:.2f} ({length / 1000:.0f} km of river, {n} sections)"
             for _part, p, d, length, n in sorted(summary)]
    if top is not None:
        lines.append(f"Barrier to open first: {names.get(top['source_fid'], top['source_fid'])} "
                     f"(passability {top['passability']:g}, +{top['dDCI_p']:.2f} DCI_p, +{top['dDCI_d']:.2f} DCI_d)")
    return lines
