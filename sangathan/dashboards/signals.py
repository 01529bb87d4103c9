"""Count a created or deleted activity in its ancestors' day buckets (edits: see rollups verify)."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver


@receiver(post_save, sender="activities.Activity")
def activity_saved(sender, instance, created: bool, **kwargs) -> None:
    from sangathan.dashboards.rollups import activity_changed

    if created:
        activity_changed(instance, +1)


@receiver(post_delete, sender="activities.Activity")
def activity_deleted(sender, instance, **kwargs) -> None:
    from sangathan.dashboards.rollups import activity_changed

    activity_changed(instance, -1)
