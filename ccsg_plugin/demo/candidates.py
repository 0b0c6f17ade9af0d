"""Demo step: the corridor store next to the demo project with two documented candidate corridors.

- "Upper valley link" joins cores 2 and 3 (5.4 km apart) with a 2.5 km wide band: a good candidate.
- "Southern bottleneck" joins cores 5 and 6 (8.4 km apart) with a 2 km band pinched to 300 m in the middle: the
  guideline check should flag its minimum width.
Both are a centre line between the cores' nearest points, extended 1 km into each core and buffered with flat ends,
as the designer's centre-line tool does; computed fields are filled by the store on save.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsGeometry, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QDate
from shapely.geometry import LineString
from shapely.ops import nearest_points, substring

from ccsg_plugin.core.corridor import schema
from ccsg_plugin.gis import corridor_store, demo, output
from ccsg_plugin.gis.geometry import to_shapely
from ccsg_plugin.i18n import tr

GOOD_PAIR, NECK_PAIR = ("2", "3"), ("5", "6")
NECK_WIDTH = 300.0
GOOD_WIDTH = 2500.0
NECK_BAND_WIDTH = 2000.0

_COMMON = {
    "realm": "terrestrial",
    "governance_authority": "Valley Connectivity Partnership board (county, two land trusts, ranchers' association)",
    "management_authority": "Valley Land Trust",
    "ownership_type": "Multiple ownership",
    "connectivity_type": "both",
    "corridor_form": "continuous",
    "corridor_function": "habitat;conduit",
    "temporal_regime": "permanent",
    "fpic": "n/a",
    "transboundary": False,
    "design_method": "expert",
    "verification": "Expert Verified",
    "target_species_processes": "Puma concolor;Odocoileus hemionus;seed dispersal",
    "indicators": "camera-trap detections per 100 trap-nights;wildlife-vehicle collisions per km;natural cover %",
    "rightsholders_engaged": "county planning office;land trusts;ranchers' association",
}

GOOD = dict(_COMMON, **{
    "corridor_id": "DEMO-01", "name": "Upper valley link",
    "objective_connectivity": "Maintain year-round movement of puma and mule deer between cores 2 and 3 across "
                              "the upper valley farmland.",
    "governance_type": "B", "gov_subtype": "Collaborative governance",
    "management_plan": "Upper valley corridor management plan 2023-2033 (demo document)",
    "legal_mechanism": "conservation easement/covenant", "status": "Designated", "status_year": 2023,
    "commitment_duration": "permanent",
    "monitoring_plan": "Camera traps on 12 transects, read twice a year; collision survey on the county road.",
    "last_assessment": "2025-05-15",
    "notes": "Demo: a wide, continuous candidate.",
})

NECK = dict(_COMMON, **{
    "corridor_id": "DEMO-02", "name": "Southern bottleneck",
    "objective_connectivity": "Restore movement between cores 5 and 6 through the river crossing south of town.",
    "governance_type": "A", "gov_subtype": "Sub-national ministry or agency",
    "management_authority": "State Department of Fish and Wildlife",
    "management_plan": "Not Reported",
    "management_mechanism": "Zoning overlay in the county general plan (draft)",
    "legal_mechanism": "spatial/land-use plan zoning", "status": "Proposed", "status_year": 2025,
    "commitment_duration": "30",
    "monitoring_plan": "To be set up with the zoning overlay.",
    "last_assessment": "2025-09-01",
    "notes": "Demo: pinched to 300 m at the bridge, below the 2 km rule of thumb (Beier 2019).",
})


def _core_shapes(cores: QgsVectorLayer) -> dict:
    shapes = {}
    for feature in cores.getFeatures():
        shapes[corridor_store.id_text(feature[demo.CORE_ID_FIELD])] = to_shapely(feature.geometry())
    return shapes


def _centreline(core_a, core_b) -> LineString:
    """The straight line between the two cores' nearest points (the gap the corridor spans)."""
    pa, pb = nearest_points(core_a, core_b)
    return LineString([(pa.x, pa.y), (pb.x, pb.y)])


def _extended(line: LineString, overlap: float = 1000.0) -> LineString:
    """The line extended `overlap` metres at both ends, so its buffer reaches well into both cores."""
    (x0, y0), (x1, y1) = line.coords[0], line.coords[-1]
    ux, uy = (x1 - x0) / line.length, (y1 - y0) / line.length
    return LineString([(x0 - ux * overlap, y0 - uy * overlap), (x1 + ux * overlap, y1 + uy * overlap)])


def corridor_shapes(cores: QgsVectorLayer) -> tuple:
    """(good polygon, good centre line, neck polygon, neck centre line) in the cores' CRS (metres)."""
    shapes = _core_shapes(cores)
    good_line = _centreline(shapes[GOOD_PAIR[0]], shapes[GOOD_PAIR[1]])
    good = _extended(good_line).buffer(GOOD_WIDTH / 2, cap_style=2)
    neck_line = _centreline(shapes[NECK_PAIR[0]], shapes[NECK_PAIR[1]])
    band = _extended(neck_line).buffer(NECK_BAND_WIDTH / 2, cap_style=2)
    # cut the band's sides away over 600 m around the middle, leaving a NECK_WIDTH-wide neck along the line
    half = neck_line.length / 2
    window = substring(neck_line, half - 300, half + 300).buffer(NECK_BAND_WIDTH, cap_style=2)
    sides = window.difference(neck_line.buffer(NECK_WIDTH / 2, cap_style=2))
    return good, good_line, band.difference(sides), neck_line


def step_candidate_corridors(project: QgsProject, data_dir, out_dir, feedback) -> list[str]:
    cores = next((lyr for lyr in project.mapLayers().values() if isinstance(lyr, QgsVectorLayer)
                  and Path(lyr.source().split("|")[0]).name == demo.CORES_FILE), None)
    if cores is None:
        return ["Candidate corridors: skipped (no demo cores layer)"]
    path = Path(out_dir) / corridor_store.DEFAULT_FILE_NAME
    layer = corridor_store.create_or_open(path, cores.crs())
    store = corridor_store.CorridorStore(layer, cores, demo.CORE_ID_FIELD)
    store.attach()
    good, good_line, neck, neck_line = corridor_shapes(cores)
    layer.startEditing()
    for shape, line, attributes in ((good, good_line, GOOD), (neck, neck_line, NECK)):
        width = GOOD_WIDTH if attributes is GOOD else NECK_BAND_WIDTH
        attrs = dict(attributes, centreline_wkt=line.wkt, centreline_width_m=width, end_style="flat",
                     last_assessment=QDate.fromString(attributes["last_assessment"], "yyyy-MM-dd"))
        store.add_feature(store.new_feature(QgsGeometry.fromWkt(shape.wkt), attrs))
    store.commit()
    layer.commitChanges()  # leave edit mode: the demo project opens with a plain layer
    store.detach()
    output.set_run_metadata(layer, tr("Candidate corridors"), tr("Two example candidate corridors on the demo "
                            "cores: one wide, one with a narrow neck."), {"store": str(path)})
    output.add_to_group(project, layer, output.DEFAULT_GROUP, position=0)
    corridor_store.remember(project, store)
    lines = []
    for feature in layer.getFeatures():
        lines.append(f"Candidate corridor '{feature['name']}': {feature['area_ha']:.0f} ha, min width "
                     f"{feature['min_width_m']:.0f} m, length {feature['length_m']:.0f} m, cores "
                     f"{feature['connected_core_ids']} ({schema.BY_NAME['status'].label.lower()} {feature['status']})")
    return lines
