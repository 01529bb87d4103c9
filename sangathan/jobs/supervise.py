"""Run `sangathan worker` beside the web server: a child process, restarted if it dies, stopped on exit.

`sangathan demo` and `sangathan serve` use it so that one command gives a working system; a larger
installation runs `sangathan worker` itself under systemd (or several, on several machines).
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from typing import IO


def _die_with_parent() -> None:
    """On Linux, the worker gets SIGTERM if the server dies without stopping it (killed, crashed)."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


class WorkerProcess:
    """with WorkerProcess(): serve() — the worker runs for as long as the block does."""

    def __init__(self, *, args: tuple[str, ...] = (), out: IO | None = None, restart_limit: int = 5) -> None:
        self.cmd = [sys.executable, "-m", "sangathan.cli", "worker", "--no-startup-delay", *args]
        self.out, self.restart_limit = out, restart_limit
        self.proc: subprocess.Popen | None = None
        self.restarts = 0
        self._stopping = threading.Event()
        self._watch: threading.Thread | None = None

    def start(self) -> "WorkerProcess":
        self.proc = subprocess.Popen(self.cmd, env=os.environ.copy(), stdout=self.out, stderr=self.out,
                                     start_new_session=True,  # Ctrl-C reaches the server; we stop the worker
                                     preexec_fn=_die_with_parent)
        if self._watch is None:
            self._watch = threading.Thread(target=self._supervise, name="worker-supervisor", daemon=True)
            self._watch.start()
        return self

    def _supervise(self) -> None:
        while not self._stopping.wait(1.0):
            if self.proc is not None and self.proc.poll() is not None and not self._stopping.is_set():
                if self.restarts >= self.restart_limit:
                    sys.stderr.write(f"the job worker keeps exiting (code {self.proc.returncode}); not restarting it\n")
                    return
                self.restarts += 1
                sys.stderr.write(f"the job worker exited (code {self.proc.returncode}); starting it again\n")
                time.sleep(min(2 ** self.restarts, 30))
                if not self._stopping.is_set():
                    self.start()

    def stop(self, timeout: float = 15.0) -> int | None:
        """SIGTERM lets the running job finish (or be handed to recovery); SIGKILL after `timeout`."""
        self._stopping.set()
        if self.proc is None or self.proc.poll() is not None:
            return None if self.proc is None else self.proc.returncode
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()  # the job it ran is resumed or failed by the next worker's recovery
            return self.proc.wait(5)

    def __enter__(self) -> "WorkerProcess":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
