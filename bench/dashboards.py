"""Benchmark: unit dashboards at national, state, district and booth level (prints a markdown table).

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/sangathan_bench .venv/bin/python bench/dashboards.py
    SANGATHAN_VAR=var/bench-state .venv/bin/python bench/dashboards.py      # SQLite, state-sized set

Measures, per level, taking the three in turn on every run: the whole page (Django test client: session, scoping, queries, template),
the data layer alone (`dashboards.queries.build`), the same figures as one hand-written SQL query
over the rollup tables (the floor), and the booth coverage counted live from the booth rows
without rollups (what the rollup tables save). Not a test: nothing here asserts.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sangathan.settings")
import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402

import sangathan.wsgi  # noqa: E402,F401  (the server's start-up, gc.freeze included: pages are timed as served)
from dashboards_sql import FLOOR_SQL, LIVE_SQL, floor_params, live_params  # noqa: E402
from sangathan.booths.state import booth_level  # noqa: E402
from sangathan.dashboards import queries  # noqa: E402
from sangathan.org.models import Unit  # noqa: E402

settings.ALLOWED_HOSTS = ["*"]
RUNS, LIVE_RUNS = int(os.environ.get("RUNS", 200)), int(os.environ.get("LIVE_RUNS", 5))


def timed(fn, runs: int) -> list[float]:
    return interleaved([fn], runs)[0]


def interleaved(fns, runs: int) -> list[list[float]]:
    """Time each of `fns` `runs` times, taking them in turn (page, data, floor, page, ...), so a
    slow stretch of a shared machine falls on all of them alike and their ratio holds."""
    for _ in range(3):
        for fn in fns:
            fn()
    out: list[list[float]] = [[] for _ in fns]
    for _ in range(runs):
        for fn, xs in zip(fns, out):
            t = time.perf_counter()
            fn()
            xs.append((time.perf_counter() - t) * 1000)
    return out


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def sample_units() -> list[tuple[str, Unit]]:
    root = Unit.objects.filter(depth=0).order_by("pk").first()
    state = Unit.objects.filter(parent=root, level__key="state").order_by("-pk").first()
    district = Unit.objects.filter(level__key="district", path__startswith=state.path).order_by("path").first()
    booth = Unit.objects.filter(level=booth_level(), path__startswith=district.path).order_by("path").first()
    return [("national", root), ("state", state), ("district", district), ("booth", booth)]


def viewer():
    """A viewer granted on the root unit (scoping queries included), created once through actions."""
    from sangathan.accounts.actions import CreateUser, GrantRole

    User = get_user_model()
    user = User.objects.filter(username="bench_viewer").first()
    if user is None:
        admin = User.objects.filter(is_superuser=True).first()
        user = CreateUser(admin, source="cli", username="bench_viewer", password="bench-pass-123").run()
        GrantRole(admin, source="cli", user=user, role="viewer", unit=Unit.objects.get(depth=0)).run()
    return user


def sql_runner(sql: str, params: list):
    def run():
        with connection.cursor() as cur:
            cur.execute(sql, params)
            cur.fetchall()
    return run


def main() -> None:
    client = Client()
    client.force_login(viewer())
    rows = []
    for label, unit in sample_units():
        page, data, floor = interleaved([
            lambda: client.get(f"/dashboards/unit/{unit.pk}/"),
            lambda: queries.build(Unit.objects.select_related("level").get(pk=unit.pk)),
            sql_runner(FLOOR_SQL, floor_params(unit)),
        ], RUNS)
        live = timed(sql_runner(LIVE_SQL, live_params(unit)), LIVE_RUNS if label != "booth" else RUNS)
        booths = unit_booths(unit)
        rows.append((label, booths, page, data, floor, live))
    vendor = connection.vendor
    lines = [f"### Dashboards on {vendor} ({os.cpu_count()} cores), {RUNS} runs each",
             "", "| level | booths below | page p50 | page p95 | data p50 | data p95 | page/data (p95) | one-SQL floor p95 | "
             "data/floor (p95) | live count p50 (no rollups) |", "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for label, booths, page, data, floor, live in rows:
        lines.append(f"| {label} | {booths:,} | {pct(page, 50):.1f} ms | {pct(page, 95):.1f} ms | {pct(data, 50):.1f} ms | "
                     f"{pct(data, 95):.1f} ms | {pct(page, 95) / pct(data, 95):.2f} | {pct(floor, 95):.1f} ms | {pct(data, 95) / pct(floor, 95):.2f} | "
                     f"{statistics.median(live):.1f} ms |")
    print("\n".join(lines))  # `make bench` (run_all.py) writes it to results/dashboards_<vendor>.md


def unit_booths(unit: Unit) -> int:
    from sangathan.booths.models import BoothRollup

    return BoothRollup.objects.filter(unit=unit).values_list("booths", flat=True).first() or 0


if __name__ == "__main__":
    main()
