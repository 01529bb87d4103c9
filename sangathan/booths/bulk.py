"""Re-evaluate many booths at once (after a bulk import) and move their rollup contributions together.

One aggregate query recounts the seats of every touched booth; the strength rules are evaluated in
Python by the same `rules.evaluate` that actions, rebuilds and `verify` use (memoised on the facts,
which repeat a lot); the new states and the per-booth rollup deltas go back in one bulk load, then
one UPDATE ... FROM stores the states and one INSERT ... SELECT ... ON CONFLICT adds the deltas to
every ancestor's rollup row, fanned out over the materialised paths and summed per ancestor.
"""

from __future__ import annotations

import datetime

from django.db import connection

from sangathan.booths.models import (
    BoothCommittee,
    BoothRollup,
    CommitteeMember,
    CommitteeRole,
)
from sangathan.booths.rules import Facts, evaluate, load_rules, required_role_ids
from sangathan.booths.state import clock_day
from sangathan.dashboards import sqltools as sql
from sangathan.org.models import Unit

R = "import_booth_states"
C, M, U = BoothCommittee._meta.db_table, CommitteeMember._meta.db_table, Unit._meta.db_table
ROLES, ROLLUP = CommitteeRole._meta.db_table, BoothRollup._meta.db_table
STATE = ["members", "seats", "verified_seats", "pages_covered", "formed", "verified", "active_until"]
DELTAS = ["committees", "formed", "verified", "active", "members"]  # `booths` never moves on a refresh


def _facts_sql(booths_sql: str, role_ids: list[int]) -> str:
    return f"""SELECT c.unit_id, c.voter_list_pages, c.last_meeting_on, c.members, c.seats, c.verified_seats,
            c.pages_covered, c.formed, c.verified, c.active_until, f.members, f.seats, f.verified, f.pages{
            ''.join(f', f.r{i}' for i in range(len(role_ids)))}
        FROM ({booths_sql}) t JOIN {C} c ON c.unit_id = t.unit_id
        LEFT JOIN (SELECT m.committee_id, COUNT(DISTINCT m.person_id) AS members, COUNT(*) AS seats,
                COUNT(m.verified_at) AS verified,
                COUNT(DISTINCT CASE WHEN r.per_page AND m.page >= 1 AND m.page <= b.voter_list_pages
                                    THEN m.page END) AS pages{
                ''.join(f', SUM(CASE WHEN m.role_id = {int(r)} THEN 1 ELSE 0 END) AS r{i}'
                        for i, r in enumerate(role_ids))}
            FROM ({booths_sql}) t2 JOIN {M} m ON m.committee_id = t2.unit_id
            JOIN {C} b ON b.unit_id = m.committee_id JOIN {ROLES} r ON r.id = m.role_id
            GROUP BY m.committee_id) f ON f.committee_id = c.unit_id"""


def refresh_booths(booths_sql: str) -> int:
    """Like `state.refresh` for every booth the query `booths_sql` (one column, unit_id) returns,
    in a fixed number of statements. Returns how many booths' rollup contributions moved."""
    day, rules = clock_day(), load_rules()
    roles = sorted(required_role_ids(rules))
    memo: dict[tuple, tuple] = {}
    out: list[tuple] = []
    changed = 0
    for row in sql.fetch(_facts_sql(booths_sql, roles)):
        uid, pages, last, o_members, o_seats, o_verified_seats, o_pages, o_formed, o_verified, o_until = row[:10]
        members, seats, verified, covered = (int(x or 0) for x in row[10:14])
        present = frozenset(r for r, n in zip(roles, row[14:]) if n)
        key = (members, seats, verified, covered, pages, last, present)
        state = memo.get(key)
        if state is None:
            f = Facts(members=members, seats=seats, verified_seats=verified, role_ids=set(present), pages=pages,
                      pages_covered=covered, last_meeting=last)
            state = memo[key] = evaluate(rules, f)
        new = (members, seats, verified, covered, state.formed, state.verified, state.active_until)
        old = (o_members, o_seats, o_verified_seats, o_pages, bool(o_formed), bool(o_verified), o_until)
        if new == old:
            continue
        deltas = (_on(seats) - _on(o_seats), int(state.formed) - int(bool(o_formed)),
                  int(state.verified) - int(bool(o_verified)), _active(state.active_until, day) - _active(o_until, day),
                  members - o_members)
        changed += any(deltas)
        out.append((uid, *new, *deltas))
    if not out:
        return 0
    _store(out)
    return changed


def _on(seats: int) -> int:
    return int(seats > 0)


def _active(until: datetime.date | None, day: datetime.date) -> int:
    return int(until is not None and until >= day)


def _store(rows: list[tuple]) -> None:
    cols = ["unit_id", *STATE, *(f"d_{k}" for k in DELTAS)]
    sql.run(f"DROP TABLE IF EXISTS {R}")
    sql.run(f"""CREATE TEMP TABLE {R} (unit_id bigint, members integer, seats integer, verified_seats integer,
        pages_covered integer, formed boolean, verified boolean, active_until date,
        {', '.join(f'd_{k} integer' for k in DELTAS)})""")
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            with cur.cursor.copy(f"COPY {R} ({', '.join(cols)}) FROM STDIN") as cp:
                for r in rows:
                    cp.write_row(r)
            cur.execute(f"ANALYZE {R}")
        else:
            cur.executemany(f"INSERT INTO {R} VALUES ({', '.join(['%s'] * len(cols))})", rows)
    sql.run(f"UPDATE {C} SET {', '.join(f'{k} = r.{k}' for k in STATE)} FROM {R} r WHERE {C}.unit_id = r.unit_id")
    anc = sql.ancestor_sql("u.path")
    sums = ", ".join(f"SUM(r.d_{k})" for k in DELTAS)
    moved = " OR ".join(f"r.d_{k} <> 0" for k in DELTAS)
    sql.run(f"""INSERT INTO {ROLLUP} (unit_id, booths, {', '.join(DELTAS)})
        SELECT {anc}, 0, {sums} FROM {R} r JOIN {U} u ON u.id = r.unit_id
        JOIN ({sql.depths_sql(sql.max_depth())}) d ON {sql.ancestor_join('u.path')}
        WHERE {moved} GROUP BY {anc}
        ON CONFLICT (unit_id) DO UPDATE SET {', '.join(f'{k} = {ROLLUP}.{k} + excluded.{k}' for k in DELTAS)}""")
    sql.run(f"DROP TABLE {R}")


def refresh_many(unit_ids: list[int]) -> int:
    """`refresh_booths` for a list of booth ids."""
    if not unit_ids:
        return 0
    ids = ", ".join(str(int(i)) for i in unit_ids)
    return refresh_booths(f"SELECT id AS unit_id FROM {U} WHERE id IN ({ids})")
