"""The review form and the compose page: malformed posts get a 404 or a message, never a 500,
and a viewer in scope is told 'not allowed' (403) rather than 'not found'."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from sangathan.activities.models import Activity
from sangathan.core.models import AuditEvent


@pytest.fixture
def reporter(balod_reporter):
    c = Client(raise_request_exception=False)
    c.force_login(balod_reporter)
    return c


def _save(unit_id, **extra):
    return {"step": "save", "text": "बैठक", "title": "बैठक", "unit": unit_id, "kind": "meeting", **extra}


@pytest.mark.parametrize("unit_id", ["abc", "१२", "²", "-1", "1.5", "99999999999999999999999"])
def test_a_unit_that_is_not_an_id_is_404(reporter, unit_id):
    assert reporter.post(reverse("press_extract"), _save(unit_id)).status_code == 404


@pytest.mark.parametrize("field,value", [("people", "abc"), ("people", "10000000"), ("quotes", "x"),
                                         ("people", "-3")])
def test_bad_row_counts_are_a_message_and_write_nothing(reporter, unit, field, value):
    before = (Activity.objects.count(), AuditEvent.objects.count())
    response = reporter.post(reverse("press_extract"), _save(unit("बालोद जिला").pk, **{field: value}), follow=True)
    assert response.status_code == 200
    assert "पंक्ति-संख्या नहीं है" in " ".join(str(m) for m in response.context["messages"])
    assert (Activity.objects.count(), AuditEvent.objects.count()) == before


def test_a_person_match_that_is_not_an_id_is_a_message(reporter, unit):
    response = reporter.post(reverse("press_extract"),
                             _save(unit("बालोद जिला").pk, people="1", **{"p0-name": "राम", "p0-match": "²"}))
    assert response.status_code == 200
    assert "जो आपको दिखता हो" in " ".join(str(m) for m in response.context["messages"])


def test_a_viewer_in_scope_gets_403_on_compose_and_moderate(client_for, state_viewer, seed_activity):
    from django.contrib.auth import get_user_model

    from sangathan.press.actions import PublishNote, SubmitComment

    admin = get_user_model().objects.get(username="admin")
    note = PublishNote(admin, activity=seed_activity, headline="बैठक", body="बैठक हुई").run()
    comment = SubmitComment("public", note=note, name="पाठक", email="r@example.com", body="अच्छा", ip_hash="x").run()
    c = client_for(state_viewer)
    assert c.get(reverse("press_compose", args=[seed_activity.pk])).status_code == 403
    assert c.post(reverse("moderate", args=[comment.pk]), {"decision": "approve"}).status_code == 403
    comment.refresh_from_db()
    assert comment.status == "pending"


def test_a_pasted_five_megabyte_report_gets_the_length_message(client_for, state_admin):
    text = "क" * (5 * 1024 * 1024 // 3)  # 5 MB of Devanagari
    r = client_for(state_admin).post("/press/extract/", {"text": text, "step": "extract"})
    assert r.status_code == 200 and "200,000" in r.content.decode()
