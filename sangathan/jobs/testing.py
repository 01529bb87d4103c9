"""Small jobs for tests and for checking a worker by hand (`sangathan shell`): they count slowly.

`count_to` is resumable: each step is recorded in a file under `marks`, so a second run after an
interruption skips the steps already done, as a real resumable job skips finished work.
`count_once` is not: an interrupted run is marked failed.
"""

from __future__ import annotations

import time
from pathlib import Path

from sangathan.jobs.runtime import JobFailed, job


def _count(progress, n: int, delay: float, marks: str) -> dict:
    d = Path(marks)
    d.mkdir(parents=True, exist_ok=True)
    ran = 0
    for i in range(1, n + 1):
        mark = d / f"{i}.done"
        if not mark.exists():
            time.sleep(delay)
            mark.write_text("1")
            ran += 1
        progress.update(i, n, f"step {i}")
    return {"summary": f"counted to {n}", "ran": ran}


@job(resumable=True)
def count_to(progress, n: int, delay: float, marks: str) -> dict:
    return _count(progress, n, delay, marks)


@job(resumable=False)
def count_once(progress, n: int, delay: float, marks: str) -> dict:
    return _count(progress, n, delay, marks)


@job(resumable=False)
def fail_with(progress, message: str) -> dict:
    raise JobFailed(message, ["line 2: name: empty"])
