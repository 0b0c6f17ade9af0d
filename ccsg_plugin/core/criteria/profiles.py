"""Criteria profiles: named bundles of criterion levels and thresholds, each with its source, stored as JSON.

A profile file (schema version 1) looks like::

    {"schema_version": 1, "id": "my_profile", "name": "...", "description": "...", "realm": "terrestrial",
     "species": {"home_range_width_m": 2000, "max_dispersal_m": 10000, "gap_max_m": 100,
                 "habitat_classes": [10, 20], "builtup_classes": [50], "resistance_table": {"10": 1},
                 "sources": {"gap_max_m": "..."}},
     "criteria": {"min_width": {"level": "advisory", "enabled": true, "thresholds": {"min_m": 2000},
                                "unit": "m", "source": "Beier 2019 ..."}, ...}}

Criteria not listed in a profile are not evaluated. Thresholds a profile leaves out take the catalogue default.
Modifiers (`climate_adaptation`) are JSON files with `"kind": "modifier"` that multiply or set thresholds.

core stays free of the plugin's file layout: the folder of the bundled profiles and modifiers (`bundled_dir`,
ccsg_plugin.paths.profiles() in the plugin) and the user's folder are passed in by the callers.
"""

from __future__ import annotations

import copy
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional, Union

from ccsg_plugin.core.criteria.catalogue import CATALOGUE
from ccsg_plugin.core.criteria.results import LEVELS
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.text import tr

SCHEMA_VERSION = 1
DEFAULT_PROFILE_ID = "terrestrial_multispecies"
REALMS = ("terrestrial", "freshwater", "marine", "mixed")
_ID_RE = re.compile(r"^[A-Za-z0-9_\-]+$")
_SPECIES_NUMBERS = ("home_range_width_m", "max_dispersal_m", "gap_max_m")
_SPECIES_LISTS = ("habitat_classes", "builtup_classes")


@dataclass
class CriterionSpec:
    level: str
    enabled: bool = True
    thresholds: dict[str, Any] = field(default_factory=dict)
    unit: str = ""
    source: str = ""


@dataclass
class Profile:
    id: str
    name: str
    description: str = ""
    realm: str = "terrestrial"
    schema_version: int = SCHEMA_VERSION
    criteria: dict[str, CriterionSpec] = field(default_factory=dict)
    home_range_width_m: float = 2000.0
    max_dispersal_m: float = 10000.0
    gap_max_m: float = 100.0
    habitat_classes: list = field(default_factory=list)
    builtup_classes: list = field(default_factory=list)
    resistance_table: dict[str, float] = field(default_factory=dict)
    species_sources: dict[str, str] = field(default_factory=dict)
    modifiers: list[str] = field(default_factory=list)
    # Trend thresholds of ccsg:corridorchange with their source (checked by core.monitoring.trend); {} = defaults.
    monitoring: dict[str, Any] = field(default_factory=dict)

    def enabled_criteria(self) -> list[tuple[str, CriterionSpec]]:
        """Enabled criteria in catalogue order."""
        return [(cid, self.criteria[cid]) for cid in CATALOGUE if cid in self.criteria and self.criteria[cid].enabled]

    def to_dict(self) -> dict:
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "name": self.name,
            "description": self.description,
            "realm": self.realm,
            "modifiers": list(self.modifiers),
            "species": {
                "home_range_width_m": self.home_range_width_m,
                "max_dispersal_m": self.max_dispersal_m,
                "gap_max_m": self.gap_max_m,
                "habitat_classes": list(self.habitat_classes),
                "builtup_classes": list(self.builtup_classes),
                "resistance_table": dict(self.resistance_table),
                "sources": dict(self.species_sources),
            },
            **({"monitoring": copy.deepcopy(self.monitoring)} if self.monitoring else {}),
            "criteria": {
                cid: {"level": s.level, "enabled": s.enabled, "thresholds": dict(s.thresholds), "unit": s.unit,
                      "source": s.source}
                for cid, s in ((c, self.criteria[c]) for c in CATALOGUE if c in self.criteria)
            },
        }


# --- validation ---------------------------------------------------------------------------------------------


def _is_number(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _shown(v: Any) -> str:
    return json.dumps(v) if not isinstance(v, str) else repr(v)


def _need(cond: bool, message: str) -> None:
    if not cond:
        raise CcsgError(message)


def _text(data: dict, key: str, where: str, required: bool = True, default: str = "") -> str:
    if key not in data:
        _need(not required, tr("{0}{1} is missing: add it to the profile", where, key))
        return default
    v = data[key]
    _need(isinstance(v, str), tr("{0}{1} must be text, got {2}", where, key, _shown(v)))
    _need(not required or v.strip() != "", tr("{0}{1} must not be empty", where, key))
    return v


def _threshold(cid: str, key: str, value: Any, default: Any) -> Any:
    where = f"criteria.{cid}.thresholds.{key}"  # a JSON path: not translated
    if isinstance(default, list):
        _need(isinstance(value, list) and all(isinstance(x, (str, int)) and not isinstance(x, bool) for x in value),
              tr("{0} must be a list of class names or codes, got {1}", where, _shown(value)))
        return list(value)
    _need(_is_number(value), tr("{0} must be a number, got {1}", where, _shown(value)))
    _need(value >= 0, tr("{0} must not be negative, got {1}", where, _shown(value)))
    return value


_PROFILE_KEYS = ("schema_version", "kind", "id", "name", "description", "realm", "modifiers", "species", "criteria",
                 "monitoring")
_CRITERION_KEYS = ("level", "enabled", "thresholds", "unit", "source")


def _no_unknown_keys(raw: dict, known: tuple[str, ...], where: str) -> None:
    for key in raw:
        _need(key in known, tr("{0}{1} is not a known field; known: {2}", where, key, ', '.join(known)))


def _criterion(cid: str, raw: Any) -> CriterionSpec:
    where = f"criteria.{cid}."
    _need(isinstance(raw, dict), tr("criteria.{0} must be an object with level, thresholds, unit and source", cid))
    _no_unknown_keys(raw, _CRITERION_KEYS, where)
    default = CATALOGUE[cid]
    level = raw.get("level", default.level)
    _need(level in LEVELS, tr("{0}level must be one of {1}, got {2}", where, ', '.join(LEVELS), _shown(level)))
    enabled = raw.get("enabled", True)
    _need(isinstance(enabled, bool), tr("{0}enabled must be true or false, got {1}", where, _shown(enabled)))
    thresholds_raw = raw.get("thresholds", {})
    _need(isinstance(thresholds_raw, dict), tr("{0}thresholds must be an object, got {1}",
                                               where, _shown(thresholds_raw)))
    thresholds = copy.deepcopy(default.thresholds)
    for key, value in thresholds_raw.items():
        _need(key in default.thresholds,
              tr("{0}thresholds.{1} is not a threshold of {2}; known: {3}",
                 where, key, cid, ', '.join(default.thresholds) or 'none'))
        thresholds[key] = _threshold(cid, key, value, default.thresholds[key])
    unit = _text(raw, "unit", where, required=False, default=default.unit)
    source = _text(raw, "source", where, required=False, default=default.source)
    _need(source.strip() != "", tr("{0}source must say where the thresholds come from", where))
    return CriterionSpec(level=level, enabled=enabled, thresholds=thresholds, unit=unit, source=source)


def _classes(value: Any, where: str) -> list:
    _need(isinstance(value, list) and all(isinstance(x, (str, int)) and not isinstance(x, bool) for x in value),
          tr("{0} must be a list of land-cover class codes or names, got {1}", where, _shown(value)))
    return list(value)


def _species(raw: Any, profile: Profile) -> None:
    _need(isinstance(raw, dict), tr("species must be an object, got {0}", _shown(raw)))
    for key in _SPECIES_NUMBERS:
        if key in raw:
            v = raw[key]
            _need(_is_number(v) and v > 0, tr("species.{0} must be a positive number of metres, got {1}",
                                              key, _shown(v)))
            setattr(profile, key, float(v))
    for key in _SPECIES_LISTS:
        if key in raw:
            setattr(profile, key, _classes(raw[key], f"species.{key}"))
    if "resistance_table" in raw:
        table = raw["resistance_table"]
        _need(isinstance(table, dict), tr("species.resistance_table must be an object class -> resistance, got {0}",
                                          _shown(table)))
        for k, v in table.items():
            _need(_is_number(v), tr("species.resistance_table.{0} must be a number, got {1}", k, _shown(v)))
        profile.resistance_table = {str(k): float(v) for k, v in table.items()}
    sources = raw.get("sources", {})
    _need(isinstance(sources, dict) and all(isinstance(v, str) for v in sources.values()),
          tr("species.sources must be an object of text, got {0}", _shown(sources)))
    profile.species_sources = dict(sources)
    known = set(_SPECIES_NUMBERS) | set(_SPECIES_LISTS) | {"resistance_table", "sources"}
    for key in raw:
        _need(key in known, tr("species.{0} is not a species parameter; known: {1}", key, ', '.join(sorted(known))))


def _schema_version(data: dict) -> int:
    _need("schema_version" in data, tr("schema_version is missing: add \"schema_version\": 1"))
    v = data["schema_version"]
    _need(isinstance(v, int) and not isinstance(v, bool), tr("schema_version must be an integer, got {0}", _shown(v)))
    _need(v <= SCHEMA_VERSION, tr("schema_version {0} is newer than this plugin reads ({1}): update the plugin",
                                  v, SCHEMA_VERSION))
    _need(v >= 1, tr("schema_version must be 1 or more, got {0}", v))
    return v


def validate(data: Any) -> Profile:
    """A Profile from parsed JSON, or CcsgError naming the first wrong field."""
    _need(isinstance(data, dict), tr("A criteria profile must be a JSON object"))
    _need(data.get("kind", "profile") == "profile",
          tr("kind must be \"profile\" here, got {0} (modifiers are applied to a profile)", _shown(data.get('kind'))))
    version = _schema_version(data)
    _no_unknown_keys(data, _PROFILE_KEYS, "")
    pid = _text(data, "id", "")
    _need(bool(_ID_RE.match(pid)), tr("id must use letters, digits, _ or - only, got {0}", _shown(pid)))
    profile = Profile(id=pid, name=_text(data, "name", ""), description=_text(data, "description", "", False),
                      schema_version=version)
    realm = data.get("realm", "terrestrial")
    _need(realm in REALMS, tr("realm must be one of {0}, got {1}", ', '.join(REALMS), _shown(realm)))
    profile.realm = realm
    mods = data.get("modifiers", [])
    _need(isinstance(mods, list) and all(isinstance(m, str) for m in mods),
          tr("modifiers must be a list of modifier ids, got {0}", _shown(mods)))
    profile.modifiers = list(mods)
    if "species" in data:
        _species(data["species"], profile)
    if "monitoring" in data:
        _need(isinstance(data["monitoring"], dict), tr("monitoring must be an object with thresholds and source, got "
                                                        "{0}", _shown(data["monitoring"])))
        profile.monitoring = copy.deepcopy(data["monitoring"])
    _need("criteria" in data, tr("criteria is missing: add the criteria object"))
    criteria = data["criteria"]
    _need(isinstance(criteria, dict), tr("criteria must be an object of criterion id -> settings, got {0}",
                                         _shown(criteria)))
    for cid, raw in criteria.items():
        _need(cid in CATALOGUE, tr("criteria.{0}: unknown criterion id '{1}'; known ids: {2}",
                                   cid, cid, ', '.join(CATALOGUE)))
        profile.criteria[cid] = _criterion(cid, raw)
    return profile


# --- files ----------------------------------------------------------------------------------------------------


def _read_json(path: Path) -> Any:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise CcsgError(tr("Cannot read the profile file {0}: {1}", path, exc.strerror or exc)) from exc
    # A profile is UTF-8 JSON (what save_profile and the export write). Anything else gets a message naming the file
    # instead of a UnicodeDecodeError / RecursionError traceback.
    if b"\0" in raw[:4096]:
        raise CcsgError(tr("The profile file {0} is a binary file, not a criteria profile (JSON text). Pick the .json "
                           "file exported from the Corridor check panel.", str(path)))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CcsgError(tr("The profile file {0} is not UTF-8 text (byte {1} at position {2}; it may be Latin-1 or "
                           "Windows-1252). Open it in a text editor and save it with the UTF-8 encoding, then try "
                           "again.", str(path), f"0x{raw[exc.start]:02X}", exc.start)) from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise CcsgError(tr("The profile file {0} is not valid JSON (line {1}, column {2}: {3})",
                           path, exc.lineno, exc.colno, exc.msg)) from exc
    except RecursionError as exc:
        raise CcsgError(tr("The profile file {0} nests lists or objects too deeply to be a criteria profile. Pick "
                           "the .json file exported from the Corridor check panel.", str(path))) from exc


def _load_file(path: Path, bundled_dir: Path) -> Profile:
    data = _read_json(path)
    try:
        profile = validate(data)
    except CcsgError as exc:
        raise CcsgError(tr("Profile file {0}: {1}", path.name, exc)) from exc
    for mod in profile.modifiers:  # a saved profile records the modifiers already applied; nothing to redo
        _need(mod in bundled_modifier_ids(bundled_dir), tr("Profile file {0}: modifiers lists unknown modifier '{1}'",
                                                            path.name, mod))
    return profile


def _kind(path: Path) -> str:
    try:
        data = _read_json(path)
    except CcsgError:
        return "profile"  # listed, so that choosing it shows what is wrong with it
    return data.get("kind", "profile") if isinstance(data, dict) else "profile"


def bundled_profile_ids(bundled_dir: Union[str, Path]) -> list[str]:
    """Ids of the profiles shipped in bundled_dir (resources/profiles), the default first."""
    ids = sorted(p.stem for p in Path(bundled_dir).glob("*.json") if _kind(p) == "profile")
    if DEFAULT_PROFILE_ID in ids:
        ids.remove(DEFAULT_PROFILE_ID)
        ids.insert(0, DEFAULT_PROFILE_ID)
    return ids


def bundled_modifier_ids(bundled_dir: Union[str, Path]) -> list[str]:
    return sorted(p.stem for p in Path(bundled_dir).glob("*.json") if _kind(p) == "modifier")


def user_profile_ids(user_dir: Union[str, Path, None]) -> list[str]:
    if user_dir is None or not Path(user_dir).is_dir():
        return []
    return sorted(p.stem for p in Path(user_dir).glob("*.json") if _kind(p) == "profile")


def load_profile(path_or_id: Union[str, Path, None] = None, user_dir: Union[str, Path, None] = None, *,
                 bundled_dir: Union[str, Path]) -> Profile:
    """A profile from a JSON file path, or by id: the user folder first, then the bundled profiles in bundled_dir.

    An id may carry modifiers: "terrestrial_multispecies+climate_adaptation". None loads the default profile.
    """
    if path_or_id is None or path_or_id == "":
        path_or_id = DEFAULT_PROFILE_ID
    candidate = Path(path_or_id)
    if isinstance(path_or_id, Path) or str(path_or_id).lower().endswith(".json"):
        _need(candidate.is_file(), tr("The profile file {0} does not exist", candidate))
        return _load_file(candidate, Path(bundled_dir))
    base, *mods = str(path_or_id).split("+")
    for part in (base, *mods):  # an id names a file in the profile folders, never a path ("../../x")
        if not _ID_RE.match(part):
            raise CcsgError(tr("'{0}' is not a criteria profile id: ids use letters, digits, _ or - only. Pick a "
                               "profile from the list, or give the path of a .json profile file.", part))
    found = None
    if user_dir is not None and (Path(user_dir) / f"{base}.json").is_file():
        found = Path(user_dir) / f"{base}.json"
    elif (Path(bundled_dir) / f"{base}.json").is_file() and _kind(Path(bundled_dir) / f"{base}.json") == "profile":
        found = Path(bundled_dir) / f"{base}.json"
    if found is None:
        known = bundled_profile_ids(bundled_dir) + user_profile_ids(user_dir)
        raise CcsgError(tr("Unknown criteria profile '{0}'; available: {1}", base, ', '.join(known)))
    profile = _load_file(found, Path(bundled_dir))
    for mod in mods:
        profile = apply_modifier(profile, mod, bundled_dir=bundled_dir)
    return profile


def save_profile(profile: Profile, path: Union[str, Path]) -> Path:
    """Write the profile as JSON (validated first, so a saved file always loads again)."""
    data = profile.to_dict()
    validate(data)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(path)
    return path


def copy_profile(profile: Profile, new_id: str, new_name: Optional[str] = None) -> Profile:
    """A copy under a new id, for users to edit and save in their own folder."""
    _need(bool(_ID_RE.match(new_id)), tr("id must use letters, digits, _ or - only, got {0}", _shown(new_id)))
    clone = copy.deepcopy(profile)
    clone.id, clone.name = new_id, new_name or f"{profile.name} (copy)"
    return clone


# --- modifiers ------------------------------------------------------------------------------------------------


def _modifier_data(modifier_id: str, bundled_dir: Union[str, Path]) -> dict:
    if not _ID_RE.match(modifier_id):  # a modifier id names a bundled file, never a path
        raise CcsgError(tr("'{0}' is not a profile modifier id: ids use letters, digits, _ or - only.", modifier_id))
    path = Path(bundled_dir) / f"{modifier_id}.json"
    _need(path.is_file() and _kind(path) == "modifier",
          tr("Unknown profile modifier '{0}'; available: {1}", modifier_id,
             ', '.join(bundled_modifier_ids(bundled_dir))))
    data = _read_json(path)
    _schema_version(data)
    return data


def apply_modifier(profile: Profile, modifier_id: str, *, bundled_dir: Union[str, Path]) -> Profile:
    """A new profile with the modifier applied: thresholds multiplied (`multiply`) or set (`set`), level or
    enabled changed, and the modifier's source appended to each changed criterion's source."""
    data = _modifier_data(modifier_id, bundled_dir)
    out = copy.deepcopy(profile)
    if modifier_id in out.modifiers:
        return out
    changes = data.get("criteria", {})
    _need(isinstance(changes, dict), tr("Modifier {0}: criteria must be an object", modifier_id))
    for cid, change in changes.items():
        where = tr("Modifier {0}: criteria.{1}", modifier_id, cid)
        _need(cid in CATALOGUE, tr("{0}: unknown criterion id '{1}'", where, cid))
        _need(isinstance(change, dict), tr("{0} must be an object", where))
        spec = out.criteria.get(cid)
        if spec is None:
            d = CATALOGUE[cid]
            spec = CriterionSpec(level=d.level, enabled=False, thresholds=copy.deepcopy(d.thresholds), unit=d.unit,
                                 source=d.source)
            out.criteria[cid] = spec
        for key, factor in change.get("multiply", {}).items():
            _need(key in spec.thresholds and _is_number(factor), tr("{0}.multiply.{1} must name a threshold and give a "
                                                                    "number", where, key))
            spec.thresholds[key] = spec.thresholds[key] * factor
        for key, value in change.get("set", {}).items():
            _need(key in CATALOGUE[cid].thresholds, tr("{0}.set.{1} is not a threshold of {2}", where, key, cid))
            spec.thresholds[key] = _threshold(cid, key, value, CATALOGUE[cid].thresholds[key])
        if "level" in change:
            _need(change["level"] in LEVELS, tr("{0}.level must be one of {1}", where, ', '.join(LEVELS)))
            spec.level = change["level"]
        if "enabled" in change:
            spec.enabled = bool(change["enabled"])
        if change.get("source"):
            spec.source = f"{spec.source}; {change['source']}"
    out.modifiers.append(modifier_id)
    out.id = f"{profile.id}_{modifier_id}"
    out.name = f"{profile.name} + {data.get('name', modifier_id)}"
    return out
