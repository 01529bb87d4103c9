"""The booth committee pages answer bad input with a message or a 404, never a 500."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from sangathan.booths.models import CommitteeMember
from sangathan.core.models import AuditEvent
from sangathan.core.tree import subtree_q


@pytest.fixture
def manager(durg_manager):
    c = Client(raise_request_exception=False)
    c.force_login(durg_manager)
    return c


def _messages(response) -> str:
    return " ".join(str(m) for m in response.context["messages"])


def test_recording_a_meeting_at_a_unit_that_is_not_a_booth_is_a_message(manager, unit):
    durg = unit("दुर्ग जिला")
    before = AuditEvent.objects.count()
    response = manager.post(reverse("booths:meeting", args=[durg.pk]), follow=True)
    assert response.status_code == 200  # was a 500 (the action's ValidationError escaped)
    assert "बूथ नहीं है" in _messages(response)  # the page speaks Hindi, the default
    assert AuditEvent.objects.count() == before


def test_bad_voter_list_pages_are_reported_not_dropped(manager, unit):
    booth = unit("बूथ क्रमांक 11")
    response = manager.post(reverse("booths:pages", args=[booth.pk]), {"voter_list_pages": "abc"}, follow=True)
    assert response.status_code == 200 and _messages(response)
    durg = unit("दुर्ग जिला")
    response = manager.post(reverse("booths:pages", args=[durg.pk]), {"voter_list_pages": "3"}, follow=True)
    assert response.status_code == 200 and "बूथ नहीं है" in _messages(response)


def test_an_unknown_seat_operation_is_404_and_changes_nothing(manager, unit):
    seat = CommitteeMember.objects.filter(subtree_q("committee__unit__path", unit("दुर्ग जिला").path)).first()
    before = AuditEvent.objects.count()
    assert manager.post(reverse("booths:seat", args=[seat.pk, "promote"])).status_code == 404
    assert CommitteeMember.objects.filter(pk=seat.pk).exists()
    assert AuditEvent.objects.count() == before


def test_a_user_granted_only_a_booth_does_not_see_the_unit_above_it(admin, unit):
    from django.contrib.auth import get_user_model

    from sangathan.accounts.actions import CreateUser, GrantRole

    booth = unit("बूथ क्रमांक 1")
    user = CreateUser(admin, source="cli", username="booth_only", password="a-long-password").run()
    GrantRole(admin, source="cli", user=user, role="manager", unit=booth).run()
    c = Client()
    c.force_login(get_user_model().objects.get(pk=user.pk))
    body = c.get(reverse("booths:committee", args=[booth.pk])).content.decode()
    assert booth.name_hi in body and booth.parent.name_hi not in body
    c.force_login(admin)
    assert booth.parent.name_hi in c.get(reverse("booths:committee", args=[booth.pk])).content.decode()
