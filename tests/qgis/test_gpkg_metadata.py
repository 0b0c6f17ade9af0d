"""Run metadata in a GeoPackage, written through GDAL (gis/gpkg_metadata.py): QGIS reads it back as the layer's
metadata, a second save replaces the first, and GDAL's helper item does not stay behind."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from osgeo import gdal
from qgis.core import QgsLayerMetadata, QgsVectorLayer

from ccsg_plugin.gis import gpkg_metadata
from tests.qgis.lcp_helpers import file_layer, memory_layer

ROOT = Path(__file__).resolve().parents[2]


def _gpkg(tmp_path) -> tuple[str, str]:
    layer = file_layer(memory_layer("Point", "EPSG:32633", [("POINT(500000 4000000)", [1])], "id:integer", "sites"))
    path = layer.source().split("|")[0]
    ds = gdal.OpenEx(path, gdal.OF_VECTOR)  # kept while its layer is used (GDAL frees layers with their dataset)
    table = ds.GetLayer(0).GetName()
    ds = None
    del layer
    return path, table


def _metadata(title: str, abstract: str) -> QgsLayerMetadata:
    metadata = QgsLayerMetadata()
    metadata.setTitle(title)
    metadata.setAbstract(abstract)
    metadata.setKeywords({"ccsg": ["corridor", "it's quoted"]})
    return metadata


def test_qgis_reads_the_metadata_back_and_a_second_save_replaces_it(tmp_path):
    path, table = _gpkg(tmp_path)
    gpkg_metadata.save(path, table, _metadata("First", "run one"))
    gpkg_metadata.save(path, table, _metadata("Least-cost paths", "Parameters: {\"A\": 'b'}"))
    got = QgsVectorLayer(path, "x", "ogr").metadata()
    assert got.title() == "Least-cost paths"
    assert got.abstract() == "Parameters: {\"A\": 'b'}"
    assert got.keywords() == {"ccsg": ["corridor", "it's quoted"]}
    ds = gdal.OpenEx(path, gdal.OF_VECTOR)
    rows = ds.ExecuteSQL("SELECT COUNT(*) FROM gpkg_metadata_reference r JOIN gpkg_metadata m ON m.id = r.md_file_id "
                         f"WHERE m.md_standard_uri = '{gpkg_metadata.QGIS_DTD}' AND r.table_name = '{table}'")
    assert [f.GetField(0) for f in rows] == [1]  # replaced, not added
    ds.ReleaseResultSet(rows)
    assert ds.GetLayer(0).GetMetadataItem("QGIS_VERSION") is None  # GDAL's helper item is gone
    assert ds.GetLayer(0).GetMetadataItem("DESCRIPTION") == "Parameters: {\"A\": 'b'}"  # gpkg_contents


def test_a_file_that_cannot_be_opened_raises_with_gdals_reason(tmp_path):
    bad = tmp_path / "not_a.gpkg"
    bad.write_text("plain text")
    try:
        gpkg_metadata.save(str(bad), "x", _metadata("t", "a"))
    except RuntimeError as exc:
        assert str(exc)
    else:
        raise AssertionError("no error for a file that is not a GeoPackage")


def test_outputs_reopened_under_malloc_perturbation_do_not_crash():
    """The network algorithm's tests (several runs, each output reopened) in a child pytest with glibc filling freed
    memory: with QGIS 3.22's saveLayerMetadata after saveStyleToDatabase, a freed dataset stayed in the OGR
    provider's cache and the child crashed (exit -11) at the third test; without perturbation the same fault
    crashed a full test run now and then."""
    env = dict(os.environ, MALLOC_CHECK_="3", MALLOC_PERTURB_="165", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-m", "pytest", "tests/qgis/test_alg_networkmetrics.py", "-q",
                           "-p", "no:cacheprovider", "--qgis_disable_gui"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=600)
    assert done.returncode == 0, (done.returncode, done.stdout[-1500:], done.stderr[-1500:])
