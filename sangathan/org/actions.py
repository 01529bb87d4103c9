"""Actions on the unit tree: create, update (rename, recode), move a subtree, delete."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import F, Value
from django.db.models.functions import Concat, Length, Substr
from django.utils.translation import gettext as _

from sangathan.core import audit
from sangathan.core.actions import Action, Conflict, save_versioned
from sangathan.core.text import name_key, nfc
from sangathan.core.tree import step, subtree_q
from sangathan.org.models import Level, Unit, UnitAlias
from sangathan.org.signals import unit_deleted, unit_moved, units_created


def _check_level(parent: Unit | None, level: Level) -> None:
    if parent is None:
        return
    if level.depth <= parent.level.depth:
        raise ValidationError({"level": _("a %(level)s cannot sit under a %(parent)s")
                               % {"level": level.name, "parent": parent.level.name}})


def check_lengths(model, **values: str) -> None:
    """A ValidationError naming each text too long for its column (PostgreSQL would fail the INSERT
    with a 500, SQLite would store it)."""
    errors = {}
    for name, value in values.items():
        limit = model._meta.get_field(name).max_length
        if value and limit and len(value) > limit:
            errors[name] = _("at most %(limit)s characters (this one has %(n)s)") % {"limit": limit, "n": len(value)}
    if errors:
        raise ValidationError(errors)


def key_of(name: str) -> str:
    """The search key of a name, cut to its column (a key is only ever matched by prefix)."""
    return name_key(name)[:KEY_MAX]


KEY_MAX = Unit._meta.get_field("name_key").max_length


def insert_unit(parent: Unit | None, level: Level, name_hi: str, name_en: str = "", code: str = "") -> Unit:
    """Create one unit row and its path (no permission check: callers are actions)."""
    name_hi, name_en, code = nfc(name_hi), nfc(name_en), nfc(code)
    if not (name_hi or name_en):
        raise ValidationError({"name_hi": _("a unit needs a Hindi or English name")})
    check_lengths(Unit, name_hi=name_hi, name_en=name_en, code=code)
    _check_level(parent, level)
    unit = Unit(parent=parent, level=level, name_hi=name_hi or name_en, name_en=name_en, code=code,
                path=f"tmp-{id(level)}-{name_hi}"[:255], depth=(parent.depth + 1) if parent else 0,
                name_key=key_of(name_hi or name_en))
    unit.save()
    unit.path = (parent.path if parent else "") + step(unit.pk)
    Unit.objects.filter(pk=unit.pk).update(path=unit.path)
    return unit


class CreateUnit(Action):
    name = "unit.create"

    def check(self) -> None:
        parent: Unit | None = self.params.get("parent")
        if parent is None:
            if not getattr(self.actor, "is_superuser", False):
                raise ValidationError({"parent": _("only a superuser can create a root unit")})
        else:
            self.require("manage", parent.path)

    def execute(self) -> Unit:
        p = self.params
        unit = insert_unit(p.get("parent"), p["level"], p.get("name_hi", ""), p.get("name_en", ""), p.get("code", ""))
        for alias in p.get("aliases", []):
            check_lengths(UnitAlias, name=nfc(alias))
            UnitAlias.objects.create(unit=unit, name=nfc(alias), name_key=key_of(alias))
        self.log("create", unit)
        units_created.send(Unit, units=[unit])
        return unit


class UpdateUnit(Action):
    """Rename or recode a unit (not move: see MoveUnit)."""

    name = "unit.update"

    def check(self) -> None:
        self.require("manage", self.params["unit"].path)

    def execute(self) -> Unit:
        unit: Unit = self.params["unit"]
        fields = {k: nfc(v) for k, v in self.params["fields"].items() if k in {"name_hi", "name_en", "code"}}
        if "name_hi" in fields or "name_en" in fields:
            fields["name_key"] = key_of(fields.get("name_hi") or unit.name_hi or fields.get("name_en", ""))
        before = save_versioned(unit, self.params.get("version"), fields)
        self.log("update", unit, before)
        return unit


class MoveUnit(Action):
    """Re-parent a unit; its whole subtree follows in one UPDATE inside the transaction."""

    name = "unit.move"

    def check(self) -> None:
        unit: Unit = self.params["unit"]
        new_parent: Unit = self.params["new_parent"]
        self.require("manage", unit.path)
        self.require("manage", new_parent.path)
        if new_parent.path.startswith(unit.path):
            raise ValidationError({"new_parent": _("a unit cannot move under itself or its own descendant")})
        _check_level(new_parent, unit.level)

    def execute(self) -> Unit:
        unit: Unit = Unit.objects.select_for_update().get(pk=self.params["unit"].pk)
        new_parent: Unit = self.params["new_parent"]
        expected = self.params.get("version")
        if expected is not None and expected != unit.version:
            raise Conflict(_("%(unit)s was changed by someone else (version %(version)s, you saw version "
                             "%(expected)s); reload and move it again")
                           % {"unit": unit.name, "version": unit.version, "expected": expected})
        before = audit.snapshot(unit)
        old_path, new_path = unit.path, new_parent.path + step(unit.pk)
        delta = new_parent.depth + 1 - unit.depth
        moved = Unit.objects.filter(subtree_q("path", old_path)).update(
            path=Concat(Value(new_path), Substr("path", len(old_path) + 1, Length("path"))),
            depth=F("depth") + delta,
        )
        Unit.objects.filter(pk=unit.pk).update(parent=new_parent, version=F("version") + 1)
        old_parent_path = Unit.objects.get(pk=unit.parent_id).path if unit.parent_id else ""
        unit.refresh_from_db()
        unit_moved.send(Unit, unit=unit, old_parent_path=old_parent_path, new_parent_path=new_parent.path,
                        depth_delta=delta)
        after = audit.snapshot(unit) | {"subtree_rows_moved": moved}
        audit.record(self.name, [("update", unit, unit.pk, before, after)])
        return unit


class DeleteUnit(Action):
    name = "unit.delete"

    def check(self) -> None:
        unit: Unit = self.params["unit"]
        self.require("manage", unit.path)
        if unit.children.exists():
            raise ValidationError(_("a unit with sub-units cannot be deleted; move or delete them first"))
        if unit.people.exists() or unit.activities.exists() or unit.appointments.exists():
            raise ValidationError(_("a unit with people, appointments or activities cannot be deleted"))

    def execute(self) -> None:
        unit: Unit = self.params["unit"]
        before = audit.snapshot(unit)
        pk = unit.pk
        parent_path = unit.parent.path if unit.parent_id else ""
        unit.aliases.all().delete()
        unit.delete()
        unit_deleted.send(Unit, unit=unit, parent_path=parent_path)
        audit.record(self.name, [("delete", Unit, pk, before, None)])
