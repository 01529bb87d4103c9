"""Bulk writes: COPY on PostgreSQL, one executemany on SQLite, ids allocated up front.

Why ids up front: votes reference booth rows, and reading 138,771 generated ids back would cost a
round trip per batch; taking them from the sequence (PostgreSQL) or after max(id) under SQLite's
write lock (transactions start IMMEDIATE) lets booth and vote rows be written in two streams.
"""

from __future__ import annotations

import io

import polars as pl
from django.db import connection, models

CHUNK = 500_000


def allocate_ids(model: type[models.Model], n: int) -> list[int]:
    """`n` fresh primary keys for `model`, inside the caller's transaction."""
    if n == 0:
        return []
    table = model._meta.db_table
    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute("SELECT nextval(pg_get_serial_sequence(%s, 'id')) FROM generate_series(1, %s)", [table, n])
            return [r[0] for r in cur.fetchall()]
        cur.execute(f'SELECT COALESCE(MAX("id"), 0) FROM "{table}"')
        start = cur.fetchone()[0] + 1
        cur.execute("SELECT seq FROM sqlite_sequence WHERE name = %s", [table])
        row = cur.fetchone()
        start = max(start, (row[0] + 1) if row else 1)
    return list(range(start, start + n))


def write_frame(model: type[models.Model], df: pl.DataFrame, progress=None) -> int:
    """Insert the rows of `df` (columns named as the model's db columns) in bulk."""
    if df.height == 0:
        return 0
    table = model._meta.db_table
    cols = ", ".join(f'"{c}"' for c in df.columns)
    done = 0
    with connection.cursor() as cur:
        for start in range(0, df.height, CHUNK):
            part = df.slice(start, CHUNK)
            if connection.vendor == "postgresql":
                with cur.cursor.copy(f'COPY "{table}" ({cols}) FROM STDIN (FORMAT csv)') as cp:
                    buf = io.BytesIO()
                    part.write_csv(buf, include_header=False)
                    cp.write(buf.getvalue())
            else:
                marks = ", ".join(["%s"] * len(df.columns))
                cur.executemany(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', part.iter_rows())
            done += part.height
            if progress:
                progress(done, df.height)
    return done

