"""CSV (UTF-8 with BOM, so Excel shows Devanagari) and XLSX (openpyxl, write-only) of any table."""

from __future__ import annotations

import csv
import io

from django.http import HttpResponse
from django.utils.http import content_disposition_header
from openpyxl import Workbook

from sangathan.dashboards.tables import Table


def csv_response(t: Table, filename: str) -> HttpResponse:
    buf = io.StringIO()
    buf.write("\ufeff")
    w = csv.writer(buf)
    w.writerow(t.headers)
    w.writerows(t.rows)
    resp = HttpResponse(buf.getvalue(), content_type="text/csv; charset=utf-8")
    resp["Content-Disposition"] = content_disposition_header(True, f"{filename}.csv")
    return resp


def xlsx_response(t: Table, filename: str) -> HttpResponse:
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(t.key[:31])
    ws.append(t.headers)
    for row in t.rows:
        ws.append(row)
    buf = io.BytesIO()
    wb.save(buf)
    resp = HttpResponse(buf.getvalue(),
                        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    resp["Content-Disposition"] = content_disposition_header(True, f"{filename}.xlsx")
    return resp
