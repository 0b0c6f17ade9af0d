"""QGIS layers -> the plain inputs of the input doctor (core/doctor/run.py), and a task that checks them.

Two halves so the GUI thread never reads pixels: ``prepare`` runs on the main thread and only copies cheap facts
(CRS, extent, size, file path, a thread-safe feature source); ``gather`` runs in a worker (``DoctorTask``) and reads
a capped sample of the raster values (gis.raster_io.read_sample) and the core geometries reprojected to the
raster's CRS.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransformContext,
    QgsFeatureRequest,
    QgsProject,
    QgsRasterLayer,
    QgsTask,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)

from ccsg_plugin.core.doctor import run as doc
from ccsg_plugin.core.progress import check_cancelled
from ccsg_plugin.core.text import message_of
from ccsg_plugin.gis import raster_io, worker_gc
from ccsg_plugin.gis.crs import GEOGRAPHIC, UNDEFINED, is_defined, projected_problem, same_crs
from ccsg_plugin.gis.geometry import to_shapely
from ccsg_plugin.gis.rasterize import plain_id
from ccsg_plugin.i18n import tr

MAX_CLASSES = 1000


def crs_text(crs: QgsCoordinateReferenceSystem) -> str:
    if not is_defined(crs):
        return tr("no CRS")
    return crs.userFriendlyIdentifier() or crs.authid() or crs.description()


def crs_facts(name: str, crs: QgsCoordinateReferenceSystem, reference=None) -> doc.CrsFacts:
    """The CRS facts the doctor judges, by the projected-CRS gate's rule (gis.crs.projected_problem); the doctor
    reports them as findings instead of refusing."""
    problem = projected_problem(crs)
    return doc.CrsFacts(
        layer_name=name,
        description=crs_text(crs),
        is_geographic=problem == GEOGRAPHIC,
        valid=problem != UNDEFINED,
        same_as_resistance=True if reference is None else same_crs(crs, reference),
    )


@dataclass
class RasterRef:
    name: str
    path: Optional[str]  # a file GDAL can open, or None (then values are not checked)
    grid: doc.GridFacts
    crs: QgsCoordinateReferenceSystem


def raster_ref(layer: QgsRasterLayer) -> RasterRef:
    """Cheap facts of a raster layer (no pixel is read)."""
    extent = layer.extent()
    w, h = max(1, layer.width()), max(1, layer.height())
    grid = doc.GridFacts(
        layer.name(), extent.xMinimum(), extent.yMaximum(), extent.width() / w, extent.height() / h, w, h
    )
    path = layer.source() if layer.providerType() == "gdal" else None
    return RasterRef(layer.name(), path, grid, QgsCoordinateReferenceSystem(layer.crs()))


@dataclass
class DoctorRequest:
    """Everything the worker needs, copied on the main thread; holds no layer."""

    landcover_mode: bool = False
    resistance: Optional[RasterRef] = None
    landcover: Optional[RasterRef] = None
    cores_source: Optional[QgsVectorLayerFeatureSource] = None
    cores_name: str = ""
    cores_crs: Optional[QgsCoordinateReferenceSystem] = None
    id_field: str = ""
    transform_context: QgsCoordinateTransformContext = field(default_factory=QgsCoordinateTransformContext)
    table: dict = field(default_factory=dict)
    default_resistance: Optional[float] = None
    options: doc.Options = field(default_factory=doc.Options)
    free_memory_bytes: Optional[int] = None

    @property
    def reference(self) -> Optional[RasterRef]:
        """The raster whose grid and CRS the analysis uses."""
        return self.landcover if self.landcover_mode else self.resistance


def prepare(
    resistance: Optional[QgsRasterLayer],
    cores: Optional[QgsVectorLayer],
    id_field: str,
    options: doc.Options,
    landcover: Optional[QgsRasterLayer] = None,
    landcover_mode: bool = False,
    table: Optional[dict] = None,
    default_resistance: Optional[float] = None,
    free_memory_bytes: Optional[int] = None,
) -> DoctorRequest:
    """Main thread: copy the facts of the chosen layers (cheap, no pixel or feature read)."""
    req = DoctorRequest(
        landcover_mode=landcover_mode,
        resistance=raster_ref(resistance) if resistance is not None and resistance.isValid() else None,
        landcover=raster_ref(landcover) if landcover is not None and landcover.isValid() else None,
        id_field=id_field or "",
        table=dict(table or {}),
        default_resistance=default_resistance,
        options=options,
        free_memory_bytes=free_memory_bytes,
        transform_context=QgsProject.instance().transformContext(),
    )
    if cores is not None and cores.isValid():
        req.cores_source = QgsVectorLayerFeatureSource(cores)  # the thread-safe way to read a layer elsewhere
        req.cores_name = cores.name()
        req.cores_crs = QgsCoordinateReferenceSystem(cores.crs())
    return req


def read_cores(req: DoctorRequest, is_cancelled: Callable[[], bool] | None = None) -> list[doc.CoreFacts]:
    """Worker thread: the cores' ids and geometries, reprojected to the analysis raster's CRS."""
    ref = req.reference
    request = QgsFeatureRequest()
    if ref is not None and is_defined(ref.crs) and req.cores_crs is not None and is_defined(req.cores_crs):
        request.setDestinationCrs(ref.crs, req.transform_context)
    out: list[doc.CoreFacts] = []
    for feature in req.cores_source.getFeatures(request):
        check_cancelled(is_cancelled)
        geometry = feature.geometry()
        shape = to_shapely(geometry)
        if shape is not None and not shape.is_valid:
            shape = shape.buffer(0)
        core_id = plain_id(feature[req.id_field]) if req.id_field else feature.id()
        if isinstance(core_id, float) and core_id.is_integer():
            core_id = int(core_id)
        out.append(doc.CoreFacts(feature.id(), core_id, shape))
    return out


def gather(req: DoctorRequest, is_cancelled: Callable[[], bool] | None = None) -> doc.DoctorInputs:
    """Worker thread: the plain inputs of ``input_doctor.diagnose``."""
    ref = req.reference
    inp = doc.DoctorInputs(options=req.options, free_memory_bytes=req.free_memory_bytes)
    if ref is not None:
        inp.resistance_crs = crs_facts(ref.name, ref.crs)
        inp.resistance_grid = ref.grid
        inp.resistance_name = ref.name
    if req.landcover_mode and req.landcover is not None:
        inp.landcover_name = req.landcover.name
        inp.table = req.table
        inp.default_resistance = req.default_resistance
        sample = raster_io.read_sample(req.landcover.path, name=req.landcover.name) if req.landcover.path else None
        check_cancelled(is_cancelled)
        if sample is None:
            inp.unreadable.append(req.landcover.name)
        else:
            classes = np.unique(sample.values[np.isfinite(sample.values)])
            inp.landcover_classes = [float(c) for c in classes[:MAX_CLASSES]]
            values = doc.resistance_from_classes(sample.values, req.table, req.default_resistance)
            inp.resistance_values = doc.ValueSample(values, sample.grid, sample.cells_per_sample)
    elif req.resistance is not None:
        if req.landcover is not None:  # a land cover beside the resistance must share its grid
            inp.other_crs.append(crs_facts(req.landcover.name, req.landcover.crs, req.resistance.crs))
            inp.other_grids.append(req.landcover.grid)
        sample = raster_io.read_sample(req.resistance.path, name=req.resistance.name) if req.resistance.path else None
        check_cancelled(is_cancelled)
        if sample is None:
            inp.unreadable.append(req.resistance.name)
        else:
            inp.resistance_values = sample
    if req.cores_source is not None:
        inp.cores_name = req.cores_name
        inp.id_field = req.id_field
        inp.other_crs.append(crs_facts(req.cores_name, req.cores_crs, ref.crs if ref is not None else None))
        inp.cores = read_cores(req, is_cancelled)
    return inp


def check(req: DoctorRequest, is_cancelled: Callable[[], bool] | None = None) -> list[doc.Finding]:
    return doc.diagnose(gather(req, is_cancelled))


class DoctorTask(QgsTask):
    """Runs the doctor in a worker; ``done(findings or None, error text or "", inputs or None)`` is called on the
    main thread (the inputs carry what the dock shows besides the findings, e.g. the land-cover classes)."""

    def __init__(self, request: DoctorRequest, done: Callable) -> None:
        super().__init__(tr("Checking the least-cost inputs"), QgsTask.CanCancel)
        self.request, self.done = request, done
        self.findings: Optional[list] = None
        self.inputs: Optional[doc.DoctorInputs] = None
        self.error = ""

    @worker_gc.paused
    def run(self) -> bool:  # worker thread: no layers, no widgets
        try:
            self.inputs = gather(self.request, self.isCanceled)
            self.findings = doc.diagnose(self.inputs)
        except Exception as exc:  # shown on the main thread
            self.error = message_of(exc) or type(exc).__name__  # keeps a core message's template
            return False
        return not self.isCanceled()

    def finished(self, ok: bool) -> None:
        self.done(self.findings if ok else None, self.error, self.inputs if ok else None)
