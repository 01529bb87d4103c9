"""Keep a booth's 'last meeting' in step when the activities app creates or deletes a meeting.

Edits (a versioned queryset update) arrive as `activity_edited`; tree changes as the org signals.
`sangathan rollups verify` finds any drift left by other paths and `rebuild` repairs it.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from sangathan.activities.signals import activity_edited
from sangathan.org.models import Unit
from sangathan.org.signals import unit_deleted, unit_moved, units_created


@receiver(post_save, sender="activities.Activity")
@receiver(post_delete, sender="activities.Activity")
def meeting_changed(sender, instance, created: bool = True, **kwargs) -> None:
    from sangathan.booths import state

    if instance.kind != "meeting" or not created:
        return
    unit = instance.unit
    if state.is_booth(unit):
        state.refresh(unit)


@receiver(activity_edited)
def meeting_edited(sender, before, after, **kwargs) -> None:
    """A meeting moved to another booth or changed kind/date: both booths' state is re-evaluated."""
    from sangathan.booths import state

    for a in (before, after):
        unit = Unit.objects.get(pk=a.unit_id)
        if state.is_booth(unit) and "meeting" in (before.kind, after.kind):
            state.refresh(unit)


@receiver(units_created)
def booths_created(sender, units, **kwargs) -> None:
    """A new booth counts in its own and its ancestors' rollup rows."""
    from sangathan.booths import state

    level = state.booth_level()
    state.apply_many((u.path, {"booths": 1}) for u in units if level and u.level_id == level.pk)


@receiver(unit_deleted)
def booth_deleted(sender, unit, parent_path, **kwargs) -> None:
    from sangathan.booths import state

    level = state.booth_level()
    if level and unit.level_id == level.pk and parent_path:
        state.apply(parent_path, {"booths": -1})


@receiver(unit_moved)
def subtree_moved(sender, unit, old_parent_path, new_parent_path, **kwargs) -> None:
    """The moved subtree's totals leave the old ancestors and join the new ones."""
    from sangathan.booths import state
    from sangathan.booths.models import BoothRollup

    row = BoothRollup.objects.filter(unit=unit).values(*BoothRollup.COUNTS).first()
    if not row:
        return
    if old_parent_path:
        state.apply(old_parent_path, {k: -v for k, v in row.items()})
    state.apply(new_parent_path, row)
