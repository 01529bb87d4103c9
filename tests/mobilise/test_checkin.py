"""Check-in by the list and by scanning the QR code: one attendance however often it is sent; the
organiser's pages are a 404 outside their scope; attendance flows into the activity."""

from __future__ import annotations

import pytest
from django.urls import reverse

from sangathan.core.models import AuditEvent
from sangathan.mobilise import rollups, tokens
from sangathan.mobilise.actions import CheckIn, RecordAttendance
from sangathan.mobilise.models import TurnoutRollup

pytestmark = pytest.mark.django_db


def turnout(activity, unit):
    return TurnoutRollup.objects.filter(activity=activity, unit=unit).values_list("invited", "attended").get()


def test_checking_in_by_the_list_twice_marks_one_attendance(client_for, state_admin, inv, division_meeting, unit):
    i = inv("अजय वर्मा")
    c = client_for(state_admin)
    before = turnout(division_meeting, unit("दुर्ग संभाग"))
    path = reverse("mobilise:checkin_mark", args=[i.pk])
    r1 = c.post(path, {"via": "list"}, HTTP_ACCEPT="application/json")
    r2 = c.post(path, {"via": "list"}, HTTP_ACCEPT="application/json")  # the retry of a slow connection
    assert r1.json()["marked"] is True and r2.json()["marked"] is False
    assert r1.json()["attended_at"] == r2.json()["attended_at"]
    assert AuditEvent.objects.filter(action="mobilise.check_in", object_id=str(i.pk)).count() == 1
    after = turnout(division_meeting, unit("दुर्ग संभाग"))
    assert after == (before[0], before[1] + 1)
    assert turnout(division_meeting, unit("बेमेतरा जिला")) == (2, 1)
    assert rollups.verify() == []


def test_scanning_the_qr_code_marks_present_once(client_for, state_admin, inv):
    i = inv("लता निषाद")
    c = client_for(state_admin)
    path = reverse("mobilise:scan", args=[tokens.make(i)])
    assert c.get(path).status_code == 200
    i.refresh_from_db()
    assert i.attended_at is None  # opening the page marks nothing
    assert "data-attended" in c.post(path).content.decode()
    c.post(path)
    i.refresh_from_db()
    assert i.attended_via == "qr"
    assert AuditEvent.objects.filter(action="mobilise.check_in", object_id=str(i.pk)).count() == 1


def test_the_check_in_list_searches_by_name(client_for, state_admin, division_meeting):
    r = client_for(state_admin).get(reverse("mobilise:checkin", args=[division_meeting.pk]), {"q": "लता"})
    names = [x.person.name_hi for x in r.context["page"]]
    assert names == ["लता निषाद"]


@pytest.mark.parametrize("persona", ["durg_manager", "balod_reporter", "outsider", "nobody"])
def test_organiser_pages_are_a_404_outside_scope(client_for, request, persona, division_meeting, inv):
    c = client_for(request.getfixturevalue(persona))
    i = inv("लता निषाद")
    for path in (reverse("mobilise:manage", args=[division_meeting.pk]),
                 reverse("mobilise:checkin", args=[division_meeting.pk]),
                 reverse("mobilise:sheet", args=[division_meeting.pk]),
                 reverse("mobilise:outbox", args=[division_meeting.pk]),
                 reverse("mobilise:scan", args=[tokens.make(i)])):
        assert c.get(path).status_code == 404, path
    assert c.post(reverse("mobilise:checkin_mark", args=[i.pk])).status_code == 404
    assert c.post(reverse("mobilise:send", args=[division_meeting.pk])).status_code == 404
    i.refresh_from_db()
    assert i.attended_at is None


def test_a_viewer_sees_the_invitations_but_cannot_check_in(client_for, state_viewer, division_meeting, inv):
    c = client_for(state_viewer)
    assert c.get(reverse("mobilise:manage", args=[division_meeting.pk])).status_code == 200
    assert c.get(reverse("mobilise:checkin", args=[division_meeting.pk])).status_code == 403
    assert c.post(reverse("mobilise:checkin_mark", args=[inv("लता निषाद").pk])).status_code == 403
    # saying the invitee joined online does not get round the organiser's role either
    assert c.post(reverse("mobilise:checkin_mark", args=[inv("लता निषाद").pk]), {"via": "virtual"}).status_code == 403
    assert inv("लता निषाद").attended_at is None


def test_attendance_flows_into_participants_and_attending_units(state_admin, division_meeting, inv):
    CheckIn(state_admin, invitation=inv("विकास शर्मा"), via="list").run()
    r = RecordAttendance(state_admin, activity=division_meeting).run()
    assert r["attended"] == 3  # two from the demo, one here
    parts = {p.person.name_hi: p for p in division_meeting.participations.select_related("person")}
    assert set(parts) == {"दीपक साहू", "जितेंद्र सिंह राजपूत", "विकास शर्मा"}
    assert parts["विकास शर्मा"].roles == ["attendee"]
    assert parts["विकास शर्मा"].posts == ["राजनांदगांव जिला आईटी सेल संयोजक"]
    units = set(division_meeting.attendance.values_list("unit__name_hi", flat=True))
    assert units == {"बालोद जिला", "दुर्ग जिला", "राजनांदगांव जिला"}
    again = RecordAttendance(state_admin, activity=division_meeting).run()
    assert again["participants_added"] == 0
    assert division_meeting.participations.count() == 3
    assert AuditEvent.objects.filter(action="activity.update", object_id=str(division_meeting.pk)).exists()


def test_the_attendance_sheet_is_a_pdf(client_for, state_admin, division_meeting):
    r = client_for(state_admin).get(reverse("mobilise:sheet", args=[division_meeting.pk]))
    assert r.status_code == 200 and r["Content-Type"] == "application/pdf"
    assert r.content.startswith(b"%PDF")
    from sangathan.mobilise import sheet
    from sangathan.mobilise.models import Invitation

    raw = sheet.render_pdf(division_meeting, Invitation.objects.filter(activity=division_meeting), uncompressed_pdf=True)
    assert b"Sheet-Devanagari" in raw  # the shipped Noto Sans Devanagari is embedded, not a system fallback


def test_one_units_attendance_sheet(client_for, state_admin, division_meeting, unit):
    from sangathan.mobilise import sheet
    from sangathan.mobilise.models import Invitation

    c = client_for(state_admin)
    r = c.get(reverse("mobilise:sheet", args=[division_meeting.pk]), {"unit": unit("बालोद जिला").pk})
    assert r.status_code == 200 and r.content.startswith(b"%PDF")
    html = sheet.render_html(division_meeting, Invitation.objects.filter(activity=division_meeting, unit__name_hi="बालोद जिला"))
    assert "दीपक साहू" in html and "अजय वर्मा" not in html
    assert c.get(reverse("mobilise:sheet", args=[division_meeting.pk]), {"unit": "x"}).status_code == 404


def test_a_viewer_cannot_invite_by_posting(client_for, state_viewer, division_meeting, unit):
    r = client_for(state_viewer).post(reverse("mobilise:manage", args=[division_meeting.pk]),
                                      {"root": unit("बालोद जिला").pk})
    assert r.status_code == 403


def test_turnout_follows_a_moved_district_and_the_rollups_command_checks_it(admin, division_meeting, unit):
    from django.core.management import call_command

    from sangathan.org.actions import MoveUnit

    MoveUnit(admin, source="cli", unit=unit("बालोद जिला"), new_parent=unit("रायपुर संभाग")).run()
    assert turnout(division_meeting, unit("दुर्ग संभाग")) == (13, 1)
    assert turnout(division_meeting, unit("रायपुर संभाग")) == (2, 1)
    assert rollups.verify() == []
    call_command("rollups", "verify", "--only", "mobilise")


def test_searching_the_invitees_shows_no_selection_errors(client_for, state_admin, division_meeting):
    r = client_for(state_admin).get(reverse("mobilise:manage", args=[division_meeting.pk]), {"q": "साहू"})
    assert [i.person.name_hi for i in r.context["page"]] == ["दीपक साहू"]
    assert not r.context["form"].is_bound and 'role="alert"' not in r.content.decode()


def test_without_pango_the_sheet_says_what_to_install(client_for, state_admin, division_meeting, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_pango(name, *args, **kwargs):
        if name == "weasyprint":
            raise OSError("cannot load library 'libpango-1.0-0'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pango)
    r = client_for(state_admin).get(reverse("mobilise:sheet", args=[division_meeting.pk]))
    assert r.status_code == 503
    assert "libpango-1.0-0" in r.content.decode()
