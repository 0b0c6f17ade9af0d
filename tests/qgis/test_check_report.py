"""The guideline-check report: one self-contained HTML file, one section per corridor, images embedded."""

from __future__ import annotations

import base64
import re

import pytest
from qgis import processing
from qgis.core import QgsRasterLayer
from qgis.PyQt.QtGui import QImage

from tests.qgis import check_fixtures as fx


@pytest.fixture
def report_html(provider, tmp_path):
    road = f"LINESTRING({fx.X0 + 2000} {fx.Y0 - 3000},{fx.X0 + 2000} {fx.Y0 + 3000})"
    corridors = fx.corridors_layer([
        ("narrow one", fx.rectangle(500), fx.FULL_ATTRIBUTES),
        ("wide one", fx.rectangle(2500), {"objective_connectivity": "Link the two cores"}),
        ("third", fx.rectangle(1200), fx.FULL_ATTRIBUTES),
    ])
    tif = fx.resistance_tif(tmp_path / "res.tif")
    processing.run("ccsg:checkcorridors", {
        "CORRIDORS": corridors, "CORES": fx.cores_layer(), "BARRIERS": fx.roads_layer([road]),
        "RESISTANCE": QgsRasterLayer(str(tif), "resistance"), "OUTPUT": str(tmp_path / "out.gpkg"),
        "REPORT": str(tmp_path / "report.html"),
    })
    return (tmp_path / "report.html").read_text(encoding="utf-8")


def _sections(html: str) -> list[str]:
    return html.split("<section class='corridor'")[1:]


def test_report_is_self_contained(report_html):
    # Nothing is fetched: no external stylesheet, script, font, import or remote image.
    for pattern in (r"<link\b", r"<script\b", r"@import", r"url\(", r"<iframe\b"):
        assert not re.search(pattern, report_html, re.IGNORECASE), pattern
    references = re.findall(r"""(?:src|href)\s*=\s*['"]([^'"]*)['"]""", report_html)
    assert references, "expected image sources and in-page links"
    for ref in references:
        assert ref.startswith(("data:image/png;base64,", "#")), ref[:60]
    assert "@media print" in report_html


def test_one_section_per_corridor_with_map_and_chart(report_html):
    sections = _sections(report_html)
    assert len(sections) == 3
    for name, section in zip(("narrow one", "wide one", "third"), sections):
        assert name in section
        images = re.findall(r"data:image/png;base64,([A-Za-z0-9+/=]+)", section)
        assert len(images) == 1
        image = QImage()
        assert image.loadFromData(base64.b64decode(images[0]), "PNG")
        assert image.width() == 640 and image.height() == 480
        assert "<svg" in section and "<polyline" in section  # width profile chart
    # The narrow corridor's chart draws the 2000 m threshold and marks the transects below it.
    assert "minimum width 2,000 m" in sections[0]
    assert "<circle" in sections[0]


def test_iucn_checks_apart_from_design_thresholds(report_html):
    section = _sections(report_html)[0]
    iucn, design = section.split("Design criteria (thresholds from the literature or design defaults)")
    assert "IUCN guideline checks" in iucn
    for cid in ("boundary_defined", "connects_cores", "governed", "managed", "long_term", "monitoring_defined"):
        assert f"id='{cid}'" in iucn and f"id='{cid}'" not in design
    for cid in ("min_width", "pinch_points", "road_density", "barrier_severance"):
        assert f"id='{cid}'" in design and f"id='{cid}'" not in iucn
    # Each threshold shows its source.
    assert "Beier 2019" in design and "Averill-Murray" in design


def test_failed_required_and_documented_attributes(report_html):
    narrow, wide, _third = _sections(report_html)
    assert "At least one required (IUCN definitional) criterion fails." in wide
    assert "At least one required (IUCN definitional) criterion fails." not in narrow
    assert "Regional parks agency" in narrow and "Camera traps every spring" in narrow
    assert "2020" in narrow and "2,020" not in narrow  # the status year as typed
    assert "Link the two cores" in wide


def test_width_profile_svg_scales_with_the_data():
    from ccsg_plugin.gis.report import width_profile_svg

    svg = width_profile_svg([(0.0, 100.0), (1000.0, 300.0), (2000.0, 200.0)], threshold=250.0)
    assert svg.count("<circle") == 2  # the two transects narrower than 250 m
    points = re.search(r'<polyline points="([^"]+)"', svg).group(1).split()
    ys = [float(p.split(",")[1]) for p in points]
    assert ys[1] < ys[2] < ys[0]  # wider is higher on the chart
    assert "No width profile" in width_profile_svg([])


def test_required_criteria_not_evaluated_are_named(provider, tmp_path):
    """Without a cores layer the 'links two cores' check cannot be made: the corridor warns and the report says why."""
    corridors = fx.corridors_layer([("no cores given", fx.rectangle(2500), fx.FULL_ATTRIBUTES)])
    result = processing.run("ccsg:checkcorridors", {
        "CORRIDORS": corridors, "OUTPUT": str(tmp_path / "out.gpkg"), "REPORT": str(tmp_path / "report.html"),
    })
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    section = _sections(html)[0]
    assert "Required criteria not evaluated:" in section
    assert "Links at least two cores" in section.split("Required criteria not evaluated:")[1]
    summary_row = html.split("<table class='summary'>")[1].split("</table>")[0]
    assert "Links at least two cores (not evaluated)" in summary_row
    assert '"overall_status": "warn"' in result["SUMMARY"]


def test_width_chart_does_not_mark_the_ends_inside_the_cores():
    """A 2100 m band (minimum 2000 m in the default profile) whose centreline runs from the centre of one round
    core (radius 1100 m) to the centre of the other. Inside a core, between x = 328 m and 1100 m from its centre,
    a transect meets only the slivers beside the round edge: those must neither be charted nor marked."""
    from shapely.geometry import LineString, Point, box

    from ccsg_plugin.core.criteria.evaluate import CorridorInput, EvaluationContext, evaluate_corridors
    from ccsg_plugin.core.criteria.profiles import load_profile
    from ccsg_plugin.gis.report import width_profile_svg

    cores = [("A", Point(0, 0).buffer(1100, 256)), ("B", Point(6000, 0).buffer(1100, 256))]
    corridor = CorridorInput(1, "band", box(0, -1050, 6000, 1050), {},
                             centreline=LineString([(0, 0), (6000, 0)]))
    (evaluation,) = evaluate_corridors([corridor], EvaluationContext(cores=cores), load_profile())
    assert evaluation.result("min_width").status == "pass"
    assert evaluation.result("pinch_points").status == "pass"
    # Transects every 100 m from 50 m: the ones outside both cores, x in (1100, 4900), each 2100 m wide.
    assert [p[0] for p in evaluation.width_profile] == pytest.approx([50.0 + 100 * k for k in range(11, 49)])
    assert all(p[1] == pytest.approx(2100, abs=0.1) for p in evaluation.width_profile)
    svg = width_profile_svg(evaluation.width_profile, evaluation.result("min_width").threshold)
    assert "<circle" not in svg
