"""Activity and vacancy rollups: built by one aggregate statement each, activities kept in step by signals.

Activity counts are per (ancestor, local day, kind, organising level), only for the last
`KEEP_DAYS` days: enough for the 30/90-day windows, small enough to rebuild nightly.
Vacancies depend on appointment end dates, so they are rebuilt (not maintained per edit) and
the dashboard shows when.
"""

from __future__ import annotations

import datetime
import time

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from sangathan.core.tree import ancestor_ids
from sangathan.dashboards import sqltools as sql
from sangathan.dashboards.models import ActivityRollup, PostRequirement, RollupRun, VacancyRollup
from sangathan.org.models import Unit

KEEP_DAYS = 120


def _activity_select() -> tuple[str, list]:
    from sangathan.activities.models import Activity

    a, u = Activity._meta.db_table, Unit._meta.db_table
    anc, day = sql.ancestor_sql("u.path"), sql.local_day_sql("a.starts_at")
    since = timezone.now() - datetime.timedelta(days=KEEP_DAYS)
    q = f"""SELECT {anc} AS anc, {day} AS day, a.kind, u.depth, COUNT(*)
      FROM {a} a JOIN {u} u ON u.id = a.unit_id
      JOIN ({sql.depths_sql(sql.max_depth())}) d ON {sql.ancestor_join('u.path')}
      WHERE a.starts_at >= %s GROUP BY {anc}, {day}, a.kind, u.depth"""
    return q, [since]


def rebuild_activities() -> int:
    """Rows written in (unit, day) order: a dashboard reads one unit's days (and its children's), which
    then sit on a few heap pages instead of one page per row (the aggregate's own order is random)."""
    table = ActivityRollup._meta.db_table
    sql.run(f"DELETE FROM {table}")
    q, params = _activity_select()
    return sql.run(f"INSERT INTO {table} (unit_id, day, kind, level_depth, n) {q} ORDER BY 1, 2", params)


def activity_changed(activity, sign: int) -> None:
    """Add (+1) or remove (-1) one activity in its ancestors' day buckets."""
    if activity.starts_at is None:
        return
    day = timezone.localdate(activity.starts_at)
    if day < timezone.localdate() - datetime.timedelta(days=KEEP_DAYS):
        return
    unit = Unit.objects.only("path", "depth").get(pk=activity.unit_id)
    ids = ancestor_ids(unit.path)
    key = {"day": day, "kind": activity.kind, "level_depth": unit.depth}
    ActivityRollup.objects.bulk_create([ActivityRollup(unit_id=i, **key) for i in ids], ignore_conflicts=True)
    ActivityRollup.objects.filter(unit_id__in=ids, **key).update(n=F("n") + sign)


def _vacancy_select() -> tuple[str, list]:
    from sangathan.people.models import Appointment

    u, ap, req = Unit._meta.db_table, Appointment._meta.db_table, PostRequirement._meta.db_table
    anc, today = sql.ancestor_sql("u.path"), timezone.localdate()
    q = f"""SELECT {anc} AS anc, r.post_id, SUM(r.count),
        SUM(CASE WHEN r.count > COALESCE(f.n, 0) THEN r.count - COALESCE(f.n, 0) ELSE 0 END)
      FROM {req} r JOIN {u} u ON u.level_id = r.level_id
      LEFT JOIN (SELECT unit_id, post_id, COUNT(*) AS n FROM {ap}
                 WHERE (start IS NULL OR start <= %s) AND ("end" IS NULL OR "end" >= %s) GROUP BY unit_id, post_id) f
        ON f.unit_id = u.id AND f.post_id = r.post_id
      JOIN ({sql.depths_sql(sql.max_depth())}) d ON {sql.ancestor_join('u.path')}
      GROUP BY {anc}, r.post_id"""
    return q, [today, today]


def rebuild_vacancies() -> int:
    table = VacancyRollup._meta.db_table
    sql.run(f"DELETE FROM {table}")
    q, params = _vacancy_select()
    return sql.run(f"INSERT INTO {table} (unit_id, post_id, required, vacant) {q} ORDER BY 1, 2", params)


def _stamp(name: str, started: float) -> None:
    RollupRun.objects.update_or_create(name=name, defaults={"at": timezone.now(), "seconds": time.monotonic() - started})


@transaction.atomic
def rebuild() -> dict[str, int]:
    sql.tune_session()
    t = time.monotonic()
    out = {"activity_rows": rebuild_activities(), "vacancy_rows": rebuild_vacancies()}
    _stamp("dashboards", t)
    return out


def verify(limit: int = 20) -> list[str]:
    problems = []
    for name, (q, params), model, key_n in (
            ("activities", _activity_select(), ActivityRollup, ("unit_id", "day", "kind", "level_depth", "n")),
            ("vacancies", _vacancy_select(), VacancyRollup, ("unit_id", "post_id", "required", "vacant"))):
        width = len(key_n) - (1 if name == "activities" else 2)
        expected = {tuple(_norm(x) for x in r[:width]): tuple(int(x or 0) for x in r[width:]) for r in sql.fetch(q, params)}
        stored = {tuple(_norm(x) for x in r[:width]): tuple(r[width:]) for r in model.objects.values_list(*key_n)}
        stored = {k: v for k, v in stored.items() if any(v)}
        expected = {k: v for k, v in expected.items() if any(v)}
        problems += [f"{name} {k}: rollup {stored.get(k)} != recount {expected.get(k)}"
                     for k in sorted(set(expected) | set(stored), key=str) if expected.get(k) != stored.get(k)]
    return problems[:limit] if limit else problems


def _norm(x):
    if isinstance(x, str) and len(x) == 10 and x[4] == "-":
        return datetime.date.fromisoformat(x)
    return x
