"""Honest measurement of the extractor: k-fold cross-validation and per-role counts.

For each fold the labeller is trained only on the other folds' gold records and scored on the
held fold. The rules and lexicons are fixed (general Hindi); nothing is tuned on a held fold.
Folds are deterministic: example i goes to fold i mod k, in the order given (id order).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sangathan.press.extract.score import SCALARS, aggregate, norm, score_article

LISTS = ("people", "roles", "posts", "quotes")


@dataclass
class Result:
    """Scores of one way of extracting over a set of examples."""
    scores: list = field(default_factory=list)
    roles: Counter = field(default_factory=Counter)  # (role, "tp"|"fn"|"fp") -> count

    def add(self, pred: dict, gold: dict) -> None:
        self.scores.append(score_article(pred, gold))
        g = {(norm(p["name"]), r) for p in gold.get("people", []) for r in p.get("roles", [])}
        have = {norm(p["name"]) for p in pred.get("people", [])}
        gold_people = {norm(p["name"]) for p in gold.get("people", [])
                       if not p.get("mentioned_only") or norm(p["name"]) in have}
        g = {(n, r) for n, r in g if n in gold_people}
        pr = {(norm(p["name"]), r) for p in pred.get("people", []) for r in p.get("roles", [])}
        for _, r in g & pr:
            self.roles[(r, "tp")] += 1
        for _, r in g - pr:
            self.roles[(r, "fn")] += 1
        for _, r in pr - g:
            self.roles[(r, "fp")] += 1

    @property
    def agg(self) -> dict:
        return aggregate(self.scores)

    def mean(self) -> float:
        """Mean of the four list F1 scores: the number a retrained model must not lower."""
        a = self.agg
        return sum(a[f].f1 for f in LISTS) / len(LISTS)

    def summary(self) -> dict:
        a = self.agg
        out = {f: round(a[f].f1, 3) for f in LISTS}
        out |= {f: round(a[f], 3) for f in SCALARS}
        out["mean"] = round(self.mean(), 3)
        out["n"] = len(self.scores)
        return out


def cross_validate(examples: list[tuple[str, dict]], k: int = 5, params: dict | None = None,
                   train_filter=None) -> tuple[Result, Result]:
    """(rules alone, rules + labeller) over k folds; each fold's model sees only the other folds.

    ``train_filter(example)`` can narrow the training examples of every fold (e.g. to the
    examples an older model knew).
    """
    from .model import Labeller, _rule_record, train

    rules, learned = Result(), Result()
    k = max(2, min(k, len(examples)))
    for f in range(k):
        tr = [e for i, e in enumerate(examples) if i % k != f and (train_filter is None or train_filter(e))]
        te = [e for i, e in enumerate(examples) if i % k == f]
        model = Labeller(train(tr, params)) if tr else None
        for text, gold in te:
            rule = _rule_record(text)
            rules.add(rule, gold)
            learned.add(model.apply(text, rule) if model else rule, gold)
    return rules, learned


def table(results: dict[str, Result]) -> str:
    """Markdown table: one column per way of extracting."""
    names = list(results)
    rows = ["| field | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    aggs = {n: r.agg for n, r in results.items()}
    for f in LISTS:
        rows.append(f"| {f} F1 | " + " | ".join(f"{aggs[n][f].f1:.3f}" for n in names) + " |")
    for f in SCALARS:
        rows.append(f"| {f} acc | " + " | ".join(f"{aggs[n][f]:.3f}" for n in names) + " |")
    rows.append("| mean of list F1 | " + " | ".join(f"{results[n].mean():.3f}" for n in names) + " |")
    return "\n".join(rows)


def role_table(results: dict[str, Result]) -> str:
    """Markdown table of tp/fn/fp per role, one column per way of extracting."""
    names = list(results)
    roles = sorted({r for res in results.values() for r, _ in res.roles})
    rows = ["| role (tp/fn/fp) | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    for r in roles:
        rows.append(f"| {r} | " + " | ".join(
            "%d/%d/%d" % tuple(results[n].roles[(r, x)] for x in ("tp", "fn", "fp")) for n in names) + " |")
    return "\n".join(rows)
