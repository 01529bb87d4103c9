from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from sangathan.core.cli_support import add_actor_argument, resolve_actor
from sangathan.org.imports import ImportFailed, ImportUnits


class Command(BaseCommand):
    help = "import units FILE.csv: validate every row, report every error, then import all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("what", choices=["units"])
        parser.add_argument("path", type=Path)
        parser.add_argument("--dry-run", action="store_true", help="validate only")
        parser.add_argument("--queue", action="store_true",
                            help="run it as a job on the durable queue (`sangathan worker`); follow it on /jobs/")
        add_actor_argument(parser)

    def handle(self, *args, what, path, dry_run=False, actor=None, queue=False, **o):
        if not path.exists():
            raise CommandError(f"{path}: no such file")
        if queue and not dry_run:
            from sangathan.jobs import titles
            from sangathan.jobs.bulk import import_units, queue_file

            j = queue_file(import_units, path, user=resolve_actor(actor),
                           title=str(titles.UNITS_IMPORT) % {"file": path.name})
            self.stdout.write(f"job {j.pk} {j.status}: /jobs/{j.pk}/" + (f" {j.error}" if j.error else ""))
            return
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError as e:
            raise CommandError(f"{path}: not UTF-8 text (byte {e.start}); save the file as UTF-8 CSV") from None
        except OSError as e:  # a directory, no permission...
            raise CommandError(f"{path}: {e.strerror or e}") from None
        action = ImportUnits(resolve_actor(actor), source="import", text=text)
        try:
            if dry_run:
                rows = action.parse(action.params["text"])
                self.stdout.write(f"{len(rows)} rows valid; nothing written (dry run)")
                return
            units = action.run()
        except ImportFailed as e:
            raise CommandError(f"{path}: {e}") from None
        except ValidationError as e:
            raise CommandError(f"{path}: {'; '.join(e.messages)}") from None
        self.stdout.write(f"imported {len(units)} units from {path}")
