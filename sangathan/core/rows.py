"""Model instances from the rows of a fixed SQL statement, converted as the ORM converts them.

A page's per-request lookups (its unit, the signed-in user) are one-row reads by primary key. Built
as ORM queries they cost 0.3-0.5 ms each here, most of it compiling the same SQL again; written
once as a fixed statement they cost the database's round trip. These helpers give such a statement
the model's column list and turn its row into the instance the ORM would have built: every
field's database converters applied (SQLite's timestamps become aware datetimes, for example),
`from_db` called, so the instance saves, refreshes and compares like any other.
"""

from __future__ import annotations

from functools import cache

from django.db import connections
from django.db.models import Model


@cache
def _fields(model: type[Model]):
    return tuple(model._meta.concrete_fields)


def columns(model: type[Model], alias: str) -> str:
    """The select list of the model's concrete fields, qualified by the table alias `alias`."""
    qn = connections["default"].ops.quote_name
    return ", ".join(f"{alias}.{qn(f.column)}" for f in _fields(model))


def width(model: type[Model]) -> int:
    """How many values of a row `columns(model, ...)` selects."""
    return len(_fields(model))


@cache
def _converters(model: type[Model], alias: str):
    conn = connections[alias]
    out = []
    for i, f in enumerate(_fields(model)):
        col = f.get_col(model._meta.db_table)
        fns = conn.ops.get_db_converters(col) + col.get_db_converters(conn)
        if fns:
            out.append((i, col, tuple(fns)))
    return tuple(out)


def fetch_one(sql: str, params: list, using: str = "default"):
    """The first row of a fixed statement, or None."""
    with connections[using].cursor() as cur:
        cur.execute(sql, params)
        return cur.fetchone()


def instance(model: type[Model], values, using: str = "default") -> Model:
    """The model instance of one row's values, in the order of `columns(model, ...)`."""
    conn = connections[using]
    values = list(values)
    for i, col, fns in _converters(model, using):
        for fn in fns:
            values[i] = fn(values[i], col, conn)
    return model.from_db(using, _attnames(model), values)


@cache
def _attnames(model: type[Model]) -> list[str]:
    return [f.attname for f in _fields(model)]
