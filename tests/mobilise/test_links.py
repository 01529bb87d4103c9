"""The personal link: RSVP, the virtual join and the QR code work without a login; forged, revoked and
expired links are refused with a clear page in the user's language, and nothing changes."""

from __future__ import annotations

import datetime

import pytest
import time_machine
from django.urls import reverse

from sangathan.core.models import AuditEvent
from sangathan.mobilise import tokens
from sangathan.mobilise.actions import InviteByTree, RevokeInvitation
from sangathan.mobilise.models import Invitation, OptOut
from sangathan.mobilise.selection import Selection

pytestmark = pytest.mark.django_db


def url(inv, name="mobilise:invitation"):
    return reverse(name, args=[tokens.make(inv)])


def test_the_invitee_answers_yes_with_a_reason_without_logging_in(client, inv):
    i = inv("अजय वर्मा")
    page = client.get(url(i))
    assert page.status_code == 200
    assert "आईटी सेल दुर्ग संभाग के जिला संयोजकों की बैठक" in page.content.decode()
    r = client.post(url(i), {"rsvp": "yes", "reason": "समय पर पहुँचूँगा"})
    assert r.status_code == 200 and b"data-saved" in r.content
    i.refresh_from_db()
    assert (i.rsvp, i.rsvp_reason) == ("yes", "समय पर पहुँचूँगा")
    ev = AuditEvent.objects.filter(action="mobilise.rsvp", object_id=str(i.pk)).last()
    assert ev.after["rsvp"] == "yes" and ev.source == "link" and ev.actor_label == f"invitee:{i.person_id}"


def test_a_bad_answer_names_the_field_and_saves_nothing(client, inv):
    i = inv("अजय वर्मा")
    r = client.post(url(i), {"rsvp": "perhaps", "reason": "x" * 301})
    assert r.status_code == 200
    assert r.context["form"].errors.keys() == {"rsvp", "reason"}
    i.refresh_from_db()
    assert i.rsvp == "pending"


def forged(inv_obj) -> str:
    t = tokens.make(inv_obj)
    return t[:-3] + ("AAA" if not t.endswith("AAA") else "BBB")


def test_a_forged_link_is_refused_in_hindi_and_changes_nothing(client, inv):
    i = inv("अजय वर्मा")
    before = AuditEvent.objects.count()
    for path in (reverse("mobilise:invitation", args=[forged(i)]), reverse("mobilise:join", args=[forged(i)]),
                 reverse("mobilise:invitation", args=[f"{i.pk + 1}.{i.nonce}:" + tokens.make(i).split(":")[1]])):
        r = client.post(path, {"rsvp": "no"})
        assert r.status_code == 404
        assert 'data-refused="forged"' in r.content.decode()
        assert "यह लिंक" in r.content.decode()
    i.refresh_from_db()
    assert i.rsvp == "pending" and i.attended_at is None
    assert AuditEvent.objects.count() == before


def test_a_revoked_link_is_refused_in_english_for_an_english_browser(client, inv, state_admin):
    i = inv("अजय वर्मा")
    old = url(i)
    RevokeInvitation(state_admin, invitation=i).run()
    r = client.post(old, {"rsvp": "yes"}, HTTP_ACCEPT_LANGUAGE="en")
    assert r.status_code == 410
    assert "withdrawn by the organisers" in r.content.decode()
    i.refresh_from_db()
    assert i.rsvp == "pending" and i.revoked


def test_inviting_a_revoked_person_again_gives_a_new_link_and_the_old_stays_dead(client, inv, state_admin, unit, division_meeting):
    i = inv("अजय वर्मा")
    old = url(i)
    RevokeInvitation(state_admin, invitation=i).run()
    InviteByTree(state_admin, activity=division_meeting, selection=Selection(people=[i.person])).run()
    i.refresh_from_db()
    assert not i.revoked
    assert client.get(old).status_code == 410
    assert client.get(url(i)).status_code == 200


def test_an_expired_link_is_refused(client, inv, division_meeting):
    i = inv("अजय वर्मा")
    with time_machine.travel(division_meeting.starts_at + datetime.timedelta(days=tokens.link_days(), minutes=1)):
        r = client.post(url(i), {"rsvp": "yes"})
    assert r.status_code == 410 and 'data-refused="expired"' in r.content.decode()
    i.refresh_from_db()
    assert i.rsvp == "pending"


def test_the_virtual_join_link_records_who_joined_once_and_goes_to_the_meeting(client, state_admin, future_activity, unit):
    act = future_activity(title="वर्चुअल परीक्षण बैठक", mode="virtual", join_link="https://meet.example.org/test")
    InviteByTree(state_admin, activity=act, selection=Selection(root=unit("बालोद जिला"))).run()
    i = Invitation.objects.get(activity=act, person__name_hi="दीपक साहू")
    r1 = client.get(url(i, "mobilise:join"))
    assert r1.status_code == 302 and r1["Location"] == "https://meet.example.org/test"
    i.refresh_from_db()
    first = (i.joined_at, i.attended_at)
    assert i.attended_via == "virtual" and first[0] is not None
    r2 = client.get(url(i, "mobilise:join"))
    assert r2.status_code == 302
    i.refresh_from_db()
    assert (i.joined_at, i.attended_at) == first
    assert AuditEvent.objects.filter(action="mobilise.check_in", object_id=str(i.pk)).count() == 1
    page = client.get(url(i))
    assert reverse("mobilise:join", args=[tokens.make(i)]) in page.content.decode()


def test_the_qr_code_is_an_svg_of_the_check_in_address(client, inv):
    r = client.get(url(inv("अजय वर्मा"), "mobilise:qr"))
    assert r.status_code == 200 and r["Content-Type"] == "image/svg+xml"
    assert r.content.lstrip().startswith(b"<svg")


def test_the_invitee_can_stop_notices(client, inv):
    i = inv("अजय वर्मा")
    r = client.post(url(i, "mobilise:opt_out"))
    assert r.status_code == 302
    assert OptOut.objects.filter(person=i.person).exists()
    client.post(url(i, "mobilise:opt_out"))
    assert OptOut.objects.filter(person=i.person).count() == 1
