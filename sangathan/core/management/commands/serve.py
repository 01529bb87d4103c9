import os

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Serve Sangathan on 127.0.0.1 with a production WSGI server (migrating first)."

    def add_arguments(self, parser):
        parser.add_argument("--port", default="8000")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--threads", type=int, default=8)
        parser.add_argument("--dev", action="store_true", help="Django's auto-reloading development server instead")
        parser.add_argument("--no-worker", action="store_true",
                            help="do not start a job worker beside the server (run `sangathan worker` yourself)")

    def handle(self, *args, port="8000", host="127.0.0.1", threads=8, dev=False, no_worker=False, **opts):
        call_command("migrate", interactive=False, verbosity=0)
        if no_worker or os.environ.get("RUN_MAIN") == "true":  # the dev server's reloaded child: the parent has one
            self._serve(host, port, threads, dev)
            return
        from sangathan.jobs.supervise import WorkerProcess

        with WorkerProcess():
            self.stdout.write("A job worker runs beside the server (imports, notices).")
            self._serve(host, port, threads, dev)

    def _serve(self, host: str, port: str, threads: int, dev: bool) -> None:
        self.stdout.write(f"Sangathan is at http://{host}:{port}/  (Ctrl-C stops it)")
        if dev or settings.DEBUG:
            call_command("runserver", f"{host}:{port}", use_reloader=dev, use_threading=True)
            return
        from waitress import serve

        from sangathan.wsgi import application

        serve(application, host=host, port=int(port), threads=threads, ident="sangathan")
