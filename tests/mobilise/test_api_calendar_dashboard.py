"""The API (preview, invite, list, check-in, notices), the calendar feed and the dashboard section."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from sangathan.accounts.models import ApiToken
from sangathan.mobilise import calendar
from sangathan.mobilise.models import Invitation

pytestmark = pytest.mark.django_db


def api(user):
    return Client(headers={"Authorization": f"Bearer {ApiToken.issue(user)}"})


def test_the_api_previews_then_invites_by_the_tree(state_admin, unit, future_activity):
    act = future_activity()
    body = {"root_id": unit("दुर्ग संभाग").pk, "level_keys": ["district"], "wing_keys": ["it-cell"], "post_keys": ["convener"]}
    c = api(state_admin)
    p = c.post(f"/api/activities/{act.pk}/invitations/preview", body, content_type="application/json").json()
    assert p["total"] == 8 and len(p["people"]) == 8 and p["by_level"][0]["people"] == 8
    r = c.post(f"/api/activities/{act.pk}/invitations", body, content_type="application/json").json()
    assert r["invited"] == 8
    listed = c.get(f"/api/activities/{act.pk}/invitations").json()
    assert {x["person_name_hi"] for x in listed} >= {"दीपक साहू", "नीरज गुप्ता"}
    one = listed[0]["id"]
    assert c.post(f"/api/invitations/{one}/checkin").json()["marked"] is True
    assert c.post(f"/api/invitations/{one}/checkin").json()["marked"] is False
    b = c.post(f"/api/activities/{act.pk}/notices").json()
    assert c.get(f"/api/notice-batches/{b['id']}").json()["state"] == "done"


def test_api_bad_input_names_the_field(state_admin, unit, future_activity):
    act = future_activity()
    r = api(state_admin).post(f"/api/activities/{act.pk}/invitations/preview",
                              {"root_id": unit("दुर्ग संभाग").pk, "post_keys": ["emperor"]}, content_type="application/json")
    assert r.status_code == 422 and "emperor" in r.json()["errors"]["post_keys"][0]


def test_the_api_is_a_404_out_of_scope(outsider, division_meeting):
    c = api(outsider)
    assert c.get(f"/api/activities/{division_meeting.pk}/invitations").status_code == 404
    inv = Invitation.objects.filter(activity=division_meeting).first()
    assert c.post(f"/api/invitations/{inv.pk}/checkin").status_code == 404


def test_the_calendar_feed_lists_upcoming_activities_of_my_units(client, client_for, state_viewer, division_meeting):
    page = client_for(state_viewer).get(reverse("mobilise:calendar"))
    url = page.context["url"]
    body = Client().get(url).content.decode()
    assert body.startswith("BEGIN:VCALENDAR\r\n") and "END:VCALENDAR" in body
    assert f"UID:activity-{division_meeting.pk}@sangathan" in body
    unfolded = body.replace("\r\n ", "")
    assert "SUMMARY:आईटी सेल दुर्ग संभाग के जिला संयोजकों की बैठक" in unfolded
    assert all(len(line.encode()) <= 75 for line in body.split("\r\n"))
    client_for(state_viewer).post(reverse("mobilise:calendar"))  # a new secret address
    assert Client().get(url).status_code == 404


def test_an_invitee_with_a_login_finds_their_invitation_in_their_feed(admin, division_meeting, outsider):
    from sangathan.people.models import Person

    p = Person.objects.get(name_hi="दीपक साहू")
    Person.objects.filter(pk=p.pk).update(user=outsider)  # बस्तर's viewer cannot see दुर्ग संभाग's activities
    body = calendar.ics(outsider).replace("\r\n ", "")
    assert f"UID:activity-{division_meeting.pk}@sangathan" in body
    assert "/mobilise/i/" in body and "STATUS:CONFIRMED" in body


def test_an_unknown_calendar_address_is_a_404(client):
    assert client.get(reverse("mobilise:calendar_feed", args=["nope"])).status_code == 404


def test_the_dashboard_shows_invited_and_attended_per_unit_worst_first(client_for, state_admin, unit, division_meeting):
    r = client_for(state_admin).get(reverse("dashboards:unit", args=[unit("दुर्ग संभाग").pk]))
    rows = r.context["turnout"]
    mine = [x for x in rows if x["activity"].pk == division_meeting.pk][0]
    assert (mine["invited"], mine["attended"], mine["pct"]) == (15, 2, 13)
    kids = {k["unit"].name_hi: (k["invited"], k["attended"]) for k in mine["children"]}
    assert kids["बालोद जिला"] == (2, 1) and kids["दुर्ग जिला"] == (3, 1) and kids["बेमेतरा जिला"] == (2, 0)
    assert mine["children"][0]["pct"] == 0  # the laggards first
    assert "data-turnout" in r.content.decode()
