"""Run the benchmarks and write their markdown tables to bench/results/ (`make bench`).

Quick ones always run (press extraction quality and speed, election file parsing, the UP import and
seat analysis). The national-scale ones need the synthetic national set in PostgreSQL, which takes
about 14 minutes to build; they run when SANGATHAN_BENCH_NATIONAL=1:

    .venv/bin/sangathan synth --scale national --seed 1     # with DATABASE_URL=.../sangathan_bench
    SANGATHAN_BENCH_NATIONAL=1 make bench

The 10-minute load test (50 users against `sangathan serve`, loopback) runs on the national set
when SANGATHAN_BENCH_LOAD=1 as well; the fault runs (bench/load_faults.py) restart a database and
fill a disk, so they are run by hand on a cluster of their own (docs/operations.md).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent
RESULTS = BENCH / "results"
PG_NATIONAL = "postgresql://postgres@127.0.0.1:5432/sangathan_bench"

QUICK = [
    ("press_eval", ["press_eval.py"], {}),
    ("press_loso", ["press_loso.py"], {}),
    ("press_throughput", ["press_throughput.py"], {}),
    ("elections_parse", ["elections_parse.py"], {}),
    ("elections", ["elections_bench.py"], {}),
]
NATIONAL = [
    ("dashboards_postgresql", ["dashboards.py"], {"DATABASE_URL": PG_NATIONAL}),
    ("import_people_postgresql", ["import_people.py"], {"DATABASE_URL": PG_NATIONAL}),
]
LOAD = [
    ("load_postgresql", ["load.py", "--users", "50", "--seconds", "600"], {"DATABASE_URL": PG_NATIONAL}),
]


def run(name: str, args: list[str], env: dict[str, str]) -> int:
    print(f"== {name}", flush=True)
    proc = subprocess.run([sys.executable, str(BENCH / args[0]), *args[1:]], env={**os.environ, **env},
                          capture_output=True, text=True)
    print(proc.stdout)
    if proc.returncode:
        print(proc.stderr, file=sys.stderr)
        return proc.returncode
    (RESULTS / f"{name}.md").write_text(proc.stdout, encoding="utf-8")
    return 0


def main() -> int:
    RESULTS.mkdir(exist_ok=True)
    national = os.environ.get("SANGATHAN_BENCH_NATIONAL") == "1"
    jobs = QUICK + (NATIONAL if national else []) + (LOAD if national and os.environ.get("SANGATHAN_BENCH_LOAD") == "1" else [])
    failed = [name for name, args, env in jobs if run(name, args, env)]
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
