"""Jobs on the durable queue (django-tasks, database backend; worked by `sangathan worker`)."""

from __future__ import annotations

from django_tasks import task


@task()
def send_notices(batch_id: int) -> dict:
    """Send a batch of notices chunk by chunk; the batch row holds the progress."""
    from sangathan.mobilise.notices import run_batch

    b = run_batch(batch_id)
    return {"total": b.total, "done": b.done, "emailed": b.emailed, "texted": b.texted, "by_hand": b.by_hand}
