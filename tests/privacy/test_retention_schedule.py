"""While a worker runs, retention is applied by itself once a period, as a job on the durable queue."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from sangathan.core.models import AuditEvent
from sangathan.jobs.models import Job
from sangathan.jobs.worker import Worker
from sangathan.press.models import Comment
from sangathan.privacy.tasks import apply_retention, schedule_retention


def _worker() -> Worker:
    return Worker(queue_names=["*"], interval=0, batch=True, backend_name="default", startup_delay=False,
                  max_tasks=1, worker_id="w", excluded_queue_names=[])


@pytest.fixture
def old_comment(durg_manager):
    from sangathan.activities.models import Activity
    from sangathan.press.actions import PublishNote, SubmitComment

    note = PublishNote(durg_manager, activity=Activity.objects.get(kind="virtual_meeting"), headline="बैठक",
                       body="दुर्ग।\nबैठक हुई।").run()
    c = SubmitComment(None, note=note, name="रमेश", email="ramesh@example.org", body="पुरानी", ip_hash="a").run()
    Comment.objects.filter(pk=c.pk).update(created_at=timezone.now() - datetime.timedelta(days=400))
    return c


def test_the_worker_queues_retention_once_a_period_and_it_runs_as_a_job(durable_tasks, settings, admin,
                                                                       old_comment):
    settings.SANGATHAN_RETENTION_EVERY_HOURS = 24
    w = _worker()
    w.recover()  # what the worker does at start and every minute
    j = Job.objects.get(kind=apply_retention.module_path)
    assert j.status == Job.Status.QUEUED and j.created_by == admin
    w.recover()
    assert Job.objects.filter(kind=apply_retention.module_path).count() == 1  # not twice in a period

    task = DBTaskResult.objects.get(pk=j.task_id)
    task.claim("w")
    w.run_task(task)
    j.refresh_from_db()
    assert j.status == Job.Status.DONE, j.error
    assert j.result["rows"]["press.comment"] == 1
    c = Comment.objects.get(pk=old_comment.pk)
    assert (c.name, c.email) == ("", "")
    e = AuditEvent.objects.get(action="privacy.retention", model="press.comment")
    assert e.source == "worker" and e.actor_label == "admin"

    assert schedule_retention(now=timezone.now() + datetime.timedelta(hours=25)) is not None  # the next period


def test_no_periodic_retention_when_the_period_is_zero(durable_tasks, settings, admin, old_comment):
    settings.SANGATHAN_RETENTION_EVERY_HOURS = 0
    _worker().recover()
    assert not Job.objects.filter(kind=apply_retention.module_path).exists()
    assert Comment.objects.get(pk=old_comment.pk).name == "रमेश"
