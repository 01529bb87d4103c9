"""`sangathan serve`/`demo` run a worker beside the server: restarted when it dies, stopped on exit."""

from __future__ import annotations

import sys
import time

from sangathan.jobs.supervise import WorkerProcess


def test_the_worker_beside_the_server_is_restarted_when_it_dies_and_stopped_on_exit():
    wp = WorkerProcess()
    assert wp.cmd[1:4] == ["-m", "sangathan.cli", "worker"]
    wp.cmd = [sys.executable, "-c", "import time; time.sleep(60)"]  # stands in for the worker
    with wp:
        first = wp.proc
        first.kill()
        end = time.monotonic() + 15
        while wp.proc is first and time.monotonic() < end:
            time.sleep(0.1)
        assert wp.proc is not first and wp.proc.poll() is None and wp.restarts == 1
    assert wp.proc.returncode == -15  # SIGTERM: a running job finishes or is handed to recovery
