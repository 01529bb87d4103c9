"""Actions on people and appointments."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

from sangathan.core.actions import Action, save_versioned
from sangathan.core.text import clean_name, name_key, nfc
from sangathan.people.models import Appointment, Person

PERSON_FIELDS = {"name_hi", "name_en", "phone", "email", "home_unit"}
APPOINTMENT_FIELDS = {"post", "unit", "wing", "charge_unit", "title", "start", "end"}


def person_fields(data: dict) -> dict:
    out = {k: v for k, v in data.items() if k in PERSON_FIELDS}
    for k in ("name_hi", "name_en"):
        if k in out:
            out[k] = clean_name(out[k] or "")
    for k in ("phone", "email"):
        if k in out:
            out[k] = nfc(out[k] or "")
    return out


def _key(fields: dict, person: Person | None = None) -> str:
    hi = fields.get("name_hi", person.name_hi if person else "")
    en = fields.get("name_en", person.name_en if person else "")
    return name_key(hi or en)[:KEY_MAX]


KEY_MAX = Person._meta.get_field("name_key").max_length  # a search key, matched by prefix


class CreatePerson(Action):
    name = "person.create"

    def check(self) -> None:
        self.require("manage", self.params["fields"]["home_unit"].path)

    def execute(self) -> Person:
        fields = person_fields(self.params["fields"])
        if not (fields.get("name_hi") or fields.get("name_en")):
            raise ValidationError({"name_hi": _("a person needs a Hindi or English name")})
        fields.setdefault("name_hi", fields.get("name_en", ""))
        person = Person(**fields, name_key=_key(fields))
        person.full_clean()
        person.save()
        self.log("create", person)
        return person


class UpdatePerson(Action):
    name = "person.update"

    def check(self) -> None:
        person: Person = self.params["person"]
        self.require("manage", person.home_unit.path)
        new_home = self.params["fields"].get("home_unit")
        if new_home is not None:
            self.require("manage", new_home.path)

    def execute(self) -> Person:
        person: Person = self.params["person"]
        fields = person_fields(self.params["fields"])
        fields["name_key"] = _key(fields, person)
        before = save_versioned(person, self.params.get("version"), fields)
        self.log("update", person, before)
        return person


class Appoint(Action):
    """A person takes a post in a unit (and wing) from a date."""

    name = "appointment.create"

    def check(self) -> None:
        f = self.params["fields"]
        self.require("manage", f["unit"].path)
        if f.get("charge_unit") is not None and not f["post"].is_incharge:
            raise ValidationError({"charge_unit": _("only in-charge posts point at a unit they oversee")})

    def execute(self) -> Appointment:
        f = {k: v for k, v in self.params["fields"].items() if k in APPOINTMENT_FIELDS}
        f["title"] = nfc(f.get("title", ""))
        appt = Appointment(person=self.params["person"], **f)
        appt.full_clean()
        appt.save()
        self.log("create", appt)
        return appt


class UpdateAppointment(Action):
    """Change an appointment; ending a term is setting `end` (history is kept, never deleted)."""

    name = "appointment.update"

    def check(self) -> None:
        appt: Appointment = self.params["appointment"]
        self.require("manage", appt.unit.path)
        new_unit = self.params["fields"].get("unit")
        if new_unit is not None:
            self.require("manage", new_unit.path)

    def execute(self) -> Appointment:
        appt: Appointment = self.params["appointment"]
        fields = {k: v for k, v in self.params["fields"].items() if k in APPOINTMENT_FIELDS}
        before = save_versioned(appt, self.params.get("version"), fields)
        self.log("update", appt, before)
        return appt
