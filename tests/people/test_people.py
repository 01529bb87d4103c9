import datetime

import pytest
from django.core.exceptions import ValidationError
from django.http import Http404

from sangathan.core.masking import contact
from sangathan.people.actions import Appoint, CreatePerson, UpdateAppointment, UpdatePerson
from sangathan.people.models import Appointment, Person, PostType
from sangathan.people.search import search_people


@pytest.mark.parametrize("query", ["विनय महोबिया", "Vinay Mahobia", "vinay mahobiya"])
def test_search_finds_a_person_across_scripts_and_spellings(state_viewer, query):
    found = search_people(Person.objects.visible_to(state_viewer), query)
    assert found and found[0].name_hi == "विनय महोबिया"


def test_a_surname_alone_finds_everyone_with_it(state_viewer):
    assert "विनय महोबिया" in [p.name_hi for p in search_people(Person.objects.visible_to(state_viewer), "Mahobia")]


def test_search_never_returns_people_out_of_scope(outsider):
    assert search_people(Person.objects.visible_to(outsider), "Vinay Mahobia") == []


def _create(manager, home, *names):
    return [CreatePerson(manager, fields={"name_hi": n, "home_unit": home}).run() for n in names]


# names that sort before "विनय यादव" and match both of its words: the kind of crowd a common name has
CROWD = ["विनय अजय यादव", "विनय अमर यादव", "विनय अनिल यादव", "विनय अशोक यादव", "विनय अमित यादव",
         "विनय आनंद यादव", "विनय आशीष यादव", "विनय अरुण यादव", "विनय अंकित यादव", "विनय अभय यादव",
         "विनय आलोक यादव", "विनय अतुल यादव"]


def test_the_person_named_exactly_is_found_first_however_many_others_match_the_words(durg_manager, unit):
    """limit 2 fetches 10 candidates; twelve people match both words and sort before the one named so."""
    home = unit("दुर्ग शहर")
    _create(durg_manager, home, *CROWD)
    (exact,) = _create(durg_manager, home, "विनय यादव")
    scoped = Person.objects.visible_to(durg_manager)
    assert search_people(scoped, "Vinay Yadav", limit=2)[0] == exact
    assert search_people(scoped, "विनय यादव", limit=2)[0] == exact


def test_people_called_by_a_word_come_before_names_that_only_start_with_it(durg_manager, unit):
    """"Ram" finds everyone with the word राम in their name first, though 48 people sorting before
    "विनय राम" have a word that only starts with it (रामकुमार, रामेश्वर ...)."""
    home = unit("दुर्ग शहर")
    firsts = [n.split()[1] for n in CROWD]
    _create(durg_manager, home, *[f"{f} {w}" for f in firsts for w in ("रामकुमार", "रामेश्वर", "रामप्रसाद", "रामचरण")])
    (ram,) = _create(durg_manager, home, "विनय राम")
    scoped = Person.objects.visible_to(durg_manager)
    called_ram = {p for p in scoped if "राम" in p.name_hi.split()}
    assert ram in called_ram and len(called_ram) < 10
    assert set(search_people(scoped, "Ram", limit=len(called_ram))) == called_ram


def test_a_misspelt_name_is_still_found(state_viewer):
    found = search_people(Person.objects.visible_to(state_viewer), "Vinay Mahobis")
    assert found and found[0].name_hi == "विनय महोबिया"


def test_a_search_by_a_manager_stays_in_their_subtree_when_the_name_is_common(durg_manager, admin, unit):
    """Twelve namesakes outside the manager's district are never among their results."""
    _create(admin, unit("बालोद जिला"), *CROWD, "विनय यादव")
    _create(durg_manager, unit("दुर्ग शहर"), "विनय यादव")
    assert Person.objects.filter(name_hi__in=CROWD + ["विनय यादव"]).count() == 14
    found = search_people(Person.objects.visible_to(durg_manager), "Vinay Yadav", limit=50)
    durg = unit("दुर्ग जिला").path
    assert found and all(p.home_unit.path.startswith(durg) for p in found)
    everyone = {p.pk for p in search_people(Person.objects.visible_to(admin), "Vinay Yadav", limit=50)}
    assert {p.pk for p in Person.objects.filter(name_hi__in=CROWD + ["विनय यादव"])} <= everyone


def test_contacts_are_masked_below_manager(state_viewer, durg_manager):
    vinay = Person.objects.get(name_hi="विनय महोबिया")
    shown = contact(state_viewer, vinay)
    assert shown["masked"] and "98270" not in shown["phone"] and shown["phone"].endswith("01")
    assert shown["email"].startswith("v•••@")
    assert contact(durg_manager, vinay) == {"phone": vinay.phone, "email": vinay.email, "masked": False}


def test_a_new_person_gets_clean_names_and_a_search_key(durg_manager, unit):
    p = CreatePerson(durg_manager, fields={"name_hi": "श्री रमेश  यादव जी", "name_en": "Ramesh Yadav",
                                           "home_unit": unit("दुर्ग शहर")}).run()
    assert p.name_hi == "रमेश यादव"
    assert search_people(Person.objects.visible_to(durg_manager), "ramesh yadav")[0] == p


def test_a_manager_cannot_create_people_outside_their_subtree(durg_manager, unit):
    with pytest.raises(Http404):
        CreatePerson(durg_manager, fields={"name_hi": "क", "home_unit": unit("बालोद जिला")}).run()


def test_posts_keep_their_history(durg_manager, unit):
    vinay = Person.objects.get(name_hi="विनय महोबिया")
    old = vinay.appointments.get()
    UpdateAppointment(durg_manager, appointment=old, fields={"end": datetime.date(2024, 1, 31)}, version=old.version).run()
    Appoint(durg_manager, person=vinay, fields={"post": PostType.objects.get(key="convener"), "unit": unit("दुर्ग जिला"),
                                                "title": "दुर्ग जिला संयोजक", "start": datetime.date(2024, 2, 1)}).run()
    assert vinay.appointments.count() == 2
    assert [a.title for a in Appointment.objects.filter(person=vinay).current()] == ["दुर्ग जिला संयोजक"]


def test_only_in_charge_posts_point_at_a_unit(durg_manager, unit):
    vinay = Person.objects.get(name_hi="विनय महोबिया")
    with pytest.raises(ValidationError):
        Appoint(durg_manager, person=vinay, fields={"post": PostType.objects.get(key="convener"),
                                                    "unit": unit("दुर्ग जिला"), "charge_unit": unit("दुर्ग शहर")}).run()


def test_an_in_charge_points_at_the_unit_in_their_charge(db, unit):
    rakesh = Person.objects.get(name_hi="राकेश साहू").appointments.get()
    assert rakesh.post.is_incharge and rakesh.charge_unit == unit("दुर्ग संभाग")


def test_an_update_with_an_old_version_is_a_conflict(durg_manager):
    from sangathan.core.actions import Conflict

    vinay = Person.objects.get(name_hi="विनय महोबिया")
    UpdatePerson(durg_manager, person=vinay, fields={"phone": "1"}, version=1).run()
    with pytest.raises(Conflict):
        UpdatePerson(durg_manager, person=Person.objects.get(pk=vinay.pk), fields={"phone": "2"}, version=1).run()
    assert Person.objects.get(pk=vinay.pk).phone == "1"


def test_postgresql_has_the_trigram_index_search_relies_on_and_sqlite_does_without(db):
    from django.db import connection

    with connection.cursor() as cur:
        if connection.vendor == "postgresql":
            cur.execute("SELECT i.indisvalid, pg_get_indexdef(i.indexrelid) FROM pg_index i "
                        "JOIN pg_class c ON c.oid = i.indexrelid WHERE c.relname = 'person_name_key_trgm'")
            (valid, definition), = cur.fetchall()
            assert valid and "gin_trgm_ops" in definition and "' '::text || (name_key)::text" in definition
        else:
            indexes = connection.introspection.get_constraints(cur, "people_person")
            assert "person_name_key_trgm" not in indexes
