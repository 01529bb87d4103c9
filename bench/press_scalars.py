"""Accuracy of the press extractor's event scalars, set by set.

Usage: python bench/press_scalars.py [--tree DIR] [--misses]

The scalars (venue, organisation, dateline, event type, mode, level, wing) come from the rules
alone (the learned labeller does not change them), so their cross-validated accuracy equals their
accuracy on each report. Printed per set: the shipped training reports the rules were first
written against (tuned), the ones that came later, and each hand-written set of
tests/press/heldout/ (regression sets, not evidence of generalisation). ``--tree`` imports the
extractor from another checkout (e.g. /work/main) to give the "before" column; ``--misses`` lists
every wrong value with the gold one.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
FIELDS = ("venue", "organisation", "dateline", "event_type", "mode", "level", "wing")
TUNED = set("001 003 004 012 013 016 018 019 021 022 023 026 030 036 038 043 047 056 057 060 seed".split())


def _pairs(root: Path) -> list[tuple[dict, dict]]:
    out = []
    for gp in sorted((root / "gold").glob("*.json")):
        rp = root / "raw" / gp.name
        if rp.exists():
            out.append((json.loads(rp.read_text(encoding="utf-8")), json.loads(gp.read_text(encoding="utf-8"))))
    return out


def sets() -> list[tuple[str, list[tuple[dict, dict]]]]:
    training = _pairs(REPO / "sangathan/press/training")
    out = [("training, tuned", [p for p in training if str(p[1]["id"]) in TUNED]),
           ("training, later", [p for p in training if str(p[1]["id"]) not in TUNED])]
    held = REPO / "tests/press/heldout"
    out.append(("heldout (hand-written)", _pairs(held)))
    for d in sorted(p for p in held.iterdir() if p.is_dir() and (p / "gold").is_dir()):
        out.append((f"heldout/{d.name}", _pairs(d)))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--tree", type=Path, default=REPO, help="checkout whose extractor is measured")
    ap.add_argument("--misses", action="store_true")
    args = ap.parse_args(argv)
    sys.path.insert(0, str(args.tree.resolve()))
    from sangathan.press.extract import rules_extract
    from sangathan.press.extract.score import norm

    print(f"extractor of {args.tree.resolve()}\n")
    print("| set | n | " + " | ".join(FIELDS) + " |")
    print("|---|---|" + "---|" * len(FIELDS))
    misses = []
    total = {f: 0 for f in FIELDS}
    n_all = 0
    for name, pairs in sets():
        ok = {f: 0 for f in FIELDS}
        for raw, gold in pairs:
            rec = rules_extract(raw["text"])
            for f in FIELDS:
                if norm(rec.get(f)) == norm(gold.get(f)):
                    ok[f] += 1
                else:
                    misses.append((name, gold.get("id"), f, rec.get(f), gold.get(f)))
        n = len(pairs)
        if name.startswith("training"):
            n_all += n
            for f in FIELDS:
                total[f] += ok[f]
        print(f"| {name} | {n} | " + " | ".join(f"{ok[f] / max(1, n):.3f}" for f in FIELDS) + " |")
        if name == "training, later":
            print(f"| **training, all** | {n_all} | " +
                  " | ".join(f"**{total[f] / max(1, n_all):.3f}**" for f in FIELDS) + " |")
    if args.misses:
        print()
        for m in misses:
            print("  %s %s %s: pred=%r gold=%r" % m)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
