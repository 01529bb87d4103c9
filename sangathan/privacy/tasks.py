"""Retention on the durable queue: the worker schedules it every SANGATHAN_RETENTION_EVERY_HOURS.

An admin need not remember a cron line: while a `sangathan worker` runs, retention is applied once
per period as a job (shown on the jobs page, audited as any `privacy.retention`). The period is
counted from the last such job, so it survives restarts; two workers racing to queue it at once
would only apply it twice, which changes nothing the second time (treated rows are not counted
again).
"""

from __future__ import annotations

import datetime

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext as _

from sangathan.jobs.models import Job
from sangathan.jobs.runtime import enqueue, job


@job(resumable=True)
def apply_retention(progress, actor_id: int) -> dict:
    from sangathan.privacy.actions import ApplyRetention

    actor = get_user_model().objects.get(pk=actor_id)
    done = ApplyRetention(actor, source="worker").run()
    progress.update(len(done), len(done), _("retention applied"))
    return {"rows": done, "summary": ", ".join(f"{label}: {n}" for label, n in done.items())}


def every() -> datetime.timedelta | None:
    hours = float(getattr(settings, "SANGATHAN_RETENTION_EVERY_HOURS", 24) or 0)
    return datetime.timedelta(hours=hours) if hours > 0 else None


def schedule_retention(now: datetime.datetime | None = None) -> Job | None:
    """Queue the retention job if it is due (none queued within the period) and there is something
    to apply it with: rules, and a superuser to act as (the earliest active one). Returns the job."""
    from sangathan.privacy.actions import retention_rules

    period = every()
    if period is None or not retention_rules():
        return None
    now = now or timezone.now()
    if Job.objects.filter(kind=apply_retention.module_path, created_at__gt=now - period).exists():
        return None
    actor = get_user_model().objects.filter(is_superuser=True, is_active=True).order_by("pk").first()
    if actor is None:
        return None
    return enqueue(apply_retention, actor.pk, user=actor, source="worker", title=_("Retention of personal data"))
