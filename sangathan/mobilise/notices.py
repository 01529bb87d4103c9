"""Notice texts and delivery: e-mail through Django's mail settings, SMS through a pluggable gateway
(default: the outbox table, shown in the UI), and for everyone with a phone a ready WhatsApp/SMS text
the organiser sends from their own phone. Sangathan posts nothing to social media itself."""

from __future__ import annotations

import re
import time
from urllib.parse import quote

from django.conf import settings
from django.core import mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _

from sangathan.core import audit
from sangathan.core.actions import Action
from sangathan.mobilise import tokens
from sangathan.mobilise.models import Invitation, NoticeBatch, OutboxMessage


def personal_url(inv: Invitation, base_url: str = "") -> str:
    return base_url.rstrip("/") + reverse("mobilise:invitation", args=[tokens.make(inv)])


def when(inv: Invitation) -> str:
    start = inv.activity.starts_at
    return formats.date_format(timezone.localtime(start), "DATETIME_FORMAT") if start else ""


def short_text(inv: Invitation, url: str) -> str:
    """The WhatsApp/SMS text: what, when, where, the personal link."""
    a = inv.activity
    where = a.venue or (_("online") if a.join_link else "")
    return _("%(name)s ji, you are invited: %(title)s, %(when)s, %(where)s. Please answer and see details: %(url)s") % {
        "name": inv.person.name_hi, "title": a.title, "when": when(inv), "where": where, "url": url}


def whatsapp_link(inv: Invitation, url: str) -> str:
    digits = re.sub(r"\D", "", inv.person.phone or "")
    return f"https://wa.me/{digits}?text={quote(short_text(inv, url))}" if digits else f"https://wa.me/?text={quote(short_text(inv, url))}"


class OutboxGateway:
    """The default SMS gateway: store the messages; a person or a real gateway sends them later."""

    def send(self, batch: NoticeBatch | None, messages: list[tuple[Invitation, str, str]]) -> int:
        OutboxMessage.objects.bulk_create([OutboxMessage(batch=batch, invitation=inv, phone=phone, text=text)
                                           for inv, phone, text in messages], batch_size=2000)
        return len(messages)


def gateway():
    return import_string(getattr(settings, "MOBILISE_SMS_GATEWAY", "sangathan.mobilise.notices.OutboxGateway"))()


def mail_connection():
    """Django's mail settings (settings.py: files under var/mail/ until SMTP is configured)."""
    backend = getattr(settings, "MOBILISE_EMAIL_BACKEND", None)
    return mail.get_connection(backend) if backend else mail.get_connection()


def chunk_size() -> int:
    return int(getattr(settings, "MOBILISE_CHUNK", 500))


def per_minute() -> int:
    """The sending rate limit (notices a minute); 0 means none."""
    return int(getattr(settings, "MOBILISE_NOTICES_PER_MINUTE", 1200))


class SendNoticeChunk(Action):
    """Deliver the next chunk of a batch; its counts and cursor move in the same transaction, so a job
    restarted after a crash resumes after the last chunk that committed and never sends twice."""

    name = "mobilise.notices.send"
    source_default = "job"

    def execute(self) -> int:
        batch = NoticeBatch.objects.select_for_update().get(pk=self.params["batch"].pk)
        qs = Invitation.objects.filter(activity_id=batch.activity_id, revoked=False, pk__gt=batch.cursor)
        if batch.only_unsent:
            qs = qs.filter(Q(sent_at__isnull=True))
        chunk = list(qs.select_related("person", "person__notice_opt_out", "activity").order_by("pk")[:chunk_size()])
        if not chunk:
            return 0
        now = timezone.now()
        emails, texts, ids = [], [], {"email": [], "sms": [], "hand": []}
        opted = 0
        with translation.override(settings.LANGUAGE_CODE):
            for inv in chunk:
                p = inv.person
                if hasattr(p, "notice_opt_out"):
                    opted += 1
                    continue
                url = personal_url(inv, batch.base_url)
                if p.email:
                    body = render_to_string("mobilise/notice_email.txt", {"inv": inv, "url": url, "when": when(inv)})
                    emails.append((inv, mail.EmailMessage(_("Invitation: %(title)s") % {"title": inv.activity.title},
                                                          body, to=[p.email])))
                elif p.phone:
                    texts.append((inv, p.phone, short_text(inv, url)))
                else:
                    ids["hand"].append(inv.pk)
        failed = 0
        if emails:
            conn = mail_connection()
            for inv, msg in emails:
                try:
                    conn.send_messages([msg])
                    ids["email"].append(inv.pk)
                except Exception:  # noqa: BLE001 - one bad address must not stop the batch; it is counted
                    failed += 1
        if texts:
            gateway().send(batch, texts)
            ids["sms"] = [inv.pk for inv, _p, _t in texts]
        for channel, pks in ids.items():
            if pks:
                Invitation.objects.filter(pk__in=pks).update(sent_at=now, channel=channel)
        audit.record(self.name, [("update", Invitation, pk, None, {"notice": channel, "batch": batch.pk})
                                 for channel, pks in ids.items() for pk in pks])
        NoticeBatch.objects.filter(pk=batch.pk).update(
            cursor=chunk[-1].pk, done=batch.done + len(chunk), emailed=batch.emailed + len(ids["email"]),
            texted=batch.texted + len(ids["sms"]), by_hand=batch.by_hand + len(ids["hand"]),
            opted_out=batch.opted_out + opted, failed=batch.failed + failed, state=NoticeBatch.State.RUNNING)
        return len(chunk)


def run_batch(batch_id: int) -> NoticeBatch:
    batch = NoticeBatch.objects.select_related("created_by").get(pk=batch_id)
    actor = batch.created_by
    rate = per_minute()
    try:
        while True:
            started = time.monotonic()
            n = SendNoticeChunk(actor, batch=batch).run()
            if n == 0:
                break
            if rate:
                time.sleep(max(0.0, n * 60 / rate - (time.monotonic() - started)))
        NoticeBatch.objects.filter(pk=batch_id).update(state=NoticeBatch.State.DONE, finished_at=timezone.now())
    except Exception as exc:
        NoticeBatch.objects.filter(pk=batch_id).update(state=NoticeBatch.State.FAILED, error=str(exc)[:2000],
                                                       finished_at=timezone.now())
        raise
    batch.refresh_from_db()
    return batch
