"""Tables as downloads: CSV (UTF-8 with BOM, so Excel shows Devanagari) or XLSX, one implementation.

Text cells that a spreadsheet would run as a formula (=, +, -, @ first) get a leading apostrophe:
a unit or person name typed by anyone must never become a formula on an analyst's machine.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence

from django.http import HttpResponse
from django.utils.http import content_disposition_header
from openpyxl import Workbook

CSV = "text/csv; charset=utf-8"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    if isinstance(value, str) and value.startswith(_FORMULA):
        return "'" + value
    return value


def sheet_title(title: str) -> str:
    """A title Excel accepts: at most 31 characters, none of : \\ / ? * [ ] (a unit's name may have them)."""
    return re.sub(r"[:\\/?*\[\]]", "-", title)[:31].strip("' ") or "data"


def csv_bytes(headers: Sequence, rows: Iterable[Sequence]) -> bytes:
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf)
    w.writerow([safe_cell(h) for h in headers])
    w.writerows([safe_cell(v) for v in row] for row in rows)
    return buf.getvalue().encode("utf-8")


def xlsx_bytes(headers: Sequence, rows: Iterable[Sequence], title: str = "data") -> bytes:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(title=sheet_title(title))
    ws.append([safe_cell(h) for h in headers])
    for row in rows:
        ws.append([safe_cell(v) for v in row])
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def download(headers: Sequence, rows: Iterable[Sequence], name: str, fmt: str, title: str = "data") -> HttpResponse:
    """A CSV or XLSX attachment; the file name may carry Devanagari (RFC 6266 quoting)."""
    if fmt == "xlsx":
        resp = HttpResponse(xlsx_bytes(headers, rows, title), content_type=XLSX)
    else:
        resp, fmt = HttpResponse(csv_bytes(headers, rows), content_type=CSV), "csv"
    resp["Content-Disposition"] = content_disposition_header(True, f"{name}.{fmt}")
    return resp
