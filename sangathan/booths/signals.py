"""Keep a booth's 'last meeting' in step when the activities app creates or deletes a meeting.

Edits through `save_versioned` (a queryset update) send no signal; `sangathan rollups verify`
finds any drift and `rebuild` repairs it (see docs/booths.md).
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver


@receiver(post_save, sender="activities.Activity")
@receiver(post_delete, sender="activities.Activity")
def meeting_changed(sender, instance, created: bool = True, **kwargs) -> None:
    from sangathan.booths import state

    if instance.kind != "meeting" or not created:
        return
    unit = instance.unit
    if state.is_booth(unit):
        state.refresh(unit)
