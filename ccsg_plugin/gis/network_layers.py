"""Layers of the core network: reading cores, least-cost paths and the region; writing cores, links and summary."""

from __future__ import annotations

import math

from qgis.core import (
    QgsCoordinateTransform,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from shapely.ops import unary_union

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import validate, writers
from ccsg_plugin.gis.corridor_outputs import id_variant
from ccsg_plugin.gis.crs import require_projected, same_crs
from ccsg_plugin.gis.rasterize import plain_id, to_shapely, transformed_geometries
from ccsg_plugin.i18n import tr

CORE_FIELDS = ("dPC", "dPC_intra", "dPC_flux", "dPC_connector", "dIIC", "component", "cf_centrality")
LINK_FIELDS = ("core_a", "core_b", "distance", "p", "dPC_link", "cf_centrality")
SUMMARY_FIELDS = ("PC", "EC", "IIC", "components", "landscape_area", "ProtConn", "Prot", "ProtUnconn",
                  "ProtConn_Within", "ProtConn_Contig", "ProtConn_Unprot", "ProtConn_Trans")
PATH_FIELDS = ("core_a", "core_b", "lcd")


class Cores:
    """The cores of a layer in its own CRS: ids, features, QGIS and shapely geometries."""

    def __init__(self, layer: QgsVectorLayer, id_field: str, context=None):
        require_projected(layer)
        validate.check_vector_not_empty(layer)
        validate.check_core_ids(layer, id_field)
        validate.check_core_geometries(layer, id_field)
        self.layer = layer
        self.id_field = id_field
        pairs = transformed_geometries(layer, layer.crs(), context)
        self.features = [f for f, _ in pairs]
        self.qgis_geoms = [g for _, g in pairs]
        self.ids = [plain_id(f[id_field]) for f in self.features]
        self.geoms = [to_shapely(g).buffer(0) if not to_shapely(g).is_valid else to_shapely(g) for g in
                      self.qgis_geoms]
        if len(self.ids) < 2:
            raise CcsgError(tr("The layer '{0}' holds {1} core; a network needs at least two cores. Add core areas, "
                               "or choose the layer that holds all of them.", layer.name(), len(self.ids)))
        self.index = {cid: i for i, cid in enumerate(self.ids)}

    def attributes(self, field: str) -> list:
        """The attribute of each core: the field's values, or the area in hectares when no field is given."""
        if not field:
            return [g.area / 10000.0 for g in self.geoms]
        if self.layer.fields().indexOf(field) < 0:
            raise CcsgError(tr("The layer '{0}' has no field '{1}'; choose its attribute field or leave it empty "
                               "to use the area.", self.layer.name(), field))
        values, bad = [], []
        for cid, feature in zip(self.ids, self.features):
            value = feature[field]
            try:
                number = float(value)
            except (TypeError, ValueError):
                number = math.nan
            if not math.isfinite(number) or number < 0:
                bad.append(str(cid))
            values.append(number)
        if bad:
            raise CcsgError(tr("The attribute field '{0}' of '{1}' is empty, not a number or negative for the cores "
                               "{2}; fill in a value of 0 or more for every core.", field, self.layer.name(),
                               ", ".join(bad[:10])))
        return values


def _transform(layer, crs, context):
    if same_crs(layer.crs(), crs):
        return None
    return QgsCoordinateTransform(layer.crs(), crs, context or QgsProject.instance().transformContext())


def read_paths(layer: QgsVectorLayer, cores: Cores, context=None):
    """({(i, j): lcd}, {(i, j): QgsGeometry in the cores' CRS}) from a corridors run's paths layer."""
    if layer is None:
        raise CcsgError(tr("Least-cost distances need the paths layer of a corridors run (PATHS)."))
    names = layer.fields().names()
    missing = [f for f in PATH_FIELDS if f not in names]
    if missing:
        raise CcsgError(tr("The paths layer '{0}' has no field {1}; choose the least-cost paths written by "
                           "'Least-cost corridors between cores'.", layer.name(), ", ".join(missing)))
    transform = _transform(layer, cores.layer.crs(), context)
    distances, lines, unknown = {}, {}, set()
    for feature in layer.getFeatures():
        a, b = plain_id(feature["core_a"]), plain_id(feature["core_b"])
        lcd = feature["lcd"]
        if lcd is None or (hasattr(lcd, "isNull") and lcd.isNull()):
            continue
        for cid in (a, b):
            if cid not in cores.index:
                unknown.add(str(cid))
        if a not in cores.index or b not in cores.index or a == b:
            continue
        i, j = sorted((cores.index[a], cores.index[b]))
        lcd = float(lcd)
        if not math.isfinite(lcd) or lcd < 0:
            raise CcsgError(tr("The paths layer '{0}' gives the pair {1}-{2} a least-cost distance of {3}; it must "
                               "be 0 or more.", layer.name(), a, b, lcd))
        if (i, j) not in distances or lcd < distances[(i, j)]:
            distances[(i, j)] = lcd
            geom = QgsGeometry(feature.geometry())
            if transform is not None and not geom.isNull():
                geom.transform(transform)
            lines[(i, j)] = geom
    if unknown:
        raise CcsgError(tr("The paths layer '{0}' links cores {1} that are not in '{2}' (field of ids as chosen); "
                           "use the paths of a corridors run on these cores.", layer.name(),
                           ", ".join(sorted(unknown)[:10]), cores.layer.name()))
    if not distances:
        raise CcsgError(tr("The paths layer '{0}' holds no link with a least-cost distance; run the corridors "
                           "first.", layer.name()))
    return distances, lines


def read_region(layer: QgsVectorLayer, crs, context=None, feedback=None):
    """The region as one shapely polygon in `crs` (reprojected when needed)."""
    require_projected(layer)
    validate.check_vector_not_empty(layer)
    if layer.geometryType() != QgsWkbTypes.PolygonGeometry:
        raise CcsgError(tr("The region layer '{0}' must hold polygons (the country or landscape).", layer.name()))
    if not same_crs(layer.crs(), crs) and feedback is not None:
        feedback.pushInfo(tr("The region '{0}' is reprojected from {1} to the cores' CRS {2}.", layer.name(),
                             layer.crs().authid(), crs.authid()))
    shapes = [to_shapely(g) for _, g in transformed_geometries(layer, crs, context)]
    region = unary_union([s if s.is_valid else s.buffer(0) for s in shapes])
    if region.is_empty or region.area <= 0:
        raise CcsgError(tr("The region layer '{0}' has no area; choose the polygon of the country or landscape.",
                           layer.name()))
    return region


def _number(value):
    return writers.clean_number(value) if value is not None else None


def write_cores(path: str, cores: Cores, result, feedback=None, is_cancelled=None):
    taken = {name.lower() for name in CORE_FIELDS}
    fields = QgsFields()
    kept = []
    for index, field in enumerate(cores.layer.fields()):
        if field.name().lower() in taken or field.name().lower() == "fid":
            if field.name().lower() != "fid" and feedback is not None:
                feedback.pushWarning(tr("The field '{0}' of '{1}' is replaced by the computed field of that name.",
                                        field.name(), cores.layer.name()))
            continue
        fields.append(QgsField(field))
        kept.append(index)
    for name in CORE_FIELDS:
        fields.append(QgsField(name, QVariant.Int if name == "component" else QVariant.Double))
    idx = result.indices

    def rows():
        for i, feature in enumerate(cores.features):
            values = [feature.attribute(k) for k in kept]
            values += [_number(idx.dpc[i]), _number(idx.dpc_intra[i]), _number(idx.dpc_flux[i]),
                       _number(idx.dpc_connector[i]), _number(idx.diic[i]), int(idx.component[i]),
                       _number(result.node_current[i])]
            yield QgsGeometry(feature.geometry()), values

    return writers.write_vector(path, fields, cores.layer.wkbType(), cores.layer.crs(), rows(),
                                is_cancelled=is_cancelled)


def write_links(path: str, cores: Cores, result, path_lines: dict | None, is_cancelled=None):
    fields = QgsFields()
    id_type = id_variant(cores.ids)
    fields.append(QgsField("core_a", id_type))
    fields.append(QgsField("core_b", id_type))
    for name in LINK_FIELDS[2:]:
        fields.append(QgsField(name, QVariant.Double))

    def rows():
        for e, (i, j) in enumerate(result.links):
            if path_lines is not None:
                geom = path_lines.get((i, j)) or QgsGeometry()
            else:
                line = result.link_lines[e]
                geom = QgsGeometry.fromWkt(line.wkt) if line is not None else QgsGeometry()
            yield geom, [cores.ids[i], cores.ids[j], _number(result.link_distance[e]),
                         _number(result.indices.link_p[e]), _number(result.indices.link_dpc[e]),
                         _number(result.link_current[e])]

    return writers.write_vector(path, fields, QgsWkbTypes.LineString, cores.layer.crs(), rows(),
                                is_cancelled=is_cancelled)


def summary_values(result) -> dict:
    idx, pc = result.indices, result.protconn
    values = {"PC": idx.pc, "EC": idx.ec, "IIC": idx.iic, "components": idx.components,
              "landscape_area": idx.landscape_area}
    if pc is not None:
        values.update({"ProtConn": pc.protconn, "Prot": pc.prot, "ProtUnconn": pc.prot_unconn,
                       "ProtConn_Within": pc.within, "ProtConn_Contig": pc.contig, "ProtConn_Unprot": pc.unprot,
                       "ProtConn_Trans": pc.trans})
    return values


def write_summary(path: str, result, crs):
    fields = QgsFields()
    for name in SUMMARY_FIELDS:
        fields.append(QgsField(name, QVariant.Int if name == "components" else QVariant.Double))
    values = summary_values(result)
    row = [values.get(name) if name == "components" else _number(values.get(name)) for name in SUMMARY_FIELDS]
    return writers.write_vector(path, fields, QgsWkbTypes.NoGeometry, crs, [(QgsGeometry(), row)])
