"""Retrain the labeller from the shipped set plus an organisation's reviewed examples.

The candidate is judged by k-fold cross-validation over all examples against the model in use,
judged on the same folds: "before" trains each fold only on the examples the model in use knew,
"after" on every training example of the fold. The candidate replaces the model in use only when
its mean list F1 is not lower, over all examples and over the shipped ones alone (``not_worse``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from . import TRAINING
from .evaluate import Result, cross_validate, table
from .model import train

REVIEWED = "reviewed:"  # id prefix of reviewed examples inside a training run


def load_dir(base: Path) -> list[tuple[str, dict]]:
    """(text, gold) pairs of a raw/ + gold/ folder (the shipped training set by default)."""
    out = []
    for gp in sorted((base / "gold").glob("*.json")):
        rp = base / "raw" / gp.name
        if rp.exists():
            raw = json.loads(rp.read_text(encoding="utf-8"))
            gold = json.loads(gp.read_text(encoding="utf-8"))
            gold["id"] = str(gold.get("id", gp.stem))
            out.append((raw["text"], gold))
    return out


def reviewed_examples(user) -> list[tuple[str, dict]]:
    """The reviewed examples the user may see, as (text, record) with ids ``reviewed:<pk>``."""
    from sangathan.press.models import TrainingExample

    out = []
    for ex in TrainingExample.objects.visible_to(user, "view").order_by("id"):
        out.append((ex.text, dict(ex.record) | {"id": f"{REVIEWED}{ex.pk}"}))
    return out


def _pk(gold: dict) -> int:
    gid = str(gold.get("id"))
    return int(gid[len(REVIEWED):]) if gid.startswith(REVIEWED) else 0


@dataclass
class Outcome:
    rules: Result
    before: Result
    after: Result
    model: bytes
    last_example_id: int
    examples: int

    @property
    def not_worse(self) -> bool:
        """Not lower over all examples, and not lower on the shipped (trusted) reports alone: a
        candidate that only fits careless reviews, scored against those same reviews, gains there
        what it loses on the reports the team checked."""
        if self.after.mean() < self.before.mean() - 1e-9:
            return False
        a, b = _shipped_only(self.after), _shipped_only(self.before)
        return not a.scores or a.mean() >= b.mean() - 1e-9

    def scores(self) -> dict:
        """What the model row keeps: each way's summary, and the mean on the shipped reports alone."""
        out = {"rules": self.rules.summary(), "before": self.before.summary(), "after": self.after.summary()}
        for k, res in (("before", self.before), ("after", self.after)):
            shipped = _shipped_only(res)
            if shipped.scores:
                out[k]["shipped_mean"] = round(shipped.mean(), 3)
        return out

    def report(self) -> str:
        return table({"rules alone": self.rules, "before (model in use)": self.before,
                      "after (candidate)": self.after})


def _shipped_only(res: Result) -> Result:
    out = Result()
    out.scores = [sc for sc in res.scores if not str(sc.id).startswith(REVIEWED)]
    return out


def run(user, *, folds: int = 5, training_dir: Path | None = None, params: dict | None = None) -> Outcome:
    """Cross-validate before/after and train the candidate on every example."""
    from sangathan.press.models import ExtractorModel

    shipped = load_dir(training_dir or TRAINING)
    reviewed = reviewed_examples(user)
    examples = shipped + reviewed
    if not examples:
        raise ValueError("no training examples: the training set is empty and nothing was reviewed")
    active = ExtractorModel.objects.filter(active=True).only("id", "last_example_id").first()
    known = active.last_example_id if active else 0
    # the model in use was trained with the default settings; ``params`` change the candidate only
    rules, before = cross_validate(examples, folds, None, train_filter=lambda e: _pk(e[1]) <= known)
    _, after = cross_validate(examples, folds, params)
    last = max((_pk(g) for _, g in reviewed), default=0)
    return Outcome(rules, before, after, train(examples, params), last, len(reviewed))
