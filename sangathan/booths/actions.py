"""Actions on booth committees: pages, seats, verification, meetings. Each refreshes the rollups."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from sangathan.booths import state
from sangathan.booths.models import BoothCommittee, CommitteeMember, CommitteeRole
from sangathan.core import audit
from sangathan.core.actions import Action
from sangathan.org.models import Unit
from sangathan.people.models import Person


def _booth(unit: Unit) -> Unit:
    if not state.is_booth(unit):
        raise ValidationError({"booth": _("'%(unit)s' is not a booth; committees belong to booths") % {"unit": unit}})
    return unit


class _BoothAction(Action):
    def check(self) -> None:
        booth: Unit = self.params["booth"]
        self.require("manage", booth.path)
        _booth(booth)


class SetVoterListPages(_BoothAction):
    """How many pages the booth's voter list has: each needs a पन्ना प्रमुख for 'active'."""

    name = "booth.committee.update"

    def execute(self) -> BoothCommittee:
        pages = self.params["pages"]
        if not isinstance(pages, int) or not 0 <= pages <= 500:
            raise ValidationError({"voter_list_pages": _("must be a whole number from 0 to 500")})
        c, _created = BoothCommittee.objects.get_or_create(unit=self.params["booth"])
        before = audit.snapshot(c)
        BoothCommittee.objects.filter(pk=c.pk).update(voter_list_pages=pages)
        c = state.refresh(self.params["booth"])
        self.log("update", c, before)
        return c


class AddMember(_BoothAction):
    """Seat a person on the committee in a role (a per-page role names its page)."""

    name = "booth.member.add"

    def check(self) -> None:
        super().check()
        person: Person = self.params["person"]
        if not Person.objects.visible_to(self.actor, "view").filter(pk=person.pk).exists():
            raise ValidationError({"person": _("no such person in your scope")})

    def execute(self) -> CommitteeMember:
        booth: Unit = self.params["booth"]
        role: CommitteeRole = self.params["role"]
        page = int(self.params.get("page") or 0)
        c, _created = BoothCommittee.objects.get_or_create(unit=booth)
        if role.per_page and not 1 <= page <= max(c.voter_list_pages, 0):
            raise ValidationError({"page": _("%(role)s needs a page from 1 to %(pages)s (set the voter-list pages first)")
                                   % {"role": role.name, "pages": c.voter_list_pages}})
        if not role.per_page:
            page = 0
        seat = CommitteeMember(committee=c, person=self.params["person"], role=role, page=page)
        if CommitteeMember.objects.filter(committee=c, person=seat.person, role=role, page=page).exists():
            raise ValidationError({"person": _("%(person)s already holds this seat") % {"person": seat.person}})
        seat.save()
        self.log("create", seat)
        state.refresh(booth)
        return seat


class RemoveMember(Action):
    name = "booth.member.remove"

    def check(self) -> None:
        self.require("manage", self.params["seat"].committee.unit.path)

    def execute(self) -> None:
        seat: CommitteeMember = self.params["seat"]
        booth = seat.committee.unit
        before, pk = audit.snapshot(seat), seat.pk
        seat.delete()
        audit.record(self.name, [("delete", CommitteeMember, pk, before, None)])
        state.refresh(booth)


class VerifySeat(Action):
    """Mark a seat verified (or not) by the actor, now."""

    name = "booth.member.verify"

    def check(self) -> None:
        self.require("manage", self.params["seat"].committee.unit.path)

    def execute(self) -> CommitteeMember:
        seat: CommitteeMember = self.params["seat"]
        before = audit.snapshot(seat)
        verified = self.params.get("verified", True)
        seat.verified_at = timezone.now() if verified else None
        seat.verified_by = self.actor if verified and getattr(self.actor, "pk", None) else None
        seat.save(update_fields=["verified_at", "verified_by"])
        self.log("update", seat, before)
        state.refresh(seat.committee.unit)
        return seat


class RecordMeeting(_BoothAction):
    """A committee meeting is an activity at the booth (the activity app's action records it)."""

    name = "booth.meeting"

    def execute(self):
        from sangathan.activities.actions import CreateActivity

        on: datetime.datetime = self.params.get("starts_at") or timezone.now()
        activity = CreateActivity(self.actor, source=self.source, fields={
            "kind": "meeting", "title": self.params.get("title") or "बूथ समिति बैठक",
            "unit": self.params["booth"], "starts_at": on}).run()
        state.refresh(self.params["booth"])
        return activity
