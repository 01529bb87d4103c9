"""Scoring of extracted records against gold records, as SCHEMA.md defines it.

- people: P/R/F1 over names (NFC + whitespace folding);
- roles: over (name, role) pairs;
- posts: over (name, post) pairs; a post matches when the tokens it shares with the gold post
  are at least half of the gold post's tokens;
- quotes: over (speaker, text); text matches when it holds at least half of the gold text's tokens;
- scalars (venue, dateline, organisation, wing, event_type, also mode and level): accuracy.

Gold people marked ``mentioned_only`` count only when the extractor predicts them.
Matching of posts and quotes is one-to-one (greedy, best overlap first).
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

SCALARS = ("venue", "dateline", "organisation", "wing", "event_type", "mode", "level")
_PUNCT = re.compile(r"[\s\u0964\u0965.,;:!?'\"‘’“”()\[\]{}\-–—/|*]+")


def norm(text: str | None) -> str:
    """NFC and whitespace folding (the comparison form of names and scalars)."""
    if text is None:
        return ""
    return " ".join(unicodedata.normalize("NFC", str(text)).split())


def tokens(text: str | None) -> list[str]:
    return [t for t in _PUNCT.split(norm(text)) if t]


@dataclass
class PRF:
    tp: float = 0
    fp: float = 0
    fn: float = 0

    def add(self, other: "PRF") -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class ArticleScore:
    id: str
    people: PRF = field(default_factory=PRF)
    roles: PRF = field(default_factory=PRF)
    posts: PRF = field(default_factory=PRF)
    quotes: PRF = field(default_factory=PRF)
    scalars: dict[str, bool] = field(default_factory=dict)


def _overlap_ok(pred: str, gold: str) -> bool:
    g = tokens(gold)
    if not g:
        return not tokens(pred)
    p = set(tokens(pred))
    return sum(1 for t in g if t in p) * 2 >= len(g)


def _overlap(pred: str, gold: str) -> float:
    g = tokens(gold)
    p = set(tokens(pred))
    return sum(1 for t in g if t in p) / max(1, len(g))


def _match_fuzzy(pred: list[tuple[str, str]], gold: list[tuple[str, str]]) -> PRF:
    """One-to-one matching of (name, text) pairs where texts match by token overlap."""
    cands = []
    for i, (pn, pt) in enumerate(pred):
        for j, (gn, gt) in enumerate(gold):
            if pn == gn and _overlap_ok(pt, gt):
                cands.append((_overlap(pt, gt), i, j))
    cands.sort(reverse=True)
    used_p, used_g = set(), set()
    for _, i, j in cands:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
    tp = len(used_p)
    return PRF(tp, len(pred) - tp, len(gold) - tp)


def _set_prf(pred: set, gold: set) -> PRF:
    tp = len(pred & gold)
    return PRF(tp, len(pred - gold), len(gold - pred))


def score_article(pred: dict, gold: dict) -> ArticleScore:
    """Score one predicted record against its gold record."""
    res = ArticleScore(str(gold.get("id")))
    pred_people = {norm(p.get("name")): p for p in pred.get("people", []) if norm(p.get("name"))}
    gold_people = {}
    for g in gold.get("people", []):
        n = norm(g.get("name"))
        if g.get("mentioned_only") and n not in pred_people:
            continue
        gold_people[n] = g
    res.people = _set_prf(set(pred_people), set(gold_people))
    res.roles = _set_prf({(n, r) for n, p in pred_people.items() for r in p.get("roles", [])},
                         {(n, r) for n, g in gold_people.items() for r in g.get("roles", [])})
    res.posts = _match_fuzzy([(n, x) for n, p in pred_people.items() for x in p.get("posts", [])],
                             [(n, x) for n, g in gold_people.items() for x in g.get("posts", [])])
    res.quotes = _match_fuzzy([(norm(q.get("speaker")), q.get("text", "")) for q in pred.get("quotes", [])],
                              [(norm(q.get("speaker")), q.get("text", "")) for q in gold.get("quotes", [])])
    for f in SCALARS:
        res.scalars[f] = norm(pred.get(f)) == norm(gold.get(f))
    return res


def aggregate(scores: list[ArticleScore]) -> dict[str, object]:
    """Micro-averaged P/R/F1 per list field and accuracy per scalar field."""
    out: dict[str, object] = {}
    for f in ("people", "roles", "posts", "quotes"):
        total = PRF()
        for s in scores:
            total.add(getattr(s, f))
        out[f] = total
    for f in SCALARS:
        out[f] = sum(s.scalars[f] for s in scores) / max(1, len(scores))
    return out
