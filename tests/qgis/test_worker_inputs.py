"""The panels' worker opens its inputs itself (gis/worker_inputs.py): a file layer as its file, a layer with unsaved
edits as a copy that holds them (the result is what the user sees), named as the user named the layer; the copies
are gone when the run ends and the user's edits stay unsaved."""

from __future__ import annotations

from pathlib import Path

import pytest
from qgis.core import QgsProject

from ccsg_plugin.gis import worker_inputs
from tests.qgis.test_analysis_report import opened_urls  # noqa: F401 - fixture of the rivers dock module
from tests.qgis.test_rivers_dock import _run, chain, dock, hand_dci  # noqa: F401 - fixture


def test_unsaved_edits_reach_the_worker_and_stay_unsaved(dock, tmp_path, monkeypatch):  # noqa: F811
    import tempfile

    made = []
    mkdtemp = tempfile.mkdtemp
    monkeypatch.setattr("ccsg_plugin.gui.runner.tempfile.mkdtemp", lambda **kw: made.append(mkdtemp(**kw)) or made[-1])
    barriers = dock.test_layers["barriers"]
    assert barriers.providerType() == "ogr"
    field = barriers.fields().indexOf("passability")
    assert barriers.startEditing()
    assert barriers.changeAttributeValue(1, field, 1.0)  # barrier X opened, not saved
    run = _run(dock)
    assert run["parts"][0][1:3] == pytest.approx(hand_dci([100, 250, 50], chain(1.0, 0.2)))
    assert barriers.isEditable() and barriers.isModified()  # the user's edit session is untouched
    assert len(made) == 1 and not Path(made[0]).exists()  # the copy went with the run
    barriers.rollBack()
    run = _run(dock)
    assert run["parts"][0][1:3] == pytest.approx(hand_dci([100, 250, 50], chain(0.5, 0.2)))


def test_what_the_worker_is_given(dock, tmp_path):  # noqa: F811
    project = QgsProject.instance()
    rivers = dock.test_layers["rivers"]
    assert worker_inputs.project_layer(rivers.id(), project) is rivers
    assert worker_inputs.project_layer(rivers.source(), project) is rivers
    assert worker_inputs.project_layer("no such layer", project) is None
    assert worker_inputs.worker_source(rivers, tmp_path) == rivers.source()  # a file layer: its file
    rivers.startEditing()
    rivers.deleteFeature(next(rivers.getFeatures()).id())
    copy = worker_inputs.worker_source(rivers, tmp_path / "copies")
    rivers.rollBack()
    from qgis.core import QgsVectorLayer

    opened = QgsVectorLayer(copy, "x", "ogr")
    assert opened.isValid() and opened.featureCount() == rivers.featureCount() - 1
    assert copy.split("|")[0].endswith("my rivers.gpkg")  # named as the user named it
