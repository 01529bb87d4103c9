"""People: cross-script search, masking of contacts, and the person and appointment forms."""

from __future__ import annotations

import datetime

import pytest
from django.urls import reverse

from sangathan.core.models import AuditEvent
from sangathan.people.models import Appointment, Person, PostType
from sangathan.org.models import Wing


@pytest.mark.parametrize("query", ["विनय महोबिया", "Vinay Mahobia", "vinay mahobiya"])
def test_search_finds_the_same_person_in_either_script(client_for, durg_manager, vinay, query):
    response = client_for(durg_manager).get(reverse("people"), {"q": query})
    assert response.status_code == 200
    assert reverse("person", args=[vinay.pk]) in response.content.decode()


def test_search_only_finds_people_in_scope(client_for, outsider, vinay):
    html = client_for(outsider).get(reverse("people"), {"q": "Vinay Mahobia"}).content.decode()
    assert reverse("person", args=[vinay.pk]) not in html


def test_the_people_lookup_for_pickers_is_scoped_too(client_for, durg_manager, outsider, vinay):
    assert f'data-pick-person="{vinay.pk}"' in client_for(durg_manager).get(
        reverse("people_lookup"), {"q": "mahobiya"}).content.decode()
    assert f'data-pick-person="{vinay.pk}"' not in client_for(outsider).get(
        reverse("people_lookup"), {"q": "mahobiya"}).content.decode()


def test_a_viewer_sees_the_phone_masked(client_for, state_viewer, vinay):
    html = client_for(state_viewer).get(reverse("person", args=[vinay.pk])).content.decode()
    assert "98270 00001" not in html and "••••••••01" in html
    assert "vinay.mahobia@example.org" not in html and "v•••@example.org" in html


def test_the_manager_of_the_home_unit_sees_the_phone_in_full(client_for, durg_manager, vinay):
    html = client_for(durg_manager).get(reverse("person", args=[vinay.pk])).content.decode()
    assert "+91 98270 00001" in html and "vinay.mahobia@example.org" in html


def test_the_person_page_shows_names_posts_and_activities(client_for, durg_manager, vinay):
    html = client_for(durg_manager).get(reverse("person", args=[vinay.pk])).content.decode()
    assert "Vinay Mahobia" in html and "दुर्ग जिला सह संयोजक आईटी सेल" in html
    assert "बूथ सशक्तिकरण पर आईटी सेल की वर्चुअल बैठक" in html and "मंच संचालन" in html
    assert "आईटी सेल की दुर्ग संभाग स्तरीय बैठक" not in html  # the division meeting is out of his scope


def test_a_manager_creates_a_person_through_the_action(client_for, durg_manager, durg):
    response = client_for(durg_manager).post(reverse("person_create"), {
        "name_hi": "श्री रमेश पटेल", "name_en": "Ramesh Patel", "phone": "9000000000", "home_unit": durg.pk})
    person = Person.objects.get(name_en="Ramesh Patel")
    assert response["Location"] == reverse("person", args=[person.pk])
    assert person.name_hi == "रमेश पटेल"  # the honorific is not part of the name
    assert AuditEvent.objects.filter(action="person.create", object_id=str(person.pk)).exists()


def test_the_home_unit_list_holds_only_units_the_user_manages(client_for, durg_manager, unit):
    response = client_for(durg_manager).post(reverse("person_create"), {
        "name_hi": "बाहरी", "home_unit": unit("बालोद जिला").pk})
    assert "home_unit" in response.context["form"].errors
    assert not Person.objects.filter(name_hi="बाहरी").exists()


def test_a_manager_edits_a_person_and_the_change_is_audited(client_for, durg_manager, vinay, durg):
    response = client_for(durg_manager).post(reverse("person_edit", args=[vinay.pk]), {
        "name_hi": "विनय महोबिया", "name_en": "Vinay Mahobiya", "phone": "+91 98270 00002",
        "email": vinay.email, "home_unit": durg.pk, "version": vinay.version})
    assert response.status_code == 302
    vinay.refresh_from_db()
    assert vinay.phone == "+91 98270 00002"
    event = AuditEvent.objects.filter(action="person.update", object_id=str(vinay.pk)).latest("id")
    assert event.before["phone"] == "+91 98270 00001"


def test_a_stale_person_edit_is_refused_with_a_conflict_message(client_for, durg_manager, vinay, durg):
    c = client_for(durg_manager)
    form = {"name_hi": "विनय महोबिया", "email": vinay.email, "home_unit": durg.pk, "version": vinay.version}
    assert c.post(reverse("person_edit", args=[vinay.pk]), {**form, "phone": "111"}).status_code == 302
    response = c.post(reverse("person_edit", args=[vinay.pk]), {**form, "phone": "222"})
    assert "किसी और ने यह रिकॉर्ड बदल दिया" in response.content.decode()
    vinay.refresh_from_db()
    assert vinay.phone == "111"


def test_a_manager_appoints_a_person_to_a_post(client_for, durg_manager, vinay, durg):
    post, wing = PostType.objects.get(key="convener"), Wing.objects.get(key="yuva-morcha")
    response = client_for(durg_manager).post(reverse("person_appoint", args=[vinay.pk]), {
        "post": post.pk, "unit": durg.pk, "wing": wing.pk, "title": "युवा मोर्चा जिला संयोजक",
        "start": "2024-01-01"})
    assert response.status_code == 302
    appt = Appointment.objects.get(person=vinay, title="युवा मोर्चा जिला संयोजक")
    assert AuditEvent.objects.filter(action="appointment.create", object_id=str(appt.pk)).exists()


def test_an_in_charge_unit_on_a_plain_post_is_shown_as_a_form_error(client_for, durg_manager, vinay, durg):
    response = client_for(durg_manager).post(reverse("person_appoint", args=[vinay.pk]), {
        "post": PostType.objects.get(key="convener").pk, "unit": durg.pk, "charge_unit": durg.pk})
    assert "charge_unit" in response.context["form"].errors


def test_ending_a_term_keeps_the_post_as_history(client_for, durg_manager, vinay):
    appt = vinay.appointments.get()
    response = client_for(durg_manager).post(reverse("appointment_end", args=[appt.pk]), {
        "end": "2024-12-31", "version": appt.version})
    assert response["Location"] == reverse("person", args=[vinay.pk])
    appt.refresh_from_db()
    assert appt.end == datetime.date(2024, 12, 31)
    assert AuditEvent.objects.filter(action="appointment.update", object_id=str(appt.pk)).exists()
    html = client_for(durg_manager).get(reverse("person", args=[vinay.pk])).content.decode()
    assert 'class="past"' in html and "2024-12-31" in html
    durg_html = client_for(durg_manager).get(reverse("unit", args=[appt.unit_id])).content.decode()
    assert "विनय महोबिया" not in durg_html.split("</section>")[0]  # no longer a current office-bearer


def _listed(html: str) -> list[int]:
    import re

    return [int(pk) for pk in re.findall(r'<li><a href="/people/(\d+)/"', html)]


def test_the_list_without_a_query_is_by_name_and_a_very_long_one_by_unit_then_name(client_for, durg_manager,
                                                                              monkeypatch):
    from sangathan.web.views import people as view

    scoped = Person.objects.visible_to(durg_manager)
    n = scoped.count()
    html = client_for(durg_manager).get(reverse("people")).content.decode()
    by_name = list(scoped.order_by("name_hi", "pk").values_list("pk", flat=True)[:50])
    assert _listed(html) == by_name and 'id="people-capped"' not in html

    monkeypatch.setattr(view, "LIST_SORTED_UP_TO", n - 1)  # the same scope, now "too long to sort"
    html = client_for(durg_manager).get(reverse("people")).content.decode()
    assert _listed(html) == list(scoped.order_by("home_unit__path", "name_hi", "pk").values_list("pk", flat=True)[:50])
    assert 'id="people-capped"' in html and f"{n - 1}" in html
