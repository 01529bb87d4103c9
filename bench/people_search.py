"""Benchmark: people search as a superuser and as managers of a state, a district and a mandal.

    DATABASE_URL=postgresql://postgres@127.0.0.1:5432/sangathan_national \
        .venv/bin/python bench/people_search.py --label after [--runs 20] [--timeout 60]

Times `search_people` as the people page calls it (the user's scoped queryset, limit 50) for four
kinds of query: a common surname, a full name in Devanagari, the Latin spelling of a Hindi name and
a typo. Writes (or replaces) the section `--label` in bench/results/people_search_<vendor>.md and
keeps the other sections, so a "before" and an "after" run sit side by side.

The managers are users held in memory whose grants are set in the scoping layer's per-user cache,
so the benchmark writes nothing to the database it reads (the national set is shared). Not a test:
nothing here asserts.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sangathan.settings")
import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import OperationalError, connection, transaction  # noqa: E402
from django.db.utils import DatabaseError  # noqa: E402

from sangathan.org.models import Unit  # noqa: E402
from sangathan.people.models import Person  # noqa: E402
from sangathan.people.search import search_people  # noqa: E402

QUERIES = [
    ("common surname", "यादव"),
    ("full name", "विनय महोबिया"),
    ("Latin spelling", "Vinay Mahobiya"),
    ("typo", "Rajesh Gutpa"),
]


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, int(round(p / 100 * (len(xs) - 1))))]


def scoped_user(path: str | None):
    """A superuser (path None) or a manager of the unit at `path`, without a row in the database."""
    user = get_user_model()(username=f"bench-{path or 'super'}", is_active=True, is_superuser=path is None)
    if path is not None:
        user.__dict__["_sangathan_scope"] = {a: [path] for a in ("view", "report", "manage")}
    return user


def sample_scopes() -> list[tuple[str, object, int]]:
    """(label, user, people in scope): the last state, district and mandal in tree order (written
    last, so a plan that reads the table from its start until it has enough finds them last)."""
    root = Unit.objects.filter(depth=0).order_by("pk").first()
    state = Unit.objects.filter(parent=root, level__key="state").order_by("-path").first()
    district = Unit.objects.filter(level__key="district", path__startswith=state.path).order_by("-path").first()
    mandal = Unit.objects.filter(level__key="mandal", path__startswith=district.path).order_by("-path").first()
    out = [("superuser", scoped_user(None), Person.objects.count())]
    for label, u in (("state manager", state), ("district manager", district), ("mandal manager", mandal)):
        user = scoped_user(u.path)
        out.append((label, user, Person.objects.visible_to(user).count()))
    return out


def run_one(user, q: str, timeout_s: int) -> tuple[float | None, int]:
    qs = Person.objects.visible_to(user).select_related("home_unit")
    t = time.perf_counter()
    try:
        with transaction.atomic():
            if connection.vendor == "postgresql":
                with connection.cursor() as cur:
                    cur.execute(f"SET LOCAL statement_timeout = '{timeout_s}s'")
            found = search_people(qs, q, limit=50)
    except (OperationalError, DatabaseError):  # the statement timed out
        return None, 0
    return (time.perf_counter() - t) * 1000, len(found)


def fmt(ms: float | None) -> str:
    return "timeout" if ms is None else f"{ms:,.1f} ms"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--label", required=True, help="section name, e.g. before / after")
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--timeout", type=int, default=60, help="statement timeout in seconds (PostgreSQL)")
    ap.add_argument("--note", default="")
    ap.add_argument("--out", default="", help="results file (default bench/results/people_search_<vendor>.md)")
    args = ap.parse_args()

    scopes = sample_scopes()
    rows = []
    all_ms: dict[str, list[float]] = {}
    for label, user, n_people in scopes:
        for kind, q in QUERIES:
            for _ in range(args.warmup):
                run_one(user, q, args.timeout)
            times, timeouts, found = [], 0, 0
            for _ in range(args.runs):
                ms, found = run_one(user, q, args.timeout)
                if ms is None:
                    timeouts += 1
                    ms = args.timeout * 1000.0
                times.append(ms)
            all_ms.setdefault(label, []).extend(times)
            rows.append((label, n_people, kind, q, found, statistics.median(times), pct(times, 95), timeouts))
            print(f"{label:17} {kind:15} {q:16} found {found:3} p50 {statistics.median(times):9.1f} ms "
                  f"p95 {pct(times, 95):9.1f} ms timeouts {timeouts}", flush=True)

    people = Person.objects.count()
    booths = Unit.objects.filter(level__key="booth").count()
    lines = [f"### {args.label}: {connection.vendor}, {people:,} people, {booths:,} booths; "
             f"{args.runs} runs each after {args.warmup} warm-up, limit 50",
             "",
             "| scope | people in scope | query | text | found | p50 | p95 | timeouts |",
             "|---|---:|---|---|---:|---:|---:|---:|"]
    for label, n, kind, q, found, p50, p95, to in rows:
        lines.append(f"| {label} | {n:,} | {kind} | {q} | {found} | {fmt(p50)} | {fmt(p95)} | {to} |")
    lines.append("")
    lines.append("Per scope, all queries together: " + "; ".join(
        f"{label} p50 {statistics.median(ms):,.1f} ms, p95 {pct(ms, 95):,.1f} ms" for label, ms in all_ms.items()))
    if os.getloadavg:
        lines.append(f"Load average at the end: {os.getloadavg()[0]:.1f} (2 shared cores). "
                     f"A timed-out search counts as {args.timeout} s.")
    if args.note:
        lines += ["", args.note]
    section = "\n".join(lines) + "\n"

    out = Path(args.out) if args.out else (Path(__file__).resolve().parent / "results"
                                           / f"people_search_{connection.vendor}.md")
    text = out.read_text() if out.exists() else ""
    pattern = re.compile(rf"^### {re.escape(args.label)}:.*?(?=^### |\Z)", re.S | re.M)
    text = pattern.sub(lambda _m: section + "\n", text) if pattern.search(text) else text + ("\n" if text else "") + section
    out.write_text(text)
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
