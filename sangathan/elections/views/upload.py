"""The upload page: files are stored, a job on the durable queue imports them, the page polls its progress."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse

from sangathan.elections import jobs
from sangathan.elections.forms import UploadForm
from sangathan.elections.models import ImportJob
from sangathan.elections.views.common import can_import
from sangathan.web.views.base import render


@login_required
def upload(request: HttpRequest) -> HttpResponse:
    if not can_import(request.user):
        raise Http404
    form = UploadForm(request.POST or None, request.FILES or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        d = form.cleaned_data
        job = ImportJob.objects.create(election_name=d["election"], created_by=request.user, params={
            "kind": d["kind"], "year": d["year"], "state": d["state"].code if d["state"] else "",
            "create_booths": d["create_booths"], "replace": d["replace"], "keep_bad_rows": d["keep_bad_rows"]})
        jobs.save_upload(job, d["files"], {r: d.get(r) for r in jobs.REFERENCE})
        jobs.start(job, request.user)
        return redirect("elections:job", job.pk)
    return render(request, "elections/upload.html", {"form": form})


def _job(request: HttpRequest, pk: int) -> ImportJob:
    """A job is seen by whoever started it (and superusers): it may list file paths and errors."""
    job = get_object_or_404(ImportJob, pk=pk)
    if job.created_by_id != request.user.pk and not request.user.is_superuser:
        raise Http404
    return job


@login_required
def job_page(request: HttpRequest, pk: int) -> HttpResponse:
    job = _job(request, pk)
    return render(request, "elections/job.html", {"job": job, **_state(job)})


@login_required
def job_progress(request: HttpRequest, pk: int) -> HttpResponse:
    """The fragment htmx swaps in every second; when done, htmx follows to the data-quality report."""
    job = _job(request, pk)
    resp = render(request, "elections/_progress.html", {"job": job, **_state(job)})
    if job.status == ImportJob.Status.DONE and job.election_id and request.headers.get("HX-Request"):
        resp["HX-Redirect"] = reverse("elections:detail", args=[job.election_id])
    return resp


def _state(job: ImportJob) -> dict:
    stage, done, total = jobs.state_of(job)
    pct = 100 if job.status == ImportJob.Status.DONE else (int(100 * done / total) if total else 0)
    return {"stage": stage, "done": done, "total": total, "percent": pct,
            "running": job.status in (ImportJob.Status.QUEUED, ImportJob.Status.RUNNING)}
