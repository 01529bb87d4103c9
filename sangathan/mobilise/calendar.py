"""Each user's iCalendar feed at a secret address: upcoming activities of their units and their invitations."""

from __future__ import annotations

import datetime
import secrets

from django.contrib.auth import get_user_model
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone

from sangathan.activities.models import Activity
from sangathan.mobilise import tokens
from sangathan.mobilise.models import CalendarFeed, Invitation

LIMIT = 500


def feed_for(user) -> CalendarFeed:
    feed = CalendarFeed.objects.filter(user=user).first()
    return feed or CalendarFeed.objects.create(user=user, token=secrets.token_urlsafe(32))


def new_token(user) -> CalendarFeed:
    """A new secret address; the old one stops working at once."""
    CalendarFeed.objects.filter(user=user).delete()
    return CalendarFeed.objects.create(user=user, token=secrets.token_urlsafe(32))


def user_for(token: str):
    feed = CalendarFeed.objects.filter(token=token).select_related("user").first()
    if feed is None or not feed.user.is_active:
        return None
    return feed.user


def _esc(text: str) -> str:
    return (text or "").replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\r", "").replace("\n", "\\n")


def _fold(line: str) -> str:
    """RFC 5545: lines of at most 75 octets, continued with a space, never splitting a character."""
    out, cur = [], b""
    for ch in line:
        b = ch.encode()
        if len(cur) + len(b) > (75 if not out else 74):
            out.append(cur.decode())
            cur = b""
        cur += b
    out.append(cur.decode())
    return "\r\n ".join(out)


def _stamp(dt: datetime.datetime) -> str:
    return dt.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def ics(user, base_url: str = "") -> str:
    since = timezone.now() - datetime.timedelta(days=1)
    mine = {}
    person = getattr(user, "person", None) if get_user_model().objects.filter(pk=user.pk, person__isnull=False).exists() else None
    if person is not None:
        for inv in (Invitation.objects.filter(person=person, revoked=False, activity__starts_at__gte=since)
                    .select_related("activity", "person")[:LIMIT]):
            mine[inv.activity_id] = inv
    acts = list(Activity.objects.visible_to(user, "view").filter(starts_at__gte=since).order_by("starts_at")[:LIMIT])
    have = {a.pk for a in acts}
    acts += [inv.activity for inv in mine.values() if inv.activity_id not in have]
    now = _stamp(timezone.now())
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Sangathan//mobilise//HI", "CALSCALE:GREGORIAN",
             "X-WR-CALNAME:" + _esc("संगठन")]
    for a in sorted(acts, key=lambda x: x.starts_at):
        inv = mine.get(a.pk)
        url = base_url + (reverse("mobilise:invitation", args=[tokens.make(inv)]) if inv else reverse("activity", args=[a.pk]))
        desc = a.description
        if inv is not None and inv.post_label:
            desc = f"{inv.post_label}\n{desc}"
        lines += ["BEGIN:VEVENT", f"UID:activity-{a.pk}@sangathan", f"DTSTAMP:{now}", f"DTSTART:{_stamp(a.starts_at)}",
                  f"DTEND:{_stamp(a.starts_at + datetime.timedelta(hours=2))}", "SUMMARY:" + _esc(a.title),
                  "LOCATION:" + _esc(a.venue or a.join_link), "URL:" + url, "DESCRIPTION:" + _esc(desc)]
        if inv is not None:
            lines.append("STATUS:" + {"yes": "CONFIRMED", "no": "CANCELLED"}.get(inv.rsvp, "TENTATIVE"))
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "\r\n".join(_fold(x) for x in lines) + "\r\n"


__all__ = ["feed_for", "new_token", "user_for", "ics", "Q"]
