"""Rally pages: organise, the turnout under a unit laggards first with a chart, report, change a target."""

from __future__ import annotations

import datetime
import json
import re

import pytest
from django.utils import timezone

from sangathan.org.models import Level
from sangathan.rallies.actions import OrganiseRally, ReportTurnout
from sangathan.rallies.models import Rally, RallyTarget

SOON = timezone.localdate() + datetime.timedelta(days=5)


@pytest.fixture
def rally(durg_manager, unit):
    r = OrganiseRally(durg_manager, organiser=unit("दुर्ग जिला"), target_level=Level.objects.get(key="assembly"),
                      title="आमसभा", held_on=SOON, people_target=200, vehicles_target=4).run()
    ts = {t.unit.name_hi: t for t in RallyTarget.objects.filter(rally=r).select_related("unit", "rally")}
    ReportTurnout(durg_manager, target=ts["पाटन"], people=190, vehicles=4).run()
    ReportTurnout(durg_manager, target=ts["भिलाई नगर"], people=40, vehicles=1).run()
    return r


def test_the_organiser_sees_targets_against_reports_laggards_first_with_a_chart(client_for, durg_manager, unit, rally):
    durg = unit("दुर्ग जिला")
    html = client_for(durg_manager).get(f"/rallies/{rally.pk}/?unit={durg.pk}").content.decode()
    assert "230</strong> / 1200" in html  # 6 assemblies x 200, two reported
    table = html[html.index("<tbody>", html.index("spec-turnout")):]
    names = re.findall(r'\?unit=\d+">([^<]+)</a></td>', table)
    assert len(names) == 6 and names.index("भिलाई नगर") < names.index("पाटन")  # 20% before 95%
    assert names[-1] == "पाटन"
    spec = json.loads(re.search(r'<script id="spec-turnout" type="application/json">(.*?)</script>', html, re.S)[1])
    assert spec["data"][0]["x"] == names and spec["data"][1]["y"][-1] == 190
    for tag in re.findall(r"<script[^>]*>", html):  # no inline code: only src= scripts and the JSON spec
        assert "src=" in tag or 'type="application/json"' in tag, tag
    assert not re.search(r"\son[a-z]+=", html)


def test_the_list_shows_rallies_reaching_the_unit(client_for, balod_reporter, durg_manager, unit, rally):
    html = client_for(durg_manager).get(f"/rallies/?unit={unit('दुर्ग जिला').pk}").content.decode()
    assert "आमसभा" in html and "230/1200" in html and "/rallies/new/" in html
    html = client_for(balod_reporter).get("/rallies/").content.decode()  # their own unit by default
    assert "आमसभा" not in html and "/rallies/new/" not in html


def test_a_unit_reports_through_the_form_and_bad_input_is_named(client_for, durg_manager, rally):
    t = RallyTarget.objects.get(rally=rally, unit__name_hi="दुर्ग शहर")
    c = client_for(durg_manager)
    r = c.post(f"/rallies/targets/{t.pk}/report/", {"people": "-3", "vehicles": "1", "seen": ""})
    assert r.status_code == 200 and "errorlist" in r.content.decode()
    assert RallyTarget.objects.get(pk=t.pk).reported_at is None
    r = c.post(f"/rallies/targets/{t.pk}/report/", {"people": "210", "vehicles": "5", "note": "सब आए", "seen": ""})
    assert r.status_code == 302
    t.refresh_from_db()
    assert (t.people, t.vehicles, t.note) == (210, 5, "सब आए")


def test_organising_through_the_form(client_for, durg_manager, unit):
    durg = unit("दुर्ग जिला")
    c = client_for(durg_manager)
    r = c.post(f"/rallies/new/?unit={durg.pk}", {"title": "रैली", "held_on": SOON.isoformat(),
                                                  "target_level": Level.objects.get(key="mandal").pk,
                                                  "people_target": "300", "vehicles_target": "6"})
    assert r.status_code == 302, r.content.decode()[-1500:]
    rally = Rally.objects.get(title="रैली")
    assert rally.targets_count == 2
    past = (timezone.localdate() - datetime.timedelta(days=3)).isoformat()
    r = c.post(f"/rallies/new/?unit={durg.pk}", {"title": "पुरानी", "held_on": past,
                                                  "target_level": Level.objects.get(key="mandal").pk,
                                                  "people_target": "300", "vehicles_target": "6"})
    assert r.status_code == 200 and "is in the past" in r.content.decode() or "बीत" in r.content.decode()
    assert not Rally.objects.filter(title="पुरानी").exists()


def test_the_organiser_changes_one_units_target(client_for, durg_manager, rally):
    t = RallyTarget.objects.get(rally=rally, unit__name_hi="पाटन")
    r = client_for(durg_manager).post(f"/rallies/targets/{t.pk}/edit/", {"people_target": "400", "vehicles_target": "8"})
    assert r.status_code == 302
    assert rally.rollups.get(unit=rally.organiser).people_target == 1400


def test_scope_on_the_pages(client_for, outsider, state_viewer, balod_reporter, rally, unit):
    t = RallyTarget.objects.filter(rally=rally).first()
    durg = unit("दुर्ग जिला")
    for who in (outsider, balod_reporter):
        c = client_for(who)
        assert c.get(f"/rallies/{rally.pk}/?unit={durg.pk}").status_code == 404
        assert c.post(f"/rallies/targets/{t.pk}/report/", {"people": "1"}).status_code == 404
    c = client_for(state_viewer)
    assert c.get(f"/rallies/{rally.pk}/?unit={durg.pk}").status_code == 200
    assert c.post(f"/rallies/targets/{t.pk}/report/", {"people": "1"}).status_code == 403
    assert c.post(f"/rallies/targets/{t.pk}/edit/", {"people_target": "1", "vehicles_target": "0"}).status_code == 403
    assert c.get(f"/rallies/new/?unit={durg.pk}").status_code == 403


# -- API --------------------------------------------------------------------------------------------
def test_the_api_gives_turnout_laggards_first_and_takes_a_units_report(client_for, durg_manager, outsider, unit, rally):
    durg = unit("दुर्ग जिला")
    c = client_for(durg_manager)
    got = c.get(f"/api/units/{durg.pk}/rallies/{rally.pk}").json()
    assert (got["people"], got["people_target"], got["reported"]) == (230, 1200, 2)
    assert [x["name_hi"] for x in got["children"]][-1] == "पाटन" and got["children"][0]["people_pct"] == 0
    assert any(r["id"] == rally.pk for r in c.get(f"/api/units/{durg.pk}/rallies").json())
    t = RallyTarget.objects.get(rally=rally, unit__name_hi="दुर्ग शहर")
    r = c.post(f"/api/rally-targets/{t.pk}/report", {"people": 150, "vehicles": 2}, content_type="application/json")
    assert r.status_code == 200 and r.json()["people"] == 150
    r = c.post(f"/api/rally-targets/{t.pk}/report", {"people": -1}, content_type="application/json")
    assert r.status_code == 422 and "people" in r.json()["errors"]
    o = client_for(outsider)
    assert o.get(f"/api/units/{durg.pk}/rallies/{rally.pk}").status_code == 404
    assert o.post(f"/api/rally-targets/{t.pk}/report", {"people": 1}, content_type="application/json").status_code == 404
