"""Input doctor checks of the coordinate reference systems and raster grids: geographic or missing CRS, layers
in another CRS than the resistance raster, rasters whose cell size or cell edges differ from the resistance grid."""

from __future__ import annotations

import math

from ccsg_plugin.core.doctor.findings import ERROR, WARNING, DoctorInputs, Finding

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
                    f"Layer '{crs.layer_name}' has no valid coordinate reference system.",
                    "Set its CRS in Layer Properties > Source (the projected CRS the data was made in).",
                )
            )
        elif crs.is_geographic:
            out.append(
                Finding(
                    ERROR,
                    "geographic_crs",
                    f"Layer '{crs.layer_name}' is in a geographic CRS ({crs.description}): distances in degrees "
                    "make cost distances meaningless.",
                    "Reproject it to a projected CRS in metres (Raster/Vector > Projections > Reproject, e.g. the "
                    "national grid or UTM zone of the study area) and pick the reprojected layer here.",
                )
            )
    if inp.resistance_crs and inp.resistance_crs.valid:
        for crs in inp.other_crs:
            if crs.valid and not crs.same_as_resistance and not crs.is_geographic:
                out.append(
                    Finding(
                        WARNING,
                        "different_crs",
                        f"Layer '{crs.layer_name}' ({crs.description}) is not in the resistance raster's CRS "
                        f"({inp.resistance_crs.description}); it will be reprojected to the raster's CRS for the "
                        "analysis.",
                        "Nothing to do if that is intended; to avoid resampling surprises, reproject it yourself "
                        "to the raster's CRS.",
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
                    f"Raster '{grid.layer_name}' has {grid.cell_x:g} x {grid.cell_y:g} cells but "
                    f"'{ref.layer_name}' has {ref.cell_x:g} x {ref.cell_y:g}: values will be resampled.",
                    f"Resample '{grid.layer_name}' to the same cell size and grid (Raster > Projections > Warp, "
                    f"with '{ref.layer_name}' as the target extent and resolution).",
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
                    f"Raster '{grid.layer_name}' is shifted by {abs(dx - round(dx)):.2f} x "
                    f"{abs(dy - round(dy)):.2f} cells against '{ref.layer_name}': cells do not line up.",
                    f"Warp '{grid.layer_name}' onto the grid of '{ref.layer_name}' (Raster > Projections > Warp, "
                    "same extent and resolution) so both rasters share cell edges.",
                )
            )
    return out
