"""Benchmark: the API reads a district and a state manager make most, timed in process (markdown table).

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/sangathan_actpath .venv/bin/python bench/api_reads.py

On a synthetic set (`sangathan synth --scale state|national`) it times, through Django's test client
with a bearer token (auth, scoping, queries, serialisation; no network, no server processes):
- the activity list (`/api/activities?limit=20`) as a manager of the district with the most
  activities and as a manager of the state, and the state manager's list of that district
  (`?unit_id=`), and a superuser's, which is what bench/load.py's "api activities" calls;
- the unit dashboard (`/api/dashboards/units/<id>`) of that district and of the state, and of every
  district of the state in turn (a different one each call, as bench/load.py's users pick them).
Median and p95 over RUNS calls after WARM calls, and the SQL statements per call.
Not a test: nothing here asserts. Writes bench/results/api_reads_<vendor>.md (LABEL names the run).
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sangathan.settings")
import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from sangathan.accounts.actions import CreateUser, GrantRole  # noqa: E402
from sangathan.accounts.models import ApiToken  # noqa: E402
from sangathan.activities.models import Activity  # noqa: E402
from sangathan.org.models import Unit  # noqa: E402

RUNS = int(os.environ.get("RUNS", 60))
WARM = int(os.environ.get("WARM", 5))
LABEL = os.environ.get("LABEL", "")
settings.ALLOWED_HOSTS = ["*"]


def manager_of(unit: Unit, username: str):
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    if user is None:
        admin = User.objects.filter(is_superuser=True).order_by("pk").first()
        user = CreateUser(admin, source="cli", username=username, password="bench-pass-123").run()
        GrantRole(admin, source="cli", user=user, role="manager", unit=unit).run()
    return Client(headers={"Authorization": f"Bearer {ApiToken.issue(user)}"})


def timed(client: Client, urls: str | list[str]) -> tuple[float, float, int]:
    """One URL called again and again, or a list called in turn (a different unit each call)."""
    urls = [urls] if isinstance(urls, str) else urls
    for i in range(WARM):
        assert client.get(urls[i % len(urls)]).status_code == 200, urls[0]
    out, queries = [], 0
    for i in range(RUNS):
        url = urls[(WARM + i) % len(urls)]
        with CaptureQueriesContext(connection) as ctx:
            t = time.perf_counter()
            r = client.get(url)
            out.append(time.perf_counter() - t)
        assert r.status_code == 200, (url, r.status_code)
        queries = len(ctx.captured_queries)
    out.sort()
    return statistics.median(out) * 1000, out[min(len(out) - 1, int(0.95 * len(out)))] * 1000, queries


def main() -> None:
    state = Unit.objects.filter(level__key="state").order_by("path").first()
    districts = list(Unit.objects.filter(level__key="district", path__startswith=state.path))
    sizes = {d.pk: Activity.objects.filter(unit__path__startswith=d.path).count() for d in districts[:20]}
    district = max(districts[:20], key=lambda d: sizes[d.pk])  # the biggest of the first 20 districts
    n_district = sizes[district.pk]
    n_state = Activity.objects.filter(unit__path__startswith=state.path).count()
    n_units = Unit.objects.filter(path__startswith=district.path).count()
    dm, sm = manager_of(district, "bench_district_manager"), manager_of(state, "bench_state_manager")
    su = Client(headers={"Authorization": "Bearer " + ApiToken.issue(
        get_user_model().objects.filter(is_superuser=True).order_by("pk").first())})
    cases = [
        ("activity list, district manager", dm, "/api/activities?limit=20"),
        ("activity list, state manager", sm, "/api/activities?limit=20"),
        ("activity list of the district, state manager", sm, f"/api/activities?unit_id={district.pk}&limit=20"),
        ("activity list of each district in turn, superuser (bench/load.py's call)", su,
         [f"/api/activities?unit_id={d.pk}&limit=20" for d in districts]),
        ("unit dashboard of the district, district manager", dm, f"/api/dashboards/units/{district.pk}"),
        ("unit dashboard of the state, state manager", sm, f"/api/dashboards/units/{state.pk}"),
        ("unit dashboard of each district in turn, superuser (bench/load.py's call)", su,
         [f"/api/dashboards/units/{d.pk}" for d in districts]),
    ]
    rows = []
    for name, client, url in cases:
        p50, p95, q = timed(client, url)
        rows.append(f"| {name} | {p50:.1f} | {p95:.1f} | {q} |")
        print(rows[-1], flush=True)
    head = (f"# API reads on {connection.vendor} {LABEL}\n\n"
            f"Set: {Activity.objects.count():,} activities, {Unit.objects.count():,} units; district "
            f"{district.code}: {n_units:,} units, {n_district:,} activities; state {state.code}: {n_state:,} "
            f"activities. In-process test client, {RUNS} calls after {WARM} warm-up, one process, "
            "no concurrency (bench/api_reads.py).\n\n"
            "| call | p50 ms | p95 ms | SQL statements |\n|---|---:|---:|---:|\n")
    out = Path(__file__).resolve().parent / "results" / f"api_reads_{connection.vendor}.md"
    text = head + "\n".join(rows) + "\n"
    if LABEL and out.exists():
        text = out.read_text() + "\n" + text
    out.write_text(text)
    print(text)


if __name__ == "__main__":
    main()
