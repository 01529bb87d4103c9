"""Keep programme rollups in step when a subtree moves: its counts leave old ancestors, join new ones."""

from __future__ import annotations

from django.db.models import F
from django.dispatch import receiver

from sangathan.core.tree import ancestor_ids
from sangathan.org.signals import unit_moved


@receiver(unit_moved)
def subtree_moved(sender, unit, old_parent_path, new_parent_path, **kwargs) -> None:
    from sangathan.programmes.models import ProgrammeRollup

    cols = ProgrammeRollup.COUNTS
    for row in ProgrammeRollup.objects.filter(unit=unit).values("programme_id", *cols):
        old_ids, new_ids = ancestor_ids(old_parent_path) if old_parent_path else [], ancestor_ids(new_parent_path)
        ProgrammeRollup.objects.filter(programme_id=row["programme_id"], unit_id__in=old_ids).update(
            **{c: F(c) - row[c] for c in cols})
        ProgrammeRollup.objects.bulk_create(
            [ProgrammeRollup(unit_id=i, programme_id=row["programme_id"]) for i in new_ids], ignore_conflicts=True)
        ProgrammeRollup.objects.filter(programme_id=row["programme_id"], unit_id__in=new_ids).update(
            **{c: F(c) + row[c] for c in cols})
