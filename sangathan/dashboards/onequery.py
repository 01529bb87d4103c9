"""Everything a dashboard shows, fetched with one SQL statement over the rollup tables.

One round trip instead of ten keeps the data layer close to the hand-written floor: the parts are
tagged rows of one UNION ALL (child units, booth counts, programme counts, activity counts,
vacancies, level names, the last rebuild, invitation turnout of the latest activities), shaped into a
`Dashboard` in Python.

On PostgreSQL the statement is PREPAREd once per database connection and then EXECUTEd: planning
this eight-branch UNION ALL costs more than running it for a district or a booth (about 0.4 ms of
planning against 0.1-0.4 ms of execution), and after five executions the server keeps a generic
plan, so every later call skips parse, analysis and planning. SQLite's driver already caches its
compiled statements, so there the plain statement is run.
"""

from __future__ import annotations

import datetime
import hashlib
import weakref

from django.db import connection

from sangathan.booths.models import BoothRollup
from sangathan.activities.models import Activity
from sangathan.dashboards.models import ActivityRollup, RollupRun, VacancyRollup
from sangathan.mobilise.models import TurnoutRollup
from sangathan.org.models import Level, Unit
from sangathan.people.models import PostType
from sangathan.programmes.models import Programme, ProgrammeRollup

U, B, P, G = Unit._meta.db_table, BoothRollup._meta.db_table, ProgrammeRollup._meta.db_table, Programme._meta.db_table
A, V, PT = ActivityRollup._meta.db_table, VacancyRollup._meta.db_table, PostType._meta.db_table
L, R = Level._meta.db_table, RollupRun._meta.db_table
T, ACT = TurnoutRollup._meta.db_table, Activity._meta.db_table
TURNOUT_ACTIVITIES = 10  # the latest activities with invitees whose turnout the page shows

SQL = f"""
WITH kids AS (SELECT id FROM {U} WHERE parent_id = %(u)s OR id = %(u)s),
  latest AS (SELECT t.activity_id FROM {T} t JOIN {ACT} a ON a.id = t.activity_id
    WHERE t.unit_id = %(u)s AND t.invited > 0 ORDER BY a.starts_at IS NULL, a.starts_at DESC, a.id DESC LIMIT {TURNOUT_ACTIVITIES})
SELECT 'u' AS part, u.id AS uid, CAST(NULL AS bigint) AS k1, u.name_hi AS t1, u.name_en AS t2, u.code AS t3,
       u.path AS t4, CAST(u.depth AS bigint) AS n1, CAST(NULL AS bigint) AS n2, CAST(NULL AS bigint) AS n3,
       CAST(NULL AS bigint) AS n4, CAST(NULL AS bigint) AS n5, CAST(NULL AS bigint) AS n6
  FROM {U} u WHERE u.parent_id = %(u)s
UNION ALL SELECT 'b', b.unit_id, NULL, NULL, NULL, NULL, NULL, b.booths, b.committees, b.formed, b.verified,
       b.active, b.members FROM {B} b WHERE b.unit_id IN (SELECT id FROM kids)
UNION ALL SELECT 'p', r.unit_id, r.programme_id, g.title, CAST(g.due AS text), NULL, NULL, r.targets, r.done,
       r.partly, r.not_done, NULL, NULL FROM {P} r JOIN {G} g ON g.id = r.programme_id
  WHERE NOT g.closed AND r.unit_id IN (SELECT id FROM kids)
UNION ALL SELECT 'a', a.unit_id, NULL, NULL, NULL, NULL, NULL, SUM(a.n), NULL, NULL, NULL, NULL, NULL
  FROM {A} a WHERE a.unit_id IN (SELECT id FROM {U} WHERE parent_id = %(u)s) AND a.day >= %(d30)s
  GROUP BY a.unit_id
UNION ALL SELECT 'k', NULL, a.level_depth, a.kind, NULL, NULL, NULL,
       SUM(CASE WHEN a.day >= %(d30)s THEN a.n ELSE 0 END), SUM(a.n), NULL, NULL, NULL, NULL
  FROM {A} a WHERE a.unit_id = %(u)s AND a.day >= %(d90)s GROUP BY a.level_depth, a.kind
UNION ALL SELECT 'v', v.unit_id, v.post_id, p.name_hi, p.name_en, NULL, NULL, v.required, v.vacant,
       NULL, NULL, NULL, NULL FROM {V} v JOIN {PT} p ON p.id = v.post_id
  WHERE v.unit_id IN (SELECT id FROM kids)
UNION ALL SELECT 'l', NULL, l.depth, l.name_hi, l.name_en, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL FROM {L} l
UNION ALL SELECT 'r', NULL, NULL, CAST(r.at AS text), NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL
  FROM {R} r WHERE r.name = 'dashboards'
UNION ALL SELECT 't', t.unit_id, t.activity_id, a.title, CAST(a.starts_at AS text), NULL, NULL, t.invited, t.attended,
       NULL, NULL, NULL, NULL FROM {T} t JOIN {ACT} a ON a.id = t.activity_id
  WHERE t.activity_id IN (SELECT activity_id FROM latest) AND t.unit_id IN (SELECT id FROM kids) AND t.invited > 0
"""


# The prepared form: same text with positional parameters; its name carries a hash of the text, so a
# changed query never reuses a statement prepared from an older one on a long-lived connection.
PG_SQL = SQL.replace("%(u)s", "$1").replace("%(d30)s", "$2").replace("%(d90)s", "$3")
PG_NAME = "sangathan_dashboard_" + hashlib.sha1(PG_SQL.encode()).hexdigest()[:12]
PG_PREPARE = f"PREPARE {PG_NAME}(bigint, date, date) AS {PG_SQL}"
PG_EXECUTE = f"EXECUTE {PG_NAME}(%s, %s, %s)"
# Raw driver connections that already hold the prepared statement. PREPARE is session-level and
# survives a transaction's rollback; a reconnect brings a new raw connection, which prepares again.
_prepared: weakref.WeakSet = weakref.WeakSet()


def fetch(unit_id: int, today: datetime.date) -> list[tuple]:
    """All tagged rows for one unit's dashboard: one round trip (two on a connection's first call)."""
    p = params(unit_id, today)
    with connection.cursor() as cur:
        if connection.vendor != "postgresql" or connection.settings_dict["OPTIONS"].get("server_side_binding"):
            cur.execute(SQL, p)  # SQLite caches compiled statements; psycopg prepares bound ones itself
            return cur.fetchall()
        raw = connection.connection
        if raw not in _prepared:
            cur.execute(PG_PREPARE)
            _prepared.add(raw)
        cur.execute(PG_EXECUTE, (p["u"], p["d30"], p["d90"]))
        return cur.fetchall()


def params(unit_id: int, today: datetime.date) -> dict:
    return {"u": unit_id, "d30": today - datetime.timedelta(days=29), "d90": today - datetime.timedelta(days=89)}


def parse_at(text: str | None) -> datetime.datetime | None:
    if not text:
        return None
    at = datetime.datetime.fromisoformat(text)
    return at if at.tzinfo else at.replace(tzinfo=datetime.timezone.utc)


def parse_day(text) -> datetime.date:
    return text if isinstance(text, datetime.date) else datetime.date.fromisoformat(str(text)[:10])



