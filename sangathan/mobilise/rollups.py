"""Turnout rollups: an activity's invited/attended counts per ancestor of the unit each invitee was
invited as, built in one statement (as programme completion is) and moved by one on each check-in."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F

from sangathan.core.tree import ancestor_ids
from sangathan.dashboards import sqltools as sql
from sangathan.mobilise.models import Invitation, TurnoutRollup
from sangathan.org.models import Unit


def _select(activity_id: int | None) -> tuple[str, list]:
    i, u = Invitation._meta.db_table, Unit._meta.db_table
    anc = sql.ancestor_sql("u.path")
    where, params = ("AND i.activity_id = %s", [activity_id]) if activity_id else ("", [])
    q = f"""SELECT {anc} AS anc, i.activity_id, COUNT(*),
        SUM(CASE WHEN i.attended_at IS NOT NULL THEN 1 ELSE 0 END)
      FROM {i} i JOIN {u} u ON u.id = i.unit_id
      JOIN ({sql.depths_sql(sql.max_depth())}) d ON {sql.ancestor_join('u.path')}
      WHERE i.revoked = %s {where} GROUP BY {anc}, i.activity_id"""
    return q, [False, *params]


def build(activity_id: int | None = None) -> int:
    table = TurnoutRollup._meta.db_table
    if activity_id:
        sql.run(f"DELETE FROM {table} WHERE activity_id = %s", [activity_id])
    else:
        sql.run(f"DELETE FROM {table}")
    q, params = _select(activity_id)
    return sql.run(f"INSERT INTO {table} (unit_id, activity_id, invited, attended) {q}", params)


@transaction.atomic
def rebuild() -> dict[str, int]:
    return {"turnout_rows": build()}


def attended(inv: Invitation) -> None:
    TurnoutRollup.objects.filter(activity_id=inv.activity_id, unit_id__in=ancestor_ids(inv.unit.path)).update(
        attended=F("attended") + 1)


def verify(limit: int = 20) -> list[str]:
    q, params = _select(None)
    expected = {(r[0], r[1]): (int(r[2] or 0), int(r[3] or 0)) for r in sql.fetch(q, params)}
    stored = {(u, a): (i, t) for u, a, i, t in TurnoutRollup.objects.values_list("unit_id", "activity_id", "invited", "attended")}
    bad = [f"unit {k[0]} activity {k[1]}: rollup {stored.get(k)} != recount {expected.get(k)}"
           for k in sorted(set(expected) | set(stored)) if expected.get(k, (0, 0)) != stored.get(k, (0, 0))]
    return bad[:limit] if limit else bad
