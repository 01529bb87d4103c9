"""Find people across scripts and spellings, ranked by closeness of their name keys.

Candidates come from the database in tiers, from the closest kind of match to the loosest, each
cut at a fixed number of rows *without sorting* (an ORDER BY before the cut would sort every match,
hundreds of thousands of people for a common surname at national scale); rapidfuzz ranks the
candidates in Python. The tiers make the cut safe: people whose name is the query, word for word,
are fetched first, so the best match is found however many people share the query's first word.

Word tests are LIKE patterns on the key with a space on either side (`' ' || name_key || ' '`), so
"a whole word" is one pattern ('% ydv %') and "starts a word" another ('% ydv%'), not four and two
ORed together. On PostgreSQL a trigram (pg_trgm) GIN index on that very expression serves them
(people migration 0003). A scoped query (a unit-path range) is ordered by the unit path: an order
the planner gets by walking the scope's units, not by sorting (see `_scoped_by_unit`).
"""

from __future__ import annotations

from functools import reduce
from operator import and_, or_

from django.db.models import CharField, Func, Q
from rapidfuzz import fuzz

from sangathan.core.text import name_key, nfc
from sangathan.people.models import Person


class PaddedKey(Func):
    """The name key with a space before and after: the expression the trigram index is built on."""

    template = "(' ' || %(expressions)s || ' ')"
    output_field = CharField()


def _word(t: str) -> Q:
    """`t` is a whole word of the name key."""
    return Q(padded_key__contains=f" {t} ")


def _word_start(t: str) -> Q:
    """`t` starts a word of the name key."""
    return Q(padded_key__contains=f" {t}")


def _scoped_by_unit(queryset) -> bool:
    """Whether the query already joins the home units (a manager's scope, a unit filter).

    Then the cut is ordered by the unit path, which costs no sort: the planner walks the scope's
    units in path order and stops when it has enough people, or, for a rare name, sorts the few
    matches the trigram index gives. Unordered, PostgreSQL may instead read all people in
    home-unit order and keep those in scope, assuming the scope's people are spread evenly: on the
    national set a common surname in the last state read 8 M rows (8 s) for 251 people (81 ms so)."""
    units = Person._meta.get_field("home_unit").related_model._meta.db_table
    return any(getattr(j, "table_name", None) == units for j in queryset.query.alias_map.values())


def candidates(queryset, key: str, cap: int) -> list[tuple[int, str, str]]:
    """(pk, name key, Hindi name) of up to `cap` people of `queryset` for the name key `key`.

    People whose key is `key` come first; then people whose key words start with the query words,
    and when more than `cap` do, those with the query words as whole words are read before them."""
    tokens = key.split()
    # three columns, not whole people, and no sort of the matches before the cut (ranking is in Python)
    qs = queryset.order_by().alias(padded_key=PaddedKey("name_key")).values_list("pk", "name_key", "name_hi")
    if _scoped_by_unit(queryset):
        qs = qs.order_by("home_unit__path")
    exact = list(qs.filter(name_key=key)[:cap])  # a btree probe
    if len(exact) >= cap:
        return exact
    starts = list(qs.filter(reduce(and_, map(_word_start, tokens)))[: cap + 1])
    if not starts:
        return _loose(qs, tokens, cap)
    if len(starts) <= cap:
        return starts  # every word-start match, which includes the closer kinds: nothing was cut
    # more people match than are read: read the closer kinds first so the cut cannot lose them
    found: dict[int, tuple[int, str, str]] = {}
    for rows in (exact, qs.filter(reduce(and_, map(_word, tokens)))[:cap], starts):
        for row in rows:
            found.setdefault(row[0], row)
        if len(found) >= cap:
            break
    return list(found.values())[:cap]


def _loose(qs, tokens: list[str], cap: int) -> list[tuple[int, str, str]]:
    """Nothing matched word by word (a typo): any query word's first three letters anywhere."""
    loose = [t[:3] for t in tokens if len(t) >= 3]
    if not loose:
        return []
    return list(qs.filter(reduce(or_, (Q(padded_key__contains=t) for t in loose)))[: cap * 4])


def search_people(queryset, query: str, limit: int = 20) -> list:
    """People of `queryset` (already scoped) whose names match `query` in either script, best first,
    each with its `match_score` (60-100).

    A name spelt the same way, word for word, comes first; then every query word is a whole word of
    the name, then the start of one; when that finds nobody, words may match anywhere with their
    first letters. rapidfuzz ranks what was found; only the best `limit` are fetched as people.
    """
    key = name_key(nfc(query))
    if not key:
        return []
    scored = []
    for pk, k, hi in candidates(queryset, key, limit * 5):
        s = max(fuzz.token_sort_ratio(key, k), 0.95 * fuzz.token_set_ratio(key, k))
        if s >= 60:
            scored.append((-s, hi, pk))
    scored.sort()
    top = scored[:limit]
    people = {p.pk: p for p in queryset.filter(pk__in=[pk for _s, _hi, pk in top]).order_by()}
    out = []
    for s, _hi, pk in top:
        if pk in people:  # gone since the candidates were read
            people[pk].match_score = -s
            out.append(people[pk])
    return out
