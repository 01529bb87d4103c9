"""Exports named after a unit: a name with characters Excel or HTTP headers refuse still downloads."""

from __future__ import annotations

import io

from openpyxl import load_workbook

from sangathan.org.actions import UpdateUnit


def test_a_unit_named_with_a_slash_exports_to_xlsx(cg_election, client_for, durg_manager, unit):
    durg = unit("दुर्ग जिला")
    durg = UpdateUnit(durg_manager, unit=durg, fields={"name_hi": 'दुर्ग/भिलाई: "जिला" [1]?'}, version=durg.version).run()
    c = client_for(durg_manager)
    r = c.get(f"/elections/{cg_election.pk}/unit/{durg.pk}/", {"table": "booths", "format": "xlsx"})
    assert r.status_code == 200  # openpyxl refused the sheet title: a 500
    assert load_workbook(io.BytesIO(r.content)).sheetnames[0]
    assert r["Content-Disposition"].startswith("attachment; filename*=utf-8''election-")  # not =?utf-8?b?…
    r = c.get(f"/elections/{cg_election.pk}/unit/{durg.pk}/", {"table": "booths", "format": "csv"})
    assert r.status_code == 200 and r["Content-Disposition"].endswith("-booths.csv")
