"""Rollups equal a brute-force recount after any sequence of committee and programme changes."""

from __future__ import annotations

import pytest
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sangathan.booths.actions import AddMember, RecordMeeting, RemoveMember, SetVoterListPages, VerifySeat
from sangathan.booths.models import BoothRollup, CommitteeMember, CommitteeRole
from sangathan.booths.testing import brute_force_booths
from sangathan.core.tree import subtree_q
from sangathan.org.models import Unit
from sangathan.programmes import rollups as prog_rollups
from sangathan.programmes.actions import ReportTarget
from sangathan.programmes.models import ProgrammeTarget
from sangathan.synth.run import Synthesise

OPS = st.lists(st.tuples(st.sampled_from(["add", "remove", "verify", "pages", "meet", "report"]),
                         st.integers(0, 10_000), st.integers(0, 10_000)), min_size=1, max_size=12)


@pytest.fixture
def tiny(admin):
    """A synthetic tiny tree (3 constituencies, 90 booths) beside the demo."""
    Synthesise(admin, scale="tiny", seed=7, prefix="HY").run()
    state = Unit.objects.get(code="HY01")
    booths = list(Unit.objects.filter(subtree_q("path", state.path), level__key="booth").order_by("path"))
    return state, booths


def _apply(admin, booths, op: str, a: int, b: int) -> None:
    booth = booths[a % len(booths)]
    roles = list(CommitteeRole.objects.order_by("pk"))
    seats = list(CommitteeMember.objects.filter(committee__unit=booth).order_by("pk"))
    if op == "add" and seats:
        role = roles[b % len(roles)]
        person = seats[b % len(seats)].person
        page = 1 + b % max(booth.committee.voter_list_pages, 1)
        try:
            AddMember(admin, booth=booth, person=person, role=role, page=page).run()
        except Exception:  # a duplicate seat or a page beyond the list is refused, which is fine here
            pass
    elif op == "remove" and seats:
        RemoveMember(admin, seat=seats[b % len(seats)]).run()
    elif op == "verify" and seats:
        VerifySeat(admin, seat=seats[b % len(seats)], verified=bool(b % 2)).run()
    elif op == "pages":
        SetVoterListPages(admin, booth=booth, pages=b % 14).run()
    elif op == "meet":
        RecordMeeting(admin, booth=booth).run()
    elif op == "report":
        targets = list(ProgrammeTarget.objects.filter(unit__path__startswith=booth.path[:-16]).order_by("pk")[:20])
        if targets:
            ReportTarget(admin, target=targets[b % len(targets)],
                         status=["done", "partly", "not_done", "pending"][a % 4]).run()


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=OPS)
def test_rollups_match_a_recount_after_any_changes(admin, tiny, ops):
    state, booths = tiny
    for op in ops:
        _apply(admin, booths, *op)
    day = timezone.localdate()
    checked = [state, *Unit.objects.filter(parent=state), booths[0].parent, booths[-1].parent.parent]
    for unit in checked:
        row = BoothRollup.objects.filter(unit=unit).values(*BoothRollup.COUNTS).first()
        assert row == brute_force_booths(unit.path, day), unit
    assert prog_rollups.verify() == []
