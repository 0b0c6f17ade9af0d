"""The check at scale, shown with small counts: the report's detail limit (REPORT_MAX_CORRIDORS) and results that
do not depend on how many other corridors are checked in the same run. Times and memory are in `make bench`."""

from __future__ import annotations

import json

import pytest
from osgeo import ogr
from qgis import processing
from qgis.core import QgsRasterLayer

from ccsg_plugin import paths
from ccsg_plugin.core.criteria.bench import synthetic_scene
from ccsg_plugin.core.criteria.evaluate import evaluate_corridors
from ccsg_plugin.core.criteria.profiles import load_profile
from tests.qgis import check_fixtures as fx

WIDTHS = (500, 2500, 1200, 800)


def _run(tmp_path, limit, widths=WIDTHS, name="out"):
    corridors = fx.corridors_layer([(f"corridor {i}", fx.rectangle(w), fx.FULL_ATTRIBUTES)
                                    for i, w in enumerate(widths)])
    tif = fx.resistance_tif(tmp_path / f"{name}_res.tif")
    params = {"CORRIDORS": corridors, "CORES": fx.cores_layer(),
              "RESISTANCE": QgsRasterLayer(str(tif), "resistance"),
              "OUTPUT": str(tmp_path / f"{name}.gpkg"), "REPORT": str(tmp_path / f"{name}.html")}
    if limit is not None:
        params["REPORT_MAX_CORRIDORS"] = limit
    result = processing.run("ccsg:checkcorridors", params)
    return (tmp_path / f"{name}.html").read_text(encoding="utf-8"), result


def _section_names(html: str) -> list[str]:
    return [s.split("</h2>")[0] for s in html.split("<section class='corridor'")[1:]]


def _summary_rows(html: str) -> list[str]:
    return html.split("<table class='summary'>")[1].split("</table>")[0].split("<tr class=")[1:]


@pytest.mark.parametrize(("limit", "sections"), [(0, 0), (1, 1), (3, 3), (4, 4), (5, 4), (None, 4)])
def test_report_details_only_up_to_the_limit(provider, tmp_path, limit, sections):
    html, _ = _run(tmp_path, limit)
    names = _section_names(html)
    assert len(names) == sections
    assert [n.split(". ")[1].split(" <span")[0] for n in names] == [f"corridor {i}" for i in range(sections)]
    assert html.count("data:image/png;base64,") == sections  # maps only for the detailed corridors
    rows = _summary_rows(html)
    assert len(rows) == len(WIDTHS)  # the summary always lists every corridor
    linked = [i for i, row in enumerate(rows) if "href='#corridor-" in row]
    assert linked == list(range(sections))  # no link to a section that is not there
    note = "Details (map, tables and width chart) are shown for the first"
    assert (note in html) == (sections < len(WIDTHS))  # exactly at the count: no note


def test_default_limit_is_a_hundred(provider):
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById("ccsg:checkcorridors")
    parameter = alg.parameterDefinition("REPORT_MAX_CORRIDORS")
    assert parameter.defaultValue() == 100 and parameter.minimum() == 0


def _layer_rows(path):
    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    rows = {}
    for feature in layer:
        items = feature.items()
        rows[items["name"]] = {k: v for k, v in items.items() if k not in ("fid",)}
    return rows


def test_a_corridor_gets_the_same_fields_alone_and_among_many(provider, tmp_path):
    _run(tmp_path, 0, name="many")
    _run(tmp_path, 0, widths=(1200,), name="alone")
    many = _layer_rows(tmp_path / "many.gpkg")
    (alone,) = _layer_rows(tmp_path / "alone.gpkg").values()
    among = many["corridor 2"]  # the same 1200 m rectangle, third of four
    alone["name"] = among["name"]
    assert among == alone
    # And the fields belong to their own corridor: the 500 m one fails its width, the 2500 m one passes.
    assert many["corridor 0"]["min_width_status"] == "fail" and many["corridor 1"]["min_width_status"] == "pass"
    assert json.loads(many["corridor 0"]["check_details"])["min_width"]["value"] == pytest.approx(500, abs=1)


def _outcome(evaluation):
    return [(r.criterion_id, r.status, r.value, r.explanation) for r in evaluation.results]


def test_core_results_do_not_depend_on_the_other_corridors_of_the_run():
    """The shared per-run indexes (core and road bounding boxes) must give corridor k the results it gets alone."""
    corridors, context = synthetic_scene(n_corridors=24, raster_cells=40_000, n_roads=150, seed=3)
    profile = load_profile(bundled_dir=paths.profiles())
    together = evaluate_corridors(corridors, context, profile, width_profiles=False)
    for k in (0, 7, 23):
        (alone,) = evaluate_corridors([corridors[k]], context, profile, width_profiles=False)
        assert _outcome(alone) == _outcome(together[k])
