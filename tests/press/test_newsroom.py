"""Publishing a press note, the public page, comments and their moderation."""

import pytest
from django.urls import reverse

from sangathan.core.models import AuditEvent
from sangathan.press.actions import COMMENTS_PER_IP, PublishNote
from sangathan.press.models import Comment, PressNote


@pytest.fixture
def note(durg_manager, unit):
    from sangathan.activities.models import Activity

    meeting = Activity.objects.get(kind="virtual_meeting")
    return PublishNote(durg_manager, activity=meeting, headline="दुर्ग आईटी सेल की वर्चुअल बैठक",
                       body="दुर्ग।\nआईटी सेल की बैठक हुई।").run()


def comment(client, note, **extra):
    data = {"name": "रमेश", "email": "ramesh@example.org", "body": "अच्छी खबर"} | extra
    return client.post(reverse("press_note", args=[note.slug]), data, REMOTE_ADDR=extra.pop("ip", "10.0.0.1"))


def test_the_compose_page_offers_a_hindi_press_note_in_the_genre_order(client_for, state_admin, seed_activity):
    body = client_for(state_admin).get(reverse("press_compose", args=[seed_activity.pk])).content.decode()
    assert "मुख्य अतिथि" in body and "विजय बघेल" in body
    assert body.index("मुख्य अतिथि") < body.index("आभार")


def test_publishing_from_the_compose_page_makes_a_public_page(client_for, durg_manager, client):
    from sangathan.activities.models import Activity

    meeting = Activity.objects.get(kind="virtual_meeting")
    c = client_for(durg_manager)
    r = c.post(reverse("press_compose", args=[meeting.pk]), {"lang": "hi", "headline": "बैठक संपन्न",
                                                             "body": "दुर्ग।\nबैठक संपन्न हुई।"})
    note = PressNote.objects.get(headline="बैठक संपन्न")
    assert r.status_code == 302 and AuditEvent.objects.filter(action="pressnote.publish").exists()
    c.logout()
    page = client.get(reverse("press_note", args=[note.slug])).content.decode()
    assert "बैठक संपन्न हुई।" in page
    for share in ("wa.me/?text=", "twitter.com/intent/tweet", "facebook.com/sharer", "mailto:?subject="):
        assert share in page
    assert "<script src=\"http" not in page  # no third-party scripts


def test_reporters_of_other_units_cannot_compose(client_for, balod_reporter, seed_activity):
    assert client_for(balod_reporter).get(reverse("press_compose", args=[seed_activity.pk])).status_code == 404


def test_a_comment_waits_for_moderation_then_shows(client, client_for, durg_manager, note):
    r = comment(client, note, body="<script>alert(1)</script> बढ़िया")
    assert r.status_code == 302
    c = Comment.objects.get(note=note)
    assert c.status == "pending"
    assert "बढ़िया" not in client.get(reverse("press_note", args=[note.slug])).content.decode()
    mod = client_for(durg_manager)
    assert "बढ़िया" in mod.get(reverse("moderation")).content.decode()
    mod.post(reverse("moderate", args=[c.pk]), {"decision": "approve"})
    mod.logout()
    page = client.get(reverse("press_note", args=[note.slug])).content.decode()
    assert "बढ़िया" in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "ramesh@example.org" not in page


def test_moderation_is_scoped(client_for, client, balod_reporter, note):
    comment(client, note)
    c = Comment.objects.get(note=note)
    mod = client_for(balod_reporter)
    assert "अच्छी खबर" not in mod.get(reverse("moderation")).content.decode()
    assert mod.post(reverse("moderate", args=[c.pk]), {"decision": "approve"}).status_code == 404
    assert Comment.objects.get(note=note).status == "pending"


def test_the_honeypot_catches_bots_silently(client, note):
    assert comment(client, note, website="http://spam.example").status_code == 302
    assert Comment.objects.filter(note=note).count() == 0


def test_one_address_can_only_comment_so_often(client, note):
    for i in range(COMMENTS_PER_IP):
        assert comment(client, note, body=f"टिप्पणी {i}").status_code == 302
    r = comment(client, note, body="एक और")
    assert r.status_code == 400 and Comment.objects.filter(note=note).count() == COMMENTS_PER_IP


@pytest.mark.parametrize("field,value,message", [
    ("email", "not-an-email", "सही ई-मेल पता"),  # the public page speaks Hindi by default
    ("name", "", "अपना नाम"),
    ("body", "x" * 3001, "अधिकतम 3000 अक्षर"),
])
def test_bad_comments_say_what_is_wrong(client, note, field, value, message):
    r = comment(client, note, **{field: value})
    assert r.status_code == 400 and message in r.content.decode()
    assert Comment.objects.filter(note=note).count() == 0


def test_the_newsroom_lists_newest_first_with_feeds(client, durg_manager, note):
    from sangathan.activities.models import Activity

    later = PublishNote(durg_manager, activity=Activity.objects.get(kind="virtual_meeting"),
                        headline="दूसरी खबर", body="पाठ").run()
    page = client.get(reverse("newsroom")).content.decode()
    assert page.index(later.headline) < page.index(note.headline)
    atom = client.get(reverse("news_atom"))
    assert atom.status_code == 200 and b"<feed" in atom.content and "दूसरी खबर".encode() in atom.content
    assert b"<rss" in client.get(reverse("news_rss")).content


def test_withdrawn_or_unknown_notes_are_404(db, client):
    assert client.get(reverse("press_note", args=["no-such-note"])).status_code == 404
