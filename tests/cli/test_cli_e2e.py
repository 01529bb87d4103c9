"""The `sangathan` command run as a user would run it, in a subprocess, on a scratch database."""

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def scratch_db(tmp_path_factory):
    """A database of its own: a SQLite file, or a new PostgreSQL database when the suite runs on one."""
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres"):
        import psycopg

        name = f"sangathan_cli_{uuid.uuid4().hex[:8]}"
        admin_url = url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        yield url.rsplit("/", 1)[0] + "/" + name
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    else:
        yield f"sqlite:///{tmp_path_factory.mktemp('cli') / 'cli.sqlite3'}"


@pytest.fixture(scope="module")
def run(scratch_db, tmp_path_factory):
    env = {**os.environ, "DATABASE_URL": scratch_db, "SANGATHAN_VAR": str(tmp_path_factory.mktemp("var"))}
    exe = Path(sys.executable).with_name("sangathan")

    def run(*args, ok=True, input=None):
        p = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, input=input, timeout=300)
        if ok:
            assert p.returncode == 0, p.stderr
        return p

    run("demo", "--no-serve")
    return run


def test_demo_loads_once(run):
    assert "already present" in run("demo", "--no-serve").stdout


def test_export_activity_prints_the_seed_record(run, press_training):
    gold = json.loads((press_training / "gold/seed.json").read_text(encoding="utf-8"))
    first = json.loads(run("export", "activities", "--format", "jsonl").stdout.splitlines()[0])
    rec = json.loads(run("export", "activity", str(first["id"]), "--format", "json").stdout)
    assert {p["name"] for p in rec["people"]} == {p["name"] for p in gold["people"]}
    assert rec["quotes"] == gold["quotes"]


def test_audit_verify_reports_an_intact_chain(run):
    assert "audit chain intact" in run("audit", "verify").stdout


def test_import_with_bad_rows_exits_nonzero_listing_every_row(run, tmp_path):
    bad = tmp_path / "units.csv"
    bad.write_text("level,name_hi,parent_code\nmandal,,63\nplanet,मंगल,63\nmandal,ठीक मंडल,63\n", encoding="utf-8")
    p = run("import", "units", str(bad), ok=False)
    assert p.returncode != 0
    assert "line 2, name_hi" in p.stderr and "line 3, level" in p.stderr
    good = tmp_path / "good.csv"
    good.write_text("level,name_hi,parent_code\nmandal,ठीक मंडल,63\n", encoding="utf-8")
    assert "imported 1 units" in run("import", "units", str(good)).stdout


def test_createuser_grant_and_token_give_scoped_api_access(run):
    run("createuser", "dhamtari", "--password", "a-long-password")
    token = run("grant", "dhamtari", "reporter", "धमतरी जिला", "--token").stdout.splitlines()[0]
    assert token.startswith("sgn_")
    out = run("export", "activities", "--format", "jsonl", "--as", "dhamtari").stdout
    assert out.strip() == ""  # no activities in धमतरी yet, and nothing else is visible


def test_createuser_without_a_terminal_says_how_to_give_the_password(run):
    p = run("createuser", "no_tty_user", ok=False, input="")
    assert p.returncode != 0
    assert "--password-stdin" in p.stderr and "Traceback" not in p.stderr


def test_createuser_takes_the_password_from_stdin_and_it_logs_in(run):
    run("createuser", "stdin_user", "--password-stdin", input="a-long-pass-123\n")
    check = ("from django.contrib.auth import authenticate; "
             "print(authenticate(username='stdin_user', password='a-long-pass-123') is not None)")
    assert run("shell", "-c", check).stdout.strip().splitlines()[-1] == "True"


def _children(pid: int) -> set[int]:
    kids = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.add(int(stat.parent.name))
    return kids


def _get(port: int, path: str = "/login/") -> int:
    import http.client

    c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        c.request("GET", path)
        return c.getresponse().status
    except OSError:
        return 0
    finally:
        c.close()


def _wait(check, seconds=60.0):
    import time

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if check():
            return True
        time.sleep(0.25)
    return False


def test_serve_with_workers_runs_several_processes_and_replaces_one_that_dies(run, scratch_db, tmp_path):
    import signal
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {**os.environ, "DATABASE_URL": scratch_db, "SANGATHAN_VAR": str(tmp_path)}
    exe = Path(sys.executable).with_name("sangathan")
    proc = subprocess.Popen([str(exe), "serve", "--workers", "2", "--threads", "2", "--no-worker", "--port", str(port)],
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert _wait(lambda: _get(port) == 200), "the server did not answer"
        assert _wait(lambda: len(_children(proc.pid)) == 2)
        first = _children(proc.pid)
        os.kill(next(iter(first)), signal.SIGKILL)
        assert _wait(lambda: len(_children(proc.pid)) == 2 and _children(proc.pid) != first)
        assert all(_get(port, "/news/") == 200 for _ in range(6))
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, out
    assert "2 server processes" in out
    assert _get(port) == 0  # stopped with its workers
