"""Re-evaluate many booths at once (after a bulk import) and move their rollup contributions together."""

from __future__ import annotations

from django.db import connection
from django.db.models import Count, F, Q

from sangathan.booths.models import BoothCommittee, CommitteeMember
from sangathan.booths.rebuild import DERIVED
from sangathan.booths.rules import Facts, evaluate, load_rules, required_role_ids
from sangathan.booths.state import apply_many, clock_day, contribution, diff, store

CHUNK = 5000


def write_states(committees: list[BoothCommittee]) -> None:
    """Store derived state with one pipelined UPDATE per committee (Django's bulk_update builds
    CASE expressions that cost more than the rest of an import)."""
    sets = ", ".join(f"{c} = %s" for c in DERIVED)
    rows = [(*(getattr(c, k) for k in DERIVED), c.unit_id) for c in committees]
    with connection.cursor() as cur:
        cur.executemany(f"UPDATE {BoothCommittee._meta.db_table} SET {sets} WHERE unit_id = %s", rows)


def refresh_many(unit_ids: list[int]) -> int:
    """Like `state.refresh` for every booth in `unit_ids`, with a handful of queries per chunk."""
    day, rules = clock_day(), load_rules()
    roles = required_role_ids(rules)
    changed = 0
    for i in range(0, len(unit_ids), CHUNK):
        chunk = unit_ids[i:i + CHUNK]
        committees = {c.unit_id: c for c in BoothCommittee.objects.filter(unit_id__in=chunk)}
        ann = {"members": Count("person", distinct=True), "seats": Count("id"), "verified": Count("verified_at"),
               "pages": Count("page", distinct=True, filter=Q(role__per_page=True, page__gte=1,
                                                              page__lte=F("committee__voter_list_pages")))}
        ann |= {f"r{r}": Count("id", filter=Q(role_id=r)) for r in roles}
        facts = {r["committee_id"]: r for r in CommitteeMember.objects.filter(committee_id__in=chunk)
                 .values("committee_id").annotate(**ann).order_by()}
        paths = dict(BoothCommittee.objects.filter(unit_id__in=chunk).values_list("unit_id", "unit__path"))
        deltas, dirty = [], []
        for uid, c in committees.items():
            old = contribution(c, day)
            s = facts.get(uid, {})
            f = Facts(members=s.get("members", 0), seats=s.get("seats", 0), verified_seats=s.get("verified", 0),
                      role_ids={r for r in roles if s.get(f"r{r}", 0)}, pages=c.voter_list_pages,
                      pages_covered=s.get("pages", 0), last_meeting=c.last_meeting_on)
            store(c, f, evaluate(rules, f))
            d = diff(old, contribution(c, day))
            if any(d.values()):
                deltas.append((paths[uid], d))
            dirty.append(c)
        write_states(dirty)
        apply_many(deltas)
        changed += len(deltas)
    return changed
