"""Activities: the list with filters, the activity page, and the nested create/edit/delete forms."""

from __future__ import annotations

import pytest
from django.urls import reverse
from django.utils import translation

from sangathan.activities.models import Activity
from sangathan.core.models import AuditEvent
from sangathan.people.models import Person


def _management(prefix: str, total: int, initial: int = 0) -> dict:
    return {f"{prefix}-TOTAL_FORMS": str(total), f"{prefix}-INITIAL_FORMS": str(initial),
            f"{prefix}-MIN_NUM_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}


def _form(unit, **extra) -> dict:
    data = {"kind": "meeting", "title": "मंडल बैठक", "unit": unit.pk, "mode": "in_person", "venue": "जिला कार्यालय",
            "starts_at": "2024-03-10T11:00"}
    data |= _management("p", 0) | _management("s", 0) | _management("a", 0)
    data |= extra
    return data


def test_the_activity_page_shows_the_chief_guest_under_his_role(client_for, state_viewer, seed_activity):
    html = client_for(state_viewer).get(reverse("activity", args=[seed_activity.pk])).content.decode()
    chief = html.split('data-role="chief_guest"')[1].split("</section>")[0]
    assert "मुख्य अतिथि" in chief and "विजय बघेल" in chief and "लोकसभा सांसद" in chief
    assert "मुख्य वक्ता" in html and "सुनील पिल्लई" in html and "मंच संचालन" in html
    assert "दुर्ग जिला भाजपा कार्यालय" in html and "भिलाई" in html and "Poornima" in html
    assert "बैठक" in html and "आईटी सेल" in html and "संभाग स्तरीय" in html
    assert "आईटी सेल की भूमिका हर कोई नहीं समझता था" in html  # a speech
    assert "बेमेतरा जिला" in html  # an attending unit


def test_a_virtual_meeting_shows_its_join_link(client_for, durg_manager, durg_meeting):
    html = client_for(durg_manager).get(reverse("activity", args=[durg_meeting.pk])).content.decode()
    assert "https://meet.example.org/durg-it-cell" in html and "वर्चुअल" in html


def test_the_list_is_scoped_and_filters_by_kind_unit_and_date(client_for, state_viewer, durg_manager, unit):
    c = client_for(durg_manager)
    html = c.get(reverse("activities")).content.decode()
    assert "बूथ सशक्तिकरण पर आईटी सेल" in html
    assert "बालोद जिला आईटी सेल प्रशिक्षण" not in html and "संभाग स्तरीय बैठक" not in html
    c = client_for(state_viewer)
    assert "प्रशिक्षण कार्यशाला" not in c.get(reverse("activities"), {"kind": "meeting"}).content.decode()
    by_unit = c.get(reverse("activities"), {"unit": unit("बालोद जिला").pk}).content.decode()
    assert "प्रशिक्षण कार्यशाला" in by_unit and "बूथ सशक्तिकरण पर आईटी सेल" not in by_unit
    assert "प्रशिक्षण कार्यशाला" not in c.get(reverse("activities"), {"date_from": "2099-01-01"}).content.decode()


def test_the_unit_filter_lists_only_units_in_scope(client_for, durg_manager, unit):
    response = client_for(durg_manager).get(reverse("activities"), {"unit": unit("बालोद जिला").pk})
    assert "unit" in response.context["form"].errors


def test_a_reporter_records_an_activity_with_existing_and_new_people(client_for, durg_manager, durg, vinay):
    data = _form(durg, **_management("p", 2), **{
        "p-0-person": vinay.pk, "p-0-name": "विनय महोबिया", "p-0-roles": ["chief_guest", "speaker"],
        "p-0-posts": "जिला सह संयोजक; आईटी सेल",
        "p-1-name": "श्री नया कार्यकर्ता", "p-1-roles": ["moderator"]},
        **_management("s", 2), **{"s-0-person": vinay.pk, "s-0-name": "विनय महोबिया", "s-0-text": "बूथ मजबूत करें",
                                  "s-1-name": "नया कार्यकर्ता", "s-1-text": "धन्यवाद"},
        **_management("a", 1), **{"a-0-unit": durg.pk, "a-0-note": "पदाधिकारी"})
    response = client_for(durg_manager).post(reverse("activity_create"), data)
    activity = Activity.objects.get(title="मंडल बैठक")
    assert response.status_code == 302 and response["Location"] == reverse("activity", args=[activity.pk])
    parts = {p.person.name_hi: p for p in activity.participations.select_related("person")}
    assert parts["विनय महोबिया"].roles == ["chief_guest", "speaker"]
    assert parts["विनय महोबिया"].posts == ["जिला सह संयोजक", "आईटी सेल"]
    assert parts["नया कार्यकर्ता"].person.home_unit == durg
    assert [(s.person.name_hi, s.text) for s in activity.speeches.all()] == [
        ("विनय महोबिया", "बूथ मजबूत करें"), ("नया कार्यकर्ता", "धन्यवाद")]
    assert [a.unit for a in activity.attendance.all()] == [durg]
    events = AuditEvent.objects.filter(action__startswith="activity.", model="activities.activity",
                                       object_id=str(activity.pk))
    assert events.filter(verb="create").exists()
    assert len(set(AuditEvent.objects.filter(object_id=str(activity.pk), model="activities.activity")
                   .values_list("action_id", flat=True))) == 1  # one user action, one action id


def test_a_person_out_of_scope_cannot_be_picked(client_for, durg_manager, durg, unit):
    pillai = Person.objects.get(name_hi="सुनील पिल्लई")  # home unit छत्तीसगढ़, outside दुर्ग जिला
    data = _form(durg, **_management("p", 1), **{"p-0-person": pillai.pk, "p-0-name": "x", "p-0-roles": ["speaker"]})
    response = client_for(durg_manager).post(reverse("activity_create"), data)
    assert response.status_code == 200
    assert "आपके दायरे में ऐसा कोई व्यक्ति नहीं है" in response.content.decode()
    assert not Activity.objects.filter(title="मंडल बैठक").exists()


def test_the_organising_unit_must_be_one_the_user_reports_for(client_for, balod_reporter, durg):
    response = client_for(balod_reporter).post(reverse("activity_create"), _form(durg))
    assert "unit" in response.context["form"].errors
    assert not Activity.objects.filter(title="मंडल बैठक").exists()


def test_a_speaker_must_be_a_participant_or_a_picked_person(client_for, durg_manager, durg):
    data = _form(durg, **_management("s", 1), **{"s-0-name": "अनजान वक्ता", "s-0-text": "कुछ"})
    response = client_for(durg_manager).post(reverse("activity_create"), data)
    assert response.status_code == 200 and not Activity.objects.filter(title="मंडल बैठक").exists()
    assert "वक्ता को सुझावों में से चुनें" in response.content.decode()


def test_editing_an_activity_prefills_the_form_and_saves_through_the_action(client_for, durg_manager, durg_meeting):
    c = client_for(durg_manager)
    data = _edit_data(c, durg_meeting, title="बूथ सशक्तिकरण बैठक (संशोधित)")
    response = c.post(reverse("activity_edit", args=[durg_meeting.pk]), data)
    assert response.status_code == 302, response.context and response.context["form"].errors
    durg_meeting.refresh_from_db()
    assert durg_meeting.title == "बूथ सशक्तिकरण बैठक (संशोधित)"
    assert durg_meeting.participations.count() == 3 and durg_meeting.speeches.count() == 1
    assert AuditEvent.objects.filter(action="activity.update", object_id=str(durg_meeting.pk)).exists()


def test_a_stale_activity_edit_shows_a_conflict_and_keeps_the_newer_data(client_for, durg_manager, durg_meeting):
    c = client_for(durg_manager)
    stale = durg_meeting.version
    first = _form(durg_meeting.unit, title="पहला संस्करण", version=stale)
    assert c.post(reverse("activity_edit", args=[durg_meeting.pk]), first).status_code == 302
    second = _form(durg_meeting.unit, title="दूसरा संस्करण", version=stale)
    response = c.post(reverse("activity_edit", args=[durg_meeting.pk]), second)
    assert response.status_code == 200 and "किसी और ने यह रिकॉर्ड बदल दिया" in response.content.decode()
    durg_meeting.refresh_from_db()
    assert durg_meeting.title == "पहला संस्करण"


def test_deleting_asks_for_confirmation_then_deletes_through_the_action(client_for, durg_manager, durg_meeting):
    c = client_for(durg_manager)
    page = c.get(reverse("activity_delete", args=[durg_meeting.pk]))
    assert page.status_code == 200 and Activity.objects.filter(pk=durg_meeting.pk).exists()
    response = c.post(reverse("activity_delete", args=[durg_meeting.pk]))
    assert response["Location"] == reverse("activities")
    assert not Activity.objects.filter(pk=durg_meeting.pk).exists()
    assert AuditEvent.objects.filter(action="activity.delete", verb="delete", object_id=str(durg_meeting.pk)).exists()


def test_a_viewer_cannot_delete_an_activity(client_for, state_viewer, durg_meeting):
    assert client_for(state_viewer).post(reverse("activity_delete", args=[durg_meeting.pk])).status_code == 403
    assert Activity.objects.filter(pk=durg_meeting.pk).exists()


def _edit_data(client, activity, **changes) -> dict:
    """The edit form as the browser would send it back: every prefilled value, plus changes."""
    ctx = client.get(reverse("activity_edit", args=[activity.pk])).context
    data = {k: v for k, v in ctx["form"].initial.items() if v is not None}
    data["unit"], data["wing"] = activity.unit_id, activity.wing_id or ""
    data["starts_at"] = activity.starts_at.strftime("%Y-%m-%dT%H:%M") if activity.starts_at else ""
    for prefix, fs in (("p", ctx["pset"]), ("s", ctx["sset"]), ("a", ctx["aset"])):
        rows = fs.initial or []
        data |= _management(prefix, len(rows), len(rows))
        for i, row in enumerate(rows):
            data |= {f"{prefix}-{i}-{k}": v for k, v in row.items()}
    return data | changes


def test_an_editor_keeps_participants_outside_their_scope(client_for, state_admin, seed_activity):
    """नरेंद्र मोदी (home unit भारत) is outside a state admin's scope, but already on the meeting:
    editing the title keeps him and all 18 participants."""
    from sangathan.activities.export import record

    before = record(seed_activity)
    c = client_for(state_admin)
    response = c.post(reverse("activity_edit", args=[seed_activity.pk]),
                      _edit_data(c, seed_activity, title="बदला हुआ शीर्षक"))
    assert response.status_code == 302
    seed_activity.refresh_from_db()
    after = record(seed_activity)
    for key in ("people", "quotes", "attending_units"):  # nothing is lost by an edit round trip
        assert after[key] == before[key], key
    assert seed_activity.title == "बदला हुआ शीर्षक"
    assert seed_activity.participations.count() == 18
    assert seed_activity.participations.filter(person__name_hi="नरेंद्र मोदी", mentioned_only=True).exists()


def test_an_editor_cannot_add_someone_outside_their_scope(balod_reporter, balod_workshop):
    from django.core.exceptions import ValidationError

    from sangathan.activities.actions import UpdateActivity
    from sangathan.people.models import Person

    outsider = Person.objects.get(name_hi="विनय महोबिया")
    with translation.override("en"), pytest.raises(ValidationError, match="no such person in your scope"):
        UpdateActivity(balod_reporter, activity=balod_workshop,
                       participants=[{"person": outsider, "roles": ["attendee"]}]).run()


def test_a_very_long_list_says_more_than_instead_of_counting_everything(client_for, state_viewer, monkeypatch):
    from sangathan.web.views import activities as view
    from sangathan.web.views.base import CappedPaginator

    n = Activity.objects.visible_to(state_viewer).count()
    with translation.override("en"):
        html = client_for(state_viewer).get(reverse("activities"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f"{n} activities" in html and "More than" not in html
    capped = CappedPaginator(Activity.objects.visible_to(state_viewer), 30, cap=n - 1)
    assert capped.count == n and capped.capped  # counted one past the cap, no further
    assert CappedPaginator(Activity.objects.visible_to(state_viewer), 30, cap=n).capped is False
    monkeypatch.setattr(view, "LIST_COUNTED_UP_TO", n - 1)
    with translation.override("en"):
        html = client_for(state_viewer).get(reverse("activities"), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f"More than {n - 1} activities" in html
