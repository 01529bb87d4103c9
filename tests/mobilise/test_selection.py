"""The tree selection: by level, wing, post and subtree it returns exactly the expected invitees,
and never a person outside the organiser's scope."""

from __future__ import annotations

import datetime

import pytest
from django.http import Http404

from sangathan.mobilise.actions import InviteByTree
from sangathan.mobilise.models import Invitation
from sangathan.mobilise.selection import Selection, invitees, preview
from sangathan.org.models import Level, Wing
from sangathan.people.actions import Appoint, CreatePerson
from sangathan.people.models import Person, PostType

pytestmark = pytest.mark.django_db

DURG_DIVISION_IT_CONVENERS = {
    "जितेंद्र सिंह राजपूत", "दीपक साहू", "अजय वर्मा", "मनोज चंद्राकर", "विकास शर्मा", "रमेश कुर्रे",
    "संतोष मंडावी", "नीरज गुप्ता"}
DURG_DIVISION_IT_CO_CONVENERS = {"विनय महोबिया", "गोविंदा सोनी", "लता निषाद", "सुरेश यादव", "रेखा ठाकुर",
                                 "पूजा देवांगन", "आशा सिन्हा"}


def names(user, sel) -> set[str]:
    ids = [pid for pid, _u, _l in invitees(user, sel)]
    return set(Person.objects.filter(pk__in=ids).values_list("name_hi", flat=True))


def level(key):
    return Level.objects.get(key=key)


def wing(key):
    return Wing.objects.get(key=key)


def post(key):
    return PostType.objects.get(key=key)


def test_conveners_and_co_conveners_of_the_it_cell_in_the_districts_of_durg_division(state_admin, unit):
    sel = Selection(root=unit("दुर्ग संभाग"), levels=[level("district")], wings=[wing("it-cell")],
                    posts=[post("convener"), post("co-convener")])
    assert names(state_admin, sel) == DURG_DIVISION_IT_CONVENERS | DURG_DIVISION_IT_CO_CONVENERS


def test_by_post_only_conveners(state_admin, unit):
    sel = Selection(root=unit("दुर्ग संभाग"), levels=[level("district")], wings=[wing("it-cell")], posts=[post("convener")])
    assert names(state_admin, sel) == DURG_DIVISION_IT_CONVENERS


def test_by_wing_the_main_organisation_of_durg_district(state_admin, unit):
    sel = Selection(root=unit("दुर्ग जिला"), wings=[wing("main")])
    assert names(state_admin, sel) == {"विजय बघेल", "जितेंद्र वर्मा"}


def test_by_level_the_division_itself_not_its_districts(state_admin, unit):
    sel = Selection(root=unit("दुर्ग संभाग"), levels=[level("division")])
    assert names(state_admin, sel) == {"प्रमोद सिंह"}


# Everyone holding a post in बालोद जिला in the demo: its office-bearers and its IT-cell conveners.
BALOD = {"टीकाराम कौशिक", "यामिनी ठाकुर", "भुनेश्वर पटेल", "छगनलाल रात्रे", "दीपक साहू", "लता निषाद"}


def test_by_subtree_everyone_of_one_district(state_admin, unit):
    assert names(state_admin, Selection(root=unit("बालोद जिला"))) == BALOD


def test_all_office_bearers_of_a_mandal(admin, state_admin, unit):
    mandal = unit("उतई मंडल")
    for name, key in (("मंडल अध्यक्ष परीक्षा", "president"), ("मंडल महामंत्री परीक्षा", "general-secretary")):
        p = CreatePerson(admin, source="cli", fields={"name_hi": name, "home_unit": mandal}).run()
        Appoint(admin, source="cli", person=p, fields={"post": post(key), "unit": mandal, "wing": wing("main")}).run()
    ended = CreatePerson(admin, source="cli", fields={"name_hi": "पूर्व अध्यक्ष परीक्षा", "home_unit": mandal}).run()
    Appoint(admin, source="cli", person=ended, fields={
        "post": post("president"), "unit": mandal, "wing": wing("main"),
        "start": datetime.date(2020, 1, 1), "end": datetime.date(2021, 1, 1)}).run()
    sel = Selection(root=mandal, levels=[mandal.level])
    assert names(state_admin, sel) == {"मंडल अध्यक्ष परीक्षा", "मंडल महामंत्री परीक्षा"}  # not the past president


def test_named_people_join_the_tree_selection_once(state_admin, unit):
    mahobia = Person.objects.get(name_hi="विनय महोबिया")
    modi = Person.objects.get(name_hi="नरेंद्र मोदी")
    sel = Selection(root=unit("बालोद जिला"), people=[mahobia, modi])
    assert names(state_admin, sel) == BALOD | {"विनय महोबिया"}  # मोदी (भारत) is outside the state


def test_one_invitation_per_person_with_their_highest_post(state_admin, unit):
    sel = Selection(root=unit("छत्तीसगढ़"), wings=[wing("it-cell")])
    rows = invitees(state_admin, sel)
    assert len(rows) == len({r[0] for r in rows})
    singh = Person.objects.get(name_hi="प्रमोद सिंह")
    # प्रभारी of दुर्ग संभाग (rank 30) outranks सह प्रभारी of the state (rank 32)
    assert [r for r in rows if r[0] == singh.pk][0][1] == unit("दुर्ग संभाग").pk


@pytest.mark.parametrize("persona", ["durg_manager", "balod_reporter", "outsider", "nobody", "state_viewer"])
@pytest.mark.parametrize("root", ["छत्तीसगढ़", "दुर्ग संभाग", "दुर्ग जिला", "बालोद जिला"])
def test_never_an_out_of_scope_person(request, persona, root, unit):
    user = request.getfixturevalue(persona)
    sel = Selection(root=unit(root), people=list(Person.objects.all()))
    got = {pid for pid, _u, _l in invitees(user, sel)}
    visible = set(Person.objects.visible_to(user, "view").values_list("pk", flat=True))
    assert got <= visible
    p = preview(user, sel)
    assert p["total"] == len(got)
    assert {r["person"].pk for r in p["listed"]} == got


def test_a_district_manager_sees_only_their_district_in_a_division_wide_selection(durg_manager, unit):
    sel = Selection(root=unit("दुर्ग संभाग"), levels=[level("district")], wings=[wing("it-cell")])
    assert names(durg_manager, sel) == {"जितेंद्र सिंह राजपूत", "विनय महोबिया", "गोविंदा सोनी"}


def test_inviting_from_a_unit_out_of_scope_is_a_404(durg_manager, unit, future_activity):
    act = future_activity(unit_name="दुर्ग जिला")
    with pytest.raises(Http404):
        InviteByTree(durg_manager, activity=act, selection=Selection(root=unit("बालोद जिला"))).run()
    assert not Invitation.objects.filter(activity=act).exists()


def test_invite_saves_each_invitee_with_the_post_they_were_invited_as(state_admin, unit, future_activity):
    act = future_activity()
    sel = Selection(root=unit("दुर्ग संभाग"), levels=[level("district")], wings=[wing("it-cell")], posts=[post("convener")])
    r = InviteByTree(state_admin, activity=act, selection=sel).run()
    assert r["invited"] == 8
    saved = {i.person.name_hi: i.post_label for i in Invitation.objects.filter(activity=act).select_related("person")}
    assert saved["दीपक साहू"] == "बालोद जिला आईटी सेल संयोजक"
    again = InviteByTree(state_admin, activity=act, selection=sel).run()
    assert again["invited"] == 0 and again["already"] == 8


def test_preview_counts_contacts_and_those_to_be_told_by_hand(state_admin, unit):
    sel = Selection(root=unit("दुर्ग संभाग"), levels=[level("district")], wings=[wing("it-cell")],
                    posts=[post("convener"), post("co-convener")])
    p = preview(state_admin, sel)
    assert p["total"] == 15
    assert p["email"] + p["phone_only"] + p["by_hand"] == 15
    assert {r["person"].name_hi for r in p["listed"] if r["by_hand"]} >= {"गोविंदा सोनी", "सुरेश यादव", "पूजा देवांगन"}
    assert [lv["people"] for lv in p["by_level"]] == [15]


def test_a_past_activity_cannot_be_invited_to(state_admin, unit, future_activity):
    from django.core.exceptions import ValidationError
    from django.utils import timezone

    from sangathan.activities.actions import UpdateActivity

    act = future_activity()
    UpdateActivity(state_admin, activity=act, fields={"starts_at": timezone.now() - datetime.timedelta(hours=1)}).run()
    with pytest.raises(ValidationError) as e:
        InviteByTree(state_admin, activity=act, selection=Selection(root=unit("बालोद जिला"))).run()
    assert "activity" in e.value.message_dict


def test_a_list_over_the_limit_is_previewed_with_counts_only(state_admin, unit, monkeypatch, client_for, division_meeting):
    from sangathan.mobilise import selection

    monkeypatch.setattr(selection, "LIST_LIMIT", 5)
    p = preview(state_admin, Selection(root=unit("दुर्ग संभाग"), wings=[wing("it-cell")]))
    assert p["counts_only"] and p["listed"] == [] and p["total"] > 5
    r = client_for(state_admin).get(f"/mobilise/activities/{division_meeting.pk}/",
                                    {"root": unit("दुर्ग संभाग").pk, "wings": wing("it-cell").pk, "preview": "1"})
    html = r.content.decode()
    assert "data-preview" in html and "data-preview-list" not in html and "data-invite" in html
