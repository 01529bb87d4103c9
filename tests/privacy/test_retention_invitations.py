"""Retention for invitations: N days after the activity, invitations lose their personal link and the
reason given with the answer, queued SMS lose the phone and text; who was invited and who came stay,
so turnout rollups are the same; audited with tombstones; a dry run changes nothing; newer rows stay."""

from __future__ import annotations

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from sangathan.activities.models import Activity
from sangathan.core import audit
from sangathan.core.models import AuditEvent
from sangathan.mobilise import rollups, tokens
from sangathan.mobilise.actions import CheckIn, InviteByTree, LinkActor, QueueNotices, Respond
from sangathan.mobilise.models import Invitation, OutboxMessage, TurnoutRollup
from sangathan.mobilise.selection import Selection
from sangathan.privacy.actions import ApplyRetention

pytestmark = pytest.mark.django_db

INV, OUT = "mobilise.invitation", "mobilise.outboxmessage"


@pytest.fixture(autouse=True)
def _no_rate_pause(settings):
    settings.MOBILISE_NOTICES_PER_MINUTE = 0


def _meeting(state_admin, admin, unit, title: str, days_ago: int) -> Activity:
    """A meeting of दुर्ग संभाग's districts with answers (with reasons), check-ins and SMS notices,
    then moved `days_ago` days into the past (invitations are only made for future activities)."""
    from sangathan.activities.actions import CreateActivity

    act = CreateActivity(admin, source="cli", fields={"title": title, "unit": unit("दुर्ग संभाग"),
                                                      "starts_at": timezone.now() + datetime.timedelta(days=7)}).run()
    InviteByTree(state_admin, activity=act, selection=Selection(root=unit("दुर्ग संभाग"),
                                                                levels=[unit("बालोद जिला").level])).run()
    QueueNotices(state_admin, activity=act, base_url="https://org.example").run()
    invs = list(Invitation.objects.filter(activity=act).select_related("activity__unit", "unit").order_by("id"))
    for i, inv in enumerate(invs[:6]):
        Respond(LinkActor(inv), invitation=inv, rsvp="no" if i % 2 else "yes", reason=f"कारण {i} मेरे फोन पर").run()
    for inv in invs[:3]:
        CheckIn(state_admin, invitation=inv, via="list").run()
    Activity.objects.filter(pk=act.pk).update(starts_at=timezone.now() - datetime.timedelta(days=days_ago))
    act.refresh_from_db()
    return act


@pytest.fixture
def meetings(state_admin, admin, unit, settings):
    settings.SANGATHAN_RETENTION = {k: v for k, v in settings.SANGATHAN_RETENTION.items() if k in (INV, OUT)}
    assert settings.SANGATHAN_RETENTION[INV]["days"] == 90  # the default, SANGATHAN_RETAIN_INVITATIONS_DAYS
    old = _meeting(state_admin, admin, unit, "पुरानी बैठक", days_ago=120)
    recent = _meeting(state_admin, admin, unit, "हाल की बैठक", days_ago=30)
    for act in (old, recent):  # the fixture is worth testing with: answers, check-ins and SMS on both
        invs = Invitation.objects.filter(activity=act)
        assert invs.exclude(rsvp_reason="").count() == 6 and invs.filter(attended_at__isnull=False).count() == 3
        assert OutboxMessage.objects.filter(invitation__activity=act).exclude(phone="").exists()
    return old, recent


def _rows(act):
    return {i["id"]: i for i in Invitation.objects.filter(activity=act).values()}


def _outbox(act):
    return {m["id"]: m for m in OutboxMessage.objects.filter(invitation__activity=act).values()}


def _rollup(act):
    return sorted(TurnoutRollup.objects.filter(activity=act).values_list("unit_id", "invited", "attended"))


def test_old_invitations_lose_links_reasons_and_sms_and_keep_turnout(admin, meetings):
    old, recent = meetings
    tokens_before = {i.pk: tokens.make(i) for i in Invitation.objects.filter(activity=old)}
    rollup_before = _rollup(old)
    assert rollup_before and sum(r[2] for r in rollup_before) > 0
    recent_rows, recent_outbox = _rows(recent), _outbox(recent)
    n_inv, n_sms = Invitation.objects.filter(activity=old).count(), len(_outbox(old))

    done = ApplyRetention(admin).run()

    assert done == {INV: n_inv, OUT: n_sms}
    for row in _rows(old).values():
        assert row["nonce"] == "" and row["rsvp_reason"] == ""
    assert all(m["phone"] == "" and m["text"] == "" for m in _outbox(old).values())
    # the personal links made before no longer open anything
    assert {tokens.resolve(t)[1] for t in tokens_before.values()} == {"expired"}
    # turnout: the same rollup, and a rebuild from the rows left gives it again
    assert _rollup(old) == rollup_before
    rollups.build(old.pk)
    assert _rollup(old) == rollup_before and rollups.verify() == []
    kept = Invitation.objects.filter(activity=old)
    assert kept.count() == n_inv and kept.filter(attended_at__isnull=False).count() == 3
    assert kept.exclude(rsvp="pending").count() == 6  # the answer stays, only its reason goes
    # the recent meeting (30 days, under 90) is untouched
    assert _rows(recent) == recent_rows and _outbox(recent) == recent_outbox


def test_retention_is_audited_with_tombstones_and_the_chain_verifies(admin, meetings):
    old, recent = meetings
    old_ids = {str(pk) for pk in Invitation.objects.filter(activity=old).values_list("pk", flat=True)}
    recent_ids = {str(pk) for pk in Invitation.objects.filter(activity=recent).values_list("pk", flat=True)}
    answered = AuditEvent.objects.filter(action="mobilise.rsvp", model=INV)
    assert answered.filter(object_id__in=old_ids).count() == 6

    ApplyRetention(admin).run()

    runs = {e.model: e for e in AuditEvent.objects.filter(action="privacy.retention")}
    assert set(runs) == {INV, OUT}
    inv_run = runs[INV]
    assert inv_run.verb == "redact" and inv_run.after["rows"] == len(old_ids)
    assert inv_run.after["rule"]["date_field"] == "activity__starts_at"
    # the answers' snapshots (holding the reasons and the nonce) became tombstones naming the run
    for e in answered.filter(object_id__in=old_ids):
        assert e.erased_by == inv_run.pk and e.after == audit.TOMBSTONE and e.pk in inv_run.after["tombstoned"]
    assert "कारण" not in str(list(answered.filter(object_id__in=old_ids).values_list("before", "after")))
    assert all(e.erased_by is None for e in answered.filter(object_id__in=recent_ids))
    assert audit.verify().ok
    assert ApplyRetention(admin).run() == {INV: 0, OUT: 0}  # nothing twice


def test_a_dry_run_counts_and_changes_nothing(admin, meetings, capsys):
    old, _recent = meetings
    rows, outbox, events = _rows(old), _outbox(old), AuditEvent.objects.count()
    call_command("privacy", "retention", "--dry-run")
    out = capsys.readouterr().out
    assert f"{INV}: {len(rows)} rows would be treated" in out and f"{OUT}: {len(outbox)} rows would be treated" in out
    assert _rows(old) == rows and _outbox(old) == outbox and AuditEvent.objects.count() == events
    call_command("privacy", "retention")
    assert f"{INV}: {len(rows)} rows treated" in capsys.readouterr().out
    assert all(r["nonce"] == "" for r in _rows(old).values())


def test_the_days_are_a_setting(admin, meetings, settings):
    old, recent = meetings
    settings.SANGATHAN_RETENTION = {INV: {**settings.SANGATHAN_RETENTION[INV], "days": 20}}
    assert ApplyRetention(admin).run() == {INV: Invitation.objects.filter(activity__in=[old, recent]).count()}
    assert not Invitation.objects.filter(activity=recent).exclude(nonce="").exists()


def test_the_privacy_page_lists_the_invitation_rules(client_for, admin, meetings):
    old, _recent = meetings
    page = client_for(admin).get("/privacy/")
    html = page.content.decode()
    assert 'data-rule="mobilise.invitation"' in html and 'data-rule="mobilise.outboxmessage"' in html
    due = {r["label"]: r["due"] for r in page.context["rules"]}
    assert due[INV] == Invitation.objects.filter(activity=old).count()
    assert "आमंत्रण" in html and "गतिविधि की तारीख से 90 दिन बाद" in html  # Hindi by default
    c = client_for(admin)
    c.cookies["django_language"] = "en"
    assert "90 days from the activity" in c.get("/privacy/").content.decode()
    ApplyRetention(admin).run()
    html = client_for(admin).get("/privacy/").content.decode()
    assert "privacy.retention" in html and f"{due[INV]} rows" in html
    assert {r["label"]: r["due"] for r in client_for(admin).get("/privacy/").context["rules"]}[INV] == 0


def test_erasure_takes_the_persons_links_reasons_and_sms_and_keeps_turnout(admin, meetings):
    from sangathan.privacy.actions import ErasePerson

    _old, recent = meetings
    # someone told by SMS, who also answered with a reason
    inv = (Invitation.objects.select_related("activity__unit", "unit", "person")
           .filter(activity=recent, outbox__isnull=False).order_by("id").first())
    Respond(LinkActor(inv), invitation=inv, rsvp="no", reason="शादी में जाना है").run()
    token, rollup, others = tokens.make(inv), _rollup(recent), {k: v for k, v in _rows(recent).items() if k != inv.pk}
    ErasePerson(admin, person=inv.person, reason="on request").run()
    inv.refresh_from_db()
    assert inv.nonce == "" and inv.rsvp_reason == "" and tokens.resolve(token) == (None, "expired")
    assert not OutboxMessage.objects.filter(invitation=inv).exclude(phone="", text="").exists()
    assert _rollup(recent) == rollup and rollups.verify() == []
    assert {k: v for k, v in _rows(recent).items() if k != inv.pk} == others
    eraser = AuditEvent.objects.get(action="privacy.erase")
    assert eraser.after["erased"]["invitations"] >= 1 and eraser.after["erased"].get("outbox_messages", 0) >= 1
    assert all(e.erased_by == eraser.pk for e in AuditEvent.objects.filter(model=INV, object_id=str(inv.pk)))
    assert audit.verify().ok
