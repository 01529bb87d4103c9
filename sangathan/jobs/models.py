"""What a user sees of a background job, and which workers are alive.

django-tasks keeps the queue (`DBTaskResult`); a `Job` is the user's side of one task: who started
it, what it is, how far it got (done / total / message), and its result or the reason it failed.
A `WorkerBeat` row per running `sangathan worker` says where it runs, so a job left RUNNING by a
worker that died can be told from one that is still being worked.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Job(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", _("queued")
        RUNNING = "running", _("running")
        DONE = "done", _("done")
        FAILED = "failed", _("failed")

    task_id = models.CharField(max_length=64, unique=True, null=True, blank=True)  # the task result's id
    kind = models.CharField(max_length=200)  # the task's import path
    title = models.CharField(_("job"), max_length=300)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    language = models.CharField(max_length=10, blank=True)  # the job reports in its starter's language
    status = models.CharField(_("status"), max_length=8, choices=Status.choices, default=Status.QUEUED)
    done = models.PositiveBigIntegerField(default=0)
    total = models.PositiveBigIntegerField(default=0)
    message = models.CharField(max_length=300, blank=True)
    result = models.JSONField(default=dict, blank=True)
    result_url = models.CharField(max_length=500, blank=True)
    error = models.TextField(blank=True)
    resumable = models.BooleanField(default=False)
    attempts = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-id"]
        indexes = [models.Index(fields=["created_by", "-id"])]

    def __str__(self) -> str:
        return self.title

    @property
    def active(self) -> bool:
        return self.status in (self.Status.QUEUED, self.Status.RUNNING)


class WorkerBeat(models.Model):
    """One running worker: its id (as django-tasks records it on each task it claims), host and process."""

    worker_id = models.CharField(max_length=64, primary_key=True)
    host = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    proc_start = models.CharField(max_length=32, blank=True)  # /proc start time: tells a reused pid apart
    started_at = models.DateTimeField(auto_now_add=True)
    beat_at = models.DateTimeField()
