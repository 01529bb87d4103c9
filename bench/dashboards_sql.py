"""The dashboard's figures as one hand-written SQL query over the rollup tables (the floor), and the
booth coverage counted live from booth rows (what the rollups replace)."""

from __future__ import annotations

import datetime

from django.utils import timezone

from sangathan.booths.state import booth_level
from sangathan.core.tree import successor
from sangathan.org.models import Unit

FLOOR_SQL = """
WITH kids AS (SELECT id FROM org_unit WHERE parent_id = %(u)s OR id = %(u)s),
b AS (SELECT 'b' AS part, r.unit_id AS uid, CAST(NULL AS bigint) AS k, CAST(NULL AS text) AS t,
             CAST(r.booths AS bigint) AS a, CAST(r.formed AS bigint) AS b, CAST(r.verified AS bigint) AS c,
             CAST(r.active AS bigint) AS d
      FROM booths_boothrollup r WHERE r.unit_id IN (SELECT id FROM kids)),
p AS (SELECT 'p', r.unit_id, r.programme_id, g.title, CAST(r.targets AS bigint), CAST(r.done AS bigint),
             CAST(r.partly AS bigint), CAST(r.not_done AS bigint)
      FROM programmes_programmerollup r JOIN programmes_programme g ON g.id = r.programme_id
      WHERE NOT g.closed AND r.unit_id IN (SELECT id FROM kids)),
a AS (SELECT 'a', unit_id, CAST(NULL AS bigint), CAST(NULL AS text), CAST(SUM(n) AS bigint),
             CAST(SUM(CASE WHEN day >= %(d30)s THEN n ELSE 0 END) AS bigint), CAST(NULL AS bigint), CAST(NULL AS bigint)
      FROM dashboards_activityrollup WHERE unit_id IN (SELECT id FROM kids) AND day >= %(d90)s GROUP BY unit_id),
ak AS (SELECT 'k', CAST(NULL AS bigint), CAST(level_depth AS bigint), kind, CAST(SUM(n) AS bigint),
              CAST(SUM(CASE WHEN day >= %(d30)s THEN n ELSE 0 END) AS bigint), CAST(NULL AS bigint), CAST(NULL AS bigint)
       FROM dashboards_activityrollup WHERE unit_id = %(u)s AND day >= %(d90)s GROUP BY level_depth, kind),
v AS (SELECT 'v', unit_id, post_id, CAST(NULL AS text), CAST(required AS bigint), CAST(vacant AS bigint),
             CAST(NULL AS bigint), CAST(NULL AS bigint)
      FROM dashboards_vacancyrollup WHERE unit_id IN (SELECT id FROM kids))
SELECT * FROM b UNION ALL SELECT * FROM p UNION ALL SELECT * FROM a UNION ALL SELECT * FROM ak
UNION ALL SELECT * FROM v
"""

LIVE_SQL = """
SELECT COUNT(*), SUM(CASE WHEN c.formed THEN 1 ELSE 0 END), SUM(CASE WHEN c.verified THEN 1 ELSE 0 END),
       SUM(CASE WHEN c.active_until >= %(day)s THEN 1 ELSE 0 END)
FROM org_unit u LEFT JOIN booths_boothcommittee c ON c.unit_id = u.id
WHERE u.level_id + 0 = %(lv)s AND u.path >= %(lo)s AND u.path < %(hi)s
"""


def floor_params(unit: Unit) -> dict:
    today = timezone.localdate()
    return {"u": unit.pk, "d30": today - datetime.timedelta(days=29), "d90": today - datetime.timedelta(days=89)}


def live_params(unit: Unit) -> dict:
    return {"day": timezone.localdate(), "lv": booth_level().pk, "lo": unit.path, "hi": successor(unit.path)}
