"""Helpers shared by the election pages: tables with CSV/XLSX export, who may import."""

from __future__ import annotations

from typing import Any

import polars as pl
from django.http import HttpRequest, HttpResponse

from sangathan.core.scoping import ALL, scope_paths
from sangathan.elections import export

ROWS_SHOWN = 300


def table(name: str, title: str, df: pl.DataFrame, limit: int = ROWS_SHOWN) -> dict[str, Any]:
    """What `_table.html` renders: the first rows, the column names, and the export name."""
    return {"name": name, "title": title, "columns": df.columns, "rows": df.head(limit).rows(),
            "total": df.height, "cut": df.height > limit}


def maybe_export(request: HttpRequest, tables: dict[str, pl.DataFrame], prefix: str) -> HttpResponse | None:
    """`?table=NAME&format=csv|xlsx` downloads that table in full."""
    fmt, name = request.GET.get("format"), request.GET.get("table")
    if fmt in ("csv", "xlsx") and name in tables:
        return export.response(tables[name], f"{prefix}-{name}", fmt)
    return None


def can_import(user: Any) -> bool:
    """Superusers, and managers of a state unit (the import form lists those states)."""
    if getattr(user, "is_superuser", False):
        return True
    paths = scope_paths(user, "manage")
    if paths is ALL:
        return True
    from sangathan.org.models import Unit

    return bool(paths) and Unit.objects.visible_to(user, "manage").filter(level__key="state").exists()
