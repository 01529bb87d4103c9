"""Evaluate the press-report extractor on a gold set (SCHEMA.md scoring).

Usage: python bench/press_eval.py [--gold DIR] [--raw DIR] [--cv K] [--per-article] [--errors]
Defaults: the shipped training set (sangathan/press/training/{gold,raw}), 5-fold CV.

Prints the score of the extractor as shipped on the set (a fit score when the set is the one the
model was trained on), then the k-fold cross-validation table (rules alone vs rules + the labeller
trained on the other folds only) and the per-role tp/fn/fp table of the cross-validation.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from sangathan.press.extract import extract  # noqa: E402
from sangathan.press.extract.score import SCALARS, aggregate, norm, score_article  # noqa: E402
from sangathan.press.learn import TRAINING  # noqa: E402
from sangathan.press.learn.evaluate import Result, cross_validate, role_table  # noqa: E402
from sangathan.press.learn.evaluate import table as cv_table  # noqa: E402

DEFAULT = TRAINING
# the reports the rules were written against; the others came later from a held-out collection
TUNED = set("001 003 004 012 013 016 018 019 021 022 023 026 030 036 038 043 047 056 057 060 seed".split())


def load_pairs(gold_dir: Path, raw_dir: Path) -> list[tuple[dict, dict]]:
    pairs = []
    for gp in sorted(gold_dir.glob("*.json")):
        rp = raw_dir / gp.name
        if rp.exists():
            pairs.append((json.loads(rp.read_text(encoding="utf-8")), json.loads(gp.read_text(encoding="utf-8"))))
    return pairs


def evaluate(gold_dir: Path = DEFAULT / "gold", raw_dir: Path = DEFAULT / "raw"):
    """Return (per-article scores, aggregate, predictions by id)."""
    scores, preds = [], {}
    for raw, gold in load_pairs(gold_dir, raw_dir):
        pred = extract(raw["text"], id=raw.get("id"), url=raw.get("url"))
        preds[raw.get("id")] = pred
        scores.append(score_article(pred, gold))
    return scores, aggregate(scores), preds


def table(agg: dict) -> str:
    rows = ["| field | P | R | F1 / acc |", "|---|---|---|---|"]
    for f in ("people", "roles", "posts", "quotes"):
        m = agg[f]
        rows.append(f"| {f} | {m.precision:.3f} | {m.recall:.3f} | {m.f1:.3f} |")
    for f in SCALARS:
        rows.append(f"| {f} |  |  | {agg[f]:.3f} |")
    lists = [agg[f].f1 for f in ("people", "roles", "posts", "quotes")]
    scal = [agg[f] for f in SCALARS]
    rows.append(f"| **overall** (mean) |  |  | {(sum(lists) + sum(scal)) / (len(lists) + len(scal)):.3f} |")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--gold", type=Path, default=DEFAULT / "gold")
    ap.add_argument("--raw", type=Path, default=DEFAULT / "raw")
    ap.add_argument("--cv", type=int, default=5, help="folds of the cross-validation (0: none)")
    ap.add_argument("--per-article", action="store_true")
    ap.add_argument("--errors", action="store_true", help="print field differences per article")
    args = ap.parse_args(argv)
    scores, agg, preds = evaluate(args.gold, args.raw)
    print(f"{len(scores)} articles: the extractor as shipped (rules + shipped model)\n")
    print(table(agg))
    if args.cv:
        pairs = [(raw["text"], gold) for raw, gold in load_pairs(args.gold, args.raw)]
        rules, learned = cross_validate(pairs, args.cv)
        print(f"\n## {args.cv}-fold cross-validation over {len(pairs)} reports "
              "(the labeller of each fold is trained on the other folds only)\n")
        print(cv_table({"rules alone": rules, "rules + labeller (CV)": learned}))
        split = {}
        for name, res in (("rules", rules), ("CV", learned)):
            for part, keep in (("tuned", lambda i: i in TUNED), ("later", lambda i: i not in TUNED)):
                r = Result()
                # res.scores come fold by fold (report i in fold i mod k), not in id order: split by each score's id
                r.scores = [s for s in res.scores if keep(s.id)]
                split[f"{name}, {part} ({len(r.scores)})"] = r
        print("\nThe same, split into the reports the rules were written against (tuned) and the rest (later):\n")
        print(cv_table(split))
        print("\n## Per role (cross-validation)\n")
        print(role_table({"rules alone": rules, "rules + labeller (CV)": learned}))
    if args.per_article:
        print("\n| id | people F1 | roles F1 | posts F1 | quotes F1 | scalars |")
        print("|---|---|---|---|---|---|")
        for s in scores:
            ok = sum(s.scalars.values())
            print(f"| {s.id} | {s.people.f1:.2f} | {s.roles.f1:.2f} | {s.posts.f1:.2f} | {s.quotes.f1:.2f} | {ok}/{len(s.scalars)} |")
    if args.errors:
        for raw, gold in load_pairs(args.gold, args.raw):
            _print_errors(preds[raw.get("id")], gold)
    return 0


def _print_errors(pred: dict, gold: dict) -> None:
    print(f"\n## {gold['id']}")
    for f in SCALARS:
        if norm(pred.get(f)) != norm(gold.get(f)):
            print(f"  {f}: pred={pred.get(f)!r} gold={gold.get(f)!r}")
    pp = {norm(p["name"]): p for p in pred["people"]}
    gp = {norm(p["name"]): p for p in gold["people"]}
    for n in pp.keys() - gp.keys():
        print(f"  + {n} {pp[n]['roles']} {pp[n]['posts']}")
    for n in gp.keys() - pp.keys():
        if not gp[n].get("mentioned_only"):
            print(f"  - {n} {gp[n]['roles']} {gp[n]['posts']}")
    for n in pp.keys() & gp.keys():
        if set(pp[n]["roles"]) != set(gp[n]["roles"]):
            print(f"  roles {n}: pred={pp[n]['roles']} gold={gp[n]['roles']}")
        if sorted(pp[n]["posts"]) != sorted(gp[n]["posts"]):
            print(f"  posts {n}: pred={pp[n]['posts']} gold={gp[n]['posts']}")
    pq = {(q['speaker'], q['text'][:40]) for q in pred["quotes"]}
    gq = {(q['speaker'], q['text'][:40]) for q in gold["quotes"]}
    for q in sorted(pq - gq):
        print(f"  +q {q}")
    for q in sorted(gq - pq):
        print(f"  -q {q}")


if __name__ == "__main__":
    raise SystemExit(main())
