"""Leave one set out: the labeller trained without a whole set of real reports, scored on that set.

Usage: python bench/press_loso.py
The shipped training set holds the 41 development reports and four later sets of 25 real reports
(ids 21001-24025: party units and wings; non-party bodies; other states; Uttar Pradesh, Bihar and
Madhya Pradesh), each annotated blind by a colleague who never saw the extractor. For each of the
four sets this trains the labeller on every other report, as the shipped model is trained, and
scores the held set: the extractor as it reads a collection nobody tuned it on. Beside it, the
same with the labeller trained on the development reports alone (what was shipped before the four
sets were added), and the rules alone. Prints a markdown table; not a test.
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sangathan.press.extract import extract  # noqa: E402
from sangathan.press.learn import is_development, shipped_examples  # noqa: E402
from sangathan.press.learn.evaluate import LISTS, Result, role_table  # noqa: E402
from sangathan.press.learn.model import Labeller, train  # noqa: E402

SCALARS = ("venue", "dateline", "organisation")


def set_of(report_id: str) -> str | None:
    """The later set a report belongs to (ids 21001-24025: "21" .. "24"); None for the dev reports."""
    return None if is_development(report_id) else report_id[:2]


def row(name: str, res: Result) -> str:
    a = res.agg
    return (f"| {name} | {len(res.scores)} | " + " | ".join(f"{a[f].f1:.3f}" for f in LISTS) + " | "
            + " | ".join(f"{a[f]:.2f}" for f in SCALARS) + " |")


def main() -> int:
    examples = shipped_examples()
    sets = sorted({s for _, g in examples if (s := set_of(str(g["id"])))})
    dev = [e for e in examples if set_of(str(e[1]["id"])) is None]
    dev_only = Labeller(train(dev))
    ways = {"rules alone": Result(), "labeller of the dev reports": Result(), "labeller of all other reports": Result()}
    per_set = []
    for s in sets:
        held = [e for e in examples if set_of(str(e[1]["id"])) == s]
        rest = Labeller(train([e for e in examples if set_of(str(e[1]["id"])) != s]))
        mine = Result()
        for text, gold in held:
            ways["rules alone"].add(extract(text, model=False), gold)
            ways["labeller of the dev reports"].add(extract(text, model=dev_only), gold)
            pred = extract(text, model=rest)
            ways["labeller of all other reports"].add(pred, gold)
            mine.add(pred, gold)
        per_set.append((s, mine))
    head = "| | n | " + " | ".join(LISTS) + " | " + " | ".join(SCALARS) + " |"
    sep = "|---|---:|" + "---:|" * (len(LISTS) + len(SCALARS))
    print(f"### Leave one set out: {len(sets)} sets of real reports, each scored by a labeller that never saw it\n")
    print(head + "\n" + sep)
    for s, res in per_set:
        print(row(f"set {s}, labeller of all other reports", res))
    for name, res in ways.items():
        print(row(f"**all {len(sets)} sets, {name}**", res))
    print("\n" + role_table(ways))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
