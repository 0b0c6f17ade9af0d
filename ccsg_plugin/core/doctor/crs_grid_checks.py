"""Input doctor checks of the coordinate reference systems and raster grids: geographic or missing CRS, layers
in another CRS than the resistance raster, rasters whose cell size or cell edges differ from the resistance grid."""

from __future__ import annotations

import math

from ccsg_plugin.core.doctor.findings import ERROR, WARNING, DoctorInputs, Finding
from ccsg_plugin.core.text import tr

# Alignment tolerance, as a share of a cell.
_ALIGN_TOL = 1e-6


def check_crs(inp: DoctorInputs) -> list[Finding]:
    out: list[Finding] = []
    facts = ([inp.resistance_crs] if inp.resistance_crs else []) + list(inp.other_crs)
    for crs in facts:
        if not crs.valid:
            out.append(
                Finding(
                    ERROR,
                    "missing_crs",
                    tr("Layer '{0}' has no valid coordinate reference system.", crs.layer_name),
                    tr("Set its CRS in Layer Properties > Source (the projected CRS the data was made in)."),
                )
            )
        elif crs.is_geographic:
            out.append(
                Finding(
                    ERROR,
                    "geographic_crs",
                    tr("Layer '{0}' is in a geographic CRS ({1}): distances in degrees make cost distances meaningless."
                       ,
                       crs.layer_name, crs.description),
                    tr("Reproject it to a projected CRS in metres (Raster/Vector > Projections > Reproject, e.g. the "
                       "national grid or UTM zone of the study area) and pick the reprojected layer here."),
                )
            )
    if inp.resistance_crs and inp.resistance_crs.valid:
        for crs in inp.other_crs:
            if crs.valid and not crs.same_as_resistance and not crs.is_geographic:
                out.append(
                    Finding(
                        WARNING,
                        "different_crs",
                        tr("Layer '{0}' ({1}) is not in the resistance raster's CRS ({2}); it will be reprojected to "
                           "the raster's CRS for the analysis.",
                           crs.layer_name, crs.description, inp.resistance_crs.description),
                        tr("Nothing to do if that is intended; to avoid resampling surprises, reproject it yourself to "
                           "the raster's CRS."),
                    )
                )
    return out


def check_grids(inp: DoctorInputs) -> list[Finding]:
    out: list[Finding] = []
    ref = inp.resistance_grid
    if ref is None:
        return out
    for grid in inp.other_grids:
        if not (
            math.isclose(grid.cell_x, ref.cell_x, rel_tol=1e-6) and math.isclose(grid.cell_y, ref.cell_y, rel_tol=1e-6)
        ):
            out.append(
                Finding(
                    WARNING,
                    "cell_size_differs",
                    tr("Raster '{0}' has {1} x {2} cells but '{3}' has {4} x {5}: values will be resampled.",
                       grid.layer_name, f'{grid.cell_x:g}', f'{grid.cell_y:g}', ref.layer_name, f'{ref.cell_x:g}',
                       f'{ref.cell_y:g}'),
                    tr("Resample '{0}' to the same cell size and grid (Raster > Projections > Warp, with '{1}' as the "
                       "target extent and resolution).", grid.layer_name, ref.layer_name),
                )
            )
            continue
        dx = (grid.x_min - ref.x_min) / ref.cell_x
        dy = (grid.y_max - ref.y_max) / ref.cell_y
        if abs(dx - round(dx)) > _ALIGN_TOL * 1e3 or abs(dy - round(dy)) > _ALIGN_TOL * 1e3:
            out.append(
                Finding(
                    WARNING,
                    "grid_misaligned",
                    tr("Raster '{0}' is shifted by {1} x {2} cells against '{3}': cells do not line up.",
                       grid.layer_name, f'{abs(dx - round(dx)):.2f}', f'{abs(dy - round(dy)):.2f}', ref.layer_name),
                    tr("Warp '{0}' onto the grid of '{1}' (Raster > Projections > Warp, same extent and resolution) so "
                       "both rasters share cell edges.", grid.layer_name, ref.layer_name),
                )
            )
    return out
