"""Every analysis table downloads as CSV (UTF-8 with BOM, so Excel shows Devanagari) or XLSX."""

from __future__ import annotations

import io

import polars as pl
from django.http import HttpResponse
from openpyxl import Workbook

CSV = "text/csv; charset=utf-8"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def csv_bytes(df: pl.DataFrame) -> bytes:
    buf = io.BytesIO()
    df.write_csv(buf)
    return "\ufeff".encode() + buf.getvalue()


def xlsx_bytes(df: pl.DataFrame, title: str = "data") -> bytes:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=title[:31] or "data")
    ws.append(df.columns)
    for row in df.iter_rows():
        ws.append(list(row))
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def response(df: pl.DataFrame, name: str, fmt: str) -> HttpResponse:
    if fmt == "xlsx":
        resp = HttpResponse(xlsx_bytes(df, name), content_type=XLSX)
    else:
        resp = HttpResponse(csv_bytes(df), content_type=CSV)
        fmt = "csv"
    resp["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return resp
