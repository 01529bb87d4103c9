"""Find people across scripts and spellings, ranked by closeness of their name keys."""

from __future__ import annotations

from functools import reduce
from operator import and_, or_

from django.db.models import Q
from rapidfuzz import fuzz

from sangathan.core.text import name_key, nfc


def search_people(queryset, query: str, limit: int = 20) -> list:
    """People of `queryset` (already scoped) whose names match `query` in either script.

    Every query word must match the start of some word of the name key; when that finds nobody,
    words may match anywhere with their first letters, and rapidfuzz ranks what was found.
    """
    query = nfc(query)
    key = name_key(query)
    tokens = [t for t in key.split() if t]
    if not tokens:
        return []

    def word_q(t: str) -> Q:
        return Q(name_key__startswith=t) | Q(name_key__contains=" " + t)

    found = list(queryset.filter(reduce(and_, map(word_q, tokens)))[: limit * 5])
    if not found:
        loose = [t[:3] for t in tokens if len(t) >= 3] or tokens
        found = list(queryset.filter(reduce(or_, (Q(name_key__contains=t) for t in loose)))[: limit * 20])
    scored = [(max(fuzz.token_sort_ratio(key, p.name_key), 0.95 * fuzz.token_set_ratio(key, p.name_key)), p)
              for p in found]
    scored = [(s, p) for s, p in scored if s >= 60]
    scored.sort(key=lambda sp: (-sp[0], sp[1].name_hi))
    for s, p in scored:
        p.match_score = s
    return [p for _, p in scored[:limit]]
