"""The monitoring record: a `monitoring` table inside the corridor store's GeoPackage, one row per corridor per run
of ccsg:corridorchange (corridor fid and id, both dates, every indicator, the trend, the input sources, the profile
and the plugin version).

Transaction rules as the store's: the write lock is probed first (a locked or read-only file is reported at once,
with nothing written), then all the rows of one run go in ONE SQLite transaction, so a run killed in the middle
leaves all its rows or none (SQLite's journal rolls an unfinished transaction back at the next open).

History is never lost: a trigger on the corridor table marks a deleted corridor's rows `orphaned` = 1 instead of
deleting them, whichever program deletes the corridor. The table is registered in gpkg_contents as an attribute
table, so QGIS can open it as a layer.
"""

from __future__ import annotations

import datetime as _dt
import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any, Optional

from ccsg_plugin import paths
from ccsg_plugin.core.corridor import schema
from ccsg_plugin.core.errors import CcsgError
from ccsg_plugin.core.monitoring.compare import FIELDS
from ccsg_plugin.gis.corridor_store.files import write_lock_problem
from ccsg_plugin.i18n import tr

TABLE = "monitoring"
TRIGGER = "ccsg_monitoring_orphan"
_SQL_TYPES = {"double": "REAL", "int": "INTEGER", "string": "TEXT"}
BASE_COLUMNS = (
    ("run_id", "TEXT"), ("recorded_at", "TEXT"), ("corridor_fid", "INTEGER"), ("corridor_id", "TEXT"),
    ("corridor_name", "TEXT"), ("date_before", "TEXT"), ("date_after", "TEXT"),
)
TAIL_COLUMNS = (("sources", "TEXT"), ("profile", "TEXT"), ("plugin_version", "TEXT"),
                ("orphaned", "INTEGER NOT NULL DEFAULT 0"))
COLUMNS = BASE_COLUMNS + tuple((name, _SQL_TYPES[kind]) for name, kind in FIELDS) + TAIL_COLUMNS


def plugin_version() -> str:
    try:
        for line in paths.metadata().read_text(encoding="utf-8").splitlines():
            if line.startswith("version="):
                return line.split("=", 1)[1].strip()
    except OSError:
        pass
    return ""


def _connect(path: Path, timeout: float = 5.0) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{Path(path).as_posix()}?mode=rw", uri=True, timeout=timeout, isolation_level=None)


def writable_problem(path) -> Optional[str]:
    """A message naming the store and what to do when the record cannot be appended to now, else None."""
    path = Path(path)
    if not path.is_file():
        return tr("The corridor store {0} does not exist.", str(path))
    problem = write_lock_problem(path) or _write_probe(path)
    if problem is None:
        return None
    if "readonly" in problem or "read-only" in problem or "unable to open" in problem:
        return tr("The corridor store {0} is read-only, so the monitoring record cannot be appended to it ({1}). "
                  "Copy the store to a folder you can write to, or run without appending to the record.",
                  str(path), problem)
    return tr("The corridor store {0} cannot be written now ({1}); nothing was appended. Close the program that "
              "writes to it and run again.", str(path), problem)


def _write_probe(path: Path) -> Optional[str]:
    """SQLite opens a file it cannot write read-only without a word, and taking the lock writes nothing: a schema
    change inside a transaction that is rolled back is the write that tells."""
    try:
        with closing(_connect(path, timeout=1.0)) as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                con.execute("CREATE TABLE ccsg_write_probe (x INTEGER)")
            finally:
                con.execute("ROLLBACK")
    except sqlite3.Error as exc:
        return str(exc)
    return None


def _ensure_table(con: sqlite3.Connection) -> None:
    """Inside the caller's transaction: the table, its registration and the orphaning trigger (once)."""
    columns = ", ".join(f'"{name}" {kind}' for name, kind in COLUMNS)
    con.execute(f'CREATE TABLE IF NOT EXISTS "{TABLE}" (id INTEGER PRIMARY KEY AUTOINCREMENT, {columns})')
    have = {row[1] for row in con.execute(f'PRAGMA table_info("{TABLE}")')}
    for name, kind in COLUMNS:  # a record written by an older version gains the new indicators as NULL
        if name not in have:
            con.execute(f'ALTER TABLE "{TABLE}" ADD COLUMN "{name}" {kind.replace(" NOT NULL DEFAULT 0", "")}')
    registered = con.execute("SELECT 1 FROM gpkg_contents WHERE table_name = ?", (TABLE,)).fetchone()
    if registered is None:
        con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, last_change) "
                    "VALUES (?, 'attributes', ?, ?, strftime('%Y-%m-%dT%H:%M:%fZ','now'))",
                    (TABLE, TABLE, "ccsg:corridorchange monitoring record"))
    con.execute(f'CREATE TRIGGER IF NOT EXISTS "{TRIGGER}" AFTER DELETE ON "{schema.LAYER_NAME}" '
                f'BEGIN UPDATE "{TABLE}" SET orphaned = 1 WHERE corridor_fid = OLD.fid; END')


def _plain(value: Any) -> Any:
    if isinstance(value, str):
        return str(value)  # a core Msg is stored as its English text (the record is read by other programs too)
    if isinstance(value, float) and value != value:  # NaN
        return None
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return None  # infinite LCD: the cores are not joined (the trend says severed)
    return value


def append(path, rows: list[dict], after_hook=None) -> int:
    """Append the rows (column -> value; unknown keys refused) in one transaction; the number of rows written.
    CcsgError when the store cannot be written (nothing appended). `after_hook(con, i)`, for tests only, runs
    after each row inside the transaction."""
    problem = writable_problem(path)
    if problem:
        raise CcsgError(problem)
    names = [name for name, _kind in COLUMNS]
    for row in rows:
        unknown = set(row) - set(names)
        if unknown:
            raise ValueError(f"not monitoring columns: {sorted(unknown)}")
    try:
        with closing(_connect(Path(path))) as con:
            con.execute("BEGIN IMMEDIATE")
            try:
                _ensure_table(con)
                placeholders = ", ".join("?" for _ in names)
                quoted = ", ".join(f'"{n}"' for n in names)
                for i, row in enumerate(rows):
                    con.execute(f'INSERT INTO "{TABLE}" ({quoted}) VALUES ({placeholders})',
                                [_plain(row.get(n, 0 if n == "orphaned" else None)) for n in names])
                    if after_hook is not None:
                        after_hook(con, i)
                con.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                            "WHERE table_name = ?", (TABLE,))
                con.execute("COMMIT")
            except BaseException:
                con.execute("ROLLBACK")
                raise
    except sqlite3.Error as exc:
        raise CcsgError(tr("The monitoring record could not be appended to {0} ({1}); nothing was appended.",
                           str(path), str(exc))) from exc
    return len(rows)


def record_rows(run, corridors: dict, sources: dict, profile_id: str, run_id: str = "") -> list[dict]:
    """One row per compared corridor. corridors: key (store fid) -> attributes."""
    now = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    version = plugin_version()
    run_id = run_id or now
    rows = []
    for change in run.changes:
        attributes = corridors.get(change.key, {})
        row = {"run_id": run_id, "recorded_at": now, "corridor_fid": int(change.key),
               "corridor_id": attributes.get("corridor_id"), "corridor_name": change.name,
               "date_before": str(run.date_before), "date_after": str(run.date_after),
               "sources": json.dumps(sources, ensure_ascii=False), "profile": profile_id, "plugin_version": version}
        row.update({name: change.values.get(name) for name, _kind in FIELDS})
        if change.problem:
            row["trend"], row["trend_reasons"] = "not_evaluated", str(change.problem)
        rows.append(row)
    return rows


def history(path, corridor_fid: Optional[int] = None) -> list[dict]:
    """The record's rows (one corridor's when corridor_fid is given), oldest first by date_after; [] without one."""
    path = Path(path)
    if not path.is_file():
        return []
    try:
        # read on the GUI thread (the designer's history): wait at most 0.1 s for a writer's lock, never seconds
        with closing(sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=0.1)) as con:
            con.row_factory = sqlite3.Row
            if con.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (TABLE,)).fetchone() \
                    is None:
                return []
            sql = f'SELECT * FROM "{TABLE}"'
            args: tuple = ()
            if corridor_fid is not None:
                sql += " WHERE corridor_fid = ?"
                args = (int(corridor_fid),)
            return [dict(r) for r in con.execute(sql + " ORDER BY date_after, id", args)]
    except sqlite3.Error:
        return []
