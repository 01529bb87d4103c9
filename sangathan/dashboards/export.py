"""Any dashboard table as CSV or XLSX (see core.spreadsheets)."""

from __future__ import annotations

from django.http import HttpResponse

from sangathan.core.spreadsheets import download
from sangathan.dashboards.tables import Table


def csv_response(t: Table, filename: str) -> HttpResponse:
    return download(t.headers, t.rows, filename, "csv")


def xlsx_response(t: Table, filename: str) -> HttpResponse:
    return download(t.headers, t.rows, filename, "xlsx", title=t.key)
