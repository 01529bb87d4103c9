"""The staging tables of a people import and the set queries that check and apply it.

Every statement works on whole sets; nothing runs once per row:

- `import_stage`: one row per file line, loaded by COPY (PostgreSQL) or executemany (SQLite);
- `import_codes`: each distinct unit code of the file with its unit (or the number of units that
  carry it), so validation and inserts join a small table instead of rewriting the stage;
- `import_persons`: each distinct person key (home unit, name, phone) with the id of the existing
  person (one probe of the `person_natural_key` index per key), or a freshly allocated id for a new
  one (from the identity sequence on PostgreSQL, in key order);
- `import_new_seats`: the committee seats not already held, whose booths are then re-evaluated.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from django.db import connection
from django.utils.translation import gettext as _

from sangathan.booths.models import BoothCommittee, CommitteeMember
from sangathan.dashboards import sqltools as sql
from sangathan.org.models import Level, Unit
from sangathan.people.models import Appointment, Person
from sangathan.synth.rows import RowError

T, K, PK, NS, FC = "import_stage", "import_codes", "import_persons", "import_new_seats", "import_file_codes"
TEMP = (T, K, PK, NS, FC)
LOAD_COLS = ["line", "home_code", "name_hi", "name_en", "phone", "email", "name_key", "kind", "post_id", "role_id",
             "page", "unit_code", "wing_id", "start"]
U, P, A = Unit._meta.db_table, Person._meta.db_table, Appointment._meta.db_table
C, M = BoothCommittee._meta.db_table, CommitteeMember._meta.db_table
# a stage row's person: its home unit's id and its (name, phone)
PERSON_JOIN = f"JOIN {K} h ON h.code = s.home_code JOIN {PK} k ON k.home_id = h.id AND k.name_hi = s.name_hi AND k.phone = s.phone"


def _pg() -> bool:
    return connection.vendor == "postgresql"


def _analyze(table: str) -> None:
    """Temporary tables are never auto-analysed; the planner needs their sizes to pick hash joins."""
    if _pg():
        sql.run(f"ANALYZE {table}")


def create() -> None:
    if _pg():  # sorts and hashes of a few hundred thousand rows in memory; no JIT for one-off statements
        sql.run("SET LOCAL work_mem = '256MB'")
        sql.run("SET LOCAL jit = off")
        # The set queries below probe big tables' indexes for some ten thousand keys each. At the
        # default random_page_cost (4, for spinning disks) the planner would rather read and hash
        # the whole unit or committee table (a million rows, ~0.5 s a time on the national set);
        # 1.1 is the usual figure for SSDs and cached data, where the probes are ~5x cheaper.
        sql.run("SET LOCAL random_page_cost = 1.1")
        # the staging tables are ANALYZEd for their sizes and rough distinct counts; a sample of
        # 3,000 rows tells those as well as the default 30,000 and costs a tenth (0.25 s a time)
        sql.run("SET LOCAL default_statistics_target = 10")
    drop()
    sql.run(f"""CREATE TEMP TABLE {T} (line integer, home_code text, name_hi text, name_en text, phone text,
        email text, name_key text, kind text, post_id bigint, role_id bigint, page integer, unit_code text,
        wing_id bigint, start date)""")


def drop() -> None:
    for t in TEMP:
        sql.run(f"DROP TABLE IF EXISTS {t}")


def _write(table: str, cols: list[str], rows: Iterable[tuple]) -> int:
    """Stream rows into a staging table: COPY on PostgreSQL, executemany batches on SQLite."""
    n = 0
    with connection.cursor() as cur:
        if _pg():
            with cur.cursor.copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as cp:
                write = cp.write_row
                for r in rows:
                    write(r)
                    n += 1
        else:
            q = f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(['%s'] * len(cols))})"
            batch: list[tuple] = []
            for r in rows:
                batch.append(r)
                if len(batch) >= 20000:
                    cur.executemany(q, batch)
                    n, batch = n + len(batch), []
            cur.executemany(q, batch)
            n += len(batch)
    return n


def load(rows: Iterable[tuple]) -> int:
    n = _write(T, LOAD_COLS, rows)
    _analyze(T)
    return n


def _resolve_codes(codes: Iterable[str]) -> None:
    """Each distinct code of the file (gathered while its rows were read) with its unit: `n` units
    carry it (1: resolved)."""
    sql.run(f"CREATE TEMP TABLE {FC} (code text)")
    _write(FC, ["code"], ((c,) for c in codes if c))
    if _pg():
        # one probe of the code index per code, which also locks the units found FOR KEY SHARE (as a
        # foreign-key check would): none can be deleted before the import commits, so the units need
        # no second pass in `check_references`
        sql.run(f"""CREATE TEMP TABLE {K} AS SELECT c.code, COUNT(x.id) AS n, MIN(x.id) AS id, MIN(x.path) AS path,
                MIN(x.level_id) AS level_id
            FROM {FC} c LEFT JOIN LATERAL (SELECT u.id, u.path, u.level_id FROM {U} u WHERE u.code = c.code
                FOR KEY SHARE) x ON TRUE
            GROUP BY c.code""")
        _analyze(K)
    else:
        sql.run(f"""CREATE TEMP TABLE {K} AS
            SELECT c.code, COUNT(u.id) AS n, MIN(u.id) AS id, MIN(u.path) AS path, MIN(u.level_id) AS level_id
            FROM {FC} c LEFT JOIN {U} u ON u.code = c.code GROUP BY c.code""")
        sql.run(f"CREATE UNIQUE INDEX {K}_code ON {K} (code)")


def resolve(scope: list[tuple[str, str]] | None, booth: Level | None, codes: Iterable[str]) -> list[RowError]:
    """Unit codes, the actor's scope, booth-only committee seats and page ranges: one query, every
    error with its line."""
    _resolve_codes(codes)
    parts, params = [], []
    for code_col, column in (("home_code", "home_unit_code"), ("unit_code", "unit_code")):
        parts.append(f"""SELECT s.line, '{column}', 'code', c.code, c.n, 0 FROM {T} s
            JOIN {K} c ON c.code = s.{code_col} WHERE c.n <> 1""")
        if scope is not None:
            inside = " OR ".join(["(c.path >= %s AND c.path < %s)"] * len(scope))
            parts.append(f"""SELECT s.line, '{column}', 'scope', c.code, 0, 0 FROM {T} s
                JOIN {K} c ON c.code = s.{code_col} WHERE c.n = 1 AND NOT ({inside})""")
            params += [x for pair in scope for x in pair]
    parts.append(f"""SELECT s.line, 'unit_code', 'booth', c.code, 0, 0 FROM {T} s JOIN {K} c ON c.code = s.unit_code
        WHERE s.kind = 'seat' AND c.n = 1 AND c.level_id <> %s""")
    params.append(booth.pk if booth else -1)
    # driven by the file's seats with a page, one probe of the committee each (as a plain join the
    # planner, guessing one such row, walked all million committees to find none)
    parts.append(f"""SELECT line, 'page', 'page', '', page, pages FROM (
            SELECT s.line, s.page, (SELECT b.voter_list_pages FROM {C} b WHERE b.unit_id = c.id) AS pages
            FROM {T} s JOIN {K} c ON c.code = s.unit_code WHERE s.kind = 'seat' AND c.n = 1 AND s.page > 0) x
        WHERE pages > 0 AND page > pages""")
    errors = []
    for line, column, what, code, n, pages in sql.fetch(" UNION ALL ".join(parts), params):
        if what == "code":
            reason = (_("no unit has code '%(code)s'") % {"code": code} if n == 0
                      else _("code '%(code)s' names %(n)s units") % {"code": code, "n": n})
        elif what == "scope":
            reason = _("unit '%(code)s' is outside your scope") % {"code": code}
        elif what == "booth":
            reason = _("'%(code)s' is not a booth; committee seats belong to booths") % {"code": code}
        else:
            reason = _("page %(page)s is beyond the booth's %(pages)s voter-list pages") % {"page": n, "pages": pages}
        errors.append(RowError(line, column, reason))
    return errors


def insert_people(now) -> int:
    """Match every distinct person key against the people table (one probe of the `person_natural_key`
    index per key, never a read of the home units' other people), give the new ones ids, and insert
    them in one statement.

    New ids are handed out in (home unit, name, phone) order (PostgreSQL evaluates `nextval` after
    the ORDER BY), so the insert in id order also walks the primary key, the home-unit index and the
    natural-key index in order: each leaf page is dirtied once instead of once per row."""
    key_rows = f"""SELECT h.id AS home_id, s.name_hi, s.phone, MAX(s.name_en) AS name_en, MAX(s.email) AS email,
            MAX(s.name_key) AS name_key
        FROM {T} s JOIN {K} h ON h.code = s.home_code GROUP BY h.id, s.name_hi, s.phone"""
    # a correlated lookup (not a plain join, for which the planner may pick a hash join over the whole
    # table: 10M people on the national set): one index probe, ~4 index pages, per key
    probe = f"""SELECT MIN(p.id) FROM {P} p WHERE p.home_unit_id = k.home_id AND p.name_hi = k.name_hi
        AND p.phone = k.phone"""
    if _pg():  # LATERAL: one probe per key (a scalar subquery referenced twice below would run twice)
        matched = f"SELECT k.*, x.id AS existing_id FROM ({key_rows}) k LEFT JOIN LATERAL ({probe}) x(id) ON TRUE"
    else:
        matched = f"SELECT k.*, ({probe}) AS existing_id FROM ({key_rows}) k"
    if _pg():
        seq = sql.fetch(f"SELECT pg_get_serial_sequence('{P}', 'id')")[0][0]
        new_id, params = "nextval(%s::regclass)", [seq]
    else:
        base = sql.fetch(f"""SELECT MAX(m) FROM (SELECT COALESCE(MAX(id), 0) AS m FROM {P}
            UNION ALL SELECT COALESCE(MAX(seq), 0) FROM sqlite_sequence WHERE name = '{P}')""")[0][0]
        new_id = "%s + ROW_NUMBER() OVER (PARTITION BY e.existing_id IS NULL ORDER BY e.home_id, e.name_hi, e.phone)"
        params = [base]
    sql.run(f"""CREATE TEMP TABLE {PK} AS
        SELECT e.home_id, e.name_hi, e.phone, e.name_en, e.email, e.name_key,
            COALESCE(e.existing_id, {new_id}) AS person_id, e.existing_id IS NULL AS new
        FROM ({matched}) e ORDER BY e.home_id, e.name_hi, e.phone""", params)
    if _pg():
        _analyze(PK)
    else:
        sql.run(f"CREATE INDEX {PK}_key ON {PK} (home_id, name_hi, phone)")
    return sql.run(f"""INSERT INTO {P} (id, version, created_at, updated_at, name_hi, name_en, phone, email,
            home_unit_id, name_key)
        SELECT person_id, 1, %s, %s, name_hi, name_en, phone, email, home_id, name_key FROM {PK} WHERE new
        ORDER BY person_id""", [now, now])


def insert_appointments(now) -> int:
    """A new person's appointments are new; an existing person's are checked against the table."""
    return sql.run(f"""INSERT INTO {A} (version, created_at, updated_at, person_id, post_id, unit_id, wing_id, title, start)
        SELECT 1, %s, %s, x.person_id, x.post_id, x.unit_id, x.wing_id, '', x.start FROM (
            SELECT DISTINCT k.person_id, k.new, s.post_id, u.id AS unit_id, s.wing_id, s.start
            FROM {T} s {PERSON_JOIN} JOIN {K} u ON u.code = s.unit_code WHERE s.kind = 'post') x
        WHERE x.new OR NOT EXISTS (SELECT 1 FROM {A} a WHERE a.person_id = x.person_id
            AND a.post_id = x.post_id AND a.unit_id = x.unit_id
            AND (a.wing_id = x.wing_id OR (a.wing_id IS NULL AND x.wing_id IS NULL))
            AND (a.start = x.start OR (a.start IS NULL AND x.start IS NULL)))""", [now, now])


def insert_seats() -> tuple[int, int]:
    """Missing committees, then the seats not already held (kept in `import_new_seats` for the refresh)."""
    committees = sql.run(f"""INSERT INTO {C} (unit_id, voter_list_pages, members, seats, verified_seats,
            pages_covered, formed, verified)
        SELECT b.id, 0, 0, 0, 0, 0, FALSE, FALSE FROM (SELECT DISTINCT u.id FROM {T} s JOIN {K} u
            ON u.code = s.unit_code WHERE s.kind = 'seat') b
        WHERE NOT EXISTS (SELECT 1 FROM {C} c WHERE c.unit_id = b.id)""")
    sql.run(f"""CREATE TEMP TABLE {NS} AS SELECT x.committee_id, x.person_id, x.role_id, x.page FROM (
            SELECT DISTINCT u.id AS committee_id, k.person_id, k.new, s.role_id, s.page
            FROM {T} s {PERSON_JOIN} JOIN {K} u ON u.code = s.unit_code WHERE s.kind = 'seat') x
        WHERE x.new OR NOT EXISTS (SELECT 1 FROM {M} m WHERE m.committee_id = x.committee_id
            AND m.person_id = x.person_id AND m.role_id = x.role_id AND m.page = x.page)""")
    seats = sql.run(f"""INSERT INTO {M} (committee_id, person_id, role_id, page)
        SELECT committee_id, person_id, role_id, page FROM {NS} ORDER BY committee_id, person_id""")
    _analyze(NS)
    return committees, seats


# -- foreign keys checked once, as sets --------------------------------------------------------------

def skip_row_fk_checks() -> bool:
    """On PostgreSQL, stop queuing one foreign-key trigger event per inserted row for this
    transaction (`session_replication_role = replica`; needs superuser or, from PostgreSQL 15,
    `GRANT SET ON PARAMETER session_replication_role`). The import then proves every reference
    itself with `check_references()`, one set query per referenced table. False: not allowed here,
    the per-row deferred checks run as usual."""
    if not _pg() or os.environ.get("SANGATHAN_IMPORT_ROW_FK_CHECKS") == "1":  # the old way, for comparison
        return False
    allowed = sql.fetch("""SELECT current_setting('is_superuser') = 'on'
        OR has_parameter_privilege('session_replication_role', 'SET')""")[0][0]
    if allowed:
        sql.run("SET LOCAL session_replication_role = replica")
    return bool(allowed)


def restore_row_fk_checks() -> None:
    sql.run("SET LOCAL session_replication_role = origin")


# (referenced table, its key, the distinct ids the import's new rows point at, as `ref`); the new
# people themselves are the import's own rows and need no lock
def _references() -> list[tuple[str, str, str]]:
    from sangathan.booths.models import CommitteeRole
    from sangathan.org.models import Wing
    from sangathan.people.models import PostType

    return [
        # (every unit the file names was locked when its code was resolved: `_resolve_codes`)
        (P, "id", f"SELECT DISTINCT person_id AS ref FROM {PK} WHERE NOT new"),
        (PostType._meta.db_table, "id", f"SELECT DISTINCT post_id AS ref FROM {T} WHERE kind = 'post' AND post_id IS NOT NULL"),
        (Wing._meta.db_table, "id", f"SELECT DISTINCT wing_id AS ref FROM {T} WHERE kind = 'post' AND wing_id IS NOT NULL"),
        (CommitteeRole._meta.db_table, "id",
         f"SELECT DISTINCT role_id AS ref FROM {T} WHERE kind = 'seat' AND role_id IS NOT NULL"),
        (C, "unit_id", f"SELECT DISTINCT committee_id AS ref FROM {NS}"),
    ]


def check_references() -> list[str]:
    """Every id the new rows reference exists, and is locked FOR KEY SHARE (as the per-row checks
    would lock it) so no one can delete it before we commit. Returns what is missing."""
    missing = []
    for table, key, wanted in _references():
        # one probe of the key's index per referenced id (a join would let the planner read and
        # hash the whole million-row table, then lock the few it needs)
        n_wanted, n_found = sql.fetch(f"""WITH w AS ({wanted}), locked AS (
                SELECT x.k FROM w CROSS JOIN LATERAL (
                    SELECT t.{key} AS k FROM {table} t WHERE t.{key} = w.ref FOR KEY SHARE) x)
            SELECT (SELECT COUNT(*) FROM w), (SELECT COUNT(*) FROM locked)""")[0]
        if n_wanted != n_found:
            missing.append(f"{table}: {n_wanted - n_found} of {n_wanted} referenced rows are gone")
    return missing


def seat_booths_sql() -> str:
    """A query for the booths whose committee gained a seat (or was created: it gained one too)."""
    return f"SELECT DISTINCT committee_id AS unit_id FROM {NS}"
