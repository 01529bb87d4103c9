"""Rallies: targets for every unit of a level in a subtree, reports by the units, rollups up the tree
(laggards first, chart), scoping and bad input."""

from __future__ import annotations

import datetime
import random

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.utils import timezone

from sangathan.accounts.actions import CreateUser, GrantRole
from sangathan.core.models import AuditEvent
from sangathan.core.tree import ancestor_ids, subtree_q
from sangathan.org.models import Level, Unit
from sangathan.rallies import rollups
from sangathan.rallies.actions import CloseRally, OrganiseRally, ReportTurnout, SetTarget
from sangathan.rallies.models import Rally, RallyRollup, RallyTarget

SOON = timezone.localdate() + datetime.timedelta(days=5)


@pytest.fixture
def rally(durg_manager, unit):
    return OrganiseRally(durg_manager, organiser=unit("दुर्ग जिला"), target_level=Level.objects.get(key="booth"),
                         title="आमसभा", held_on=SOON, people_target=200, vehicles_target=4).run()


def roll(rally, unit) -> dict:
    r = RallyRollup.objects.get(rally=rally, unit=unit)
    return {k: getattr(r, k) for k in RallyRollup.SUMS}


def recount(rally, unit) -> dict:
    """Brute force: sum the targets below the unit."""
    ts = list(RallyTarget.objects.filter(subtree_q("unit__path", unit.path), rally=rally))
    return {"targets": len(ts), "reported": sum(t.reported_at is not None for t in ts),
            "people_target": sum(t.people_target for t in ts), "people": sum(t.people or 0 for t in ts),
            "vehicles_target": sum(t.vehicles_target for t in ts), "vehicles": sum(t.vehicles or 0 for t in ts)}


def test_organising_sets_the_target_for_every_unit_of_the_level_in_the_subtree(rally, unit):
    durg = unit("दुर्ग जिला")
    booths = Unit.objects.filter(subtree_q("path", durg.path), level__key="booth")
    assert rally.targets_count == booths.count() == RallyTarget.objects.filter(rally=rally).count() > 0
    assert set(RallyTarget.objects.filter(rally=rally).values_list("people_target", "vehicles_target")) == {(200, 4)}
    assert roll(rally, durg) == {"targets": rally.targets_count, "reported": 0, "people": 0, "vehicles": 0,
                                 "people_target": 200 * rally.targets_count, "vehicles_target": 4 * rally.targets_count}
    assert not RallyRollup.objects.filter(rally=rally, unit=unit("छत्तीसगढ़")).exclude(targets=rally.targets_count).exists()
    assert AuditEvent.objects.filter(action="rally.organise", actor_label="durg_manager").count() == 2  # rally + targets


def test_reports_roll_up_to_every_ancestor_and_a_correction_is_not_counted_twice(rally, durg_manager, unit):
    targets = list(RallyTarget.objects.filter(rally=rally).select_related("unit"))
    ReportTurnout(durg_manager, target=targets[0], people=150, vehicles=3).run()
    ReportTurnout(durg_manager, target=targets[1], people=260, vehicles=5, note="ज़्यादा").run()
    ReportTurnout(durg_manager, target=targets[0], people=170, vehicles=3).run()  # corrected
    durg = unit("दुर्ग जिला")
    assert roll(rally, durg)["reported"] == 2 and roll(rally, durg)["people"] == 430 and roll(rally, durg)["vehicles"] == 8
    for aid in ancestor_ids(targets[0].unit.path)[durg.depth:]:
        assert roll(rally, Unit.objects.get(pk=aid)) == recount(rally, Unit.objects.get(pk=aid))
    assert rollups.verify() == []


def test_rollups_match_a_recount_after_any_reports_and_target_changes(rally, durg_manager, unit):
    rng = random.Random(9)
    targets = list(RallyTarget.objects.filter(rally=rally).select_related("unit", "rally"))
    for _ in range(30):
        t = rng.choice(targets)
        if rng.random() < 0.3:
            SetTarget(durg_manager, target=t, people_target=rng.randint(0, 500), vehicles_target=rng.randint(0, 9)).run()
        else:
            ReportTurnout(durg_manager, target=t, people=rng.randint(0, 400), vehicles=rng.randint(0, 8)).run()
    assert rollups.verify() == []
    for u in Unit.objects.filter(pk__in=RallyRollup.objects.filter(rally=rally).values("unit_id")):
        assert roll(rally, u) == recount(rally, u), u.name_hi


def test_rollups_follow_a_subtree_that_moves(rally, admin, durg_manager, unit):
    from sangathan.org.actions import MoveUnit

    t = RallyTarget.objects.filter(rally=rally).select_related("unit__parent__parent").first()
    ReportTurnout(durg_manager, target=t, people=99, vehicles=1).run()
    sk, mandal = t.unit.parent, t.unit.parent.parent
    other = Unit.objects.filter(level=mandal.level).exclude(pk=mandal.pk).first()
    MoveUnit(admin, unit=sk, new_parent=other).run()
    assert rollups.verify() == []
    rollups.build(rally.pk)  # a rebuild agrees with the kept rows
    assert rollups.verify() == []


def test_a_units_reporter_reports_for_their_unit_only(rally, admin, unit):
    t1, t2 = RallyTarget.objects.filter(rally=rally).select_related("unit", "rally")[:2]
    reporter = CreateUser(admin, source="cli", username="booth_reporter", password="demo-pass-123").run()
    GrantRole(admin, source="cli", user=reporter, role="reporter", unit=t1.unit).run()
    ReportTurnout(reporter, target=t1, people=120, vehicles=2).run()
    with pytest.raises(Http404):  # a sibling booth is out of their scope
        ReportTurnout(reporter, target=t2, people=1, vehicles=0).run()
    assert RallyTarget.objects.get(pk=t2.pk).reported_at is None


def test_viewers_may_not_report_and_outsiders_do_not_see_the_target(rally, state_viewer, outsider, balod_reporter):
    t = RallyTarget.objects.filter(rally=rally).select_related("unit", "rally").first()
    with pytest.raises(PermissionDenied):
        ReportTurnout(state_viewer, target=t, people=1, vehicles=0).run()
    for who in (outsider, balod_reporter):
        with pytest.raises(Http404):
            ReportTurnout(who, target=t, people=1, vehicles=0).run()


def test_only_a_manager_of_the_organiser_organises_or_changes_targets(rally, balod_reporter, state_viewer, unit):
    with pytest.raises(PermissionDenied):
        OrganiseRally(balod_reporter, organiser=unit("बालोद जिला"), target_level=Level.objects.get(key="booth"),
                      title="x", held_on=SOON, people_target=1, vehicles_target=0).run()
    t = RallyTarget.objects.filter(rally=rally).select_related("unit", "rally__organiser").first()
    with pytest.raises(PermissionDenied):
        SetTarget(state_viewer, target=t, people_target=1, vehicles_target=0).run()


@pytest.mark.parametrize("change, field", [
    ({"people_target": -5}, "people_target"),
    ({"people_target": "दो सौ"}, "people_target"),
    ({"vehicles_target": 10_001}, "vehicles_target"),
    ({"people_target": 0, "vehicles_target": 0}, "people_target"),
    ({"held_on": timezone.localdate() - datetime.timedelta(days=1)}, "held_on"),
    ({"held_on": None}, "held_on"),
    ({"title": "  "}, "title"),
    ({"target_level": "district"}, "target_level"),  # not below the organising district
])
def test_bad_input_names_the_field_and_writes_nothing(durg_manager, unit, change, field):
    rows = RallyRollup.objects.count()  # the demo's rally
    params = {"organiser": unit("दुर्ग जिला"), "target_level": Level.objects.get(key="booth"), "title": "आमसभा",
              "held_on": SOON, "people_target": 200, "vehicles_target": 4, **change}
    if isinstance(params["target_level"], str):
        params["target_level"] = Level.objects.get(key=params["target_level"])
    with pytest.raises(ValidationError) as e:
        OrganiseRally(durg_manager, **params).run()
    assert field in e.value.message_dict, e.value.message_dict
    assert not Rally.objects.filter(title="आमसभा").exists() and RallyRollup.objects.count() == rows


def test_a_level_with_no_units_in_the_subtree_is_refused_and_nothing_is_written(state_admin, unit):
    bastar = unit("बस्तर संभाग")
    with pytest.raises(ValidationError) as e:
        OrganiseRally(state_admin, organiser=bastar, target_level=Level.objects.get(key="booth"), title="x",
                      held_on=SOON, people_target=10, vehicles_target=0).run()
    assert "target_level" in e.value.message_dict
    assert not Rally.objects.filter(title="x").exists()


@pytest.mark.parametrize("people, vehicles", [(-1, 0), ("बहुत", 0), (1_000_001, 0), (None, 1), (10, -2)])
def test_a_bad_report_is_refused_with_the_field_and_changes_nothing(rally, durg_manager, people, vehicles):
    t = RallyTarget.objects.filter(rally=rally).select_related("unit", "rally").first()
    before = roll(rally, t.rally.organiser)
    with pytest.raises(ValidationError) as e:
        ReportTurnout(durg_manager, target=t, people=people, vehicles=vehicles).run()
    assert set(e.value.message_dict) <= {"people", "vehicles"} and e.value.message_dict
    assert RallyTarget.objects.get(pk=t.pk).reported_at is None and roll(rally, t.rally.organiser) == before


def test_a_closed_rally_takes_no_reports(rally, durg_manager):
    CloseRally(durg_manager, rally=rally, version=rally.version).run()
    t = RallyTarget.objects.filter(rally=rally).select_related("unit", "rally").first()
    with pytest.raises(ValidationError):
        ReportTurnout(durg_manager, target=t, people=5, vehicles=0).run()


def test_the_demo_has_an_upcoming_rally_with_targets_and_some_reports(db):
    r = Rally.objects.get(title="किसान सम्मान रैली, दुर्ग")
    assert r.held_on > timezone.localdate() and r.targets_count >= 4
    s = RallyRollup.objects.get(rally=r, unit=r.organiser)
    assert 0 < s.reported < s.targets and s.people > 0
