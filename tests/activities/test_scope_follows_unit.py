"""An activity is seen exactly by the users whose scope holds its organising unit: as recorded, after
its unit is changed, after that unit's subtree moves elsewhere, and when it was written in bulk."""

from __future__ import annotations

import importlib

import pytest
from django.apps import apps
from django.db import connection
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sangathan.accounts.actions import CreateUser, GrantRole
from sangathan.accounts.models import ApiToken
from sangathan.activities.actions import CreateActivity, UpdateActivity
from sangathan.activities.models import Activity
from sangathan.core.tree import subtree_q
from sangathan.org.actions import MoveUnit
from sangathan.org.models import Unit
from sangathan.synth.run import Synthesise


def api(user) -> Client:
    return Client(headers={"Authorization": f"Bearer {ApiToken.issue(user)}"})


def api_ids(user, **params) -> set[int]:
    """Every id of the API's activity list, page by page (the count must match what the pages hold)."""
    client, ids, count = api(user), [], None
    while count is None or len(ids) < count:
        r = client.get("/api/activities", {"limit": 500, "offset": len(ids), **params})
        assert r.status_code == 200
        count = r.json()["count"]
        ids += [i["id"] for i in r.json()["items"]]
        if not r.json()["items"]:
            break
    assert len(ids) == len(set(ids)) == count
    return set(ids)


def sees(user, activity) -> bool:
    """What the user is shown of one activity, by the API (list and detail) and the web (list and page)."""
    in_list = activity.pk in api_ids(user)
    detail = api(user).get(f"/api/activities/{activity.pk}").status_code
    web = Client()
    web.force_login(user)
    listed = web.get(reverse("activities")).context["page"].paginator.object_list  # the list the page pages
    on_web_list = listed.filter(pk=activity.pk).exists()
    page = web.get(reverse("activity", args=[activity.pk])).status_code
    assert {detail, page} <= {200, 404}
    assert in_list == (detail == 200) == on_web_list == (page == 200), (in_list, detail, on_web_list, page)
    return in_list


def record(admin, unit, title: str) -> Activity:
    return CreateActivity(admin, source="cli", fields={"title": title, "unit": unit, "kind": "meeting",
                                                       "starts_at": timezone.now()}).run()


def test_a_manager_sees_the_activities_of_their_subtree_only(admin, durg_manager, balod_reporter, unit):
    booth = Unit.objects.filter(subtree_q("path", unit("दुर्ग जिला").path), level__key="booth").first()
    in_durg = record(admin, booth, "दुर्ग बूथ समिति बैठक क्रमांक 77")
    in_balod = record(admin, unit("बालोद जिला"), "बालोद जिला बैठक क्रमांक 78")
    assert sees(durg_manager, in_durg) and not sees(durg_manager, in_balod)
    assert sees(balod_reporter, in_balod) and not sees(balod_reporter, in_durg)
    # the unit filter of the list stays inside the caller's scope and inside the unit
    assert in_durg.pk in api_ids(durg_manager, unit_id=booth.pk)
    assert in_durg.pk not in api_ids(admin, unit_id=unit("बालोद जिला").pk)


def test_an_activity_follows_its_unit_when_the_subtree_moves(state_admin, durg_manager, balod_reporter, unit):
    ac = unit("दुर्ग ग्रामीण")
    booth = Unit.objects.filter(subtree_q("path", ac.path), level__key="booth").first()
    at_ac = record(state_admin, ac, "दुर्ग ग्रामीण विधानसभा बैठक क्रमांक 79")
    at_booth = record(state_admin, booth, "दुर्ग ग्रामीण बूथ बैठक क्रमांक 80")
    assert sees(durg_manager, at_ac) and sees(durg_manager, at_booth)
    assert not sees(balod_reporter, at_ac) and not sees(balod_reporter, at_booth)

    MoveUnit(state_admin, unit=ac, new_parent=unit("बालोद जिला")).run()

    for activity in (at_ac, at_booth):
        assert not sees(durg_manager, activity) and sees(balod_reporter, activity)
    balod = unit("बालोद जिला")
    assert {at_ac.pk, at_booth.pk} <= api_ids(state_admin, unit_id=balod.pk)
    assert not {at_ac.pk, at_booth.pk} & api_ids(state_admin, unit_id=unit("दुर्ग जिला").pk)


def test_changing_an_activitys_unit_moves_it_between_scopes(state_admin, durg_manager, balod_reporter, unit):
    activity = record(state_admin, unit("दुर्ग जिला"), "स्थानांतरित बैठक क्रमांक 81")
    UpdateActivity(state_admin, source="cli", activity=activity, fields={"unit": unit("बालोद जिला")}).run()
    assert not sees(durg_manager, activity) and sees(balod_reporter, activity)


@pytest.fixture
def synthesised(admin):
    """A tiny synthetic state written by the bulk path (COPY on PostgreSQL), and a manager of one district."""
    Synthesise(admin, scale="tiny", seed=7, prefix="HY").run()
    district = Unit.objects.filter(subtree_q("path", Unit.objects.get(code="HY01").path),
                                   level__key="district").order_by("path").first()
    manager = CreateUser(admin, source="cli", username="hy_manager", password="demo-pass-123").run()
    GrantRole(admin, source="cli", user=manager, role="manager", unit=district).run()
    return district, manager


def test_a_bulk_synthesised_activity_is_in_its_district_managers_scope(synthesised, durg_manager):
    district, manager = synthesised
    expected = set(Activity.objects.filter(unit__in=Unit.objects.filter(subtree_q("path", district.path)))
                   .values_list("pk", flat=True))
    assert expected  # the tiny scale writes mandal, shakti kendra and booth meetings
    assert api_ids(manager) == expected
    web = Client()
    web.force_login(manager)
    assert web.get(reverse("activities")).context["page"].paginator.count == len(expected)
    booth_meeting = Activity.objects.filter(pk__in=expected, unit__level__key="booth").first()
    assert sees(manager, booth_meeting) and not sees(durg_manager, booth_meeting)


def test_the_migration_backfills_paths_of_activities_written_before_it(durg_manager, unit):
    """Rows from before the column (path empty) are invisible until the migration's one UPDATE fills them."""
    in_durg = set(Activity.objects.filter(unit__in=Unit.objects.filter(subtree_q("path", unit("दुर्ग जिला").path)))
                  .values_list("pk", flat=True))
    Activity.objects.update(unit_path="")
    assert api_ids(durg_manager) == set()
    migration = importlib.import_module("sangathan.activities.migrations.0002_activity_unit_path")
    with connection.cursor() as cur:
        cur.execute(migration.backfill_sql(apps, connection.ops.quote_name))
    assert in_durg and api_ids(durg_manager) == in_durg
