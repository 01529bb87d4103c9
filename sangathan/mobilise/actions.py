"""Every write of mobilisation: invite by the tree, revoke, answer, opt out, check in, queue notices,
record attendance into the activity. Each runs through the action layer and is audited."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from sangathan.activities.actions import UpdateActivity
from sangathan.activities.models import Activity
from sangathan.core import audit
from sangathan.core.actions import Action
from sangathan.core.text import nfc
from sangathan.mobilise import rollups
from sangathan.mobilise.models import Invitation, NoticeBatch, OptOut, Rsvp, Via, new_nonce
from sangathan.mobilise.selection import Selection, invitees
from sangathan.people.models import Person


class LinkActor:
    """Who acts through a personal link: the invitee, without a login."""

    pk = None
    is_authenticated = False
    is_superuser = False
    is_active = False

    def __init__(self, inv: Invitation) -> None:
        self.invitation_id = inv.pk
        self.label = f"invitee:{inv.person_id}"

    def holds(self, inv: Invitation) -> bool:
        return self.invitation_id == inv.pk

    def __str__(self) -> str:
        return self.label


def _upcoming(activity: Activity) -> None:
    if activity.starts_at is None:
        raise ValidationError({"activity": _("the activity has no date and time: set when it starts first")})
    if activity.starts_at < timezone.now():
        raise ValidationError({"activity": _("the activity has already started: invitations are for future activities")})


class InviteByTree(Action):
    """Save the invitee list computed from the selection (only people the organiser may see)."""

    name = "mobilise.invite"

    def check(self) -> None:
        activity: Activity = self.params["activity"]
        sel: Selection = self.params["selection"]
        self.require("report", activity.unit.path)
        _upcoming(activity)
        if sel.root is not None:
            self.require("view", sel.root.path)
        if sel.root is None and not sel.people:
            raise ValidationError({"root": _("choose a unit to call people from, or name people")})

    def execute(self) -> dict:
        activity: Activity = self.params["activity"]
        rows = invitees(self.actor, self.params["selection"])
        have = set(Invitation.objects.filter(activity=activity).values_list("person_id", flat=True))
        new = [Invitation(activity=activity, person_id=pid, unit_id=uid, post_label=label, nonce=new_nonce())
               for pid, uid, label in rows if pid not in have]
        # Two organisers inviting at once: the unique (activity, person) constraint keeps one row each,
        # and the counts below are read back, not assumed.
        before = len(have)
        Invitation.objects.bulk_create(new, batch_size=5000, ignore_conflicts=True)
        added = Invitation.objects.filter(activity=activity).count() - before
        # restore a revoked invitation of someone selected again
        chosen = {r[0] for r in rows}
        again = [pk for pk, pid in Invitation.objects.filter(activity=activity, revoked=True).values_list("pk", "person_id")
                 if pid in chosen]  # revoked ones are few; a 100,000-id IN list would pass PostgreSQL's parameter limit
        revived = 0
        for i in range(0, len(again), 5000):
            revived += Invitation.objects.filter(pk__in=again[i:i + 5000]).update(revoked=False, nonce=new_nonce())
        rollups.build(activity.pk)
        summary = {"activity": activity.pk, "selection": self.params["selection"].describe(),
                   "invited": added, "already": len(rows) - added, "revived": revived, "bulk": True}
        audit.record(self.name, [("create", Invitation, f"activity:{activity.pk}", None, summary)])
        return summary


class RevokeInvitation(Action):
    name = "mobilise.revoke"

    def check(self) -> None:
        self.require("report", self.params["invitation"].activity.unit.path)

    def execute(self) -> Invitation:
        inv: Invitation = self.params["invitation"]
        before = audit.snapshot(inv)
        Invitation.objects.filter(pk=inv.pk).update(revoked=True, nonce=new_nonce())
        inv.refresh_from_db()
        rollups.build(inv.activity_id)
        self.log("update", inv, before)
        return inv


class Respond(Action):
    """The invitee answers through their link: yes / no / maybe, with a reason."""

    name = "mobilise.rsvp"
    source_default = "link"

    def check(self) -> None:
        if self.params.get("rsvp") not in (Rsvp.YES, Rsvp.NO, Rsvp.MAYBE):
            raise ValidationError({"rsvp": _("answer yes, no or maybe")})
        if len(nfc(self.params.get("reason", ""))) > 300:
            raise ValidationError({"reason": _("the reason is longer than 300 characters")})

    def execute(self) -> Invitation:
        inv: Invitation = Invitation.objects.select_for_update().get(pk=self.params["invitation"].pk)
        before = audit.snapshot(inv)
        inv.rsvp, inv.rsvp_reason, inv.rsvp_at = self.params["rsvp"], nfc(self.params.get("reason", "")), timezone.now()
        inv.save(update_fields=["rsvp", "rsvp_reason", "rsvp_at"])
        self.log("update", inv, before)
        return inv


class OptOutOfNotices(Action):
    name = "mobilise.opt_out"
    source_default = "link"

    def execute(self) -> bool:
        person: Person = self.params["person"]
        obj, created = OptOut.objects.get_or_create(person=person, defaults={"note": nfc(self.params.get("note", ""))[:200]})
        if created:
            self.log("create", obj)
        return created


class CheckIn(Action):
    """Mark one invitee present. A second scan, a retried request or a rejoin changes nothing."""

    name = "mobilise.check_in"

    def check(self) -> None:
        inv: Invitation = self.params["invitation"]
        if self.params["via"] not in Via.values:
            raise ValidationError({"via": _("unknown way of checking in")})
        own_link = isinstance(self.actor, LinkActor) and self.actor.holds(inv)
        if own_link and self.params["via"] != Via.VIRTUAL:
            raise ValidationError({"via": _("a personal link can only join a virtual meeting")})
        if not own_link:  # the organiser's check-in, whatever way it says it saw the invitee
            self.require("report", inv.activity.unit.path)
        if inv.revoked:
            raise ValidationError({"invitation": _("this invitation was withdrawn")})

    def execute(self) -> bool:
        inv: Invitation = self.params["invitation"]
        now = timezone.now()
        if self.params["via"] == Via.VIRTUAL:
            Invitation.objects.filter(pk=inv.pk, joined_at__isnull=True).update(joined_at=now)
        marked = Invitation.objects.filter(pk=inv.pk, attended_at__isnull=True, revoked=False).update(
            attended_at=now, attended_via=self.params["via"]) == 1
        if marked:
            before = audit.snapshot(inv)
            inv.refresh_from_db()
            rollups.attended(inv)
            self.log("update", inv, before)
        else:
            inv.refresh_from_db()
        return marked


class QueueNotices(Action):
    """Start sending notices for an activity: a batch whose counts are its progress, on the job queue."""

    name = "mobilise.notices.queue"

    def check(self) -> None:
        activity: Activity = self.params["activity"]
        self.require("report", activity.unit.path)
        _upcoming(activity)
        if NoticeBatch.objects.filter(activity=activity, state__in=["queued", "running"]).exists():
            raise ValidationError({"activity": _("notices for this activity are already being sent; wait until they finish")})

    def execute(self) -> NoticeBatch:
        from sangathan.mobilise.tasks import send_notices

        activity: Activity = self.params["activity"]
        only_unsent = bool(self.params.get("only_unsent", True))
        todo = Invitation.objects.filter(activity=activity, revoked=False)
        if only_unsent:
            todo = todo.filter(sent_at__isnull=True)
        total = todo.count()
        if total == 0:
            raise ValidationError({"activity": _("there is nobody to notify: invite people first, "
                                                 "or resend to everyone")})
        batch = NoticeBatch.objects.create(activity=activity, created_by=self.actor if self.actor.pk else None,
                                           total=total, only_unsent=only_unsent,
                                           base_url=self.params.get("base_url", "")[:200])
        self.log("create", batch)
        send_notices.enqueue(batch.pk)
        return batch


class RecordAttendance(Action):
    """Attendance flows into the activity: attendees become participants (with the post they were invited
    as), and the units of attendees become attending units, through the activity's own action."""

    name = "mobilise.record"

    def check(self) -> None:
        self.require("report", self.params["activity"].unit.path)

    def execute(self) -> dict:
        activity: Activity = Activity.objects.select_related("unit").get(pk=self.params["activity"].pk)
        came = list(Invitation.objects.filter(activity=activity, revoked=False, attended_at__isnull=False)
                    .select_related("person", "unit").order_by("unit__path", "person__name_hi"))
        parts = [{"person": p.person, "roles": p.roles, "posts": p.posts, "affiliation": p.affiliation,
                  "mentioned_only": p.mentioned_only} for p in activity.participations.select_related("person")]
        have = {p["person"].pk for p in parts}
        added = 0
        for inv in came:
            if inv.person_id in have:
                continue
            parts.append({"person": inv.person, "roles": ["attendee"], "posts": [inv.post_label] if inv.post_label else []})
            have.add(inv.person_id)
            added += 1
        units = [{"unit": a.unit, "note": a.note} for a in activity.attendance.select_related("unit")]
        seen_units = {a["unit"].pk for a in units}
        for inv in came:
            if inv.unit_id not in seen_units:
                units.append({"unit": inv.unit, "note": _("invitees attended")})
                seen_units.add(inv.unit_id)
        UpdateActivity(self.actor, source=self.source, activity=activity, version=activity.version,
                       participants=parts, attendance=units).run()
        return {"attended": len(came), "participants_added": added, "units": len(seen_units)}


def checkin_search(qs, text: str):
    text = nfc(text or "").strip()
    if not text:
        return qs
    return qs.filter(Q(person__name_hi__icontains=text) | Q(person__name_en__icontains=text)
                     | Q(person__phone__icontains=text) | Q(unit__name_hi__icontains=text) | Q(post_label__icontains=text))
