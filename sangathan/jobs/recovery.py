"""Find jobs left RUNNING by a worker that is gone; queue them again (resumable) or fail them with the reason.

A worker is gone when its heartbeat row names this host and its process no longer runs (exact, also
right after a crash), or, on another host, when it has not beaten for `SANGATHAN_WORKER_STALE`
seconds (default 600). A task claimed by a worker that never registered (a plain `db_worker`) counts
as gone once it has run that long.
"""

from __future__ import annotations

import datetime
import os
import socket
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.module_loading import import_string
from django_tasks_db.models import DBTaskResult
from django_tasks.base import TaskResultStatus

from sangathan.core import audit
from sangathan.jobs.models import Job, WorkerBeat
from sangathan.jobs.runtime import RESUMABLE

MAX_ATTEMPTS = 3
LOST = "sangathan.jobs.recovery.WorkerLost"


class WorkerLost(Exception):
    """The worker running the job stopped (killed, crashed, machine restarted) before it finished."""


def stale_after() -> datetime.timedelta:
    return datetime.timedelta(seconds=float(os.environ.get("SANGATHAN_WORKER_STALE", "600")))


def proc_start(pid: int) -> str:
    """The process's start time from /proc (empty where there is no /proc): a reused pid differs."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
            fields = fh.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return ""
    return "" if fields[0] == "Z" else fields[19]  # a zombie has exited; field 22 of stat is starttime


def pid_alive(pid: int, started: str = "") -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    now = proc_start(pid)
    if os.path.exists("/proc/self/stat"):
        return bool(now) and (not started or now == started)
    return True


def beat_alive(beat: WorkerBeat, now: datetime.datetime) -> bool:
    if beat.host == socket.gethostname():
        return pid_alive(beat.pid, beat.proc_start)
    return beat.beat_at > now - stale_after()


@dataclass
class Recovered:
    task_id: str
    job_id: int | None
    resumed: bool
    reason: str


def _resumable(task_path: str, j: Job | None) -> bool:
    if j is not None:
        return j.resumable
    if task_path not in RESUMABLE:
        try:
            import_string(task_path)  # importing the module registers its jobs
        except ImportError:
            return False
    return RESUMABLE.get(task_path, False)


def recover(exclude_worker: str = "") -> list[Recovered]:
    """Deal with every task whose worker is gone; returns what was done (also in the audit log)."""
    now = timezone.now()
    beats = {b.worker_id: b for b in WorkerBeat.objects.all()}
    out: list[Recovered] = []
    for r in DBTaskResult.objects.running().only("id", "task_path", "worker_ids", "started_at"):
        wid = r.worker_ids[-1] if r.worker_ids else ""
        if wid == exclude_worker:
            continue
        beat = beats.get(wid)
        if beat is not None and beat_alive(beat, now):
            continue
        if beat is None and r.started_at and r.started_at > now - stale_after():
            continue
        rec = _recover_one(r, wid, beat, now)
        if rec is not None:
            out.append(rec)
    for wid, beat in beats.items():  # forget dead workers once their tasks are dealt with
        if wid != exclude_worker and not beat_alive(beat, now):
            WorkerBeat.objects.filter(pk=wid).delete()
    return out


def recover_task(task_id, worker_id: str, how: str) -> Recovered | None:
    """This worker is stopping in the middle of a task: deal with it now rather than at the next start."""
    r = DBTaskResult.objects.running().filter(pk=task_id).first()
    if r is None:
        return None
    return _recover_one(r, worker_id, None, timezone.now(), how=how)


def _recover_one(r: DBTaskResult, wid: str, beat: WorkerBeat | None, now, how: str = "stopped") -> Recovered | None:
    j = Job.objects.filter(task_id=str(r.id)).first()
    attempts = j.attempts if j is not None else len(r.worker_ids)
    where = f"{wid[:12]}" + (f" (pid {beat.pid}, {beat.host})" if beat else "")
    resumable = _resumable(r.task_path, j)
    again = resumable and attempts < MAX_ATTEMPTS
    with translation.override((j.language if j else "") or None):
        how_text = _("was stopped") if how == "shutdown" else _("stopped")
        if again:
            reason = _("The worker %(worker)s %(how)s while running this job; it was queued again "
                       "(attempt %(n)s of %(max)s).") % {"worker": where, "how": how_text, "n": attempts + 1,
                                                        "max": MAX_ATTEMPTS}
        elif resumable:
            reason = _("The worker %(worker)s %(how)s while running this job; it was not run again because it "
                       "was interrupted %(n)s times.") % {"worker": where, "how": how_text, "n": attempts}
        else:
            reason = _("The worker %(worker)s %(how)s while running this job; it was not run again because it "
                       "may not safely run twice. Start it again if needed.") % {"worker": where, "how": how_text}
    with audit.context(None, "worker"), transaction.atomic():
        if again:
            n = DBTaskResult.objects.filter(pk=r.pk, status=TaskResultStatus.RUNNING).update(
                status=TaskResultStatus.READY, started_at=None)
            if n != 1:
                return None  # someone else recovered it first
            if j is not None:
                Job.objects.filter(pk=j.pk).update(status=Job.Status.QUEUED, message=reason[:300], updated_at=now)
        else:
            n = DBTaskResult.objects.filter(pk=r.pk, status=TaskResultStatus.RUNNING).update(
                status=TaskResultStatus.FAILED, finished_at=now, exception_class_path=LOST,
                traceback=f"{LOST}: {reason}\n", return_value=None)
            if n != 1:
                return None
            if j is not None:
                Job.objects.filter(pk=j.pk).update(status=Job.Status.FAILED, error=reason, finished_at=now,
                                                   updated_at=now)
        audit.record("job.recover", [("update", Job, j.pk if j else f"task:{r.pk}", None,
                                      {"task": str(r.pk), "task_path": r.task_path, "resumed": again,
                                       "reason": reason})])
    return Recovered(str(r.pk), j.pk if j else None, again, reason)
