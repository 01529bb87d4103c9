import os

from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = ("Serve Sangathan on 127.0.0.1 with a production WSGI server (migrating first): waitress in one "
            "process, or gunicorn with --workers N processes (N > 1, for a server with several cores).")

    def add_arguments(self, parser):
        parser.add_argument("--port", default="8000")
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--threads", type=int, default=8, help="threads per server process")
        parser.add_argument("--workers", type=int, default=1,
                            help="server processes; more than 1 runs gunicorn (one Python process serves about "
                                 "one core: use about 2 per core)")
        parser.add_argument("--dev", action="store_true", help="Django's auto-reloading development server instead")
        parser.add_argument("--no-worker", action="store_true",
                            help="do not start a job worker beside the server (run `sangathan worker` yourself)")

    def handle(self, *args, port="8000", host="127.0.0.1", threads=8, workers=1, dev=False, no_worker=False,
               **opts):
        if workers < 1 or threads < 1:
            raise CommandError("--workers and --threads must be at least 1")
        call_command("migrate", interactive=False, verbosity=0)
        if no_worker or os.environ.get("RUN_MAIN") == "true":  # the dev server's reloaded child: the parent has one
            self._serve(host, port, threads, workers, dev)
            return
        from sangathan.jobs.supervise import WorkerProcess

        with WorkerProcess():
            self.stdout.write("A job worker runs beside the server (imports, notices).")
            self._serve(host, port, threads, workers, dev)

    def _serve(self, host: str, port: str, threads: int, workers: int, dev: bool) -> None:
        self.stdout.write(f"Sangathan is at http://{host}:{port}/  (Ctrl-C stops it)")
        if dev or settings.DEBUG:
            call_command("runserver", f"{host}:{port}", use_reloader=dev, use_threading=True)
            return
        from sangathan.wsgi import application

        if workers > 1:
            from sangathan.core.gunicorn import serve_processes

            self.stdout.write(f"{workers} server processes x {threads} threads (gunicorn)")
            serve_processes(application, host=host, port=int(port), workers=workers, threads=threads)
            return
        from waitress import serve

        serve(application, host=host, port=int(port), threads=threads, ident="sangathan")
