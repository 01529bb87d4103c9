"""Evaluate the strength rules (data) against a committee's facts: formed, verified, active-until.

The same function serves the incremental path (one committee after an action), the rebuild
and the verifier, so the three cannot disagree about what 'formed' or 'active' means.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from sangathan.booths.models import RuleKey, StrengthRule

FOREVER = datetime.date(9999, 12, 31)


@dataclass(frozen=True)
class Rule:
    key: str
    requires: str | None
    min_members: int
    role_ids: frozenset[int]
    meeting_within_days: int | None
    all_pages_covered: bool


@dataclass
class Facts:
    """What the rules look at, for one committee."""

    members: int = 0           # distinct people
    seats: int = 0
    verified_seats: int = 0
    role_ids: set[int] = field(default_factory=set)
    pages: int = 0
    pages_covered: int = 0
    last_meeting: datetime.date | None = None


@dataclass(frozen=True)
class State:
    formed: bool
    verified: bool
    active_until: datetime.date | None

    def active_on(self, day: datetime.date) -> bool:
        return self.active_until is not None and self.active_until >= day


def load_rules() -> dict[str, Rule]:
    out: dict[str, Rule] = {}
    for r in StrengthRule.objects.select_related("requires").prefetch_related("required_roles"):
        out[r.key] = Rule(r.key, r.requires.key if r.requires else None, r.min_members,
                          frozenset(x.pk for x in r.required_roles.all()), r.meeting_within_days,
                          r.all_pages_covered)
    return out


def required_role_ids(rules: dict[str, Rule]) -> set[int]:
    return {i for r in rules.values() for i in r.role_ids}


def _chain(rules: dict[str, Rule], key: str) -> list[Rule]:
    chain, seen = [], set()
    while key and key in rules and key not in seen:
        seen.add(key)
        chain.append(rules[key])
        key = rules[key].requires or ""
    return chain


def _static_ok(rule: Rule, f: Facts) -> bool:
    """The time-independent conditions of one rule."""
    if f.members < rule.min_members or not rule.role_ids <= f.role_ids:
        return False
    return not rule.all_pages_covered or (f.pages > 0 and f.pages_covered >= f.pages)


def holds_until(rules: dict[str, Rule], key: str, f: Facts) -> datetime.date | None:
    """The last day rule `key` holds given the facts (FOREVER if no meeting is needed), or None."""
    chain = _chain(rules, key)
    if not chain or not all(_static_ok(r, f) for r in chain):
        return None
    windows = [r.meeting_within_days for r in chain if r.meeting_within_days is not None]
    if not windows:
        return FOREVER
    if f.last_meeting is None:
        return None
    return f.last_meeting + datetime.timedelta(days=min(windows))


def evaluate(rules: dict[str, Rule], f: Facts) -> State:
    formed_until = holds_until(rules, RuleKey.FORMED, f)
    formed = formed_until is not None
    verified = formed and f.seats > 0 and f.verified_seats == f.seats
    return State(formed, verified, holds_until(rules, RuleKey.ACTIVE, f))


_REF = datetime.date(2000, 1, 1)  # a last meeting every memoised evaluation is made with, then moved


def evaluator(rules: dict[str, Rule]):
    """`evaluate` memoised on what the rules can tell apart, for evaluating many committees at once.

    Facts that differ only where no rule looks evaluate alike: members above the highest minimum,
    roles no rule requires, page counts beyond "all pages covered or not", seat counts beyond "any,
    and all verified or not". A last meeting only moves the dates: each distinct case is evaluated
    once with a reference meeting day, and its dates are shifted by the committee's own.
    """
    cap = max((r.min_members for r in rules.values()), default=0)
    needed = frozenset(required_role_ids(rules))
    memo: dict[tuple, State] = {}

    def run(f: Facts) -> State:
        any_seat = f.seats > 0
        key = (min(f.members, cap), needed & frozenset(f.role_ids), f.pages > 0 and f.pages_covered >= f.pages,
               any_seat, f.verified_seats == f.seats, f.last_meeting is None)
        ref = memo.get(key)
        if ref is None:
            seats = int(any_seat)
            ref = memo[key] = evaluate(rules, Facts(
                members=key[0], seats=seats, verified_seats=seats if key[4] else seats + 1, role_ids=set(key[1]),
                pages=1 if key[2] else 0, pages_covered=1 if key[2] else 0,
                last_meeting=None if key[5] else _REF))
        until = ref.active_until
        if until is None or until == FOREVER:
            return ref
        return State(ref.formed, ref.verified, f.last_meeting + (until - _REF))

    return run
