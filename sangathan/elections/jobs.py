"""Web imports run on the durable job queue (`sangathan worker`) and report progress that the upload
page polls every second.

The ImportJob row keeps what only elections need (parameters, every error with file and line, the
counts); the `jobs.Job` it names (`params["job"]`) keeps the generic progress. During the write the
import holds the database's write transaction (on SQLite the whole file), so the rows can only
change before and after it; meanwhile progress goes to the job's side file (see `jobs.runtime`).
An upload interrupted by a restart is imported again from its stored files (it is all or nothing).
"""

from __future__ import annotations

import re
import shutil
import time
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sangathan.elections.importer import ImportElection, ImportFailed
from sangathan.elections.models import ImportJob
from sangathan.elections.sources import Inputs
from sangathan.jobs import titles
from sangathan.jobs.models import Job
from sangathan.jobs.runtime import JobFailed, Progress, enqueue, live
from sangathan.jobs.runtime import job as background

REFERENCE = ("candidates", "parties", "ac_to_pc", "published", "roll")


def workdir(job: ImportJob) -> Path:
    return Path(settings.VAR_DIR) / "elections" / "uploads" / str(job.pk)


def save_upload(job: ImportJob, files: list, refs: dict) -> None:
    """Store the uploaded files under var/ (data in data/, references by their role)."""
    base = workdir(job)
    (base / "data").mkdir(parents=True, exist_ok=True)
    for f in files:
        _write(base / "data" / _safe(f.name), f)
    for role, f in refs.items():
        if f:
            _write(base / f"{role}__{_safe(f.name)}", f)


def _safe(name: str) -> str:
    return re.sub(r"[^\w.\-]+", "_", Path(name).name)[:120] or "file.csv"


def _write(path: Path, upload) -> None:
    with path.open("wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)


def inputs_for(job: ImportJob) -> Inputs:
    base = workdir(job)
    refs = {role: next(iter(sorted(base.glob(f"{role}__*"))), None) for role in REFERENCE}
    return Inputs(paths=[base / "data"], state=job.params.get("state") or None, keep_bad_rows=bool(
        job.params.get("keep_bad_rows")), **refs)


def start(job: ImportJob, user, source: str = "web") -> Job:
    """Queue the import on the durable queue (`sangathan worker` runs it); the job page follows it."""
    bg = enqueue(import_upload, job.pk, user=user, source=source,
                 title=str(titles.ELECTION_IMPORT) % {"name": job.election_name})
    ImportJob.objects.filter(pk=job.pk).update(params={**job.params, "job": bg.pk})
    job.params = {**job.params, "job": bg.pk}
    return bg


@background(resumable=True)  # all or nothing in one transaction, files kept until the end: safe to run again
def import_upload(progress: Progress, pk: int) -> dict:
    """Run one upload to the end, recording its outcome in the ImportJob row as well."""
    job = ImportJob.objects.select_related("created_by").get(pk=pk)
    if job.status == ImportJob.Status.DONE:  # finished just before an interruption: nothing to redo
        return {"summary": "", "election": job.election_id}
    ImportJob.objects.filter(pk=pk).update(status=ImportJob.Status.RUNNING, stage="parse", errors=[])
    last = [0.0]

    def report(stage: str, done: int, total: int) -> None:
        progress.update(done, total, stage)
        now = time.monotonic()
        if not connection.in_atomic_block and (now - last[0] > 0.5 or done == total):
            last[0] = now
            ImportJob.objects.filter(pk=pk).update(stage=stage, done=done, total=total)

    p = job.params
    try:
        res = ImportElection(job.created_by, source="web", election=job.election_name, inputs=inputs_for(job),
                             kind=p.get("kind"), year=p.get("year"), create_booths=p.get("create_booths", False),
                             replace=p.get("replace", False), progress=report).run()
    except ImportFailed as e:
        errors = [{**f.as_dict()} for f in e.findings]
        ImportJob.objects.filter(pk=pk).update(status=ImportJob.Status.FAILED, stage="", errors=errors)
        shutil.rmtree(workdir(job), ignore_errors=True)
        progress.result_url(reverse("elections:job", args=[pk]))
        raise JobFailed(ngettext("%(n)s error; nothing was imported.", "%(n)s errors; nothing was imported.",
                                 len(errors)) % {"n": len(errors)},
                        [f"{e.get('file') or ''}:{e.get('line') or ''} {e.get('kind')}: {e.get('detail')}"
                         for e in errors[:50]]) from None
    except Exception as e:
        ImportJob.objects.filter(pk=pk).update(status=ImportJob.Status.FAILED, stage="",
                                               errors=[{"kind": type(e).__name__, "detail": str(e)[:2000]}])
        shutil.rmtree(workdir(job), ignore_errors=True)
        raise
    counts = {k: v for k, v in res.items() if k != "election"}
    election_id = getattr(res["election"], "pk", res["election"])
    ImportJob.objects.filter(pk=pk).update(status=ImportJob.Status.DONE, stage="", election=election_id,
                                           result=counts, done=1, total=1)
    shutil.rmtree(workdir(job), ignore_errors=True)
    progress.result_url(reverse("elections:detail", args=[election_id]))
    return {"summary": _("%(b)s booths and %(v)s votes imported.") % {"b": counts.get("booths", 0),
                                                                       "v": counts.get("votes", 0)},
            "election": election_id, **counts}


def background_of(job: ImportJob) -> Job | None:
    pk = job.params.get("job")
    return Job.objects.filter(pk=pk).first() if pk else None


def state_of(job: ImportJob) -> tuple[str, int, int]:
    """The freshest progress figure, from the queued job (its side file while the import writes).

    A job the worker recovery marked failed (its worker died and it ran out of attempts) shows as a
    failed import with the recovery's reason, though the import itself never got to say so."""
    bg = background_of(job)
    if bg is None:
        return job.stage, job.done, job.total
    if bg.status == Job.Status.FAILED and job.status in (ImportJob.Status.QUEUED, ImportJob.Status.RUNNING):
        job.status, job.errors = ImportJob.Status.FAILED, [{"kind": "interrupted", "detail": bg.error}]
    if bg.active:
        done, total, message = live(bg)
        return message, done, total
    return job.stage, job.done, job.total
