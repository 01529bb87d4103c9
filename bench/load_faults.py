"""Faults under load: the database restarted, an import worker killed mid-import, the SQLite disk full.

    .venv/bin/python bench/load_faults.py restart  --pg postgresql://postgres@127.0.0.1:5440/sangathan_faults --cluster 15/datafaults
    .venv/bin/python bench/load_faults.py import   --pg postgresql://postgres@127.0.0.1:5440/sangathan_faults
    .venv/bin/python bench/load_faults.py diskfull --sqlite /mnt/small-tmpfs/sangathan.sqlite3

Use a PostgreSQL cluster of your own for `restart` (it is restarted). Each scenario runs the mixed
workload of bench/load.py (loopback, bounded) and reports, per phase (before, during, after the
fault), requests and errors; every acknowledged activity save is then looked up in the database
("lost" must be 0). Appends a markdown section to --out. Not a test.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("scenario", choices=["restart", "import", "diskfull"])
    ap.add_argument("--pg", default=None)
    ap.add_argument("--cluster", default="15/datafaults", help="VERSION/NAME for pg_ctlcluster (restart)")
    ap.add_argument("--sqlite", default=None)
    ap.add_argument("--users", type=int, default=10)
    ap.add_argument("--seconds", type=float, default=60)
    ap.add_argument("--port", type=int, default=8777)
    ap.add_argument("--out", default=None)
    a = ap.parse_args()
    url = a.pg if a.scenario != "diskfull" else f"sqlite:///{a.sqlite}"
    if not url:
        raise SystemExit("give --pg (restart, import) or --sqlite (diskfull)")
    os.environ["DATABASE_URL"] = url
    import load  # noqa: E402  (django.setup() runs with this DATABASE_URL)

    ident = load.setup_identity()
    from django.db import connection

    connection.close()
    server = load.start_server(a.port, env={**os.environ})
    stats = load.Stats()
    start = time.time()
    until = start + min(a.seconds, 600)
    users = [load.User(n, "127.0.0.1", a.port, ident, stats, until) for n in range(min(a.users, 50))]
    for u in users:
        u.start()
    notes: list[str] = []
    fault_at = start + a.seconds / 3
    time.sleep(max(0.0, fault_at - time.time()))
    fault_start = time.time()
    fault_end = {"restart": restart, "import": kill_import, "diskfull": disk_full}[a.scenario](a, notes)
    for u in users:
        u.join(a.seconds + 60)
    server.terminate()
    server.wait(30)
    lost = load.lost_writes(stats.acked)
    text = summarise(a.scenario, stats, start, fault_start, fault_end, until, lost, notes)
    print(text)
    if a.out:
        with open(a.out, "a", encoding="utf-8") as fh:
            fh.write(text + "\n")


def restart(a, notes) -> float:
    version, name = a.cluster.split("/")
    t = time.time()
    subprocess.run(["pg_ctlcluster", "--skip-systemctl-redirect", version, name, "restart", "-m", "fast"], check=True)
    notes.append(f"`pg_ctlcluster {version} {name} restart -m fast` took {time.time() - t:.1f} s")
    return time.time()


def kill_import(a, notes) -> float:
    """Start an import of 20,000 people, SIGKILL it while it writes, prove nothing of it landed, then
    run the same file to the end and prove all of it did."""
    from django.db import connection

    from sangathan.people.models import Person

    sys.path.insert(0, str(ROOT / "bench"))
    import import_people as ib  # noqa: E402

    path = Path("/tmp") / f"sangathan-fault-import-{os.getpid()}.csv"
    ib.write_file(path, 20000)
    before = Person.objects.count()
    connection.close()
    cmd = [sys.executable, str(ROOT / "manage.py"), "import_people", str(path)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ},
                            start_new_session=True)
    time.sleep(float(os.environ.get("KILL_AFTER", "4")))
    alive = proc.poll() is None
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(1)
    after_kill = Person.objects.count()
    connection.close()
    t = time.time()
    done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, env={**os.environ})
    after_rerun = Person.objects.count()
    notes.append(f"import worker {'killed mid-import' if alive else 'had already finished (raise KILL_AFTER)'}: "
                 f"people before {before:,}, after the kill {after_kill:,} (nothing half-written: "
                 f"{after_kill == before}); the same file re-run: exit {done.returncode} in {time.time() - t:.1f} s, "
                 f"people now {after_rerun:,} (+{after_rerun - before:,}, expected +20,000)")
    path.unlink(missing_ok=True)
    return time.time()


def disk_full(a, notes) -> float:
    """Fill the file system of the SQLite database, hold it full for a third of the run, free it."""
    fs = Path(a.sqlite).parent
    filler = fs / "filler.bin"
    subprocess.run(["dd", "if=/dev/zero", f"of={filler}", "bs=1M"], capture_output=True)
    free = os.statvfs(fs)
    notes.append(f"{fs} filled: {free.f_bavail * free.f_frsize // 1024} KiB left")
    time.sleep(a.seconds / 3)
    filler.unlink()
    notes.append("filler removed")
    return time.time()


def summarise(scenario, stats, start, fault_start, fault_end, until, lost, notes) -> str:
    phases = [("before", start, fault_start), ("during", fault_start, fault_end + 5), ("after", fault_end + 5, until + 60)]
    lines = [f"### Fault: {scenario}", "", *[f"- {n}" for n in notes], "",
             "| phase | seconds | requests | errors | error statuses | write errors |", "|---|---:|---:|---:|---|---:|"]
    for name, t0, t1 in phases:
        rows = [r for r in stats.timeline if t0 <= r[0] < t1]
        errs = [r for r in rows if not r[2]]
        codes: dict[int, int] = {}
        for r in errs:
            codes[r[3]] = codes.get(r[3], 0) + 1
        shown = ", ".join(f"{k or 'no answer'}: {v}" for k, v in sorted(codes.items())) or "-"
        lines.append(f"| {name} | {max(0.0, min(t1, until) - t0):.0f} | {len(rows):,} | {len(errs)} | {shown} | "
                     f"{sum(1 for r in errs if r[1] == 'activity save')} |")
    lines += ["", f"Activity saves acknowledged: {len(stats.acked)}; lost (acknowledged, not in the database): "
                  f"**{lost}**; not acknowledged (error answer): {stats.unacked}. "
              "('during' runs from the fault to 5 s after it ended.)"]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
