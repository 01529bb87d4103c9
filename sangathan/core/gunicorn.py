"""Several server processes for `sangathan serve --workers N`: gunicorn, run from inside the command.

One Python process serves about one core (the GIL), so a server with more cores runs more processes.
gunicorn forks the workers after Django is set up; each worker opens its own database connections
(Django's per-thread connections, kept CONN_MAX_AGE seconds). A worker that dies is replaced by the
arbiter; `gthread` workers keep idle keep-alive connections out of the way of busy ones.
"""

from __future__ import annotations

from gunicorn.app.base import BaseApplication


class _Server(BaseApplication):
    def __init__(self, application, options: dict) -> None:
        self.application, self.options = application, options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            self.cfg.set(key, value)

    def load(self):
        return self.application


def serve_processes(application, *, host: str, port: int, workers: int, threads: int) -> None:
    from django.db import connections

    connections.close_all()  # no connection opened by migrate may be shared across the fork
    _Server(application, {
        "bind": f"{host}:{port}",
        "workers": workers,
        "threads": threads,
        "worker_class": "gthread",
        "keepalive": 5,
        "timeout": 120,          # a worker silent this long (a stuck request) is replaced
        "graceful_timeout": 20,
        "accesslog": None,
        "errorlog": "-",
        "loglevel": "warning",
        "proc_name": "sangathan",
    }).run()
