"""The GeoPackage corridor store: fields and widgets from the schema, computed fields on save, data safety."""

from __future__ import annotations

import math
import os
import subprocess
import sys
import textwrap

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsEditFormConfig,
    QgsFeature,
    QgsFieldConstraints,
    QgsGeometry,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerUtils,
)
from qgis.PyQt import sip

from ccsg_plugin.core.corridor import schema
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import corridor_store as cs
from tests.qgis.designer_support import CRS, make_cores, read_gpkg_in_other_process

RECT = QgsRectangle(1000, 250, 4000, 750)  # 3 km x 500 m, touching both cores at its short ends


@pytest.fixture
def store(tmp_path, qgis_new_project):
    layer = cs.create_or_open(tmp_path / "corridors.gpkg", CRS)
    cores = make_cores()
    QgsProject.instance().addMapLayer(cores)
    # The project owns the layer, so QGIS (not Python's collector, possibly after exitQgis) frees it.
    QgsProject.instance().addMapLayer(layer, False)
    store = cs.CorridorStore(layer, cores, "core_id")
    store.attach()
    yield store
    store.detach()
    if not sip.isdeleted(layer) and layer.isEditable():
        layer.rollBack()


def _add(store, geometry, **attributes):
    layer = store.layer
    if not layer.isEditable():
        assert layer.startEditing()
    feature = QgsVectorLayerUtils.createFeature(layer, geometry, {})
    for name, value in attributes.items():
        feature[name] = value
    assert layer.addFeature(feature)
    return feature


def test_fields_crs_and_value_map_widgets(store):
    layer = store.layer
    assert layer.crs() == CRS
    names = layer.fields().names()
    assert all(n in names for n in schema.FIELD_NAMES)
    config = layer.editorWidgetSetup(layer.fields().indexOf("governance_type")).config()["map"]
    values = [next(iter(entry.values())) for entry in config]
    assert values[1:] == ["A", "B", "C", "D", "Not Reported"]
    labels = [next(iter(entry)) for entry in config]
    assert labels[1] == "A - Governance by government"
    subtype = layer.editorWidgetSetup(layer.fields().indexOf("gov_subtype")).config()["map"]
    assert {"D: Local communities": "Local communities"} in subtype
    for name, expected in (("status", ["Proposed", "Inscribed", "Adopted", "Designated", "Established"]),
                           ("realm", ["terrestrial", "freshwater", "marine", "mixed"]),
                           ("corridor_form", ["continuous", "stepping_stone", "landscape_mosaic"]),
                           ("legal_mechanism", list(schema.LEGAL_MECHANISMS)),
                           ("design_method", ["expert", "least_cost", "circuit_theory", "telemetry/occurrence",
                                              "other"])):
        setup = layer.editorWidgetSetup(layer.fields().indexOf(name))
        assert setup.type() == "ValueMap", name
        assert [next(iter(e.values())) for e in setup.config()["map"]][1:] == expected, name
    assert layer.editorWidgetSetup(layer.fields().indexOf("last_assessment")).type() == "DateTime"
    form = layer.editFormConfig()
    for name in ("area_ha", "length_m", "min_width_m", "connected_core_ids"):
        assert form.readOnly(layer.fields().indexOf(name)), name
    assert not form.readOnly(layer.fields().indexOf("name"))
    for name in schema.REQUIRED_FIELDS:
        constraints = layer.fields().field(name).constraints()
        assert constraints.constraints() & QgsFieldConstraints.ConstraintNotNull, name
    assert not (layer.fields().field("notes").constraints().constraints() & QgsFieldConstraints.ConstraintNotNull)


def test_widgets_travel_with_the_file(store):
    """The default style saved in the GeoPackage gives any project the same dropdowns."""
    other = QgsVectorLayer(f"{store.path}|layername={schema.LAYER_NAME}", "plain", "ogr")
    assert other.editorWidgetSetup(other.fields().indexOf("status")).type() == "ValueMap"
    assert other.renderer().type() == "categorizedSymbol"
    assert other.renderer().classAttribute() == "status"


def test_gov_subtype_constraint_expression(store):
    layer = store.layer
    idx = layer.fields().indexOf("gov_subtype")
    feature = QgsFeature(layer.fields())
    feature["governance_type"] = "A"
    feature["gov_subtype"] = "Local communities"
    ok, _errors = QgsVectorLayerUtils.validateAttribute(layer, feature, idx, QgsFieldConstraints.ConstraintStrengthSoft)
    assert not ok
    feature["governance_type"] = "D"
    ok, _errors = QgsVectorLayerUtils.validateAttribute(layer, feature, idx, QgsFieldConstraints.ConstraintStrengthSoft)
    assert ok


def test_geographic_crs_refused(tmp_path):
    with pytest.raises(CcsgError, match=r"Project > Properties > CRS.*UTM zone"):
        cs.create_store_file(tmp_path / "geo.gpkg", QgsCoordinateReferenceSystem("EPSG:4326"))
    assert not (tmp_path / "geo.gpkg").exists()


def test_computed_fields_on_save_match_the_rectangle(store):
    _add(store, QgsGeometry.fromRect(RECT), name="Rectangle", status="Proposed")
    assert store.commit()
    (row,) = read_gpkg_in_other_process(store.path)
    assert row["area_ha"] == pytest.approx(3000 * 500 / 10_000)
    assert row["min_width_m"] == pytest.approx(500, abs=1.0)
    # no centre line: the longest straight span, the rectangle's diagonal
    assert row["length_m"] == pytest.approx(math.hypot(3000, 500), abs=0.01)
    assert row["connected_core_ids"] == "1;2"
    assert row["name"] == "Rectangle"


def test_reshaping_recomputes_on_save(store):
    _add(store, QgsGeometry.fromRect(RECT))
    store.commit()
    fid = next(store.layer.getFeatures()).id()
    # narrow the middle 1 km to 200 m: a neck
    neck = QgsGeometry.fromWkt("POLYGON((1000 250, 2000 250, 2000 400, 3000 400, 3000 250, 4000 250, 4000 750, "
                               "3000 750, 3000 600, 2000 600, 2000 750, 1000 750, 1000 250))")
    store.layer.startEditing()
    assert store.layer.changeGeometry(fid, neck)
    store.commit()
    (row,) = read_gpkg_in_other_process(store.path)
    assert row["min_width_m"] == pytest.approx(200, abs=1.0)
    assert row["area_ha"] == pytest.approx((3000 * 500 - 1000 * 300) / 10_000)


def test_corridor_touching_one_core_has_zero_width(store):
    _add(store, QgsGeometry.fromRect(QgsRectangle(1000, 250, 3000, 750)))
    store.commit()
    (row,) = read_gpkg_in_other_process(store.path)
    assert row["connected_core_ids"] == "1"
    assert row["min_width_m"] == 0


def test_killed_right_after_save_loses_nothing(tmp_path):
    """A separate QGIS process saves one corridor and is killed (SIGKILL) at once; the file still holds it."""
    path = tmp_path / "killed.gpkg"
    script = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path.insert(0, {str(os.getcwd())!r})
        from qgis.core import QgsApplication, QgsGeometry, QgsRectangle, QgsVectorLayerUtils
        app = QgsApplication([], False); app.initQgis()
        from ccsg_plugin.gis import corridor_store as cs
        from tests.qgis.designer_support import CRS, make_cores
        layer = cs.create_or_open({str(path)!r}, CRS)
        store = cs.CorridorStore(layer, make_cores(), "core_id"); store.attach()
        layer.startEditing()
        f = QgsVectorLayerUtils.createFeature(layer, QgsGeometry.fromRect(QgsRectangle(1000, 250, 4000, 750)), {{}})
        f["name"] = "saved before the crash"
        layer.addFeature(f)
        store.commit()
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=os.getcwd(), capture_output=True, timeout=120)
    assert done.returncode == -9, done.stderr.decode()[-2000:]
    (row,) = read_gpkg_in_other_process(path)
    assert row["name"] == "saved before the crash"
    assert row["area_ha"] == pytest.approx(150)
    assert row["geom_bytes"] > 0
    reopened = cs.open_store_layer(path)
    assert reopened.featureCount() == 1


def test_locked_store_keeps_the_edit_buffer(tmp_path):
    """Another program holds a write lock: the save fails at once with a clear message and nothing is lost."""
    store = cs.CorridorStore(cs.create_or_open(tmp_path / "locked.gpkg", CRS), make_cores(), "core_id")
    QgsProject.instance().addMapLayers([store.layer, store.cores_layer], False)  # QGIS frees them, not Python's gc
    store.attach()
    _add(store, QgsGeometry.fromRect(RECT), name="kept")
    locker = subprocess.Popen(
        [sys.executable, "-c", "import sqlite3, sys\n"
         "con = sqlite3.connect(sys.argv[1], timeout=0, isolation_level=None)\n"
         "con.execute('BEGIN EXCLUSIVE')\nprint('locked', flush=True)\nsys.stdin.read()\n", str(store.path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert locker.stdout.readline().strip() == "locked"
        with pytest.raises(CcsgError, match="database is locked.*edit buffer"):
            store.commit()
        assert store.layer.isEditable()
        added = list(store.layer.editBuffer().addedFeatures().values())
        assert [f["name"] for f in added] == ["kept"]
    finally:
        locker.stdin.close()
        locker.wait(timeout=30)
        locker.stdout.close()
    assert store.commit()
    assert [r["name"] for r in read_gpkg_in_other_process(store.path)] == ["kept"]


def _make_read_only(path) -> bool:
    """chmod a-w; root ignores that, so as root also set the immutable flag (True when the file is now
    unwritable for this process)."""
    os.chmod(path, 0o444)
    if os.geteuid() != 0:
        return True
    return subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode == 0


def _make_writable(path) -> None:
    if os.geteuid() == 0:
        subprocess.run(["chattr", "-i", str(path)], capture_output=True)
    os.chmod(path, 0o644)


def test_read_only_store_cannot_be_edited(tmp_path):
    path = tmp_path / "ro.gpkg"
    cs.create_store_file(path, CRS)
    if not _make_read_only(path):
        pytest.skip("cannot make a file read-only for root here (no chattr)")
    try:
        layer = cs.open_store_layer(path)
        store = cs.CorridorStore(layer)
        feature = store.new_feature(QgsGeometry.fromRect(RECT))
        with pytest.raises(CcsgError, match="read-only"):
            store.add_feature(feature)
        assert not layer.isEditable()
        del store, layer
    finally:
        _make_writable(path)
    assert read_gpkg_in_other_process(path) == []


def test_two_projects_on_one_store_do_not_corrupt_it(store):
    """Two layers on one file (as two projects would open it) commit in turn; all features survive."""
    second = cs.open_store_layer(store.path, "second view")
    other = cs.CorridorStore(second, store.cores_layer, "core_id")
    other.attach()
    try:
        _add(store, QgsGeometry.fromRect(RECT), name="from A")
        store.commit()
        _add(other, QgsGeometry.fromRect(QgsRectangle(1000, 100, 4000, 900)), name="from B")
        other.commit()
        _add(store, QgsGeometry.fromRect(QgsRectangle(1000, 400, 4000, 600)), name="from A again")
        store.commit()
    finally:
        other.detach()
    rows = read_gpkg_in_other_process(store.path)
    assert sorted(r["name"] for r in rows) == ["from A", "from A again", "from B"]
    assert sorted(round(r["min_width_m"]) for r in rows) == [200, 500, 800]
    second.reload()
    assert second.featureCount() == 3


def _lcc_layer():
    layer = QgsVectorLayer("Polygon?crs=EPSG:32633&field=core_a:integer&field=core_b:integer&field=area_ha:double",
                           "least-cost corridors", "memory")
    features = []
    for rect in (RECT, QgsRectangle(1000, 0, 4000, 1000)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([1, 2, rect.area() / 10_000])
        feature.setGeometry(QgsGeometry.fromRect(rect))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_add_candidates_from_least_cost_layer(store):
    source = _lcc_layer()
    first = next(source.getFeatures()).id()
    saved = cs.add_candidates_from_layer(store, source, [first])
    assert len(saved) == 1 and saved[0] > 0
    (row,) = read_gpkg_in_other_process(store.path)
    assert row["design_method"] == "least_cost"
    assert row["connected_core_ids"] == "1;2"
    assert row["status"] == "Proposed"
    assert row["area_ha"] == pytest.approx(150)
    assert row["min_width_m"] == pytest.approx(500, abs=1.0)


def test_add_candidates_bad_input(store):
    source = _lcc_layer()
    with pytest.raises(CcsgError, match="No corridor is selected"):
        cs.add_candidates_from_layer(store, source, [])
    points = QgsVectorLayer("Point?crs=EPSG:32633", "pts", "memory")
    with pytest.raises(CcsgError, match="no polygons"):
        cs.add_candidates_from_layer(store, points, [1])
    assert read_gpkg_in_other_process(store.path) == []


def test_store_is_remembered_in_the_project(store, tmp_path):
    project = QgsProject.instance()
    path = store.path
    project.addMapLayer(store.layer)
    cs.remember(project, store)
    project_file = tmp_path / "p.qgz"
    assert project.write(str(project_file))
    project.clear()
    assert project.read(str(project_file))
    reopened = cs.reopen(project)
    assert reopened is not None
    assert reopened.path.resolve() == path.resolve()
    assert reopened.layer.isValid() and reopened.layer.featureCount() == 0
    assert reopened.core_id_field == "core_id"
    assert reopened.cores_layer is not None and reopened.cores_layer.name() == "cores"
    project.clear()


def test_form_tabs_hold_every_field_once(store):
    form = store.layer.editFormConfig()
    assert form.layout() == QgsEditFormConfig.TabLayout
    placed = []
    for tab in form.tabs():
        placed += [child.name() for child in tab.children()]
    assert sorted(placed) == sorted(schema.FIELD_NAMES)  # the GeoPackage fid stays out of the form
    assert [tab.name() for tab in form.tabs()][:2] == ["Corridor", "Governance"]


_WRITER = """
import sqlite3, sys
con = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
sys.stdin.readline()
con.execute("BEGIN IMMEDIATE")
con.execute("CREATE TABLE IF NOT EXISTS other_writer (x)")
con.execute("INSERT INTO other_writer VALUES (1)")
print("writing", flush=True)
sys.stdin.readline()
con.execute("COMMIT")
con.close()
"""


def test_save_that_failed_under_another_writer_succeeds_when_retried(store):
    """Another process starts writing after the lock check, in the middle of saving 39 copied corridors: the save
    fails with one clear sentence, all 39 stay in the edit buffer, and once that process has exited saving again
    writes each corridor exactly once (read back by a third process, SQLite integrity check ok)."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:32633&field=core_a:integer&field=core_b:integer", "lcc", "memory")
    sources = []
    for i in range(39):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([1, 2])
        feature.setGeometry(QgsGeometry.fromRect(QgsRectangle(1000, 250 + i * 10, 4000, 750 + i * 10)))
        sources.append(feature)
    layer.dataProvider().addFeatures(sources)
    writer = subprocess.Popen([sys.executable, "-c", _WRITER, str(store.path)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)

    def start_writing(*_args) -> None:  # inside the commit, after the lock check: the worst moment
        if writer.returncode is None and not hasattr(writer, "started"):
            writer.started = True
            writer.stdin.write("go\n")
            writer.stdin.flush()
            assert writer.stdout.readline().strip() == "writing"

    store.layer.beforeCommitChanges.connect(start_writing)
    try:
        with pytest.raises(CcsgError) as caught:
            cs.add_candidates_from_layer(store, layer, [f.id() for f in layer.getFeatures()])
    finally:
        store.layer.beforeCommitChanges.disconnect(start_writing)
        writer.stdin.write("done\n")
        writer.stdin.close()
        assert writer.wait(timeout=60) == 0
        writer.stdout.close()
    message = str(caught.value)
    assert str(store.path) in message and "another program was writing" in message
    assert "39 unsaved change(s) are kept" in message
    assert "OGR error" not in message and "not added" not in message  # not the per-feature dump of QGIS
    assert len(store.layer.editBuffer().addedFeatures()) == 39
    assert read_gpkg_in_other_process(store.path) == []

    assert store.commit()  # the other writer has gone: saving again works
    rows = read_gpkg_in_other_process(store.path)
    assert len(rows) == 39 and len({r["fid"] for r in rows}) == 39
    assert sorted(r["area_ha"] for r in rows) == pytest.approx([150.0] * 39)
    assert all(r["connected_core_ids"] == "1;2" and r["geom_bytes"] > 0 for r in rows)
    assert not store.layer.editBuffer().addedFeatures()
    _add(store, QgsGeometry.fromRect(RECT), name="a later save")  # and the saves after it too
    assert store.commit()
    rows = read_gpkg_in_other_process(store.path)
    assert len(rows) == 40 and rows[-1]["name"] == "a later save"
    done = subprocess.run([sys.executable, "-c", "import sqlite3, sys\nprint(sqlite3.connect(sys.argv[1]).execute("
                           "'SELECT count(*) FROM other_writer').fetchone()[0])", str(store.path)],
                          capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "1"  # the other process's own write survived as well
