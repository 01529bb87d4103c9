"""The elections API: public lists and summaries, a scoped unit summary (404 out of scope)."""

from __future__ import annotations

import pytest



@pytest.fixture
def api_as():
    from django.test import Client

    from sangathan.accounts.models import ApiToken

    return lambda user: Client(headers={"Authorization": f"Bearer {ApiToken.issue(user)}"})


def test_the_api_needs_a_token(cg_election, client):
    assert client.get("/api/elections").status_code == 401


def test_elections_and_findings(cg_election, api_as, outsider):
    c = api_as(outsider)
    body = c.get("/api/elections").json()
    assert "CG LS 2024" in [e["name"] for e in body["items"]]  # beside the demo's own election
    found = c.get(f"/api/elections/{cg_election.pk}/findings").json()["items"]
    assert {"kind": "zero_votes", "ac": 63, "part": "6"}.items() <= found[0].items()


def test_summary_by_seat_has_votes_and_turnout(cg_election, api_as, outsider):
    rows = api_as(outsider).get(f"/api/elections/{cg_election.pk}/summary", {"by": "seat"}).json()
    ram = next(r for r in rows if r["candidate"] == "RAM KUMAR")
    assert (ram["seat"], ram["party"], ram["votes"]) == (7, "BJP", 600 + 450 + 400 + 200 + 300 + 8 * 350 + 100 + 300 + 250)
    assert {"electors", "voters", "turnout", "share", "booths"} <= ram.keys()


def test_unit_summary_is_scoped(cg_election, api_as, durg_manager, unit):
    c = api_as(durg_manager)
    url = f"/api/elections/{cg_election.pk}/summary"
    rows = c.get(url, {"by": "unit", "unit": unit("दुर्ग जिला").pk, "level": "assembly"}).json()
    assert {r["unit_name"] for r in rows} == {"दुर्ग ग्रामीण"}
    assert c.get(url, {"by": "unit", "unit": unit("बालोद जिला").pk}).status_code == 404
    assert c.get(url, {"by": "unit"}).status_code == 422


def test_a_moved_assembly_takes_its_booth_results_into_the_new_scope(cg_election, api_as, durg_manager, admin,
                                                                     unit):
    from sangathan.elections.models import BoothResult
    from sangathan.org.actions import MoveUnit
    from sangathan.org.models import Unit

    balod_ac = Unit.objects.get(level__key="assembly", code="59")
    url = f"/api/elections/{cg_election.pk}/summary"
    before = api_as(durg_manager).get(url, {"by": "unit", "unit": unit("दुर्ग जिला").pk, "level": "assembly"}).json()
    assert balod_ac.name_hi not in {r["unit_name"] for r in before}

    MoveUnit(admin, unit=balod_ac, new_parent=unit("दुर्ग जिला")).run()
    balod_ac.refresh_from_db()
    rows = BoothResult.objects.filter(election=cg_election, ac_no=59)
    assert rows.count() == 3 and all(r.unit_path.startswith(balod_ac.path) for r in rows)
    after = api_as(durg_manager).get(url, {"by": "unit", "unit": unit("दुर्ग जिला").pk, "level": "assembly"}).json()
    assert balod_ac.name_hi in {r["unit_name"] for r in after}
