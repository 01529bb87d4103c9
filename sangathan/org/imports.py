"""Import units from CSV: every row validated first, every error reported, then all-or-nothing.

Columns: level, name_hi, name_en, code, parent_code (or parent, a name), aliases ("a; b").
A parent may be an existing unit or a row earlier in the same file.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from django.utils.translation import gettext as _

from sangathan.core.actions import Action
from sangathan.core.imports import ImportFailed, RowError  # noqa: F401  (re-exported for callers)
from sangathan.core.text import nfc
from sangathan.org.actions import check_lengths, insert_unit, key_of
from sangathan.org.models import Level, Unit, UnitAlias
from sangathan.org.signals import units_created

REQUIRED = ("level", "name_hi")



@dataclass
class Row:
    line: int
    level: Level
    name_hi: str
    name_en: str
    code: str
    parent_ref: str
    aliases: list[str] = field(default_factory=list)


class ImportUnits(Action):
    name = "unit.import"
    source_default = "import"

    def _levels(self) -> dict[str, Level]:
        out = {}
        for lv in Level.objects.all():
            for k in (lv.key, lv.name_hi, lv.name_en):
                if k:
                    out[nfc(k).lower()] = lv
        return out

    def parse(self, text: str) -> list[Row]:
        levels = self._levels()
        reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
        errors: list[RowError] = []
        try:
            header = reader.fieldnames or []
            records = list(reader)
        except csv.Error as exc:  # a field over the csv module's size limit, a stray NUL...
            raise ImportFailed([RowError(max(reader.line_num, 1), "-", _("not readable as CSV: %(error)s") % {"error": exc})]) from None
        missing = [c for c in REQUIRED if c not in header]
        if missing:
            raise ImportFailed([RowError(1, c, _("column is missing from the header")) for c in missing])
        rows, codes_in_file = [], {}
        for n, raw in enumerate(records, start=2):
            raw = {k: nfc(v or "") for k, v in raw.items() if k}
            level = levels.get(raw.get("level", "").lower())
            if not raw.get("level"):
                errors.append(RowError(n, "level", _("is empty")))
            elif level is None:
                errors.append(RowError(n, "level", _("unknown level '%(level)s'") % {"level": raw["level"]}))
            if not raw.get("name_hi"):
                errors.append(RowError(n, "name_hi", _("is empty")))
            code = raw.get("code", "")
            if code:
                if code in codes_in_file:
                    errors.append(RowError(n, "code", _("duplicate of line %(line)s") % {"line": codes_in_file[code]}))
                codes_in_file[code] = n
            for col in ("name_hi", "name_en", "code"):
                limit = Unit._meta.get_field(col).max_length
                if len(raw.get(col, "")) > limit:
                    errors.append(RowError(n, col, _("at most %(limit)s characters (this one has %(n)s)")
                                            % {"limit": limit, "n": len(raw[col])}))
            aliases = [a.strip() for a in raw.get("aliases", "").split(";") if a.strip()]
            alias_max = UnitAlias._meta.get_field("name").max_length
            for a in aliases:
                if len(a) > alias_max:
                    errors.append(RowError(n, "aliases", _("an alias has at most %(limit)s characters") % {"limit": alias_max}))
            parent_ref = raw.get("parent_code") or raw.get("parent") or ""
            if level is not None and raw.get("name_hi"):
                rows.append(Row(n, level, raw["name_hi"], raw.get("name_en", ""), code, parent_ref, aliases))
        if not rows and not errors:
            errors.append(RowError(1, "-", _("the file has no data rows")))
        self._resolve_parents(rows, errors)
        if errors:
            raise ImportFailed(sorted(errors, key=lambda e: e.line))
        return rows

    def _resolve_parents(self, rows: list[Row], errors: list[RowError]) -> None:
        visible = Unit.objects.visible_to(self.actor, "manage")
        in_file = {}
        for r in rows:
            if not r.parent_ref:
                errors.append(RowError(r.line, "parent_code", _("is empty (every imported unit needs a parent)")))
            elif r.parent_ref in in_file:
                r.parent = in_file[r.parent_ref]  # type: ignore[attr-defined]
            else:
                found = list(visible.filter(code=r.parent_ref).select_related("level")[:2]) or \
                    list(visible.filter(name_hi=r.parent_ref).select_related("level")[:2])
                if len(found) == 1:
                    r.parent = found[0]  # type: ignore[attr-defined]
                elif found:
                    errors.append(RowError(r.line, "parent_code", _("'%(ref)s' names more than one unit; use its code") % {"ref": r.parent_ref}))
                else:
                    errors.append(RowError(r.line, "parent_code", _("no unit '%(ref)s' in your scope") % {"ref": r.parent_ref}))
            if hasattr(r, "parent"):
                plevel = r.parent.level if isinstance(r.parent, Unit) else r.parent.level  # type: ignore[attr-defined]
                if r.level.depth <= plevel.depth:
                    errors.append(RowError(r.line, "level", _("a %(level)s cannot sit under a %(parent)s") % {"level": r.level.key, "parent": plevel.key}))
            for key in (r.code, r.name_hi):
                if key:
                    in_file.setdefault(key, r)

    def execute(self) -> list[Unit]:
        rows = self.parse(self.params["text"])
        created: dict[int, Unit] = {}
        for r in rows:
            parent = r.parent  # type: ignore[attr-defined]
            parent_unit = created[parent.line] if isinstance(parent, Row) else parent
            unit = insert_unit(parent_unit, r.level, r.name_hi, r.name_en, r.code)
            for a in r.aliases:
                check_lengths(UnitAlias, name=a)
            UnitAlias.objects.bulk_create([UnitAlias(unit=unit, name=a, name_key=key_of(a)) for a in r.aliases])
            created[r.line] = unit
            self.log("create", unit)
        units_created.send(Unit, units=list(created.values()))
        return list(created.values())
