"""Meta-test: every URL that takes an object id keeps out-of-scope objects hidden.

It walks `get_resolver()` so a new URL with an id cannot slip past: each one must either have an
entry in `CASES` (how to point it at an object in दुर्ग जिला) or be listed in `NOT_SCOPED` with the
reason it is public. For each case:

- the `outsider` persona (viewer of बस्तर संभाग only) gets a 404, for GET and for POST (web) or
  for the operation's own method (API): never a 200, a 403 that would confirm the object exists,
  or a 500;
- an anonymous visitor is sent to the login page (web) or gets a 401 (API).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sangathan.accounts.models import ApiToken
from tests.urlmap import api_methods, routes

ID_PARAM = re.compile(r"^(pk|.*_pk|.*_id)$")

# URLs that take an id (or a slug) but are not organisation data scoped by grants, named one by
# one so that adding a scoped URL without a case below fails this test.
NOT_SCOPED = {
    # The public newsroom: published press notes are meant for everyone, no login at all.
    "newsroom", "news_rss", "news_atom", "press_note",
    # Election results are public to every signed-in user (and API token holder) by design; what is
    # joined with the organisation (unit analysis, `summary?by=unit`) is scoped and covered below.
    "elections:detail", "elections:seat", "elections:ac", "api:get_election", "api:list_findings",
}


@dataclass
class Case:
    kwargs: Callable[[dict], dict]
    query: Callable[[dict], str] = lambda o: ""
    body: dict[str, Any] | Callable[[dict], dict] = field(default_factory=dict)


CASES: dict[str, Case] = {
    # web UI
    "unit": Case(lambda o: {"pk": o["unit"].pk}),
    "unit_create": Case(lambda o: {"pk": o["unit"].pk}),
    "unit_edit": Case(lambda o: {"pk": o["unit"].pk}),
    "unit_move": Case(lambda o: {"pk": o["unit"].pk}),
    "unit_import": Case(lambda o: {"pk": o["unit"].pk}),
    "person": Case(lambda o: {"pk": o["person"].pk}),
    "person_edit": Case(lambda o: {"pk": o["person"].pk}),
    "person_appoint": Case(lambda o: {"pk": o["person"].pk}),
    "appointment_end": Case(lambda o: {"pk": o["appointment"].pk}),
    "activity": Case(lambda o: {"pk": o["activity"].pk}),
    "activity_edit": Case(lambda o: {"pk": o["activity"].pk}),
    "activity_delete": Case(lambda o: {"pk": o["activity"].pk}),
    "press_compose": Case(lambda o: {"pk": o["activity"].pk}),
    "moderate": Case(lambda o: {"pk": o["comment"].pk}, body={"decision": "approve"}),
    "booths:committee": Case(lambda o: {"pk": o["booth"].pk}),
    "booths:pages": Case(lambda o: {"pk": o["booth"].pk}, body={"voter_list_pages": "3"}),
    "booths:meeting": Case(lambda o: {"pk": o["booth"].pk}),
    "booths:seat": Case(lambda o: {"seat_pk": o["seat"].pk, "op": "remove"}),
    "booths:counts": Case(lambda o: {"pk": o["unit"].pk}),
    "programmes:detail": Case(lambda o: {"pk": o["programme"].pk}, query=lambda o: f"?unit={o['unit'].pk}"),
    "programmes:report": Case(lambda o: {"pk": o["target"].pk}, body={"status": "done"}),
    "dashboards:unit": Case(lambda o: {"pk": o["unit"].pk}),
    "dashboards:export": Case(lambda o: {"pk": o["unit"].pk, "table": "coverage", "fmt": "csv"}),
    "privacy_person": Case(lambda o: {"pk": o["person"].pk}),
    "privacy_consent": Case(lambda o: {"pk": o["person"].pk}, body={"given": "1", "source": "form", "on": "2026-01-01"}),
    "privacy_erase": Case(lambda o: {"pk": o["person"].pk}, body={"confirm": "on", "reason": "x"}),
    "privacy_export": Case(lambda o: {"pk": o["person"].pk}),
    "api:list_consents": Case(lambda o: {"person_id": o["person"].pk}),
    "api:record_consent": Case(lambda o: {"person_id": o["person"].pk}, body={"source": "form"}),
    "api:export_person": Case(lambda o: {"person_id": o["person"].pk}),
    "api:erase_person": Case(lambda o: {"person_id": o["person"].pk},
                             body=lambda o: {"confirm": True, "reason": "x", "version": o["person"].version}),
    # an import job is seen only by whoever started it
    "elections:job": Case(lambda o: {"pk": o["job"].pk}),
    "elections:job_progress": Case(lambda o: {"pk": o["job"].pk}),
    "rallies:detail": Case(lambda o: {"pk": o["rally"].pk}, query=lambda o: f"?unit={o['unit'].pk}"),
    "rallies:report": Case(lambda o: {"pk": o["rally_target"].pk}, body={"people": "5"}),
    "rallies:target": Case(lambda o: {"pk": o["rally_target"].pk}, body={"people_target": "5", "vehicles_target": "0"}),
    # a background job is seen only by whoever started it (and superusers)
    "jobs:detail": Case(lambda o: {"pk": o["bgjob"].pk}),
    "jobs:progress": Case(lambda o: {"pk": o["bgjob"].pk}),
    "elections:unit": Case(lambda o: {"pk": o["election"].pk, "unit_id": o["unit"].pk}),
    # API (the body is valid for the operation, so the request reaches the scope check)
    "api:get_unit": Case(lambda o: {"unit_id": o["unit"].pk}),
    "api:update_unit": Case(lambda o: {"unit_id": o["unit"].pk}, body={"version": 1, "name_en": "x"}),
    "api:delete_unit": Case(lambda o: {"unit_id": o["unit"].pk}),
    "api:move_unit": Case(lambda o: {"unit_id": o["unit"].pk}, body=lambda o: {"new_parent_id": o["unit"].parent_id}),
    "api:get_person": Case(lambda o: {"person_id": o["person"].pk}),
    "api:update_person": Case(lambda o: {"person_id": o["person"].pk}, body={"version": 1, "name_en": "x"}),
    "api:update_appointment": Case(lambda o: {"appointment_id": o["appointment"].pk}, body={"version": 1}),
    "api:get_activity": Case(lambda o: {"activity_id": o["activity"].pk}),
    "api:update_activity": Case(lambda o: {"activity_id": o["activity"].pk}, body={"version": 1, "title": "x"}),
    "api:delete_activity": Case(lambda o: {"activity_id": o["activity"].pk}),
    "api:press_note": Case(lambda o: {"activity_id": o["activity"].pk}),
    "api:unit_dashboard": Case(lambda o: {"unit_id": o["unit"].pk}),
    "api:report_target": Case(lambda o: {"target_id": o["target"].pk}, body={"status": "done"}),
    "api:get_job": Case(lambda o: {"job_id": o["bgjob"].pk}),
    "api:list_rallies": Case(lambda o: {"unit_id": o["unit"].pk}),
    "api:rally_turnout": Case(lambda o: {"unit_id": o["unit"].pk, "rally_id": o["rally"].pk}),
    "api:report_turnout": Case(lambda o: {"target_id": o["rally_target"].pk}, body={"people": 5}),
    "api:get_summary": Case(lambda o: {"election_id": o["election"].pk}, query=lambda o: f"?by=unit&unit={o['unit'].pk}"),
    "mobilise:manage": Case(lambda o: {"pk": o["activity"].pk}),
    "mobilise:send": Case(lambda o: {"pk": o["activity"].pk}),
    "mobilise:record": Case(lambda o: {"pk": o["activity"].pk}),
    "mobilise:outbox": Case(lambda o: {"pk": o["activity"].pk}),
    "mobilise:checkin": Case(lambda o: {"pk": o["activity"].pk}),
    "mobilise:sheet": Case(lambda o: {"pk": o["activity"].pk}),
    "mobilise:batch": Case(lambda o: {"pk": _mobilise(o)["batch"].pk}),
    "mobilise:revoke": Case(lambda o: {"pk": _mobilise(o)["invitation"].pk}),
    "mobilise:checkin_mark": Case(lambda o: {"pk": _mobilise(o)["invitation"].pk}),
    "api:invitations_preview": Case(lambda o: {"activity_id": o["activity"].pk}),
    "api:invite": Case(lambda o: {"activity_id": o["activity"].pk}),
    "api:invitations": Case(lambda o: {"activity_id": o["activity"].pk}),
    "api:send_notices": Case(lambda o: {"activity_id": o["activity"].pk}),
    "api:checkin": Case(lambda o: {"invitation_id": _mobilise(o)["invitation"].pk}),
    "api:batch": Case(lambda o: {"batch_id": _mobilise(o)["batch"].pk}),
}


def _mobilise(o):
    """An invitation and a notice batch for the दुर्ग activity, made on first use."""
    from sangathan.mobilise.models import Invitation, NoticeBatch

    if "mobilise" not in o:
        inv, _ = Invitation.objects.get_or_create(activity=o["activity"], person=o["person"], defaults={"unit": o["unit"]})
        o["mobilise"] = {"invitation": inv, "batch": NoticeBatch.objects.create(activity=o["activity"])}
    return o["mobilise"]


def _params(route: str) -> list[str]:
    return [m.split(":")[-1] for m in re.findall(r"<([^>]+)>", route)]


def routes_with_ids() -> dict[str, str]:
    """URL name → route, for every pattern with an id parameter (or any parameter, for NOT_SCOPED)."""
    out = {}
    for name, route in routes().items():
        params = _params(route)
        if any(ID_PARAM.match(p) for p in params) or (params and name in NOT_SCOPED):
            out[name] = route
    return out


def test_every_url_with_an_id_is_covered_or_named_public():
    found = routes_with_ids()
    missing = sorted(set(found) - set(CASES) - NOT_SCOPED)
    assert not missing, f"URLs taking an object id with no scope case in {__file__}: {missing}"
    stale = sorted(set(CASES) - set(found))
    assert not stale, f"cases for URLs that no longer exist: {stale}"


# -- objects in दुर्ग जिला -----------------------------------------------------------------------
@pytest.fixture
def durg_objects(durg_manager, admin, unit):
    from sangathan.activities.models import Activity
    from sangathan.booths.models import CommitteeMember
    from sangathan.core.tree import subtree_q
    from sangathan.elections.models import Election, ImportJob
    from sangathan.jobs.models import Job
    from sangathan.rallies.actions import OrganiseRally
    from sangathan.rallies.models import RallyTarget
    from sangathan.org.models import Level
    from sangathan.people.models import Appointment, Person
    from sangathan.press.actions import PublishNote, SubmitComment
    from sangathan.programmes.actions import IssueProgramme
    from sangathan.programmes.models import ProgrammeTarget

    durg = unit("दुर्ग जिला")
    inside = subtree_q("unit__path", durg.path)
    activity = Activity.objects.filter(inside).order_by("id").first()
    programme = IssueProgramme(durg_manager, issuer=durg, target_level=Level.objects.get(key="booth"),
                               title="समीक्षा बैठक", due=timezone.localdate() + datetime.timedelta(days=7)).run()
    rally = OrganiseRally(durg_manager, organiser=durg, target_level=Level.objects.get(key="booth"), title="आमसभा",
                          held_on=timezone.localdate() + datetime.timedelta(days=7), people_target=50,
                          vehicles_target=1).run()
    note = PublishNote(durg_manager, activity=activity, lang="hi", headline="बैठक", body="बैठक हुई").run()
    comment = SubmitComment("public", note=note, name="पाठक", email="reader@example.com", body="अच्छा",
                            ip_hash="meta").run()
    objs = {
        "unit": durg,
        "person": Person.objects.filter(subtree_q("home_unit__path", durg.path)).order_by("id").first(),
        "appointment": Appointment.objects.filter(inside).order_by("id").first(),
        "activity": activity,
        "booth": unit("बूथ क्रमांक 1"),
        "seat": CommitteeMember.objects.filter(subtree_q("committee__unit__path", durg.path)).first(),
        "programme": programme,
        "target": ProgrammeTarget.objects.filter(programme=programme).first(),
        "comment": comment,
        "election": Election.objects.create(name="CG LS meta", year=2024, state="CG"),
        "job": ImportJob.objects.create(election_name="CG LS meta", created_by=durg_manager),
        "bgjob": Job.objects.create(kind="meta", title="meta", created_by=durg_manager),
        "rally": rally,
        "rally_target": RallyTarget.objects.filter(rally=rally).first(),
    }
    assert all(objs.values()), {k: v for k, v in objs.items() if not v}
    return objs


def _url(name: str, objs: dict) -> str:
    case = CASES[name]
    return reverse(name, kwargs=case.kwargs(objs)) + case.query(objs)


def _body(name: str, objs: dict) -> dict:
    body = CASES[name].body
    return body(objs) if callable(body) else body


WEB = sorted(n for n in CASES if not n.startswith("api:"))
API = sorted(n for n in CASES if n.startswith("api:"))


@pytest.mark.parametrize("name", WEB)
def test_the_outsider_gets_404_on_every_web_url_with_a_durg_object(client_for, outsider, durg_objects, name):
    c = client_for(outsider)
    url = _url(name, durg_objects)
    got = c.get(url)
    assert got.status_code in (404, 405), (name, "GET", got.status_code)
    got = c.post(url, _body(name, durg_objects))
    assert got.status_code == 404, (name, "POST", got.status_code)


@pytest.mark.parametrize("name", API)
def test_the_outsider_gets_404_on_every_api_url_with_a_durg_object(outsider, durg_objects, name):
    c = Client(headers={"Authorization": f"Bearer {ApiToken.issue(outsider)}"})
    url = _url(name, durg_objects)
    for method in api_methods()[name]:
        got = c.generic(method, url, data=_json(_body(name, durg_objects)), content_type="application/json")
        assert got.status_code == 404, (name, method, got.status_code, got.content[:200])
        assert got.json() == {"detail": "not found"}


def _json(body: dict) -> str:
    import json

    return json.dumps(body)


@pytest.mark.parametrize("name", WEB + sorted(n for n in NOT_SCOPED if not n.startswith("api:")
                                              and n not in ("newsroom", "news_rss", "news_atom", "press_note")))
def test_an_anonymous_visitor_is_sent_to_log_in(client, durg_objects, name):
    url = _url(name, durg_objects) if name in CASES else reverse(name, kwargs={"pk": durg_objects["election"].pk,
                                                                               **({"no": 7} if name != "elections:detail" else {})})
    for method in ("get", "post"):
        got = getattr(client, method)(url)
        if method == "get" and got.status_code == 405:
            continue
        assert got.status_code == 302, (name, method, got.status_code)
        assert got["Location"].startswith(reverse("login")), (name, method, got["Location"])


@pytest.mark.parametrize("name", API + ["api:get_election", "api:list_findings"])
def test_an_anonymous_api_caller_gets_401(client, durg_objects, name):
    url = (_url(name, durg_objects) if name in CASES
           else reverse(name, kwargs={"election_id": durg_objects["election"].pk}))
    for method in api_methods()[name]:
        got = client.generic(method, url, data=_json(_body(name, durg_objects) if name in CASES else {}),
                             content_type="application/json")
        assert got.status_code == 401, (name, method, got.status_code)


def test_the_public_newsroom_needs_no_login(client, durg_objects):
    """The one exception, on purpose: published notes (and only those) are public."""
    from sangathan.press.models import PressNote

    note = PressNote.objects.get(pk=durg_objects["comment"].note_id)
    assert client.get(reverse("newsroom")).status_code == 200
    assert client.get(reverse("press_note", args=[note.slug])).status_code == 200
    assert client.get(reverse("news_rss")).status_code == 200
