"""Dashboards: rendered for in-scope users with charts, 404 out of scope, scoped totals, exports."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from openpyxl import load_workbook

from sangathan.booths import rebuild
from sangathan.booths.models import BoothRollup
from sangathan.booths.state import status_counts
from sangathan.org.actions import insert_unit
from sangathan.org.models import Level


def test_a_district_manager_sees_the_district_dashboard_with_charts(durg_manager, client_for, unit):
    r = client_for(durg_manager).get(f"/dashboards/unit/{unit('दुर्ग जिला').pk}/")
    assert r.status_code == 200
    body = r.content.decode()
    for key in ("booths", "programmes", "activities"):
        assert f'id="chart-{key}"' in body and f'id="spec-{key}"' in body
    assert "plotly/plotly.min.js" in body and "cdn" not in body.lower()


@pytest.mark.parametrize("name", ["दुर्ग ग्रामीण", "उतई मंडल", "बूथ क्रमांक 1"])
def test_every_level_below_renders(durg_manager, client_for, unit, name):
    assert client_for(durg_manager).get(f"/dashboards/unit/{unit(name).pk}/").status_code == 200


@pytest.mark.parametrize("persona", ["balod_reporter", "outsider", "nobody"])
def test_out_of_scope_dashboards_are_404(persona, client_for, unit, request):
    user = request.getfixturevalue(persona)
    c = client_for(user)
    durg = unit("दुर्ग जिला")
    assert c.get(f"/dashboards/unit/{durg.pk}/").status_code == 404
    assert c.get(f"/dashboards/unit/{durg.pk}/export/children.csv").status_code == 404


def test_a_district_managers_totals_exclude_other_districts(durg_manager, state_viewer, client_for, unit):
    balod = unit("बालोद जिला")
    booth = insert_unit(insert_unit(balod, Level.objects.get(key="mandal"), "बालोद मंडल"),
                        Level.objects.get(key="booth"), "बालोद बूथ 1", code="B-1")
    rebuild.rebuild()
    assert status_counts(unit("दुर्ग जिला"))["booths"] == 12
    assert status_counts(unit("छत्तीसगढ़"))["booths"] == 13
    body = client_for(durg_manager).get(f"/dashboards/unit/{unit('दुर्ग जिला').pk}/").content.decode()
    assert "<strong>12</strong>" in body and "बालोद" not in body
    assert client_for(durg_manager).get(f"/dashboards/unit/{unit('छत्तीसगढ़').pk}/").status_code == 404
    state = client_for(state_viewer).get(f"/dashboards/unit/{unit('छत्तीसगढ़').pk}/").content.decode()
    assert "<strong>13</strong>" in state
    del booth


def test_the_dashboard_home_opens_the_users_own_unit(durg_manager, client_for, unit):
    r = client_for(durg_manager).get("/dashboards/")
    assert r.status_code == 302 and r.url.endswith(f"/dashboards/unit/{unit('दुर्ग जिला').pk}/")


@pytest.mark.parametrize("table", ["coverage", "children", "programmes", "matrix", "activities", "levels", "vacancies"])
def test_every_table_exports_to_csv_and_xlsx(durg_manager, client_for, unit, table):
    c = client_for(durg_manager)
    pk = unit("दुर्ग ग्रामीण").pk
    r = c.get(f"/dashboards/unit/{pk}/export/{table}.csv")
    assert r.status_code == 200 and r.content.startswith(b"\xef\xbb\xbf")
    r = c.get(f"/dashboards/unit/{pk}/export/{table}.xlsx")
    assert r.status_code == 200
    assert load_workbook(io.BytesIO(r.content)).active.max_row >= 1


def test_the_children_export_has_the_mandals_booth_coverage(durg_manager, client_for, unit):
    text = client_for(durg_manager).get(f"/dashboards/unit/{unit('दुर्ग ग्रामीण').pk}/export/children.csv")
    rows = text.content.decode("utf-8-sig").splitlines()
    assert len(rows) == 3 and rows[1].startswith("उतई मंडल") and ",6," in rows[1]


def test_rollups_verify_finds_drift_and_rebuild_repairs_it(unit, capsys):
    call_command("rollups", "verify")
    BoothRollup.objects.filter(unit=unit("दुर्ग जिला")).update(formed=999)
    with pytest.raises(Exception, match="rollups differ"):
        call_command("rollups", "verify")
    assert "unit" in capsys.readouterr().out
    call_command("rollups", "rebuild")
    call_command("rollups", "verify")


def test_the_booth_counts_fragment_is_scoped(durg_manager, balod_reporter, client_for, unit):
    pk = unit("दुर्ग जिला").pk
    assert client_for(durg_manager).get(f"/booths/unit/{pk}/counts/").status_code == 200
    assert client_for(balod_reporter).get(f"/booths/unit/{pk}/counts/").status_code == 404


def test_the_committee_page_lets_a_manager_add_a_member(durg_manager, client_for, unit):
    from sangathan.booths.models import CommitteeRole
    from sangathan.people.models import Person

    booth = unit("बूथ क्रमांक 10")
    person = Person.objects.filter(home_unit=booth).first()
    c = client_for(durg_manager)
    assert c.get(f"/booths/{booth.pk}/").status_code == 200
    r = c.post(f"/booths/{booth.pk}/", {"person": person.pk, "role": CommitteeRole.objects.get(key="bla").pk})
    assert r.status_code == 302 and booth.committee.seats_set.filter(role__key="bla").exists()


def test_the_page_matrix_shows_the_programmes_due_last_and_the_export_has_all(durg_manager, client_for, unit,
                                                                             monkeypatch):
    import csv
    import re

    from sangathan.dashboards import views

    c = client_for(durg_manager)
    pk = unit("दुर्ग जिला").pk
    header = next(csv.reader(c.get(f"/dashboards/unit/{pk}/export/matrix.csv").content.decode("utf-8-sig")
                             .splitlines()))
    assert len(header) >= 3  # the unit column and at least two programmes

    def page_header() -> list[str]:
        html = c.get(f"/dashboards/unit/{pk}/").content.decode()
        table = html.split('id="table-matrix"')[1].split("</thead>")[0]
        return re.findall(r"<th>(.*?)</th>", table)

    assert len(page_header()) == len(header)  # fewer programmes than the page shows: all of them
    monkeypatch.setattr(views, "MATRIX_ON_PAGE", 1)
    assert page_header()[1:] == header[-1:]  # the one due last
    assert len(next(csv.reader(c.get(f"/dashboards/unit/{pk}/export/matrix.csv").content.decode("utf-8-sig")
                               .splitlines()))) == len(header)
