"""Throughput of the press-report extractor: reports per second on one core.

Usage: python bench/press_throughput.py [--raw DIR] [--repeat N]
Runs the shipped training set (default sangathan/press/training/raw) N times in this process,
with the shipped model (the whole extractor as the product runs it), or --rules-only.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sangathan.press.extract import extract  # noqa: E402


def _forget_texts() -> None:
    from sangathan.press.extract import lexicon, normalise, scalars
    from sangathan.press.learn import features as learn_features
    from sangathan.press.learn import model as learn_model

    for f in (getattr(lexicon, "_tokenize", None), normalise.clean_cached, learn_model._rule_record,
              getattr(scalars, "_fold_doc", None), getattr(learn_features, "_name_keys", None),
              *getattr(normalise, "TEXT_CACHES", ())):  # the caches of a report's own strings and names
        if f is not None:
            f.cache_clear()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--raw", type=Path, default=REPO / "sangathan" / "press" / "training" / "raw")
    ap.add_argument("--rules-only", action="store_true")
    ap.add_argument("--repeat", type=int, default=20)
    ap.add_argument("--fresh", action="store_true",
                    help="forget the caches of whole texts, sentences, names and posts before each report (as "
                         "when every report is new; word-level caches stay warm)")
    args = ap.parse_args(argv)
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(args.raw.glob("*.json"))]
    if not texts:
        print("no reports found", file=sys.stderr)
        return 1
    model = False if args.rules_only else None
    extract(texts[0], model=model)  # warm-up (lexicons and the model are loaded once)
    n = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(args.repeat):
        for t in texts:
            if args.fresh:
                _forget_texts()
            extract(t, model=model)
            n += 1
    dt, cpu = time.perf_counter() - t0, time.process_time() - c0
    chars = sum(len(t) for t in texts) * args.repeat
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"{n} reports in {dt:.2f} s wall, {cpu:.2f} s CPU: {n / dt:.0f} reports/s wall, {n / cpu:.0f} reports/s "
          f"per CPU-second ({chars / cpu / 1000:.0f} k chars/s), single process, "
          f"{'rules only' if args.rules_only else 'rules + shipped model'}{', fresh texts' if args.fresh else ''}; load average {load:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
