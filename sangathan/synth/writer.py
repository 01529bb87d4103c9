"""Bulk row writers: COPY on PostgreSQL, big executemany batches on SQLite; ids allocated up front.

Writers bypass the ORM (and its signals) on purpose: at a million booths per run only the
database's bulk path is fast enough. Callers record one audit summary event per table.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connection, models
from django.db.models import ForeignKey

BATCH = 50_000


class IdBlock:
    """Ids handed out from max(id)+1; `finish()` moves the sequence past them (PostgreSQL)."""

    def __init__(self, model: type[models.Model]) -> None:
        self.model = model
        with connection.cursor() as cur:
            cur.execute(f"SELECT COALESCE(MAX(id), 0) FROM {model._meta.db_table}")
            self.next = cur.fetchone()[0] + 1

    def take(self) -> int:
        n = self.next
        self.next += 1
        return n

    def finish(self) -> None:
        if connection.vendor == "postgresql":
            with connection.cursor() as cur:
                t = self.model._meta.db_table
                cur.execute(f"SELECT setval(pg_get_serial_sequence('{t}', 'id'), GREATEST(%s, 1))", [self.next - 1])


class Table:
    """Rows for one table in a fixed column order, flushed in batches through the bulk path."""

    def __init__(self, model: type[models.Model], columns: Sequence[str]) -> None:
        self.model = model
        self.table = model._meta.db_table
        self.columns = list(columns)
        self.rows: list[tuple] = []
        self.written = 0

    def add(self, row: tuple) -> None:
        self.rows.append(row)

    def flush(self) -> int:
        if not self.rows:
            return 0
        cols = ", ".join(f'"{c}"' for c in self.columns)
        with connection.cursor() as cur:
            if connection.vendor == "postgresql":
                with cur.cursor.copy(f"COPY {self.table} ({cols}) FROM STDIN") as cp:
                    for row in self.rows:
                        cp.write_row(row)
            else:
                marks = ", ".join(["%s"] * len(self.columns))
                sql = f"INSERT INTO {self.table} ({cols}) VALUES ({marks})"
                for i in range(0, len(self.rows), BATCH):
                    cur.executemany(sql, self.rows[i:i + BATCH])
        n = len(self.rows)
        self.written += n
        self.rows = []
        return n


def own_models() -> list[type[models.Model]]:
    """Every table of Sangathan's own apps (not proxies or unmanaged models)."""
    from django.apps import apps

    return [m for m in apps.get_models() if m.__module__.startswith("sangathan.")
            and m._meta.managed and not m._meta.proxy]


def dangling_references(models_: Sequence[type[models.Model]]) -> list[str]:
    """Every foreign key of these tables checked as one anti-join per column (the bulk writers may
    have skipped the per-row checks, see `stage.skip_row_fk_checks`). Returns what points nowhere."""
    problems = []
    with connection.cursor() as cur:
        for model in models_:
            for field in model._meta.concrete_fields:
                if not isinstance(field, ForeignKey) or not field.db_constraint:
                    continue
                target = field.target_field
                cur.execute(f"""SELECT COUNT(*) FROM {model._meta.db_table} a
                    LEFT JOIN {target.model._meta.db_table} b ON b.{target.column} = a.{field.column}
                    WHERE a.{field.column} IS NOT NULL AND b.{target.column} IS NULL""")
                n = cur.fetchone()[0]
                if n:
                    problems.append(f"{model._meta.db_table}.{field.column}: {n} rows point at no "
                                    f"{target.model._meta.db_table}")
    return problems
