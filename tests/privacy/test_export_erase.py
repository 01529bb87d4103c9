"""Own-data export (everything held, audited) and erasure (names and contacts gone, counts kept,
the audit chain verifiable with tombstones where the data was)."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.management import call_command
from django.http import Http404
from django.urls import reverse

from sangathan.accounts.actions import CreateUser
from sangathan.activities.models import Participation
from sangathan.core import audit
from sangathan.core.models import AuditEvent
from sangathan.people.actions import UpdatePerson
from sangathan.people.models import Person
from sangathan.press.actions import PublishNote, SubmitComment
from sangathan.press.models import Comment
from sangathan.privacy.actions import ERASED_HI, ErasePerson, ExportPersonData, RecordConsent


@pytest.fixture
def vinay(db):
    return Person.objects.select_related("home_unit").get(name_hi="विनय महोबिया")


@pytest.fixture
def vinay_user(admin, vinay):
    return CreateUser(admin, source="cli", username="vinay", password="x-pass-12345", person=vinay,
                      email="vinay@example.org").run()


@pytest.fixture
def history(durg_manager, vinay):
    """Vinay's details edited (the audit holds them), consent given, and a comment under his e-mail."""
    UpdatePerson(durg_manager, person=vinay, expected_version=vinay.version,
                 fields={"phone": "+91 98271 00001", "email": "vinay@example.org"}).run()
    RecordConsent(durg_manager, person=vinay, consent_source="form", on="2026-01-01").run()
    from sangathan.activities.models import Activity

    note = PublishNote(durg_manager, activity=Activity.objects.get(kind="virtual_meeting"), headline="बैठक",
                       body="दुर्ग।\nबैठक हुई।").run()
    SubmitComment(None, note=note, name="विनय महोबिया", email="Vinay@example.org", body="अच्छी बैठक",
                  ip_hash="h1").run()
    vinay.refresh_from_db()
    return vinay


def test_the_export_holds_everything_about_the_person(vinay_user, history):
    data = ExportPersonData(vinay_user, person=history).run()
    assert data["person"]["name_hi"] == "विनय महोबिया" and data["person"]["phone"] == "+91 98271 00001"
    attended = Participation.objects.filter(person=history).count()
    assert len(data["attendance"]) == attended >= 2
    assert data["attendance"][0]["activity"]["title"]
    assert len(data["posts"]) == history.appointments.count() >= 1
    assert data["consents"][0]["source"] == "form"
    assert data["comments"][0]["body"] == "अच्छी बैठक"
    assert any(e["action"] == "person.update" for e in data["audit"])
    json.dumps(data, ensure_ascii=False)  # JSON as it is
    e = AuditEvent.objects.filter(action="privacy.export").last()
    assert e.object_id == str(history.pk) and e.after["counts"]["attendance"] == attended
    assert "विनय" not in json.dumps(e.after, ensure_ascii=False)  # the audit records the export, not the data
    assert e.after["own"] is True


def test_a_manager_exports_only_what_their_scope_covers(durg_manager, history):
    data = ExportPersonData(durg_manager, person=history).run()
    assert data["person"]["phone"] == "+91 98271 00001"
    visible = Participation.objects.visible_to(durg_manager).filter(person=history).count()
    assert len(data["attendance"]) == visible < Participation.objects.filter(person=history).count()


def test_only_the_person_or_a_manager_of_their_unit_may_export(vinay, outsider, state_viewer, balod_reporter):
    with pytest.raises(Http404):
        ExportPersonData(outsider, person=vinay).run()
    with pytest.raises(PermissionDenied):
        ExportPersonData(state_viewer, person=vinay).run()


def test_a_person_downloads_their_own_data_on_the_web(client_for, vinay_user, vinay, outsider):
    r = client_for(vinay_user).get(reverse("privacy_export_mine"))
    assert r.status_code == 200 and r["Content-Type"].startswith("application/json")
    assert r["Cache-Control"] == "no-store" and json.loads(r.content)["account"]["username"] == "vinay"
    r = client_for(outsider).get(reverse("privacy_export", args=[vinay.pk]))
    assert r.status_code == 404


def test_erasure_removes_names_and_contacts_keeps_counts_and_the_chain(admin, history, vinay_user):
    pk = history.pk
    seats, parts = history.committee_seats.count(), Participation.objects.filter(person=history).count()
    people = Person.objects.count()
    ErasePerson(admin, person=history, reason="on request").run()
    p = Person.objects.get(pk=pk)
    assert (p.name_hi, p.phone, p.email, p.name_key) == (ERASED_HI, "", "", "")
    assert Person.objects.count() == people and p.committee_seats.count() == seats
    assert Participation.objects.filter(person=p).count() == parts
    c = Comment.objects.get(body="अच्छी बैठक")
    assert (c.name, c.email) == ("", "")
    u = get_user_model().objects.get(pk=vinay_user.pk)
    assert not u.is_active and u.email == "" and not u.has_usable_password()
    # the audit keeps a tombstone, not the data
    held = json.dumps(list(AuditEvent.objects.values("before", "after")), ensure_ascii=False)
    for secret in ("विनय महोबिया", "98271 00001", "vinay@example.org", "Vinay Mahobia"):
        assert secret not in held
    eraser = AuditEvent.objects.get(action="privacy.erase")
    tombs = AuditEvent.objects.filter(erased_by=eraser.pk)
    assert tombs.count() == len(eraser.after["tombstoned"]) >= 3
    person_events = tombs.filter(model="people.person", object_id=str(pk))
    assert person_events.exists() and all(t.before == t.after == {"tombstone": True} for t in person_events)
    assert eraser.after["redacted_events"] >= 1  # events that only mention him keep the rest of their data
    from sangathan.activities.models import Activity

    seed = Activity.objects.get(title="आईटी सेल की दुर्ग संभाग स्तरीय बैठक")
    assert "विनय महोबिया" not in seed.source_text + seed.description and ERASED_HI in seed.source_text
    result = audit.verify()
    assert result.ok, result.reason


def test_a_forged_tombstone_is_tampering(admin, history):
    ErasePerson(admin, person=history).run()
    eraser = AuditEvent.objects.get(action="privacy.erase")
    victim = AuditEvent.objects.filter(action="unit.create").order_by("id")[3]
    AuditEvent.objects.filter(pk=victim.pk).update(before={"tombstone": True}, after={"tombstone": True},
                                                   erased_by=eraser.pk)
    result = audit.verify()
    assert not result.ok and result.first_bad_id == victim.pk


def test_a_tombstoned_event_still_guards_its_header(admin, history):
    ErasePerson(admin, person=history).run()
    tomb = AuditEvent.objects.filter(erased_by__isnull=False).first()
    AuditEvent.objects.filter(pk=tomb.pk).update(actor_label="someone else")
    result = audit.verify()
    assert not result.ok and result.first_bad_id == tomb.pk


def test_the_erasure_list_cannot_be_extended(admin, history):
    ErasePerson(admin, person=history).run()
    eraser = AuditEvent.objects.get(action="privacy.erase")
    AuditEvent.objects.filter(pk=eraser.pk).update(after={**eraser.after, "tombstoned": [*eraser.after["tombstoned"], 1]})
    assert not audit.verify().ok


def test_only_an_admin_of_the_unit_may_erase_and_only_once(durg_manager, admin, vinay):
    with pytest.raises(PermissionDenied):
        ErasePerson(durg_manager, person=vinay).run()
    ErasePerson(admin, person=vinay).run()
    vinay.refresh_from_db()
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        ErasePerson(admin, person=vinay).run()
    assert AuditEvent.objects.filter(action="privacy.erase").count() == 1


def test_erasure_from_the_web_and_the_command(client_for, admin, vinay):
    c = client_for(admin)
    r = c.post(reverse("privacy_erase", args=[vinay.pk]), {"reason": "on request"})  # not confirmed
    assert r.status_code == 200 and Person.objects.get(pk=vinay.pk).name_hi == "विनय महोबिया"
    r = c.post(reverse("privacy_erase", args=[vinay.pk]), {"reason": "on request", "confirm": "on"})
    assert r.status_code == 302 and Person.objects.get(pk=vinay.pk).name_hi == ERASED_HI
    assert "privacy.erase" in c.get(reverse("privacy")).content.decode()
    other = Person.objects.get(name_hi="सुनील पिल्लई")
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="--yes"):
        call_command("privacy", "erase", str(other.pk))
    call_command("privacy", "erase", str(other.pk), "--yes")
    assert Person.objects.get(pk=other.pk).phone == ""
    call_command("audit", "verify")
