"""Programmes (directives): a unit sends a task down to every unit of one level in its subtree.

Each target reports done / partly / not done; `ProgrammeRollup` keeps per-ancestor counts so
completion at any level is one indexed read.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sangathan.core.models import Versioned
from sangathan.core.scoping import ScopedManager


class Programme(Versioned):
    issuer = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="programmes_issued",
                               verbose_name=_("issued by"))
    target_level = models.ForeignKey("org.Level", on_delete=models.PROTECT, related_name="+",
                                     verbose_name=_("to every"))
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"), blank=True)
    due = models.DateField(_("due by"))
    closed = models.BooleanField(_("closed"), default=False)
    targets_count = models.PositiveIntegerField(default=0, editable=False)

    objects = ScopedManager()
    scope_path = "issuer__path"

    class Meta:
        ordering = ["due", "id"]

    def __str__(self) -> str:
        return self.title


class Status(models.TextChoices):
    PENDING = "pending", _("not reported")
    DONE = "done", _("done")
    PARTLY = "partly", _("partly done")
    NOT_DONE = "not_done", _("not done")


class ProgrammeTarget(models.Model):
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="targets")
    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="programme_targets")
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    activity = models.ForeignKey("activities.Activity", null=True, blank=True, on_delete=models.SET_NULL,
                                 related_name="+", verbose_name=_("activity that did it"))
    note = models.CharField(_("note"), max_length=300, blank=True)
    reported_at = models.DateTimeField(null=True, blank=True)
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")

    objects = ScopedManager()
    scope_path = "unit__path"

    class Meta:
        ordering = ["unit__path"]
        constraints = [models.UniqueConstraint(fields=["programme", "unit"], name="programme_target_unique")]
        indexes = [models.Index(fields=["unit", "programme"])]


class ProgrammeRollup(models.Model):
    """A programme's target counts in one unit's subtree (the unit itself included)."""

    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="+")
    programme = models.ForeignKey(Programme, on_delete=models.CASCADE, related_name="rollups")
    targets = models.IntegerField(default=0)
    done = models.IntegerField(default=0)
    partly = models.IntegerField(default=0)
    not_done = models.IntegerField(default=0)

    COUNTS = ("targets", "done", "partly", "not_done")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["unit", "programme"], name="programme_rollup_unique")]
