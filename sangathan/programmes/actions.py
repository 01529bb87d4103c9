"""Issue a programme down the tree, report a target's completion, close a programme."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _

from sangathan.activities.models import Activity
from sangathan.core import audit
from sangathan.core.actions import Conflict, Action, save_versioned
from sangathan.core.text import nfc
from sangathan.core.tree import subtree_q, successor
from sangathan.dashboards import sqltools as sql
from sangathan.org.models import Level, Unit
from sangathan.programmes import rollups
from sangathan.programmes.models import Programme, ProgrammeTarget, Status


class IssueProgramme(Action):
    """Create the programme and one target per unit of the chosen level below the issuer."""

    name = "programme.issue"

    def check(self) -> None:
        issuer: Unit = self.params["issuer"]
        level: Level = self.params["target_level"]
        self.require("manage", issuer.path)
        if level.depth <= issuer.level.depth:
            raise ValidationError({"target_level": _("%(level)s is not below %(issuer)s")
                                                   % {"level": level.name, "issuer": issuer.level.name}})
        if not nfc(self.params.get("title", "")):
            raise ValidationError({"title": _("a programme needs a title")})
        if not isinstance(self.params.get("due"), datetime.date):
            raise ValidationError({"due": _("a programme needs a due date")})

    def execute(self) -> Programme:
        p = self.params
        prog = Programme.objects.create(issuer=p["issuer"], target_level=p["target_level"], title=nfc(p["title"]),
                                        description=nfc(p.get("description", "")), due=p["due"])
        t, u = ProgrammeTarget._meta.db_table, Unit._meta.db_table
        n = sql.run(f"""INSERT INTO {t} (programme_id, unit_id, status, note)
            SELECT %s, id, 'pending', '' FROM {u} WHERE level_id = %s AND path >= %s AND path < %s""",
                    [prog.pk, p["target_level"].pk, p["issuer"].path, successor(p["issuer"].path)])
        if n == 0:
            raise ValidationError({"target_level": _("there is no %(level)s under %(issuer)s")
                                                   % {"level": p["target_level"].name, "issuer": p["issuer"]}})
        Programme.objects.filter(pk=prog.pk).update(targets_count=n)
        prog.targets_count = n
        rollups.build(prog.pk)
        self.log("create", prog)
        audit.record(self.name, [("create", ProgrammeTarget, f"programme:{prog.pk}", None,
                                  {"programme": prog.pk, "targets": n, "bulk": True})])
        return prog


class ReportTarget(Action):
    """A target unit says done / partly / not done, optionally naming the activity that did it."""

    name = "programme.report"

    def check(self) -> None:
        target: ProgrammeTarget = self.params["target"]
        self.require("report", target.unit.path)
        if self.params["status"] not in Status.values:
            raise ValidationError({"status": _("unknown status '%(status)s'") % {"status": self.params["status"]}})
        act: Activity | None = self.params.get("activity")
        if act is not None and not Activity.objects.filter(
                subtree_q("unit_path", target.unit.path), pk=act.pk).exists():
            raise ValidationError({"activity": _("the activity must be organised by this unit or one below it")})
        if target.programme.closed:
            raise ValidationError({"status": _("the programme is closed")})

    def execute(self) -> ProgrammeTarget:
        target: ProgrammeTarget = ProgrammeTarget.objects.select_for_update().select_related("unit").get(
            pk=self.params["target"].pk)
        seen = self.params.get("seen")
        if seen is not None and seen != (target.reported_at.isoformat() if target.reported_at else ""):
            raise Conflict(_("%(unit)s was reported by someone else after you opened the form; "
                             "reload to see their report, then report again") % {"unit": target.unit})
        before, old = audit.snapshot(target), target.status
        target.status = self.params["status"]
        target.activity = self.params.get("activity")
        target.note = nfc(self.params.get("note", ""))
        target.reported_at = timezone.now()
        target.reported_by = self.actor if getattr(self.actor, "pk", None) else None
        target.save()
        rollups.move(target, old, target.status)
        self.log("update", target, before)
        return target


class CloseProgramme(Action):
    name = "programme.close"

    def check(self) -> None:
        self.require("manage", self.params["programme"].issuer.path)

    def execute(self) -> Programme:
        prog: Programme = self.params["programme"]
        before = save_versioned(prog, self.params.get("version"), {"closed": bool(self.params.get("closed", True))})
        self.log("update", prog, before)
        return prog
