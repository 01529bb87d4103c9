"""Every analysis table downloads as CSV or XLSX (see core.spreadsheets)."""

from __future__ import annotations

import polars as pl
from django.http import HttpResponse

from sangathan.core.spreadsheets import download


def response(df: pl.DataFrame, name: str, fmt: str) -> HttpResponse:
    return download(df.columns, df.iter_rows(), name, fmt, title=name)
