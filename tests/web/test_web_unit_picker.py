"""The unit picker: a scoped lookup (name in either script, alias, code) instead of a select of
every unit, and a field that takes a picked id, a typed code or an exact name."""

from __future__ import annotations

import pytest
from django.urls import reverse

from sangathan.org.actions import CreateUnit
from sangathan.org.models import Level, Unit
from sangathan.people.models import Person


def _lookup(client, q: str, **params) -> str:
    return client.get(reverse("unit_lookup"), {"q": q, **params}).content.decode()


@pytest.fixture
def namesake(admin, unit):
    """A second बूथ क्रमांक 1, under another shakti kendra."""
    parent = unit("पाटन मंडल शक्ति केंद्र 1")
    return CreateUnit(admin, parent=parent, level=Level.objects.get(key="booth"), name_hi="बूथ क्रमांक 1",
                      name_en="Booth 1", code="").run()


def test_the_lookup_finds_units_across_scripts_by_alias_and_by_code(client_for, state_viewer):
    c = client_for(state_viewer)
    assert "दुर्ग जिला" in _lookup(c, "durg")
    assert "दुर्ग जिला" in _lookup(c, "दुर्ग")
    assert "कबीरधाम जिला" in _lookup(c, "कवर्धा") or "कबीरधाम जिला" in _lookup(c, "kabirdham")
    assert "सरगुजा जिला" in _lookup(c, "Surguja")  # an alias
    by_code = _lookup(c, "63-4")
    assert "बूथ क्रमांक 4" in by_code and "उतई मंडल शक्ति केंद्र 2" in by_code


def test_the_lookup_is_scoped_an_outsider_gets_nothing_from_durg(client_for, outsider, durg):
    c = client_for(outsider)
    for q in ("दुर्ग", "durg", "उतई", "63-4", "बूथ क्रमांक 1"):
        html = _lookup(c, q)
        assert "data-pick-unit" not in html, q
        assert "दुर्ग" not in html and "उतई" not in html
    assert "data-pick-unit" in _lookup(c, "बस्तर")  # their own units are found


def test_the_lookup_offers_only_units_the_action_allows(client_for, balod_reporter, durg_manager):
    assert "बालोद जिला" in _lookup(client_for(balod_reporter), "बालोद", action="report")
    assert "data-pick-unit" not in _lookup(client_for(balod_reporter), "बालोद", action="manage")
    assert "data-pick-unit" not in _lookup(client_for(durg_manager), "बालोद", action="view")


def test_namesakes_show_their_level_and_parent(client_for, admin, namesake):
    html = _lookup(client_for(admin), "बूथ क्रमांक 1")
    items = [li for li in html.split("<li>")[1:] if ">बूथ क्रमांक 1 " in li or ">बूथ क्रमांक 1<" in li]
    assert len(items) == 2
    parents = sorted(next(p for p in ("उतई मंडल शक्ति केंद्र 1", "पाटन मंडल शक्ति केंद्र 1") if p in li)
                     for li in items)
    assert parents == ["उतई मंडल शक्ति केंद्र 1", "पाटन मंडल शक्ति केंद्र 1"]
    assert all("बूथ" in li.split('class="muted"')[1] for li in items)  # the level
    assert "बूथ क्रमांक 10" not in html  # a number is a whole word


def test_the_lookup_for_a_move_offers_only_managed_units_above_outside_the_subtree(client_for, durg_manager, unit):
    ac = unit("दुर्ग ग्रामीण")
    c = client_for(durg_manager)
    assert "दुर्ग जिला" in _lookup(c, "दुर्ग", action="manage", move=ac.pk)
    for q in ("बालोद", "उतई", "दुर्ग शहर"):
        assert "data-pick-unit" not in _lookup(c, q, action="manage", move=ac.pk), q
    assert "data-pick-unit" not in _lookup(c, "दुर्ग", action="manage", move=unit("बालोद जिला").pk)
    assert "data-pick-unit" not in _lookup(c, "दुर्ग", action="manage", move="x")


def test_the_person_form_has_a_picker_not_a_select_of_units(client_for, durg_manager, durg):
    html = client_for(durg_manager).get(reverse("person_create"), {"unit": durg.pk}).content.decode()
    assert "<select" not in html.split('name="home_unit"')[0].rsplit("<div", 1)[-1]
    assert f'name="home_unit" value="{durg.pk}"' in html and 'name="home_unit_q"' in html
    assert 'value="दुर्ग जिला"' in html and "data-lookup" in html and "बूथ क्रमांक" not in html


@pytest.mark.parametrize("bad", ["balod", "9999999", "abc", "1;drop"])
def test_a_post_with_an_out_of_scope_or_bogus_unit_id_is_a_form_error(client_for, durg_manager, unit, bad):
    value = str(unit("बालोद जिला").pk) if bad == "balod" else bad
    response = client_for(durg_manager).post(reverse("person_create"), {"name_hi": "बाहरी", "home_unit": value})
    assert response.status_code == 200
    errors = response.context["form"].errors.as_data()["home_unit"]
    assert [e.code for e in errors] == ["invalid_choice"]
    assert not Person.objects.filter(name_hi="बाहरी").exists()


def test_the_out_of_scope_error_reads_no_such_unit_in_your_scope(client_for, durg_manager, unit):
    c = client_for(durg_manager)
    c.cookies["django_language"] = "en"
    response = c.post(reverse("person_create"), {"name_hi": "बाहरी", "home_unit": unit("बालोद जिला").pk},
                      HTTP_ACCEPT_LANGUAGE="en")
    assert "No such unit in your scope." in response.content.decode()


def test_a_typed_code_resolves_without_javascript(client_for, durg_manager, unit):
    response = client_for(durg_manager).post(reverse("person_create"), {
        "name_hi": "कोड से जुड़े", "home_unit": "", "home_unit_q": "63-4"})
    person = Person.objects.get(name_hi="कोड से जुड़े")
    assert response.status_code == 302 and person.home_unit == Unit.objects.get(code="63-4")


def test_a_typed_exact_name_resolves_and_typing_over_a_picked_unit_wins(client_for, durg_manager, vinay, durg):
    c = client_for(durg_manager)
    c.post(reverse("person_create"), {"name_hi": "नाम से जुड़े", "home_unit_q": "उतई मंडल"})
    assert Person.objects.get(name_hi="नाम से जुड़े").home_unit.name_hi == "उतई मंडल"
    # The edit form carries the old id; without JS the typed text still changes it.
    c.post(reverse("person_edit", args=[vinay.pk]), {"name_hi": vinay.name_hi, "email": vinay.email,
                                                     "home_unit": durg.pk, "home_unit_q": "Utai Mandal",
                                                     "version": vinay.version})
    vinay.refresh_from_db()
    assert vinay.home_unit.name_hi == "उतई मंडल"


def test_an_ambiguous_name_shows_the_candidates_and_one_can_be_picked(client_for, admin, namesake):
    c = client_for(admin)
    response = c.post(reverse("person_create"), {"name_hi": "दो बूथों वाला", "home_unit_q": "बूथ क्रमांक 1"})
    assert response.status_code == 200 and not Person.objects.filter(name_hi="दो बूथों वाला").exists()
    assert [e.code for e in response.context["form"].errors.as_data()["home_unit"]] == ["ambiguous"]
    html = response.content.decode()
    assert html.count('name="home_unit_pick"') == 2 and "पाटन मंडल शक्ति केंद्र 1" in html
    response = c.post(reverse("person_create"), {"name_hi": "दो बूथों वाला", "home_unit_q": "बूथ क्रमांक 1",
                                                 "home_unit_pick": namesake.pk})
    assert response.status_code == 302
    assert Person.objects.get(name_hi="दो बूथों वाला").home_unit == namesake


def test_a_name_matching_nothing_in_scope_is_a_form_error(client_for, durg_manager):
    response = client_for(durg_manager).post(reverse("person_create"), {"name_hi": "x", "home_unit_q": "बालोद जिला"})
    assert [e.code for e in response.context["form"].errors.as_data()["home_unit"]] == ["no_match"]


def test_a_booth_can_be_chosen_where_the_select_stopped_at_constituencies(client_for, state_viewer, unit):
    booth = Unit.objects.get(code="63-4")
    response = client_for(state_viewer).get(reverse("activities"), {"unit": booth.pk})
    assert response.status_code == 200 and not response.context["form"].errors
    response = client_for(state_viewer).get(reverse("activities"), {"unit_q": "63-4"})
    assert response.context["form"].cleaned_data["unit"] == booth
