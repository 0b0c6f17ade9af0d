"""The demo's candidate-corridor step: widths as constructed (2.5 km band; 2 km band pinched to 300 m)."""

from __future__ import annotations

import pytest
from qgis.core import QgsProject

from ccsg_plugin.demo.candidates import GOOD_WIDTH, NECK_WIDTH, step_candidate_corridors
from ccsg_plugin.gis import corridor_store, demo
from tests.qgis.designer_support import read_gpkg_in_other_process


def test_demo_store_holds_a_good_and_a_necked_corridor(qgis_new_project, tmp_path):
    project = QgsProject.instance()
    project.setFileName(str(tmp_path / "demo.qgz"))
    data = demo.copy_demo_data(tmp_path / "data")
    demo.load_demo_layers(project, data)
    lines = step_candidate_corridors(project, data, tmp_path, None)
    assert len(lines) == 2
    rows = {r["name"]: r for r in read_gpkg_in_other_process(tmp_path / corridor_store.DEFAULT_FILE_NAME)}
    good, neck = rows["Upper valley link"], rows["Southern bottleneck"]
    assert good["min_width_m"] == pytest.approx(GOOD_WIDTH, abs=2)
    assert neck["min_width_m"] == pytest.approx(NECK_WIDTH, abs=2)
    assert good["connected_core_ids"] == "2;3" and neck["connected_core_ids"] == "5;6"
    assert good["status"] == "Designated" and neck["status"] == "Proposed"
    layer = corridor_store.find_store_layer(project, tmp_path / corridor_store.DEFAULT_FILE_NAME)
    assert layer is not None and not layer.isEditable()
    assert layer.renderer().classAttribute() == "status"
    assert corridor_store.remembered_path(project).name == corridor_store.DEFAULT_FILE_NAME
    # every required field is documented
    from ccsg_plugin.core.corridor import schema

    for feature in layer.getFeatures():
        empty = [n for n in schema.REQUIRED_FIELDS if corridor_store.null_to_none(feature[n]) in (None, "")]
        assert empty == [], feature["name"]
    project.clear()  # the stub's newProject keeps project entries; leave none behind
