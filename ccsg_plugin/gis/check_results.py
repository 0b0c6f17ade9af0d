"""One run of the corridor check, shared by ccsg:checkcorridors and the dock: inputs -> evaluations -> fields,
details and the report text. Nothing is written to disk here until write_report() is called.

Result fields per criterion: `<id>_status` (pass / warn / fail / not_evaluated) and `<id>_value` (a number when
the criterion measures one, else text), then `overall_status`, `failed_required` and `check_details`: JSON with,
per criterion, its name, level, status, value, threshold, unit, explanation, source and problem location (WKT), so
the layer alone is enough to show the results table again after a restart.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from qgis.core import QgsCoordinateReferenceSystem
from qgis.PyQt.QtCore import QT_TRANSLATE_NOOP
from shapely import wkt as shapely_wkt

from ccsg_plugin import paths, settings
from ccsg_plugin.core.corridor import schema as corridor_schema
from ccsg_plugin.core.criteria.catalogue import CATALOGUE
from ccsg_plugin.core.criteria.evaluate import evaluate_corridors
from ccsg_plugin.core.criteria.profiles import Profile, load_profile
from ccsg_plugin.core.criteria.results import CorridorEvaluation
from ccsg_plugin.core.progress import check_cancelled, report, scaled
from ccsg_plugin.gis import check_inputs, report_map
from ccsg_plugin.gis import report as html_report
from ccsg_plugin.i18n import tr, tr_data

# The result contract, shared by ccsg:checkcorridors (which writes it) and the check dock (which reads it).
OVERALL_STATUS = "overall_status"
FAILED_REQUIRED = "failed_required"
DETAILS = "check_details"
ERROR_KEY = "_error"
STATUS_SUFFIX = "_status"
VALUE_SUFFIX = "_value"
RESULT_STYLE = "check_result"  # resources/styles/check_result.qml
REPORT_PROPERTY = "ccsg/check_report"  # layer custom property: the report of the run that made the layer
LAYER_ROLES = (  # labels marked for pylupdate5, translated where shown
    ("corridors", QT_TRANSLATE_NOOP("@default", "Corridors")),
    ("cores", QT_TRANSLATE_NOOP("@default", "Cores / protected areas")),
    ("landcover", QT_TRANSLATE_NOOP("@default", "Land cover")),
    ("habitat", QT_TRANSLATE_NOOP("@default", "Habitat")),
    ("resistance", QT_TRANSLATE_NOOP("@default", "Resistance")),
    ("dem", QT_TRANSLATE_NOOP("@default", "Elevation (DEM)")),
    ("barriers", QT_TRANSLATE_NOOP("@default", "Roads and barriers")),
    ("crossings", QT_TRANSLATE_NOOP("@default", "Crossing structures")),
    ("least_cost_paths", QT_TRANSLATE_NOOP("@default", "Least-cost paths")),
    ("streams", QT_TRANSLATE_NOOP("@default", "Streams")),
    ("floodplain", QT_TRANSLATE_NOOP("@default", "Floodplain / riparian areas")),
    ("river_barriers", QT_TRANSLATE_NOOP("@default", "River barriers (dams, weirs, culverts)")),
    ("coastline", QT_TRANSLATE_NOOP("@default", "Coastline")),
    ("night_lights", QT_TRANSLATE_NOOP("@default", "Night lights")),
    ("pinch_points", QT_TRANSLATE_NOOP("@default", "Pinch points (current)")),
    ("climate", QT_TRANSLATE_NOOP("@default", "Climate")),
    ("crossing_priorities", QT_TRANSLATE_NOOP("@default", "Infrastructure crossings (result)")),
    ("sea_paths", QT_TRANSLATE_NOOP("@default", "Sea paths (least-cost)")),
)
# optional, CRITERIA.md 2b/2d (and the pinch-point current of current_pinch, the climate of climate_span, the
# crossings result of barrier_severance, the sea paths of mar_spacing)
REALM_LAYERS = ("streams", "floodplain", "river_barriers", "coastline", "night_lights", "pinch_points", "climate",
                "crossing_priorities", "sea_paths")


def status_field(criterion_id: str) -> str:
    return criterion_id + STATUS_SUFFIX


def value_field(criterion_id: str) -> str:
    return criterion_id + VALUE_SUFFIX


def criteria_of(field_names) -> list[str]:
    """The criterion ids of a result layer, in field order (from its `<id>_status` fields)."""
    return [n[: -len(STATUS_SUFFIX)] for n in field_names if n.endswith(STATUS_SUFFIX) and n != OVERALL_STATUS]


def _is_number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def json_safe(value: Any) -> Any:
    """Numbers (numpy too), text, lists and dicts as JSON values; NaN/inf and anything else as text."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if hasattr(value, "item") and not isinstance(value, (list, tuple, dict)):
        try:
            value = value.item()
        except (ValueError, AttributeError):
            return str(value)
    if isinstance(value, (int, float)):
        return value if not isinstance(value, float) or math.isfinite(value) else str(value)
    if isinstance(value, dict):
        return {str(k): json_safe(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [json_safe(v) for v in value]
    return str(value)


def location_wkt(geometry) -> Optional[str]:
    if geometry is None or getattr(geometry, "is_empty", True):
        return None
    return shapely_wkt.dumps(geometry, rounding_precision=2)


@dataclass
class CheckRun:
    profile: Profile
    profile_source: str
    corridors: list
    context: Any
    evaluations: list[CorridorEvaluation]
    layer_info: list[tuple[str, str]] = field(default_factory=list)
    report_html: Optional[str] = None
    # Built on first use: looked up once per output feature, so a scan of every evaluation each time made the
    # output of 2000 corridors quadratic (minutes).
    _by_key: Optional[dict] = field(default=None, repr=False)
    _field_specs: Optional[list] = field(default=None, repr=False)

    @property
    def criteria(self) -> list[tuple[str, str]]:
        """(criterion id, name) of the profile's enabled criteria, in catalogue order."""
        return [(cid, CATALOGUE[cid].name) for cid, _spec in self.profile.enabled_criteria()]

    def evaluation(self, key: Any) -> Optional[CorridorEvaluation]:
        if self._by_key is None:
            self._by_key = {}
            for e in self.evaluations:
                self._by_key.setdefault(e.key, e)  # the first of equal keys, as a scan would find
        return self._by_key.get(key)

    def write_report(self, path: str | Path) -> Path:
        if self.report_html is None:
            raise RuntimeError("the report was not built for this run")
        return html_report.write_report(Path(path), self.report_html)

    def summary_lines(self) -> list[str]:
        lines = []
        for e in self.evaluations:
            if e.failed_required:
                note = tr(" (a required criterion fails)")
            elif e.unevaluated_required:
                names = ", ".join(tr_data(r.name) for r in e.unevaluated_required)
                note = tr(" (required criteria not evaluated: {0})", names)
            else:
                note = ""
            lines.append(tr("{0}: {1}{2}", e.name, html_report.status_label(e.overall_status), note))
        return lines

    def summary_json(self) -> str:
        return json.dumps(
            [{"key": json_safe(e.key), "name": e.name, "overall_status": e.overall_status,
              "failed_required": e.failed_required} for e in self.evaluations]
        )


# ----- fields -----------------------------------------------------------------------------------------------------
def result_field_specs(run: CheckRun) -> list[tuple[str, str]]:
    """(field name, kind) with kind string / double / bool, in output order (computed once per run)."""
    if run._field_specs is not None:
        return list(run._field_specs)
    numeric = {cid: True for cid, _name in run.criteria}
    for e in run.evaluations:
        for r in e.results:
            if r.value is not None and numeric.get(r.criterion_id) and not _is_number(json_safe(r.value)):
                numeric[r.criterion_id] = False
    specs = []
    for cid, _name in run.criteria:
        specs += [(status_field(cid), "string"), (value_field(cid), "double" if numeric[cid] else "string")]
    specs += [(OVERALL_STATUS, "string"), (FAILED_REQUIRED, "bool"), (DETAILS, "string")]
    run._field_specs = specs
    return list(specs)


def _field_value(value: Any, kind: str) -> Any:
    value = json_safe(value)
    if value is None:
        return None
    if kind == "double":
        return float(value) if _is_number(value) else None
    if isinstance(value, (list, dict)):
        return json.dumps(value)
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    return str(value)


def details(evaluation: CorridorEvaluation) -> dict:
    out: dict = {}
    for r in evaluation.results:
        out[r.criterion_id] = {
            "name": r.name,
            "level": r.level,
            "status": r.status,
            "value": json_safe(r.value),
            "threshold": json_safe(r.threshold),
            "unit": r.unit,
            "explanation": tr_data(r.explanation),
            "source": tr_data(r.source),
            "location": location_wkt(r.location),
            "guideline_check": bool(getattr(r, "guideline_check", False)),
        }
        if getattr(r, "extra", None):
            out[r.criterion_id]["extra"] = json_safe(r.extra)
    if evaluation.error:
        out[ERROR_KEY] = evaluation.error
    return out


def result_attributes(run: CheckRun, key: Any) -> dict:
    """Field name -> value for one corridor (empty when the corridor was not evaluated)."""
    evaluation = run.evaluation(key)
    if evaluation is None:
        return {}
    kinds = dict(result_field_specs(run))
    out: dict[str, Any] = {}
    for cid, _name in run.criteria:
        result = evaluation.result(cid)
        out[status_field(cid)] = result.status if result is not None else "not_evaluated"
        out[value_field(cid)] = _field_value(result.value if result is not None else None, kinds[value_field(cid)])
    out[OVERALL_STATUS] = evaluation.overall_status
    out[FAILED_REQUIRED] = evaluation.failed_required
    out[DETAILS] = json.dumps(details(evaluation), ensure_ascii=False)
    return out


# ----- report -----------------------------------------------------------------------------------------------------
def documented_attributes(attributes: dict) -> list[tuple[str, Any]]:
    """The corridor's documentation for the report: catalogue fields in catalogue order (required ones even when
    empty, so gaps show), else every filled attribute."""
    present = [f for f in corridor_schema.FIELDS if f.name in attributes]
    if not present:
        return [(k, v) for k, v in attributes.items() if v not in (None, "")]
    rows = []
    for spec in present:
        if spec.name == "centreline_wkt":
            continue
        value = attributes.get(spec.name)
        if value in (None, "") and not spec.required:
            continue
        rows.append((tr_data(spec.label), value))
    return rows


def profile_rows(profile: Profile, source: str) -> list[tuple[str, Any]]:
    rows = [
        (tr("Profile"), f"{tr_data(profile.name)} ({profile.id})"),
        (tr("Loaded from"), source),
        (tr("Realm"), tr_data(profile.realm)),
    ]
    if profile.description:
        rows.append((tr("Description"), tr_data(profile.description)))
    if profile.modifiers:
        rows.append((tr("Modifiers applied"), ", ".join(profile.modifiers)))
    rows += [
        (tr("Home-range width of the focal species (m)"), profile.home_range_width_m),
        (tr("Longest dispersal distance (m)"), profile.max_dispersal_m),
        (tr("Largest habitat gap crossed (m)"), profile.gap_max_m),
    ]
    if profile.habitat_classes:
        rows.append((tr("Habitat classes"), profile.habitat_classes))
    for key, text in profile.species_sources.items():
        rows.append((tr("Source of {0}", key), tr_data(text)))
    return rows


def layer_rows(layers: dict) -> list[tuple[str, str]]:
    rows = []
    for role, label in LAYER_ROLES:
        layer = layers.get(role)
        if layer is None:
            continue
        crs = layer.crs().authid() or layer.crs().description()
        rows.append((tr_data(label), f"{layer.name()} — {layer.source()} ({crs})"))
    return rows


def _background(layers: dict) -> tuple[Optional[str], Optional[str]]:
    for role, style in (("resistance", "resistance"), ("habitat", None), ("landcover", None)):
        layer = layers.get(role)
        if layer is not None and layer.providerType() == "gdal":
            return layer.source(), style
    return None, None


def build_report(run: CheckRun, prepared: PreparedCheck, progress=None, is_cancelled=None,
                 details_limit: Optional[int] = None) -> str:
    """The report HTML (maps rendered from memory layers and raster files: no project layer is touched). Only the
    first `details_limit` corridors (all when None) get a section with a map."""
    crs = prepared.crs
    context = run.context
    cores = [g for _cid, g in (context.cores or [])]
    barriers = [g for _fid, g, _cls in (context.barriers or [])]
    crossings = list(context.crossings or [])
    raster_path, raster_style = prepared.background
    by_key = {c.key: c for c in run.corridors}
    n = len(run.evaluations)
    detailed = n if details_limit is None else max(0, min(n, int(details_limit)))
    images, attributes = [], []
    under = (report_map.context_layers(crs, cores, barriers, crossings, raster_path, raster_style)
             if detailed else [])
    for i, evaluation in enumerate(run.evaluations[:detailed]):
        check_cancelled(is_cancelled)
        corridor = by_key.get(evaluation.key)
        geometry = corridor.geometry if corridor is not None else None
        problems = [r.location for r in html_report.problem_results(evaluation)]
        images.append(report_map.render_corridor_map(geometry, crs, problem_locations=problems, context=under))
        attributes.append(documented_attributes(corridor.attributes if corridor is not None else {})
                          + monitoring_history_rows(prepared.store_path, evaluation.key))
        report(progress, (i + 1) / max(1, detailed))
    return html_report.build_report_html(
        run.evaluations,
        attributes,
        images,
        profile_rows(run.profile, run.profile_source),
        run.layer_info,
        tr("Corridor guideline check: {0}", prepared.title),
        details_limit=detailed,
    )


# ----- the whole run ----------------------------------------------------------------------------------------------
def load_profile_text(text: str) -> tuple[Profile, str]:
    """A profile from a bundled id, a user profile id (user profiles folder) or a JSON file path."""
    user_dir = settings.user_profiles_folder()
    profile = load_profile(text.strip() or None, user_dir=user_dir, bundled_dir=paths.profiles())
    path = Path(text.strip())
    source = str(path) if path.suffix.lower() == ".json" else tr("profile id '{0}'", text.strip() or profile.id)
    return profile, source


@dataclass
class PreparedCheck:
    """Everything a check needs, read from the layers on the main thread: plain data only, so the evaluation and
    the report can run in a worker thread without touching a project layer (QGIS layers are not thread-safe)."""

    profile: Profile
    profile_source: str
    corridors: list
    context: Any
    layer_info: list[tuple[str, str]]
    crs: Any  # QgsCoordinateReferenceSystem of the corridors (a value copy)
    title: str
    background: tuple[Optional[str], Optional[str]]
    store_path: Optional[str] = None  # the corridor store checked, whose monitoring record the report shows


def prepare_check(layers: dict, profile_text: str, is_cancelled=None) -> PreparedCheck:
    """Load the profile and read the layers (main thread). Raises CcsgError for input problems."""
    profile, source = load_profile_text(profile_text)
    corridors, context = check_inputs.build_inputs(
        layers["corridors"],
        cores=layers.get("cores"),
        habitat=layers.get("habitat"),
        landcover=layers.get("landcover"),
        resistance=layers.get("resistance"),
        dem=layers.get("dem"),
        barriers=layers.get("barriers"),
        crossings=layers.get("crossings"),
        least_cost_paths=layers.get("least_cost_paths"),
        **{role: layers.get(role) for role in REALM_LAYERS},
        is_cancelled=is_cancelled,
    )
    return PreparedCheck(profile, source, corridors, context, layer_rows(layers),
                         QgsCoordinateReferenceSystem(layers["corridors"].crs()), layers["corridors"].name(),
                         _background(layers), _store_path(layers["corridors"]))


def _store_path(layer) -> Optional[str]:
    from ccsg_plugin.gis import destinations

    path = layer.source().split("|")[0]
    return path if destinations.is_corridor_store(path) else None


def monitoring_history_rows(store_path: Optional[str], key: Any) -> list[tuple[str, Any]]:
    """One (label, text) row with the corridor's monitoring record (ccsg:corridorchange), newest last; none
    without a store or a record."""
    from ccsg_plugin.core.monitoring.trend import label
    from ccsg_plugin.gis.corridor_store import monitoring_record

    if store_path is None or not isinstance(key, int):
        return []
    rows = monitoring_record.history(store_path, key)
    if not rows:
        return []
    parts = []
    for r in rows:
        change = r.get("habitat_change_pct")
        habitat = tr(", habitat {0} %", format(change, "+.1f")) if isinstance(change, (int, float)) else ""
        parts.append(f"{r.get('date_before')} → {r.get('date_after')}: {tr_data(label(r.get('trend') or ''))}"
                     f"{habitat}")
    return [(tr("Monitoring history"), "; ".join(parts))]


def evaluate_check(
    prepared: PreparedCheck,
    report_path: Optional[str],
    progress=None,
    is_cancelled=None,
    log: Optional[Callable[[str], None]] = None,
    report_max_corridors: Optional[int] = None,
) -> CheckRun:
    """Evaluate every corridor and, when report_path is set, build the report text (safe in a worker thread),
    with a detailed section for the first report_max_corridors corridors (all when None).
    Raises Cancelled when is_cancelled() turns true."""
    report(progress, 0.05)
    if log is not None:
        n = len(prepared.corridors)
        log(tr("Checking {0} corridor(s) against the profile {1}", None, n, n, tr_data(prepared.profile.name)))
    end = 0.8 if report_path else 1.0
    evaluations = evaluate_corridors(prepared.corridors, prepared.context, prepared.profile,
                                     progress=scaled(progress, 0.05, end), is_cancelled=is_cancelled)
    run = CheckRun(prepared.profile, prepared.profile_source, prepared.corridors, prepared.context,
                   list(evaluations), prepared.layer_info)
    if report_path:
        run.report_html = build_report(run, prepared, scaled(progress, end, 1.0), is_cancelled,
                                       report_max_corridors)
    check_cancelled(is_cancelled)
    report(progress, 1.0)
    return run


def run_check(
    layers: dict,
    profile_text: str,
    report_path: Optional[str],
    progress=None,
    is_cancelled=None,
    log: Optional[Callable[[str], None]] = None,
    report_max_corridors: Optional[int] = None,
) -> CheckRun:
    """prepare_check then evaluate_check, in the calling thread."""
    prepared = prepare_check(layers, profile_text, is_cancelled)
    return evaluate_check(prepared, report_path, progress, is_cancelled, log, report_max_corridors)
