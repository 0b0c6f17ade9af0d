"""Criteria profiles: bundled files, validation messages naming the wrong field, save/load, modifiers."""

import copy
import json
import re

import pytest

from ccsg_plugin import paths
from ccsg_plugin.core.criteria import profiles as prof
from ccsg_plugin.core.criteria.catalogue import CATALOGUE
from ccsg_plugin.core.criteria.evaluate import CHECKS, CorridorInput, EvaluationContext, evaluate_corridors
from ccsg_plugin.core.errors import CcsgError

PROFILES = paths.profiles()  # the bundled profiles folder, passed in as the plugin's callers do

BUNDLED = {"terrestrial_multispecies", "large_carnivore", "forest_bird_small_mammal", "amphibian",
           "freshwater_riverine", "marine_network"}
DEFINITIONAL = {"boundary_defined", "connects_cores", "objective_present", "governed", "managed", "long_term",
                "monitoring_defined"}


def default_dict() -> dict:
    return prof.load_profile(bundled_dir=PROFILES).to_dict()


def test_bundled_profiles_and_modifier_are_listed_default_first():
    ids = prof.bundled_profile_ids(PROFILES)
    assert set(ids) == BUNDLED
    assert ids[0] == "terrestrial_multispecies"
    assert prof.bundled_modifier_ids(PROFILES) == ["climate_adaptation"]


def test_every_catalogue_criterion_has_a_check():
    assert set(CATALOGUE) == set(CHECKS)


@pytest.mark.parametrize("pid", sorted(BUNDLED))
def test_bundled_profile_is_valid_and_honest(pid):
    profile = prof.load_profile(pid, bundled_dir=PROFILES)
    assert profile.id == pid and profile.schema_version == prof.SCHEMA_VERSION
    assert profile.criteria, "no criteria"
    for cid, spec in profile.criteria.items():
        assert spec.source.strip(), f"{pid}.{cid} has no source"
        numeric = [v for v in spec.thresholds.values() if not isinstance(v, list)]
        if numeric:  # every threshold shows where it comes from, with a provenance tag
            assert re.search(r"\[(R|K|I)\]", spec.source), f"{pid}.{cid}: no provenance tag in {spec.source!r}"
        if cid not in DEFINITIONAL:  # literature numbers are never presented as IUCN guideline rules
            assert "Hilty et al. 2020" not in spec.source
    for key in ("home_range_width_m", "max_dispersal_m", "gap_max_m"):
        assert key in profile.species_sources, f"{pid}: species parameter {key} has no source"


def test_only_definitional_criteria_are_guideline_checks():
    assert {cid for cid, d in CATALOGUE.items() if d.guideline_check} == DEFINITIONAL


def test_default_thresholds_follow_the_catalogue_document():
    p = prof.load_profile(bundled_dir=PROFILES)
    assert p.criteria["min_width"].thresholds["min_m"] == 2000  # Beier 2019
    assert p.criteria["road_density"].thresholds["max_km_per_km2"] == 0.6  # Averill-Murray & Allison 2022
    assert p.gap_max_m == 100 and p.criteria["edge_interior"].thresholds["edge_depth_m"] == 100
    assert "Beier 2019" in p.criteria["min_width"].source and "not an IUCN rule" in p.criteria["min_width"].source
    birds = prof.load_profile("forest_bird_small_mammal", bundled_dir=PROFILES)
    assert birds.criteria["min_width"].thresholds["min_m"] == 300
    assert prof.load_profile("amphibian", bundled_dir=PROFILES).criteria["min_width"].thresholds["min_m"] == 50


def test_malformed_threshold_names_the_field():
    data = default_dict()
    data["criteria"]["min_width"]["thresholds"]["min_m"] = "abc"
    with pytest.raises(CcsgError) as err:
        prof.validate(data)
    assert str(err.value) == "criteria.min_width.thresholds.min_m must be a number, got 'abc'"


@pytest.mark.parametrize(("mutate", "field"), [
    (lambda d: d["criteria"]["governed"].update(level="mandatory"), "criteria.governed.level"),
    (lambda d: d["criteria"]["min_width"].update(enabled="yes"), "criteria.min_width.enabled"),
    (lambda d: d["criteria"]["min_width"]["thresholds"].update(min_mm=3), "criteria.min_width.thresholds.min_mm"),
    (lambda d: d["criteria"]["min_width"]["thresholds"].update(min_m=-5), "criteria.min_width.thresholds.min_m"),
    (lambda d: d["species"].update(gap_max_m=0), "species.gap_max_m"),
    (lambda d: d["species"].update(habitat_classes="forest"), "species.habitat_classes"),
    (lambda d: d.update(realm="space"), "realm"),
    (lambda d: d.pop("schema_version"), "schema_version"),
    (lambda d: d.update(schema_version=99), "schema_version"),
    (lambda d: d.update(id="bad id!"), "id"),
    (lambda d: d["criteria"]["min_width"].update(source=""), "criteria.min_width.source"),
    (lambda d: d["criteria"]["min_width"].update(treshold={"min_m": 3}), "criteria.min_width.treshold"),
    (lambda d: d.update(speceis={}), "speceis is not a known field"),
    (lambda d: d["species"].update(gap_max=30), "species.gap_max is not a species parameter"),
])
def test_each_wrong_field_is_named(mutate, field):
    data = default_dict()
    mutate(data)
    with pytest.raises(CcsgError, match=re.escape(field)):
        prof.validate(data)


def test_unknown_criterion_id_is_named():
    data = default_dict()
    data["criteria"]["min_widht"] = {"level": "advisory", "thresholds": {}, "source": "x"}
    with pytest.raises(CcsgError, match="unknown criterion id 'min_widht'"):
        prof.validate(data)


def test_evaluating_with_an_unknown_criterion_id_is_refused():
    profile = prof.load_profile(bundled_dir=PROFILES)
    profile.criteria["no_such_check"] = prof.CriterionSpec(level="advisory", source="x")
    with pytest.raises(CcsgError, match="no_such_check"):
        evaluate_corridors([CorridorInput(1, "c", None)], EvaluationContext(), profile)


def test_bad_file_messages_name_the_file_and_place(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"schema_version": 1,\n "id": "x",,}', encoding="utf-8")
    with pytest.raises(CcsgError, match=r"broken\.json is not valid JSON \(line 2"):
        prof.load_profile(broken, bundled_dir=PROFILES)
    wrong = tmp_path / "wrong.json"
    data = default_dict()
    data["criteria"]["road_density"]["thresholds"]["max_km_per_km2"] = "low"
    wrong.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(CcsgError, match=r"wrong\.json: criteria\.road_density\.thresholds\.max_km_per_km2 must be"):
        prof.load_profile(wrong, bundled_dir=PROFILES)
    with pytest.raises(CcsgError, match="Unknown criteria profile 'nope'"):
        prof.load_profile("nope", bundled_dir=PROFILES)


def test_copy_edit_save_and_load_from_the_user_folder(tmp_path):
    mine = prof.copy_profile(prof.load_profile("large_carnivore", bundled_dir=PROFILES), "my_wolves", "My wolves")
    mine.criteria["min_width"].thresholds["min_m"] = 4000
    mine.gap_max_m = 250
    path = prof.save_profile(mine, tmp_path / "profiles" / "my_wolves.json")
    again = prof.load_profile("my_wolves", user_dir=tmp_path / "profiles", bundled_dir=PROFILES)
    assert again == mine
    assert prof.load_profile(path, bundled_dir=PROFILES) == mine
    assert prof.user_profile_ids(tmp_path / "profiles") == ["my_wolves"]
    original = prof.load_profile("large_carnivore", bundled_dir=PROFILES)
    assert original.criteria["min_width"].thresholds["min_m"] == 2000  # original unchanged


def test_thresholds_left_out_take_the_catalogue_default():
    data = default_dict()
    data["criteria"]["edge_interior"]["thresholds"] = {"edge_depth_m": 60}
    p = prof.validate(data)
    assert p.criteria["edge_interior"].thresholds == {"edge_depth_m": 60,
                                                      "min_interior_share": CATALOGUE["edge_interior"].thresholds[
                                                          "min_interior_share"]}


def test_climate_adaptation_modifier():
    base = prof.load_profile(bundled_dir=PROFILES)
    mod = prof.apply_modifier(base, "climate_adaptation", bundled_dir=PROFILES)
    assert mod.criteria["min_width"].thresholds["min_m"] == pytest.approx(1.5 * 2000)
    assert "climate adaptation" in mod.criteria["min_width"].source and "[I]" in mod.criteria["min_width"].source
    assert mod.criteria["climate_gradient"].level == "advisory"
    assert mod.criteria["climate_gradient"].thresholds["min_core_elevation_diff_m"] == 100
    assert mod.modifiers == ["climate_adaptation"]
    assert base.criteria["min_width"].thresholds["min_m"] == 2000
    assert prof.load_profile("terrestrial_multispecies+climate_adaptation", bundled_dir=PROFILES) == mod
    assert prof.apply_modifier(mod, "climate_adaptation", bundled_dir=PROFILES) == mod  # applying twice changes nothing
    with pytest.raises(CcsgError, match="Unknown profile modifier 'drought'"):
        prof.apply_modifier(base, "drought", bundled_dir=PROFILES)


def test_saved_modified_profile_loads_again(tmp_path):
    mod = prof.load_profile("amphibian+climate_adaptation", bundled_dir=PROFILES)
    path = prof.save_profile(mod, tmp_path / "amph_climate.json")
    assert prof.load_profile(path, bundled_dir=PROFILES) == mod


def test_validate_does_not_change_its_input():
    data = default_dict()
    before = copy.deepcopy(data)
    prof.validate(data)
    assert data == before


def _profile_bytes(name: str, encoding: str) -> bytes:
    data = default_dict()
    data["id"], data["name"] = "montana", "@NAME@"
    return json.dumps(data).replace("@NAME@", name).encode(encoding)  # only the name is outside ASCII


def test_latin1_binary_and_deeply_nested_profile_files_get_a_message_naming_the_file(tmp_path):
    latin = tmp_path / "latin.json"
    latin.write_bytes(_profile_bytes("Corredor de montaña", "latin-1"))
    expected_at = _profile_bytes("Corredor de montaña", "latin-1").index(b"\xf1")
    with pytest.raises(CcsgError, match=rf"latin\.json is not UTF-8 text \(byte 0xF1 at position {expected_at};.*"
                                        r"save it with the UTF-8 encoding"):
        prof.load_profile(latin, bundled_dir=PROFILES)
    binary = tmp_path / "binary.json"
    binary.write_bytes(bytes(range(256)) * 8)
    with pytest.raises(CcsgError, match=r"binary\.json is a binary file, not a criteria profile"):
        prof.load_profile(binary, bundled_dir=PROFILES)
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(CcsgError, match=r"deep\.json nests lists or objects too deeply"):
        prof.load_profile(deep, bundled_dir=PROFILES)
    # the same files in the user's folder: listing them works, choosing one gives the same message
    assert prof.user_profile_ids(tmp_path) == ["binary", "deep", "latin"]
    with pytest.raises(CcsgError, match=r"latin\.json is not UTF-8 text"):
        prof.load_profile("latin", user_dir=tmp_path, bundled_dir=PROFILES)
    # UTF-8, with or without the byte-order mark Windows editors add, loads
    for bom in (b"", b"\xef\xbb\xbf"):
        good = tmp_path / "ok" / "good.json"
        good.parent.mkdir(exist_ok=True)
        good.write_bytes(bom + _profile_bytes("Corredor de montaña", "utf-8"))
        assert prof.load_profile(good, bundled_dir=PROFILES).name == "Corredor de montaña"


def test_profile_id_that_is_a_path_is_refused(tmp_path):
    outside = tmp_path / "x.json"
    data = default_dict()
    data["id"] = "x"
    outside.write_text(json.dumps(data), encoding="utf-8")
    user_dir = tmp_path / "a" / "b"
    user_dir.mkdir(parents=True)
    assert (user_dir / "../../x.json").is_file()  # what the id would reach
    for bad in ("../../x", "a/../../x", "..\\..\\x", "terrestrial_multispecies+../../x"):
        with pytest.raises(CcsgError, match=r"is not a criteria profile id: ids use letters, digits, _ or - only"):
            prof.load_profile(bad, user_dir=user_dir, bundled_dir=PROFILES)
    with pytest.raises(CcsgError, match=r"'\.\./climate_adaptation' is not a profile modifier id"):
        prof.apply_modifier(prof.load_profile(bundled_dir=PROFILES), "../climate_adaptation", bundled_dir=PROFILES)
    climate = prof.load_profile("terrestrial_multispecies+climate_adaptation", bundled_dir=PROFILES)
    assert climate.modifiers == ["climate_adaptation"]


def test_the_bundled_folder_is_passed_in(tmp_path):
    """core reads bundled profiles and modifiers only from the folder its caller gives (no plugin paths in core)."""
    folder = tmp_path / "shipped"
    folder.mkdir()
    mine = prof.copy_profile(prof.load_profile(bundled_dir=PROFILES), "only_here", "Only here")
    mine.modifiers = []
    prof.save_profile(mine, folder / "only_here.json")
    (folder / "climate_adaptation.json").write_bytes((PROFILES / "climate_adaptation.json").read_bytes())
    assert prof.bundled_profile_ids(folder) == ["only_here"]
    assert prof.bundled_modifier_ids(folder) == ["climate_adaptation"]
    assert prof.load_profile("only_here", bundled_dir=folder).name == "Only here"
    assert prof.load_profile("only_here+climate_adaptation", bundled_dir=folder).modifiers == ["climate_adaptation"]
    with pytest.raises(CcsgError, match="Unknown criteria profile 'terrestrial_multispecies'; available: only_here"):
        prof.load_profile("terrestrial_multispecies", bundled_dir=folder)
    with pytest.raises(CcsgError, match="Unknown criteria profile 'only_here'"):
        prof.load_profile("only_here", bundled_dir=PROFILES)
