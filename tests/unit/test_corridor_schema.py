"""The corridor field catalogue against CRITERIA.md section 3 (values re-typed here from the document)."""

from ccsg_plugin.core.corridor import schema as cs


def test_required_fields_match_criteria_section_3():
    expected = {"corridor_id", "name", "objective_connectivity", "target_species_processes", "realm",
                "governance_type", "gov_subtype", "governance_authority", "management_authority",
                "management_plan", "legal_mechanism", "status", "status_year", "commitment_duration",
                "monitoring_plan", "indicators", "last_assessment"}
    assert set(cs.REQUIRED_FIELDS) == expected


def test_computed_fields_and_unique_names():
    assert set(cs.COMPUTED_FIELDS) == {"area_ha", "length_m", "min_width_m", "connected_core_ids"}
    assert len(set(cs.FIELD_NAMES)) == len(cs.FIELD_NAMES)
    assert all(n.islower() and " " not in n and len(n) <= 30 for n in cs.FIELD_NAMES)


def test_governance_subtypes_grouped_by_type():
    assert cs.subtypes_for("D") == ("Indigenous peoples", "Local communities", "Not Reported")
    assert cs.governance_type_of("Joint governance") == "B"
    assert cs.governance_type_of("Not Reported") is None
    assert len(cs.GOV_SUBTYPES) == 3 + 3 + 3 + 2 + 1
    assert cs.check_subtype("A", "Local communities") is not None
    assert cs.check_subtype("D", "Local communities") is None


def test_validate_values():
    assert cs.validate_value("status", "Designated") is None
    assert "not one of" in cs.validate_value("status", "designated")
    assert cs.validate_value("corridor_function", "habitat;conduit") is None
    assert cs.validate_value("corridor_function", "habitat;road") is not None
    assert cs.validate_value("commitment_duration", "permanent") is None
    assert cs.validate_value("commitment_duration", "30") is None
    assert cs.validate_value("commitment_duration", "thirty") is not None
    assert cs.validate_value("status_year", 2021) is None
    assert cs.validate_value("status_year", 21) is not None
    assert cs.commitment_years("Permanent") == float("inf")


def test_list_round_trip():
    assert cs.split_list(cs.join_list([2, 3])) == ["2", "3"]
    assert cs.split_list(None) == [] and cs.split_list(" ; ") == []
