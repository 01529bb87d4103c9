"""Rebuild and verify booth committee states and booth rollups from the source rows.

`rebuild` re-evaluates every committee from its seats and the meeting activities, then rewrites
the rollup table with one aggregate statement. `verify` recomputes both and lists differences
without writing: rollups are derived data and must never drift silently.
"""

from __future__ import annotations

from collections.abc import Iterator

from django.db import transaction
from django.db.models import Count, F, Max, Q
from django.utils import timezone

from sangathan.booths.models import BoothClock, BoothCommittee, BoothRollup, CommitteeMember
from sangathan.booths.rules import Facts, evaluator, load_rules, required_role_ids
from sangathan.booths.state import booth_level, store
from sangathan.dashboards import sqltools as sql
from sangathan.org.models import Unit

DERIVED = ["members", "seats", "verified_seats", "pages_covered", "formed", "verified", "active_until", "last_meeting_on"]


def _seat_facts(role_ids: set[int]) -> dict[int, dict]:
    ann = {"members": Count("person", distinct=True), "seats": Count("id"), "verified": Count("verified_at"),
           "pages": Count("page", distinct=True, filter=Q(role__per_page=True, page__gte=1,
                                                          page__lte=F("committee__voter_list_pages")))}
    ann |= {f"r{r}": Count("id", filter=Q(role_id=r)) for r in role_ids}
    return {row["committee_id"]: row for row in
            CommitteeMember.objects.values("committee_id").annotate(**ann).order_by().iterator(chunk_size=20000)}


def _meetings() -> dict[int, object]:
    from sangathan.activities.models import Activity, Kind

    lv = booth_level()
    rows = (Activity.objects.filter(kind=Kind.MEETING, unit__level=lv).values("unit_id")
            .annotate(m=Max("starts_at")).order_by().values_list("unit_id", "m"))
    return {u: timezone.localdate(m) for u, m in rows.iterator(chunk_size=20000) if m}


def recomputed() -> Iterator[tuple[BoothCommittee, bool]]:
    """Every committee with its state re-evaluated from source; the flag says it changed."""
    rules = load_rules()
    roles, run_rules = required_role_ids(rules), evaluator(rules)
    seats, meetings = _seat_facts(roles), _meetings()
    for c in BoothCommittee.objects.order_by("unit_id").iterator(chunk_size=20000):
        s = seats.get(c.unit_id, {})
        f = Facts(members=s.get("members", 0), seats=s.get("seats", 0), verified_seats=s.get("verified", 0),
                  role_ids={r for r in roles if s.get(f"r{r}", 0)}, pages=c.voter_list_pages,
                  pages_covered=s.get("pages", 0), last_meeting=meetings.get(c.unit_id))
        before = tuple(getattr(c, k) for k in DERIVED)
        c.last_meeting_on = f.last_meeting
        store(c, f, run_rules(f))
        yield c, before != tuple(getattr(c, k) for k in DERIVED)


def _rollup_select() -> tuple[str, list]:
    lv = booth_level()
    u, c = Unit._meta.db_table, BoothCommittee._meta.db_table
    anc = sql.ancestor_sql("u.path")
    q = f"""SELECT {anc} AS anc, COUNT(*),
        SUM(CASE WHEN c.seats > 0 THEN 1 ELSE 0 END), SUM(CASE WHEN c.formed THEN 1 ELSE 0 END),
        SUM(CASE WHEN c.verified THEN 1 ELSE 0 END), SUM(CASE WHEN c.active_until >= %s THEN 1 ELSE 0 END),
        SUM(COALESCE(c.members, 0))
      FROM {u} u LEFT JOIN {c} c ON c.unit_id = u.id
      JOIN ({sql.depths_sql(sql.max_depth())}) d ON {sql.ancestor_join('u.path')}
      WHERE u.level_id = %s GROUP BY {anc}"""
    return q, [timezone.localdate(), lv.pk if lv else -1]


@transaction.atomic
def rebuild(states: bool = True) -> dict[str, int]:
    """Re-evaluate committees (unless `states=False`) and rewrite every booth rollup row."""
    sql.tune_session()
    changed = 0
    if states:
        batch: list[BoothCommittee] = []
        for c, diff in recomputed():
            if diff:
                batch.append(c)
            if len(batch) >= 5000:
                BoothCommittee.objects.bulk_update(batch, DERIVED)
                changed, batch = changed + len(batch), []
        BoothCommittee.objects.bulk_update(batch, DERIVED)
        changed += len(batch)
    BoothClock.objects.update_or_create(pk=1, defaults={"day": timezone.localdate()})
    table = BoothRollup._meta.db_table
    sql.run(f"DELETE FROM {table}")
    q, params = _rollup_select()
    rows = sql.run(f"INSERT INTO {table} (unit_id, booths, committees, formed, verified, active, members) {q}", params)
    return {"committees_changed": changed, "rollup_rows": rows}


def verify(limit: int = 20) -> list[str]:
    """Differences between stored and recomputed states and rollups (empty: all consistent)."""
    problems = [f"booth {c.unit_id}: stored committee state is stale" for c, diff in recomputed() if diff]
    q, params = _rollup_select()
    expected = {r[0]: tuple(int(x or 0) for x in r[1:]) for r in sql.fetch(q, params)}
    from sangathan.booths.state import clock_day

    clock_day()
    stored = {r[0]: tuple(r[1:]) for r in BoothRollup.objects.values_list("unit_id", *BoothRollup.COUNTS).iterator()}
    for uid in sorted(set(expected) | set(stored)):
        want, got = expected.get(uid, (0,) * 6), stored.get(uid, (0,) * 6)
        if want != got:
            problems.append(f"unit {uid}: rollup {dict(zip(BoothRollup.COUNTS, got))} "
                            f"!= recount {dict(zip(BoothRollup.COUNTS, want))}")
    return problems[:limit] if limit else problems
