"""The jobs page: a user's own jobs with their progress (htmx polls while any runs) and results.

A job is seen by whoever started it and by superusers; anyone else gets a 404.
"""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404

from sangathan.jobs.models import Job
from sangathan.jobs.runtime import live, percent
from sangathan.web.views.base import paginate, render


def mine(user):
    return Job.objects.all() if user.is_superuser else Job.objects.filter(created_by=user)


def row(j: Job) -> dict:
    done, total, message = live(j)
    return {"job": j, "done": done, "total": total, "message": message, "percent": percent(j)}


@login_required
def job_list(request: HttpRequest) -> HttpResponse:
    page = paginate(request, mine(request.user).select_related("created_by"), per_page=30)
    rows = [row(j) for j in page.object_list]
    ctx = {"page": page, "rows": rows, "polling": any(r["job"].active for r in rows)}
    if request.htmx:
        return render(request, "jobs/_table.html", ctx)
    return render(request, "jobs/list.html", ctx)


def _job(request: HttpRequest, pk: int) -> Job:
    j = get_object_or_404(Job, pk=pk)
    if j.created_by_id != request.user.pk and not request.user.is_superuser:
        raise Http404
    return j


@login_required
def job_detail(request: HttpRequest, pk: int) -> HttpResponse:
    return render(request, "jobs/detail.html", row(_job(request, pk)))


@login_required
def job_progress(request: HttpRequest, pk: int) -> HttpResponse:
    """The fragment htmx swaps in every second while the job runs."""
    return render(request, "jobs/_progress.html", row(_job(request, pk)))
