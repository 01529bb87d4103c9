"""Dashboard rollups that are not owned by booths or programmes: activities and vacant posts."""

from __future__ import annotations

from django.db import models
from django.utils.translation import gettext_lazy as _


class ActivityRollup(models.Model):
    """Activities per (ancestor unit, local day, kind, organising level depth)."""

    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    kind = models.CharField(max_length=20)
    level_depth = models.PositiveSmallIntegerField()
    n = models.IntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["unit", "day", "kind", "level_depth"],
                                               name="activity_rollup_unique")]


class PostRequirement(models.Model):
    """Data: every unit of `level` should have `count` current holders of `post` (e.g. a mandal president)."""

    level = models.ForeignKey("org.Level", on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey("people.PostType", on_delete=models.CASCADE, related_name="+")
    count = models.PositiveSmallIntegerField(_("holders expected"), default=1)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["level", "post"], name="post_requirement_unique")]


class VacancyRollup(models.Model):
    """Vacant seats of required posts in a unit's subtree, as of the last rebuild (`RollupRun`)."""

    unit = models.ForeignKey("org.Unit", on_delete=models.CASCADE, related_name="+")
    post = models.ForeignKey("people.PostType", on_delete=models.CASCADE, related_name="+")
    required = models.IntegerField(default=0)
    vacant = models.IntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["unit", "post"], name="vacancy_rollup_unique")]


class RollupRun(models.Model):
    """When each rollup family was last rebuilt (shown on dashboards next to derived figures)."""

    name = models.CharField(max_length=32, unique=True)
    at = models.DateTimeField()
    seconds = models.FloatField(default=0)
