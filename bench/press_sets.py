"""Score the press extractor on several gold sets at once: one row per set and an ALL row.

Usage: python bench/press_sets.py DIR [DIR ...] [--rules] [--roles]
Each DIR holds raw/ID.json and gold/ID.json (the layout of sangathan/press/training). Prints a
markdown table (people/roles/posts/quotes F1, the scalar accuracies, the mean of the list F1s), the
ALL row micro-averaged over every report, and with --roles the tp/fn/fp per role of all sets.
--rules scores the rules alone, else the extractor as shipped (rules + the shipped labeller).

The real report sets of bench/results/press_real_sets.md are third-party texts kept outside the
repository; this script is how they are scored (first score of a new set before any change for it).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sangathan.press.extract import extract  # noqa: E402
from sangathan.press.learn.evaluate import LISTS, Result, role_table  # noqa: E402

SCALAR_COLUMNS = ("venue", "dateline", "organisation", "level", "event_type", "mode")


def score_dir(d: Path, rules: bool, into: list[Result]) -> None:
    for gp in sorted((d / "gold").glob("*.json")):
        raw = json.loads((d / "raw" / gp.name).read_text(encoding="utf-8"))
        gold = json.loads(gp.read_text(encoding="utf-8"))
        pred = extract(raw["text"], id=raw.get("id"), model=False if rules else None)
        for res in into:
            res.add(pred, gold)


def row(name: str, res: Result) -> str:
    a = res.agg
    cells = [f"{a[f].f1:.3f}" for f in LISTS] + [f"{a[f]:.2f}" for f in SCALAR_COLUMNS]
    return f"| {name} | {len(res.scores)} | " + " | ".join(cells) + f" | {res.mean():.3f} |"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("dirs", nargs="+", type=Path)
    ap.add_argument("--rules", action="store_true", help="the rules alone (no labeller)")
    ap.add_argument("--roles", action="store_true", help="also the tp/fn/fp per role over all sets")
    args = ap.parse_args(argv)
    missing = [d for d in args.dirs if not (d / "gold").is_dir()]
    if missing:
        print(f"no gold/ folder in: {', '.join(map(str, missing))}", file=sys.stderr)
        return 2
    total, per = Result(), {}
    t0 = time.process_time()
    for d in args.dirs:
        per[d.name] = Result()
        score_dir(d, args.rules, [per[d.name], total])
    cols = [*LISTS, *SCALAR_COLUMNS]
    print("| set | n | " + " | ".join(cols) + " | mean of lists |")
    print("|---" * (len(cols) + 3) + "|")
    for name, res in per.items():
        print(row(name, res))
    if len(per) > 1:
        print(row("**ALL**", total))
    if args.roles:
        print("\n" + role_table({"ALL": total}))
    n = len(total.scores)
    print(f"\n{'rules alone' if args.rules else 'rules + shipped labeller'}; {n} reports; "
          f"{n / max(1e-9, time.process_time() - t0):.0f} reports per CPU-second (loading included)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
