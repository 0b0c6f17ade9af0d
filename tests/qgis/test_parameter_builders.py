"""processing/base.py parameter builders declare the shared parameters exactly as the Processing contract has them
(name, label, type, default, range, optional, advanced), and the algorithms that use them still declare exactly
that: the references below are the declarations written out by hand."""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsProcessing,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterVectorDestination,
    QgsProcessingParameterVectorLayer,
)

ADVANCED = QgsProcessingParameterDefinition.FlagAdvanced


def _advanced(parameter):
    parameter.setFlags(parameter.flags() | ADVANCED)
    return parameter


def _references() -> dict:
    """The contract's shared parameters, declared by hand."""
    return {
        "RESISTANCE": QgsProcessingParameterRasterLayer("RESISTANCE", "Resistance raster"),
        "CORES": QgsProcessingParameterVectorLayer("CORES", "Core areas (polygons)", [QgsProcessing.TypeVectorPolygon]),
        "CORE_ID_FIELD": QgsProcessingParameterField("CORE_ID_FIELD", "Core id field", None, "CORES"),
        "NEIGHBOURS": QgsProcessingParameterNumber("NEIGHBOURS", "Neighbours (8, or 16 with knight's moves)",
                                                   QgsProcessingParameterNumber.Integer, 8, False, 8, 16),
        "WIDTH_CUTOFF": QgsProcessingParameterNumber("WIDTH_CUTOFF", "Width cutoff, cost units (0 = none)",
                                                     QgsProcessingParameterNumber.Double, 200000.0, False, 0.0),
        "WIDTH_CUTOFF_PERCENT": QgsProcessingParameterNumber(
            "WIDTH_CUTOFF_PERCENT", "Width cutoff as % of each pair's LCD (0 = off; replaces the cutoff)",
            QgsProcessingParameterNumber.Double, 0.0, True, 0.0),
    }


def _same(a, b) -> bool:
    return a.toVariantMap() == b.toVariantMap() and a.type() == b.type()


def test_builders_declare_the_contract_parameters():
    from ccsg_plugin.processing import base

    ref = _references()
    assert _same(base.resistance_parameter(), ref["RESISTANCE"])
    cores, id_field = base.cores_parameters()
    assert _same(cores, ref["CORES"]) and _same(id_field, ref["CORE_ID_FIELD"])
    assert _same(base.neighbours_parameter(), ref["NEIGHBOURS"])
    assert _same(base.width_cutoff_parameter(), ref["WIDTH_CUTOFF"])
    assert _same(base.width_cutoff_percent_parameter(), ref["WIDTH_CUTOFF_PERCENT"])
    assert _same(base.width_cutoff_percent_parameter(advanced=True), _advanced(ref["WIDTH_CUTOFF_PERCENT"]))
    # other names keep the rest of the declaration (an optional resistance, cores under another name)
    optional = QgsProcessingParameterRasterLayer("R2", "Resistance raster", None, True)
    assert _same(base.resistance_parameter("R2", optional=True), optional)
    _cores, field = base.cores_parameters("FOCAL", "FOCAL_ID")
    assert field.parentLayerParameterName() == "FOCAL" and field.name() == "FOCAL_ID"
    assert _same(base.raster_output("OUT", "Corridors"), QgsProcessingParameterRasterDestination("OUT", "Corridors"))
    assert _same(base.vector_output("P", "Paths", QgsProcessing.TypeVectorLine),
                 QgsProcessingParameterVectorDestination("P", "Paths", QgsProcessing.TypeVectorLine))
    assert _same(base.folder_output("F", "Keep", advanced=True),
                 _advanced(QgsProcessingParameterFolderDestination("F", "Keep", None, True, False)))
    assert _same(base.folder_output("F", "Keep", optional=False),
                 QgsProcessingParameterFolderDestination("F", "Keep", None, False, False))


@pytest.mark.parametrize("module, cls, names, advanced_percent", [
    ("alg_costdistance", "CostDistanceAlgorithm", ["RESISTANCE", "NEIGHBOURS"], None),
    ("alg_leastcostpath", "LeastCostPathAlgorithm", ["RESISTANCE", "NEIGHBOURS"], None),
    ("alg_leastcostcorridors", "LeastCostCorridorsAlgorithm",
     ["CORES", "CORE_ID_FIELD", "RESISTANCE", "NEIGHBOURS", "WIDTH_CUTOFF"], True),
    ("alg_truncatecorridors", "TruncateCorridorsAlgorithm", ["WIDTH_CUTOFF"], False),
])
def test_algorithms_keep_the_contract_declarations(module, cls, names, advanced_percent):
    import importlib

    algorithm = getattr(importlib.import_module(f"ccsg_plugin.processing.{module}"), cls)()
    algorithm.initAlgorithm()
    ref = _references()
    for name in names:
        assert _same(algorithm.parameterDefinition(name), ref[name]), name
    if advanced_percent is not None:
        percent = ref["WIDTH_CUTOFF_PERCENT"]
        expected = _advanced(percent) if advanced_percent else percent
        assert _same(algorithm.parameterDefinition("WIDTH_CUTOFF_PERCENT"), expected)
