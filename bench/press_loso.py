"""The press extractor on real report sets nobody tuned it on, and whether training on them helps.

Usage: python bench/press_loso.py [SET_DIR ...]   (default: every bench/press_real/set*)
Each set is 25 real reports from stored public news pages (raw/ID.json, gold/ID.json, the layout
of sangathan/press/training), annotated blind by a colleague who never saw the extractor, and
scored by it before anything was changed for it (first scores in bench/results/press_real_sets.md).

Per set, three ways: the rules alone; the extractor as shipped (its labeller trained on the 41
development reports of sangathan/press/training); and leave one set out, a labeller trained on
the development reports and every *other* set here, as the shipped one would be if these sets
were added to its training data. Prints a markdown table; not a test.
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sangathan.press.extract import extract  # noqa: E402
from sangathan.press.learn import shipped_examples  # noqa: E402
from sangathan.press.learn.evaluate import LISTS, Result, role_table  # noqa: E402
from sangathan.press.learn.model import Labeller, train  # noqa: E402
from sangathan.press.learn.retrain import load_dir  # noqa: E402

SETS = REPO / "bench" / "press_real"
SCALARS = ("venue", "dateline", "organisation")
WAYS = ("rules alone", "as shipped (labeller of the 41 dev reports)", "labeller of dev + the other sets")


def row(name: str, res: Result) -> str:
    a = res.agg
    return (f"| {name} | {len(res.scores)} | " + " | ".join(f"{a[f].f1:.3f}" for f in LISTS) + " | "
            + " | ".join(f"{a[f]:.2f}" for f in SCALARS) + " |")


def main(argv: list[str]) -> int:
    dirs = [Path(a) for a in argv] or sorted(p for p in SETS.glob("set*") if (p / "gold").is_dir())
    sets = {d.name: load_dir(d) for d in dirs}
    dev = shipped_examples()
    total = {w: Result() for w in WAYS}
    lines = []
    for name, reports in sets.items():
        other = Labeller(train(dev + [e for n, es in sets.items() if n != name for e in es]))
        per = {w: Result() for w in WAYS}
        for text, gold in reports:
            for way, model in zip(WAYS, (False, None, other)):
                pred = extract(text, model=model)
                per[way].add(pred, gold)
                total[way].add(pred, gold)
        lines += [row(f"{name}, {w}", per[w]) for w in WAYS]
    print(f"### {len(sets)} sets of real reports, {sum(map(len, sets.values()))} reports\n")
    print("| | n | " + " | ".join(LISTS) + " | " + " | ".join(SCALARS) + " |")
    print("|---|---:|" + "---:|" * (len(LISTS) + len(SCALARS)))
    print("\n".join(lines))
    for w in WAYS:
        print(row(f"**all, {w}**", total[w]))
    print("\n" + role_table(total))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
