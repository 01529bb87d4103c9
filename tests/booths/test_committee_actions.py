"""Committee actions: scoped, audited, and every change moves the rollups of all ancestors."""

from __future__ import annotations

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.http import Http404
from django.utils import timezone

from sangathan.booths.actions import AddMember, RecordMeeting, SetVoterListPages, VerifySeat
from sangathan.booths.models import BoothRollup, CommitteeRole, StrengthRule
from sangathan.booths.state import refresh, status_counts
from sangathan.booths.testing import brute_force_booths
from sangathan.core.models import AuditEvent
from sangathan.people.actions import CreatePerson


@pytest.fixture
def empty_booth(unit):
    """The demo's booth 11 has no committee at all."""
    return unit("बूथ क्रमांक 11")


def _people(actor, booth, n):
    return [CreatePerson(actor, fields={"name_hi": f"कार्यकर्ता {i}", "home_unit": booth}).run() for i in range(n)]


def test_building_a_committee_makes_the_booth_formed_and_active(durg_manager, empty_booth, unit):
    roles = {r.key: r for r in CommitteeRole.objects.all()}
    district = unit("दुर्ग जिला")
    before = status_counts(district)
    SetVoterListPages(durg_manager, booth=empty_booth, pages=2).run()
    people = _people(durg_manager, empty_booth, 12)
    AddMember(durg_manager, booth=empty_booth, person=people[0], role=roles["president"]).run()
    for p in people[1:]:
        AddMember(durg_manager, booth=empty_booth, person=p, role=roles["member"]).run()
    for page in (1, 2):
        AddMember(durg_manager, booth=empty_booth, person=people[page], role=roles["panna"], page=page).run()
    assert status_counts(district)["formed"] == before["formed"] + 1
    assert status_counts(district)["active"] == before["active"]
    RecordMeeting(durg_manager, booth=empty_booth).run()
    after = status_counts(district)
    assert after["active"] == before["active"] + 1 and after["committees"] == before["committees"] + 1
    assert after == brute_force_booths(district.path, timezone.localdate())
    assert AuditEvent.objects.filter(action="booth.member.add", object_id__isnull=False).count() >= 14


def test_a_verification_records_who_and_when(durg_manager, unit):
    booth = unit("बूथ क्रमांक 3")  # formed, not verified in the demo
    seat = booth.committee.seats_set.first()
    VerifySeat(durg_manager, seat=seat).run()
    seat.refresh_from_db()
    assert seat.verified_by == durg_manager and seat.verified_at is not None


def test_out_of_scope_managers_get_a_404(balod_reporter, outsider, empty_booth):
    role = CommitteeRole.objects.get(key="member")
    for actor in (balod_reporter, outsider):
        with pytest.raises(Http404):
            SetVoterListPages(actor, booth=empty_booth, pages=3).run()
    assert not BoothRollup.objects.filter(unit=empty_booth, committees__gt=0).exists()
    del role


def test_a_committee_belongs_to_a_booth(durg_manager, unit):
    with pytest.raises(ValidationError):
        SetVoterListPages(durg_manager, booth=unit("उतई मंडल"), pages=3).run()


def test_a_panna_pramukh_names_a_page_within_the_voter_list(durg_manager, unit):
    booth = unit("बूथ क्रमांक 1")
    person = booth.committee.seats_set.first().person
    with pytest.raises(ValidationError, match="page"):
        AddMember(durg_manager, booth=booth, person=person, role=CommitteeRole.objects.get(key="panna"), page=99).run()


def test_changing_a_rule_changes_the_status_after_a_refresh(durg_manager, unit):
    booth = unit("बूथ क्रमांक 1")
    assert booth.committee.formed
    StrengthRule.objects.filter(key="formed").update(min_members=40)
    refresh(booth)
    booth.committee.refresh_from_db()
    assert not booth.committee.formed


def test_a_lapsed_meeting_window_expires_on_a_new_day(time_machine, unit):
    district = unit("दुर्ग जिला")
    assert status_counts(district)["active"] > 0
    time_machine.move_to(timezone.now() + datetime.timedelta(days=70))
    assert status_counts(district)["active"] == 0 == brute_force_booths(district.path, timezone.localdate())["active"]
