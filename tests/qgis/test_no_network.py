"""Nothing in the plugin touches the network: field offices work offline.

The demo workflow runs with every network door guarded (Python sockets and QGIS's network access manager record
and refuse each attempt), and a static check looks for network modules and web addresses in the plugin's code.
"""

from __future__ import annotations

import ast
import io
import re
import socket
import tokenize
from pathlib import Path

import pytest

from tests.conftest import registered_provider

ROOT = Path(__file__).resolve().parents[2]
PKG = ROOT / "ccsg_plugin"


class NetworkAttempt(OSError):
    pass


@pytest.fixture
def network_guard(monkeypatch):
    """Record and refuse every connection attempt made through Python sockets or QgsNetworkAccessManager."""
    from qgis.core import QgsNetworkAccessManager
    from qgis.PyQt.QtCore import QUrl

    attempts: list[str] = []

    def refuse(what):
        attempts.append(str(what))
        raise NetworkAttempt(f"network access attempted: {what}")

    monkeypatch.setattr(socket.socket, "connect", lambda self, address: refuse(address))
    monkeypatch.setattr(socket.socket, "connect_ex", lambda self, address: refuse(address))
    monkeypatch.setattr(socket, "create_connection", lambda address, *a, **k: refuse(address))
    monkeypatch.setattr(socket, "getaddrinfo", lambda host, *a, **k: refuse(host))

    def preprocess(request):  # runs for every request QGIS creates, in any thread
        attempts.append(request.url().toString())
        request.setUrl(QUrl("blocked-by-test:"))  # an unusable scheme: the request fails without connecting

    manager = QgsNetworkAccessManager.instance()
    seen = lambda params: attempts.append(params.request().url().toString())  # noqa: E731
    manager.requestAboutToBeCreated.connect(seen)
    preprocessor_id = QgsNetworkAccessManager.setRequestPreprocessor(preprocess)
    yield attempts
    QgsNetworkAccessManager.removeRequestPreprocessor(preprocessor_id)
    manager.requestAboutToBeCreated.disconnect(seen)


def test_guard_sees_and_refuses_attempts(network_guard):
    """The guard itself works: a socket connection and a QGIS request (to this machine only) are recorded."""
    from qgis.core import QgsNetworkAccessManager
    from qgis.PyQt.QtCore import QUrl
    from qgis.PyQt.QtNetwork import QNetworkRequest

    with pytest.raises(NetworkAttempt):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    assert network_guard == ["('127.0.0.1', 9)"]
    network_guard.clear()
    reply = QgsNetworkAccessManager.instance().blockingGet(QNetworkRequest(QUrl("http://127.0.0.1:9/ccsg")))
    assert reply.error() != 0  # refused: the URL was made unusable before any connection
    assert "http://127.0.0.1:9/ccsg" in network_guard


def test_demo_workflow_makes_no_network_attempt(network_guard, qgis_processing, qgis_new_project, tmp_path):

    from ccsg_plugin.demo.job import run_demo

    with registered_provider():
        result = run_demo(tmp_path / "out")
    assert result["project"].exists()
    assert network_guard == []


def test_plugin_load_and_demo_project_make_no_network_attempt(network_guard, plugin):
    next(a for a in plugin.actions if a.objectName() == "CcsgLoadDemoAction").trigger()
    assert network_guard == []


# ----- static check ------------------------------------------------------------------------------------------
NETWORK_MODULES = ("urllib", "requests", "http", "httpx", "aiohttp", "socket", "ftplib", "smtplib", "urllib3")
QT_NETWORK_NAMES = ("QtNetwork", "QgsNetworkAccessManager", "QgsFileDownloader", "QgsNetworkContentFetcher")
# XML namespace names are identifiers, never fetched (inline SVG in the HTML report); so is the system id of QGIS's
# own DTD, which QGIS writes into its XML documents (the layer metadata kept in GeoPackages: gis/gpkg_metadata.py)
NAMESPACES = ("http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink", "http://www.w3.org/1999/xhtml",
              "http://mrcc.com/qgis.dtd")
URL = re.compile(r"(?:https?|ftp)://[^\s'\"<>)]+", re.IGNORECASE)


def _code_strings(source: str):
    """String literals of the code, without docstrings (comments are not tokens of type STRING)."""
    docstrings = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docstrings.add(first.lineno)
    for token in tokenize.generate_tokens(io.StringIO(source).readline):
        if token.type == tokenize.STRING and token.start[0] not in docstrings:
            yield token.start[0], token.string


def test_no_network_code_in_the_plugin():
    problems = []
    for path in sorted(PKG.rglob("*.py")):
        source = path.read_text(encoding="utf-8")
        rel = path.relative_to(ROOT)
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.Import):
                modules = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [node.module or ""] + [f"{node.module}.{alias.name}" for alias in node.names]
            else:
                continue
            for module in modules:
                parts = module.split(".")
                if parts[0] in NETWORK_MODULES or any(name in parts for name in QT_NETWORK_NAMES):
                    problems.append(f"{rel}:{node.lineno}: imports {module}")
        for line, literal in _code_strings(source):
            for url in URL.findall(literal):
                if not url.startswith(NAMESPACES):
                    problems.append(f"{rel}:{line}: web address {url}")
    for path in sorted(PKG.rglob("*.ui")):
        for url in URL.findall(path.read_text(encoding="utf-8")):
            if not url.startswith(NAMESPACES):
                problems.append(f"{path.relative_to(ROOT)}: web address {url}")
    assert not problems, "\n".join(problems)


def test_static_check_catches_what_it_should(tmp_path):
    """The scanner flags a network import and a web address in code, and ignores them in docstrings/comments."""
    bad = 'import urllib.request\nURL = "https://example.org/x"\n'
    good = '"""See https://example.org/doc."""\n# https://example.org in a comment\nNS = "http://www.w3.org/2000/svg"\n'
    assert [u for _, s in _code_strings(bad) for u in URL.findall(s)] == ["https://example.org/x"]
    assert [u for _, s in _code_strings(good) for u in URL.findall(s) if not u.startswith(NAMESPACES)] == []
