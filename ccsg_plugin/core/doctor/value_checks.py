"""Input doctor checks of the resistance values: NoData, zero and negative resistance (with where they are), and
the land-cover class -> resistance table (empty, non-positive resistances, classes missing from the table)."""

from __future__ import annotations

import math
from typing import Optional

import numpy as np

from ccsg_plugin.core.doctor.findings import ERROR, INFO, WARNING, DoctorInputs, Finding, GridFacts, fmt_int
from ccsg_plugin.core.text import tr

NODATA_SHARE_WARNING = 0.5


def resistance_from_classes(classes: np.ndarray, table: dict, default: Optional[float]) -> np.ndarray:
    """Resistance values from land-cover classes (NaN = NoData class); unlisted classes take ``default`` or NaN."""
    classes = np.asarray(classes, dtype=np.float64)
    out = np.full(classes.shape, np.nan if default is None else float(default), dtype=np.float64)
    out[np.isnan(classes)] = np.nan
    for key, value in table.items():
        out[classes == float(key)] = np.nan if value is None else float(value)
    return out


def _fmt_xy(x: float, y: float) -> str:
    return f"x={x:.0f}, y={y:.0f}"


def _where(mask: np.ndarray, grid: GridFacts) -> str:
    rows, cols = np.nonzero(mask)
    x0 = grid.x_min + cols.min() * grid.cell_x
    x1 = grid.x_min + (cols.max() + 1) * grid.cell_x
    y1 = grid.y_max - rows.min() * grid.cell_y
    y0 = grid.y_max - (rows.max() + 1) * grid.cell_y
    r, c = rows[0], cols[0]
    sx, sy = grid.x_min + (c + 0.5) * grid.cell_x, grid.y_max - (r + 0.5) * grid.cell_y
    return tr("within x {0} to {1}, y {2} to {3} (for example at {4})", format(x0, ".0f"), f"{x1:.0f}", f"{y0:.0f}",
              f"{y1:.0f}", _fmt_xy(sx, sy))


def check_values(inp: DoctorInputs) -> list[Finding]:
    out: list[Finding] = []
    sample = inp.resistance_values
    if sample is None:
        return out
    name = inp.resistance_name or (inp.resistance_grid.layer_name if inp.resistance_grid else "resistance")
    built = bool(inp.landcover_name)
    if built:
        name = tr("resistance built from '{0}'", inp.landcover_name)
    else:
        name = tr("resistance raster '{0}'", name)
    v = np.asarray(sample.values, dtype=np.float64)
    total = v.size
    if total == 0:
        return out
    scale = sample.cells_per_sample
    about = "" if sample.exact else tr("about ")
    infinite = np.isinf(v)  # counted apart: the algorithms refuse them (they would become NoData silently)
    nodata = np.isnan(v)
    with np.errstate(invalid="ignore"):
        zero = np.isfinite(v) & (v == 0)
        negative = np.isfinite(v) & (v < 0)
    if infinite.any():
        out.append(
            Finding(
                ERROR,
                "infinite_resistance",
                tr("The {0} has {1}{2} cells with an infinite resistance (+inf or -inf), {3}.", None,
                   int(infinite.sum() * scale), name, about, fmt_int(infinite.sum() * scale),
                   _where(infinite, sample.grid)),
                tr("Resistance must be a positive finite number: set those cells to NoData where movement is "
                   "impossible, or to a large finite value (Raster Calculator)."),
            )
        )
    if nodata.all():
        out.append(
            Finding(
                ERROR,
                "all_nodata",
                tr("The {0} holds only NoData: no cell can be crossed.", name),
                tr("Check the raster's NoData value in Layer Properties > Transparency/Source, or pick the right "
                   "raster; when building from land cover, give the classes a resistance in the table."),
            )
        )
        return out
    if nodata.any():
        n = nodata.sum()
        share = n / total
        out.append(
            Finding(
                WARNING if share >= NODATA_SHARE_WARNING else INFO,
                "nodata_cells",
                tr("The {0} has {1}{2} NoData cells ({3}), {4}. They are impassable.",
                   None, int(n * scale), name, about, fmt_int(n * scale), f'{share:.1%}', _where(nodata, sample.grid)),
                tr("Nothing to do if those cells are outside the study area or truly impassable; otherwise fill them "
                   "(Raster > Analysis > Fill NoData) or give their class a resistance."),
            )
        )
    if zero.any():
        out.append(
            Finding(
                ERROR,
                "zero_resistance",
                tr("The {0} has {1}{2} cells with resistance 0, {3}. Resistance 0 would make moving free, so these "
                   "cells cannot be used.", None, int(zero.sum() * scale), name, about, fmt_int(zero.sum() * scale),
                   _where(zero, sample.grid)),
                tr("Give them a small positive resistance (for example 1, the cost of the easiest land), with the "
                   "Raster Calculator or in the class table; or set them to NoData if they are impassable."),
            )
        )
    if negative.any():
        out.append(
            Finding(
                ERROR,
                "negative_resistance",
                tr("The {0} has {1}{2} cells with negative resistance (lowest {3}), {4}.",
                   None, int(negative.sum() * scale), name, about, fmt_int(negative.sum() * scale),
                   f'{np.nanmin(v[negative]):g}', _where(negative, sample.grid)),
                tr("Resistance must be positive: check the NoData value (a NoData of -9999 not declared as NoData "
                   "looks like this) or rescale the values so the lowest is 1."),
            )
        )
    return out


def check_landcover(inp: DoctorInputs) -> list[Finding]:
    out: list[Finding] = []
    if not inp.landcover_name:
        return out
    table = inp.table or {}
    if not table:
        out.append(
            Finding(
                ERROR,
                "empty_table",
                tr("The class -> resistance table for '{0}' is empty.", inp.landcover_name),
                tr("Load a preset or a CSV file, or add one row per land-cover class with its resistance."),
            )
        )
    bad = [k for k, v in table.items() if v is not None and (not math.isfinite(float(v)) or float(v) <= 0)]
    if bad:
        out.append(
            Finding(
                ERROR,
                "table_nonpositive",
                tr("Classes {0} have a resistance that is zero, negative or not a number.",
                   ", ".join(f"{_class_str(k)} ({float(table[k]):g})" for k in bad)),
                tr("Give every class a positive resistance (1 = easiest to cross); write 'nodata' to make a class "
                   "impassable (an empty cell takes the default resistance)."),
            )
        )
    if inp.landcover_classes is not None:
        missing = [c for c in inp.landcover_classes if float(c) not in {float(k) for k in table}]
        if missing:
            default = inp.default_resistance
            effect = (
                tr("they get the default resistance {0}",
                    format(default, "g")) if default is not None else tr("they will be NoData (impassable)")
            )
            out.append(
                Finding(
                    WARNING,
                    "classes_not_in_table",
                    tr("Land-cover classes {0}{1} of '{2}' are not in the table: {3}.",
                       ', '.join(_class_str(c) for c in missing[:20]), ' ...' if len(missing) > 20 else '',
                       inp.landcover_name, effect),
                    tr("Add a row for each class shown in red in the table, or set the default resistance on purpose."),
                )
            )
    if inp.default_resistance is not None and (
        not math.isfinite(inp.default_resistance) or inp.default_resistance <= 0
    ):
        out.append(
            Finding(
                ERROR,
                "default_nonpositive",
                tr("The default resistance {0} is not positive.", format(inp.default_resistance, "g")),
                tr("Set a positive default resistance, or choose 'impassable' for unlisted classes."),
            )
        )
    return out


def _class_str(value) -> str:
    f = float(value)
    return str(int(f)) if f.is_integer() else f"{f:g}"
