"""The one rule for where an algorithm may write, checked before anything is computed.

An output must be a file path (not a database or web destination) that does not exist yet, is not one of the run's
inputs, is not a corridor store, is not named twice in the run, and sits in a folder that can be written to. An
output folder must be a folder (or not exist yet). Every algorithm calls `check` with its outputs and inputs; the
writers (gis/writers.py) then write each file under a temporary name and rename it into place.

Existing files are refused even when the user confirmed "overwrite" in the Processing dialog: the toolkit never
replaces a file, so a mistaken name costs a rerun, never a user's data.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import uuid
from pathlib import Path

from ccsg_plugin.core.corridor.schema import LAYER_NAME as STORE_TABLE
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.gis import writers
from ccsg_plugin.i18n import tr

# "postgres:", "ogr:", "spatialite:", "http://" ...; a Windows drive letter ("C:") is one letter and stays a file.
_NON_FILE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]+:")
TEMPORARY = "memory:"  # Processing's temporary-layer value: the toolkit writes a temporary file instead


def is_file_destination(value: str) -> bool:
    return bool(value) and not _NON_FILE.match(value)


def check_file_destination(label: str, value: str) -> str:
    """The value as a file path; CcsgError for a database or web destination (the toolkit writes files only)."""
    if not is_file_destination(value):
        raise CcsgError(tr("The output {0} goes to {1}, which is not a file. The toolkit writes files only: choose a "
                           "file (for example a .gpkg) and load it into the database afterwards.", label, value))
    return value


def is_corridor_store(path) -> bool:
    """True for a GeoPackage that holds the corridor store's table (read-only look, no lock kept)."""
    path = Path(path)
    try:
        with open(path, "rb") as handle:
            if handle.read(16) != b"SQLite format 3\x00":
                return False
        connection = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            row = connection.execute("SELECT 1 FROM gpkg_contents WHERE table_name = ?", (STORE_TABLE,)).fetchone()
        finally:
            connection.close()
        return row is not None
    except (OSError, sqlite3.Error):
        return False


def _key(path) -> str:
    """One spelling per file: links resolved, and case folded where the system ignores case (Windows)."""
    return os.path.normcase(os.path.realpath(path))


def _same(a: str, b: str) -> bool:
    if _key(a) == _key(b):
        return True
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False


def _existing_ancestor(path: Path) -> Path:
    path = Path(os.path.abspath(path))
    while not os.path.lexists(path) and path.parent != path:
        path = path.parent
    return path


def probe_folder(folder: Path, for_file: Path) -> None:
    """Write and delete a small file in `folder`: a read-only, forbidden or full folder is found before computing."""
    probe = folder / f"{writers.PARTIAL_PREFIX}{os.getpid()}_{uuid.uuid4().hex[:8]}_probe"
    try:
        fd = os.open(probe, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        try:
            os.write(fd, b"\0" * 4096)
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        raise writers.write_error(for_file, exc) from exc
    finally:
        with contextlib.suppress(OSError):
            os.unlink(probe)


def check(files: dict, inputs=(), folders: dict | None = None) -> None:
    """Refuse, before computing, any output that would overwrite or lose data (see the module docstring).

    files: label -> (output file path, kind: "raster", "vector" or "text"); inputs: paths of the run's input files
    and folders; folders: label -> output folder path. Labels are the parameter names the user sees in the log and
    in scripts. A raster or vector output needs an extension its writer can produce (or none: GeoTIFF/GeoPackage)."""
    folders = folders or {}
    inputs = [str(p) for p in inputs if p]
    for label, folder in folders.items():
        if os.path.lexists(folder) and not os.path.isdir(folder):
            raise CcsgError(tr("The folder given for {0}, {1}, is a file. Give the path of a folder (it is created "
                               "when missing).", label, str(folder)))
    seen: dict[str, str] = {}
    to_probe: dict[Path, Path] = {}
    for label, (path, kind) in files.items():
        path = Path(check_file_destination(label, str(path)))
        if path.is_dir():
            raise CcsgError(tr("The output {0}, {1}, is a folder. Give a file name inside it.", label, str(path)))
        ancestor = _existing_ancestor(path.parent)
        if not ancestor.is_dir():
            raise CcsgError(tr("The output folder {0} (for {1}) is a file, not a folder. Choose another folder.",
                               str(ancestor), label))
        for source in inputs:
            if _same(str(path), source):
                raise CcsgError(tr("The output {0}, {1}, is also an input of this run; the toolkit never writes over "
                                   "its inputs. Choose another file name.", label, str(path)))
        if is_corridor_store(path):
            raise CcsgError(tr("The output {0}, {1}, is a corridor store; the toolkit never writes over it. Choose "
                               "another file name.", label, str(path)))
        if os.path.lexists(path):
            raise writers.existing_error(path)
        if kind == "raster":
            writers.raster_driver_for(path)
        elif kind == "vector":
            writers.vector_driver_for(path)
        key = _key(path)
        if key in seen:
            raise CcsgError(tr("{0} and {1} name the same file, {2}. Give each output its own name.", seen[key],
                               label, str(path)))
        seen[key] = label
        to_probe.setdefault(ancestor, path)
    for folder in folders.values():
        to_probe.setdefault(_existing_ancestor(Path(folder)), Path(folder) / "links.json")
    for folder, for_file in to_probe.items():
        probe_folder(folder, for_file)
