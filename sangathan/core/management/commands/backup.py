from django.core.management.base import BaseCommand, CommandError

from sangathan.core.backup import BackupError, backup


class Command(BaseCommand):
    help = ("backup DIR: the database (SQLite online backup, or pg_dump custom format) and a manifest "
            "(rows and checksum per table, audit chain head) into the new directory DIR.")

    def add_arguments(self, parser):
        parser.add_argument("directory")

    def handle(self, *args, directory, **o):
        try:
            m = backup(directory)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        rows = sum(t["rows"] for t in m["tables"].values())
        head = m["audit_head"]
        self.stdout.write(f"backed up {len(m['tables'])} tables, {rows} rows ({m['vendor']}) to {directory}; "
                          f"audit chain head: event {head['last_id']} {head['last_hash'][:16]}…")
