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
from sangathan.core.tree import STEP
from sangathan.dashboards import sqltools as sql
from sangathan.org.models import Unit

R = "import_booth_states"
C, M, U = BoothCommittee._meta.db_table, CommitteeMember._meta.db_table, Unit._meta.db_table
ROLES, ROLLUP = CommitteeRole._meta.db_table, BoothRollup._meta.db_table
STATE = ["members", "seats", "verified_seats", "pages_covered", "formed", "verified", "active_until"]
DELTAS = ["committees", "formed", "verified", "active", "members"]  # `booths` never moves on a refresh


def _facts_sql(booths_sql: str, role_ids: list[int]) -> str:
    """Each touched booth's stored state and its recount, in one pass over its seats (the committee row
    is read once, with the seats joined to it, not a second time for a separate aggregate)."""
    cols = ("c.unit_id, c.voter_list_pages, c.last_meeting_on, c.members, c.seats, c.verified_seats, "
            "c.pages_covered, c.formed, c.verified, c.active_until")
    return f"""SELECT {cols}, COUNT(DISTINCT m.person_id), COUNT(m.committee_id), COUNT(m.verified_at),
            COUNT(DISTINCT CASE WHEN r.per_page AND m.page >= 1 AND m.page <= c.voter_list_pages
                                THEN m.page END){
            ''.join(f', SUM(CASE WHEN m.role_id = {int(r)} THEN 1 ELSE 0 END)' for r in role_ids)}
        FROM ({booths_sql}) t JOIN {C} c ON c.unit_id = t.unit_id
        LEFT JOIN {M} m ON m.committee_id = c.unit_id LEFT JOIN {ROLES} r ON r.id = m.role_id
        GROUP BY {cols}"""


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
    # every ancestor of a booth is the booth itself or an ancestor of its parent: the deltas are summed per
    # parent first (tens of booths share one), and only those sums are fanned out over the ancestors (a
    # national import touched 50,000 booths: 400,000 fanned rows before, about 65,000 now)
    moved = " OR ".join(f"r.d_{k} <> 0" for k in DELTAS)
    parent = f"substr(u.path, 1, length(u.path) - {STEP})"
    anc = sql.ancestor_sql("p.ppath")
    sql.run(f"""INSERT INTO {ROLLUP} (unit_id, booths, {', '.join(DELTAS)})
        SELECT x.uid, 0, {', '.join(f'SUM(x.{k})' for k in DELTAS)} FROM (
            SELECT r.unit_id AS uid, {', '.join(f'r.d_{k} AS {k}' for k in DELTAS)} FROM {R} r WHERE {moved}
            UNION ALL
            SELECT {anc}, {', '.join(f'p.{k}' for k in DELTAS)} FROM (
                SELECT {parent} AS ppath, {', '.join(f'SUM(r.d_{k}) AS {k}' for k in DELTAS)}
                FROM {R} r JOIN {U} u ON u.id = r.unit_id WHERE {moved} GROUP BY {parent}) p
            JOIN ({sql.depths_sql(sql.max_depth())}) d ON {sql.ancestor_join('p.ppath')}
        ) x GROUP BY x.uid
        ON CONFLICT (unit_id) DO UPDATE SET {', '.join(f'{k} = {ROLLUP}.{k} + excluded.{k}' for k in DELTAS)}""")
    sql.run(f"DROP TABLE {R}")


def refresh_many(unit_ids: list[int]) -> int:
    """`refresh_booths` for a list of booth ids."""
    if not unit_ids:
        return 0
    ids = ", ".join(str(int(i)) for i in unit_ids)
    return refresh_booths(f"SELECT id AS unit_id FROM {U} WHERE id IN ({ids})")
