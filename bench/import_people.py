"""Benchmark: people import rows/s against a raw COPY of the same file (prints a markdown table).

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/sangathan_bench .venv/bin/python bench/import_people.py [ROWS [IMPORT_RUNS]]

Writes a CSV of new people at existing booths of the synthetic set (half of them with a committee
seat, a tenth with a post), then times three things, each in a transaction that is rolled back so
the bench database is unchanged:

1. **text floor**: COPY of the file into an unindexed, text-only temporary table (no parsing, no
   checks, no indexes: the fastest the bytes can go in);
2. **people-table floor**: COPY of the same rows into the real people table (the same columns as
   the import writes, with the table's indexes, constraints and deferred foreign-key checks, which
   are forced with SET CONSTRAINTS ALL IMMEDIATE before the rollback). Unit codes are resolved to
   ids and name keys computed *before* the clock starts, so this is what "a raw COPY of the same
   file" costs a user who already has clean rows;
3. the real import in --dry-run mode (every row validated, staged by COPY, checked, inserted, booth
   states and rollups refreshed, audited, deferred constraints checked; then rolled back).

On SQLite both floors are executemany (into a text table, and into the people table).
"""

from __future__ import annotations

import csv
import os
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sangathan.settings")
import django  # noqa: E402
import django.utils.timezone  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from sangathan.booths.state import booth_level  # noqa: E402
from sangathan.core.text import clean_name, name_key, nfc  # noqa: E402
from sangathan.org.models import Unit  # noqa: E402
from sangathan.people.models import Person  # noqa: E402
from sangathan.synth.importer import DryRun, ImportPeople  # noqa: E402
from sangathan.synth.names import FIRST, LAST  # noqa: E402

COLS = ["home_unit_code", "name_hi", "name_en", "phone", "email", "post", "unit_code", "wing", "page", "start"]


def write_file(path: Path, n: int) -> None:
    rng = random.Random(5)
    codes = list(Unit.objects.filter(level=booth_level()).order_by("path").values_list("code", flat=True)[:n // 4 + 1])
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLS)
        for i in range(n):
            f, last = rng.choice(FIRST), rng.choice(LAST)
            code = codes[i % len(codes)]
            post, page, start = "", "", ""
            r = rng.random()
            if r < 0.5:
                post = "सदस्य"
            elif r < 0.6:
                post, start = "president", "2024-04-01"
            w.writerow([code, f"{f[0]} {last[0]}", f"{f[1]} {last[1]}", f"+91 6{i:09d}", "", post, code, "", page, start])


def raw_copy(path: Path) -> float:
    t = time.perf_counter()
    with transaction.atomic(), connection.cursor() as cur:
        cur.execute("CREATE TEMP TABLE raw_people (" + ", ".join(f"{c} text" for c in COLS) + ")")
        if connection.vendor == "postgresql":
            with cur.cursor.copy("COPY raw_people FROM STDIN (FORMAT csv, HEADER true)") as cp, path.open("rb") as fh:
                while block := fh.read(1 << 20):
                    cp.write(block)
        else:
            with path.open(encoding="utf-8", newline="") as fh:
                rows = csv.reader(fh)
                next(rows)
                cur.executemany(f"INSERT INTO raw_people VALUES ({', '.join(['%s'] * len(COLS))})", list(rows))
        cur.execute("DROP TABLE raw_people")
    return time.perf_counter() - t


PEOPLE_COLS = ["version", "created_at", "updated_at", "name_hi", "name_en", "phone", "email", "home_unit_id", "name_key"]


class _Rollback(Exception):
    pass


def people_rows(path: Path) -> list[tuple]:
    """The file's rows as people-table rows (codes resolved, names cleaned): prepared off the clock."""
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    codes = {r["home_unit_code"] for r in rows}
    ids = dict(Unit.objects.filter(code__in=codes).values_list("code", "id"))
    now = django.utils.timezone.now()
    out = []
    for r in rows:
        hi = clean_name(r["name_hi"])
        out.append((1, now, now, hi, clean_name(r["name_en"]), nfc(r["phone"]), nfc(r["email"]),
                    ids[r["home_unit_code"]], name_key(hi)))
    return out


def people_copy(rows: list[tuple]) -> float:
    """COPY (executemany on SQLite) of the rows into the real people table, constraints checked, rolled back."""
    t = time.perf_counter()
    try:
        with transaction.atomic(), connection.cursor() as cur:
            table = Person._meta.db_table
            if connection.vendor == "postgresql":
                with cur.cursor.copy(f"COPY {table} ({', '.join(PEOPLE_COLS)}) FROM STDIN") as cp:
                    for r in rows:
                        cp.write_row(r)
                cur.execute("SET CONSTRAINTS ALL IMMEDIATE")
            else:
                cur.executemany(f"INSERT INTO {table} ({', '.join(PEOPLE_COLS)}) "
                                f"VALUES ({', '.join(['%s'] * len(PEOPLE_COLS))})", rows)
            elapsed = time.perf_counter() - t
            raise _Rollback
    except _Rollback:
        pass
    return elapsed


def tidy() -> None:
    """VACUUM the tables a run writes (PostgreSQL). Every timed run is rolled back, and a rolled-back
    insert leaves its dead rows in the heap and its entries in the indexes (the trigram index's
    pending list most of all: it is not transactional); the next run would pay for them, and the
    floor moved between 4.5 and 10.7 s on one database that way. Autovacuum does this for a live
    table; here it is done before each run so every run starts from the same state."""
    if connection.vendor != "postgresql":
        return
    from sangathan.booths.models import BoothCommittee, BoothRollup, CommitteeMember
    from sangathan.people.models import Appointment

    tables = ", ".join(m._meta.db_table for m in (Person, Appointment, BoothCommittee, CommitteeMember, BoothRollup))
    with connection.cursor() as cur:
        cur.execute(f"VACUUM {tables}")


def real_import(path: Path) -> tuple[float, dict]:
    admin = get_user_model().objects.filter(is_superuser=True).order_by("pk").first()
    t = time.perf_counter()
    try:
        ImportPeople(admin, path=path, dry_run=True, progress=False).run()
    except DryRun as dry:
        return time.perf_counter() - t, dry.result
    raise RuntimeError("the import did not finish as a dry run")


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    path = Path(f"/tmp/sangathan-bench-people-{n}.csv")
    write_file(path, n)
    raw = min(raw_copy(path) for _ in range(3))
    rows = people_rows(path)
    floors, imports = [], []
    for i in range(max(3, runs)):  # interleaved, each from a vacuumed table (see `tidy`)
        tidy()
        floors.append(people_copy(rows))
        if i < runs:
            tidy()
            imports.append(real_import(path))
    floor = min(floors)
    imp, result = min(imports, key=lambda r: r[0])
    lines = [f"### People import on {connection.vendor}: {n:,} rows ({path.stat().st_size / 1e6:.1f} MB)", "",
             "| path | seconds | rows/s | ratio to text floor | ratio to people-table floor |",
             "|---|---:|---:|---:|---:|",
             f"| raw COPY into an unindexed text table (text floor) | {raw:.2f} | {n / raw:,.0f} | 1.00 | "
             f"{floor / raw:.2f} |",
             f"| raw COPY of the same rows into the people table, indexes and constraints (people-table floor) | "
             f"{floor:.2f} | {n / floor:,.0f} | {raw / floor:.2f} | 1.00 |",
             f"| `import_people` (validate, stage, check, insert, refresh rollups) | {imp:.2f} | {n / imp:,.0f} | "
             f"{raw / imp:.2f} | {floor / imp:.2f} |", "",
             f"best of {len(floors)} for the floor, best of {runs} for the import (interleaved, each run on freshly "
             f"vacuumed tables); all runs: floor {' / '.join(f'{f:.2f}' for f in floors)} s, import "
             f"{' / '.join(f'{r[0]:.2f}' for r in imports)} s; created (rolled back): {result}"]
    text = "\n".join(lines)
    print(text)
    (Path(__file__).resolve().parent / "results" / f"import_people_{connection.vendor}.md").write_text(text + "\n")


if __name__ == "__main__":
    main()
