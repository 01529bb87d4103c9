from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve Sangathan on 127.0.0.1 (migrating first)."

    def add_arguments(self, parser):
        parser.add_argument("--port", default="8000")
        parser.add_argument("--host", default="127.0.0.1")

    def handle(self, *args, port="8000", host="127.0.0.1", **opts):
        call_command("migrate", interactive=False, verbosity=0)
        self.stdout.write(f"Sangathan is at http://{host}:{port}/")
        call_command("runserver", f"{host}:{port}", use_reloader=False, use_threading=True)
