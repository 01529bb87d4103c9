"""Record and edit activities with their participants, speeches and attending units."""

from __future__ import annotations

import copy

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from sangathan.activities.models import (
    Activity,
    Attendance,
    ParticipantRole,
    Participation,
    Speech,
    current_path,
)
from sangathan.activities.signals import activity_edited
from sangathan.core import audit
from sangathan.core.actions import Action, Conflict, save_versioned
from sangathan.core.scoping import can
from sangathan.core.text import clean_name, name_key, nfc
from sangathan.org.models import Unit
from sangathan.people.models import Person

ACTIVITY_FIELDS = {"kind", "title", "unit", "wing", "level_label", "venue", "dateline", "starts_at", "mode",
                   "join_link", "description", "byline", "source_text", "source_url"}
TEXT_FIELDS = {"title", "level_label", "venue", "dateline", "description", "byline"}
ROLES = set(ParticipantRole.values)


def _clean(fields: dict) -> dict:
    out = {k: v for k, v in fields.items() if k in ACTIVITY_FIELDS}
    for k in TEXT_FIELDS & out.keys():
        out[k] = nfc(out[k] or "")
    return out


class _NestedMixin(Action):
    """Participants may be existing people the actor can see, or new people created in the unit."""

    def check_nested(self, unit: Unit, activity: Activity | None = None) -> None:
        """People and units must be in the actor's view scope, or already on the activity being edited.

        A district reporter editing a meeting keeps its state-level chief guest without seeing them.
        """
        already = set(activity.participations.values_list("person_id", flat=True)) if activity else set()
        named = {p["person"].pk for p in self.params.get("participants", []) if p.get("person") is not None}
        seen = already | set(Person.objects.visible_to(self.actor, "view")
                             .filter(pk__in=named - already).values_list("pk", flat=True))
        units_already = set(activity.attendance.values_list("unit_id", flat=True)) if activity else set()
        for i, p in enumerate(self.params.get("participants", []), start=1):
            bad = set(p.get("roles", [])) - ROLES
            if bad:
                raise ValidationError({"participants": _("participant %(i)s: unknown role(s) %(roles)s")
                                                       % {"i": i, "roles": ", ".join(sorted(bad))}})
            person = p.get("person")
            if person is not None and person.pk not in seen:
                raise ValidationError({"participants": _("participant %(i)s: no such person in your scope") % {"i": i}})
            if person is None and not clean_name((p.get("new") or {}).get("name_hi", "")):
                raise ValidationError({"participants": _("participant %(i)s: needs a person or a new name") % {"i": i}})
        for i, a in enumerate(self.params.get("attendance", []), start=1):
            if a["unit"].pk not in units_already and not can(self.actor, "view", a["unit"].path):
                raise ValidationError({"attendance": _("attending unit %(i)s: no such unit in your scope") % {"i": i}})

    def _person(self, entry: dict, unit: Unit) -> Person:
        if entry.get("person") is not None:
            return entry["person"]
        new = entry["new"]
        hi, en = clean_name(new.get("name_hi", "")), clean_name(new.get("name_en", ""))
        person = Person(name_hi=hi or en, name_en=en, home_unit=new.get("home_unit") or unit,
                        name_key=name_key(hi or en)[:200])
        try:  # a name too long for its column is the caller's error, not a database failure
            person.full_clean(exclude=["user"])
        except ValidationError as exc:
            raise ValidationError({"participants": [_("new person '%(name)s': %(error)s") % {"name": (hi or en)[:40], "error": m}
                                                    for ms in exc.message_dict.values() for m in ms]}) from None
        person.save()
        self.log("create", person)
        return person

    def write_nested(self, activity: Activity) -> None:
        p = self.params
        if "participants" in p:
            self.created_people: list[Person] = []
            changes = [("delete", Participation, x.pk, audit.snapshot(x), None) for x in activity.participations.all()]
            activity.participations.all().delete()
            rows = []
            for order, entry in enumerate(p["participants"]):
                person = self._person(entry, activity.unit)
                self.created_people.append(person)
                roles = list(dict.fromkeys(entry.get("roles", [])))
                rows.append(Participation(activity=activity, person=person, roles=roles,
                                          posts=[nfc(x) for x in entry.get("posts", []) if nfc(x)],
                                          affiliation=nfc(entry.get("affiliation", "")),
                                          mentioned_only=bool(entry.get("mentioned_only")), order=order))
            Participation.objects.bulk_create(rows)
            changes += [("create", Participation, r.pk, None, audit.snapshot(r)) for r in rows]
            audit.record(self.name, changes)
        if "speeches" in p:
            changes = [("delete", Speech, x.pk, audit.snapshot(x), None) for x in activity.speeches.all()]
            activity.speeches.all().delete()
            # A speech names its speaker as a person, or as the index of a participant of this save
            # (so a new person proposed on the review screen can be quoted).
            rows = [Speech(activity=activity, text=nfc(s["text"]), order=i,
                           person=s["person"] if s.get("person") is not None else self.created_people[s["participant"]])
                    for i, s in enumerate(p["speeches"]) if nfc(s.get("text", ""))]
            Speech.objects.bulk_create(rows)
            audit.record(self.name, changes + [("create", Speech, r.pk, None, audit.snapshot(r)) for r in rows])
        if "attendance" in p:
            changes = [("delete", Attendance, x.pk, audit.snapshot(x), None) for x in activity.attendance.all()]
            activity.attendance.all().delete()
            rows = [Attendance(activity=activity, unit=a["unit"], note=nfc(a.get("note", ""))) for a in p["attendance"]]
            Attendance.objects.bulk_create(rows)
            audit.record(self.name, changes + [("create", Attendance, r.pk, None, audit.snapshot(r)) for r in rows])


class CreateActivity(_NestedMixin):
    name = "activity.create"

    def check(self) -> None:
        unit = self.params["fields"]["unit"]
        self.require("report", unit.path)
        self.check_nested(unit)

    def execute(self) -> Activity:
        fields = _clean(self.params["fields"])
        if not fields.get("title"):
            raise ValidationError({"title": _("an activity needs a title")})
        activity = Activity(**fields)
        activity.full_clean()
        activity.save()
        self.log("create", activity)
        self.write_nested(activity)
        return activity


class UpdateActivity(_NestedMixin):
    name = "activity.update"

    def check(self) -> None:
        activity: Activity = self.params["activity"]
        self.require("report", activity.unit.path)
        new_unit = self.params.get("fields", {}).get("unit")
        if new_unit is not None:
            self.require("report", new_unit.path)
        self.check_nested(new_unit or activity.unit, activity)

    def execute(self) -> Activity:
        activity: Activity = self.params["activity"]
        fields = _clean(self.params.get("fields", {}))
        if "unit" in fields:  # the scoping copy follows the unit (its path as stored now)
            fields["unit_path"] = current_path(fields["unit"].pk)
        old = copy.copy(activity)
        before = save_versioned(activity, self.params.get("version"), fields)
        self.log("update", activity, before)
        self.write_nested(activity)
        if any(getattr(old, f) != getattr(activity, f) for f in ("unit_id", "kind", "starts_at")):
            activity_edited.send(Activity, before=old, after=activity)
        return activity


class DeleteActivity(Action):
    name = "activity.delete"

    def check(self) -> None:
        self.require("report", self.params["activity"].unit.path)

    def execute(self) -> None:
        activity: Activity = self.params["activity"]
        expected = self.params.get("version")
        if expected is not None and expected != Activity.objects.filter(pk=activity.pk).values_list(
                "version", flat=True).first():
            raise Conflict(_("the activity was changed after you opened it; reload and check before deleting"))
        changes = [("delete", m, x.pk, audit.snapshot(x), None)
                   for m, qs in ((Participation, activity.participations.all()), (Speech, activity.speeches.all()),
                                 (Attendance, activity.attendance.all())) for x in qs]
        changes.append(("delete", Activity, activity.pk, audit.snapshot(activity), None))
        activity.delete()
        audit.record(self.name, changes)
