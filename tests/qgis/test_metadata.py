"""metadata.txt holds every key the QGIS plugin repository requires, with valid values."""

import configparser
import re
from pathlib import Path

from qgis.core import Qgis

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = ["name", "description", "about", "version", "qgisMinimumVersion", "author", "email", "tracker",
            "repository", "hasProcessingProvider", "tags", "category"]


def _metadata():
    parser = configparser.ConfigParser()
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]


def test_required_keys_present_and_not_empty():
    meta = _metadata()
    for key in REQUIRED:
        assert meta.get(key, "").strip(), f"metadata.txt lacks {key}"


def test_values_are_valid():
    meta = _metadata()
    assert re.fullmatch(r"\d+\.\d+\.\d+", meta["version"])
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["hasProcessingProvider"] == "yes"
    assert "/" not in meta["author"]
    assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]+", meta["email"])
    for key in ("tracker", "repository"):
        assert meta[key].startswith("https://")
    for key in ("experimental", "deprecated", "server"):
        assert meta[key] in ("True", "False")
    assert (ROOT / meta["icon"]).exists()


def test_minimum_version_not_above_running_qgis():
    major, minor = (int(x) for x in _metadata()["qgisMinimumVersion"].split("."))
    assert major * 10000 + minor * 100 <= Qgis.QGIS_VERSION_INT
