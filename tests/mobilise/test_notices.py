"""Sending notices: e-mail through Django's mail settings, phones to the SMS outbox, the rest listed to be
told by hand; opt-outs respected; every notice in the audit log; counts kept as the job's progress."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.urls import reverse

from sangathan.core.models import AuditEvent
from sangathan.mobilise import notices
from sangathan.mobilise.actions import InviteByTree, OptOutOfNotices, LinkActor, QueueNotices
from sangathan.mobilise.models import Invitation, NoticeBatch, OutboxMessage
from sangathan.mobilise.selection import Selection

pytestmark = pytest.mark.django_db


@pytest.fixture
def invited(state_admin, unit, future_activity):
    act = future_activity()
    InviteByTree(state_admin, activity=act, selection=Selection(root=unit("दुर्ग संभाग"), levels=[unit("बालोद जिला").level])).run()
    return act


def test_notices_go_by_email_sms_outbox_or_are_listed_by_hand(state_admin, invited, settings):
    settings.MOBILISE_CHUNK = 4  # several chunks
    batch = QueueNotices(state_admin, activity=invited, base_url="https://org.example").run()
    batch.refresh_from_db()
    invs = Invitation.objects.filter(activity=invited).select_related("person")
    with_email = {i.person.email for i in invs if i.person.email}
    phone_only = {i.pk for i in invs if not i.person.email and i.person.phone}
    by_hand = {i.pk for i in invs if not i.person.email and not i.person.phone}
    assert batch.state == "done" and batch.total == batch.done == invs.count()
    assert (batch.emailed, batch.texted, batch.by_hand) == (len(with_email), len(phone_only), len(by_hand))
    assert {m.to[0] for m in mail.outbox} == with_email
    assert all("https://org.example/mobilise/i/" in m.body for m in mail.outbox)
    assert set(OutboxMessage.objects.filter(batch=batch).values_list("invitation_id", flat=True)) == phone_only
    assert set(invs.filter(channel="hand").values_list("pk", flat=True)) == by_hand
    assert AuditEvent.objects.filter(action="mobilise.notices.send", after__batch=batch.pk).count() == invs.count()


def test_a_second_sending_tells_only_those_not_yet_told(state_admin, invited, unit):
    QueueNotices(state_admin, activity=invited).run()
    with pytest.raises(ValidationError):  # nobody new
        QueueNotices(state_admin, activity=invited).run()
    mail.outbox.clear()
    again = QueueNotices(state_admin, activity=invited, only_unsent=False).run()
    again.refresh_from_db()
    assert again.done == again.total == Invitation.objects.filter(activity=invited).count()


def test_opted_out_people_are_not_sent_anything(state_admin, invited):
    i = Invitation.objects.filter(activity=invited).exclude(person__email="").select_related("person").first()
    OptOutOfNotices(LinkActor(i), person=i.person).run()
    batch = QueueNotices(state_admin, activity=invited).run()
    batch.refresh_from_db()
    assert batch.opted_out == 1
    assert i.person.email not in {m.to[0] for m in mail.outbox}
    i.refresh_from_db()
    assert i.sent_at is None


def test_revoked_invitations_get_no_notice(state_admin, invited):
    from sangathan.mobilise.actions import RevokeInvitation

    i = Invitation.objects.filter(activity=invited).exclude(person__email="").select_related("person", "activity__unit").first()
    RevokeInvitation(state_admin, invitation=i).run()
    QueueNotices(state_admin, activity=invited).run()
    assert i.person.email not in {m.to[0] for m in mail.outbox}


def test_on_the_durable_queue_the_batch_waits_for_a_worker(durable_tasks, state_admin, invited):
    from django_tasks_db.models import DBTaskResult

    batch = QueueNotices(state_admin, activity=invited).run()
    batch.refresh_from_db()
    assert batch.state == "queued" and batch.done == 0
    jobs = [j for j in DBTaskResult.objects.all() if j.args_kwargs["args"] == [batch.pk]]
    assert len(jobs) == 1 and jobs[0].status == "READY"
    with pytest.raises(ValidationError):  # one sending at a time
        QueueNotices(state_admin, activity=invited).run()
    done = notices.run_batch(batch.pk)  # what the worker runs
    assert done.state == "done" and done.done == done.total


def test_a_restarted_job_resumes_after_the_last_chunk(state_admin, invited, settings, durable_tasks):
    settings.MOBILISE_CHUNK = 3
    batch = QueueNotices(state_admin, activity=invited).run()
    notices.SendNoticeChunk(state_admin, batch=batch).run()  # one chunk, then the worker "dies"
    first = {m.to[0] for m in mail.outbox}
    notices.run_batch(batch.pk)
    batch.refresh_from_db()
    assert batch.done == batch.total
    assert len(mail.outbox) == len({m.to[0] for m in mail.outbox})  # nobody e-mailed twice
    assert first <= {m.to[0] for m in mail.outbox}


def test_sending_is_rate_limited(state_admin, invited, settings, monkeypatch):
    settings.MOBILISE_NOTICES_PER_MINUTE = 60
    settings.MOBILISE_CHUNK = 2
    pauses = []
    monkeypatch.setattr(notices.time, "sleep", pauses.append)
    QueueNotices(state_admin, activity=invited).run()
    assert pauses and all(p <= 2.0 for p in pauses) and sum(pauses) > 1.5 * (len(pauses) - 1)


def test_the_share_text_and_whatsapp_link_carry_the_personal_link(client_for, state_admin, division_meeting):
    r = client_for(state_admin).get(reverse("mobilise:manage", args=[division_meeting.pk]))
    html = r.content.decode()
    assert "https://wa.me/919827000011?text=" in html  # दीपक साहू's phone
    inv = [i for i in r.context["page"] if i.person.name_hi == "दीपक साहू"][0]
    assert inv.url in inv.text and "/mobilise/i/" in inv.url
    assert 'data-copy="' in html


def test_the_send_button_queues_and_the_progress_is_readable(client_for, state_admin, invited):
    c = client_for(state_admin)
    r = c.post(reverse("mobilise:send", args=[invited.pk]))
    assert r.status_code == 302
    b = NoticeBatch.objects.get(activity=invited)
    p = c.get(reverse("mobilise:batch", args=[b.pk])).json()
    assert p["state"] == "done" and p["pct"] == 100 and p["done"] == p["total"]


def test_a_reporter_of_another_district_cannot_read_the_progress(client_for, balod_reporter, state_admin, invited):
    b = QueueNotices(state_admin, activity=invited).run()
    assert client_for(balod_reporter).get(reverse("mobilise:batch", args=[b.pk])).status_code == 404
