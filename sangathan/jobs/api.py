"""API: the caller's jobs and one job's progress and result (someone else's job is a 404)."""

from __future__ import annotations

import datetime

from django.http import Http404
from ninja import Router, Schema

from sangathan.jobs.runtime import live, percent
from sangathan.jobs.views import mine

router = Router(tags=["jobs"])


class JobOut(Schema):
    id: int
    title: str
    status: str
    done: int
    total: int
    message: str
    percent: int
    attempts: int
    error: str
    result: dict
    result_url: str
    created_at: datetime.datetime
    finished_at: datetime.datetime | None


def _out(j) -> dict:
    done, total, message = live(j)
    return {"id": j.pk, "title": j.title, "status": j.status, "done": done, "total": total, "message": message,
            "percent": percent(j), "attempts": j.attempts, "error": j.error, "result": j.result,
            "result_url": j.result_url, "created_at": j.created_at, "finished_at": j.finished_at}


@router.get("/jobs", response=list[JobOut])
def list_jobs(request, limit: int = 50):
    return [_out(j) for j in mine(request.auth)[:max(1, min(limit, 500))]]


@router.get("/jobs/{job_id}", response=JobOut)
def get_job(request, job_id: int):
    j = mine(request.auth).filter(pk=job_id).first()
    if j is None:
        raise Http404
    return _out(j)
