"""A backup restores into an empty database identical to what was backed up: rows and checksum of
every table, and the audit chain intact with the same head. Runs on SQLite and PostgreSQL."""

import json
import sqlite3

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from sangathan.core import audit
from sangathan.core.backup import MANIFEST, BackupError, backup, check, restore


@pytest.fixture
def empty_target(tmp_path):
    """The URL of a new, empty database of the same kind as the test database."""
    if connection.vendor == "sqlite":
        yield f"sqlite:///{tmp_path / 'restored.sqlite3'}"
        return
    import psycopg

    cfg = connection.settings_dict
    name = f"{cfg['NAME']}_restored"
    admin = psycopg.connect(dbname="postgres", host=cfg["HOST"] or None, port=cfg["PORT"] or None,
                            user=cfg["USER"] or None, password=cfg["PASSWORD"] or None, autocommit=True)
    admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
    admin.execute(f'CREATE DATABASE "{name}"')
    auth = cfg["USER"] + (f":{cfg['PASSWORD']}" if cfg["PASSWORD"] else "")
    yield f"postgresql://{auth}@{cfg['HOST']}:{cfg['PORT'] or 5432}/{name}"
    admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.close()


def _raw(url):
    if url.startswith("sqlite"):
        return sqlite3.connect(url.removeprefix("sqlite:///"))
    import psycopg

    return psycopg.connect(url)


def test_a_backup_restores_identical_into_an_empty_database(db, tmp_path, empty_target):
    manifest = backup(tmp_path / "bk")
    head = audit.head()
    assert manifest["vendor"] == connection.vendor and manifest["audit_head"] == head and head["events"] > 100
    assert manifest["tables"]["people_person"]["rows"] > 0 and manifest["tables"]["core_auditevent"]["rows"] == head["events"]
    report = restore(tmp_path / "bk", empty_target)
    assert report.ok, (report.mismatches, report.audit_reason)
    assert report.tables == len(manifest["tables"]) >= 40
    assert report.rows == sum(t["rows"] for t in manifest["tables"].values())
    assert report.audit_checked == head["events"]


def test_a_changed_row_or_event_in_the_restored_database_is_found(db, tmp_path, empty_target):
    backup(tmp_path / "bk")
    assert restore(tmp_path / "bk", empty_target).ok
    raw = _raw(empty_target)
    raw.cursor().execute("UPDATE people_person SET phone = '0' WHERE id = (SELECT min(id) FROM people_person)")
    raw.cursor().execute("UPDATE core_auditevent SET actor_label = 'x' WHERE id = (SELECT min(id) FROM core_auditevent)")
    raw.commit()
    raw.close()
    report = check(tmp_path / "bk", empty_target)
    assert not report.ok and not report.audit_ok
    assert {m.split(":")[0] for m in report.mismatches} == {"people_person", "core_auditevent"}


def test_restore_refuses_a_database_that_is_not_empty(db, tmp_path, empty_target):
    backup(tmp_path / "bk")
    restore(tmp_path / "bk", empty_target)
    with pytest.raises(BackupError, match="not empty"):
        restore(tmp_path / "bk", empty_target)


def test_a_damaged_backup_is_refused_before_anything_is_written(db, tmp_path, empty_target):
    backup(tmp_path / "bk")
    data = next(p for p in (tmp_path / "bk").iterdir() if p.name != MANIFEST)
    data.write_bytes(data.read_bytes()[:-10] + b"0123456789")
    with pytest.raises(BackupError, match="damaged"):
        restore(tmp_path / "bk", empty_target)
    raw = _raw(empty_target)
    cur = raw.cursor()
    cur.execute("SELECT count(*) FROM sqlite_master" if empty_target.startswith("sqlite")
                else "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")
    assert cur.fetchone()[0] == 0
    raw.close()


def test_the_commands_back_up_and_restore(db, tmp_path, empty_target, capsys):
    call_command("backup", str(tmp_path / "bk"))
    assert "audit chain head" in capsys.readouterr().out
    with pytest.raises(CommandError, match="not empty"):
        call_command("backup", str(tmp_path / "bk"))
    call_command("restore", str(tmp_path / "bk"), "--database-url", empty_target)
    out = capsys.readouterr().out
    assert "every table matches the manifest" in out and "audit chain intact" in out
    manifest = json.loads((tmp_path / "bk" / MANIFEST).read_text())
    assert set(manifest) >= {"tables", "audit_head", "files", "vendor", "created_at"}
