"""Bulk imports as jobs: `import_people --queue`, `import units --queue` (all or nothing, so resumable)."""

from __future__ import annotations

import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from sangathan.jobs.models import Job
from sangathan.org.models import Unit
from sangathan.people.models import Person

HEADER = "home_unit_code,name_hi,name_en,phone,email,post,unit_code,wing,page,start\n"
GOOD = HEADER + ("63-1,रमेश साहू,Ramesh Sahu,+91 9000000001,,president,63-1,,,2024-01-01\n"
                 "63-2,गीता वर्मा,Geeta Verma,+91 9000000003,geeta@example.org,,,,,\n")
BAD = HEADER + ("63-1,रमेश साहू,Ramesh Sahu,12ab,,president,63-1,,,2024-13-01\n"
                "XX-9,,Nobody,,bad,sarpanch,,,,\n")


@pytest.fixture
def var(settings, tmp_path):
    settings.VAR_DIR = tmp_path / "var"
    return settings.VAR_DIR


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_a_queued_people_import_runs_as_a_job_and_cleans_up_its_copy(var, admin, tmp_path):
    f = tmp_path / "people.csv"
    f.write_text(GOOD, encoding="utf-8")
    with translation.override("en"):
        out = run("import_people", str(f), "--queue", "--as", "admin")
    j = Job.objects.get(kind="sangathan.jobs.bulk.import_people")
    assert f"job {j.pk} done" in out and j.resumable and j.title == "Import people: people.csv" and j.created_by == admin
    assert j.result["people"] == 2 and "people 2" in j.result["summary"]
    assert Person.objects.filter(phone="+91 9000000003").exists()
    assert not any((var / "jobs" / "files" / "incoming").iterdir())  # the staged copy is gone
    assert f.exists()  # the user's own file is untouched


def test_a_queued_import_with_bad_rows_fails_with_every_error_and_writes_nothing(var, admin, tmp_path):
    f = tmp_path / "people.csv"
    f.write_text(BAD, encoding="utf-8")
    before = Person.objects.count()
    with translation.override("en"):
        out = run("import_people", str(f), "--queue", "--as", "admin")
    j = Job.objects.get(kind="sangathan.jobs.bulk.import_people")
    assert "failed" in out and j.status == "failed" and "nothing was imported" in j.error
    assert any("XX-9" in d for d in j.result["details"]) and len(j.result["details"]) >= 5
    assert Person.objects.count() == before


def test_a_queued_unit_import_runs_as_a_job(var, durg_manager, tmp_path):
    f = tmp_path / "units.csv"
    f.write_text("level,name_hi,name_en,parent_code,code\nmandal,नया मंडल,Naya Mandal,64,\n", encoding="utf-8")
    out = run("import_data", "units", str(f), "--queue", "--as", "durg_manager")
    j = Job.objects.get(kind="sangathan.jobs.bulk.import_units")
    assert f"job {j.pk} done" in out and j.result["units"] == 1
    assert Unit.objects.filter(name_hi="नया मंडल").exists()


def test_on_the_database_queue_the_import_waits_for_the_worker(var, durable_tasks, admin, tmp_path):
    f = tmp_path / "people.csv"
    f.write_text(GOOD, encoding="utf-8")
    before = Person.objects.count()
    assert "queued" in run("import_people", str(f), "--queue", "--as", "admin")
    assert Person.objects.count() == before


def test_queue_and_dry_run_are_refused_together(var, admin, tmp_path):
    f = tmp_path / "people.csv"
    f.write_text(GOOD, encoding="utf-8")
    with pytest.raises(CommandError, match="--dry-run"):
        run("import_people", str(f), "--queue", "--dry-run", "--as", "admin")


def test_sangathan_jobs_lists_my_jobs_and_shows_one(var, admin, durg_manager, tmp_path):
    import json

    f = tmp_path / "people.csv"
    f.write_text(GOOD, encoding="utf-8")
    run("import_people", str(f), "--queue", "--as", "admin")
    j = Job.objects.get()
    with translation.override("en"):
        assert f"{j.pk}  done     100%  " in run("jobs", "--as", "admin")
    assert json.loads(run("jobs", str(j.pk), "--as", "admin"))["result"]["people"] == 2
    assert run("jobs", "--as", "durg_manager") == ""
    with pytest.raises(CommandError, match="no job"):
        run("jobs", str(j.pk), "--as", "durg_manager")
