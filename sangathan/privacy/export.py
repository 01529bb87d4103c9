"""Everything held about one person, as JSON-ready data: the person's own-data export."""

from __future__ import annotations

from typing import Any


from sangathan.activities.models import Participation, Speech
from sangathan.booths.models import CommitteeMember
from sangathan.core.audit import snapshot
from sangathan.core.models import AuditEvent
from sangathan.mobilise import tokens
from sangathan.mobilise.models import Invitation
from sangathan.people.models import Appointment
from sangathan.privacy.models import Consent

FORMAT = "sangathan.person-export/1"


def collect(person, viewer, *, own: bool) -> dict[str, Any]:
    """The person's data. `own`: the person asks for their own data and gets all of it; otherwise
    (a manager of their home unit) rows about units outside the manager's scope are left out."""

    def scoped(qs):
        return qs if own else qs.visible_to(viewer, "view")

    appointments = scoped(Appointment.objects.filter(person=person)).select_related("post", "unit", "wing",
                                                                                    "charge_unit")
    seats = scoped(CommitteeMember.objects.filter(person=person)).select_related("committee__unit", "role")
    taken_part = scoped(Participation.objects.filter(person=person)).select_related("activity__unit")
    speeches = scoped(Speech.objects.filter(person=person)).select_related("activity")
    invitations = (scoped(Invitation.objects.filter(person=person)).select_related("activity", "unit")
                   .prefetch_related("outbox"))
    data: dict[str, Any] = {
        "format": FORMAT,
        "person": {**snapshot(person), "home_unit": {"id": person.home_unit_id, "code": person.home_unit.code,
                                                     "name_hi": person.home_unit.name_hi,
                                                     "name_en": person.home_unit.name_en}},
        "consents": [{"purpose": c.purpose, "given": c.given, "source": c.source, "on": c.on.isoformat(),
                      "recorded_at": c.recorded_at.isoformat()} for c in Consent.objects.filter(person=person)],
        "posts": [{**snapshot(a), "post": a.post.key, "post_name_hi": a.post.name_hi, "unit_code": a.unit.code,
                   "unit_name_hi": a.unit.name_hi, "wing": a.wing.key if a.wing else None,
                   "charge_unit_code": a.charge_unit.code if a.charge_unit else None} for a in appointments],
        "committee_seats": [{**snapshot(s), "booth_code": s.committee.unit.code, "role": s.role.key}
                            for s in seats],
        "attendance": [{**snapshot(p), "activity": {"id": p.activity_id, "title": p.activity.title,
                                                    "kind": p.activity.kind,
                                                    "starts_at": p.activity.starts_at.isoformat()
                                                    if p.activity.starts_at else None,
                                                    "unit_code": p.activity.unit.code}} for p in taken_part],
        "speeches": [{**snapshot(s), "activity_title": s.activity.title} for s in speeches],
        # invitations: the answer and its reason, notices sent, check-in; never the link's secret
        "invitations": [_invitation(i) for i in invitations],
        "comments": _comments(person),
        "account": _account(person),
        "audit": [{"id": e.id, "at": e.at.isoformat(), "action": e.action, "verb": e.verb, "actor": e.actor_label,
                   "before": e.before, "after": e.after}
                  for e in AuditEvent.objects.filter(model="people.person", object_id=str(person.pk))],
    }
    return data


def _invitation(i: Invitation) -> dict:
    """An invitation and the SMS queued for it, without the personal link's secret (its nonce, and the
    signed token in the message text)."""
    token = tokens.make(i) if i.nonce else None
    sms = [{"phone": m.phone, "text": m.text.replace(token, "…") if token else m.text,
            "sent_at": m.sent_at.isoformat() if m.sent_at else None} for m in i.outbox.all() if m.text or m.phone]
    return {**{k: v for k, v in snapshot(i).items() if k != "nonce"}, "activity_title": i.activity.title,
            "unit_code": i.unit.code, "sms": sms}


def _comments(person) -> list[dict]:
    if not person.email:
        return []
    from sangathan.press.models import Comment

    return [{"id": c.id, "press_note": c.note_id, "name": c.name, "email": c.email, "body": c.body,
             "status": c.status, "created_at": c.created_at.isoformat()}
            for c in Comment.objects.filter(email__iexact=person.email)]


def _account(person) -> dict | None:
    user = person.user
    if user is None:
        return None
    return {"username": user.username, "email": user.email, "first_name": user.first_name,
            "last_name": user.last_name, "date_joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
            "grants": [{"role": g.role, "unit_code": g.unit.code} for g in user.grants.select_related("unit")]}


def counts(data: dict) -> dict[str, int]:
    return {k: len(v) for k, v in data.items() if isinstance(v, list)}
