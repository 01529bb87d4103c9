"""Base model mixins and the append-only, hash-chained audit log."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class Versioned(models.Model):
    """Optimistic concurrency: an edit names the version it read; a stale edit is refused."""

    version = models.PositiveIntegerField(default=1, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        abstract = True


class AuditEvent(models.Model):
    """One row per object changed; `action_id` groups the rows of one user action."""

    action_id = models.UUIDField(db_index=True)
    action = models.CharField(max_length=64)  # e.g. "unit.move"
    source = models.CharField(max_length=16)  # web, api, cli, import, demo
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_label = models.CharField(max_length=150)
    at = models.DateTimeField()
    verb = models.CharField(max_length=8)  # create, update, delete
    model = models.CharField(max_length=64)
    object_id = models.CharField(max_length=64)
    before = models.JSONField(null=True, blank=True)
    after = models.JSONField(null=True, blank=True)
    payload_hash = models.CharField(max_length=64, default="")  # sha256 of before/after; the chain covers it
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)
    # set when an erasure replaced before/after by a tombstone: the id of that erasure event
    erased_by = models.BigIntegerField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["model", "object_id"])]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.actor_label} {self.action} {self.model}#{self.object_id}"
