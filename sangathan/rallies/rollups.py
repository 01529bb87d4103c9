"""Rally rollups: per-ancestor sums of targets and reports, built in one statement, kept in step per change."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F

from sangathan.core.tree import ancestor_ids
from sangathan.dashboards import sqltools as sql
from sangathan.org.models import Unit
from sangathan.rallies.models import RallyRollup, RallyTarget


def _select(rally_id: int | None) -> tuple[str, list]:
    t, u = RallyTarget._meta.db_table, Unit._meta.db_table
    anc = sql.ancestor_sql("u.path")
    where, params = ("WHERE t.rally_id = %s", [rally_id]) if rally_id else ("", [])
    q = f"""SELECT {anc} AS anc, t.rally_id, COUNT(*),
        SUM(CASE WHEN t.reported_at IS NULL THEN 0 ELSE 1 END),
        SUM(t.people_target), SUM(COALESCE(t.people, 0)), SUM(t.vehicles_target), SUM(COALESCE(t.vehicles, 0))
      FROM {t} t JOIN {u} u ON u.id = t.unit_id
      JOIN ({sql.depths_sql(sql.max_depth())}) d ON {sql.ancestor_join('u.path')}
      {where} GROUP BY {anc}, t.rally_id"""
    return q, params


def build(rally_id: int | None = None) -> int:
    """(Re)write the rollup rows of one rally, or of all."""
    q, params = _select(rally_id)
    return sql.rewrite_rollup(RallyRollup, "rally_id", RallyRollup.SUMS, q, params, rally_id)


@transaction.atomic
def rebuild() -> dict[str, int]:
    return {"rollup_rows": build()}


def add(target: RallyTarget, delta: dict[str, int]) -> None:
    """A target or its report changed by `delta`: add it to every ancestor's row."""
    changes = {k: F(k) + v for k, v in delta.items() if v}
    if changes:
        RallyRollup.objects.filter(rally_id=target.rally_id, unit_id__in=ancestor_ids(target.unit.path)).update(
            **changes)


def verify(limit: int = 20) -> list[str]:
    q, params = _select(None)
    return sql.rollup_drift(RallyRollup, "rally_id", RallyRollup.SUMS, q, params, "rally", limit)
