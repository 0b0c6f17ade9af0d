"""ccsg:runreport on a real run folder (corridors, pinch points, restoration, crossings, network and rivers made by
the plugin's algorithms): every table against the source layers read here with QGIS and ordered by the test's own
rule, the number format written out in the test, maps embedded as images, a section only when its files exist, the
TITLE and TOP parameters changing the report, and bad input refused with a clear message and no file."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from qgis import processing
from qgis.core import QgsProcessingException

from tests.qgis.lcp_helpers import ccsg_registered, files_in  # noqa: F401 - fixture
from tests.qgis.run_report_helpers import Report, build_run_folder, drawn_share, png_of, ref_format, rows_of

ALL_SECTIONS = ["overview", "pinch-points", "restoration", "crossings", "network", "rivers"]


@pytest.fixture(scope="module")
def run_folder(tmp_path_factory, ccsg_registered):  # noqa: F811
    return build_run_folder(tmp_path_factory.mktemp("runreport"))


def make_report(folder: Path, out: Path | None = None, **params) -> tuple[Report, dict]:
    args = {"RUN_FOLDER": str(folder), **params}
    if out is not None:
        args["OUTPUT_HTML"] = str(out)
    result = processing.run("ccsg:runreport", args)
    text = Path(result["OUTPUT_HTML"]).read_text(encoding="utf-8")
    return Report(text), result


@pytest.fixture(scope="module")
def report(run_folder, tmp_path_factory):
    out = tmp_path_factory.mktemp("reports") / "full.html"
    parsed, result = make_report(run_folder, out)
    return parsed, result, out


def pair_key(value):
    return (0, float(value)) if isinstance(value, (int, float)) else (1, str(value))


def test_every_section_in_order_and_self_contained(report):
    parsed, result, out = report
    assert parsed.sections == ALL_SECTIONS
    assert result["SECTIONS"] == ",".join(ALL_SECTIONS)
    text = out.read_text(encoding="utf-8")
    # offline: no reference outside the file (images inline, links to its own sections only)
    assert all(link.startswith(("data:image/png;base64,", "#")) for link in parsed.links), parsed.links
    assert not re.search(r"https?://|<script|<link ", text, re.IGNORECASE)
    assert "@media print" in text


def test_default_output_is_report_html_in_the_run_folder(run_folder, tmp_path):
    folder = tmp_path / "copy"
    shutil.copytree(run_folder, folder)
    parsed, result = make_report(folder)
    assert Path(result["OUTPUT_HTML"]) == folder / "report.html" and (folder / "report.html").is_file()
    assert parsed.h1 == "Connectivity analysis run: copy"


def test_linked_pairs_table_matches_the_paths_layer(report, run_folder):
    parsed = report[0]
    table = parsed.table("overview", "pairs")
    rows = sorted(rows_of(run_folder / "least_cost_paths.gpkg"), key=lambda r: (pair_key(r["core_a"]),
                                                                                 pair_key(r["core_b"])))
    expected = [[ref_format(r[k]) for k in ("core_a", "core_b", "lcd", "path_length_m", "lcd_per_path")]
                for r in rows]
    assert len(expected) == 3 and table["rows"] == expected
    assert len(table["headers"]) == 5
    # the inputs recorded in the outputs' metadata
    inputs = dict(row for row in parsed.table("overview", "inputs")["rows"])
    assert inputs["CORE_ID_FIELD"] == "core_id" and inputs["WIDTH_CUTOFF"] == "300"


def test_pinch_links_from_the_highest_effective_resistance(report, run_folder):
    parsed = report[0]
    rows = sorted(rows_of(run_folder / "pinch_point_links.gpkg"), key=lambda r: -r["eff_resistance"])
    expected = [[ref_format(r[k]) for k in ("core_a", "core_b", "eff_resistance", "lcd_per_eff_resistance")]
                for r in rows]
    assert parsed.table("pinch-points", "pinch-links")["rows"] == expected


def test_restoration_sites_top_ten_by_rank_each_with_a_small_map(report, run_folder):
    parsed = report[0]
    source = rows_of(run_folder / "restoration_sites.gpkg")
    assert len(source) == 20  # more sites than the report lists
    top = sorted(source, key=lambda r: r["rank"])[:10]
    expected = [[ref_format(r["rank"]), r["pair"], ref_format(r["score"]), ref_format(r["radius_m"]),
                 ref_format(r["lcd_gain"])] for r in top]
    assert parsed.table("restoration", "sites")["rows"] == expected
    assert [row[0] for row in expected] == [str(k) for k in range(1, 11)]
    maps = [i for i in parsed.images if i["section"] == "restoration" and i["class"] == "small-map"]
    assert [m["alt"] for m in maps] == [f"Site {k}" for k in range(1, 11)]
    assert all(drawn_share(png_of(m["src"])) > 0.05 for m in maps)


def test_crossings_by_rank(report, run_folder):
    parsed = report[0]
    source = sorted(rows_of(run_folder / "crossings.gpkg"), key=lambda r: r["rank"])
    assert 2 <= len(source) <= 10
    expected = [[ref_format(r["rank"]), r["pair"], ref_format(r["severance_cost"]), ref_format(r["keep_open_gain"]),
                 ref_format(r["current"]), ref_format(r["corridor_value"])] for r in source]
    assert parsed.table("crossings", "crossings")["rows"] == expected
    # rank 1 wins back the most (the algorithm's rule, checked on the file itself)
    gains = [r["keep_open_gain"] for r in source]
    assert gains == sorted(gains, reverse=True)
    maps = [i for i in parsed.images if i["section"] == "crossings" and i["class"] == "small-map"]
    assert len(maps) == len(source)


def test_top_limits_every_ranked_table(run_folder, tmp_path):
    parsed, _result = make_report(run_folder, tmp_path / "top2.html", TOP=2)
    sites = sorted(rows_of(run_folder / "restoration_sites.gpkg"), key=lambda r: r["rank"])[:2]
    assert [row[0] for row in parsed.table("restoration", "sites")["rows"]] == [str(r["rank"]) for r in sites]
    assert len(parsed.table("crossings", "crossings")["rows"]) == 2
    assert len(parsed.table("network", "network-cores")["rows"]) == 2
    assert len(parsed.table("network", "network-links")["rows"]) == 2
    assert len([i for i in parsed.images if i["class"] == "small-map"]) == 4
    # at the edge: TOP equal to the number of crossings lists them all
    n = len(rows_of(run_folder / "crossings.gpkg"))
    parsed, _result = make_report(run_folder, tmp_path / "topn.html", TOP=n)
    assert len(parsed.table("crossings", "crossings")["rows"]) == n


def test_network_figures_tables_and_sentence(report, run_folder):
    parsed = report[0]
    summary = rows_of(run_folder / "network_summary.gpkg")[0]
    figures = dict(row for row in parsed.table("network", "figures")["rows"])
    for name in ("PC", "EC", "IIC"):
        assert figures[name] == ref_format(summary[name])
    assert "ProtConn" not in figures  # no region: no ProtConn figure
    assert f"The probability of connectivity (PC) is {ref_format(summary['PC'])}" in parsed.text["network"]
    cores = sorted(rows_of(run_folder / "network_cores.gpkg"), key=lambda r: -r["dPC"])
    assert [row[:3] for row in parsed.table("network", "network-cores")["rows"]] == \
        [[str(k), ref_format(r["core_id"]), ref_format(r["dPC"])] for k, r in enumerate(cores, start=1)]
    links = sorted(rows_of(run_folder / "network_links.gpkg"), key=lambda r: -r["dPC_link"])
    assert [row[1:3] + [row[5]] for row in parsed.table("network", "network-links")["rows"]] == \
        [[ref_format(r["core_a"]), ref_format(r["core_b"]), ref_format(r["dPC_link"])] for r in links]


def test_rivers_summary_and_barriers_by_rank(report, run_folder):
    parsed = report[0]
    summary = rows_of(run_folder / "river_summary.gpkg")
    assert parsed.table("rivers", "river-summary")["rows"] == [
        [ref_format(r[k]) for k in ("part", "DCI_p", "DCI_d", "total_length_m", "sections", "barriers")]
        for r in summary]
    barriers = rows_of(run_folder / "river_barriers.gpkg")
    used = sorted((r for r in barriers if r["used"]), key=lambda r: r["rank_p"])
    assert parsed.table("rivers", "river-barriers")["rows"] == [
        [ref_format(r[k]) for k in ("rank_p", "source_fid", "passability", "dDCI_p", "dDCI_d", "rank_d")]
        for r in used]
    unused = len(barriers) - len(used)
    assert unused == 1 and f"{unused} barrier(s) lie off the river network" in parsed.text["rivers"]


def test_each_section_map_is_an_embedded_drawn_image(report):
    parsed = report[0]
    big = {i["section"]: i for i in parsed.images if i["class"] == "map"}
    assert set(big) == {"overview", "pinch-points", "network", "rivers"}
    for image in big.values():
        png = png_of(image["src"])
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        assert drawn_share(png) > 0.01, image["alt"]  # a frame with only the scale bar: about 0.4 %


def test_missing_files_give_no_section(run_folder, tmp_path):
    folder = tmp_path / "partial"
    shutil.copytree(run_folder, folder)
    for name in ("crossings.gpkg", "network_cores.gpkg", "network_links.gpkg", "network_summary.gpkg",
                 "river_sections.gpkg", "river_barriers.gpkg", "river_summary.gpkg"):
        os.remove(folder / name)
    parsed, result = make_report(folder)
    assert parsed.sections == ["overview", "pinch-points", "restoration"]
    assert result["SECTIONS"] == "overview,pinch-points,restoration"
    assert {s for s, _c in parsed.tables} == {"overview", "pinch-points", "restoration"}
    # only the network's outputs: an overview that lists them, and the network section
    folder = tmp_path / "network_only"
    folder.mkdir()
    for name in ("network_cores.gpkg", "network_links.gpkg", "network_summary.gpkg"):
        shutil.copyfile(run_folder / name, folder / name)
    parsed, _result = make_report(folder)
    assert parsed.sections == ["overview", "network"]
    assert ("overview", "pairs") not in parsed.tables


def test_title_names_the_report(run_folder, tmp_path):
    parsed, _result = make_report(run_folder, tmp_path / "titled.html", TITLE="Corridors of the north")
    assert parsed.h1 == "Corridors of the north" and parsed.title == "Corridors of the north"


@pytest.mark.parametrize("case", ["missing", "not_a_run", "a_file", "existing_output"])
def test_bad_input_gives_a_clear_message_and_no_file(run_folder, tmp_path, case):
    out = tmp_path / "out" / "report.html"
    out.parent.mkdir()
    folder = run_folder
    if case == "missing":
        folder, expected = tmp_path / "nowhere", "does not exist"
    elif case == "not_a_run":
        folder = tmp_path / "other"
        folder.mkdir()
        (folder / "notes.txt").write_text("not a run")
        expected = "holds none of the outputs of a run"
    elif case == "a_file":
        folder, expected = tmp_path / "file.txt", "is a file"
        folder.write_text("x")
    else:
        out.write_text("the user's own file")
        expected = "exists"
    before = files_in(tmp_path)
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("ccsg:runreport", {"RUN_FOLDER": str(folder), "OUTPUT_HTML": str(out)})
    message = str(caught.value)
    assert expected in message and (str(folder) in message or str(out) in message), message
    assert files_in(tmp_path) == before
    if case == "existing_output":
        assert out.read_text() == "the user's own file"
