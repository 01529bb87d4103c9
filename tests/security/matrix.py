"""The role × scope registry: one entry for every URL pattern of the web UI and the API.

Each entry says what the URL needs (`need`) and how to point it at an object in दुर्ग जिला
(`kwargs`, `query`, `body`). `test_role_scope_matrix.py` asks it as anonymous and as a viewer,
reporter, manager and admin of दुर्ग जिला (in scope) and of बस्तर संभाग (out of scope), with every
method the URL serves, and checks the outcome the need implies:

need        anonymous        in scope, role >= need   in scope, below     out of scope
"public"    allowed          allowed                  -                   allowed
"login"     login / 401      allowed                  -                   allowed (lists are scoped)
"view"…     login / 401      allowed                  403                 404
"admin"
"creator"   login / 401      404 (only the user who started it sees it: `owner`, that persona, is allowed)
"superuser" login / 401      404 (no persona here is a superuser or a state manager)
"absent"    404 for everyone (a name for reverse() only)
With scoped=False the role is needed on some unit, not on an object: holders of it anywhere are
allowed, everyone else gets 403 (a form whose unit is chosen and checked later, the audit log).
`below` is what an in-scope persona under the needed role gets when the view filters by that role
itself (404) instead of checking it after the object is found (403, the default); say why.

"allowed" means the request reached the view and was answered (2xx, 3xx other than to the login
page, 400/409/422 for a body it did not like): never 401, 403, 404, 405 or 5xx.

A new URL without an entry fails the test, naming it: add one line here.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

ROLES = ("viewer", "reporter", "manager", "admin")
NEEDS = ("public", "login", "view", "report", "manage", "admin", "creator", "superuser", "absent")


@dataclass(frozen=True)
class Entry:
    need: str
    kwargs: Callable[[dict], dict] = lambda o: {}
    query: Callable[[dict], str] = lambda o: ""
    body: dict[str, Any] | Callable[[dict], dict] = field(default_factory=dict)
    methods: tuple[str, ...] = ()  # web default GET; API default: the operation's own methods
    scoped: bool = True  # False: the role is needed somewhere, not on an object (a form, a list)
    lands_on_login: bool = False  # succeeding sends the user to the login page (logging out)
    owner: str = ""  # need "creator": the persona who started the object (allowed); everyone else 404
    below: str = "403"  # in scope, below the needed role
    why: str = ""

    def __post_init__(self):
        assert self.need in NEEDS, self.need
        assert self.below in ("403", "404"), self.below
        assert not self.owner or self.need == "creator", self.owner


def pk(key: str) -> Callable[[dict], dict]:
    return lambda o: {"pk": o[key].pk}


E = Entry
GET_POST = ("GET", "POST")

ENTRIES: dict[str, Entry] = {
    # -- public ----------------------------------------------------------------------------------
    "set_language": E("public", body={"language": "en", "next": "/"}, methods=("POST",)),
    "login": E("public", why="anyone may see the login page (signed-in users are sent home)"),
    "logout": E("public", methods=("POST",), lands_on_login=True),
    "newsroom": E("public"),
    "news_rss": E("public"),
    "news_atom": E("public"),
    "press_note": E("public", kwargs=lambda o: {"slug": o["note"].slug}),
    "api:openapi-json": E("public", why="the schema describes the API, not its data"),
    "api:openapi-view": E("public"),
    "api:api-root": E("absent", why="only a name to reverse the API's base URL; nothing is served there"),
    # -- any signed-in user: pages and lists filtered to their grants ------------------------------
    "home": E("login"),
    "two_factor_verify": E("login", why="redirects to set-up when the user has no authenticator"),
    "two_factor_setup": E("login"),
    "units": E("login"),
    "unit_lookup": E("login", query=lambda o: "?action=view&q=दुर्ग"),
    "people": E("login"),
    "people_lookup": E("login", query=lambda o: "?q=विनय"),
    "person_create": E("manage", scoped=False, why="the form; the unit chosen in it is checked by the action"),
    "activities": E("login"),
    "activity_create": E("report", scoped=False, why="the form; the unit chosen in it is checked by the action"),
    "dashboards:home": E("login"),
    "programmes:list": E("view", query=lambda o: f"?unit={o['unit'].pk}"),
    "programmes:new": E("manage", query=lambda o: f"?unit={o['unit'].pk}", methods=GET_POST),
    "elections:list": E("login"),
    "elections:upload": E("superuser", why="superusers and managers of a state unit; 404 for everyone else"),
    "press_extract": E("login"),
    "moderation": E("login", why="lists only comments on notes the user manages"),
    "api:list_units": E("login"),
    "api:list_people": E("login"),
    "api:list_appointments": E("login"),
    "api:list_activities": E("login"),
    "api:list_elections": E("login"),
    "api:extract_report": E("login", body={"text": "दुर्ग में बैठक हुई।"}),
    "jobs:list": E("login", why="lists only the user's own jobs"),
    "api:list_jobs": E("login", why="lists only the caller's own jobs"),
    "privacy_export_mine": E("login", why="the user's own person record (every persona has one; 404 without)"),
    "privacy": E("admin", scoped=False, why="an admin of some unit sees the privacy events of their subtree"),
    "press_model": E("superuser", methods=GET_POST,
                     why="admins of every root unit only (the model serves the whole organisation); 404 else"),
    # election results are public to every signed-in user by design (docs/elections.md)
    "elections:detail": E("login", kwargs=pk("election")),
    "elections:seat": E("login", kwargs=lambda o: {"pk": o["election"].pk, "no": 7}),
    "elections:ac": E("login", kwargs=lambda o: {"pk": o["election"].pk, "no": 7}),
    "api:get_election": E("login", kwargs=lambda o: {"election_id": o["election"].pk}),
    "api:list_findings": E("login", kwargs=lambda o: {"election_id": o["election"].pk}),
    # -- scoped to the object's unit ---------------------------------------------------------------
    "unit": E("view", kwargs=pk("unit")),
    "unit_create": E("manage", kwargs=pk("unit"), methods=GET_POST),
    "unit_edit": E("manage", kwargs=pk("unit"), methods=GET_POST),
    "unit_move": E("manage", kwargs=pk("unit"), methods=GET_POST),
    "unit_import": E("manage", kwargs=pk("unit"), methods=GET_POST),
    "person": E("view", kwargs=pk("person")),
    "person_edit": E("manage", kwargs=pk("person"), methods=GET_POST),
    "person_appoint": E("manage", kwargs=pk("person"), methods=GET_POST),
    "appointment_end": E("manage", kwargs=pk("appointment"), methods=GET_POST),
    "activity": E("view", kwargs=pk("activity")),
    "activity_edit": E("report", kwargs=pk("activity"), methods=GET_POST),
    "activity_delete": E("report", kwargs=pk("activity"), methods=GET_POST),
    "press_compose": E("report", kwargs=pk("activity")),
    "moderate": E("report", kwargs=pk("comment"), body={"decision": "approve"}, methods=("POST",)),
    "audit": E("admin", scoped=False, why="an admin of some unit sees the audit log of their subtree"),
    "booths:committee": E("view", kwargs=pk("booth")),
    "booths:pages": E("manage", kwargs=pk("booth"), body={"voter_list_pages": "3"}, methods=("POST",)),
    "booths:meeting": E("manage", kwargs=pk("booth"), methods=("POST",)),
    "booths:seat": E("manage", kwargs=lambda o: {"seat_pk": o["seat"].pk, "op": "remove"}, methods=("POST",)),
    "booths:counts": E("view", kwargs=pk("unit")),
    "programmes:detail": E("view", kwargs=pk("programme"), query=lambda o: f"?unit={o['unit'].pk}"),
    "programmes:report": E("report", kwargs=pk("target"), body={"status": "done"}, methods=GET_POST),
    "dashboards:unit": E("view", kwargs=pk("unit")),
    "dashboards:export": E("view", kwargs=lambda o: {"pk": o["unit"].pk, "table": "coverage", "fmt": "csv"}),
    "elections:unit": E("view", kwargs=lambda o: {"pk": o["election"].pk, "unit_id": o["unit"].pk}),
    "elections:job": E("creator", kwargs=pk("job")),
    "elections:job_progress": E("creator", kwargs=pk("job")),
    # jobs: only whoever started one (or a superuser) sees it; the matrix's in-scope viewer started bgjob
    "jobs:detail": E("creator", kwargs=pk("bgjob"), owner="viewer_in"),
    "jobs:progress": E("creator", kwargs=pk("bgjob"), owner="viewer_in"),
    "api:get_job": E("creator", kwargs=lambda o: {"job_id": o["bgjob"].pk}, owner="viewer_in"),
    # rallies: pages about a unit (?unit=), targets scoped to the target unit, set by the organiser
    "rallies:list": E("view", query=lambda o: f"?unit={o['unit'].pk}"),
    "rallies:new": E("manage", query=lambda o: f"?unit={o['unit'].pk}", methods=GET_POST, body=lambda o: {
        "title": "नई रैली", "held_on": (o["rally"].held_on).isoformat(), "target_level": o["rally"].target_level_id,
        "people_target": "10", "vehicles_target": "1"}),
    "rallies:detail": E("view", kwargs=pk("rally"), query=lambda o: f"?unit={o['unit'].pk}"),
    "rallies:report": E("report", kwargs=pk("rally_target"), body={"people": "5", "vehicles": "1", "seen": ""},
                        methods=GET_POST),
    "rallies:target": E("manage", kwargs=pk("rally_target"), body={"people_target": "60", "vehicles_target": "2"},
                        methods=GET_POST, why="manager of the organiser (दुर्ग जिला), seen through the target unit"),
    "api:list_rallies": E("view", kwargs=lambda o: {"unit_id": o["unit"].pk}),
    "api:rally_turnout": E("view", kwargs=lambda o: {"unit_id": o["unit"].pk, "rally_id": o["rally"].pk}),
    "api:report_turnout": E("report", kwargs=lambda o: {"target_id": o["rally_target"].pk},
                            body={"people": 5, "vehicles": 1, "note": "", "seen": ""}),
    # privacy: a manager of the person's home unit (or the person themself); erasure needs its admin
    "privacy_person": E("manage", kwargs=pk("person")),
    "privacy_consent": E("manage", kwargs=pk("person"), body={"given": "1", "source": "form", "on": "2026-01-01"},
                         methods=("POST",)),
    "privacy_erase": E("admin", kwargs=pk("person"), body={"confirm": "on", "reason": "matrix"}, methods=("POST",),
                       why="the page needs manage, the erasure itself admin of the home unit (a manager gets 403)"),
    "privacy_export": E("manage", kwargs=pk("person")),
    "api:list_consents": E("manage", kwargs=lambda o: {"person_id": o["person"].pk}),
    "api:record_consent": E("manage", kwargs=lambda o: {"person_id": o["person"].pk},
                            body={"source": "form", "on": "2026-01-01", "given": False}),
    "api:export_person": E("manage", kwargs=lambda o: {"person_id": o["person"].pk},
                           why="a manager of the home unit (or the person themself: tests/privacy/test_api.py)"),
    "api:erase_person": E("admin", kwargs=lambda o: {"person_id": o["person"].pk},
                          body=lambda o: {"confirm": True, "reason": "matrix", "version": o["person"].version},
                          why="admin of the person's home unit; a manager gets 403"),
    "api:export_my_data": E("login", why="the caller's own person record (every persona has one; 404 without)"),
    "api:list_privacy_events": E("admin", scoped=False,
                                 why="an admin of some unit sees the privacy events of their subtree"),
    # press: keep a reviewed report as a training example of a unit the caller reports for
    "api:keep_reviewed_report": E("report", body=lambda o: {
        "text": "दुर्ग में बैठक हुई।", "unit_id": o["unit"].pk, "record": {"people": []},
        "activity_id": o["activity"].pk}),
    "api:create_unit": E("manage", body=lambda o: {"parent_id": o["unit"].pk, "level": "mandal", "name_hi": "नया मंडल"}),
    "api:get_unit": E("view", kwargs=lambda o: {"unit_id": o["unit"].pk}),
    "api:update_unit": E("manage", kwargs=lambda o: {"unit_id": o["unit"].pk},
                         body=lambda o: {"version": o["unit"].version, "name_en": "Durg"}),
    "api:delete_unit": E("manage", kwargs=lambda o: {"unit_id": o["leaf"].pk}),
    "api:move_unit": E("manage", kwargs=lambda o: {"unit_id": o["leaf"].pk},
                       body=lambda o: {"new_parent_id": o["leaf"].parent_id}),
    "api:create_person": E("manage", body=lambda o: {"name_hi": "नया व्यक्ति", "home_unit_id": o["unit"].pk}),
    "api:get_person": E("view", kwargs=lambda o: {"person_id": o["person"].pk}),
    "api:update_person": E("manage", kwargs=lambda o: {"person_id": o["person"].pk},
                           body=lambda o: {"version": o["person"].version, "name_en": "X"}),
    "api:create_appointment": E("manage", body=lambda o: {"person_id": o["person"].pk, "post": "convener",
                                                          "unit_id": o["unit"].pk}),
    "api:update_appointment": E("manage", kwargs=lambda o: {"appointment_id": o["appointment"].pk},
                                body=lambda o: {"version": o["appointment"].version, "title": "x"}),
    "api:create_activity": E("report", body=lambda o: {"title": "बैठक", "unit_id": o["unit"].pk}),
    "api:get_activity": E("view", kwargs=lambda o: {"activity_id": o["activity"].pk}),
    "api:update_activity": E("report", kwargs=lambda o: {"activity_id": o["activity"].pk},
                             body=lambda o: {"version": o["activity"].version, "title": "बैठक"}),
    "api:delete_activity": E("report", kwargs=lambda o: {"activity_id": o["activity"].pk}),
    "api:press_note": E("view", kwargs=lambda o: {"activity_id": o["activity"].pk}),
    "api:unit_dashboard": E("view", kwargs=lambda o: {"unit_id": o["unit"].pk}),
    "api:report_target": E("report", kwargs=lambda o: {"target_id": o["target"].pk}, body={"status": "done"}),
    "api:get_summary": E("view", kwargs=lambda o: {"election_id": o["election"].pk},
                         query=lambda o: f"?by=unit&unit={o['unit'].pk}"),
    # -- mobilise ----------------------------------------------------------------------------------
    # (docs/mobilise.md: seeing invitations needs view on the activity's unit; inviting, sending,
    # checking in, revoking and recording need report; out of scope is a 404, the QR scan page too)
    "mobilise:upcoming": E("login", why="activities from today on, filtered by visible_to"),
    "mobilise:manage": E("view", kwargs=pk("mob_activity"),
                         why="GET is view; its POST (invite) needs report, as api:invite does"),
    "mobilise:send": E("report", kwargs=pk("mob_activity"), body={"all": "1"}, methods=("POST",)),
    "mobilise:record": E("report", kwargs=pk("mob_activity"), methods=("POST",)),
    "mobilise:outbox": E("view", kwargs=pk("mob_activity")),
    "mobilise:checkin": E("report", kwargs=pk("mob_activity"), query=lambda o: "?q=दुर्ग"),
    "mobilise:sheet": E("view", kwargs=pk("mob_activity"), query=lambda o: f"?unit={o['unit'].pk}"),
    "mobilise:batch": E("view", kwargs=pk("mob_batch")),
    "mobilise:revoke": E("report", kwargs=pk("mob_invitation"), methods=("POST",)),
    "mobilise:checkin_mark": E("report", kwargs=pk("mob_invitation"), body={"via": "list"}, methods=("POST",)),
    "mobilise:scan": E("report", kwargs=lambda o: {"token": o["mob_token"]}, methods=GET_POST,
                       why="the organiser's phone opens the invitee's QR code: login and report"),
    "mobilise:invitation": E("public", kwargs=lambda o: {"token": o["mob_token"]}, body={"rsvp": "yes"},
                             methods=GET_POST, why="the invitee's personal link: the signed token is the key"),
    "mobilise:join": E("public", kwargs=lambda o: {"token": o["mob_token"]},
                       why="the invitee's join link: records attendance, redirects to the meeting"),
    "mobilise:qr": E("public", kwargs=lambda o: {"token": o["mob_token"]}),
    "mobilise:opt_out": E("public", kwargs=lambda o: {"token": o["mob_token"]}, methods=("POST",)),
    "mobilise:calendar": E("login", methods=GET_POST, why="the user's own feed address; POST makes a new one"),
    "mobilise:calendar_feed": E("public", kwargs=lambda o: {"token": o["mob_feed"]},
                                why="the secret address is the key (calendar apps send no login)"),
    "api:invitations_preview": E("report", kwargs=lambda o: {"activity_id": o["mob_activity"].pk},
                                 body=lambda o: {"root_id": o["unit"].pk}),
    "api:invite": E("report", kwargs=lambda o: {"activity_id": o["mob_activity"].pk},
                    body=lambda o: {"root_id": o["unit"].pk}),
    "api:invitations": E("view", kwargs=lambda o: {"activity_id": o["mob_activity"].pk}),
    "api:checkin": E("report", kwargs=lambda o: {"invitation_id": o["mob_invitation"].pk}),
    "api:send_notices": E("report", kwargs=lambda o: {"activity_id": o["mob_activity"].pk},
                          query=lambda o: "?everyone=true"),
    "api:batch": E("view", kwargs=lambda o: {"batch_id": o["mob_batch"].pk}),
}
