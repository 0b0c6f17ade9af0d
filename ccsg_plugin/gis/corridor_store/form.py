"""The corridor store's attribute form: aliases, editor widgets, soft constraints, tabs, and the default style
saved into the GeoPackage so the form also works when the file is opened without the plugin."""

from __future__ import annotations

from qgis.core import (
    QgsAttributeEditorContainer,
    QgsAttributeEditorField,
    QgsEditFormConfig,
    QgsEditorWidgetSetup,
    QgsFieldConstraints,
    QgsVectorLayer,
)

from ccsg_plugin.core.corridor import schema
from ccsg_plugin.i18n import tr, tr_data

STYLE_NAME = "candidate_corridors"
VALUE_MAP_NULL = "{2839923C-8B7D-419E-B84B-CA2FE9B80EC7}"  # QGIS's ValueMap entry for NULL


def _value_map(spec: schema.FieldSpec) -> dict:
    entries = [{tr("(empty)"): VALUE_MAP_NULL}]
    for value in spec.allowed:
        label = tr_data(spec.display(value))  # value labels are listed in i18n_catalog.py
        if spec.name == "gov_subtype":
            gtype = schema.governance_type_of(value)
            label = f"{gtype}: {tr_data(value)}" if gtype else tr_data(value)
        entries.append({label: value})
    return {"map": entries}


def _subtype_expression() -> str:
    parts = ['"gov_subtype" IS NULL', f"\"gov_subtype\" = '{schema.NOT_REPORTED}'"]
    for gtype, values in schema.GOV_SUBTYPES_BY_TYPE.items():
        quoted = ", ".join("'" + v.replace("'", "''") + "'" for v in values)
        parts.append(f"(\"governance_type\" = '{gtype}' AND \"gov_subtype\" IN ({quoted}))")
    return " OR ".join(parts)


# Attribute form tabs (drag-and-drop layout): the catalogue grouped as a technician fills it in.
FORM_TABS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Corridor", ("corridor_id", "name", "objective_connectivity", "target_species_processes", "realm", "status",
                  "status_year", "notes")),
    ("Governance", ("governance_type", "gov_subtype", "governance_authority", "management_authority",
                    "management_plan", "management_mechanism", "ownership_type", "legal_mechanism",
                    "commitment_duration", "rightsholders_engaged", "fpic", "transboundary", "verification")),
    ("Monitoring", ("monitoring_plan", "indicators", "last_assessment")),
    ("Design", ("connectivity_type", "corridor_form", "corridor_function", "temporal_regime", "active_months",
                "design_method")),
    ("Measured", ("area_ha", "length_m", "min_width_m", "connected_core_ids", "centreline_width_m", "end_style",
                  "centreline_wkt")),
)
_TAB_TITLES = {"Corridor": tr("Corridor"), "Governance": tr("Governance"), "Monitoring": tr("Monitoring"),
               "Design": tr("Design"), "Measured": tr("Measured")}


def _form_tabs(layer: QgsVectorLayer, form: QgsEditFormConfig) -> None:
    form.clearTabs()
    root = form.invisibleRootContainer()
    fields = layer.fields()
    for key, names in FORM_TABS:
        tab = QgsAttributeEditorContainer(_TAB_TITLES.get(key, key), root)
        tab.setIsGroupBox(False)
        tab.setColumnCount(1)
        for name in names:
            idx = fields.indexOf(name)
            if idx >= 0:
                tab.addChildElement(QgsAttributeEditorField(name, idx, tab))
        form.addTab(tab)
    form.setLayout(QgsEditFormConfig.TabLayout)


def configure_layer(layer: QgsVectorLayer) -> None:
    """Aliases, editor widgets, constraints and read-only computed fields, so the standard form and table work."""
    form = layer.editFormConfig()
    fields = layer.fields()
    for spec in schema.FIELDS:
        idx = fields.indexOf(spec.name)
        if idx < 0:
            continue
        layer.setFieldAlias(idx, tr_data(spec.label))
        if spec.allowed and not spec.multi:
            setup = QgsEditorWidgetSetup("ValueMap", _value_map(spec))
        elif spec.type == schema.DATE:
            setup = QgsEditorWidgetSetup("DateTime", {"field_format": "yyyy-MM-dd", "display_format": "yyyy-MM-dd",
                                                      "calendar_popup": True, "allow_null": True})
        elif spec.type == schema.BOOL:
            setup = QgsEditorWidgetSetup("CheckBox", {})
        elif spec.name == "status_year":
            setup = QgsEditorWidgetSetup("Range", {"Min": 1800, "Max": 2100, "Step": 1, "Style": "SpinBox",
                                                   "AllowNull": True})
        elif spec.name in ("objective_connectivity", "notes", "monitoring_plan", "centreline_wkt"):
            setup = QgsEditorWidgetSetup("TextEdit", {"IsMultiline": True, "UseHtml": False})
        else:
            setup = QgsEditorWidgetSetup("TextEdit", {"IsMultiline": False, "UseHtml": False})
        layer.setEditorWidgetSetup(idx, setup)
        read_only = spec.computed or spec.level == schema.AUTO
        form.setReadOnly(idx, read_only)
        if spec.required:
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintNotNull,
                                     QgsFieldConstraints.ConstraintStrengthSoft)
    constraints = {
        "gov_subtype": (_subtype_expression(), tr("The subtype must belong to the governance type (A-D).")),
        "commitment_duration": ("\"commitment_duration\" IS NULL OR \"commitment_duration\" = 'permanent' OR "
                                "regexp_match(\"commitment_duration\", '^[0-9]+$')",
                                tr("Use 'permanent' or a whole number of years.")),
    }
    for name, (expression, description) in constraints.items():
        idx = fields.indexOf(name)
        if idx >= 0:
            layer.setConstraintExpression(idx, expression, description)
            layer.setFieldConstraint(idx, QgsFieldConstraints.ConstraintExpression,
                                     QgsFieldConstraints.ConstraintStrengthSoft)
    _form_tabs(layer, form)
    layer.setEditFormConfig(form)


def apply_default_style(layer: QgsVectorLayer) -> None:
    """Renderer by status (resources/styles/candidate_corridors.qml) + widgets, saved as the GeoPackage's default
    style so the form also works when the file is opened without the plugin."""
    from ccsg_plugin.gis import output

    output.apply_style(layer, STYLE_NAME)
    configure_layer(layer)  # after the style: the .qml carries only symbology
    layer.saveStyleToDatabase(STYLE_NAME, tr("CCSG candidate corridors"), True, "")

