from django.core.management.base import BaseCommand, CommandError

from sangathan.core.backup import BackupError, check, restore


class Command(BaseCommand):
    help = ("restore DIR [--database-url URL]: load a backup into an EMPTY database (all or nothing), then "
            "prove it identical to the manifest (rows and checksum of every table) and the audit chain intact. "
            "--check compares an existing database with the manifest instead.")

    def add_arguments(self, parser):
        parser.add_argument("directory")
        parser.add_argument("--database-url", default=None,
                            help="the target database (default: DATABASE_URL / the configured database)")
        parser.add_argument("--check", action="store_true", help="only compare, do not restore")

    def handle(self, *args, directory, database_url, **o):
        try:
            report = (check if o["check"] else restore)(directory, database_url)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        for m in report.mismatches:
            self.stderr.write(f"MISMATCH {m}")
        if not report.audit_ok:
            self.stderr.write(f"audit chain: {report.audit_reason}")
        if not report.ok:
            raise CommandError("the database does not match the backup's manifest")
        self.stdout.write(f"{'checked' if o['check'] else 'restored'} {report.tables} tables, {report.rows} rows: "
                          f"every table matches the manifest (rows, checksum); audit chain intact "
                          f"({report.audit_checked} events)")
