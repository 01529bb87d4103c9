"""Keep activity day buckets in step: created, deleted and edited activities, and moved subtrees."""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from sangathan.activities.signals import activity_edited
from sangathan.org.signals import unit_moved


@receiver(post_save, sender="activities.Activity")
def activity_saved(sender, instance, created: bool, **kwargs) -> None:
    from sangathan.dashboards.rollups import activity_changed

    if created:
        activity_changed(instance, +1)


@receiver(post_delete, sender="activities.Activity")
def activity_deleted(sender, instance, **kwargs) -> None:
    from sangathan.dashboards.rollups import activity_changed

    activity_changed(instance, -1)


@receiver(activity_edited)
def activity_edited_rollup(sender, before, after, **kwargs) -> None:
    from sangathan.dashboards.rollups import activity_changed

    activity_changed(before, -1)
    activity_changed(after, +1)


@receiver(unit_moved)
def subtree_moved(sender, **kwargs) -> None:
    """Buckets are keyed by the organising unit's depth, which a move can change: recount the window.

    Moves are rare, and the rollup only keeps a bounded window of days, so this stays cheap.
    """
    from sangathan.dashboards.rollups import rebuild_activities

    rebuild_activities()
