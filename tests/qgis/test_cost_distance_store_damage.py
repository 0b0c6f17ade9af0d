"""A damaged links.json in a kept cost-distance folder (missing key, wrong shape, not JSON): re-cutting with
ccsg:truncatecorridors stops with a message naming the file and saying to run ccsg:leastcostcorridors again, and
writes nothing; the intact folder still re-cuts."""

from __future__ import annotations

import json
import re
import shutil

import numpy as np
import pytest
from qgis import processing
from qgis.core import QgsProcessingException

from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import cost_distance_store
from tests.qgis.lcp_helpers import (  # noqa: F401 - fixture
    ccsg_registered,
    cell_rect_wkt,
    memory_layer,
    write_tif,
)

ORIGIN = (500000.0, 4000000.0)
CELL = (10.0, 10.0)


@pytest.fixture(scope="module")
def kept_run(ccsg_registered, tmp_path_factory):  # noqa: F811
    """A two-core run along a 20-cell channel, its cost-distance rasters kept."""
    tmp = tmp_path_factory.mktemp("kept")
    res = np.full((5, 20), np.nan)
    res[1:4, :] = 1.0
    res_path = write_tif(tmp / "channel.tif", res, ORIGIN, CELL)
    cores = memory_layer("Polygon", "EPSG:32633", [(cell_rect_wkt(1, 4, c0, c1, ORIGIN, CELL), [cid])
                                                   for cid, (c0, c1) in {1: (0, 2), 2: (18, 20)}.items()])
    processing.run("ccsg:leastcostcorridors", {
        "CORES": cores, "CORE_ID_FIELD": "core_id", "RESISTANCE": res_path, "NEIGHBOURS": 8, "WIDTH_CUTOFF": 0,
        "MAX_EUCLIDEAN_DISTANCE": 0, "DROP_VIA_CORE": True, "OUTPUT_CORRIDORS": str(tmp / "c.tif"),
        "OUTPUT_PATHS": str(tmp / "p.gpkg"), "OUTPUT_POLYGONS": str(tmp / "pp.gpkg"),
        "OUTPUT_CWD_FOLDER": str(tmp / "cwd")})
    return tmp / "cwd"


def _drop(key):
    def change(doc):
        del doc[key]
    return change


def _set(key, value):
    return lambda doc: doc.__setitem__(key, value)


DAMAGE = {
    "no cores key": (_drop("cores"), r"missing key 'cores'"),
    "no links key": (_drop("links"), r"missing key 'links'"),
    "no crs": (_drop("crs_wkt"), r"missing key 'crs_wkt'"),
    "link without core_b": (lambda doc: _drop("core_b")(doc["links"][0]), r"missing key 'core_b'"),
    "core without window": (lambda doc: _drop("window")(doc["cores"][0]), r"missing key 'window'"),
    "cores is an object": (_set("cores", {"1": "cwd_1.tif"}), r"'cores' is not a list"),
    "links is text": (_set("links", "1-2"), r"'links' is not a list"),
    "link is a number": (_set("links", [3]), r"'link' is not a JSON object"),
    "shape of one number": (_set("shape", [5]), r"'shape' 2 positive whole numbers"),
    "geotransform text": (_set("geotransform", "0,10,0,0,0,-10"), r"'geotransform' is not a list"),
    "window outside the grid": (lambda doc: doc["cores"][0].__setitem__("window", [0, 99, 0, 99]),
                                r"window \[0, 99, 0, 99\] of core 1 is not inside the grid"),
    "window of another size": (lambda doc: doc["cores"][0].__setitem__("window", [0, 1, 0, 1]),
                               r"window of core 1 does not match cwd_1\.tif"),
    "file outside the folder": (lambda doc: doc["cores"][0].__setitem__("file", "../c.tif"),
                                r"'file' \.\./c\.tif is not a file name in the folder"),
    "link to an unknown core": (lambda doc: doc["links"][0].__setitem__("core_b", 7),
                                r"a link joins core 1 and core 7, which are not both in 'cores'"),
    "cap as text": (lambda doc: doc["cores"][0].__setitem__("cap", "big"), r"the cap of core 1 is not a number"),
    "a list, not an object": (lambda doc: [doc], r"not a corridor run"),
}


@pytest.mark.parametrize("case", sorted(DAMAGE))
def test_damaged_links_json_is_named_with_what_to_do(kept_run, tmp_path, case):
    folder = tmp_path / "cwd"
    shutil.copytree(kept_run, folder)
    links = folder / cost_distance_store.LINKS_FILE
    doc = json.loads(links.read_text(encoding="utf-8"))
    change, detail = DAMAGE[case]
    replaced = change(doc)  # None: doc changed in place
    links.write_text(json.dumps(doc if replaced is None else replaced), encoding="utf-8")
    with pytest.raises(CcsgError) as caught:
        cost_distance_store.load(folder)
    message = str(caught.value)
    assert message.startswith(f"The file {links} is damaged (")
    assert "ccsg:leastcostcorridors" in message
    assert re.search(detail, message), message


@pytest.mark.parametrize("text", ['{"format": "ccsg-corridor-run", "version": 1, "cores": [', "[" * 100_000,
                                  "\xe9t\xe9 ol\xe9"], ids=["cut short", "nested 100000 deep", "latin-1"])
def test_unreadable_links_json_through_the_algorithm(kept_run, tmp_path, text):
    folder = tmp_path / "cwd"
    shutil.copytree(kept_run, folder)
    links = folder / cost_distance_store.LINKS_FILE
    links.write_bytes(text.encode("latin-1"))  # cut short, nested 100,000 deep, Latin-1 text
    outputs = {"OUTPUT_CORRIDORS": str(tmp_path / "t.tif"), "OUTPUT_POLYGONS": str(tmp_path / "t.gpkg")}
    with pytest.raises(QgsProcessingException) as caught:
        processing.run("ccsg:truncatecorridors", {"CWD_FOLDER": str(folder), "WIDTH_CUTOFF": 50, **outputs})
    message = str(caught.value)
    assert f"The file {links} is damaged" in message and "ccsg:leastcostcorridors" in message
    assert "Traceback" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cwd"]  # nothing written


def test_intact_folder_still_truncates(kept_run, tmp_path):
    cost_distances, links, grid, core_cells, _doc = cost_distance_store.load(kept_run)
    assert sorted(cost_distances) == [1, 2] and grid.shape == (5, 20) and core_cells.shape == (5, 20)
    assert [(link.core_a, link.core_b) for link in links] == [(1, 2)]
    out = processing.run("ccsg:truncatecorridors", {
        "CWD_FOLDER": str(kept_run), "WIDTH_CUTOFF": 50, "OUTPUT_CORRIDORS": str(tmp_path / "t.tif"),
        "OUTPUT_POLYGONS": str(tmp_path / "t.gpkg")})
    assert (tmp_path / "t.tif").exists() and out["OUTPUT_POLYGONS"]
