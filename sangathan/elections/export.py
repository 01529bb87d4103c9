"""Every analysis table downloads as CSV (UTF-8 with BOM, so Excel shows Devanagari) or XLSX."""

from __future__ import annotations

import io
import re

import polars as pl
from django.http import HttpResponse
from django.utils.http import content_disposition_header
from openpyxl import Workbook

CSV = "text/csv; charset=utf-8"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def csv_bytes(df: pl.DataFrame) -> bytes:
    buf = io.BytesIO()
    df.write_csv(buf)
    return "\ufeff".encode() + buf.getvalue()


def sheet_title(title: str) -> str:
    """A title Excel accepts: at most 31 characters, none of : \\ / ? * [ ] (a unit's name may have them)."""
    return re.sub(r"[:\\/?*\[\]]", "-", title)[:31].strip("' ") or "data"


def xlsx_bytes(df: pl.DataFrame, title: str = "data") -> bytes:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=sheet_title(title))
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
    # The name carries a unit's name (Devanagari, quotes...): RFC 6266 quoting, not a MIME-encoded header.
    resp["Content-Disposition"] = content_disposition_header(True, f"{name}.{fmt}")
    return resp
