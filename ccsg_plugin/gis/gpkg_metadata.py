"""A layer's QGIS metadata stored in its GeoPackage, written through GDAL's own handle.

QGIS reads it back when the file is opened (the gpkg_metadata row with the QGIS DTD as its standard, referenced to
the table), exactly as if QgsProviderRegistry.saveLayerMetadata had written it. That QGIS call is not used: on
QGIS 3.22, saving the style (saveStyleToDatabase) and then the metadata of one GeoPackage through the OGR
provider's shared datasets leaves a freed dataset in its cache, and a later open of any GeoPackage crashed (found
with MALLOC_PERTURB_; it crashed the test suite now and then).
"""

from __future__ import annotations

from osgeo import gdal
from qgis.core import Qgis, QgsLayerMetadata
from qgis.PyQt.QtXml import QDomDocument, QDomImplementation

QGIS_DTD = "http://mrcc.com/qgis.dtd"


def metadata_xml(metadata: QgsLayerMetadata) -> str:
    """The metadata as QGIS writes it into a GeoPackage (a <qgis> document)."""
    document = QDomDocument(QDomImplementation().createDocumentType("qgis", QGIS_DTD, "SYSTEM"))
    root = document.createElement("qgis")
    root.setAttribute("version", Qgis.version())
    document.appendChild(root)
    if not metadata.writeMetadataXml(root, document):
        raise RuntimeError("QGIS could not export the metadata to XML")
    return document.toString(2)


def _quoted(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def save(path: str, table: str, metadata: QgsLayerMetadata) -> None:
    """Store metadata for table of the GeoPackage at path (replacing an earlier QGIS record of it).
    RuntimeError (GDAL's message) when it cannot be written."""
    xml = metadata_xml(metadata)
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    if ds is None:
        raise RuntimeError(gdal.GetLastErrorMsg() or f"cannot open {path}")
    try:
        layer = ds.GetLayerByName(table)
        if layer is None:
            raise RuntimeError(f"no table {table} in {path}")
        if metadata.abstract():
            layer.SetMetadataItem("DESCRIPTION", metadata.abstract())  # gpkg_contents.description
        # A GDAL metadata item makes GDAL create the metadata tables and register their extension (as QGIS does)
        layer.SetMetadataItem("QGIS_VERSION", Qgis.version())
    finally:
        ds = None  # GDAL writes its metadata when the dataset closes
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    try:
        old = ds.ExecuteSQL(
            "SELECT md_file_id FROM gpkg_metadata_reference JOIN gpkg_metadata ON gpkg_metadata.id = md_file_id "
            f"WHERE table_name = {_quoted(table)} AND reference_scope = 'table' AND md_standard_uri = "
            f"{_quoted(QGIS_DTD)}")
        stale = [feature.GetField(0) for feature in old] if old is not None else []
        if old is not None:
            ds.ReleaseResultSet(old)
        for row in stale:
            ds.ExecuteSQL(f"DELETE FROM gpkg_metadata_reference WHERE md_file_id = {int(row)}")
            ds.ExecuteSQL(f"DELETE FROM gpkg_metadata WHERE id = {int(row)}")
        ds.ExecuteSQL("INSERT INTO gpkg_metadata (md_scope, md_standard_uri, mime_type, metadata) VALUES "
                      f"('dataset', {_quoted(QGIS_DTD)}, 'text/xml', {_quoted(xml)})")
        ds.ExecuteSQL("INSERT INTO gpkg_metadata_reference (reference_scope, table_name, md_file_id) VALUES "
                      f"('table', {_quoted(table)}, (SELECT MAX(id) FROM gpkg_metadata))")
        layer = ds.GetLayerByName(table)
        layer.SetMetadataItem("QGIS_VERSION", None)  # only there to have GDAL make the tables
    finally:
        ds = None
