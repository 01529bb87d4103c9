"""Declare a job, enqueue it, report its progress.

    @job(resumable=True)
    def import_things(progress, path): ...
        progress.update(done, total, "parsing")
        return {"created": 12}

    j = enqueue(import_things, user=request.user, title="Import things.csv", path="...")

`job` makes a django-tasks task whose first argument is the `Job` row's id, so the same code runs
on the database queue (`sangathan worker`), on the immediate backend (tests) or on another
django-tasks backend (Redis/RQ, Celery). A job is *resumable* when running it again after an
interruption is safe (all-or-nothing writes, or steps it can skip): a worker that finds it left
RUNNING by a dead worker queues it again; any other interrupted job is marked failed with the reason.
"""

from __future__ import annotations

import datetime
import json
import os
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone, translation
from django_tasks import task, task_backends

from sangathan.jobs.models import Job

RESUMABLE: dict[str, bool] = {}  # task path -> may it run again after an interruption
MESSAGE_MAX = 300


class JobFailed(Exception):
    """A job's own, expected failure: `message` is shown to the user, `details` (JSON) below it."""

    def __init__(self, message: str, details: Any = None) -> None:
        super().__init__(message)
        self.message, self.details = message, details


def job(*, resumable: bool, queue_name: str = "default", priority: int = 0) -> Callable:
    def decorate(fn: Callable) -> Any:
        def runner(context, job_id: int, *args: Any, **kwargs: Any) -> Any:
            return _run(fn, context, job_id, args, kwargs)

        # a module-level name django-tasks can import: the Task object replaces `fn` in its module
        runner.__module__, runner.__name__, runner.__qualname__ = fn.__module__, fn.__name__, fn.__qualname__
        runner.__doc__ = fn.__doc__
        t = task(takes_context=True, queue_name=queue_name, priority=priority)(runner)
        RESUMABLE[t.module_path] = resumable
        return t

    return decorate


def mark_resumable(t: Any, resumable: bool = True) -> Any:
    """For a plain django-tasks task (no Job row): may recovery run it again?"""
    RESUMABLE[t.module_path] = resumable
    return t


def _durable(t: Any) -> bool:
    from django_tasks_db.backend import DatabaseBackend

    return isinstance(task_backends[t.backend], DatabaseBackend)


def enqueue(t: Any, *args: Any, user, title: str, source: str = "web", **kwargs: Any) -> Job:
    """Record the job (audited) and queue the task; on the database queue both in one transaction."""
    from sangathan.jobs.actions import CreateJob

    params = {"kind": t.module_path, "title": title[:300], "resumable": RESUMABLE.get(t.module_path, False),
              "language": translation.get_language() or ""}
    durable = _durable(t)
    with transaction.atomic():
        j = CreateJob(user, source=source, **params).run()
        if durable:
            result = t.enqueue(j.pk, *args, **kwargs)
            Job.objects.filter(pk=j.pk).update(task_id=str(result.id))
    if not durable:  # runs now (immediate backend) or on another broker, which must see the committed row
        result = t.enqueue(j.pk, *args, **kwargs)
        Job.objects.filter(pk=j.pk).update(task_id=str(result.id))
    j.refresh_from_db()
    return j


def _run(fn: Callable, context, job_id: int, args: tuple, kwargs: dict) -> Any:
    task_id = str(context.task_result.id)
    j = Job.objects.filter(pk=job_id).first()
    if j is None:
        raise JobFailed(f"job {job_id} does not exist")
    if j.status in (Job.Status.DONE, Job.Status.FAILED):  # delivered twice: the first run decided
        return j.result
    now = timezone.now()
    Job.objects.filter(pk=job_id).update(status=Job.Status.RUNNING, started_at=now, updated_at=now, task_id=task_id,
                                         attempts=F("attempts") + 1, error="")
    progress = Progress(job_id)
    try:
        with translation.override(j.language or None):
            result = fn(progress, *args, **kwargs)
    except JobFailed as e:
        _finish(job_id, progress, Job.Status.FAILED, error=e.message, result={"details": e.details})
        raise
    except Exception as e:
        _finish(job_id, progress, Job.Status.FAILED, error=f"{type(e).__name__}: {e}"[:4000],
                result={"traceback": traceback.format_exc()[-4000:]})
        raise
    _finish(job_id, progress, Job.Status.DONE, result=result if isinstance(result, dict) else {"value": result})
    return result


def _finish(job_id: int, progress: "Progress", status: str, *, error: str = "", result: dict) -> None:
    done, total, message = progress.last
    if status == Job.Status.DONE and total:
        done = total
    fields: dict[str, Any] = {"status": status, "error": error, "result": result, "finished_at": timezone.now(),
                              "updated_at": timezone.now(),
                              "done": done, "total": total, "message": message[:MESSAGE_MAX]}
    if progress.url:
        fields["result_url"] = progress.url
    Job.objects.filter(pk=job_id).update(**fields)
    progress.clear()


def fail_if_active(task_id: str, reason: str) -> int:
    """The task failed before its job could say so (its code could not be loaded, say): say it for it."""
    now = timezone.now()
    return Job.objects.filter(task_id=str(task_id), status__in=[Job.Status.QUEUED, Job.Status.RUNNING]).update(
        status=Job.Status.FAILED, error=reason[:4000], finished_at=now, updated_at=now)


def sidecar_dir() -> Path:
    return Path(settings.VAR_DIR) / "jobs" / "progress"


class Progress:
    """How far a job got. Written to the row; inside a transaction (an import holding SQLite's write
    lock, or a PostgreSQL transaction no one else can see yet) to a small file beside the database,
    which the jobs page reads while it is newer than the row."""

    def __init__(self, job_id: int, every: float = 0.5) -> None:
        self.job_id, self.every = job_id, every
        self.last: tuple[int, int, str] = (0, 0, "")
        self.url = ""
        self._at = 0.0

    def update(self, done: int, total: int | None = None, message: str | None = None) -> None:
        total = self.last[1] if total is None else total
        message = self.last[2] if message is None else str(message)[:MESSAGE_MAX]
        changed = message != self.last[2] or total != self.last[1]
        self.last = (int(done), int(total), message)
        now = time.monotonic()
        if not changed and done != total and now - self._at < self.every:
            return
        self._at = now
        if connection.in_atomic_block:
            self._write_sidecar()
        else:
            Job.objects.filter(pk=self.job_id).update(done=self.last[0], total=self.last[1], message=message,
                                                      updated_at=timezone.now())

    def result_url(self, url: str) -> None:
        self.url = url[:500]

    def _write_sidecar(self) -> None:
        path = sidecar_dir() / f"{self.job_id}.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"done": self.last[0], "total": self.last[1], "message": self.last[2],
                                   "at": timezone.now().isoformat()}), encoding="utf-8")
        os.replace(tmp, path)

    def clear(self) -> None:
        (sidecar_dir() / f"{self.job_id}.json").unlink(missing_ok=True)


def live(j: Job) -> tuple[int, int, str]:
    """The freshest progress of a job: the side file while it is newer than the row, else the row."""
    if j.active:
        try:
            data = json.loads((sidecar_dir() / f"{j.pk}.json").read_text(encoding="utf-8"))
            if j.updated_at is None or datetime.datetime.fromisoformat(data["at"]) > j.updated_at:
                return int(data["done"]), int(data["total"]), str(data["message"])
        except (OSError, ValueError, KeyError):
            pass
    return j.done, j.total, j.message


def percent(j: Job) -> int:
    if j.status == Job.Status.DONE:
        return 100
    done, total, _ = live(j)
    return min(100, int(100 * done / total)) if total else 0
