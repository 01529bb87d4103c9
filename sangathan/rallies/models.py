"""Rallies: a unit sets turnout targets (people, vehicles) for every unit of one level in its subtree.

Each target unit reports what it brought; `RallyRollup` keeps per-ancestor sums (targets against
reports) so the organiser's view at any level is one indexed read, laggards first.
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from sangathan.core.models import Versioned
from sangathan.core.scoping import ScopedManager

MAX_PEOPLE = 1_000_000  # per unit: a typo guard, far above any real turnout of one unit
MAX_VEHICLES = 10_000


class Rally(Versioned):
    organiser = models.ForeignKey("org.Unit", on_delete=models.PROTECT, related_name="rallies_organised",
                                  verbose_name=_("organised by"))
    target_level = models.ForeignKey("org.Level", on_delete=models.PROTECT, related_name="+",
                                     verbose_name=_("targets for every"))
    title = models.CharField(_("title"), max_length=300)
    place = models.CharField(_("place"), max_length=300, blank=True)
    held_on = models.DateField(_("date"))
    description = models.TextField(_("description"), blank=True)
    closed = models.BooleanField(_("closed"), default=False)
    targets_count = models.PositiveIntegerField(default=0, editable=False)

    objects = ScopedManager()
    scope_path = "organiser__path"

    class Meta:
        ordering = ["held_on", "id"]
        verbose_name = _("rally")

    def __str__(self) -> str:
        return self.title


class RallyTarget(models.Model):
    """One unit's target and, once it reports, what it brought."""

    rally = models.ForeignKey(Rally, on_delete=models.CASCADE, related_name="targets")
    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="rally_targets")
    people_target = models.PositiveIntegerField(_("people (target)"), default=0)
    vehicles_target = models.PositiveIntegerField(_("vehicles (target)"), default=0)
    people = models.PositiveIntegerField(_("people brought"), null=True, blank=True)
    vehicles = models.PositiveIntegerField(_("vehicles brought"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    reported_at = models.DateTimeField(null=True, blank=True)
    reported_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
                                    related_name="+")

    objects = ScopedManager()
    scope_path = "unit__path"

    class Meta:
        ordering = ["unit__path"]
        verbose_name = _("rally target")
        constraints = [models.UniqueConstraint(fields=["rally", "unit"], name="rally_target_unique")]
        indexes = [models.Index(fields=["unit", "rally"])]


class RallyRollup(models.Model):
    """A rally's targets and reports summed over one unit's subtree (the unit itself included)."""

    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="+")
    rally = models.ForeignKey(Rally, on_delete=models.CASCADE, related_name="rollups")
    targets = models.IntegerField(default=0)  # target units
    reported = models.IntegerField(default=0)  # of which have reported
    people_target = models.BigIntegerField(default=0)
    people = models.BigIntegerField(default=0)
    vehicles_target = models.BigIntegerField(default=0)
    vehicles = models.BigIntegerField(default=0)

    SUMS = ("targets", "reported", "people_target", "people", "vehicles_target", "vehicles")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["unit", "rally"], name="rally_rollup_unique")]
