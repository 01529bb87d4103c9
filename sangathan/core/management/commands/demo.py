from django.core.management import call_command
from django.core.management.base import BaseCommand

from sangathan.demo.loader import DEMO_PASSWORD, load_demo


class Command(BaseCommand):
    help = "Create the schema if needed, load the demo organisation, and serve it on 127.0.0.1."

    def add_arguments(self, parser):
        parser.add_argument("--no-serve", action="store_true", help="load the demo and exit")
        parser.add_argument("--port", default="8000")

    def handle(self, *args, no_serve=False, port="8000", **opts):
        call_command("migrate", interactive=False, verbosity=0)
        if load_demo():
            self.stdout.write(self.style.SUCCESS("Demo organisation loaded."))
        else:
            self.stdout.write("Demo organisation already present; nothing loaded.")
        self.stdout.write(f"Log in as admin, durg_manager, balod_reporter or state_viewer; password: {DEMO_PASSWORD}")
        if not no_serve:
            call_command("serve", port=port)
