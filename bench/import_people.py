"""Benchmark: people import rows/s against a raw COPY of the same file (prints a markdown table).

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/sangathan_bench .venv/bin/python bench/import_people.py [ROWS]

Writes a CSV of new people at existing booths of the synthetic set (half of them with a committee
seat, a tenth with a post), then times (1) COPY of the file into a text-only temporary table (the
raw floor: no parsing, no checks) and (2) the real import in --dry-run mode (every row validated,
staged by COPY, checked, inserted, booth states and rollups refreshed, audited; then rolled back,
so the bench database is unchanged). On SQLite the floor is executemany into a text table.
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

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection, transaction  # noqa: E402

from sangathan.booths.state import booth_level  # noqa: E402
from sangathan.org.models import Unit  # noqa: E402
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
    path = Path(f"/tmp/sangathan-bench-people-{n}.csv")
    write_file(path, n)
    raw = min(raw_copy(path) for _ in range(3))
    imp, result = real_import(path)
    lines = [f"### People import on {connection.vendor}: {n:,} rows ({path.stat().st_size / 1e6:.1f} MB)", "",
             "| path | seconds | rows/s | ratio to raw |", "|---|---:|---:|---:|",
             f"| raw COPY into a text table (floor) | {raw:.2f} | {n / raw:,.0f} | 1.00 |",
             f"| `import_people` (validate, stage, check, insert, refresh rollups) | {imp:.2f} | {n / imp:,.0f} | "
             f"{raw / imp:.2f} |", "", f"created (rolled back): {result}"]
    text = "\n".join(lines)
    print(text)
    (Path(__file__).resolve().parent / "results" / f"import_people_{connection.vendor}.md").write_text(text + "\n")


if __name__ == "__main__":
    main()
