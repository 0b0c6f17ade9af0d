"""The house rules, read from the code itself with ``ast`` (no QGIS needed).

- ``core`` is pure: no qgis, Qt, osgeo, and no plugin module outside ``core`` (files are passed in as paths);
- ``gis`` and ``processing`` never reach for ``gui``, ``qgis.gui`` or ``iface``;
- no import cycle between the plugin's modules, counting imports inside functions too (a lazy import still
  ties the two modules together for a reader);
- no module over 600 lines: a long module is two things glued together, except a cohesive algorithm listed here.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "ccsg_plugin"
MAX_LINES = 600
# A cohesive numerical algorithm may run longer; add an entry only with the reason beside it.
LONG_ALLOWED: dict[str, str] = {}


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PKG.rglob("*.py"))}


MODULES = _modules()


def _imports(path: Path) -> list[tuple[str, int]]:
    return _imports_of_source(path.read_text(encoding="utf-8"), _module_name(path), path.name == "__init__.py")


def _imports_of_source(text: str, me: str, is_package: bool) -> list[tuple[str, int]]:
    """Every module name imported by the source (absolute; relative imports resolved), with its line."""
    tree = ast.parse(text)
    package = me if is_package else me.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*anchor, base] if base else anchor)
            # "from ccsg_plugin.gis import output" imports the module ccsg_plugin.gis.output, not the package
            submodules = [f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}" in MODULES]
            found += [(name, node.lineno) for name in submodules] if submodules else [(base, node.lineno)]
    return found


def _plugin_target(name: str) -> str | None:
    """The plugin module an import name refers to (the longest known prefix), or None for outside modules."""
    parts = name.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end])
        if candidate in MODULES:
            return candidate
    return None


def _offences(prefix: str, forbidden) -> list[str]:
    bad = []
    for name, path in MODULES.items():
        if name == prefix or name.startswith(prefix + "."):
            for imported, line in _imports(path):
                why = forbidden(imported)
                if why:
                    bad.append(f"{path.relative_to(ROOT)}:{line} imports {imported} ({why})")
    return bad


def _core_forbidden(imported: str) -> str | None:
    top = imported.split(".")[0]
    if top in ("qgis", "PyQt5", "PyQt6", "sip", "osgeo", "processing"):
        return "core stays free of QGIS, Qt and GDAL"
    if top == "ccsg_plugin" and not (imported == "ccsg_plugin.core" or imported.startswith("ccsg_plugin.core.")):
        return "core imports nothing of the plugin outside core: pass paths and settings in"
    return None


def _adapter_forbidden(imported: str) -> str | None:
    if imported == "qgis.gui" or imported.startswith("qgis.gui."):
        return "qgis.gui belongs to gui/"
    if imported == "qgis.utils" or imported.startswith("qgis.utils."):
        return "iface (qgis.utils) belongs to gui/ and plugin.py"
    if imported.startswith("ccsg_plugin.gui") or imported == "ccsg_plugin.plugin":
        return "gis/ and processing/ never call into gui/"
    if imported.startswith("qgis.PyQt.QtWidgets"):
        return "widgets belong to gui/"
    return None


def test_core_imports_nothing_of_qgis_qt_gdal_or_the_rest_of_the_plugin():
    bad = _offences("ccsg_plugin.core", _core_forbidden)
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("layer", ["ccsg_plugin.gis", "ccsg_plugin.processing"])
def test_adapters_and_algorithms_never_touch_the_gui(layer):
    bad = _offences(layer, _adapter_forbidden)
    assert not bad, "\n".join(bad)


def _graph() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {}
    for name, path in MODULES.items():
        targets = set()
        for imported, _line in _imports(path):
            target = _plugin_target(imported)
            # a module importing its own package's __init__ (or a package its own child) is no dependency
            if target and target != name and not name.startswith(target + ".") and target != "ccsg_plugin":
                targets.add(target)
        graph[name] = targets
    return graph


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found = []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1:
                        found.append(sorted(component))
    return found


def test_cycle_finder_sees_a_cycle_and_a_clean_graph():
    # the finder itself, on graphs whose answer is known
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": set()}) == []


def test_no_import_cycle_between_plugin_modules():
    cycles = _cycles(_graph())
    assert not cycles, "import cycles:\n" + "\n".join(" <-> ".join(c) for c in cycles)


def test_the_import_reader_sees_lazy_and_relative_imports():
    # a lazy import inside a function counts: that is how the i18n <-> i18n_catalog cycle stayed hidden
    lazy = _imports_of_source("def g():\n    from ccsg_plugin.gis import output\n", "ccsg_plugin.gui.x", False)
    assert ("ccsg_plugin.gis.output", 2) in lazy
    relative = _imports_of_source("from ..gis import output\nfrom . import raster\n", "ccsg_plugin.core.criteria", True)
    assert ("ccsg_plugin.core.gis", 1) in relative and ("ccsg_plugin.core.criteria.raster", 2) in relative
    assert _core_forbidden("ccsg_plugin.paths") and _core_forbidden("osgeo.gdal") and not _core_forbidden("numpy")
    assert _adapter_forbidden("qgis.utils") and not _adapter_forbidden("qgis.core")


def test_no_module_is_two_things_glued_together():
    long = []
    for name, path in MODULES.items():
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > MAX_LINES and name not in LONG_ALLOWED:
            long.append(f"{path.relative_to(ROOT)}: {lines} lines")
    assert not long, f"modules over {MAX_LINES} lines (split them by what they do):\n" + "\n".join(long)


def test_ui_object_names_use_one_case_style():
    """Widgets are named in camelCase in every .ui file (as Qt names its own; the dock itself in CamelCase, like
    CcsgCheckDock), so code reads dock.runButton everywhere, never run_button in one panel and runButton in the
    next."""
    import re

    bad = []
    for ui in sorted((PKG / "gui").glob("*.ui")):
        text = ui.read_text(encoding="utf-8")
        for name in re.findall(r'<(?:widget|layout|spacer|action)\b[^>]*\bname="([^"]+)"', text):
            if not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", name):
                bad.append(f"{ui.name}: {name}")
    assert not bad, "object names not in camelCase:\n" + "\n".join(bad)
