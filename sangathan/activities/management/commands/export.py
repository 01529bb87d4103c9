from django.core.management.base import BaseCommand, CommandError

from sangathan.activities.export import record, with_related
from sangathan.activities.models import Activity
from sangathan.core.cli_support import add_actor_argument, dumps, resolve_actor
from sangathan.org.models import Organisation


class Command(BaseCommand):
    help = "Export activities as press-schema records: `export activity ID` or `export activities`."

    def add_arguments(self, parser):
        parser.add_argument("what", choices=["activity", "activities"])
        parser.add_argument("id", nargs="?", type=int)
        parser.add_argument("--format", choices=["json", "jsonl"], default=None)
        add_actor_argument(parser)

    def handle(self, *args, what, id=None, format=None, actor=None, **opts):
        user = resolve_actor(actor)
        qs = with_related(Activity.objects.visible_to(user, "view"))
        org = Organisation.objects.first()
        if what == "activity":
            if id is None:
                raise CommandError("export activity needs an ID")
            obj = qs.filter(pk=id).first()
            if obj is None:
                raise CommandError(f"no activity {id} in your scope")
            self.stdout.write(dumps(record(obj, org), indent=None if format == "jsonl" else 1))
            return
        if format == "json":
            self.stdout.write(dumps([record(a, org) for a in qs.order_by("id")], indent=1))
            return
        for a in qs.order_by("id").iterator(chunk_size=500):
            self.stdout.write(dumps(record(a, org)))
