"""The criteria catalogue (CRITERIA.md section 2): ids, names, default levels, thresholds and their sources.

Provenance tags as in CRITERIA.md: [R] read in the named source, [K] recalled from the guidelines but not re-checked,
[I] a design default of this plugin. Only the definitional criteria (`guideline_check=True`) are presented as IUCN
guideline checks; every numeric threshold is a literature value or a design default that the profile can change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

IUCN = "Hilty et al. 2020, IUCN guidelines for conserving connectivity"


@dataclass(frozen=True)
class CriterionDef:
    id: str
    name: str
    group: str  # definitional / design / barriers / realm
    level: str  # default level
    thresholds: dict[str, Any] = field(default_factory=dict)  # default thresholds (numbers or lists of strings)
    unit: str = ""
    source: str = ""
    guideline_check: bool = False
    realms: tuple[str, ...] = ("terrestrial", "freshwater", "marine", "mixed")


_DEFS = [
    # --- 2a definitional and geometric ---
    CriterionDef("boundary_defined", "Clearly bounded space", "definitional", "required", {}, "",
                 f"{IUCN}: corridor definition, 'clearly defined geographical space' [K], 'governed and managed' "
                 "space [R]", True),
    CriterionDef("connects_cores", "Links at least two cores", "definitional", "required",
                 {"min_cores": 2, "snap_m": 10.0}, "cores",
                 f"{IUCN}: ecological network definition, cores joined by corridors [R]; snap distance 10 m is "
                 "[I] design default of this plugin", True),
    CriterionDef("not_inside_single_core", "Not simply part of one core", "definitional", "advisory",
                 {"max_share": 0.9}, "share", "[I] design default of this plugin (90 %)"),
    CriterionDef("objective_present", "Connectivity objective stated", "definitional", "required", {}, "",
                 f"{IUCN}: corridor definition, 'to maintain or restore ecological connectivity' [R]", True),
    CriterionDef("governed", "Governance type and authority", "definitional", "required", {}, "",
                 f"{IUCN}: corridor definition, 'governed' [R]; governance types A-D from the guidelines p. 2 and "
                 "the WDPA [R]", True),
    CriterionDef("managed", "Management plan or mechanism", "definitional", "required", {}, "",
                 f"{IUCN}: corridor definition, 'managed' [R]; WDPA MANG_PLAN field [R]", True),
    CriterionDef("long_term", "Long-term commitment", "definitional", "required", {"min_years": 25}, "years",
                 f"{IUCN}: corridor definition, 'over the long term' by legal or other effective means [R]; the "
                 "guidelines give no number [K]; warning under 25 years is [I] design default of this plugin", True),
    CriterionDef("monitoring_defined", "Effectiveness monitored", "definitional", "required",
                 {"max_assessment_age_years": 5}, "years",
                 "Guidelines' key message to measure and monitor effectiveness (Eurosite summary) [R]; Keeley et al. "
                 "preprint on monitoring corridors [R]; assessment age 5 years is [I] design default of this plugin",
                 True),
    # --- 2b design quality ---
    CriterionDef("min_width", "Minimum width", "design", "advisory", {"min_m": 2000.0}, "m",
                 "Beier 2019 rule of thumb, 2 km for multi-species corridors [R] (literature, not an IUCN rule)"),
    CriterionDef("pinch_points", "Pinch points", "design", "advisory",
                 {"max_count": 0, "tolerated_length_m": 0.0, "transect_spacing_m": 100.0}, "transects",
                 "Transects narrower than the min_width threshold, after Linkage Mapper's Pinchpoint Mapper idea "
                 "[R]; tolerance and transect spacing are [I] design defaults of this plugin"),
    CriterionDef("current_pinch", "Pinch point current (circuit theory)", "design", "advisory", {"max_share": 0.5},
                 "share",
                 "Highest current in the corridor per 1 A between its cores, from a ccsg:pinchpoints raster, after "
                 "Linkage Mapper's Pinchpoint Mapper (McRae 2012) [R]; 0.5 is [I] design default of this plugin"),
    CriterionDef("length_vs_dispersal", "Length against dispersal distance", "design", "advisory", {}, "m",
                 "CorridorDesign: longest known dispersal distance of the focal species [R]; corridor dwellers need "
                 "home-range width, Beier 2019 reasoning [R] (literature, not an IUCN rule)"),
    CriterionDef("width_grows_with_length", "Wider when longer", "design", "advisory",
                 {"long_m": 5000.0, "margin": 1.25}, "m",
                 "Bentrup 2008 §2.9 (qualitative) [R]; 5 km and a 25 % margin over the minimum width are [I] "
                 "design defaults of this plugin"),
    CriterionDef("habitat_continuity", "Habitat continuity (largest gap)", "design", "advisory", {}, "m",
                 "Habitat graph test [I]; gap_max from the profile's species parameters"),
    CriterionDef("stepping_stone_spacing", "Stepping-stone spacing", "design", "advisory", {}, "m",
                 "Bentrup 2008 §2.7 on stepping stones [R]; spacing ≤ gap_max [I]"),
    CriterionDef("habitat_quality", "Natural habitat share", "design", "advisory", {"min_natural_share": 0.7},
                 "share", "No guideline number [K]; 70 % natural cover is a placeholder, [I] design default of this "
                 "plugin"),
    CriterionDef("edge_interior", "Interior beyond edge influence", "design", "advisory",
                 {"edge_depth_m": 100.0, "min_interior_share": 0.5}, "share",
                 "Edge effects strong and variable (Laurance et al. 2002, 2007) [R]; depth 100 m and share 50 % are "
                 "[I] design defaults of this plugin"),
    CriterionDef("lcp_contained", "Holds the least-cost path", "design", "advisory", {"min_share": 0.9}, "share",
                 "Share of the least-cost path inside the corridor; 90 % is [I] design default of this plugin"),
    CriterionDef("cost_efficiency", "Cost efficiency of the route inside", "design", "advisory",
                 {"min_ratio": 0.9, "window_margin": 0.5}, "ratio",
                 "Unrestricted least-cost distance / cheapest route inside the corridor (1.0 = the corridor holds the "
                 "best route); 0.9 and the search window margin are [I] design defaults of this plugin"),
    CriterionDef("climate_gradient", "Climate / elevation gradient", "design", "info",
                 {"min_core_elevation_diff_m": 0.0}, "m",
                 "The guidelines stress climate adaptation (IUCN news) [R]; Linkage Priority climate linkages [R]; "
                 "report only [I]"),
    CriterionDef("climate_span", "Spans a climate gradient (climate raster)", "design", "info",
                 {"min_core_climate_diff": 0.0}, "",
                 "Each core's climate is the mean - 2 SD of the climate raster over it, as Climate Linkage Mapper "
                 "(Linkage Mapper cc_main.py) selects pairs [R]; the guidelines stress climate adaptation (IUCN news) "
                 "[R]; report only [I]"),
    CriterionDef("riparian_included", "Riparian zones included", "design", "advisory",
                 {"riparian_buffer_m": 30.0, "min_share": 1.0}, "share",
                 "Gregory et al. 2021 §4.1-4.2 [R]; 30 m riparian buffer is [I] design default of this plugin"),
    CriterionDef("pa_overlap", "Share already protected", "design", "info", {}, "share", "[I] informational"),
    # --- 2c barriers ---
    CriterionDef("barrier_severance", "Not severed by barriers", "barriers", "advisory", {"barrier_width_m": 10.0},
                 "features",
                 "Avoid roads in corridors, Gregory et al. 2021 §3.5 [R]; each severing feature needs mitigation and "
                 "the 10 m barrier width are [I] design defaults of this plugin"),
    CriterionDef("crossing_structures", "Crossing structures on severing barriers", "barriers", "advisory",
                 {"min_per_barrier": 1, "snap_m": 50.0}, "m",
                 "≥ 1 per severing barrier, spacing ≤ one home-range width, Gregory et al. 2021 §3.10 [R]; 50 m "
                 "snap is [I] design default of this plugin"),
    CriterionDef("road_density", "Road density", "barriers", "advisory",
                 {"max_km_per_km2": 0.6, "exclude_classes": ["fence"]}, "km/km²",
                 "Averill-Murray & Allison 2022: < 0.6 km/km² counting all linear travel features [R] (literature, "
                 "not an IUCN rule)"),
    CriterionDef("human_footprint", "Built-up land in and around", "barriers", "advisory",
                 {"max_builtup_share": 0.05, "ring_m": 500.0}, "share",
                 "Avoid urbanisation in or next to corridors, Gregory et al. 2021 §5.1 [R]; 5 % and a 500 m ring are "
                 "[I] design defaults of this plugin"),
    CriterionDef("artificial_light", "Artificial light at night", "barriers", "info", {}, "radiance",
                 "Minimise lighting, Gregory et al. 2021 §3.6 [R]; report only [I]"),
    # --- 2d realm-specific ---
    CriterionDef("fw_longitudinal", "River barriers (longitudinal)", "realm", "advisory", {"max_barriers": 0},
                 "barriers", "Free-flowing rivers, Grill et al. 2019 [R]", realms=("freshwater", "mixed")),
    CriterionDef("fw_lateral", "Floodplain included (lateral)", "realm", "info", {}, "share",
                 "Lateral dimension of river connectivity, Grill et al. 2019 [R]; report",
                 realms=("freshwater", "mixed")),
    CriterionDef("mar_size", "Alongshore span", "realm", "advisory", {"min_alongshore_m": 5000.0}, "m",
                 "California MLPA Science Advisory Team size guideline, 5-10 km alongshore (M. Carr slides) [R] "
                 "(literature, not an IUCN rule)", realms=("marine", "mixed")),
    CriterionDef("mar_spacing", "Spacing to the next protected component", "realm", "advisory", {}, "m",
                 "Spacing ≤ the larval or adult dispersal distance of the target species (reefresilience; Leis 2006) "
                 "[R]; user-set", realms=("marine", "mixed")),
    CriterionDef("temporal_validity", "Seasonal regime documented", "realm", "advisory", {}, "",
                 "[K] the guidelines allow seasonal or temporary measures for migrations; check the wording",
                 realms=("marine", "freshwater", "terrestrial", "mixed")),
]

CATALOGUE: dict[str, CriterionDef] = {d.id: d for d in _DEFS}


def criterion_ids() -> list[str]:
    return list(CATALOGUE)
