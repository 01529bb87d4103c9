"""What other apps ask the booths app (see sangathan/elections/committees.py for the interface)."""

from __future__ import annotations

from collections.abc import Iterable

from django.utils import timezone

from sangathan.booths.models import BoothCommittee
from sangathan.core.tree import subtree_q
from sangathan.org.models import Unit


def committee_status_by_booth(unit_ids: Iterable[int]) -> dict[int, str]:
    """"active", "formed" or absent ("none") per unit id, for the election analysis's committee join.

    A booth unit has its own committee's status. A unit above booths (the AC unit an AC-level result
    row joins when no Form 20 exists) takes the status at least half of its booths have: its booth
    committees as a whole, which is what an AC-level comparison can tell.
    """
    ids = set(unit_ids)
    if not ids:
        return {}
    day = timezone.localdate()
    status = {}
    for uid, formed, until in BoothCommittee.objects.filter(unit_id__in=ids).values_list("unit_id", "formed",
                                                                                       "active_until"):
        if until is not None and until >= day:
            status[uid] = "active"
        elif formed:
            status[uid] = "formed"
    units = Unit.objects.filter(pk__in=ids - set(status)).select_related("level")
    for unit in units:
        if unit.level.key == "booth":
            continue  # a booth without a committee row: none
        below = BoothCommittee.objects.filter(subtree_q("unit__path", unit.path))
        booths = Unit.objects.filter(subtree_q("path", unit.path), level__key="booth").count()
        if not booths:
            continue
        active = below.filter(active_until__gte=day).count()
        formed = below.filter(formed=True).count()
        if 2 * active >= booths:
            status[unit.pk] = "active"
        elif 2 * formed >= booths:
            status[unit.pk] = "formed"
    return status
