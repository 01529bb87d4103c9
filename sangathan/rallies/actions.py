"""Organise a rally (targets for every unit of a level), adjust one unit's target, report turnout, close."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from sangathan.core import audit
from sangathan.core.actions import Action, Conflict, save_versioned
from sangathan.core.text import nfc
from sangathan.core.tree import successor
from sangathan.dashboards import sqltools as sql
from sangathan.org.models import Level, Unit
from sangathan.rallies import rollups
from sangathan.rallies.models import MAX_PEOPLE, MAX_VEHICLES, Rally, RallyTarget


def count(params: dict, field: str, limit: int, errors: dict, *, required: bool = True) -> int | None:
    """A whole number 0..limit, or a field error saying why not."""
    value = params.get(field)
    if value in (None, ""):
        if required:
            errors[field] = _("a number is needed")
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        try:
            value = int(str(value).strip())
        except ValueError:
            errors[field] = _("'%(value)s' is not a whole number") % {"value": params.get(field)}
            return None
    if value < 0:
        errors[field] = _("cannot be negative")
    elif value > limit:
        errors[field] = _("at most %(limit)s") % {"limit": limit}
    return value


class OrganiseRally(Action):
    """Create the rally and one target per unit of the chosen level below the organiser."""

    name = "rally.organise"

    def check(self) -> None:
        p, errors = self.params, {}
        organiser: Unit = p["organiser"]
        level: Level | None = p.get("target_level")
        self.require("manage", organiser.path)
        if level is None:
            errors["target_level"] = _("choose the level that gets targets")
        elif level.depth <= organiser.level.depth:
            errors["target_level"] = _("%(level)s is not below %(organiser)s") % {
                "level": level.name, "organiser": organiser.level.name}
        if not nfc(p.get("title", "")):
            errors["title"] = _("a rally needs a title")
        held_on = p.get("held_on")
        if not isinstance(held_on, datetime.date):
            errors["held_on"] = _("a rally needs a date")
        elif held_on < timezone.localdate():
            errors["held_on"] = _("%(date)s is in the past") % {"date": held_on.isoformat()}
        people = count(p, "people_target", MAX_PEOPLE, errors)
        vehicles = count(p, "vehicles_target", MAX_VEHICLES, errors)
        if not errors and not people and not vehicles:
            errors["people_target"] = _("set a target of people, vehicles or both")
        if errors:
            raise ValidationError(errors)
        self.people, self.vehicles = people, vehicles

    def execute(self) -> Rally:
        p = self.params
        rally = Rally.objects.create(organiser=p["organiser"], target_level=p["target_level"], title=nfc(p["title"]),
                                     place=nfc(p.get("place", "")), description=nfc(p.get("description", "")),
                                     held_on=p["held_on"])
        t, u = RallyTarget._meta.db_table, Unit._meta.db_table
        n = sql.run(f"""INSERT INTO {t} (rally_id, unit_id, people_target, vehicles_target, note)
            SELECT %s, id, %s, %s, '' FROM {u} WHERE level_id = %s AND path >= %s AND path < %s""",
                    [rally.pk, self.people, self.vehicles, p["target_level"].pk, p["organiser"].path,
                     successor(p["organiser"].path)])
        if n == 0:
            raise ValidationError({"target_level": _("there is no %(level)s under %(organiser)s")
                                                   % {"level": p["target_level"].name, "organiser": p["organiser"]}})
        Rally.objects.filter(pk=rally.pk).update(targets_count=n)
        rally.targets_count = n
        rollups.build(rally.pk)
        self.log("create", rally)
        audit.record(self.name, [("create", RallyTarget, f"rally:{rally.pk}", None,
                                  {"rally": rally.pk, "targets": n, "people_target": self.people,
                                   "vehicles_target": self.vehicles, "bulk": True})])
        return rally


class SetTarget(Action):
    """The organiser changes one unit's target (a big mandal brings more)."""

    name = "rally.set_target"

    def check(self) -> None:
        target: RallyTarget = self.params["target"]
        self.require("manage", target.rally.organiser.path)
        errors: dict = {}
        self.people = count(self.params, "people_target", MAX_PEOPLE, errors)
        self.vehicles = count(self.params, "vehicles_target", MAX_VEHICLES, errors)
        if target.rally.closed:
            errors["people_target"] = _("the rally is closed")
        if errors:
            raise ValidationError(errors)

    def execute(self) -> RallyTarget:
        target = RallyTarget.objects.select_for_update().select_related("unit").get(pk=self.params["target"].pk)
        before = audit.snapshot(target)
        delta = {"people_target": self.people - target.people_target,
                 "vehicles_target": self.vehicles - target.vehicles_target}
        target.people_target, target.vehicles_target = self.people, self.vehicles
        target.save(update_fields=["people_target", "vehicles_target"])
        rollups.add(target, delta)
        self.log("update", target, before)
        return target


class ReportTurnout(Action):
    """A target unit says how many people and vehicles it brought (again to correct it)."""

    name = "rally.report"

    def check(self) -> None:
        target: RallyTarget = self.params["target"]
        self.require("report", target.unit.path)
        errors: dict = {}
        self.people = count(self.params, "people", MAX_PEOPLE, errors)
        self.vehicles = count(self.params, "vehicles", MAX_VEHICLES, errors, required=False) or 0
        if target.rally.closed:
            errors["people"] = _("the rally is closed")
        if errors:
            raise ValidationError(errors)

    def execute(self) -> RallyTarget:
        target = RallyTarget.objects.select_for_update().select_related("unit").get(pk=self.params["target"].pk)
        seen = self.params.get("seen")
        if seen is not None and seen != (target.reported_at.isoformat() if target.reported_at else ""):
            raise Conflict(_("%(unit)s was reported by someone else after you opened the form; "
                             "reload to see their report, then report again") % {"unit": target.unit})
        before = audit.snapshot(target)
        delta = {"reported": 0 if target.reported_at else 1,
                 "people": self.people - (target.people or 0), "vehicles": self.vehicles - (target.vehicles or 0)}
        target.people, target.vehicles = self.people, self.vehicles
        target.note = nfc(self.params.get("note", ""))
        target.reported_at = timezone.now()
        target.reported_by = self.actor if getattr(self.actor, "pk", None) else None
        target.save()
        rollups.add(target, delta)
        self.log("update", target, before)
        return target


class CloseRally(Action):
    name = "rally.close"

    def check(self) -> None:
        self.require("manage", self.params["rally"].organiser.path)

    def execute(self) -> Rally:
        rally: Rally = self.params["rally"]
        before = save_versioned(rally, self.params.get("version"), {"closed": bool(self.params.get("closed", True))})
        self.log("update", rally, before)
        return rally
