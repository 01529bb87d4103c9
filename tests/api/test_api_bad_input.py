"""Malformed or oversized input to the API: a 404 or a 422 naming the problem, never a 500, and
nothing written (on PostgreSQL an over-long value used to fail the INSERT itself)."""

from __future__ import annotations

import pytest
from django.test import Client

from sangathan.accounts.models import ApiToken
from sangathan.core.models import AuditEvent
from sangathan.org.models import Unit, UnitAlias
from sangathan.people.models import Appointment, Person

HUGE = "99999999999999999999999"


@pytest.fixture
def api(durg_manager):
    return Client(headers={"Authorization": f"Bearer {ApiToken.issue(durg_manager)}"},
                  raise_request_exception=False)


@pytest.fixture
def durg(unit):
    return unit("दुर्ग जिला")


@pytest.mark.parametrize("query", [f"person_id={HUGE}", f"unit_id={HUGE}"])
def test_appointment_filters_with_a_huge_id_are_404(api, query):
    r = api.get(f"/api/appointments?{query}")
    assert r.status_code == 404 and r.json() == {"detail": "not found"}


def test_appointment_filters_out_of_scope_are_404_like_the_other_list_filters(api, unit, durg):
    balod = unit("बालोद जिला")
    someone = Person.objects.exclude(home_unit__path__startswith=durg.path).first()
    assert api.get(f"/api/appointments?unit_id={balod.pk}").status_code == 404
    assert api.get(f"/api/appointments?person_id={someone.pk}").status_code == 404


def test_appointment_filters_in_scope_still_list(api):
    vinay = Person.objects.get(name_hi="विनय महोबिया")
    r = api.get(f"/api/appointments?person_id={vinay.pk}")
    assert r.status_code == 200
    assert r.json()["count"] == Appointment.objects.filter(person=vinay).count() > 0


@pytest.mark.parametrize("extra,field", [({"name_hi": "क" * 201}, "name_hi"), ({"code": "9" * 33}, "code"),
                                         ({"name_en": "x" * 300}, "name_en"),
                                         ({"aliases": ["उपनाम" * 50]}, "name")])
def test_an_over_long_unit_is_422_and_writes_nothing(api, durg, extra, field):
    before = (Unit.objects.count(), UnitAlias.objects.count(), AuditEvent.objects.count())
    body = {"parent_id": durg.pk, "level": "mandal", "name_hi": "नया मंडल", **extra}
    r = api.post("/api/units", body, content_type="application/json")
    assert r.status_code == 422, r.content
    assert field in r.json()["errors"]
    assert (Unit.objects.count(), UnitAlias.objects.count(), AuditEvent.objects.count()) == before


def test_a_long_latin_name_still_gets_a_key_that_fits(api, durg):
    """'x' folds to 'ks': a 200-letter name made a 400-letter key, too long for its column."""
    r = api.post("/api/units", {"parent_id": durg.pk, "level": "mandal", "name_hi": "x" * 200},
                 content_type="application/json")
    assert r.status_code == 201
    assert len(Unit.objects.get(pk=r.json()["id"]).name_key) <= 200
    r = api.post("/api/people", {"name_hi": "", "name_en": "x" * 200, "home_unit_id": durg.pk},
                 content_type="application/json")
    assert r.status_code in (201, 422), r.content


def test_a_new_participant_with_an_over_long_name_is_422_and_writes_nothing(api, durg):
    before = (Person.objects.count(), AuditEvent.objects.count())
    r = api.post("/api/activities", {"title": "बैठक", "unit_id": durg.pk,
                                     "participants": [{"new_name_hi": "क" * 300}]}, content_type="application/json")
    assert r.status_code == 422, r.content
    assert "participants" in r.json()["errors"]
    assert (Person.objects.count(), AuditEvent.objects.count()) == before
