"""Every URL of the web UI and the API × anonymous, viewer, reporter, manager, admin × in scope
(दुर्ग जिला) and out of scope (बस्तर संभाग), each method it serves: the outcome the registry in
matrix.py says. A URL without an entry fails `test_every_url_has_a_matrix_entry`, naming it."""

from __future__ import annotations

import datetime
import json

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sangathan.accounts.models import ApiToken, Grant, Role
from tests.urlmap import api_methods, routes

from .matrix import ENTRIES, ROLES, Entry

LOGIN = "/login/"


def url_names() -> set[str]:
    return set(routes())


def test_every_url_has_a_matrix_entry():
    names = url_names()
    missing = sorted(names - set(ENTRIES))
    assert not missing, f"URLs with no entry in tests/security/matrix.py (add one line each): {missing}"
    stale = sorted(set(ENTRIES) - names)
    assert not stale, f"matrix entries for URLs that no longer exist: {stale}"
    assert set(api_methods()) <= names  # every ninja operation is a named URL, so it is covered above


# -- personas and objects ----------------------------------------------------------------------
PERSONAS = ["anonymous"] + [f"{role}_{where}" for where in ("out", "in") for role in ROLES]


@pytest.fixture
def matrix_users(db, unit):
    """viewer/reporter/manager/admin of दुर्ग जिला (in) and of बस्तर संभाग (out)."""
    User = get_user_model()
    durg, bastar = unit("दुर्ग जिला"), unit("बस्तर संभाग")
    users = {}
    for where, place in (("in", durg), ("out", bastar)):
        for role in ROLES:
            user = User.objects.create_user(f"matrix_{role}_{where}")
            Grant.objects.create(user=user, role=Role[role.upper()], unit=place)
            users[f"{role}_{where}"] = user
    return users


@pytest.fixture
def objs(durg_manager, admin, unit, matrix_users):
    from sangathan.activities.models import Activity
    from sangathan.booths.models import CommitteeMember
    from sangathan.core.tree import subtree_q
    from sangathan.elections.models import Election, ImportJob
    from sangathan.jobs.models import Job
    from sangathan.org.models import Level
    from sangathan.people.actions import CreatePerson
    from sangathan.people.models import Appointment, Person
    from sangathan.press.actions import PublishNote, SubmitComment
    from sangathan.programmes.actions import IssueProgramme
    from sangathan.programmes.models import ProgrammeTarget
    from sangathan.rallies.actions import OrganiseRally
    from sangathan.rallies.models import RallyTarget

    durg = unit("दुर्ग जिला")
    inside = subtree_q("unit__path", durg.path)
    activity = Activity.objects.filter(inside).order_by("id").first()
    programme = IssueProgramme(durg_manager, issuer=durg, target_level=Level.objects.get(key="booth"),
                               title="समीक्षा बैठक", due=timezone.localdate() + datetime.timedelta(days=7)).run()
    note = PublishNote(durg_manager, activity=activity, lang="hi", headline="बैठक", body="बैठक हुई").run()
    comment = SubmitComment("public", note=note, name="पाठक", email="reader@example.com", body="अच्छा",
                            ip_hash="matrix").run()
    rally = OrganiseRally(durg_manager, organiser=durg, target_level=Level.objects.get(key="booth"), title="आमसभा",
                          held_on=timezone.localdate() + datetime.timedelta(days=7), people_target=50,
                          vehicles_target=1).run()
    # every persona has its own person record, homed where its grant is (privacy_export_mine)
    for persona, user in matrix_users.items():
        home = durg if persona.endswith("_in") else unit("बस्तर संभाग")
        own = CreatePerson(admin, fields={"name_hi": f"मैट्रिक्स {persona}", "home_unit": home}).run()
        Person.objects.filter(pk=own.pk).update(user=user)  # linked as `sangathan createuser --person` does
    o = {
        "unit": durg,
        "leaf": unit("बूथ क्रमांक 1"),
        "person": Person.objects.filter(subtree_q("home_unit__path", durg.path)).order_by("id").first(),
        "appointment": Appointment.objects.filter(inside).order_by("id").first(),
        "activity": activity,
        "booth": unit("बूथ क्रमांक 1"),
        "seat": CommitteeMember.objects.filter(subtree_q("committee__unit__path", durg.path)).first(),
        "programme": programme,
        "target": ProgrammeTarget.objects.filter(programme=programme).first(),
        "note": note,
        "comment": comment,
        "election": Election.objects.create(name="CG LS matrix", year=2024, state="CG"),
        "job": ImportJob.objects.create(election_name="CG LS matrix", created_by=admin),
        # a background job started by the in-scope viewer (Entry.owner): only that persona sees it
        "bgjob": Job.objects.create(kind="matrix", title="matrix", created_by=matrix_users["viewer_in"]),
        "rally": rally,
        "rally_target": RallyTarget.objects.filter(rally=rally, unit=unit("बूथ क्रमांक 1")).first(),
    }
    # mobilise: a meeting of दुर्ग जिला next week (with a join link), a few of its people invited and
    # notified, one invitation's personal link, a viewer's calendar address
    from sangathan.activities.actions import CreateActivity
    from sangathan.mobilise import calendar, tokens
    from sangathan.mobilise.actions import InviteByTree, QueueNotices
    from sangathan.mobilise.models import Invitation
    from sangathan.mobilise.selection import Selection

    o["mob_activity"] = CreateActivity(admin, source="cli", fields={
        "title": "आमंत्रण बैठक", "unit": durg, "starts_at": timezone.now() + datetime.timedelta(days=7),
        "join_link": "https://meet.example.com/matrix"}).run()
    people = list(Person.objects.filter(subtree_q("home_unit__path", durg.path)).order_by("id")[:3])
    InviteByTree(durg_manager, activity=o["mob_activity"], selection=Selection(people=people)).run()
    o["mob_batch"] = QueueNotices(durg_manager, activity=o["mob_activity"]).run()
    o["mob_invitation"] = Invitation.objects.filter(activity=o["mob_activity"]).order_by("id").first()
    o["mob_token"] = tokens.make(o["mob_invitation"])
    o["mob_feed"] = calendar.feed_for(matrix_users["viewer_in"]).token
    assert all(o.values()), {k: v for k, v in o.items() if not v}
    return o


# -- expectations ------------------------------------------------------------------------------
NEED_ROLE = {"view": "viewer", "report": "reporter", "manage": "manager", "admin": "admin"}


def expected(entry: Entry, persona: str, is_api: bool) -> str:
    if entry.need == "absent":
        return "404"
    if persona == "anonymous":
        return "allowed" if entry.need == "public" else ("401" if is_api else "login")
    if entry.need in ("public", "login"):
        return "allowed"
    if entry.need == "creator" and entry.owner == persona:
        return "allowed"
    if entry.need in ("creator", "superuser"):
        return "404"
    role, where = persona.split("_")
    if where == "out" and entry.scoped:
        return "404"
    below = entry.below if entry.scoped else "403"
    return "allowed" if ROLES.index(role) >= ROLES.index(NEED_ROLE[entry.need]) else below


def outcome(response) -> str:
    code = response.status_code
    if code in (301, 302, 303) and response["Location"].split("?")[0] == LOGIN:
        return "login"
    if code in (401, 403, 404, 405) or code >= 500:
        return str(code)
    return "allowed"


def call(client: Client, name: str, entry: Entry, o: dict, method: str, is_api: bool):
    url = reverse(name, kwargs=entry.kwargs(o)) + entry.query(o)
    body = entry.body(o) if callable(entry.body) else entry.body
    with transaction.atomic():  # every write the request makes is undone: the next persona sees the same data
        if is_api:
            response = client.generic(method, url, data=json.dumps(body), content_type="application/json")
        elif method == "GET":
            response = client.get(url)
        else:
            response = client.post(url, body)
        transaction.set_rollback(True)
    return response


def client_for(persona: str, users: dict, is_api: bool) -> Client:
    if persona == "anonymous":
        return Client()
    user = users[persona]
    if is_api:
        return Client(headers={"Authorization": f"Bearer {ApiToken.issue(user)}"})
    c = Client()
    c.force_login(user)
    return c


def methods(name: str, entry: Entry) -> list[str]:
    if entry.methods:
        return list(entry.methods)
    if name.startswith("api:") and name in API_METHODS:
        return API_METHODS[name]
    return ["GET"]


API_METHODS = api_methods()
CASES = sorted(ENTRIES)


@pytest.mark.parametrize("name", CASES)
def test_role_and_scope(name, objs, matrix_users):
    entry = ENTRIES[name]
    is_api = name.startswith("api:") and name in API_METHODS
    wrong = []
    for persona in PERSONAS:
        client = client_for(persona, matrix_users, is_api)
        for method in methods(name, entry):
            got = outcome(call(client, name, entry, objs, method, is_api))
            want = expected(entry, persona, is_api)
            if entry.lands_on_login and got == "login":
                got = "allowed"
            if got != want:
                wrong.append(f"{persona} {method}: got {got}, expected {want}")
    assert not wrong, f"{name} (need {entry.need}): " + "; ".join(wrong)


def test_the_matrix_counts():
    """The figure for the report: URL × persona × method cases."""
    n = sum(len(PERSONAS) * len(methods(name, ENTRIES[name])) for name in CASES)
    assert n >= len(CASES) * len(PERSONAS)
    print(f"\nrole x scope matrix: {len(CASES)} URLs, {n} cases")
