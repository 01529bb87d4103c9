"""Web imports run in the background and report progress that the upload page polls every second.

Why progress is kept in memory as well as in the job row: during the write the worker holds the
database's write transaction (on SQLite the whole file), so the row can only change before and
after it; within one server process the in-memory figure keeps the bar moving meanwhile.
"""

from __future__ import annotations

import re
import shutil
import threading
import time
from pathlib import Path

from django.conf import settings
from django.db import connection
from django.utils import translation

from sangathan.elections.importer import ImportElection, ImportFailed
from sangathan.elections.models import ImportJob
from sangathan.elections.sources import Inputs

INLINE = False  # tests set this: run the job in the calling thread
PROGRESS: dict[int, tuple[str, int, int]] = {}
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


def start(job: ImportJob) -> None:
    if INLINE:
        run(job.pk)
        return
    # the worker reports in the uploader's language (a new thread starts with none active)
    threading.Thread(target=_thread, args=(job.pk, translation.get_language()), daemon=True,
                     name=f"election-import-{job.pk}").start()


def _thread(pk: int, language: str | None = None) -> None:
    try:
        with translation.override(language):
            run(pk)
    finally:
        connection.close()


def run(pk: int) -> None:
    """Run one job to the end, recording its outcome in the row (never raises)."""
    job = ImportJob.objects.select_related("created_by").get(pk=pk)
    ImportJob.objects.filter(pk=pk).update(status=ImportJob.Status.RUNNING, stage="parse")
    last = [0.0]

    def progress(stage: str, done: int, total: int) -> None:
        PROGRESS[pk] = (stage, done, total)
        now = time.monotonic()
        if not connection.in_atomic_block and (now - last[0] > 0.5 or done == total):
            last[0] = now
            ImportJob.objects.filter(pk=pk).update(stage=stage, done=done, total=total)

    p = job.params
    try:
        res = ImportElection(job.created_by, source="web", election=job.election_name, inputs=inputs_for(job),
                             kind=p.get("kind"), year=p.get("year"), create_booths=p.get("create_booths", False),
                             replace=p.get("replace", False), progress=progress).run()
    except ImportFailed as e:
        ImportJob.objects.filter(pk=pk).update(status=ImportJob.Status.FAILED, stage="",
                                               errors=[{**f.as_dict()} for f in e.findings])
    except Exception as e:  # noqa: BLE001 - the page must show why, whatever it was
        ImportJob.objects.filter(pk=pk).update(status=ImportJob.Status.FAILED, stage="",
                                               errors=[{"kind": type(e).__name__, "detail": str(e)[:2000]}])
    else:
        counts = {k: v for k, v in res.items() if k != "election"}
        ImportJob.objects.filter(pk=pk).update(status=ImportJob.Status.DONE, stage="", election=res["election"],
                                               result=counts, done=1, total=1)
    finally:
        PROGRESS.pop(pk, None)
        shutil.rmtree(workdir(job), ignore_errors=True)


def progress_of(job: ImportJob) -> tuple[str, int, int]:
    """The freshest progress figure: this process's memory while running, else the row."""
    return PROGRESS.get(job.pk, (job.stage, job.done, job.total))
