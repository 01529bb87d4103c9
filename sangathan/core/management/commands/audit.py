from django.core.management.base import BaseCommand, CommandError

from sangathan.core import audit


class Command(BaseCommand):
    help = "audit verify: prove the audit log's hash chain intact, or name the first tampered event."

    def add_arguments(self, parser):
        parser.add_argument("what", choices=["verify"])

    def handle(self, *args, what, **o):
        result = audit.verify()
        if result.ok:
            self.stdout.write(f"audit chain intact: {result.checked} events verified")
            return
        raise CommandError(f"audit chain broken at event {result.first_bad_id}: {result.reason} "
                           f"({result.checked} events before it verified)")
