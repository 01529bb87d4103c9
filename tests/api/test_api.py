"""Every endpoint: no token (401), in scope (200/201), out of scope (404); writes are audited."""

import pytest

from sangathan.activities.models import Activity
from sangathan.core.models import AuditEvent
from sangathan.org.models import Unit
from sangathan.people.models import Appointment, Person


def ids():
    return {
        "durg": Unit.objects.get(name_hi="दुर्ग जिला").pk,
        "balod": Unit.objects.get(name_hi="बालोद जिला").pk,
        "durg_city": Unit.objects.get(name_hi="दुर्ग शहर").pk,
        "vinay": Person.objects.get(name_hi="विनय महोबिया").pk,
        "seed": Activity.objects.get(title__startswith="आईटी सेल की दुर्ग संभाग").pk,
        "virtual": Activity.objects.get(kind="virtual_meeting").pk,
        "vinay_post": Appointment.objects.get(person__name_hi="विनय महोबिया").pk,
    }


READS = [
    "/api/units/{durg}",
    "/api/people/{vinay}",
    "/api/activities/{virtual}",
    "/api/units?parent_id={durg}",
    "/api/people?unit_id={durg}",
    "/api/activities?unit_id={durg}",
]


@pytest.mark.parametrize("url", READS)
def test_reads_need_a_token(db, client, url):
    assert client.get(url.format(**ids())).status_code == 401


@pytest.mark.parametrize("url", READS)
def test_reads_in_scope_succeed(durg_manager, api_as, url):
    r = api_as(durg_manager).get(url.format(**ids()))
    assert r.status_code == 200, r.content


@pytest.mark.parametrize("url", READS)
def test_reads_out_of_scope_are_404(balod_reporter, api_as, url):
    assert api_as(balod_reporter).get(url.format(**ids())).status_code == 404


def test_a_bad_token_is_refused(db, client):
    assert client.get("/api/units", headers={"Authorization": "Bearer nope"}).status_code == 401


def test_lists_contain_only_what_is_in_scope(balod_reporter, api_as):
    body = api_as(balod_reporter).get("/api/units?limit=500").json()
    names = {u["name_hi"] for u in body["items"]}
    assert "बालोद जिला" in names and "गुंडरदेही" in names
    assert "दुर्ग जिला" not in names and body["count"] == len(names)


def test_search_finds_across_scripts_and_masks_for_viewers(state_viewer, api_as):
    body = api_as(state_viewer).get("/api/people", {"q": "vinay mahobiya"}).json()
    assert body["items"][0]["name_hi"] == "विनय महोबिया"
    assert "98270" not in body["items"][0]["phone"]


def test_managers_see_full_contacts(durg_manager, api_as):
    body = api_as(durg_manager).get(f"/api/people/{ids()['vinay']}").json()
    assert body["phone"] == "+91 98270 00001"


def test_the_seed_meeting_reads_in_the_press_schema(state_viewer, api_as):
    body = api_as(state_viewer).get(f"/api/activities/{ids()['seed']}").json()
    chief = [p["name"] for p in body["people"] if "chief_guest" in p["roles"]]
    assert chief == ["विजय बघेल"] and body["venue"] == "दुर्ग जिला भाजपा कार्यालय"


# --- writes -------------------------------------------------------------------------------

def test_create_unit_in_scope_is_audited(durg_manager, api_as):
    before = AuditEvent.objects.count()
    r = api_as(durg_manager).post("/api/units", {"parent_id": ids()["durg_city"], "level": "mandal",
                                                 "name_hi": "नया मंडल"}, content_type="application/json")
    assert r.status_code == 201, r.content
    assert AuditEvent.objects.filter(pk__gt=before, action="unit.create", source="api").count() == 1


def test_create_unit_out_of_scope_is_404(durg_manager, api_as):
    r = api_as(durg_manager).post("/api/units", {"parent_id": ids()["balod"], "level": "mandal", "name_hi": "x"},
                                  content_type="application/json")
    assert r.status_code == 404


def test_a_viewer_cannot_write(state_viewer, api_as):
    r = api_as(state_viewer).patch(f"/api/units/{ids()['durg']}", {"version": 1, "name_en": "x"},
                                   content_type="application/json")
    assert r.status_code == 403


def test_a_stale_version_is_a_409_and_nothing_is_lost(durg_manager, api_as):
    c = api_as(durg_manager)
    url = f"/api/units/{ids()['durg']}"
    version = c.get(url).json()["version"]
    assert c.patch(url, {"version": version, "name_en": "first"}, content_type="application/json").status_code == 200
    r = c.patch(url, {"version": version, "name_en": "second"}, content_type="application/json")
    assert r.status_code == 409
    assert c.get(url).json()["name_en"] == "first"


def test_move_unit(durg_manager, api_as):
    c = api_as(durg_manager)
    mandal = Unit.objects.get(name_hi="उतई मंडल")
    r = c.post(f"/api/units/{mandal.pk}/move", {"new_parent_id": ids()["durg_city"]}, content_type="application/json")
    assert r.status_code == 200 and r.json()["parent_id"] == ids()["durg_city"]


def test_invalid_input_names_the_field(durg_manager, api_as):
    r = api_as(durg_manager).post("/api/people", {"name_hi": "", "home_unit_id": ids()["durg"]},
                                  content_type="application/json")
    assert r.status_code == 422 and "name_hi" in r.json()["errors"]


def test_person_and_appointment_lifecycle(durg_manager, api_as):
    c = api_as(durg_manager)
    r = c.post("/api/people", {"name_hi": "सुरेश पटेल", "name_en": "Suresh Patel", "phone": "9999900000",
                               "home_unit_id": ids()["durg_city"]}, content_type="application/json")
    assert r.status_code == 201
    pid = r.json()["id"]
    r = c.post("/api/appointments", {"person_id": pid, "post": "president", "unit_id": ids()["durg_city"],
                                     "wing": "yuva-morcha", "title": "दुर्ग शहर युवा मोर्चा अध्यक्ष",
                                     "start": "2025-01-01"}, content_type="application/json")
    assert r.status_code == 201, r.content
    appt = r.json()
    r = c.patch(f"/api/appointments/{appt['id']}", {"version": appt["version"], "end": "2025-12-31"},
                content_type="application/json")
    assert r.status_code == 200 and r.json()["end"] == "2025-12-31"
    assert c.get(f"/api/appointments?person_id={pid}&current=true").json()["count"] == 0


def test_appointing_out_of_scope_person_is_404(balod_reporter, api_as):
    r = api_as(balod_reporter).post("/api/appointments", {"person_id": ids()["vinay"], "post": "president",
                                                          "unit_id": ids()["balod"]}, content_type="application/json")
    assert r.status_code == 404


def test_activity_lifecycle(balod_reporter, api_as):
    c = api_as(balod_reporter)
    payload = {"title": "बालोद मंडल बैठक", "unit_id": ids()["balod"], "kind": "meeting", "venue": "बालोद",
               "participants": [{"new_name_hi": "रामेश्वर साहू", "roles": ["chief_guest", "speaker"],
                                 "posts": ["मंडल अध्यक्ष"]}]}
    r = c.post("/api/activities", payload, content_type="application/json")
    assert r.status_code == 201, r.content
    body = r.json()
    assert body["people"][0]["roles"] == ["chief_guest", "speaker"]
    r = c.patch(f"/api/activities/{body['id']}", {"version": body["version"], "venue": "बालोद कार्यालय"},
                content_type="application/json")
    assert r.status_code == 200 and r.json()["venue"] == "बालोद कार्यालय"
    assert c.delete(f"/api/activities/{body['id']}").status_code == 204
    assert c.get(f"/api/activities/{body['id']}").status_code == 404


def test_an_activity_cannot_name_people_out_of_scope(balod_reporter, api_as):
    r = api_as(balod_reporter).post("/api/activities", {
        "title": "x", "unit_id": ids()["balod"], "participants": [{"person_id": ids()["vinay"], "roles": ["attendee"]}]},
        content_type="application/json")
    assert r.status_code == 404


def test_deleting_out_of_scope_activity_is_404(balod_reporter, api_as):
    assert api_as(balod_reporter).delete(f"/api/activities/{ids()['seed']}").status_code == 404
    assert Activity.objects.filter(pk=ids()["seed"]).exists()


def test_the_openapi_schema_describes_the_endpoints(db, client):
    paths = client.get("/api/openapi.json").json()["paths"]
    assert {"/api/units", "/api/people", "/api/appointments", "/api/activities"} <= set(paths)
