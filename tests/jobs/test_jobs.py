"""Jobs on the immediate backend (tests) and the jobs page: progress, results, failures, who sees what."""

from __future__ import annotations

import datetime
import json

import pytest
from django.utils import timezone

from sangathan.core.models import AuditEvent
from sangathan.jobs import testing
from sangathan.jobs.models import Job
from sangathan.jobs.runtime import Progress, enqueue, live, percent, sidecar_dir


def test_a_job_runs_records_its_progress_and_result_and_its_start_is_audited(durg_manager, tmp_path):
    j = enqueue(testing.count_to, user=durg_manager, title="गिनती", n=3, delay=0, marks=str(tmp_path))
    assert j.status == Job.Status.DONE and (j.done, j.total) == (3, 3) and j.attempts == 1
    assert j.result == {"summary": "counted to 3", "ran": 3} and j.task_id
    assert j.created_by == durg_manager and j.kind == "sangathan.jobs.testing.count_to" and j.resumable
    e = AuditEvent.objects.get(action="job.create", object_id=str(j.pk))
    assert e.actor_label == "durg_manager"


def test_a_failing_job_shows_its_reason_and_details(durg_manager):
    j = enqueue(testing.fail_with, user=durg_manager, title="x", message="2 rows are bad; nothing was imported")
    assert j.status == Job.Status.FAILED
    assert j.error == "2 rows are bad; nothing was imported" and j.result["details"] == ["line 2: name: empty"]


def test_a_job_needs_a_title(durg_manager, tmp_path):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as e:
        enqueue(testing.count_to, user=durg_manager, title=" ", n=1, delay=0, marks=str(tmp_path))
    assert "title" in e.value.message_dict
    assert not Job.objects.exists()


def test_on_the_database_queue_a_job_waits_for_a_worker(durable_tasks, durg_manager, tmp_path):
    from django_tasks_db.models import DBTaskResult

    j = enqueue(testing.count_to, user=durg_manager, title="x", n=1, delay=0, marks=str(tmp_path))
    assert j.status == Job.Status.QUEUED
    assert DBTaskResult.objects.get(pk=j.task_id).status == "READY"


def test_progress_inside_a_transaction_goes_to_a_side_file_the_page_reads(durg_manager, settings, tmp_path):
    settings.VAR_DIR = tmp_path
    j = Job.objects.create(kind="k", title="t", created_by=durg_manager, status=Job.Status.RUNNING,
                           done=1, total=10)
    Progress(j.pk).update(7, 10, "writing")  # the test runs in a transaction, as an import's write does
    j.refresh_from_db()
    assert (j.done, j.total) == (1, 10)  # the row is untouched
    assert live(j) == (7, 10, "writing") and percent(j) == 70
    data = json.loads((sidecar_dir() / f"{j.pk}.json").read_text())
    data["at"] = (timezone.now() - datetime.timedelta(hours=1)).isoformat()  # older than the row: ignored
    (sidecar_dir() / f"{j.pk}.json").write_text(json.dumps(data))
    assert live(j) == (1, 10, "")


# -- the page ---------------------------------------------------------------------------------------
@pytest.fixture
def jobs(durg_manager, balod_reporter, tmp_path):
    mine = enqueue(testing.count_to, user=durg_manager, title="मेरी गिनती", n=2, delay=0, marks=str(tmp_path / "a"))
    theirs = enqueue(testing.count_to, user=balod_reporter, title="बालोद की गिनती", n=2, delay=0,
                     marks=str(tmp_path / "b"))
    running = Job.objects.create(kind="k", title="चल रहा", created_by=durg_manager, status=Job.Status.RUNNING,
                                 done=3, total=4, message="लिख रहे हैं")
    return mine, theirs, running


def test_the_jobs_page_lists_my_jobs_with_progress_and_polls_while_one_runs(client_for, durg_manager, jobs):
    mine, theirs, running = jobs
    html = client_for(durg_manager).get("/jobs/").content.decode()
    assert "मेरी गिनती" in html and "चल रहा" in html and "बालोद की गिनती" not in html
    assert 'value="75"' in html and 'value="100"' in html and 'hx-trigger="every 2s"' in html
    assert "<script>" not in html.split("</header>")[1] and " onclick=" not in html


def test_the_table_fragment_stops_polling_when_nothing_runs(client_for, durg_manager, jobs):
    jobs[2].delete()
    html = client_for(durg_manager).get("/jobs/", HTTP_HX_REQUEST="true").content.decode()
    assert "मेरी गिनती" in html and "hx-trigger" not in html and "<html" not in html


def test_a_job_page_shows_progress_and_result(client_for, durg_manager, jobs):
    mine, _, running = jobs
    c = client_for(durg_manager)
    html = c.get(f"/jobs/{running.pk}/").content.decode()
    assert "3/4" in html and "लिख रहे हैं" in html and f"/jobs/{running.pk}/progress/" in html
    html = c.get(f"/jobs/{mine.pk}/progress/").content.decode()
    assert "counted to 2" in html and "hx-trigger" not in html


def test_someone_elses_job_is_a_404_and_a_superuser_sees_all(client_for, durg_manager, admin, jobs):
    _, theirs, _ = jobs
    c = client_for(durg_manager)
    assert c.get(f"/jobs/{theirs.pk}/").status_code == 404
    assert c.get(f"/jobs/{theirs.pk}/progress/").status_code == 404
    assert "बालोद की गिनती" in client_for(admin).get("/jobs/").content.decode()


def test_anonymous_visitors_are_sent_to_log_in(client, jobs):
    assert client.get("/jobs/").status_code == 302
    assert client.get(f"/jobs/{jobs[0].pk}/").status_code == 302


def test_the_api_lists_my_jobs_and_hides_others(client_for, durg_manager, jobs):
    mine, theirs, running = jobs
    c = client_for(durg_manager)
    got = c.get("/api/jobs").json()
    assert {j["id"] for j in got} == {mine.pk, running.pk}
    one = c.get(f"/api/jobs/{running.pk}").json()
    assert (one["done"], one["total"], one["percent"], one["status"]) == (3, 4, 75, "running")
    assert c.get(f"/api/jobs/{theirs.pk}").status_code == 404


def test_a_task_whose_code_cannot_be_loaded_fails_its_job_with_the_reason(durable_tasks, durg_manager, tmp_path):
    from django_tasks_db.models import DBTaskResult

    from sangathan.jobs.worker import Worker

    j = enqueue(testing.count_to, user=durg_manager, title="x", n=1, delay=0, marks=str(tmp_path))
    DBTaskResult.objects.filter(pk=j.task_id).update(task_path="sangathan.jobs.testing.removed_since")
    task = DBTaskResult.objects.get(pk=j.task_id)
    task.claim("w")
    Worker(queue_names=["*"], interval=0, batch=True, backend_name="default", startup_delay=False, max_tasks=1,
           worker_id="w", excluded_queue_names=[]).run_task(task)
    j.refresh_from_db()
    assert j.status == Job.Status.FAILED and "removed_since" in j.error
    assert DBTaskResult.objects.get(pk=j.task_id).status == "FAILED"
