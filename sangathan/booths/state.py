"""Keep one booth's derived committee state and its ancestors' rollups in step, incrementally.

Actions call `refresh(booth)` after changing seats, pages or meetings: the booth is re-evaluated,
and the difference between its old and new contribution is added to every ancestor's rollup row
(two statements, whatever the tree's size).
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable

from django.db import connection, transaction
from django.db.models import F, Max
from django.utils import timezone

from sangathan.booths.models import BoothClock, BoothCommittee, BoothRollup, CommitteeMember, CommitteeRole
from sangathan.booths.rules import Facts, State, evaluate, load_rules
from sangathan.core.tree import ancestor_ids
from sangathan.org.models import Level, Unit

Delta = dict[str, int]


def booth_level() -> Level | None:
    """Booths are the units of the deepest configured level."""
    return Level.objects.order_by("-depth").first()


def is_booth(unit: Unit) -> bool:
    lv = booth_level()
    return lv is not None and unit.level_id == lv.pk


def contribution(c: BoothCommittee | None, day: datetime.date) -> Delta:
    """What one booth adds to each ancestor's rollup row on `day`."""
    if c is None:
        return {"booths": 1}
    return {"booths": 1, "committees": int(c.seats > 0), "formed": int(c.formed), "verified": int(c.verified),
            "active": int(c.active_until is not None and c.active_until >= day), "members": c.members}


def apply(path: str, delta: Delta) -> None:
    """Add `delta` to the rollup rows of the unit at `path` and all its ancestors."""
    delta = {k: v for k, v in delta.items() if v}
    if not delta:
        return
    ids = ancestor_ids(path)
    BoothRollup.objects.bulk_create([BoothRollup(unit_id=i) for i in ids], ignore_conflicts=True)
    BoothRollup.objects.filter(unit_id__in=ids).update(**{k: F(k) + v for k, v in delta.items()})


def apply_many(deltas: Iterable[tuple[str, Delta]]) -> None:
    """Sum many booths' deltas per ancestor first, then one pipelined UPDATE per touched unit."""
    per_unit: dict[int, Delta] = {}
    for path, delta in deltas:
        for uid in ancestor_ids(path):
            acc = per_unit.setdefault(uid, {})
            for k, v in delta.items():
                acc[k] = acc.get(k, 0) + v
    if not per_unit:
        return
    BoothRollup.objects.bulk_create([BoothRollup(unit_id=i) for i in per_unit], ignore_conflicts=True,
                                    batch_size=5000)
    cols = BoothRollup.COUNTS
    sets = ", ".join(f"{c} = {c} + %s" for c in cols)
    rows = [(*(d.get(c, 0) for c in cols), uid) for uid, d in per_unit.items() if any(d.values())]
    with connection.cursor() as cur:
        cur.executemany(f"UPDATE {BoothRollup._meta.db_table} SET {sets} WHERE unit_id = %s", rows)


def diff(old: Delta, new: Delta) -> Delta:
    return {k: new.get(k, 0) - old.get(k, 0) for k in set(old) | set(new)}


def today() -> datetime.date:
    return timezone.localdate()


def clock_day(day: datetime.date | None = None) -> datetime.date:
    """The rollups' day, advanced to today first (expiring booths whose meeting window lapsed).

    Claimed with a conditional UPDATE that must touch exactly one row, so two requests on a new
    day do not both expire the same booths.
    """
    day = day or today()
    row = BoothClock.objects.filter(pk=1).values_list("day", flat=True).first()
    if row is None:
        BoothClock.objects.get_or_create(pk=1, defaults={"day": day})
        return day
    if row >= day:
        return row
    with transaction.atomic():
        if BoothClock.objects.filter(pk=1, day=row).update(day=day) == 1:
            lapsed = (BoothCommittee.objects.filter(active_until__gte=row, active_until__lt=day)
                      .values_list("unit__path", flat=True).iterator(chunk_size=5000))
            apply_many((p, {"active": -1}) for p in lapsed)
    return day


def facts(c: BoothCommittee) -> Facts:
    """One committee's facts from its seats (a handful of rows)."""
    seats = list(CommitteeMember.objects.filter(committee=c).values_list("person_id", "role_id", "page", "verified_at"))
    per_page = set(CommitteeRole.objects.filter(per_page=True).values_list("pk", flat=True))
    pages = {p for _, r, p, _ in seats if r in per_page and 1 <= p <= c.voter_list_pages}
    return Facts(members=len({s[0] for s in seats}), seats=len(seats),
                 verified_seats=sum(1 for s in seats if s[3] is not None), role_ids={s[1] for s in seats},
                 pages=c.voter_list_pages, pages_covered=len(pages), last_meeting=c.last_meeting_on)


def store(c: BoothCommittee, f: Facts, s: State) -> None:
    c.members, c.seats, c.verified_seats, c.pages_covered = f.members, f.seats, f.verified_seats, f.pages_covered
    c.formed, c.verified, c.active_until = s.formed, s.verified, s.active_until


def last_meeting(booth: Unit) -> datetime.date | None:
    """The latest meeting activity at the booth: activities are the source of truth."""
    from sangathan.activities.models import Activity, Kind

    at = Activity.objects.filter(unit=booth, kind=Kind.MEETING).aggregate(m=Max("starts_at"))["m"]
    return timezone.localdate(at) if at else None


def refresh(booth: Unit, rules=None) -> BoothCommittee:
    """Re-evaluate one booth's committee and move its contribution in every ancestor's rollup."""
    day = clock_day()
    c, created = BoothCommittee.objects.select_for_update().get_or_create(unit=booth)
    old = contribution(None if created else c, day)
    if created and not BoothRollup.objects.filter(unit=booth, booths__gt=0).exists():
        old = {}  # a booth the rollups never counted (created after the last rebuild)
    c.last_meeting_on = last_meeting(booth)
    f = facts(c)
    store(c, f, evaluate(rules or load_rules(), f))
    c.save()
    apply(booth.path, diff(old, contribution(c, day)))
    return c


def status_counts(unit: Unit) -> dict[str, int]:
    """A unit's booth status counts from its rollup row (zeros when it has no booths)."""
    clock_day()
    row = BoothRollup.objects.filter(unit=unit).values(*BoothRollup.COUNTS).first()
    return row or {k: 0 for k in BoothRollup.COUNTS}


