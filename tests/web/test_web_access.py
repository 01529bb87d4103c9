"""Every page: anonymous users go to the login page, out-of-scope objects are a 404, and a
viewer cannot reach forms that change things."""

from __future__ import annotations

import pytest
from django.urls import reverse


def _urls(durg, vinay, seed_activity):
    appt = vinay.appointments.first()
    return {
        "home": reverse("home"),
        "unit": reverse("unit", args=[durg.pk]),
        "unit_create": reverse("unit_create", args=[durg.pk]),
        "unit_edit": reverse("unit_edit", args=[durg.pk]),
        "unit_move": reverse("unit_move", args=[durg.pk]),
        "unit_import": reverse("unit_import", args=[durg.pk]),
        "people": reverse("people"),
        "people_lookup": reverse("people_lookup") + "?q=vinay",
        "person_create": reverse("person_create"),
        "person": reverse("person", args=[vinay.pk]),
        "person_edit": reverse("person_edit", args=[vinay.pk]),
        "person_appoint": reverse("person_appoint", args=[vinay.pk]),
        "appointment_end": reverse("appointment_end", args=[appt.pk]),
        "activities": reverse("activities"),
        "activity_create": reverse("activity_create"),
        "activity": reverse("activity", args=[seed_activity.pk]),
        "activity_edit": reverse("activity_edit", args=[seed_activity.pk]),
        "activity_delete": reverse("activity_delete", args=[seed_activity.pk]),
        "audit": reverse("audit"),
    }


ALL_PAGES = ["home", "unit", "unit_create", "unit_edit", "unit_move", "unit_import", "people", "people_lookup",
             "person_create", "person", "person_edit", "person_appoint", "appointment_end", "activities",
             "activity_create", "activity", "activity_edit", "activity_delete", "audit"]


@pytest.mark.parametrize("page", ALL_PAGES)
def test_an_anonymous_visitor_is_sent_to_the_login_page(client, durg, vinay, seed_activity, page):
    url = _urls(durg, vinay, seed_activity)[page]
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


@pytest.mark.parametrize("page", ALL_PAGES)
def test_the_superuser_can_open_every_page(client_for, admin, durg, vinay, seed_activity, page):
    response = client_for(admin).get(_urls(durg, vinay, seed_activity)[page])
    assert response.status_code == 200


@pytest.mark.parametrize("page", ["unit", "unit_create", "unit_edit", "unit_move", "unit_import", "person",
                                  "person_edit", "person_appoint", "appointment_end"])
def test_an_outsider_gets_404_for_durg_pages(client_for, outsider, durg, vinay, seed_activity, page):
    assert client_for(outsider).get(_urls(durg, vinay, seed_activity)[page]).status_code == 404


@pytest.mark.parametrize("page", ["activity", "activity_edit", "activity_delete"])
def test_the_balod_reporter_gets_404_for_a_durg_activity(client_for, balod_reporter, durg, vinay, seed_activity, page):
    assert client_for(balod_reporter).get(_urls(durg, vinay, seed_activity)[page]).status_code == 404


@pytest.mark.parametrize("page", ["unit", "person", "activity"])
def test_a_user_without_grants_sees_no_object(client_for, nobody, durg, vinay, seed_activity, page):
    assert client_for(nobody).get(_urls(durg, vinay, seed_activity)[page]).status_code == 404


@pytest.mark.parametrize("page", ["unit_create", "unit_edit", "unit_move", "unit_import", "person_create",
                                  "person_edit", "person_appoint", "appointment_end", "activity_create",
                                  "activity_edit", "activity_delete", "audit"])
def test_a_viewer_cannot_reach_forms_that_change_things(client_for, state_viewer, durg, vinay, seed_activity, page):
    response = client_for(state_viewer).get(_urls(durg, vinay, seed_activity)[page])
    assert response.status_code in (403, 404)


@pytest.mark.parametrize("page", ["unit_edit", "person_edit", "activity_edit"])
def test_a_viewer_cannot_post_to_forms_either(client_for, state_viewer, durg, vinay, seed_activity, page):
    response = client_for(state_viewer).post(_urls(durg, vinay, seed_activity)[page], {"name_hi": "x"})
    assert response.status_code in (403, 404)


def test_the_audit_log_is_for_admins_only(client_for, durg_manager, state_admin):
    assert client_for(durg_manager).get(reverse("audit")).status_code == 403
    assert client_for(state_admin).get(reverse("audit")).status_code == 200
