"""Parse all UP (403 files) and Gujarat (182 files) Form 20 files; print a markdown table.

Usage: .venv/bin/python bench/elections_parse.py [data_dir]
Measures parsing + name matching only (no DB); the import budget is < 60 s in total.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import polars as pl

from sangathan.elections.checks import check_all
from sangathan.elections.readers import (load_ac_to_pc, load_candidate_list, load_electoral_roll,
                                         read_eci_candidate_totals, read_gj_form20_dir, read_long_booth_file,
                                         read_up_form20_dir)

DATA = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1] / "tests/shared/data/elections"


def timed(fn):  # type: ignore[no-untyped-def]
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def main() -> None:
    up, pub = DATA / "up_ls2014", DATA / "published_totals"
    (lists, t_ref) = timed(lambda: (
        load_candidate_list(up / "susewind_Candidates.csv", up / "susewind_Political_parties.csv"),
        load_ac_to_pc(up / "ac_to_pc_up.csv"),
        load_ac_to_pc(pub / "delimitation2008_ac_pc_all_india_datameet.csv").filter(pl.col("state_code") == "S06")))
    cl, up_map, gj_map = lists
    rows = []
    r, t = timed(lambda: read_up_form20_dir(up / "form20_raw", ac_to_pc=up_map, candidate_list=cl))
    rows.append(("UP LS2014 Form 20 (wide CSV)", 403, r, t))
    g, t = timed(lambda: read_gj_form20_dir(DATA / "gj_ls2014/form20_raw", ac_to_pc=gj_map, candidate_list=cl))
    rows.append(("Gujarat LS2014 Form 20 (converted PDF)", 182, g, t))
    lg, t = timed(lambda: read_long_booth_file(DATA / "gj_ls2014/gujarat_ls2014_booth_long_datameet.csv",
                                               candidate_list=cl))
    rows.append(("Gujarat LS2014 datameet long CSV", 1, lg, t))
    roll = load_electoral_roll(pub / "electoral_rolls_2014_ac_level_datameet.csv", "Uttar Pradesh")
    eci = read_eci_candidate_totals(pub / "ge2014_eci-candidate-wise.csv", "S24")
    f, t_chk = timed(lambda: check_all(r.booths, r.votes, r.candidates, roll=roll, candidate_list=cl,
                                       published=eci, ac_to_pc=up_map))

    print("| source | files | booths | vote rows | findings (errors) | seconds | vote rows/s |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, files, res, secs in rows:
        print(f"| {name} | {files} | {res.booths.height:,} | {res.votes.height:,} | "
              f"{len(res.findings):,} ({len(res.errors)}) | {secs:.2f} | {res.votes.height / secs:,.0f} |")
    print(f"\nreference lists: {t_ref:.2f} s; UP checks ({len(f):,} findings): {t_chk:.2f} s")


if __name__ == "__main__":
    main()
