"""A job survives a worker restart: a real `sangathan worker` is killed (SIGKILL) in the middle of a job
and started again; the resumable job runs to the end, skipping the steps it had done, and the other
is marked failed with the reason. Never left RUNNING, never lost."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.db import connections
from django_tasks_db.models import DBTaskResult

from sangathan.core.models import AuditEvent
from sangathan.jobs import testing
from sangathan.jobs.models import Job, WorkerBeat
from sangathan.jobs.recovery import LOST
from sangathan.jobs.runtime import enqueue

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def worker_env(transactional_db, durable_tasks, tmp_path):
    """Environment for a worker subprocess that sees the test's database (committed rows)."""
    conn = connections["default"]
    env = {**os.environ, "SANGATHAN_VAR": str(tmp_path / "var"), "DJANGO_SETTINGS_MODULE": "sangathan.settings",
           "SANGATHAN_TASKS_BACKEND": "django_tasks_db.DatabaseBackend"}
    if conn.vendor == "postgresql":
        s = conn.settings_dict
        env["DATABASE_URL"] = (f"postgresql://{s['USER']}:{s['PASSWORD'] or ''}@{s['HOST'] or '127.0.0.1'}:"
                               f"{s['PORT'] or 5432}/{s['NAME']}")
        yield env
        return
    # SQLite: the test database lives in memory; copy it to a file and point this process at the file too
    path = tmp_path / "worker.sqlite3"
    conn.ensure_connection()
    dst = sqlite3.connect(path)
    conn.connection.backup(dst)
    dst.close()
    file_conn = conn.__class__({**conn.settings_dict, "NAME": str(path)}, alias="default")
    connections["default"] = file_conn
    try:
        env["DATABASE_URL"] = f"sqlite:///{path}"
        yield env
    finally:
        file_conn.close()
        connections["default"] = conn


def start_worker(env: dict, log: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "sangathan.cli", "worker", "--interval", "0.1",
                             "--no-startup-delay", "-v", "0"], cwd=ROOT, env=env,
                            stdout=log.open("ab"), stderr=subprocess.STDOUT)


def wait_for(cond, timeout: float, what: str, log: Path):
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        value = cond()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}; worker log:\n{log.read_text(errors='replace')}")


def kill_midway(env, tmp_path, t, n=6):
    log = tmp_path / "worker.log"
    j = enqueue(t, user=None, title="count", source="cli", n=n, delay=0.4, marks=str(tmp_path / "marks"))
    assert j.task_id and j.status == Job.Status.QUEUED
    w = start_worker(env, log)
    try:
        wait_for(lambda: Job.objects.get(pk=j.pk).done >= 2, 60, "two steps", log)
    finally:
        w.send_signal(signal.SIGKILL)
        w.wait(10)
    j.refresh_from_db()
    assert j.status == Job.Status.RUNNING and j.done < n  # what a killed worker leaves behind
    assert DBTaskResult.objects.get(pk=j.task_id).status == "RUNNING"
    return j, log


def test_a_resumable_job_killed_midway_runs_again_after_a_restart_and_finishes(worker_env, tmp_path):
    j, log = kill_midway(worker_env, tmp_path, testing.count_to)
    w = start_worker(worker_env, log)
    try:
        wait_for(lambda: not Job.objects.get(pk=j.pk).active, 60, "the job to finish", log)
    finally:
        w.send_signal(signal.SIGTERM)
        w.wait(20)
    j.refresh_from_db()
    assert j.status == Job.Status.DONE, j.error
    assert j.attempts == 2 and (j.done, j.total) == (6, 6)
    assert j.result["summary"] == "counted to 6" and j.result["ran"] < 6  # steps done before the kill were skipped
    assert DBTaskResult.objects.get(pk=j.task_id).status == "SUCCESSFUL"
    event = AuditEvent.objects.get(action="job.recover", object_id=str(j.pk))
    assert event.after["resumed"] is True and event.source == "worker"
    assert not WorkerBeat.objects.exists()  # the dead worker's beat is gone, the stopped one removed its own


def test_a_job_that_may_not_run_twice_is_marked_failed_with_the_reason_after_a_restart(worker_env, tmp_path):
    j, log = kill_midway(worker_env, tmp_path, testing.count_once)
    w = start_worker(worker_env, log)
    try:
        wait_for(lambda: not Job.objects.get(pk=j.pk).active, 60, "recovery", log)
    finally:
        w.send_signal(signal.SIGTERM)
        w.wait(20)
    j.refresh_from_db()
    assert j.status == Job.Status.FAILED
    assert "may not safely run twice" in j.error or "दो बार" in j.error
    r = DBTaskResult.objects.get(pk=j.task_id)
    assert r.status == "FAILED" and r.exception_class_path == LOST
    assert AuditEvent.objects.get(action="job.recover", object_id=str(j.pk)).after["resumed"] is False
