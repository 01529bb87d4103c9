"""The staging table of a people import and the set queries that check and apply it."""

from __future__ import annotations

from collections.abc import Iterable

from django.db import connection

from sangathan.booths.models import BoothCommittee, CommitteeMember
from sangathan.dashboards import sqltools as sql
from sangathan.org.models import Level, Unit
from sangathan.people.models import Appointment, Person
from sangathan.synth.rows import RowError

T = "import_stage"
LOAD_COLS = ["line", "home_code", "name_hi", "name_en", "phone", "email", "name_key", "kind", "post_id", "role_id",
             "page", "unit_code", "wing_id", "start"]
U, P, A = Unit._meta.db_table, Person._meta.db_table, Appointment._meta.db_table
C, M = BoothCommittee._meta.db_table, CommitteeMember._meta.db_table


def create() -> None:
    sql.run(f"DROP TABLE IF EXISTS {T}")
    sql.run(f"""CREATE TEMP TABLE {T} (line integer, home_code text, name_hi text, name_en text, phone text,
        email text, name_key text, kind text, post_id bigint, role_id bigint, page integer, unit_code text,
        wing_id bigint, start date, home_id bigint, unit_id bigint, person_id bigint)""")


def drop() -> None:
    sql.run(f"DROP TABLE IF EXISTS {T}")


def load(rows: Iterable[tuple]) -> int:
    n = 0
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            with cur.cursor.copy(f"COPY {T} ({', '.join(LOAD_COLS)}) FROM STDIN") as cp:
                for r in rows:
                    cp.write_row(r)
                    n += 1
        else:
            q = f"INSERT INTO {T} ({', '.join(LOAD_COLS)}) VALUES ({', '.join(['%s'] * len(LOAD_COLS))})"
            batch: list[tuple] = []
            for r in rows:
                batch.append(r)
                if len(batch) >= 20000:
                    cur.executemany(q, batch)
                    n, batch = n + len(batch), []
            cur.executemany(q, batch)
            n += len(batch)
    sql.run(f"CREATE INDEX {T}_home ON {T} (home_id, name_hi, phone)")
    return n


def _codes(code_col: str, id_col: str, column: str) -> list[RowError]:
    sql.run(f"""UPDATE {T} SET {id_col} = u.id FROM (SELECT code, MIN(id) AS id FROM {U}
        WHERE code IN (SELECT DISTINCT {code_col} FROM {T}) GROUP BY code HAVING COUNT(*) = 1) u
        WHERE u.code = {T}.{code_col}""")
    rows = sql.fetch(f"""SELECT s.line, s.{code_col}, (SELECT COUNT(*) FROM {U} WHERE code = s.{code_col})
        FROM {T} s WHERE s.{id_col} IS NULL""")
    return [RowError(line, column, f"no unit has code '{code}'" if n == 0 else f"code '{code}' names {n} units")
            for line, code, n in rows]


def resolve(scope: list[tuple[str, str]] | None, booth: Level | None) -> list[RowError]:
    """Unit codes, the actor's scope, and booth-only committee seats, each error with its line."""
    errors = _codes("home_code", "home_id", "home_unit_code") + _codes("unit_code", "unit_id", "unit_code")
    if scope is not None:
        inside = " OR ".join(["(u.path >= %s AND u.path < %s)"] * len(scope))
        params = [x for pair in scope for x in pair]
        for id_col, column in (("home_id", "home_unit_code"), ("unit_id", "unit_code")):
            errors += [RowError(line, column, f"unit '{code}' is outside your scope") for line, code in sql.fetch(
                f"SELECT s.line, u.code FROM {T} s JOIN {U} u ON u.id = s.{id_col} WHERE NOT ({inside})", params)]
    errors += [RowError(line, "unit_code", f"'{code}' is not a booth; committee seats belong to booths")
               for line, code in sql.fetch(f"""SELECT s.line, u.code FROM {T} s JOIN {U} u ON u.id = s.unit_id
                   WHERE s.kind = 'seat' AND u.level_id <> %s""", [booth.pk if booth else -1])]
    errors += [RowError(line, "page", f"page {page} is beyond the booth's {pages} voter-list pages")
               for line, page, pages in sql.fetch(f"""SELECT s.line, s.page, c.voter_list_pages FROM {T} s
                   JOIN {C} c ON c.unit_id = s.unit_id WHERE s.kind = 'seat' AND s.page > 0
                   AND c.voter_list_pages > 0 AND s.page > c.voter_list_pages""")]
    return errors


def insert_people(now) -> int:
    n = sql.run(f"""INSERT INTO {P} (version, created_at, updated_at, name_hi, name_en, phone, email, home_unit_id, name_key)
        SELECT 1, %s, %s, s.name_hi, MAX(s.name_en), s.phone, MAX(s.email), s.home_id, MAX(s.name_key) FROM {T} s
        WHERE NOT EXISTS (SELECT 1 FROM {P} p WHERE p.home_unit_id = s.home_id AND p.name_hi = s.name_hi
                          AND p.phone = s.phone)
        GROUP BY s.home_id, s.name_hi, s.phone""", [now, now])
    sql.run(f"""UPDATE {T} SET person_id = (SELECT MIN(p.id) FROM {P} p WHERE p.home_unit_id = {T}.home_id
        AND p.name_hi = {T}.name_hi AND p.phone = {T}.phone)""")
    return n


def insert_appointments(now) -> int:
    return sql.run(f"""INSERT INTO {A} (version, created_at, updated_at, person_id, post_id, unit_id, wing_id, title, start)
        SELECT 1, %s, %s, s.person_id, s.post_id, s.unit_id, s.wing_id, '', s.start FROM {T} s
        WHERE s.kind = 'post' AND NOT EXISTS (SELECT 1 FROM {A} a WHERE a.person_id = s.person_id
            AND a.post_id = s.post_id AND a.unit_id = s.unit_id
            AND (a.wing_id = s.wing_id OR (a.wing_id IS NULL AND s.wing_id IS NULL))
            AND (a.start = s.start OR (a.start IS NULL AND s.start IS NULL)))
        GROUP BY s.person_id, s.post_id, s.unit_id, s.wing_id, s.start""", [now, now])


def insert_seats() -> tuple[int, int]:
    committees = sql.run(f"""INSERT INTO {C} (unit_id, voter_list_pages, members, seats, verified_seats,
            pages_covered, formed, verified)
        SELECT DISTINCT s.unit_id, 0, 0, 0, 0, 0, FALSE, FALSE FROM {T} s
        WHERE s.kind = 'seat' AND NOT EXISTS (SELECT 1 FROM {C} c WHERE c.unit_id = s.unit_id)""")
    seats = sql.run(f"""INSERT INTO {M} (committee_id, person_id, role_id, page)
        SELECT s.unit_id, s.person_id, s.role_id, s.page FROM {T} s
        WHERE s.kind = 'seat' AND NOT EXISTS (SELECT 1 FROM {M} m WHERE m.committee_id = s.unit_id
            AND m.person_id = s.person_id AND m.role_id = s.role_id AND m.page = s.page)
        GROUP BY s.unit_id, s.person_id, s.role_id, s.page""")
    return committees, seats


def seat_booths() -> list[int]:
    return [r[0] for r in sql.fetch(f"SELECT DISTINCT unit_id FROM {T} WHERE kind = 'seat' ORDER BY unit_id")]
