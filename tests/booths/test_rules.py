"""Strength rules are data: 'formed' and 'active' evaluated on hand-built committees."""

from __future__ import annotations

import datetime

import pytest

from hypothesis import given
from hypothesis import strategies as st

from sangathan.booths.rules import FOREVER, Facts, Rule, evaluate, evaluator

PRESIDENT, PANNA, MEMBER = 1, 2, 3
RULES = {
    "formed": Rule("formed", None, 12, frozenset({PRESIDENT}), None, False),
    "active": Rule("active", "formed", 0, frozenset(), 30, True),
}
TODAY = datetime.date(2024, 12, 1)


def committee(members=13, president=True, pages=5, covered=5, verified=None, met_days_ago=3) -> Facts:
    seats = members + covered
    return Facts(members=members, seats=seats, verified_seats=seats if verified is None else verified,
                 role_ids={MEMBER, PANNA} | ({PRESIDENT} if president else set()), pages=pages,
                 pages_covered=covered,
                 last_meeting=None if met_days_ago is None else TODAY - datetime.timedelta(days=met_days_ago))


def test_a_president_and_twelve_members_form_a_committee():
    assert evaluate(RULES, committee(members=12)).formed


def test_eleven_members_do_not_form_a_committee():
    assert not evaluate(RULES, committee(members=11)).formed


def test_without_a_president_the_committee_is_not_formed():
    assert not evaluate(RULES, committee(president=False)).formed


def test_active_needs_a_meeting_in_the_last_thirty_days():
    s = evaluate(RULES, committee(met_days_ago=30))
    assert s.active_on(TODAY) and not s.active_on(TODAY + datetime.timedelta(days=1))
    assert not evaluate(RULES, committee(met_days_ago=31)).active_on(TODAY)
    assert evaluate(RULES, committee(met_days_ago=None)).active_until is None


def test_active_needs_every_page_to_have_a_panna_pramukh():
    assert not evaluate(RULES, committee(pages=5, covered=4)).active_on(TODAY)
    assert not evaluate(RULES, committee(pages=0, covered=0)).active_on(TODAY)


def test_active_needs_formed_first():
    assert not evaluate(RULES, committee(members=5)).active_on(TODAY)


def test_verified_means_formed_with_every_seat_verified():
    assert evaluate(RULES, committee()).verified
    assert not evaluate(RULES, committee(verified=3)).verified
    assert not evaluate(RULES, committee(members=4)).verified


def test_a_rule_without_a_meeting_window_holds_forever():
    rules = {**RULES, "active": Rule("active", "formed", 0, frozenset(), None, True)}
    assert evaluate(rules, committee(met_days_ago=None)).active_until == FOREVER


@pytest.mark.parametrize("min_members, formed", [(5, True), (20, False)])
def test_thresholds_come_from_the_rule_rows(min_members, formed):
    rules = {**RULES, "formed": Rule("formed", None, min_members, frozenset({PRESIDENT}), None, False)}
    assert evaluate(rules, committee(members=13)).formed is formed


# -- the memoised evaluator used for many committees at once (imports, rebuilds) --------------------

RULE_SETS = st.builds(
    lambda fm, fr, fw, fp, am, ar, aw, ap: {
        "formed": Rule("formed", None, fm, frozenset(fr), fw, fp),
        "active": Rule("active", "formed", am, frozenset(ar), aw, ap)},
    st.integers(0, 15), st.sets(st.sampled_from([PRESIDENT, PANNA, MEMBER])), st.none() | st.integers(0, 90),
    st.booleans(), st.integers(0, 15), st.sets(st.sampled_from([PRESIDENT, PANNA])),
    st.none() | st.integers(0, 90), st.booleans())
FACTS = st.builds(
    lambda members, seats, verified, roles, pages, covered, last: Facts(
        members=members, seats=seats, verified_seats=min(verified, seats), role_ids=roles, pages=pages,
        pages_covered=covered, last_meeting=last),
    st.integers(0, 40), st.integers(0, 60), st.integers(0, 60), st.sets(st.sampled_from([PRESIDENT, PANNA, MEMBER, 9])),
    st.integers(0, 20), st.integers(0, 20), st.none() | st.dates(datetime.date(2015, 1, 1), datetime.date(2030, 1, 1)))


@given(RULE_SETS, st.lists(FACTS, min_size=1, max_size=30))
def test_the_memoised_evaluator_agrees_with_evaluate_on_every_committee(rules, committees):
    """An import re-evaluates tens of thousands of committees through `evaluator`: whatever the rules
    an admin sets, each committee must get exactly the state `evaluate` gives it alone."""
    run = evaluator(rules)
    for f in committees:
        assert run(f) == evaluate(rules, f), f
