"""The guideline-check step of `make demo`: finds the corridor store in the project, or says it skipped."""

from __future__ import annotations

from qgis.core import QgsProcessingFeedback, QgsProject, QgsVectorFileWriter, QgsVectorLayer

from tests.qgis import check_fixtures as fx


def _store(tmp_path) -> QgsVectorLayer:
    memory = fx.corridors_layer([("narrow", fx.rectangle(500), fx.FULL_ATTRIBUTES),
                                 ("wide", fx.rectangle(2500), fx.FULL_ATTRIBUTES)])
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = "candidate_corridors"
    path = tmp_path / "store.gpkg"
    error = QgsVectorFileWriter.writeAsVectorFormatV2(memory, str(path), QgsProject.instance().transformContext(),
                                                      options)
    assert error[0] == QgsVectorFileWriter.NoError
    layer = QgsVectorLayer(f"{path}|layername=candidate_corridors", "Candidate corridors", "ogr")
    assert layer.isValid()
    return layer


def _cores_as_demo_file(tmp_path) -> QgsVectorLayer:
    """The generated cores saved under the demo's file name, which is how the step finds the demo cores."""
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "ESRI Shapefile"
    path = tmp_path / "lm_cores.shp"
    error = QgsVectorFileWriter.writeAsVectorFormatV2(fx.cores_layer(), str(path),
                                                      QgsProject.instance().transformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError
    return QgsVectorLayer(str(path), "Core areas", "ogr")


def test_step_skips_without_a_store(provider, qgis_new_project, tmp_path):
    from ccsg_plugin.demo.check import step_guideline_check

    lines = step_guideline_check(QgsProject.instance(), tmp_path, tmp_path, QgsProcessingFeedback())
    assert len(lines) == 1 and "skipped" in lines[0]
    assert not list(tmp_path.glob("corridor_check*"))


def test_step_checks_the_store_and_adds_report_and_layer(provider, qgis_new_project, tmp_path):
    from ccsg_plugin.demo.check import step_guideline_check

    project = QgsProject.instance()
    project.addMapLayer(_store(tmp_path))
    project.addMapLayer(_cores_as_demo_file(tmp_path))
    lines = step_guideline_check(project, tmp_path, tmp_path, QgsProcessingFeedback())
    # Full attributes: the 500 m one only warns (advisory min_width), the 2500 m one passes.
    assert "Guideline check: corridor 'narrow' overall warn" in lines
    assert "Guideline check: corridor 'wide' overall pass" in lines
    assert lines[-1] == f"Guideline check report: {tmp_path / 'corridor_check.html'}"
    assert (tmp_path / "corridor_check.html").exists() and (tmp_path / "corridor_check.gpkg").exists()
    group = project.layerTreeRoot().findGroup("CCSG")
    assert group is not None
    names = [node.layer().name() for node in group.findLayers()]
    assert "Guideline check: Candidate corridors" in names
