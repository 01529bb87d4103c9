"""Import all 403 UP Form 20 files and time the analysis, on SQLite and on PostgreSQL.

Usage: .venv/bin/python bench/elections_bench.py            # both databases, prints a markdown table
       .venv/bin/python bench/elections_bench.py --worker URL  # one database (fresh), prints JSON
PostgreSQL: postgresql://postgres@127.0.0.1:5432/sangathan_bench_elections (dropped and re-created).
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests/shared/data/elections"
PG = "postgresql://postgres@127.0.0.1:5432/sangathan_bench_elections"


def fresh(url: str) -> None:
    if url.startswith("postgres"):
        import psycopg

        name = url.rsplit("/", 1)[1]
        with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            c.execute(f'CREATE DATABASE "{name}"')
    else:
        for suffix in ("", "-wal", "-shm"):
            Path(url.removeprefix("sqlite:///") + suffix).unlink(missing_ok=True)


def timed(fn, n: int = 1):
    times, out = [], None
    for _ in range(n):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return out, statistics.median(times)


def worker(url: str) -> dict:
    fresh(url)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sangathan.settings")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.contrib.auth import get_user_model

    from sangathan.org.models import Level, Unit
    from sangathan.org.actions import insert_unit

    get_user_model().objects.create_superuser("admin", "a@b.c", "bench-pass-1")
    lv = {k: Level.objects.create(depth=d, key=k, name_hi=k) for d, k in enumerate(["national", "state", "assembly", "booth"])}
    insert_unit(insert_unit(None, lv["national"], "भारत", code="IN"), lv["state"], "उत्तर प्रदेश", code="UP")
    up, pub = DATA / "up_ls2014", DATA / "published_totals"
    args = ["elections", "import", "--election", "UP LS 2014", str(up / "form20_raw"), "--state", "UP",
            "--candidates", str(up / "susewind_Candidates.csv"), "--parties", str(up / "susewind_Political_parties.csv"),
            "--ac-to-pc", str(up / "ac_to_pc_up.csv"), "--published", str(pub / "ge2014_eci-candidate-wise.csv"),
            "--roll", str(pub / "electoral_rolls_2014_ac_level_datameet.csv"), "--no-progress"]
    from django.core.management import CommandError

    t = time.perf_counter()
    try:
        call_command(*args)
    except CommandError:
        pass
    refused = time.perf_counter() - t
    _, first = timed(lambda: call_command(*args, "--keep-bad-rows", "--create-booths"))
    from sangathan.elections.models import BoothResult, BoothVote, Election

    call_command("elections", "import", "--election", "UP again", *args[4:], "--keep-bad-rows", "--no-progress")
    _, again = timed(lambda: call_command("elections", "import", "--election", "UP again", *args[4:],
                                          "--keep-bad-rows", "--no-progress", "--replace"))
    e = Election.objects.get(name="UP LS 2014")
    res = {"db": "PostgreSQL" if url.startswith("postgres") else "SQLite", "refused": refused,
           "import_create_booths": first, "reimport_replace": again,
           "booths": BoothResult.objects.filter(election=e).count(),
           "votes": BoothVote.objects.filter(booth__election=e).count()}
    res |= analysis_timings(e)
    return res


def analysis_timings(e) -> dict:
    import duckdb
    import polars as pl
    from django.db.models import Sum

    from sangathan.elections import data, summary
    from sangathan.elections.models import BoothVote
    from sangathan.org.models import Unit

    out = {}
    seat = lambda: summary.booth_table(summary.frames(e, data.booths_qs(e, seat=77)), "BJP")  # noqa: E731
    out["seat_polars"] = timed(seat, 5)[1]

    def seat_orm():
        rows = BoothVote.objects.filter(booth__election=e, booth__pc_no=77).values("booth_id", "candidate__party__name", "votes")
        per: dict = {}
        for r in rows:
            per.setdefault(r["booth_id"], []).append((r["votes"], r["candidate__party__name"]))
        res = {}
        for b, v in per.items():
            v.sort(reverse=True)
            tot = sum(x for x, _ in v) or 1
            res[b] = (v[0][1], (v[0][0] - (v[1][0] if len(v) > 1 else 0)) * 100 / tot)
        return res
    out["seat_orm"] = timed(seat_orm, 5)[1]
    tmp = Path(tempfile.mkdtemp())

    def export():
        data.booth_frame(data.booths_qs(e)).write_parquet(tmp / "b.parquet")
        data.fetch(BoothVote.objects.filter(booth__election=e), data.VOTE_COLS).write_parquet(tmp / "v.parquet")
        data.candidate_frame(e).write_parquet(tmp / "c.parquet")
    out["parquet_export"] = timed(export)[1]
    con = duckdb.connect()
    q = f"""WITH v AS (SELECT v.booth_id, c.who, SUM(v.votes) votes FROM '{tmp}/v.parquet' v
              JOIN '{tmp}/b.parquet' b ON b.id = v.booth_id JOIN '{tmp}/c.parquet' c USING (candidate_id)
              WHERE b.pc_no = 77 GROUP BY 1, 2),
            r AS (SELECT *, votes * 100.0 / SUM(votes) OVER (PARTITION BY booth_id) share,
                  ROW_NUMBER() OVER (PARTITION BY booth_id ORDER BY votes DESC) rk FROM v)
            SELECT booth_id, MAX(CASE WHEN rk = 1 THEN who END) winner,
                   MAX(CASE WHEN rk = 1 THEN share END) - MAX(CASE WHEN rk = 2 THEN share END) margin_pts
            FROM r GROUP BY booth_id"""
    out["seat_duckdb"] = timed(lambda: con.sql(q).fetchall(), 5)[1]
    out["state_by_seat_app"] = timed(lambda: summary.summary_table(e, "seat"), 3)[1]
    out["state_by_seat_polars"] = timed(lambda: summary.area_table(summary.frames(e, data.booths_qs(e)), "pc_no"), 3)[1]
    out["state_by_seat_orm_groupby"] = timed(lambda: list(BoothVote.objects.filter(booth__election=e).values(
        "booth__pc_no", "candidate_id").annotate(n=Sum("votes"))), 3)[1]
    qs = f"""SELECT b.pc_no, v.candidate_id, SUM(v.votes) FROM '{tmp}/v.parquet' v JOIN '{tmp}/b.parquet' b
             ON b.id = v.booth_id GROUP BY 1, 2"""
    out["state_by_seat_duckdb"] = timed(lambda: con.sql(qs).fetchall(), 3)[1]
    ac = Unit.objects.get(level__key="assembly", code="387")
    out["unit_ac_polars"] = timed(lambda: summary.booth_table(summary.frames(e, data.booths_qs(e, path=ac.path)), "BJP"), 5)[1]
    return out


ROWS = [("refused", "import all 403 files, all-or-nothing: 12 truncated rows found, nothing written"),
        ("import_create_booths", "import all 403 files (--keep-bad-rows), creating 403 AC + 138,771 booth units"),
        ("reimport_replace", "re-import all 403 files over themselves (--replace), no unit creation"),
        ("seat_polars", "seat analysis PC 77 Varanasi (42 cand.): SQL fetch → polars (app path)"),
        ("seat_orm", "seat analysis PC 77: ORM .values() + Python loop"),
        ("seat_duckdb", "seat analysis PC 77: DuckDB over Parquet export"),
        ("parquet_export", "Parquet export of the election (needed by DuckDB)"),
        ("state_by_seat_app", "whole state by seat × candidate, app path (`summary --by seat`): DB GROUP BY → polars"),
        ("state_by_seat_polars", "whole state by seat: fetch 2.4 M vote rows → polars"),
        ("state_by_seat_orm_groupby", "whole state by seat: ORM GROUP BY in the database"),
        ("state_by_seat_duckdb", "whole state by seat: DuckDB over Parquet"),
        ("unit_ac_polars", "unit analysis, one AC unit (AC 387), scoped by path")]


def main() -> None:
    if len(sys.argv) > 2 and sys.argv[1] == "--worker":
        print(json.dumps(worker(sys.argv[2])))
        return
    sqlite = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"
    res = []
    for url in (sqlite, PG):
        p = subprocess.run([sys.executable, __file__, "--worker", url], capture_output=True, text=True, cwd=ROOT)
        if p.returncode:
            sys.exit(p.stderr)
        res.append(json.loads(p.stdout.strip().splitlines()[-1]))
    print(f"UP LS 2014: {res[0]['booths']:,} booth rows, {res[0]['votes']:,} booth×candidate votes; "
          f"{os.cpu_count()} CPUs\n")
    print("| step | " + " | ".join(r["db"] for r in res) + " |")
    print("|---|" + "---:|" * len(res))
    for key, label in ROWS:
        cells = [f"{r[key]:.2f} s" if r[key] >= 1 else f"{r[key] * 1000:.0f} ms" for r in res]
        print(f"| {label} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
