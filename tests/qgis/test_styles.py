"""Every bundled .qml style is valid QGIS XML and portable (no font family that other machines may lack)."""

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

STYLES = sorted((Path(__file__).resolve().parents[2] / "resources" / "styles").glob("*.qml"))


@pytest.mark.parametrize("qml", STYLES, ids=[p.name for p in STYLES])
def test_style_is_portable_qgis_xml(qml):
    root = ET.parse(qml).getroot()
    assert root.tag == "qgis"
    families = {el.get("fontFamily") for el in root.iter() if el.get("fontFamily") is not None}
    # An empty family means "the default font": a named one raises a "font not available" warning on load elsewhere.
    assert families <= {""}, f"{qml.name} names font families {families}; use fontFamily=\"\""
