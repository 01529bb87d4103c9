"""Backups that restore: SQLite through its online backup API, PostgreSQL through pg_dump/pg_restore
(custom format), each with a manifest (rows and a checksum per table, the audit chain head).

The manifest is taken from exactly what was backed up: for SQLite from the backup file itself, for
PostgreSQL inside one REPEATABLE READ transaction whose snapshot pg_dump is given. `restore` loads
into an empty database only (all or nothing), then recomputes every table's rows and checksum and
re-verifies the audit chain against the manifest.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import dj_database_url
from django.db import connection

FORMAT = "sangathan-backup/1"
MANIFEST = "manifest.json"
SQLITE_FILE = "database.sqlite3"
PG_FILE = "database.pgdump"


class BackupError(Exception):
    """A backup or restore that cannot go ahead, with the reason in words."""


# -- per-table rows and checksums, on a plain DB-API connection ------------------------------------

def _pg_tables(cur) -> list[str]:
    cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
    return [r[0] for r in cur.fetchall()]


def _sqlite_tables(cur) -> list[str]:
    cur.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    return [r[0] for r in cur.fetchall()]


def table_stats(raw, vendor: str) -> dict[str, dict]:
    """{table: {"rows": n, "checksum": hex}}. The checksum is a sum of per-row hashes (60 bits each),
    so it is independent of row order and cheap on PostgreSQL (computed in the server)."""
    cur = raw.cursor()
    out = {}
    if vendor == "postgresql":
        cur.execute("SET TIME ZONE 'UTC'")
        cur.execute("SET extra_float_digits = 3")
        for t in _pg_tables(cur):
            cur.execute(f'SELECT count(*), coalesce(sum((\'x\' || substr(md5(t::text), 1, 15))::bit(60)::bigint), 0)'
                        f' FROM "{t}" AS t')
            n, s = cur.fetchone()
            out[t] = {"rows": int(n), "checksum": format(int(s), "x")}
    else:
        for t in _sqlite_tables(cur):
            total, n = 0, 0
            for row in cur.execute(f'SELECT * FROM "{t}"'):
                total += int(hashlib.md5(repr(row).encode()).hexdigest()[:15], 16)
                n += 1
            out[t] = {"rows": n, "checksum": format(total, "x")}
    cur.close()
    return out


def _is_empty(raw, vendor: str) -> bool:
    cur = raw.cursor()
    tables = _pg_tables(cur) if vendor == "postgresql" else _sqlite_tables(cur)
    cur.close()
    return not tables


# -- connections ------------------------------------------------------------------------------------

def _pg_params(cfg: dict) -> tuple[list[str], dict]:
    """Command-line connection arguments and environment for pg_dump/pg_restore."""
    args = ["--dbname", cfg["NAME"]]
    if cfg.get("HOST"):
        args += ["--host", str(cfg["HOST"])]
    if cfg.get("PORT"):
        args += ["--port", str(cfg["PORT"])]
    if cfg.get("USER"):
        args += ["--username", cfg["USER"]]
    env = {**os.environ}
    if cfg.get("PASSWORD"):
        env["PGPASSWORD"] = cfg["PASSWORD"]
    return args, env


def _pg_connect(cfg: dict):
    import psycopg

    return psycopg.connect(dbname=cfg["NAME"], host=cfg.get("HOST") or None, port=cfg.get("PORT") or None,
                           user=cfg.get("USER") or None, password=cfg.get("PASSWORD") or None)


def _url_config(url: str | None) -> dict:
    return connection.settings_dict if url is None else dj_database_url.parse(url)


def _vendor(cfg: dict) -> str:
    engine = cfg["ENGINE"]
    if "postgresql" in engine:
        return "postgresql"
    if "sqlite" in engine:
        return "sqlite"
    raise BackupError(f"backups support SQLite and PostgreSQL, not {engine}")


# -- backup -----------------------------------------------------------------------------------------

def _audit_head_raw(raw) -> dict:
    cur = raw.cursor()
    cur.execute("SELECT count(*) FROM core_auditevent")
    n = cur.fetchone()[0]
    cur.execute("SELECT id, hash FROM core_auditevent ORDER BY id DESC LIMIT 1")
    last = cur.fetchone()
    cur.close()
    return {"events": int(n), "last_id": last[0] if last else None, "last_hash": last[1] if last else "0" * 64}


def backup(target: Path) -> dict:
    """Write the default database and its manifest into the new directory `target`; returns the manifest."""
    target = Path(target)
    if target.exists() and any(target.iterdir()):
        raise BackupError(f"{target} exists and is not empty; give a new directory")
    target.mkdir(parents=True, exist_ok=True)
    cfg = connection.settings_dict
    vendor = _vendor(cfg)
    try:
        if vendor == "sqlite":
            connection.ensure_connection()
            dest = sqlite3.connect(target / SQLITE_FILE)
            try:
                if connection.in_atomic_block:
                    # our own connection holds a write transaction (e.g. a test's), which the backup
                    # API would wait on for ever: copy this connection's view of the pages instead
                    mem = sqlite3.connect(":memory:")
                    mem.deserialize(connection.connection.serialize())
                    mem.backup(dest)
                    mem.close()
                else:
                    connection.connection.backup(dest)  # online: readers and writers carry on
                tables, head = table_stats(dest, vendor), _audit_head_raw(dest)
            finally:
                dest.close()
            files = [SQLITE_FILE]
        else:
            files = [PG_FILE]
            tables, head = _pg_backup(cfg, target / PG_FILE)
    except BaseException:
        shutil.rmtree(target, ignore_errors=True)
        raise
    manifest = {"format": FORMAT, "vendor": vendor, "created_at": datetime.datetime.now(datetime.UTC).isoformat(),
                "files": {f: _sha256(target / f) for f in files}, "tables": tables, "audit_head": head}
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return manifest


def _pg_backup(cfg: dict, path: Path) -> tuple[dict, dict]:
    args, env = _pg_params(cfg)
    with _pg_connect(cfg) as raw:
        raw.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        snapshot = raw.execute("SELECT pg_export_snapshot()").fetchone()[0]
        # pg_dump reads the very snapshot the manifest is computed in
        proc = subprocess.Popen(["pg_dump", "--format=custom", "--no-owner", "--no-privileges",
                                 f"--snapshot={snapshot}", "--file", str(path), *args],
                                env=env, stderr=subprocess.PIPE, text=True)
        try:
            tables, head = table_stats(raw, "postgresql"), _audit_head_raw(raw)
        finally:
            _, err = proc.communicate()
        raw.rollback()
    if proc.returncode != 0:
        raise BackupError(f"pg_dump failed: {err.strip()}")
    return tables, head


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


# -- restore ----------------------------------------------------------------------------------------

@dataclass
class RestoreReport:
    tables: int = 0
    rows: int = 0
    mismatches: list[str] = field(default_factory=list)
    audit_ok: bool = False
    audit_checked: int = 0
    audit_reason: str = ""

    @property
    def ok(self) -> bool:
        return not self.mismatches and self.audit_ok


def read_manifest(source: Path) -> dict:
    path = Path(source) / MANIFEST
    if not path.exists():
        raise BackupError(f"{source} has no {MANIFEST}: not a Sangathan backup")
    manifest = json.loads(path.read_text(encoding="utf-8"))
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{path}: unknown format {manifest.get('format')!r}")
    for name, digest in manifest["files"].items():
        f = Path(source) / name
        if not f.exists() or _sha256(f) != digest:
            raise BackupError(f"{f} is missing or does not match the manifest (a damaged backup)")
    return manifest


def restore(source: Path, url: str | None = None) -> RestoreReport:
    """Load the backup in `source` into the empty database `url` (default: the configured one), then
    prove it identical to the manifest: rows and checksum of every table, and the audit chain."""
    source = Path(source)
    manifest = read_manifest(source)
    cfg = dict(_url_config(url))
    vendor = _vendor(cfg)
    if vendor != manifest["vendor"]:
        raise BackupError(f"this is a {manifest['vendor']} backup; the target database is {vendor}")
    if vendor == "sqlite":
        dest_path = Path(cfg["NAME"])
        if str(dest_path) in ("", ":memory:"):
            raise BackupError("restore into a SQLite file, not an in-memory database")
        dest_path.parent.mkdir(parents=True, exist_ok=True)
        dest = sqlite3.connect(dest_path)
        try:
            if not _is_empty(dest, vendor):
                raise BackupError(f"{dest_path} is not empty; restore into a new database")
            src = sqlite3.connect(f"file:{source / SQLITE_FILE}?mode=ro", uri=True)
            try:
                src.backup(dest)
            finally:
                src.close()
            tables = table_stats(dest, vendor)
        finally:
            dest.close()
        target_url = f"sqlite:///{dest_path}"
    else:
        with _pg_connect(cfg) as raw:
            if not _is_empty(raw, vendor):
                raise BackupError(f"database {cfg['NAME']} is not empty; restore into a new, empty database")
        args, env = _pg_params(cfg)
        proc = subprocess.run(["pg_restore", "--exit-on-error", "--single-transaction", "--no-owner",
                               "--no-privileges", *args, str(source / PG_FILE)],
                              env=env, capture_output=True, text=True)
        if proc.returncode != 0:
            raise BackupError(f"pg_restore failed, nothing was restored: {proc.stderr.strip()}")
        with _pg_connect(cfg) as raw:
            tables = table_stats(raw, vendor)
        target_url = url or _pg_url(cfg)
    return _compare(manifest, tables, target_url)


def _pg_url(cfg: dict) -> str:
    auth = cfg.get("USER") or ""
    if cfg.get("PASSWORD"):
        auth += ":" + cfg["PASSWORD"]
    host = f"{cfg.get('HOST') or ''}" + (f":{cfg['PORT']}" if cfg.get("PORT") else "")
    return f"postgresql://{auth}@{host}/{cfg['NAME']}"


def _compare(manifest: dict, tables: dict, target_url: str) -> RestoreReport:

    report = RestoreReport(tables=len(tables), rows=sum(t["rows"] for t in tables.values()))
    expected = manifest["tables"]
    for name in sorted(set(expected) | set(tables)):
        if expected.get(name) != tables.get(name):
            report.mismatches.append(f"{name}: backup {expected.get(name)}, restored {tables.get(name)}")
    result, head = _verify_raw(target_url)
    report.audit_ok = result.ok and head == manifest["audit_head"]
    report.audit_checked = result.checked
    report.audit_reason = result.reason if not result.ok else ("" if report.audit_ok else
                                                               f"chain head {head} is not the manifest's")
    return report


_EVENT_COLS = ["id", "action_id", "action", "source", "actor_label", "at", "verb", "model", "object_id", "before",
               "after", "payload_hash", "prev_hash", "hash", "erased_by"]


def _event(row, vendor: str):
    """An AuditEvent (unsaved) from a raw row, typed as the ORM would read it."""
    from sangathan.core.models import AuditEvent

    d = dict(zip(_EVENT_COLS, row))
    d["action_id"] = uuid.UUID(str(d["action_id"]))
    if vendor == "sqlite":
        d["at"] = datetime.datetime.fromisoformat(d["at"]).replace(tzinfo=datetime.UTC)
        d["before"] = None if d["before"] is None else json.loads(d["before"])
        d["after"] = None if d["after"] is None else json.loads(d["after"])
    return AuditEvent(**d)


def _verify_raw(url: str):
    """The audit check on a database other than Django's own, over a plain connection."""
    from sangathan.core import audit

    vendor = "sqlite" if url.startswith("sqlite") else "postgresql"
    raw = sqlite3.connect(url.removeprefix("sqlite:///")) if vendor == "sqlite" else _pg_connect(dj_database_url.parse(url))
    try:
        cur = raw.cursor()
        if vendor == "postgresql":
            cur.execute("SET TIME ZONE 'UTC'")
        cols = ", ".join(_EVENT_COLS)
        ph = "?" if vendor == "sqlite" else "%s"
        cur.execute(f"SELECT {cols} FROM core_auditevent WHERE action IN ({', '.join([ph] * len(audit.ERASING_ACTIONS))})",
                    list(audit.ERASING_ACTIONS))
        erasers = {e.id: e for e in (_event(r, vendor) for r in cur.fetchall())}
        cur.execute(f"SELECT {cols} FROM core_auditevent ORDER BY id")
        result = audit.verify_events((_event(row, vendor) for chunk in iter(lambda: cur.fetchmany(5000), []) for row in chunk),
                                     erasers)
        head = _audit_head_raw(raw)
    finally:
        raw.close()
    return result, head


def check(source: Path, url: str | None = None) -> RestoreReport:
    """Compare an existing database with a backup's manifest (no restore)."""
    manifest = read_manifest(Path(source))
    cfg = dict(_url_config(url))
    vendor = _vendor(cfg)
    if vendor == "sqlite":
        raw = sqlite3.connect(cfg["NAME"])
        try:
            tables = table_stats(raw, vendor)
        finally:
            raw.close()
        return _compare(manifest, tables, f"sqlite:///{cfg['NAME']}")
    with _pg_connect(cfg) as raw:
        tables = table_stats(raw, vendor)
    return _compare(manifest, tables, url or _pg_url(cfg))
