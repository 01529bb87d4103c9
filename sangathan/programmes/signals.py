"""Keep programme rollups in step when a subtree moves: its counts leave old ancestors, join new ones."""

from __future__ import annotations

from django.dispatch import receiver

from sangathan.core.tree import move_rollup_rows
from sangathan.org.signals import unit_moved


@receiver(unit_moved)
def subtree_moved(sender, unit, old_parent_path, new_parent_path, **kwargs) -> None:
    from sangathan.programmes.models import ProgrammeRollup

    move_rollup_rows(ProgrammeRollup, "programme_id", ProgrammeRollup.COUNTS, unit, old_parent_path, new_parent_path)
