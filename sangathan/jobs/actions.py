"""Writes to jobs that are user actions, hence audited: starting a job and recovering interrupted ones.

Progress updates are not audited: they are the job reporting on itself many times a second, and what
the job changes in organisation data is audited by the actions it runs.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from sangathan.core.actions import Action
from sangathan.jobs.models import Job


class CreateJob(Action):
    name = "job.create"

    def check(self) -> None:
        if not (self.params.get("title") or "").strip():
            raise ValidationError({"title": _("a job needs a title")})

    def execute(self) -> Job:
        p = self.params
        j = Job.objects.create(kind=p["kind"], title=p["title"].strip(), resumable=p["resumable"],
                               language=p.get("language", ""),
                               created_by=self.actor if getattr(self.actor, "pk", None) else None)
        self.log("create", j)
        return j
