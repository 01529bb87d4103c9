"""Election pages: public results, scoped unit analysis (out of scope → 404), exports, upload with progress."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook

from sangathan.elections import jobs
from sangathan.jobs.models import Job
from sangathan.elections.models import Election, ImportJob
from sangathan.org.models import Unit
from tests.elections.conftest import AC63, form20


def test_the_election_page_shows_the_data_quality_report_first(cg_election, client_for, state_viewer):
    body = client_for(state_viewer).get(f"/elections/{cg_election.pk}/").content.decode()
    assert body.index("zero_votes") < body.index("/seat/7/")  # AC 63 part 6 has no votes


def test_seat_analysis_has_categories_charts_and_turnout(cg_election, client_for, outsider):
    """Election results are public: even a user scoped elsewhere sees seat-level numbers."""
    r = client_for(outsider).get(f"/elections/{cg_election.pk}/seat/7/", {"party": "Bharatiya Janata Party"})
    assert r.status_code == 200
    body = r.content.decode()
    assert "plotly/plotly.min.js" in body and 'data-figure="fig-category"' in body
    assert "Booth categories" in body and "Turnout distribution" in body


def test_a_district_manager_sees_only_their_booths(cg_election, client_for, durg_manager, unit):
    c = client_for(durg_manager)
    r = c.get(f"/elections/{cg_election.pk}/unit/{unit('दुर्ग जिला').pk}/", {"table": "booths", "format": "csv"})
    assert r.status_code == 200
    lines = r.content.decode("utf-8-sig").splitlines()
    assert len(lines) == 1 + len(AC63) and all(line.split(",")[1] == "63" for line in lines[1:])
    assert c.get(f"/elections/{cg_election.pk}/unit/{unit('बालोद जिला').pk}/").status_code == 404


def test_other_units_are_404(cg_election, client_for, balod_reporter, unit):
    c = client_for(balod_reporter)
    assert c.get(f"/elections/{cg_election.pk}/unit/{unit('दुर्ग जिला').pk}/").status_code == 404
    booth = Unit.objects.get(level__key="booth", code="63-1")
    assert c.get(f"/elections/{cg_election.pk}/unit/{booth.pk}/").status_code == 404
    r = c.get(f"/elections/{cg_election.pk}/unit/{unit('बालोद जिला').pk}/")
    assert r.status_code == 200 and "Committee vs no committee" in r.content.decode()


def test_tables_export_as_xlsx(cg_election, client_for, durg_manager, unit, monkeypatch):
    from sangathan.elections import committees

    monkeypatch.setattr(committees, "committee_status_by_booth", lambda ids: {i: "none" for i in ids})
    r = client_for(durg_manager).get(f"/elections/{cg_election.pk}/unit/{unit('दुर्ग ग्रामीण').pk}/",
                                     {"party": "BJP", "table": "weak_without_committee", "format": "xlsx"})
    assert r.status_code == 200 and r["Content-Type"].startswith("application/vnd.openxml")
    rows = list(load_workbook(io.BytesIO(r.content)).active.values)
    assert rows[0][:3] == ("booth_id", "ac_no", "part_no") and {row[2] for row in rows[1:]} == {"3", "4"}


def test_swing_against_another_election(cg_election, cg_files, client_for, state_viewer, tmp_path):
    from django.core.management import call_command

    d = tmp_path / "old"
    d.mkdir()
    form20(d / "AC063.csv", [(p, e, max(r - 50, 0), s + 50 * (r > 0), g, n) for p, e, r, s, g, n in AC63])
    call_command("elections", "import", "--election", "CG LS 2019", str(d), "--state", "CG", "--candidates",
                 str(cg_files["candidates"]), "--parties", str(cg_files["parties"]), "--ac-to-pc", str(cg_files["ac_to_pc"]),
                 "--no-progress", "--as", "admin")
    old = Election.objects.get(name="CG LS 2019")
    r = client_for(state_viewer).get(f"/elections/{cg_election.pk}/ac/63/",
                                     {"party": "BJP", "compare": old.pk, "table": "swing", "format": "csv"})
    rows = r.content.decode("utf-8-sig").splitlines()
    assert len(rows) == 1 + len(AC63)
    assert rows[1].split(",")[:2] == ["63", "1"] and float(rows[1].split(",")[-1]) == pytest.approx(5.0)


@pytest.fixture
def inline_jobs(settings, tmp_path):
    """Jobs run at once in tests (the immediate backend); uploads are stored under a temporary var/."""
    settings.VAR_DIR = tmp_path


def test_upload_runs_the_import_and_the_page_polls_progress(inline_jobs, client_for, state_admin, unit, cg_files):
    c = client_for(state_admin)
    files = [open(cg_files["dir"] / n, "rb") for n in ("AC063.csv", "AC059.csv")]
    r = c.post("/elections/import/", {"election": "CG web", "kind": "LS", "year": 2024, "state": unit("छत्तीसगढ़").pk,
                                      "files": files, "candidates": open(cg_files["candidates"], "rb"),
                                      "parties": open(cg_files["parties"], "rb")})
    assert r.status_code == 302, r.content.decode()[-2000:]
    job = ImportJob.objects.get(election_name="CG web")
    assert job.status == "done" and job.result["booths"] == 17
    page = c.get(r["Location"]).content.decode()
    assert "htmx-2.min.js" in page and f'href="/elections/{job.election_id}/"' in page
    poll = c.get(f"/elections/jobs/{job.pk}/progress/", headers={"HX-Request": "true"})
    assert poll["HX-Redirect"] == f"/elections/{job.election_id}/"
    bg = Job.objects.get(pk=job.params["job"])  # the queued job the jobs page lists
    assert bg.status == "done" and bg.created_by == state_admin and bg.result["booths"] == 17
    assert bg.result_url == f"/elections/{job.election_id}/"
    assert "CG web" in c.get("/jobs/").content.decode()


def test_on_the_durable_queue_an_upload_waits_for_the_worker_then_imports(
        inline_jobs, durable_tasks, client_for, state_admin, unit, cg_files):
    from django_tasks_db.models import DBTaskResult

    from sangathan.jobs.worker import Worker

    c = client_for(state_admin)
    r = c.post("/elections/import/", {"election": "CG queued", "kind": "LS", "year": 2024,
                                      "state": unit("छत्तीसगढ़").pk, "files": [open(cg_files["dir"] / "AC063.csv", "rb")],
                                      "candidates": open(cg_files["candidates"], "rb"),
                                      "parties": open(cg_files["parties"], "rb")})
    job = ImportJob.objects.get(election_name="CG queued")
    bg = Job.objects.get(pk=job.params["job"])
    assert job.status == "queued" and bg.status == "queued"
    assert DBTaskResult.objects.get(pk=bg.task_id).task_path == "sangathan.elections.jobs.import_upload"
    assert "hx-trigger" in c.get(r["Location"]).content.decode()  # the page polls until the worker is done
    task = DBTaskResult.objects.get(pk=bg.task_id)
    task.claim("test-worker")
    Worker(queue_names=["*"], interval=0, batch=True, backend_name="default", startup_delay=False, max_tasks=1,
           worker_id="test-worker", excluded_queue_names=[]).run_task(task)
    job.refresh_from_db()
    bg.refresh_from_db()
    assert job.status == "done" and bg.status == "done" and DBTaskResult.objects.get(pk=bg.task_id).status == "SUCCESSFUL"


def test_an_upload_whose_worker_died_for_good_shows_as_failed_with_the_reason(
        inline_jobs, client_for, state_admin):
    job = ImportJob.objects.create(election_name="lost", created_by=state_admin, status="running")
    bg = Job.objects.create(kind="sangathan.elections.jobs.import_upload", title="lost", created_by=state_admin,
                            status="failed", error="The worker stopped while running this job")
    job.params = {"job": bg.pk}
    job.save()
    html = client_for(state_admin).get(f"/elections/jobs/{job.pk}/").content.decode()
    assert "The worker stopped while running this job" in html and "hx-trigger" not in html


def test_a_failed_upload_lists_every_error(inline_jobs, client_for, admin, tmp_path):
    bad = tmp_path / "AC063.csv"
    form20(bad, AC63)
    bad.write_text(bad.read_text().replace(",600,300,", ",6x0,300,").replace(",450,400,", ",450,4y0,"))
    r = client_for(admin).post("/elections/import/", {"election": "bad", "kind": "LS", "year": 2024,
                                                     "files": [open(bad, "rb")]})
    job = ImportJob.objects.get(election_name="bad")
    assert job.status == "failed" and [e["line"] for e in job.errors] == [3, 4]
    bg = Job.objects.get(pk=job.params["job"])
    assert bg.status == "failed" and "nothing was imported" in bg.error or "कुछ भी" in bg.error
    assert len(bg.result["details"]) == 2 and bg.result_url == f"/elections/jobs/{job.pk}/"
    body = client_for(admin).get(r["Location"]).content.decode()
    assert "6x0" in body and "4y0" in body and "data/AC063.csv" in body and not Election.objects.filter(name="bad").exists()


def test_users_without_a_state_cannot_upload_and_jobs_are_private(client_for, durg_manager, state_admin):
    assert client_for(durg_manager).get("/elections/import/").status_code == 404
    job = ImportJob.objects.create(election_name="x", created_by=state_admin)
    assert client_for(durg_manager).get(f"/elections/jobs/{job.pk}/").status_code == 404
