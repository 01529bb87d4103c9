"""Keep rally rollups in step when a subtree moves: its sums leave the old ancestors and join the new ones."""

from __future__ import annotations

from django.db.models import F
from django.dispatch import receiver

from sangathan.core.tree import ancestor_ids
from sangathan.org.signals import unit_deleted, unit_moved


@receiver(unit_moved)
def subtree_moved(sender, unit, old_parent_path, new_parent_path, **kwargs) -> None:
    from sangathan.rallies.models import RallyRollup

    cols = RallyRollup.SUMS
    for row in RallyRollup.objects.filter(unit=unit).values("rally_id", *cols):
        old_ids, new_ids = ancestor_ids(old_parent_path) if old_parent_path else [], ancestor_ids(new_parent_path)
        RallyRollup.objects.filter(rally_id=row["rally_id"], unit_id__in=old_ids).update(
            **{c: F(c) - row[c] for c in cols})
        RallyRollup.objects.bulk_create(
            [RallyRollup(unit_id=i, rally_id=row["rally_id"]) for i in new_ids], ignore_conflicts=True)
        RallyRollup.objects.filter(rally_id=row["rally_id"], unit_id__in=new_ids).update(
            **{c: F(c) + row[c] for c in cols})


@receiver(unit_deleted)
def unit_gone(sender, unit, parent_path, **kwargs) -> None:
    """The unit's targets went with it (cascade): recount the rallies that reached its parent."""
    from sangathan.rallies import rollups
    from sangathan.rallies.models import RallyRollup

    if not parent_path:
        return
    for rally_id in set(RallyRollup.objects.filter(unit_id=ancestor_ids(parent_path)[-1])
                        .values_list("rally_id", flat=True)):
        rollups.build(rally_id)
