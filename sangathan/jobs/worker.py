"""`sangathan worker`: django-tasks-db's worker plus a heartbeat and recovery of interrupted jobs.

At start, and every minute while it runs, the worker looks for tasks left RUNNING by a worker that
is gone (see `recovery`) and queues them again or fails them with the reason. A job stopped by a
shutdown signal (Ctrl-C twice, or the demo stopping) is dealt with the same way at once.
"""

from __future__ import annotations

import logging
import os
import socket
import threading

from django.db import close_old_connections, connection
from django.db.utils import DatabaseError
from django.utils import timezone
from django_tasks.signals import task_finished, task_started
from django_tasks_db.management.commands.db_worker import Worker as DbWorker
from django_tasks_db.models import DBTaskResult

from sangathan.jobs import recovery
from sangathan.jobs.models import WorkerBeat
from sangathan.jobs.runtime import fail_if_active

logger = logging.getLogger("sangathan.jobs")


class Worker(DbWorker):
    def __init__(self, *, beat_every: float = 10.0, recover_every: float = 60.0, **kwargs) -> None:
        super().__init__(**kwargs)
        self.beat_every, self.recover_every = beat_every, recover_every
        self._stop = threading.Event()

    # -- lifecycle ------------------------------------------------------------------------------
    def run(self) -> None:
        WorkerBeat.objects.update_or_create(worker_id=self.worker_id, defaults={
            "host": socket.gethostname(), "pid": os.getpid(), "proc_start": recovery.proc_start(os.getpid()),
            "beat_at": timezone.now()})
        self.recover()
        beat = threading.Thread(target=self._beat, name="sangathan-worker-beat", daemon=True)
        beat.start()
        try:
            super().run()
        finally:
            self._stop.set()
            WorkerBeat.objects.filter(pk=self.worker_id).delete()

    def recover(self) -> None:
        """Others' interrupted jobs, then the periodic duties (retention of personal data)."""
        for r in recovery.recover(exclude_worker=self.worker_id):
            logger.warning("job %s (task %s): %s", r.job_id, r.task_id, r.reason)
        from sangathan.privacy.tasks import schedule_retention

        j = schedule_retention()
        if j is not None:
            logger.info("queued job %s: %s", j.pk, j.title)

    def _beat(self) -> None:
        """Beat, and now and then recover others' jobs; on SQLite a long import's write lock may
        block the beat for a while, so failures are retried, never fatal."""
        since_recover = 0.0
        while not self._stop.wait(self.beat_every):
            try:
                WorkerBeat.objects.filter(pk=self.worker_id).update(beat_at=timezone.now())
                since_recover += self.beat_every
                if since_recover >= self.recover_every:
                    since_recover = 0.0
                    self.recover()
            except DatabaseError as e:
                logger.info("heartbeat skipped: %s", e)
            finally:
                close_old_connections()
        connection.close()

    # -- one task -------------------------------------------------------------------------------
    def run_task(self, db_task_result: DBTaskResult) -> None:
        """As django-tasks-db's, except that a shutdown inside a task leaves it to recovery (queued
        again when resumable, failed with the reason otherwise) instead of recording SystemExit."""
        try:
            self.running_task = True
            task = db_task_result.task
            task_result = db_task_result.task_result
            backend_type = task.get_backend()
            task_started.send(sender=backend_type, task_result=task_result)
            from django_tasks_db.compat import TaskContext

            if task.takes_context:
                value = task.call(TaskContext(task_result=task_result), *task_result.args, **task_result.kwargs)
            else:
                value = task.call(*task_result.args, **task_result.kwargs)
            db_task_result.set_successful(value)
            task_finished.send(sender=backend_type, task_result=db_task_result.task_result)
        except (SystemExit, KeyboardInterrupt):
            close_old_connections()
            r = recovery.recover_task(db_task_result.pk, self.worker_id, "shutdown")
            if r is not None:
                logger.warning("job %s (task %s): %s", r.job_id, r.task_id, r.reason)
            raise
        except BaseException as e:  # noqa: BLE001 - recorded on the task, as django-tasks-db does
            db_task_result.set_failed(e)
            fail_if_active(db_task_result.pk, f"{type(e).__name__}: {e}")
            try:
                task_finished.send(sender=type(db_task_result.task.get_backend()),
                                   task_result=db_task_result.task_result)
            except Exception:  # noqa: BLE001
                logger.exception("Task id=%s failed unexpectedly", db_task_result.id)
        finally:
            self.running_task = False
            self._run_tasks += 1
