"""privacy consent|export|erase|retention: personal data from the command line (all audited)."""

from __future__ import annotations

from pathlib import Path

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.http import Http404

from sangathan.core.cli_support import add_actor_argument, dumps, resolve_actor
from sangathan.people.models import Person
from sangathan.privacy.actions import ApplyRetention, ErasePerson, ExportPersonData, RecordConsent
from sangathan.privacy.models import Consent


class Command(BaseCommand):
    help = ("privacy consent PERSON --source S [--on DATE] [--withdrawn]; privacy export PERSON [-o FILE]; "
            "privacy erase PERSON --yes [--reason TEXT]; privacy retention [--dry-run]")

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="what", required=True)
        c = sub.add_parser("consent", help="record consent to contact given (or --withdrawn)")
        c.add_argument("person", type=int)
        c.add_argument("--source", required=True, choices=Consent.Source.values)
        c.add_argument("--on", default=None, help="date given or withdrawn (YYYY-MM-DD, default today)")
        c.add_argument("--withdrawn", action="store_true")
        e = sub.add_parser("export", help="everything held about a person, as JSON")
        e.add_argument("person", type=int)
        e.add_argument("-o", "--output", default=None)
        x = sub.add_parser("erase", help="erase a person's names and contact details (irreversible)")
        x.add_argument("person", type=int)
        x.add_argument("--yes", action="store_true", help="confirm: erasure cannot be undone")
        x.add_argument("--reason", default="on request")
        r = sub.add_parser("retention", help="apply settings.SANGATHAN_RETENTION")
        r.add_argument("--dry-run", action="store_true")
        for p in (c, e, x, r):
            add_actor_argument(p)

    def handle(self, *args, what, **o):
        actor = resolve_actor(o["actor"])
        try:
            if what == "retention":
                done = ApplyRetention(actor, source="cli", dry_run=o["dry_run"]).run()
                verb = "would be treated" if o["dry_run"] else "treated"
                for label, n in done.items():
                    self.stdout.write(f"{label}: {n} rows {verb}")
                return
            person = self._person(actor, o["person"])
            if what == "consent":
                c = _consent(actor, person, o)
                self.stdout.write(f"consent {'given' if c.given else 'withdrawn'} on {c.on} ({c.source}) "
                                  f"recorded for person {person.pk}")
            elif what == "export":
                text = dumps(ExportPersonData(actor, source="cli", person=person).run(), indent=2)
                if o["output"]:
                    Path(o["output"]).write_text(text + "\n", encoding="utf-8")
                    self.stdout.write(f"wrote {o['output']}")
                else:
                    self.stdout.write(text)
            elif what == "erase":
                if not o["yes"]:
                    raise CommandError("erasure cannot be undone: pass --yes to confirm")
                ErasePerson(actor, source="cli", person=person, reason=o["reason"]).run()
                self.stdout.write(f"person {person.pk} erased; their audit snapshots are tombstones")
        except ValidationError as exc:
            raise CommandError("; ".join(exc.messages)) from None
        except (PermissionDenied, Http404):
            raise CommandError("not allowed: your grants do not cover this person") from None

    def _person(self, actor, pk: int) -> Person:
        person = Person.objects.visible_to(actor).select_related("home_unit", "user").filter(pk=pk).first()
        if person is None:
            raise CommandError(f"no person {pk} that you can see")
        return person


def _consent(actor, person, o) -> Consent:
    # `source` names the action's origin (cli); the consent's own source is a parameter of its own
    return RecordConsent(actor, source="cli", person=person, given=not o["withdrawn"], on=o["on"],
                         consent_source=o["source"]).run()
