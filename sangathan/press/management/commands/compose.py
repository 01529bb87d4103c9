from django.core.management.base import BaseCommand, CommandError

from sangathan.activities.export import record, with_related
from sangathan.activities.models import Activity
from sangathan.core.cli_support import add_actor_argument, resolve_actor


class Command(BaseCommand):
    help = "Render an activity as a press note in Hindi or English."

    def add_arguments(self, parser):
        parser.add_argument("activity_id", type=int)
        parser.add_argument("--lang", choices=["hi", "en"], default="hi")
        add_actor_argument(parser)

    def handle(self, *args, activity_id, lang="hi", actor=None, **o):
        from sangathan.press.compose import compose, headline

        activity = with_related(Activity.objects.visible_to(resolve_actor(actor))).filter(pk=activity_id).first()
        if activity is None:
            raise CommandError(f"no activity {activity_id} in your scope")
        rec = record(activity)
        self.stdout.write(headline(rec, lang))
        self.stdout.write("")
        self.stdout.write(compose(rec, lang))
