"""Spanish, French and Portuguese layouts: the analysis panel's long texts wrap inside a narrow dock instead of
being clipped, and the HTML report never breaks a word in the middle."""

from __future__ import annotations

import json
import re
from html import escape as html_escape
from pathlib import Path

import pytest

from tests.qgis.test_i18n_messages import translated  # noqa: F401 (fixture)

ROOT = Path(__file__).resolve().parents[2]
DOCK_WIDTH = 360  # the panel width a 1366x768 screen leaves beside the map (issue 12)
WRAPPED = {  # widget -> its English text in analysis_dock.ui
    "useResistanceRadio": "Use a resistance raster",
    "buildRadio": "Build it from land cover",
    "dropViaCoreCheck": "Drop links through a third core",
}


@pytest.mark.parametrize("lang", ["es", "fr", "pt"])
def test_analysis_panel_texts_wrap_in_a_narrow_dock(lang, translated, iface, qgis_new_project):  # noqa: F811
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtTest import QTest

    from ccsg_plugin.gui.analysis_dock import AnalysisDock
    from ccsg_plugin.gui.wrapping import ButtonLabel
    from tests.conftest import process_deferred_deletes

    table = translated(lang)
    dock = AnalysisDock(iface)
    try:
        labels = {label.button.objectName(): label for label in dock.findChildren(ButtonLabel)}
        for name, english in WRAPPED.items():
            label = labels[name]
            assert label.wordWrap() and label.text() == table[english] != english
            assert getattr(dock, name).text() == ""  # the text lives in the wrapping label only
        # nothing in the panel asks for more width than the dock has: the long texts wrap instead
        content = dock.scrollArea.widget()
        assert content.minimumSizeHint().width() <= DOCK_WIDTH, content.minimumSizeHint()
        dock.resize(DOCK_WIDTH, 900)
        dock.show()
        QTest.qWait(50)
        build = labels["buildRadio"]
        assert build.height() > build.fontMetrics().height() * 1.5 or \
            build.fontMetrics().horizontalAdvance(build.text()) <= build.width()  # wrapped, or fits on one line
        # clicking the text still works the button
        assert not dock.buildRadio.isChecked()
        QTest.mouseClick(build, Qt.LeftButton)
        assert dock.buildRadio.isChecked() and dock.landcover_mode()
        was = dock.dropViaCoreCheck.isChecked()
        QTest.mouseClick(labels["dropViaCoreCheck"], Qt.LeftButton)
        assert dock.dropViaCoreCheck.isChecked() is not was
        dock.dropViaCoreCheck.setEnabled(False)
        assert not labels["dropViaCoreCheck"].isEnabled()
    finally:
        dock.close()
        dock.deleteLater()
        process_deferred_deletes()


# Declarations that let a browser cut a word anywhere (the report showed "adverten/cia", "recomenda/do").
WORD_SPLITTING = [r"overflow-wrap\s*:\s*anywhere", r"word-break\s*:\s*break-(all|word)", r"hyphens\s*:\s*auto",
                  r"word-wrap\s*:\s*anywhere", r"table-layout\s*:\s*fixed"]


@pytest.mark.parametrize("lang", ["es", "fr", "pt"])
def test_report_never_splits_words(lang, translated, provider, tmp_path):  # noqa: F811
    from qgis import processing
    from qgis.core import QgsRasterLayer

    from tests.qgis import check_fixtures as fx

    table = translated(lang)
    corridors = fx.corridors_layer([("narrow one", fx.rectangle(500), fx.FULL_ATTRIBUTES),
                                    ("wide one", fx.rectangle(2500), {"objective_connectivity": "Link the cores"})])
    tif = fx.resistance_tif(tmp_path / "res.tif")
    processing.run("ccsg:checkcorridors", {
        "CORRIDORS": corridors, "CORES": fx.cores_layer(), "RESISTANCE": QgsRasterLayer(str(tif), "resistance"),
        "OUTPUT": str(tmp_path / "out.gpkg"), "REPORT": str(tmp_path / "report.html"),
    })
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    css = re.search(r"<style>(.*?)</style>", html, re.DOTALL).group(1)
    for pattern in WORD_SPLITTING:
        assert not re.search(pattern, css, re.IGNORECASE), pattern
    assert re.search(r"overflow-wrap\s*:\s*break-word", css)  # over-long tokens (paths) still break
    assert "&shy;" not in html and "\u00ad" not in html and "<wbr" not in html  # no soft hyphens in words
    # the report is in the language, including the core's explanations
    assert table["Minimum width {0} m < {1} m at the marked narrowest section"].split("{0}")[0] in html
    profile = json.loads((ROOT / "resources" / "profiles" / "terrestrial_multispecies.json").read_text("utf-8"))
    source = profile["criteria"]["min_width"]["source"]  # where the threshold comes from, translated too
    assert html_escape(table[source], quote=True) in html and html_escape(source, quote=True) not in html
