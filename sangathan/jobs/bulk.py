"""Bulk imports (people and committees, units) as jobs on the durable queue: `--queue` on their commands.

Each import is all or nothing in one transaction, so an import interrupted by a restart left nothing
written and is simply run again (resumable). The input file is copied under var/jobs/files/
when the job is queued (the original may be gone by the time a worker runs it) and removed at the end.
"""

from __future__ import annotations

import shutil
import uuid
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from sangathan.core.imports import ImportFailed
from sangathan.jobs.models import Job
from sangathan.jobs.runtime import JobFailed, Progress, enqueue, job


def queue_file(t, path: Path, *, user, title: str, source: str = "cli", **kwargs) -> Job:
    """Copy `path` beside the database and queue `t` to import the copy."""
    staging = Path(settings.VAR_DIR) / "jobs" / "files" / "incoming"
    staging.mkdir(parents=True, exist_ok=True)
    tmp = staging / f"{uuid.uuid4().hex}-{path.name}"
    shutil.copyfile(path, tmp)
    j = enqueue(t, str(tmp), user=user, title=title, source=source, user_id=user.pk, **kwargs)
    return j


def _user(user_id: int):
    return get_user_model().objects.get(pk=user_id)


def _failed(e: ImportFailed) -> JobFailed:
    return JobFailed(ngettext("%(n)s error; nothing was imported.", "%(n)s errors; nothing was imported.",
                              len(e.errors)) % {"n": len(e.errors)}, [str(x) for x in e.errors[:500]])


def _done(path: str) -> None:
    Path(path).unlink(missing_ok=True)


@job(resumable=True)
def import_people(progress: Progress, path: str, user_id: int) -> dict:
    from sangathan.synth.importer import ImportPeople

    if not Path(path).exists():
        raise JobFailed(_("the file to import is gone (%(path)s)") % {"path": path})
    progress.update(0, 2, _("checking and writing"))
    try:
        result = ImportPeople(_user(user_id), path=Path(path), progress=False).run()
    except ImportFailed as e:
        _done(path)
        raise _failed(e) from None
    _done(path)
    progress.update(2, 2, "")
    return {"summary": ", ".join(f"{k} {v}" for k, v in result.items()), **result}


@job(resumable=True)
def import_units(progress: Progress, path: str, user_id: int) -> dict:
    from sangathan.org.imports import ImportUnits

    if not Path(path).exists():
        raise JobFailed(_("the file to import is gone (%(path)s)") % {"path": path})
    progress.update(0, 2, _("checking and writing"))
    try:
        units = ImportUnits(_user(user_id), source="import", text=Path(path).read_text(encoding="utf-8-sig")).run()
    except ImportFailed as e:
        _done(path)
        raise _failed(e) from None
    _done(path)
    progress.update(2, 2, "")
    return {"summary": ngettext("%(n)s unit imported.", "%(n)s units imported.", len(units)) % {"n": len(units)},
            "units": len(units)}
