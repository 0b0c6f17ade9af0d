"""Inputs and outputs of ccsg:linkagepriority: a kept corridor run, the cores' values, and the written layers."""

from __future__ import annotations

import math

import numpy as np
from qgis.core import QgsField, QgsFields, QgsGeometry, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ccsg_plugin.core.engine import corridors
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import rasterize, writers
from ccsg_plugin.gis.corridor_outputs import id_variant, path_geometry
from ccsg_plugin.i18n import tr

CORE_FIELDS = ("mean_res", "area_m2", "perimeter_m", "cav", "norm_cav")
LINK_FIELDS = ("lcd", "path_length_m", "lcd_per_path", "rel_close", "rel_perm", "mean_cav", "csp", "csp_norm")


def numeric_values(cores, field: str, what: str) -> list:
    """A numeric field of the cores layer (one value of 0 or more per core), for an expert value or centrality."""
    layer = cores.layer
    if layer.fields().indexOf(field) < 0:
        raise CcsgError(tr("The layer '{0}' has no field '{1}' (the {2}).", layer.name(), field, what))
    values, bad = [], []
    for cid, feature in zip(cores.ids, cores.features):
        try:
            value = float(feature[field])
        except (TypeError, ValueError):
            value = math.nan
        if not math.isfinite(value) or value < 0:
            bad.append(str(cid))
        values.append(value)
    if bad:
        raise CcsgError(tr("The field '{0}' of '{1}' (the {2}) is empty, not a number or negative for the cores {3}; "
                           "fill in a value of 0 or more.", field, layer.name(), what, ", ".join(bad[:10])))
    return values


def mean_resistance(cores, resistance, transform_context=None) -> list:
    """Mean resistance over each core's cells (NoData cells left out), on the resistance raster's grid."""
    masks, _ = rasterize.core_cells(cores.layer, cores.id_field, resistance.grid, transform_context)
    out, empty = [], []
    for cid in cores.ids:
        mask = masks.get(cid)
        values = resistance.array[mask] if mask is not None else np.zeros(0)
        values = values[np.isfinite(values)]
        if values.size == 0:
            empty.append(str(cid))
            out.append(math.nan)
        else:
            out.append(float(values.mean()))
    if empty:
        raise CcsgError(tr("The cores {0} of '{1}' cover no passable cell of the resistance raster '{2}', so their "
                           "mean resistance is unknown; check that the raster covers them.", ", ".join(empty[:10]),
                           cores.layer.name(), resistance.name))
    return out


def link_expert_values(layer, field: str, links: list) -> list:
    """An expert value per link from a table with core_a, core_b and the field (either order of the pair)."""
    names = layer.fields().names()
    for needed in ("core_a", "core_b", field):
        if needed not in names:
            raise CcsgError(tr("The link table '{0}' has no field '{1}'; it needs core_a, core_b and the expert "
                               "value.", layer.name(), needed))
    table = {}
    for feature in layer.getFeatures():
        a, b = rasterize.plain_id(feature["core_a"]), rasterize.plain_id(feature["core_b"])
        try:
            table[frozenset((a, b))] = float(feature[field])
        except (TypeError, ValueError):
            continue
    missing = [f"{link.core_a}-{link.core_b}" for link in links if frozenset((link.core_a, link.core_b)) not in table]
    if missing:
        raise CcsgError(tr("The link table '{0}' has no value in '{1}' for the pairs {2}; give every linked pair a "
                           "value.", layer.name(), field, ", ".join(missing[:10])))
    return [table[frozenset((link.core_a, link.core_b))] for link in links]


def corridor_windows(links: list, cost_distances: dict) -> list:
    """(window, normalised corridor values, cutoff) per link (the links' cutoffs set by corridors.truncate)."""
    out = []
    for link in links:
        pc = corridors.pair_corridor(cost_distances[link.core_a], cost_distances[link.core_b], link.lcd)
        if pc is None:
            out.append(((0, 0, 0, 0), np.zeros((0, 0)), link.cutoff))
        else:
            out.append((pc[0], pc[1], link.cutoff))
    return out


def write_links(path, links, values, grid, is_cancelled=None):
    fields = QgsFields()
    id_type = id_variant([link.core_a for link in links] + [link.core_b for link in links])
    fields.append(QgsField("core_a", id_type))
    fields.append(QgsField("core_b", id_type))
    for name in LINK_FIELDS:
        fields.append(QgsField(name, QVariant.Double))

    def rows():
        for e, link in enumerate(links):
            numbers = [link.lcd, link.path_length_m, link.lcd_per_path, values.rel_close[e], values.rel_perm[e],
                       values.mean_cav[e], values.csp[e], values.csp_norm[e]]
            yield path_geometry(link.path, grid), [link.core_a, link.core_b] + [writers.clean_number(v)
                                                                               for v in numbers]

    return writers.write_vector(path, fields, QgsWkbTypes.LineString, grid.crs, rows(), is_cancelled=is_cancelled)


def write_cores(path, cores, columns: dict, is_cancelled=None):
    taken = {name.lower() for name in CORE_FIELDS} | {"fid"}
    fields = QgsFields()
    kept = []
    for index, field in enumerate(cores.layer.fields()):
        if field.name().lower() not in taken:
            fields.append(QgsField(field))
            kept.append(index)
    for name in CORE_FIELDS:
        fields.append(QgsField(name, QVariant.Double))

    def rows():
        for i, feature in enumerate(cores.features):
            values = [feature.attribute(k) for k in kept] + [writers.clean_number(columns[n][i]) for n in CORE_FIELDS]
            yield QgsGeometry(feature.geometry()), values

    return writers.write_vector(path, fields, cores.layer.wkbType(), cores.layer.crs(), rows(),
                                is_cancelled=is_cancelled)
