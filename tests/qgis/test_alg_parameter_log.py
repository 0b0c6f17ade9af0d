"""Recording a run's parameters in the output metadata must not open file and folder paths as layers: doing so made
GDAL/MDAL log "Unable to load mesh (null)" and HDF5 noise on every ccsg:truncatecorridors run."""

from __future__ import annotations

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsApplication, QgsProcessingContext, QgsProject, QgsRasterLayer

from ccsg_plugin.processing import common
from tests.qgis.lcp_helpers import (  # noqa: F401 - fixture
    ccsg_registered,
    cell_rect_wkt,
    memory_layer,
    write_tif,
)

ORIGIN = (500000.0, 4000000.0)
CELL = (10.0, 10.0)
NOISE = ("unable to load", "mesh", "hdf5", "hdf4", "netcdf", "not recognized as")


@pytest.fixture
def message_log():
    """Every message QGIS logs while the test runs: (tag, text)."""
    seen: list[tuple[str, str]] = []

    def record(message, tag, _level):
        seen.append((tag, message))

    log = QgsApplication.messageLog()
    log.messageReceived.connect(record)
    yield seen
    log.messageReceived.disconnect(record)


def _noise(seen, *paths):
    """Messages of a provider failing to open something, or naming the paths outside Processing's own log."""
    return [(tag, text) for tag, text in seen
            if any(word in text.lower() for word in NOISE) or (tag != "Processing" and any(p in text for p in paths))]


def test_truncating_a_kept_run_logs_no_layer_loading_noise(ccsg_registered, tmp_path, message_log):  # noqa: F811
    res = np.full((5, 20), np.nan)
    res[1:4, :] = 1.0
    res_path = write_tif(tmp_path / "channel.tif", res, ORIGIN, CELL)
    cores = memory_layer("Polygon", "EPSG:32633", [(cell_rect_wkt(1, 4, c0, c1, ORIGIN, CELL), [cid])
                                                   for cid, (c0, c1) in {1: (0, 2), 2: (18, 20)}.items()])
    kept = tmp_path / "kept run"
    processing.run("ccsg:leastcostcorridors", {
        "CORES": cores, "CORE_ID_FIELD": "core_id", "RESISTANCE": res_path, "NEIGHBOURS": 8, "WIDTH_CUTOFF": 0,
        "MAX_EUCLIDEAN_DISTANCE": 0, "DROP_VIA_CORE": True, "OUTPUT_CORRIDORS": str(tmp_path / "c.tif"),
        "OUTPUT_PATHS": str(tmp_path / "p.gpkg"), "OUTPUT_POLYGONS": str(tmp_path / "pp.gpkg"),
        "OUTPUT_CWD_FOLDER": str(kept)})
    message_log.clear()
    out = processing.run("ccsg:truncatecorridors", {
        "CWD_FOLDER": str(kept), "WIDTH_CUTOFF": 50, "OUTPUT_CORRIDORS": str(tmp_path / "t.tif"),
        "OUTPUT_POLYGONS": str(tmp_path / "t.gpkg")})
    assert _noise(message_log, str(kept)) == []
    raster = QgsRasterLayer(out["OUTPUT_CORRIDORS"], "t")
    raster.loadDefaultMetadata()
    assert str(kept) in raster.metadata().abstract()  # the folder is recorded as given


def test_only_layer_parameters_are_looked_up_as_layers(ccsg_registered, tmp_path, message_log):  # noqa: F811
    alg = QgsApplication.processingRegistry().createAlgorithmById("ccsg:truncatecorridors")
    layer = QgsRasterLayer(write_tif(tmp_path / "r.tif", np.ones((2, 2)), ORIGIN, CELL), "r")
    project = QgsProject()
    project.addMapLayer(layer)
    context = QgsProcessingContext()
    context.setProject(project)
    folder = tmp_path / "a folder"
    folder.mkdir()
    html = str(tmp_path / "report.html")
    plain = common.plain_parameters({"CWD_FOLDER": str(folder), "REPORT": html, "WIDTH_CUTOFF": 5.0}, context, alg)
    assert plain == {"CWD_FOLDER": str(folder), "REPORT": html, "WIDTH_CUTOFF": 5.0}
    assert _noise(message_log, str(folder), html) == []
    # A layer parameter given as a layer id is recorded as the layer's source.
    check = QgsApplication.processingRegistry().createAlgorithmById("ccsg:costdistance")
    layer_param = next(d.name() for d in check.parameterDefinitions() if d.type() == "raster")
    assert common.plain_parameters({layer_param: layer.id()}, context, check) == {layer_param: layer.source()}
    project.removeAllMapLayers()


def test_checking_corridors_with_a_report_path_logs_no_layer_loading_noise(ccsg_registered, tmp_path,  # noqa: F811
                                                                           message_log):
    from tests.qgis import check_fixtures as fx

    corridors = fx.corridors_layer([("wide", fx.rectangle(2500), fx.FULL_ATTRIBUTES)])
    report = str(tmp_path / "check report.html")
    processing.run("ccsg:checkcorridors", {
        "CORRIDORS": corridors, "CORES": fx.cores_layer(), "PROFILE": "terrestrial_multispecies",
        "OUTPUT": str(tmp_path / "checked.gpkg"), "REPORT": report})
    assert _noise(message_log, report) == []
