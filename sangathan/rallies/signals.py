"""Keep rally rollups in step when a subtree moves: its sums leave the old ancestors and join the new ones."""

from __future__ import annotations

from django.dispatch import receiver

from sangathan.core.tree import ancestor_ids, move_rollup_rows
from sangathan.org.signals import unit_deleted, unit_moved


@receiver(unit_moved)
def subtree_moved(sender, unit, old_parent_path, new_parent_path, **kwargs) -> None:
    from sangathan.rallies.models import RallyRollup

    move_rollup_rows(RallyRollup, "rally_id", RallyRollup.SUMS, unit, old_parent_path, new_parent_path)


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
