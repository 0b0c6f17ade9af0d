"""The demo's synthetic river network (demo_rivers.gpkg): one dendritic system on the demo grid, digitised downstream
to one outlet, barriers on its lines with passabilities 0..1; the demo step's DCI_p / DCI_d and its barrier to open
first against an independent computation here (lines split at the barriers with shapely, sections joined at shared
end points, c_ij as the product of passabilities along the tree's one path, every barrier opened in turn)."""

from __future__ import annotations

import itertools
import re
import shutil

import pytest
from qgis.core import QgsProject, QgsRasterLayer, QgsRectangle, QgsVectorLayer
from shapely import wkt as shapely_wkt

from ccsg_plugin.gis.crs import same_crs
from tests.conftest import registered_provider


def read(path):
    lines = [(f.id(), shapely_wkt.loads(f.geometry().asWkt())) for f in
             QgsVectorLayer(f"{path}|layername=rivers", "r", "ogr").getFeatures()]
    barriers = [(f["name"], shapely_wkt.loads(f.geometry().asWkt()), f["passability"]) for f in
                QgsVectorLayer(f"{path}|layername=barriers", "b", "ogr").getFeatures()]
    return lines, barriers


def reference(lines, barriers, opened=None):
    """(DCI_p, DCI_d) of the network, with barrier number `opened` made fully passable."""
    key = lambda xy: (round(xy[0], 3), round(xy[1], 3))  # noqa: E731
    starts = {key(line.coords[0]) for _i, line in lines}
    ends = {key(line.coords[-1]) for _i, line in lines}
    (outlet,) = ends - starts
    pieces, edges = [], []  # piece: [length, start node, end node]; edge: (piece a, piece b, passability)
    for _i, line in lines:
        on = sorted((line.project(point), k) for k, (_n, point, _p) in enumerate(barriers)
                    if line.distance(point) < 1e-6)
        cuts = [0.0] + [d for d, _k in on] + [line.length]
        first = len(pieces)
        for j in range(len(cuts) - 1):
            pieces.append([cuts[j + 1] - cuts[j], key(line.coords[0]) if j == 0 else None,
                           key(line.coords[-1]) if j == len(cuts) - 2 else None])
        for j, (_d, k) in enumerate(on):
            edges.append((first + j, first + j + 1, 1.0 if k == opened else barriers[k][2]))
    # pieces meeting at a node belong to one section: union-find
    parent = list(range(len(pieces)))

    def find(a):
        while parent[a] != a:
            a = parent[a]
        return a

    for a, b in itertools.combinations(range(len(pieces)), 2):
        if {pieces[a][1], pieces[a][2]} & {pieces[b][1], pieces[b][2]} - {None}:
            parent[find(a)] = find(b)
    sections = sorted({find(a) for a in range(len(pieces))})
    length = {s: sum(p[0] for a, p in enumerate(pieces) if find(a) == s) for s in sections}
    out_section = next(find(a) for a, p in enumerate(pieces) if outlet in (p[1], p[2]))
    links = {}
    for a, b, p in edges:
        links.setdefault(find(a), []).append((find(b), p))
        links.setdefault(find(b), []).append((find(a), p))

    def reach(s):  # product of passabilities from s to every section (a tree: one path each)
        best, stack = {s: 1.0}, [s]
        while stack:
            x = stack.pop()
            for y, p in links.get(x, []):
                if y not in best:
                    best[y] = best[x] * p
                    stack.append(y)
        return best

    total = sum(length.values())
    dci_p = 100 * sum(reach(i).get(j, 0.0) * length[i] * length[j] for i in sections for j in sections) / total ** 2
    to_outlet = reach(out_section)
    dci_d = 100 * sum(to_outlet.get(i, 0.0) * length[i] for i in sections) / total
    return dci_p, dci_d, len(sections), total


def test_demo_rivers_are_one_downstream_network_with_barriers_on_it(demo_dir, tmp_path, qgis_app):
    shutil.copy(demo_dir / "demo_rivers.gpkg", tmp_path / "rivers.gpkg")
    lines, barriers = read(tmp_path / "rivers.gpkg")
    layer = QgsVectorLayer(f"{tmp_path / 'rivers.gpkg'}|layername=rivers", "r", "ogr")
    grid = QgsRasterLayer(str(demo_dir / "lm_resistances.tif"), "r")
    assert same_crs(layer.crs(), grid.crs()) and QgsRectangle(grid.extent()).contains(layer.extent())
    assert len(lines) >= 8 and len(barriers) == 6
    assert all(0.0 <= p <= 1.0 for _n, _g, p in barriers)
    assert all(min(line.distance(g) for _i, line in lines) < 1e-6 for _n, g, _p in barriers)
    readme = (demo_dir / "README.md").read_text(encoding="utf-8")
    assert "demo_rivers.gpkg" in readme and "synthetic" in readme.split("demo_rivers.gpkg")[1][:200].lower()


def test_demo_step_prints_the_reference_dci_and_top_barrier(demo_dir, tmp_path, qgis_processing, qgis_new_project):
    from ccsg_plugin.demo.rivers import step_river_connectivity

    data = tmp_path / "data"
    data.mkdir()
    shutil.copy(demo_dir / "demo_rivers.gpkg", data / "demo_rivers.gpkg")
    lines, barriers = read(data / "demo_rivers.gpkg")
    with registered_provider():
        printed = step_river_connectivity(QgsProject.instance(), data, tmp_path / "out", None)
    dci_p, dci_d, sections, total = reference(lines, barriers)
    assert sections == len(barriers) + 1  # a tree: every barrier on the network adds one section
    assert printed[0] == (f"River connectivity: DCI_p {dci_p:.2f}, DCI_d {dci_d:.2f} ({total / 1000:.0f} km of "
                          f"river, {sections} sections)")
    gains = [reference(lines, barriers, opened=k)[0] - dci_p for k in range(len(barriers))]
    best = max(range(len(barriers)), key=gains.__getitem__)
    name, _point, passability = barriers[best]
    match = re.match(r"Barrier to open first: (.+) \(passability ([\d.]+), \+([\d.]+) DCI_p", printed[1])
    assert match and match.group(1) == name and float(match.group(2)) == pytest.approx(passability)
    assert float(match.group(3)) == pytest.approx(gains[best], abs=0.005)
    group = QgsProject.instance().layerTreeRoot().findGroup("CCSG river connectivity")
    assert group is not None and len(group.findLayers()) == 3
