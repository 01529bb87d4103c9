"""The privacy API: consent recorded and withdrawn, the person's export (the same document as the CLI
and the web download), erasure by an admin with a reason, confirmation and the version read, and the
log of privacy actions for admins. Scoped (out of scope: 404) and audited like the web and CLI."""

import json

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from sangathan.accounts.actions import CreateUser
from sangathan.accounts.models import ApiToken
from sangathan.core import audit
from sangathan.core.models import AuditEvent
from sangathan.mobilise import tokens
from sangathan.mobilise.actions import InviteByTree, LinkActor, QueueNotices, Respond
from sangathan.mobilise.models import Invitation
from sangathan.mobilise.selection import Selection
from sangathan.people.models import Person
from sangathan.privacy.actions import ERASED_HI, RecordConsent
from sangathan.privacy.models import Consent, current_consent


@pytest.fixture
def api_as():
    def make(user):
        return Client(headers={"Authorization": f"Bearer {ApiToken.issue(user)}"})

    return make


@pytest.fixture
def vinay(db):
    return Person.objects.select_related("home_unit").get(name_hi="विनय महोबिया")


def _post(c, url, body, **headers):
    return c.post(url, json.dumps(body), content_type="application/json", headers=headers)


def test_a_manager_records_and_withdraws_consent_through_the_api(api_as, durg_manager, vinay):
    c = api_as(durg_manager)
    url = f"/api/people/{vinay.pk}/consents"
    r = _post(c, url, {"source": "form", "on": "2026-01-05"})
    assert r.status_code == 201, r.content
    assert r.json()["given"] is True and r.json()["source"] == "form" and r.json()["on"] == "2026-01-05"
    r = _post(c, url, {"source": "verbal", "on": "2026-02-01", "given": False})
    assert r.status_code == 201 and current_consent(vinay).given is False
    history = c.get(url).json()
    assert [(h["on"], h["given"]) for h in history] == [("2026-02-01", False), ("2026-01-05", True)]
    events = AuditEvent.objects.filter(action="privacy.consent", source="api")
    assert events.count() == 2 and audit.verify().ok


@pytest.mark.parametrize("body, field", [({"source": "form", "on": "2099-01-01"}, "on"),
                                          ({"source": "telepathy"}, "source"),
                                          ({"on": "2026-01-01"}, "source")])
def test_bad_consent_is_a_422_and_writes_nothing(api_as, durg_manager, vinay, body, field):
    r = _post(api_as(durg_manager), f"/api/people/{vinay.pk}/consents", body)
    assert r.status_code == 422, r.content
    assert field in json.dumps(r.json())
    assert not Consent.objects.exists() and not AuditEvent.objects.filter(action="privacy.consent").exists()


def test_consent_needs_manage_in_scope_and_out_of_scope_is_a_404(api_as, state_viewer, outsider, balod_reporter, vinay):
    url = f"/api/people/{vinay.pk}/consents"
    assert _post(api_as(state_viewer), url, {"source": "form"}).status_code == 403
    assert api_as(state_viewer).get(url).status_code == 403
    for user in (outsider, balod_reporter):
        assert _post(api_as(user), url, {"source": "form"}).json() == {"detail": "not found"}
        assert api_as(user).get(url).status_code == 404
    assert not Consent.objects.exists()


def test_the_api_export_is_the_cli_and_web_export(api_as, client_for, durg_manager, vinay, capsys):
    RecordConsent(durg_manager, person=vinay, consent_source="form", on="2026-01-01").run()
    call_command("privacy", "export", str(vinay.pk), "--as", durg_manager.username)
    cli = json.loads(capsys.readouterr().out)
    api = api_as(durg_manager).get(f"/api/people/{vinay.pk}/export")
    assert api.status_code == 200
    api = api.json()
    web = json.loads(client_for(durg_manager).get(reverse("privacy_export", args=[vinay.pk])).content)
    # each export is audited on the person, so a later export lists the earlier one's event
    for later, earlier in ((api, cli), (web, api)):
        assert {k: v for k, v in later.items() if k != "audit"} == {k: v for k, v in earlier.items() if k != "audit"}
        extra = later["audit"][len(earlier["audit"]):]
        assert later["audit"][:len(earlier["audit"])] == earlier["audit"]
        assert [e["action"] for e in extra] == ["privacy.export"]
    assert api["format"] == "sangathan.person-export/1" and api["consents"][0]["source"] == "form"
    assert AuditEvent.objects.filter(action="privacy.export", source="api", object_id=str(vinay.pk)).count() == 1


def test_the_export_needs_the_person_or_their_manager(api_as, admin, state_viewer, outsider, vinay):
    url = f"/api/people/{vinay.pk}/export"
    assert api_as(state_viewer).get(url).status_code == 403
    assert api_as(outsider).get(url).status_code == 404
    # the person themself, with no grant at all, gets all of it, here and at /api/me/export
    user = CreateUser(admin, source="cli", username="vinay", password="x-pass-12345", person=vinay).run()
    mine = api_as(user).get(url)
    assert mine.status_code == 200 and mine.json()["person"]["id"] == vinay.pk
    me = api_as(user).get("/api/me/export")
    assert me.status_code == 200 and me.json()["person"]["name_hi"] == "विनय महोबिया"
    assert me.json()["account"]["username"] == "vinay"
    assert api_as(outsider).get("/api/me/export").status_code == 404  # no person record of their own


def test_the_export_lists_invitations_without_the_link_secret(api_as, state_admin, durg_manager, unit, vinay):
    import datetime

    from django.utils import timezone

    from sangathan.activities.actions import CreateActivity

    soon = timezone.now() + datetime.timedelta(days=3)
    act = CreateActivity(state_admin, source="cli", fields={"title": "बैठक", "unit": unit("दुर्ग जिला"),
                                                            "starts_at": soon}).run()
    Person.objects.filter(pk=vinay.pk).update(email="", phone="+91 98271 00001")  # told by SMS
    InviteByTree(state_admin, activity=act, selection=Selection(people=[vinay])).run()
    QueueNotices(state_admin, activity=act, base_url="https://org.example").run()
    inv = Invitation.objects.get(activity=act, person=vinay)
    Respond(LinkActor(inv), invitation=inv, rsvp="no", reason="गाँव में शादी").run()
    data = api_as(durg_manager).get(f"/api/people/{vinay.pk}/export").json()
    assert [(i["activity_title"], i["rsvp"], i["rsvp_reason"]) for i in data["invitations"]] == [
        ("बैठक", "no", "गाँव में शादी")]
    [sms] = data["invitations"][0]["sms"]
    assert sms["phone"] == "+91 98271 00001" and "https://org.example/mobilise/i/" in sms["text"]
    assert inv.nonce not in json.dumps(data["invitations"]) and tokens.make(inv) not in sms["text"]


def _erase(c, person, lang="hi", **body):
    return _post(c, f"/api/people/{person.pk}/erase", {"confirm": True, "reason": "on request",
                                                        "version": person.version, **body}, accept_language=lang)


def test_erasure_needs_an_admin_confirmation_and_the_current_version(api_as, durg_manager, state_admin, outsider,
                                                                     vinay):
    assert _erase(api_as(durg_manager), vinay).status_code == 403  # a manager may not erase
    assert _erase(api_as(outsider), vinay).json() == {"detail": "not found"}
    r = _erase(api_as(state_admin), vinay, confirm=False)
    assert r.status_code == 422 and "confirm" in r.json()["errors"]
    r = _erase(api_as(state_admin), vinay, version=vinay.version - 1)
    assert r.status_code == 409 and "किसी और ने बदल दिया" in r.json()["detail"]  # Hindi unless asked
    r = _erase(api_as(state_admin), vinay, version=vinay.version - 1, lang="en")
    assert r.status_code == 409 and "changed by someone else" in r.json()["detail"]
    assert _erase(api_as(state_admin), vinay, reason="").status_code == 422
    assert _erase(api_as(state_admin), vinay, reason="   ").status_code == 422  # a reason, not spaces
    vinay.refresh_from_db()
    assert vinay.name_hi == "विनय महोबिया" and not AuditEvent.objects.filter(action="privacy.erase").exists()


def test_an_admin_erases_through_the_api_and_the_log_shows_it(api_as, state_admin, durg_manager, vinay):
    RecordConsent(durg_manager, person=vinay, consent_source="form", on="2026-01-01").run()
    r = _erase(api_as(state_admin), vinay, reason="asked by letter")
    assert r.status_code == 200, r.content
    out = r.json()
    vinay.refresh_from_db()
    assert vinay.name_hi == ERASED_HI and vinay.phone == "" and out["version"] == vinay.version
    eraser = AuditEvent.objects.get(action="privacy.erase")
    assert out["audit_event_id"] == eraser.pk and eraser.source == "api" and eraser.after["reason"] == "asked by letter"
    assert audit.verify().ok
    # again: already erased, and the version read before is stale
    assert _erase(api_as(state_admin), vinay).status_code == 422
    # the admin's log lists the erasure and the consent; ?action= narrows it
    log = api_as(state_admin).get("/api/privacy/events").json()
    assert {"privacy.erase", "privacy.consent"} <= {e["action"] for e in log["items"]}
    only = api_as(state_admin).get("/api/privacy/events?action=erase").json()
    assert [e["id"] for e in only["items"]] == [eraser.pk] and only["items"][0]["actor"] == "state_admin"


def test_the_privacy_log_is_for_admins_and_scoped(api_as, durg_manager, outsider, state_admin, admin, unit, vinay):
    from sangathan.accounts.actions import GrantRole

    RecordConsent(durg_manager, person=vinay, consent_source="form", on="2026-01-01").run()
    assert api_as(durg_manager).get("/api/privacy/events").status_code == 403
    assert api_as(outsider).get("/api/privacy/events").status_code == 403
    assert api_as(state_admin).get("/api/privacy/events").json()["count"] == 1
    # an admin of बस्तर संभाग only does not see what happened to a दुर्ग person
    bastar_admin = CreateUser(admin, source="cli", username="bastar_admin", password="x-pass-12345").run()
    GrantRole(admin, source="cli", user=bastar_admin, role="admin", unit=unit("बस्तर संभाग")).run()
    assert api_as(bastar_admin).get("/api/privacy/events").json() == {"items": [], "count": 0}
    assert api_as(state_admin).get("/api/privacy/events?action=nonsense").status_code == 422


def test_successful_answers_fit_the_openapi_schema(live_server, admin, state_admin, durg_manager):
    """The fuzz test mostly meets 404s here (random ids); call each privacy operation with a real person
    and check the 2xx answers against /api/openapi.json with schemathesis' own checks."""
    import schemathesis
    from schemathesis.specs.openapi.checks import content_type_conformance, response_schema_conformance

    vinay = Person.objects.get(name_hi="विनय महोबिया")
    user = CreateUser(admin, source="cli", username="vinay", password="x-pass-12345", person=vinay).run()
    RecordConsent(durg_manager, person=vinay, consent_source="form", on="2026-01-01").run()
    schema = schemathesis.openapi.from_url(live_server.url + "/api/openapi.json")
    ops = {r.ok().label: r.ok() for r in schema.get_all_operations() if "privacy" in r.ok().definition.raw["tags"]}
    calls = [
        ("POST /api/people/{person_id}/consents", durg_manager, {"person_id": vinay.pk},
         {"source": "verbal", "on": "2026-02-01", "given": False}, 201),
        ("GET /api/people/{person_id}/consents", durg_manager, {"person_id": vinay.pk}, None, 200),
        ("GET /api/people/{person_id}/export", durg_manager, {"person_id": vinay.pk}, None, 200),
        ("GET /api/me/export", user, {}, None, 200),
        ("GET /api/privacy/events", state_admin, {}, None, 200),
        ("POST /api/people/{person_id}/erase", state_admin, {"person_id": vinay.pk},
         {"confirm": True, "reason": "on request", "version": vinay.version + 5}, 409),
        ("POST /api/people/{person_id}/erase", state_admin, {"person_id": vinay.pk},
         {"confirm": True, "reason": "on request", "version": vinay.version}, 200),
        ("POST /api/people/{person_id}/erase", state_admin, {"person_id": vinay.pk},
         {"confirm": False, "reason": "x", "version": 1}, 422),
    ]
    assert {c[0] for c in calls} == set(ops)  # every privacy operation is called
    for label, who, path, body, status in calls:
        headers = {"Authorization": f"Bearer {ApiToken.issue(who)}"}
        kwargs = {"body": body, "media_type": "application/json"} if body is not None else {}
        case = ops[label].Case(path_parameters=path, headers=headers, **kwargs)
        response = case.call(base_url=live_server.url, timeout=30)
        assert response.status_code == status, (label, response.status_code, response.text[:300])
        case.validate_response(response, checks=[response_schema_conformance, content_type_conformance])
