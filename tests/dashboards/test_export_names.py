"""A unit code is free text: the export's file name stays a well-formed header."""

from __future__ import annotations

from sangathan.org.actions import UpdateUnit


def test_a_code_with_quotes_does_not_break_the_download_header(durg_manager, client_for, unit):
    durg = unit("दुर्ग जिला")
    UpdateUnit(durg_manager, unit=durg, fields={"code": 'D"1/x'}, version=durg.version).run()
    r = client_for(durg_manager).get(f"/dashboards/unit/{durg.pk}/export/coverage.csv")
    assert r.status_code == 200
    assert r["Content-Disposition"] == 'attachment; filename="D\\"1/x-coverage.csv"'


def test_text_that_looks_like_a_formula_is_not_run_by_a_spreadsheet():
    from sangathan.core.spreadsheets import csv_bytes

    data = csv_bytes(["unit"], [['=HYPERLINK("http://x")'], ["-1+2"], [-5], ["बूथ"]]).decode("utf-8-sig")
    assert data.splitlines() == ["unit", '"\'=HYPERLINK(""http://x"")"', "\'-1+2", "-5", "बूथ"]
