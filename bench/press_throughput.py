"""Throughput of the press-report extractor: reports per second on one core.

Usage: python bench/press_throughput.py [--raw DIR] [--repeat N]
Runs the dev set (default <repo>/../shared/data/press/raw) N times in this process.
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--raw", type=Path, default=REPO.parent / "shared" / "data" / "press" / "raw")
    ap.add_argument("--repeat", type=int, default=20)
    args = ap.parse_args(argv)
    texts = [json.loads(p.read_text(encoding="utf-8"))["text"] for p in sorted(args.raw.glob("*.json"))]
    if not texts:
        print("no reports found", file=sys.stderr)
        return 1
    extract(texts[0])  # warm-up (lexicons are loaded at import)
    n = 0
    t0 = time.perf_counter()
    for _ in range(args.repeat):
        for t in texts:
            extract(t)
            n += 1
    dt = time.perf_counter() - t0
    chars = sum(len(t) for t in texts) * args.repeat
    print(f"{n} reports in {dt:.2f} s: {n / dt:.0f} reports/s ({chars / dt / 1000:.0f} k chars/s), single process")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
