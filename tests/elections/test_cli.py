"""The CLI contract: `sangathan elections import|check|summary`, in-process and once as a subprocess."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.elections.conftest import AC59, AC63, form20, party_list


def out(*args: str) -> str:
    buf = io.StringIO()
    call_command(*args, stdout=buf)
    return buf.getvalue()


def test_check_prints_findings_as_json(cg_election):
    findings = json.loads(out("elections", "check", "CG LS 2024", "--format", "json"))
    assert findings and all({"kind", "ac", "part", "detail"} <= f.keys() for f in findings)
    assert {"kind": "zero_votes", "ac": 63, "part": "6"}.items() <= findings[0].items()


@pytest.mark.parametrize("by,area,n_areas", [("booth", "booth", 17), ("ac", "ac_no", 2), ("seat", "seat", 1)])
def test_summary_has_one_row_per_area_and_candidate(cg_election, by, area, n_areas):
    rows = list(csv.DictReader(io.StringIO(out("elections", "summary", "CG LS 2024", "--by", by, "--format", "csv"))))
    assert len({r[area] for r in rows}) == n_areas and len(rows) == n_areas * 4
    assert {"votes", "electors", "voters", "turnout"} <= rows[0].keys()
    assert sum(int(r["votes"]) for r in rows) == sum(sum(r[2:]) for r in AC63 + AC59)


def test_summary_by_unit_is_scoped_to_the_actor(cg_election, unit):
    durg = str(unit("दुर्ग जिला").pk)
    rows = list(csv.DictReader(io.StringIO(out("elections", "summary", "CG LS 2024", "--by", "unit", "--unit", durg,
                                                "--level", "booth", "--as", "durg_manager"))))
    assert len({r["unit"] for r in rows}) == len(AC63)
    from django.core.management import CommandError

    with pytest.raises(CommandError, match="not in your scope|no unit"):
        out("elections", "summary", "CG LS 2024", "--by", "unit", "--unit", durg, "--as", "balod_reporter")


@pytest.mark.slow
def test_the_command_runs_as_a_user_runs_it(tmp_path):
    url = os.environ.get("DATABASE_URL", "")
    scratch = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    if url.startswith("postgres"):  # a scratch database of its own, as tests/cli does
        import psycopg

        name = f"sangathan_el_{uuid.uuid4().hex[:8]}"
        admin_url = url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        scratch = url.rsplit("/", 1)[0] + "/" + name
    try:
        _run_cli(scratch, tmp_path)
    finally:
        if url.startswith("postgres"):
            with psycopg.connect(admin_url, autocommit=True) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _run_cli(db_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "DATABASE_URL": db_url, "SANGATHAN_VAR": str(tmp_path)}
    exe = str(Path(sys.executable).with_name("sangathan"))
    d = tmp_path / "cg"
    d.mkdir()
    form20(d / "AC063.csv", AC63)
    c, p, m = party_list(tmp_path)

    def run(*args: str) -> subprocess.CompletedProcess:
        r = subprocess.run([exe, *args], env=env, capture_output=True, text=True, timeout=300)
        assert r.returncode == 0, r.stderr
        return r

    run("migrate", "-v0")
    subprocess.run([sys.executable, "-c", "import django,os;django.setup();from django.contrib.auth import "
                    "get_user_model as g;g().objects.create_superuser('admin','a@b.c','pw-12345678')"],
                   env={**env, "DJANGO_SETTINGS_MODULE": "sangathan.settings"}, check=True)
    r = run("elections", "import", "--election", "CG LS 2024", str(d), "--candidates", str(c), "--parties", str(p),
            "--ac-to-pc", str(m))
    assert "imported 14 booths and 56 votes" in r.stdout
    kinds = {f["kind"] for f in json.loads(run("elections", "check", "CG LS 2024", "--format", "json").stdout)}
    assert "zero_votes" in kinds
