"""`sangathan worker`: run queued jobs (notices, imports); jobs interrupted by a restart are resumed or failed."""

from __future__ import annotations

from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand

from sangathan.jobs.worker import Worker


class Command(DbWorkerCommand):
    help = ("Run background jobs from the database queue. Jobs left running by a worker that died are "
            "queued again when safe to repeat, otherwise marked failed with the reason.")

    def add_arguments(self, parser) -> None:
        super().add_arguments(parser)
        parser.set_defaults(reload=False, queue_name="*")
        parser.add_argument("--recover-only", action="store_true",
                            help="deal with interrupted jobs, then exit")

    def handle(self, *, verbosity, queue_name, interval, batch, backend_name, startup_delay, reload, max_tasks,
               worker_id, exclude_queues, recover_only=False, **options) -> None:
        self.configure_logging(verbosity)
        worker = Worker(queue_names=queue_name.split(","), interval=interval, batch=batch,
                        backend_name=backend_name, startup_delay=startup_delay, max_tasks=max_tasks,
                        worker_id=worker_id or get_random_string(32),
                        excluded_queue_names=exclude_queues.split(",") if exclude_queues else [])
        if recover_only:
            from sangathan.jobs import recovery

            for r in recovery.recover():
                self.stdout.write(f"job {r.job_id} (task {r.task_id}): {r.reason}")
            return
        worker.configure_signals()
        worker.run()
