"""Input doctor: pre-flight checks of a least-cost analysis, each with a plain-language fix.

Pure (numpy + shapely). The GIS layer gathers plain facts from QGIS layers (gis/doctor_inputs.py): CRS facts as
plain values, raster grids, a (possibly decimated) sample of the resistance values, core geometries already in the
resistance raster's CRS, the options and the machine's free memory. ``diagnose`` turns them into findings.
Errors are what the algorithms would refuse (so Run is disabled); warnings and infos never block.
"""

from __future__ import annotations

from typing import Sequence

# The findings and facts, and each group of checks, live in their own modules (named for what they check); their
# public names stay importable from here, where gis/doctor_inputs.py, the dock and the tests take them.
from ccsg_plugin.core.doctor.core_checks import check_cores
from ccsg_plugin.core.doctor.core_shape_checks import check_core_shapes
from ccsg_plugin.core.doctor.crs_grid_checks import check_crs, check_grids
from ccsg_plugin.core.doctor.findings import (
    ERROR,
    INFO,
    WARNING,
    CoreFacts,
    CrsFacts,
    DoctorInputs,
    Finding,
    GridFacts,
    Options,
    ValueSample,
)
from ccsg_plugin.core.doctor.run_estimate import (
    BYTES_PER_CELL_COSTDISTANCE,
    BYTES_PER_CELL_KEPT_CWD,
    BYTES_PER_CELL_MOSAIC,
    LONG_RUN_SECONDS,
    MANY_PAIRS,
    SECONDS_PER_CELL_COSTDISTANCE,
    SECONDS_PER_CELL_PAIR,
    SECONDS_PER_RUN,
    SIXTEEN_NEIGHBOUR_FACTOR,
    check_size,
    estimate,
    format_bytes,
    format_seconds,
    linked_pairs,
    pairs_within,
    peak_bytes,
    workers_for,
)
from ccsg_plugin.core.doctor.value_checks import (
    NODATA_SHARE_WARNING,
    check_landcover,
    check_values,
    resistance_from_classes,
)
from ccsg_plugin.core.text import tr

__all__ = [
    "BYTES_PER_CELL_COSTDISTANCE",
    "BYTES_PER_CELL_MOSAIC",
    "BYTES_PER_CELL_KEPT_CWD",
    "ERROR",
    "INFO",
    "LONG_RUN_SECONDS",
    "MANY_PAIRS",
    "NODATA_SHARE_WARNING",
    "SECONDS_PER_CELL_COSTDISTANCE",
    "SECONDS_PER_CELL_PAIR",
    "SECONDS_PER_RUN",
    "SIXTEEN_NEIGHBOUR_FACTOR",
    "WARNING",
    "CoreFacts",
    "CrsFacts",
    "DoctorInputs",
    "Finding",
    "GridFacts",
    "Options",
    "ValueSample",
    "diagnose",
    "estimate",
    "format_bytes",
    "format_seconds",
    "has_errors",
    "linked_pairs",
    "pairs_within",
    "peak_bytes",
    "resistance_from_classes",
    "workers_for",
]

_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}


def _check_unreadable(inp: DoctorInputs) -> list[Finding]:
    return [
        Finding(
            INFO,
            "values_not_checked",
            tr("The values of '{0}' could not be read, so NoData and zero/negative resistance were not checked.", name),
            tr("Use a raster file (GeoTIFF) to get these checks."),
        )
        for name in inp.unreadable
    ]


def diagnose(inp: DoctorInputs) -> list[Finding]:
    """All findings, errors first."""
    findings: list[Finding] = []
    for check in (check_crs, check_grids, check_landcover, check_values, check_cores, check_core_shapes, check_size):
        findings.extend(check(inp))
    findings.extend(_check_unreadable(inp))
    return sorted(findings, key=lambda f: _ORDER.get(f.severity, 3))


def has_errors(findings: Sequence[Finding]) -> bool:
    return any(f.blocks_run for f in findings)
