"""Keep turnout rollups right when a subtree moves: rebuild the activities with invitees in it."""

from __future__ import annotations

from django.dispatch import receiver

from sangathan.org.signals import unit_moved


@receiver(unit_moved)
def subtree_moved(sender, unit, old_parent_path, new_parent_path, **kwargs) -> None:
    from sangathan.core.tree import subtree_q
    from sangathan.mobilise import rollups
    from sangathan.mobilise.models import Invitation

    unit.refresh_from_db(fields=["path"])
    for activity_id in (Invitation.objects.filter(subtree_q("unit__path", unit.path))
                        .values_list("activity_id", flat=True).distinct()):
        rollups.build(activity_id)
