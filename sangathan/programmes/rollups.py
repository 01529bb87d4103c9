"""Programme rollups: per-ancestor target counts, built in one statement and kept in step per report."""

from __future__ import annotations

from django.db import transaction
from django.db.models import F

from sangathan.core.tree import ancestor_ids
from sangathan.dashboards import sqltools as sql
from sangathan.org.models import Unit
from sangathan.programmes.models import ProgrammeRollup, ProgrammeTarget, Status

COLUMN = {Status.DONE: "done", Status.PARTLY: "partly", Status.NOT_DONE: "not_done"}


def _select(programme_id: int | None) -> tuple[str, list]:
    t, u = ProgrammeTarget._meta.db_table, Unit._meta.db_table
    anc = sql.ancestor_sql("u.path")
    where, params = ("WHERE t.programme_id = %s", [programme_id]) if programme_id else ("", [])
    q = f"""SELECT {anc} AS anc, t.programme_id, COUNT(*),
        SUM(CASE WHEN t.status = 'done' THEN 1 ELSE 0 END), SUM(CASE WHEN t.status = 'partly' THEN 1 ELSE 0 END),
        SUM(CASE WHEN t.status = 'not_done' THEN 1 ELSE 0 END)
      FROM {t} t JOIN {u} u ON u.id = t.unit_id
      JOIN ({sql.depths_sql(sql.max_depth())}) d ON {sql.ancestor_join('u.path')}
      {where} GROUP BY {anc}, t.programme_id"""
    return q, params


def build(programme_id: int | None = None) -> int:
    """(Re)write the rollup rows of one programme, or of all."""
    q, params = _select(programme_id)
    return sql.rewrite_rollup(ProgrammeRollup, "programme_id", ProgrammeRollup.COUNTS, q, params, programme_id)


@transaction.atomic
def rebuild() -> dict[str, int]:
    return {"rollup_rows": build()}


def move(target: ProgrammeTarget, old: str, new: str) -> None:
    """A target's status changed: move one count between columns in every ancestor's row."""
    changes = {}
    if old in COLUMN:
        changes[COLUMN[old]] = F(COLUMN[old]) - 1
    if new in COLUMN:
        changes[COLUMN[new]] = F(COLUMN[new]) + 1 if COLUMN[new] not in changes else F(COLUMN[new])
    if changes and old != new:
        ProgrammeRollup.objects.filter(programme_id=target.programme_id,
                                       unit_id__in=ancestor_ids(target.unit.path)).update(**changes)


def verify(limit: int = 20) -> list[str]:
    q, params = _select(None)
    return sql.rollup_drift(ProgrammeRollup, "programme_id", ProgrammeRollup.COUNTS, q, params, "programme", limit)
