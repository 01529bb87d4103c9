"""Benchmark: the one dashboard statement (dashboards/onequery.py) for every state, district and
assembly unit once, with the activity rollup rows in aggregate order and in (unit, day) order.

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/sangathan_actpath .venv/bin/python bench/dashboard_statement.py

Each unit is asked once (EXPLAIN (ANALYZE, BUFFERS)), so the figures are not one hot unit's. The
rollup table is rebuilt twice: as the aggregate writes it (what `rebuild_activities` did before it
sorted), then as `rebuild_activities` writes it now, which is what is left behind. PostgreSQL only.
Not a test: nothing here asserts. Writes bench/results/dashboard_statement_postgresql.md.
"""

from __future__ import annotations

import os
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sangathan.settings")
import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from sangathan.dashboards import onequery, rollups  # noqa: E402
from sangathan.dashboards import sqltools as sql  # noqa: E402
from sangathan.dashboards.models import ActivityRollup  # noqa: E402
from sangathan.org.models import Unit  # noqa: E402


def measure(label: str) -> list[str]:
    today, rows = timezone.localdate(), []
    for level in ("state", "district", "assembly"):
        times, bufs = [], []
        with connection.cursor() as cur:
            for uid in Unit.objects.filter(level__key=level).values_list("pk", flat=True):
                cur.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + onequery.SQL, onequery.params(uid, today))
                plan = cur.fetchone()[0][0]
                times.append(plan["Execution Time"])
                bufs.append(plan["Plan"].get("Shared Hit Blocks", 0) + plan["Plan"].get("Shared Read Blocks", 0))
        times.sort()
        rows.append(f"| {label} | {level} ({len(times)}) | {statistics.median(times):.2f} | "
                    f"{times[int(0.95 * (len(times) - 1))]:.2f} | {statistics.median(bufs):.0f} |")
        print(rows[-1], flush=True)
    return rows


def aggregate_order() -> None:
    """The rollup rows as the GROUP BY emits them (the rebuild before it sorted)."""
    table = ActivityRollup._meta.db_table
    sql.run(f"DELETE FROM {table}")
    q, params = rollups._activity_select()
    sql.run(f"INSERT INTO {table} (unit_id, day, kind, level_depth, n) {q}", params)


def main() -> None:
    assert connection.vendor == "postgresql", "PostgreSQL only (EXPLAIN ... FORMAT JSON)"
    table = ActivityRollup._meta.db_table
    rows = []
    for label, rebuild in (("aggregate order (before)", aggregate_order),
                           ("unit, day order (rebuild_activities now)", rollups.rebuild_activities)):
        rebuild()
        with connection.cursor() as cur:
            cur.execute(f"VACUUM ANALYZE {table}")
        rows += measure(label)
    text = ("# The dashboard statement on postgresql, every unit once\n\n"
            f"{Unit.objects.count():,} units, {ActivityRollup.objects.count():,} activity rollup rows "
            "(bench/dashboard_statement.py).\n\n"
            "| rollup rows | dashboard of | median ms | p95 ms | median buffers |\n|---|---|---:|---:|---:|\n"
            + "\n".join(rows) + "\n")
    (Path(__file__).resolve().parent / "results" / "dashboard_statement_postgresql.md").write_text(text)
    print(text)


if __name__ == "__main__":
    main()
