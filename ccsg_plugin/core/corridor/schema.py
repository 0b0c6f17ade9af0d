"""The candidate-corridor attribute catalogue (CRITERIA.md section 3) as plain data.

One `FieldSpec` per attribute of the corridor store. The GeoPackage writer (gis/corridor_store/files.py) builds the
layer fields and the QGIS editor widgets from it; the criteria checks read field names and allowed values from it.
Pure module: no qgis, no Qt. Labels and tooltips are English source strings; the GUI layer translates them.

Storage conventions:
- list fields (`kind == "list"`) are text with items separated by LIST_SEPARATOR ("2;3", "habitat;conduit");
- dates are ISO dates (yyyy-MM-dd); booleans are integers 0/1 in the GeoPackage;
- computed fields (`computed=True`) are written by the store on every save and are read-only in the form;
- `required=True` follows the "Req. = yes" column: the form shows a (soft) not-null warning, the
  attribute-completeness criteria fail while they are empty. Drafts may still be saved incomplete.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

LIST_SEPARATOR = ";"
NOT_REPORTED = "Not Reported"

# Field types (mapped to QVariant types by gis/corridor_store/files.py)
STRING, INTEGER, DOUBLE, DATE, BOOL = "string", "integer", "double", "date", "bool"

# Levels, as in CRITERIA.md section 3 ("Req." column)
REQUIRED, ADVISORY, AUTO = "required", "advisory", "auto"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    type: str  # STRING, INTEGER, DOUBLE, DATE, BOOL
    label: str
    tooltip: str
    required: bool = False
    allowed: tuple[str, ...] = ()  # dropdown values (empty: free entry)
    multi: bool = False  # several allowed values, LIST_SEPARATOR-joined
    kind: str = "value"  # "value" or "list" (free list, LIST_SEPARATOR-joined)
    computed: bool = False  # filled by the store on every save, read-only in the form
    level: str = ADVISORY
    length: int = 0  # text length (0 = unlimited)
    labels: dict = field(default_factory=dict)  # value -> display text for dropdowns (default: the value)

    def display(self, value: str) -> str:
        return self.labels.get(value, value)


# ---- allowed values --------------------------------------------------------------------------------------------

REALMS = ("terrestrial", "freshwater", "marine", "mixed")
# realm -> WDPA MARINE code (0 terrestrial/freshwater, 1 coastal/mixed, 2 marine)
REALM_TO_WDPA_MARINE = {"terrestrial": 0, "freshwater": 0, "mixed": 1, "marine": 2}

GOVERNANCE_TYPES = ("A", "B", "C", "D", NOT_REPORTED)
GOVERNANCE_TYPE_LABELS = {
    "A": "A - Governance by government",
    "B": "B - Shared governance",
    "C": "C - Private governance",
    "D": "D - Governance by Indigenous peoples and local communities",
    NOT_REPORTED: NOT_REPORTED,
}
# WDPA GOV_TYPE values grouped by IUCN governance type
GOV_SUBTYPES_BY_TYPE: dict[str, tuple[str, ...]] = {
    "A": ("Federal or national ministry or agency", "Sub-national ministry or agency",
          "Government-delegated management"),
    "B": ("Transboundary governance", "Collaborative governance", "Joint governance"),
    "C": ("Individual landowners", "Non-profit organisations", "For-profit organisations"),
    "D": ("Indigenous peoples", "Local communities"),
}
GOV_SUBTYPES = (*(v for t in ("A", "B", "C", "D") for v in GOV_SUBTYPES_BY_TYPE[t]), NOT_REPORTED)

OWNERSHIP_TYPES = ("State", "Communal", "Individual landowners", "For-profit organisations",
                   "Non-profit organisations", "Joint ownership", "Multiple ownership", "Contested", NOT_REPORTED)
LEGAL_MECHANISMS = ("statute", "regulation", "spatial/land-use plan zoning", "conservation easement/covenant",
                    "contract/agreement", "customary/community rule", "other")
STATUSES = ("Proposed", "Inscribed", "Adopted", "Designated", "Established")
CONNECTIVITY_TYPES = ("structural", "functional", "both")
CORRIDOR_FORMS = ("continuous", "stepping_stone", "landscape_mosaic")
CORRIDOR_FUNCTIONS = ("habitat", "conduit", "filter", "barrier", "source", "sink")
TEMPORAL_REGIMES = ("permanent", "seasonal", "dynamic")
FPIC_VALUES = ("yes", "no", "n/a")
DESIGN_METHODS = ("expert", "least_cost", "circuit_theory", "telemetry/occurrence", "other")
VERIFICATIONS = ("State Verified", "Expert Verified", NOT_REPORTED)
END_STYLES = ("flat", "round")

PERMANENT = "permanent"  # commitment_duration: "permanent" or a whole number of years


def subtypes_for(governance_type: str | None) -> tuple[str, ...]:
    """The WDPA subtypes allowed for a governance type (all of them when the type is unknown)."""
    if governance_type in GOV_SUBTYPES_BY_TYPE:
        return (*GOV_SUBTYPES_BY_TYPE[governance_type], NOT_REPORTED)
    return GOV_SUBTYPES


def governance_type_of(subtype: str) -> str | None:
    for gtype, values in GOV_SUBTYPES_BY_TYPE.items():
        if subtype in values:
            return gtype
    return None


# ---- the catalogue ---------------------------------------------------------------------------------------------

FIELDS: tuple[FieldSpec, ...] = (
    # identity
    FieldSpec("corridor_id", STRING, "Corridor id", "Your identifier for this corridor (free text).",
              required=True, level=REQUIRED, length=64),
    FieldSpec("name", STRING, "Name", "Name of the corridor.", required=True, level=REQUIRED, length=254),
    FieldSpec("objective_connectivity", STRING, "Connectivity objective",
              "What connectivity the corridor maintains or restores, and for whom.", required=True, level=REQUIRED),
    FieldSpec("target_species_processes", STRING, "Target species / processes",
              "Focal species (taxon names) or ecological processes, separated by ';'.",
              required=True, level=REQUIRED, kind="list"),
    FieldSpec("realm", STRING, "Realm", "Terrestrial, freshwater, marine or mixed (WDPA MARINE 0/1/2).",
              required=True, level=REQUIRED, allowed=REALMS),
    # governance and management
    FieldSpec("governance_type", STRING, "Governance type", "IUCN governance type A-D.",
              required=True, level=REQUIRED, allowed=GOVERNANCE_TYPES, labels=GOVERNANCE_TYPE_LABELS),
    FieldSpec("gov_subtype", STRING, "Governance subtype",
              "WDPA GOV_TYPE; must belong to the governance type (A: agencies, B: shared, C: private, "
              "D: Indigenous peoples / local communities).",
              required=True, level=REQUIRED, allowed=GOV_SUBTYPES),
    FieldSpec("governance_authority", STRING, "Governance authority", "Body or bodies that make decisions.",
              required=True, level=REQUIRED),
    FieldSpec("management_authority", STRING, "Management authority",
              "WDPA MANG_AUTH equivalent, or 'Not Reported'.", required=True, level=REQUIRED),
    FieldSpec("management_plan", STRING, "Management plan",
              "WDPA MANG_PLAN equivalent: URL or reference ('Not Reported' fails the 'managed' check).",
              required=True, level=REQUIRED),
    FieldSpec("management_mechanism", STRING, "Management mechanism",
              "Other management mechanism, when there is no management plan.", level=ADVISORY),
    FieldSpec("ownership_type", STRING, "Ownership type", "WDPA OWN_TYPE.", allowed=OWNERSHIP_TYPES),
    FieldSpec("legal_mechanism", STRING, "Legal mechanism", "The legal or other effective means of long-term "
              "commitment.", required=True, level=REQUIRED, allowed=LEGAL_MECHANISMS),
    FieldSpec("status", STRING, "Status", "Stage of designation (WDPA STATUS).",
              required=True, level=REQUIRED, allowed=STATUSES),
    FieldSpec("status_year", INTEGER, "Status year", "Year the status was reached (4 digits).",
              required=True, level=REQUIRED),
    FieldSpec("commitment_duration", STRING, "Commitment duration",
              "'permanent' or a whole number of years.", required=True, level=REQUIRED, length=32),
    # monitoring
    FieldSpec("monitoring_plan", STRING, "Monitoring plan", "Text or URL of the monitoring plan.",
              required=True, level=REQUIRED),
    FieldSpec("indicators", STRING, "Indicators", "Monitoring indicators, separated by ';'.",
              required=True, level=REQUIRED, kind="list"),
    FieldSpec("last_assessment", DATE, "Last assessment", "Date of the last effectiveness assessment.",
              required=True, level=REQUIRED),
    # design
    FieldSpec("connectivity_type", STRING, "Connectivity type", "Structural, functional or both.",
              allowed=CONNECTIVITY_TYPES),
    FieldSpec("corridor_form", STRING, "Corridor form", "Continuous, stepping stones or landscape mosaic.",
              allowed=CORRIDOR_FORMS),
    FieldSpec("corridor_function", STRING, "Corridor functions",
              "Intended functions (Hess & Fischer 2001), one or more, separated by ';'.",
              allowed=CORRIDOR_FUNCTIONS, multi=True),
    FieldSpec("temporal_regime", STRING, "Temporal regime", "Permanent, seasonal or dynamic.",
              allowed=TEMPORAL_REGIMES),
    FieldSpec("active_months", STRING, "Active months", "For seasonal corridors: months 1-12, separated by ';'.",
              kind="list"),
    FieldSpec("rightsholders_engaged", STRING, "Rightsholders engaged",
              "Indigenous peoples, local communities and stakeholders engaged, separated by ';'.", kind="list"),
    FieldSpec("fpic", STRING, "FPIC", "Free, prior and informed consent obtained.", allowed=FPIC_VALUES),
    FieldSpec("transboundary", BOOL, "Transboundary", "The corridor crosses a jurisdictional boundary."),
    FieldSpec("design_method", STRING, "Design method", "How the corridor was delineated.",
              allowed=DESIGN_METHODS),
    FieldSpec("verification", STRING, "Verification", "WDPA VERIF.", allowed=VERIFICATIONS),
    FieldSpec("notes", STRING, "Notes", "Free notes."),
    # geometry drawn as a centre line + width (empty for polygons drawn directly)
    FieldSpec("centreline_wkt", STRING, "Centre line (WKT)",
              "Centre line the corridor was drawn from (map CRS); empty for a drawn polygon.", level=AUTO),
    FieldSpec("centreline_width_m", DOUBLE, "Drawn width (m)", "Width used to buffer the centre line, metres.",
              level=AUTO),
    FieldSpec("end_style", STRING, "End style", "Ends of the buffered centre line: flat or round.",
              allowed=END_STYLES, level=AUTO),
    # computed on every save
    FieldSpec("area_ha", DOUBLE, "Area (ha)", "Computed on save: polygon area in hectares.",
              computed=True, level=AUTO),
    FieldSpec("length_m", DOUBLE, "Length (m)",
              "Computed on save: length of the centre line, or the longest straight span of the polygon.",
              computed=True, level=AUTO),
    FieldSpec("min_width_m", DOUBLE, "Minimum width (m)",
              "Computed on save: the largest width for which the corridor, shrunk by half of it, still joins its "
              "two linked cores (0 when it does not join two cores).", computed=True, level=AUTO),
    FieldSpec("connected_core_ids", STRING, "Connected core ids",
              "Computed on save: ids of the cores the corridor touches, separated by ';'.",
              computed=True, level=AUTO, kind="list"),
)

BY_NAME: dict[str, FieldSpec] = {f.name: f for f in FIELDS}
FIELD_NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)
REQUIRED_FIELDS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.required)
COMPUTED_FIELDS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.computed)
VALUE_MAP_FIELDS: tuple[str, ...] = tuple(f.name for f in FIELDS if f.allowed and not f.multi)

LAYER_NAME = "candidate_corridors"  # table name inside the GeoPackage


def join_list(items: Iterable) -> str:
    return LIST_SEPARATOR.join(str(i) for i in items)


def split_list(text) -> list[str]:
    """Items of a LIST_SEPARATOR-joined text field (None/empty -> [])."""
    if text is None:
        return []
    return [s.strip() for s in str(text).split(LIST_SEPARATOR) if s.strip()]


def commitment_years(value) -> float | None:
    """Years of commitment: inf for 'permanent', an int for a number, None when missing or not understood."""
    if value is None:
        return None
    text = str(value).strip().lower()
    if text == PERMANENT:
        return float("inf")
    return int(text) if text.isdigit() else None


def validate_value(name: str, value) -> str | None:
    """None when value is acceptable for field `name`, else a short English reason. Empty values are accepted here
    (completeness is the criteria checks' business)."""
    spec = BY_NAME[name]
    if value is None or value == "":
        return None
    if spec.allowed:
        items = split_list(value) if spec.multi else [str(value)]
        bad = [v for v in items if v not in spec.allowed]
        if bad:
            return f"{', '.join(bad)} is not one of: {', '.join(spec.allowed)}"
    if name == "commitment_duration" and commitment_years(value) is None:
        return "use 'permanent' or a whole number of years"
    if name == "status_year" and not (str(value).isdigit() and len(str(value)) == 4):
        return "use a 4-digit year"
    return None


def check_subtype(governance_type, subtype) -> str | None:
    """None when the subtype belongs to the governance type (or either is empty / Not Reported)."""
    if not governance_type or not subtype or subtype == NOT_REPORTED or governance_type == NOT_REPORTED:
        return None
    if subtype not in GOV_SUBTYPES_BY_TYPE.get(governance_type, ()):
        return f"'{subtype}' is not a subtype of governance type {governance_type}"
    return None
