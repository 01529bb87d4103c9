"""The synth action: configuration, the generator, programmes, rollups, audit summary events."""

from __future__ import annotations

import time

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection

from sangathan.activities.models import Activity
from sangathan.booths import rebuild as booth_rollups
from sangathan.booths.models import BoothCommittee, CommitteeMember
from sangathan.core import audit
from sangathan.core.actions import Action
from sangathan.core.text import name_key
from sangathan.dashboards import rollups as dash_rollups
from sangathan.dashboards import sqltools as sql
from sangathan.org.models import Unit
from sangathan.people.models import Appointment, Person
from sangathan.programmes import rollups as prog_rollups
from sangathan.programmes.actions import IssueProgramme
from sangathan.programmes.models import ProgrammeTarget
from sangathan.synth import stage
from sangathan.synth.generate import PROGRAMMES, Generator, today_plus
from sangathan.synth.scales import SCALES, ensure_config
from sangathan.synth.writer import dangling_references, own_models

MODELS = {"unit": Unit, "committee": BoothCommittee, "person": Person, "seat": CommitteeMember,
          "appointment": Appointment, "activity": Activity}


def operator():
    """The superuser synth acts as: `admin` if present, else one created for the purpose."""
    User = get_user_model()
    return (User.objects.filter(is_superuser=True).order_by("pk").first()
            or User.objects.create_superuser("admin", "admin@example.org", None))


class Synthesise(Action):
    name = "synth.load"
    source_default = "cli"

    def check(self) -> None:
        if not getattr(self.actor, "is_superuser", False):
            raise ValidationError("only a superuser can synthesise an organisation")
        if self.params["scale"] not in SCALES:
            raise ValidationError({"scale": f"unknown scale; choose one of {', '.join(SCALES)}"})

    def root(self, config: dict) -> Unit:
        root = Unit.objects.filter(depth=0).order_by("pk").first()
        if root is None:
            root = Unit.objects.create(name_hi="भारत", name_en="India", code="IN", level=config["levels"]["national"],
                                       path="tmp-root", depth=0, name_key=name_key("भारत"))
            root.path = f"{root.pk:08d}"
            Unit.objects.filter(pk=root.pk).update(path=root.path)
            self.log("create", root)
        return root

    def execute(self) -> dict:
        started = time.monotonic()
        config = ensure_config()
        root = self.root(config)
        prefix = self.params.get("prefix") or "SY"
        if Unit.objects.filter(code=f"{prefix}01").exists():
            raise ValidationError({"prefix": f"units with code prefix {prefix} exist already; "
                                             "use --prefix or an empty database"})
        # PostgreSQL: no per-row foreign-key trigger for the tens of millions of rows below (their
        # deferred checks were most of a national run, at COMMIT); every reference is proved at
        # once afterwards instead, one anti-join per foreign-key column, inside this transaction
        skipped = stage.skip_row_fk_checks()
        written = Generator(SCALES[self.params["scale"]], self.params["seed"], config, root, prefix).run()
        targets = self.programmes(config, root, prefix)
        rollups = {"booths": booth_rollups.rebuild(states=False), "programmes": prog_rollups.rebuild(),
                   "dashboards": dash_rollups.rebuild()}
        if skipped:
            stage.restore_row_fk_checks()
        # on SQLite too: a clear message now rather than an IntegrityError at commit
        problems = dangling_references(own_models())
        if problems:
            raise ValidationError("synth wrote rows that point at nothing: " + "; ".join(problems))
        summary = {"scale": self.params["scale"], "seed": self.params["seed"], "bulk": True}
        audit.record(self.name, [("create", MODELS[k], f"synth:{prefix}", None, {**summary, "rows": n})
                                 for k, n in written.items()])
        if connection.vendor == "postgresql":
            sql.run("ANALYZE")
        return {**written, "programme_targets": targets, "rollups": rollups,
                "seconds": round(time.monotonic() - started, 1)}

    def programmes(self, config: dict, root: Unit, prefix: str) -> int:
        """Issue the standard programmes (through the action), then report on most targets."""
        levels, seed, n = config["levels"], self.params["seed"], 0
        states = list(Unit.objects.filter(parent=root, code__startswith=prefix).select_related("level"))
        for issuer_kind, level, title, due in PROGRAMMES:
            for issuer in ([root] if issuer_kind == "root" else states):
                prog = IssueProgramme(self.actor, source="cli", issuer=issuer, target_level=levels[level],
                                      title=title, due=today_plus(due)).run()
                n += prog.targets_count
                t = ProgrammeTarget._meta.db_table
                bucket = f"((unit_id * 7919 + {int(seed)} + programme_id) %% 100)"
                sql.run(f"""UPDATE {t} SET status = CASE WHEN {bucket} < 45 THEN 'done' WHEN {bucket} < 60 THEN 'partly'
                            WHEN {bucket} < 65 THEN 'not_done' ELSE 'pending' END WHERE programme_id = %s""", [prog.pk])
        return n
