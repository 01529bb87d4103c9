"""Portable SQL pieces for rollup rebuilds: ancestor fan-out over materialised paths, day buckets.

A rollup is "for every ancestor a of row r: add r's counts to a". With digit-only fixed-width
paths, the ancestor at depth k is `substr(path, 8k+1, 8)`, so one GROUP BY over a cross join with
the depths builds every ancestor's totals in a single statement on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Sequence

from django.conf import settings
from django.db import connection

from sangathan.core.tree import STEP


def depths_sql(max_depth: int) -> str:
    """An inline table `(k)` of 0..max_depth."""
    return " UNION ALL ".join(f"SELECT {k} AS k" for k in range(max_depth + 1))


def ancestor_sql(path_col: str) -> str:
    return f"CAST(substr({path_col}, {STEP} * d.k + 1, {STEP}) AS bigint)"


def ancestor_join(path_col: str) -> str:
    """Join condition keeping only the depths a path really has."""
    return f"length({path_col}) > {STEP} * d.k"


def local_day_sql(col: str) -> str:
    """The local calendar day of a UTC timestamp column."""
    if connection.vendor == "postgresql":
        return f"CAST(({col} AT TIME ZONE '{settings.TIME_ZONE}') AS date)"
    offset = datetime.datetime.now(datetime.timezone.utc).astimezone(
        __import__("zoneinfo").ZoneInfo(settings.TIME_ZONE)).utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset else 0
    return f"date({col}, '{minutes:+d} minutes')"


def max_depth() -> int:
    from sangathan.org.models import Level

    return Level.objects.order_by("-depth").values_list("depth", flat=True).first() or 0


def tune_session() -> None:
    """Big sorts and hashes in memory for the rebuild (PostgreSQL only; local to the transaction)."""
    if connection.vendor == "postgresql":
        with connection.cursor() as cur:
            cur.execute("SET LOCAL work_mem = '512MB'")


def executemany(sql: str, rows: Iterable[Sequence]) -> None:
    with connection.cursor() as cur:
        cur.executemany(sql, list(rows))


def fetch(sql: str, params: Sequence = ()) -> list[tuple]:
    with connection.cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchall()


def run(sql: str, params: Sequence = ()) -> int:
    with connection.cursor() as cur:
        cur.execute(sql, params)
        return cur.rowcount


def rewrite_rollup(model, key: str, cols: Sequence[str], select: str, params: Sequence, key_value=None) -> int:
    """Replace a rollup table's rows (all, or those of one `key_value`) by what `select` recounts.

    `select` yields (unit_id, key, *cols) per ancestor, as the rollup modules' `_select` build it."""
    table = model._meta.db_table
    tune_session()
    if key_value:
        run(f"DELETE FROM {table} WHERE {key} = %s", [key_value])
    else:
        run(f"DELETE FROM {table}")
    return run(f"INSERT INTO {table} (unit_id, {key}, {', '.join(cols)}) {select}", params)


def rollup_drift(model, key: str, cols: Sequence[str], select: str, params: Sequence, label: str,
                 limit: int = 20) -> list[str]:
    """Rows where the stored rollup differs from a recount (missing rows count as zeros)."""
    expected = {(r[0], r[1]): tuple(int(x or 0) for x in r[2:]) for r in fetch(select, params)}
    stored = {(r[0], r[1]): tuple(r[2:]) for r in model.objects.values_list("unit_id", key, *cols).iterator()}
    zero = (0,) * len(cols)
    problems = [f"unit {k[0]} {label} {k[1]}: rollup {stored.get(k)} != recount {expected.get(k)}"
                for k in sorted(set(expected) | set(stored)) if expected.get(k, zero) != stored.get(k, zero)]
    return problems[:limit] if limit else problems
