"""`sangathan import_people FILE [--as USER] [--dry-run]`: people, posts and committee seats from CSV/XLSX."""

from __future__ import annotations

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from sangathan.synth.importer import DryRun, ImportFailed, ImportPeople


class Command(BaseCommand):
    help = ("Import people (home_unit_code, name_hi, name_en, phone, email) with an optional post or committee role "
            "(post, unit_code, wing, page, start). Every row is checked first; a file with errors writes nothing.")

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--as", dest="username", default="admin", help="the user the import acts as")
        parser.add_argument("--dry-run", action="store_true", help="check and count, then roll back")
        parser.add_argument("--no-progress", action="store_true")
        parser.add_argument("--queue", action="store_true",
                            help="run it as a job on the durable queue (`sangathan worker`); follow it on /jobs/")

    def handle(self, *args, file: str, username: str, dry_run: bool, no_progress: bool, queue=False, **opts):
        path = Path(file)
        if not path.exists():
            raise CommandError(f"{file}: no such file")
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"no user '{username}'")
        if queue:
            if dry_run:
                raise CommandError("--queue and --dry-run do not go together: a dry run is quick, run it here")
            from sangathan.jobs import titles
            from sangathan.jobs.bulk import import_people, queue_file

            j = queue_file(import_people, path, user=user, title=str(titles.PEOPLE_IMPORT) % {"file": path.name})
            self.stdout.write(f"job {j.pk} {j.status}: /jobs/{j.pk}/" + (f" {j.error}" if j.error else ""))
            return
        try:
            result = ImportPeople(user, path=path, dry_run=dry_run, progress=not no_progress).run()
        except DryRun as dry:
            self.stdout.write("dry run, nothing written; would create: " + _fmt(dry.result))
            return
        except ImportFailed as exc:
            for e in exc.errors:
                self.stderr.write(str(e))
            raise CommandError(f"{len(exc.errors)} error(s); nothing was imported") from exc
        self.stdout.write(self.style.SUCCESS("imported: " + _fmt(result)))


def _fmt(result: dict) -> str:
    return ", ".join(f"{k} {v}" for k, v in result.items())
