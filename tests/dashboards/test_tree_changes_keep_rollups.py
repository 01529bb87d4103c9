"""Moving, creating and deleting units, and editing activities, keep every rollup equal to a recount."""

import datetime

from django.core.management import call_command
from django.utils import timezone

from sangathan.activities.actions import UpdateActivity
from sangathan.activities.models import Activity
from sangathan.booths import rebuild as booth_rollups
from sangathan.booths.models import BoothRollup
from sangathan.dashboards import rollups as dashboard_rollups
from sangathan.org.actions import CreateUnit, DeleteUnit, MoveUnit
from sangathan.org.models import Level
from sangathan.programmes import rollups as programme_rollups


def all_consistent() -> list[str]:
    """Every incremental rollup; vacant posts are derived by the periodic rebuild only (dated on the page)."""
    problems = booth_rollups.verify() + programme_rollups.verify() + dashboard_rollups.verify()
    return [p for p in problems if not p.startswith("vacancies")]


def booths_below(unit) -> int:
    return BoothRollup.objects.filter(unit=unit).values_list("booths", flat=True).first() or 0


def test_the_demo_starts_consistent(db, capsys):
    call_command("rollups", "verify")
    assert all_consistent() == []


def test_moving_a_constituency_moves_its_booths_between_districts(state_admin, unit):
    durg, balod = booths_below(unit("दुर्ग जिला")), booths_below(unit("बालोद जिला"))
    moved = booths_below(unit("दुर्ग ग्रामीण"))
    assert moved > 0
    MoveUnit(state_admin, unit=unit("दुर्ग ग्रामीण"), new_parent=unit("बालोद जिला")).run()
    assert booths_below(unit("दुर्ग जिला")) == durg - moved
    assert booths_below(unit("बालोद जिला")) == balod + moved
    assert all_consistent() == []


def test_a_new_booth_and_a_deleted_booth_are_counted(durg_manager, unit):
    before = booths_below(unit("दुर्ग जिला"))
    booth = CreateUnit(durg_manager, parent=unit("उतई मंडल शक्ति केंद्र 1"), level=Level.objects.get(key="booth"),
                       name_hi="नया बूथ", code="63-99").run()
    assert booths_below(unit("दुर्ग जिला")) == before + 1
    assert all_consistent() == []
    DeleteUnit(durg_manager, unit=booth).run()
    assert booths_below(unit("दुर्ग जिला")) == before
    assert all_consistent() == []


def test_editing_an_activity_moves_it_between_buckets(admin, unit):
    meeting = Activity.objects.filter(starts_at__isnull=False).order_by("-starts_at").first()
    UpdateActivity(admin, activity=meeting, fields={"unit": unit("बालोद जिला"), "kind": "rally",
                                                    "starts_at": timezone.now() - datetime.timedelta(days=2)}).run()
    assert all_consistent() == []
